"""`lz-desktop remind` is all or nothing (issue: a record the office can trust): drafts, numbers and the PDF
together, and a second run the same day reprints instead of issuing the same notices again."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lz_desktop.cli import main
from lz_desktop.services import documents
from lz_desktop.services.office import open_office

ON = "2026-11-25"


def _register(path: Path) -> list[tuple[str, str]]:
    with open_office(path, read_only=True) as office:
        return [(e.number, e.status.value) for e in documents.register(office.db)]


@pytest.fixture
def office_file(tmp_path: Path, demo_file: Path) -> Path:
    copy = tmp_path / "office.lzdb"
    shutil.copy(demo_file, copy)
    return copy


def test_a_pdf_path_that_cannot_be_written_spends_no_number_and_leaves_no_draft(
        office_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _register(office_file)
    folder = tmp_path / "督办"
    folder.mkdir()
    assert main(["remind", "--db", str(office_file), "--on", ON, "--prefix", "永纪督", str(folder)]) == 2
    assert "是一个文件夹" in capsys.readouterr().err
    assert main(["remind", "--db", str(office_file), "--on", ON, "--prefix", "永纪督",
                 str(tmp_path / "没有的文件夹" / "督办.pdf")]) == 2
    assert _register(office_file) == before and list(folder.iterdir()) == []


def test_a_second_run_the_same_day_reprints_and_issues_nothing_again(
        office_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "督办.pdf"
    assert main(["remind", "--db", str(office_file), "--on", ON, "--prefix", "永纪督", str(out)]) == 0
    first = out.read_bytes()
    register = _register(office_file)
    out.unlink()
    assert main(["remind", "--db", str(office_file), "--on", ON, "--prefix", "永纪督", str(out)]) == 0
    assert "未重复印发" in capsys.readouterr().out
    assert _register(office_file) == register and out.read_bytes() == first
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no part file left


def test_killed_while_issuing_leaves_no_draft_no_number_and_no_pdf(office_file: Path, tmp_path: Path) -> None:
    """SIGKILL at a few moments of the run: afterwards either the whole batch with its PDF, or nothing."""
    before = _register(office_file)
    out = tmp_path / "督办.pdf"
    for delay in (0.4, 0.8, 1.2, 1.6):
        copy = tmp_path / f"office-{delay}.lzdb"
        shutil.copy(office_file, copy)
        run = subprocess.Popen([sys.executable, "-m", "lz_desktop", "remind", "--db", str(copy), "--on", ON,
                                "--prefix", "永纪督", str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        run.send_signal(signal.SIGKILL)
        run.wait()
        after = _register(copy)
        issued = [n for n, s in after if n.startswith("永纪督")]
        drafts = len([1 for n, s in after if s == "draft"]) - len([1 for n, s in before if s == "draft"])
        assert drafts == 0, delay  # never drafts left behind
        assert len(issued) in (0, 2), delay  # the whole batch or none of it
        if issued and not out.exists():  # killed between the commit and the move: the next run reprints
            assert main(["remind", "--db", str(copy), "--on", ON, "--prefix", "永纪督", str(out)]) == 0
            assert _register(copy) == after
        assert not issued or out.exists(), delay
        out.unlink(missing_ok=True)
