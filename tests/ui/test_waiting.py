"""Work the clerk waits for runs in a worker: the file appears whole, or not at all after 取消."""

from __future__ import annotations

import datetime as dt
import threading
import time
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from lz_desktop.services.office import Office
from lz_desktop.ui.pages.cases_page import CasesPage
from lz_desktop.ui.waiting import export_file, reading, run_waiting
from tests.ui.conftest import shown
from tests.ui.progress import CancelWhenShown

TODAY = dt.date(2026, 11, 25)


def test_the_case_register_pdf_is_made_in_a_worker_and_saved(qtbot: QtBot, app: QApplication, demo_office: Office,
                                                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = CasesPage(demo_office, today=TODAY)
    qtbot.addWidget(page)
    target = tmp_path / "登记表.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    page._register_out(to_printer=False)
    assert shown(page.ui.messageLabel).startswith(f"已保存：{target}") and shown(page.ui.messageLabel).endswith("打开所在文件夹")
    with pdfplumber.open(target) as pdf:
        text = "".join(p.extract_text() for p in pdf.pages).replace(" ", "")
    assert all(v.row.number in text for v in page.shown())


def test_a_cancelled_export_writes_nothing_and_an_error_comes_back_as_itself(
        qtbot: QtBot, app: QApplication, office: Office, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    folder = tmp_path / "U盘"
    folder.mkdir()
    target = folder / "导出.xlsx"

    cancel = CancelWhenShown(parent)

    def slow(_db: object, file: str) -> str:
        assert cancel.pressed.wait(60)  # the clerk presses 取消 meanwhile
        Path(file).write_bytes(b"written")
        return file

    assert export_file(parent, "正在导出…", office, target, slow) is None
    assert list(folder.iterdir()) == []  # neither the file nor its part

    assert export_file(parent, "正在导出…", office, target, lambda _db, file: Path(file).write_text("好")) == 1
    assert target.read_text() == "好" and [p.name for p in folder.iterdir()] == ["导出.xlsx"]

    def broken(_db: object) -> None:
        raise OSError("磁盘已满")

    with pytest.raises(OSError, match="磁盘已满"):
        run_waiting(parent, "正在生成…", reading(office, broken))


def test_a_progress_dialog_stays_until_its_job_ends_even_when_a_count_is_full(qtbot: QtBot, app: QApplication) -> None:
    """A job whose first step counts to its total (rows read) and then works on (the file written) keeps its
    dialog open: QProgressDialog would close itself at its maximum."""
    from lz_desktop.ui.jobs import BackgroundJob, running_jobs, with_progress_dialog

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()

    goes_on = threading.Event()

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        progress(1, 10)
        time.sleep(0.5)  # past the dialog's 300 ms: it shows at the next report
        progress(10, 10)  # the first step is complete...
        assert goes_on.wait(60)  # ...and the job goes on
        return True

    job = BackgroundJob(work)
    dialog = with_progress_dialog(job, parent, "正在导出…")
    job.start()
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.value() == 10, timeout=30_000)
    app.processEvents()
    assert dialog.isVisible() and job in running_jobs()  # still shown while the job works on
    with qtbot.waitSignal(job.done, timeout=10_000):
        goes_on.set()
    assert not dialog.isVisible()
