"""`lz-desktop --self-test`: does this installation work, frozen or not? Each step says what it checked;
the first failure says what failed. Runs with no display (Qt offscreen) and no network."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

Step = tuple[str, Callable[[Path], str]]


def _resources(work: Path) -> str:
    from lz_desktop.paths import regulation_text, resource

    text = regulation_text()
    assert "第二十八条" in text, "法规原文不完整"
    resource("rules", "sanction_impacts.json")
    resource("fonts", "LXGWWenKai-Regular.ttf")
    return f"法规原文 {len(text)} 字，规则与字体文件齐全"


def _demo(work: Path) -> str:
    from lz_desktop.services.office import counts, create_office

    office = create_office(work / "自检.lzdb", "自检", demo=True)
    units, leaders = counts(office.db)
    office.close()
    return f"临时数据文件已建立演示单位：{units} 个单位，{leaders} 名领导干部"


def _fonts(work: Path) -> str:
    from lz_desktop.documents.fonts import FontChoice, missing

    choice = FontChoice()
    labels = []
    for role in ("title", "body", "heading1", "heading2"):
        fonts = choice.fonts(role)
        assert fonts, f"没有可用于“{role}”的字体"
        labels.append(fonts[0].label)
    lacking = missing("党风廉政建设责任制𠮷", choice.fonts("body"))
    assert not lacking, f"正文字体缺少：{''.join(lacking)}"
    return "公文字体：" + "、".join(dict.fromkeys(labels))


def _notice(work: Path) -> str:
    from lz_desktop.services import documents, rectification
    from lz_desktop.services.office import open_office

    with open_office(work / "自检.lzdb") as office:
        feedback = next(r.finding.feedback_id for r in rectification.ledger(office.db, dt.date.today())
                        if r.finding.feedback_id is not None)
        doc_id = rectification.draft_rectification_notice(office.db, feedback, dt.date.today(), "自检 123")
        data = documents.pdf_bytes(office.db, doc_id)
    assert data.startswith(b"%PDF") and len(data) > 10_000, "整改通知书 PDF 不完整"
    (work / "整改通知书.pdf").write_bytes(data)
    return f"整改通知书 PDF {len(data) // 1024} KB"


def _summary(work: Path) -> str:
    from lz_desktop.services import summary_export
    from lz_desktop.services.office import open_office

    with open_office(work / "自检.lzdb", read_only=True) as office:
        written = summary_export.export_all(office.db, 2026, None, work / "汇总", dt.date(2026, 11, 25))
    sizes = "，".join(f"{p.suffix} {p.stat().st_size // 1024} KB" for p in written.paths)
    return sizes + ("" if _accelerated() else "（未装 rl_accel，大型汇总导出较慢）")


def _accelerated() -> bool:
    """reportlab's C helpers (the rl_accel dependency); without them large PDFs take about three times as long."""
    try:
        import _rl_accel  # noqa: F401
    except ImportError:
        return False
    return True


def _qt(work: Path) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from lz_desktop.app import make_application
    from lz_desktop.services.office import open_office
    from lz_desktop.ui.main_window import MainWindow

    app = make_application()
    translator = QTranslator()
    assert translator.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), \
        "缺少 Qt 中文翻译 qtbase_zh_CN.qm"
    with open_office(work / "自检.lzdb") as office:
        window = MainWindow(office)
        window.show()
        app.processEvents()
        title = window.windowTitle()
        lacking = _boxes(window)
        window.close()
    assert not lacking, f"界面字体 {app.font().family()} 缺少字形，这些字会显示为方框：{''.join(lacking)}"
    return f"界面可以打开（{app.platformName()}），中文字形齐全（{app.font().family()}）：{title}"


def _boxes(window: QWidget) -> list[str]:
    """What the window would draw as a box: its own labels and buttons, in the fonts they are drawn in, and a
    sample with a rare name character (Qt's fallback must find a face for it)."""
    from PySide6.QtGui import Qt, QTextDocumentFragment
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from lz_desktop.ui.chinese import UI_SAMPLE, missing_glyphs

    lacking = missing_glyphs(window.windowTitle() + UI_SAMPLE, window.font())
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        text = widget.text()
        if Qt.mightBeRichText(text):
            text = QTextDocumentFragment.fromHtml(text).toPlainText()
        lacking += missing_glyphs(text, widget.font())
    return list(dict.fromkeys(lacking))


STEPS: list[Step] = [("资源文件", _resources), ("演示数据", _demo), ("字体", _fonts), ("公文", _notice),
                     ("年度汇总", _summary), ("图形界面", _qt)]


def run(out: Callable[[str], None] = print) -> int:
    from lz_desktop.version import version_text

    kind = "打包版" if frozen() else "源码/安装包"
    out(f"lz-desktop {version_text()} 自检（Python {sys.version.split()[0]}，{kind}）")
    with tempfile.TemporaryDirectory(prefix="lz-selftest-") as folder:
        work = Path(folder)
        for name, step in STEPS:
            try:
                detail = step(work)
            except Exception as e:  # a self-test reports every kind of failure in words
                out(f"✗ {name}：{e or type(e).__name__}")
                out("".join(traceback.format_exception(e)[-3:]).rstrip())
                return 1
            out(f"✓ {name}：{detail}")
    out("自检通过。")
    return 0


def frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def start_probe(path: Path) -> int:
    """For scripts/benchmark.py: the main window on `path` with its dashboard filled, offscreen, as a cold start
    reaches it (the file opened for writing, as the window opens it: an older file is upgraded first); prints
    "ready" when it has (the benchmark times it from outside, bootloader included)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # never a window on screen: this skips signing in
    from lz_desktop.app import make_application
    from lz_desktop.services.office import open_office
    from lz_desktop.ui.main_window import MainWindow

    app = make_application()
    with open_office(path) as office:
        window = MainWindow(office)
        window.show()
        app.processEvents()
        filled = bool(window.overview_page.ui.overdueButton.text())
        print("ready" if filled else "not filled", flush=True)
        window.close()
    return 0 if filled else 1
