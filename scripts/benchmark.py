"""District-scale benchmark (issue: a window that never freezes). Not a test: it measures on this machine and
writes docs/benchmarks.md, each figure next to a floor measured in the same run.

    .venv/bin/python scripts/benchmark.py [--file /tmp/lz-bench/district.lzdb] [--fresh]

Budgets: cold start to a filled dashboard ≤ 0.5 s from the source install and ≤ 1.0 s for the frozen folder
(built once with packaging/build_linux.sh, reused when present), each beside a bare QApplication + QMainWindow
and timed from outside the process (interpreter or bootloader included); ledger filter (keystroke to repainted table)
median ≤ 50 ms and ≤ 3 × the raw SQL; dashboard figures ≤ 200 ms; 500 reminder notices into one PDF ≤ 1.3 ×
a bare reportlab script with the same text and fonts; annual summary (PDF, xlsx, docx) ≤ 5 s; peak memory
with the big file open and the ledger scrolled end to end ≤ 300 MB.
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import gc
import itertools
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TODAY = dt.date(2026, 11, 25)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BARE_START = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow(); window.resize(1280, 760); window.show(); app.processEvents()
print("ready", flush=True)
"""
FROZEN = ROOT / "dist" / "lz-desktop" / "lz-desktop"
BARE_MEMORY = """
# VmHWM, not ru_maxrss: a child started from a large process inherits its ru_maxrss across exec.
print(next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM")) / 1024)
"""

def median_of(runs: int, action) -> float:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        action()
        samples.append(time.perf_counter() - t)
    return statistics.median(samples)


def start_time(*command: str) -> float:
    """From starting the process to its "ready" line (the window shown; for the app, its dashboard filled),
    median of 5: what the clerk waits for, interpreter or bootloader included."""
    samples = []
    for _ in range(5):
        t = time.perf_counter()
        with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as child:
            assert child.stdout is not None
            line = child.stdout.readline().strip()
            samples.append(time.perf_counter() - t)
            child.wait()
        assert line == "ready", f"{command[0]}: {line!r}"
    return statistics.median(samples)


def frozen_program() -> Path:
    """The frozen folder: built by packaging/build_linux.sh (about 40 s) when absent or older than the code it
    freezes, else reused."""
    newest = max(f.stat().st_mtime for f in (ROOT / "lz_desktop").rglob("*.py"))
    if not FROZEN.exists() or FROZEN.stat().st_mtime < newest:
        subprocess.run(["bash", str(ROOT / "packaging" / "build_linux.sh")], check=True, capture_output=True)
    return FROZEN


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--file", type=Path, default=Path(tempfile.gettempdir()) / "lz-bench" / "district.lzdb")
    parser.add_argument("--fresh", action="store_true")
    parser.add_argument("--only", choices=("exchange",), help="measure only these rows; the others stay as written")
    args = parser.parse_args()
    path: Path = args.file
    results: list[tuple[str, str, str, bool]] = []  # (what, measured, budget, met)
    if args.only == "exchange":
        from benchmark_exchange import exchange_rows

        write(exchange_rows(path), float("nan"), path, merge=True)
        return

    if args.fresh or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        for leftover in path.parent.glob(path.name + "*"):
            leftover.unlink()
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "lz_desktop", "demo", "--db", str(path), "--scale", "district"],
                       check=True, capture_output=True)
        generated = time.perf_counter() - t
    else:
        generated = float("nan")

    # Installed, the app runs from bytecode (pip compiles it, PyInstaller bundles it); a source tree run with
    # PYTHONDONTWRITEBYTECODE would compile every module at every start and measure the compiler instead.
    compileall.compile_dir(ROOT / "lz_desktop", quiet=1)
    bare = start_time(sys.executable, "-c", BARE_START)
    cold = start_time(sys.executable, "-m", "lz_desktop", "--start-probe", "--db", str(path))
    frozen = start_time(str(frozen_program()), "--start-probe", "--db", str(path))
    for kind, took, budget in (("源码安装", cold, 0.5), ("打包版", frozen, 1.0)):
        results.append((f"冷启动到主窗口（含总览数字），{kind}",
                        f"{took:.2f} s（裸 Qt 窗口 {bare:.2f} s，{took / bare:.2f} 倍）",
                        f"≤ {budget} s", took <= budget))

    from PySide6.QtWidgets import QApplication

    from lz_desktop.app import make_application
    from lz_desktop.services import rectification as r
    from lz_desktop.services.office import open_office
    from lz_desktop.ui.pages.overview_page import OverviewPage
    from lz_desktop.ui.pages.rectification_page import RectificationPage

    app = make_application()
    office = open_office(path)
    overview = OverviewPage(office, today=TODAY)  # its first figures are part of the cold start above
    dashboard = median_of(5, overview.refresh)
    statements: list[str] = []  # the floor: the SQL one refresh runs, run bare on the same connection
    office.db.conn.set_trace_callback(statements.append)
    overview.refresh()
    office.db.conn.set_trace_callback(None)
    sql_only = median_of(5, lambda: [office.db.conn.execute(sql).fetchall() for sql in statements])
    results.append(("总览数字", f"{dashboard * 1000:.0f} ms（其中的 SQL 单独执行 {sql_only * 1000:.0f} ms，"
                    f"{dashboard / sql_only:.1f} 倍）", "≤ 200 ms", dashboard <= 0.2))

    page = RectificationPage(office, today=TODAY)
    page.resize(1280, 760)
    page.show()
    app.processEvents()
    words = ["整改", "逾期", "公务", "教育", "三重一大", "2019", "2024", "风险", "政务", "执法", "第1", "第2"]

    def keystroke(word: str) -> None:
        page.ui.searchEdit.setText(word)  # refresh runs on textChanged
        page.ui.ledgerTable.viewport().repaint()
        QApplication.processEvents()

    filter_times = []
    for word in words:
        t = time.perf_counter()
        keystroke(word)
        filter_times.append(time.perf_counter() - t)
    filter_median = statistics.median(filter_times)

    def raw(word: str) -> None:
        pages = r.LedgerPages(office.db, r.query_for(TODAY, r.LedgerFilter(text=word)))
        len(pages.ids())  # the count
        pages(0, False, 200, 0)  # the first page

    raw_median = statistics.median([median_of(1, lambda w=w: raw(w)) for w in words])
    results.append(("台账筛选：按键到表格重绘（中位数）",
                    f"{filter_median * 1000:.0f} ms（直接 SQL {raw_median * 1000:.0f} ms，"
                    f"{filter_median / raw_median:.1f} 倍）",
                    "≤ 50 ms 且 ≤ 3 倍", filter_median <= 0.05 and filter_median / raw_median <= 3))
    # Below three characters the full-text index (trigrams) cannot help and the search scans: say so apart.
    for label, chosen in (("两个字", [t for w, t in zip(words, filter_times, strict=True) if len(w) < 3]),
                          ("三字以上", [t for w, t in zip(words, filter_times, strict=True) if len(w) >= 3])):
        median = statistics.median(chosen)
        results.append((f"　其中搜索{label}（中位数）", f"{median * 1000:.0f} ms", "≤ 50 ms", median <= 0.05))

    page.ui.searchEdit.clear()
    QApplication.processEvents()
    while page.model.canFetchMore():
        page.model.fetchMore()
    page.ui.ledgerTable.scrollToBottom()
    QApplication.processEvents()
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    bare_peak = float(subprocess.run([sys.executable, "-c", BARE_START + BARE_MEMORY], capture_output=True, text=True,
                                     check=True).stdout.split()[-1])
    results.append(("大文件打开、台账滚动到底时的内存峰值",
                    f"{peak:.0f} MB（{page.model.rowCount()} 行；裸 Qt 窗口 {bare_peak:.0f} MB，"
                    f"{peak / bare_peak:.1f} 倍）",
                    "≤ 300 MB", peak <= 300))

    notices, bare_pdf = notices_pdf()
    results.append(("500 份督办通知合成一个 PDF",
                    f"{notices:.2f} s（裸 reportlab {bare_pdf:.2f} s，{notices / bare_pdf:.2f} 倍）",
                    "≤ 1.3 倍", notices / bare_pdf <= 1.3))

    from lz_desktop.services import summary_export

    with tempfile.TemporaryDirectory() as folder:
        t = time.perf_counter()
        written = summary_export.export_all(office.db, 2026, None, folder, TODAY)
        summary = time.perf_counter() - t
    bare_report = bare_summary(written.report)
    results.append(("年度汇总（PDF、xlsx、docx，大文件）",
                    f"{summary:.2f} s（裸 reportlab 写出其中文字 {bare_report:.2f} s，{summary / bare_report:.1f} 倍）",
                    "≤ 5 s", summary <= 5))

    pages = page_times(office, app)
    for label, key in (("第一次打开页面（最慢的一页）", "first"),
                       ("回到已打开过的页面，数据已变（最慢的一页）", "changed"),
                       ("回到已打开过的页面，数据未变（最慢的一页）", "unchanged")):
        area = max(pages, key=lambda a: pages[a][key])
        slowest = pages[area][key]
        results.append((label, f"{slowest * 1000:.0f} ms（{area}）", "≤ 100 ms（参考，非预算）", slowest <= 0.1))

    stall = longest_stall_during_export(office, app)
    results.append(("后台导出年度汇总时界面最长停顿（大文件，连续导出三次）", f"{stall * 1000:.0f} ms", "≤ 100 ms",
                    stall <= 0.1))
    for label, (stall, rows) in longest_stalls_during_ledger_exports(page, app).items():
        results.append((f"后台导出整改台账（{label}，{rows} 行）时界面最长停顿", f"{stall * 1000:.0f} ms", "≤ 100 ms",
                        stall <= 0.1))
    from lz_desktop.ui import jobs

    jobs.stop_all()  # the windows' quiet file checks, started a few seconds after they opened
    office.close()
    # In a process of their own: the memory peak of 报送 is its own, not the ledger's above.
    subprocess.run([sys.executable, __file__, "--file", str(path), "--only", "exchange"], check=True)
    write(results, generated, path, merge=True)


def page_times(office, app) -> dict[str, dict[str, float]]:  # type: ignore[no-untyped-def]
    """Each area: shown the first time (its module imported, its records read), shown again after something
    was written (its figures reread), and shown again with nothing written (only the change stamp read)."""
    from lz_desktop.ui import jobs
    from lz_desktop.ui.main_window import AREAS, MainWindow

    window = MainWindow(office)
    window.show()
    app.processEvents()
    # The window checks a large file page by page three seconds after it opens, in a worker; let that finish
    # first, or it takes a core from the pages measured here.
    settle = time.perf_counter() + 3.5
    while time.perf_counter() < settle or jobs.running_jobs():
        app.processEvents()
        time.sleep(0.02)
    times: dict[str, dict[str, float]] = {}

    def timed(action) -> float:  # type: ignore[no-untyped-def]
        # The page's own work: a full garbage collection falling inside the step would add 70-180 ms with the
        # ledger's 60,000 rows in memory (see docs/benchmarks.md); it is collected before, not during.
        gc.collect()
        t = time.perf_counter()
        action()
        app.processEvents()
        return time.perf_counter() - t

    for row, area in enumerate(AREAS):
        first = timed(lambda a=area: window.show_area(a))
        changed = timed(lambda r=row: window._refresh_shown(r))  # what a write since the last showing causes
        window.show_area("总览")
        app.processEvents()
        unchanged = timed(lambda a=area: window.show_area(a))
        times[area] = {"first": first, "changed": changed, "unchanged": unchanged}
    jobs.stop_all()
    window.hide()
    return times


def longest_stall_during_export(office, app, times: int = 3) -> float:  # type: ignore[no-untyped-def]
    """The district version of tests/ui/test_responsiveness.py: a 5 ms timer on the UI thread while the
    年度汇总 page gathers and exports the big file in the background; the longest gap between ticks, over
    `times` exports in one session (the Word draft once held the window 80-147 ms, but only from the second
    export on)."""
    return max(_longest_stall(office, app) for _ in range(times))


def _longest_stall(office, app) -> float:  # type: ignore[no-untyped-def]
    from lz_desktop.ui.pages.summary_page import SummaryPage

    page = SummaryPage(office, today=TODAY)
    page.show()
    app.processEvents()
    with tempfile.TemporaryDirectory() as folder:
        return longest_gap(page.build, lambda: page.start_export(folder))


def longest_gap(*starts) -> float:  # type: ignore[no-untyped-def]
    """Each start() begins a background job; they run one after another while a 5 ms timer ticks on the UI
    thread. The longest gap between two ticks is the longest the window could not answer."""
    from PySide6.QtCore import QEventLoop, QTimer

    ticks: list[float] = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    for start in starts:
        loop = QEventLoop()
        job = start()
        job.done.connect(loop.quit)
        loop.exec()
    timer.stop()
    return max(b - a for a, b in itertools.pairwise(ticks))


def longest_stalls_during_ledger_exports(page, app) -> dict[str, tuple[float, int]]:  # type: ignore[no-untyped-def]
    """The 整改 page writing the ledger in the background, as 导出所示… and 台账PDF… do: all the district's
    findings as a workbook, and one year's as a PDF (the whole ledger is minutes of layout). For each, the
    longest gap between the ticks of a 5 ms timer on the UI thread, and the rows written."""
    out = {}
    with tempfile.TemporaryDirectory() as folder:
        page.ui.yearCombo.setCurrentIndex(0)  # 全部年度
        app.processEvents()
        out["xlsx"] = (longest_gap(lambda: page.export_to(str(Path(folder) / "台账.xlsx"))), page.model.total)
        page.ui.yearCombo.setCurrentIndex(page.ui.yearCombo.findData(TODAY.year - 1))
        app.processEvents()
        out["PDF"] = (longest_gap(lambda: page.write_ledger_pdf(str(Path(folder) / "台账.pdf"))), page.model.total)
        page.ui.yearCombo.setCurrentIndex(0)
    return out


def notices_pdf() -> tuple[float, float]:
    """500 reminder notices through the documents engine, against reportlab drawing the same text directly."""
    from lz_desktop.documents.fonts import FontChoice
    from lz_desktop.documents.official import render_many
    from lz_desktop.domain.notices import ReminderItem, reminder_notice

    docs = [reminder_notice("中共北京市规模测试区纪律检查委员会", "中共北京市规模测试区纪律检查委员会办公室",
                            f"第{n}局党组", tuple(ReminderItem(f"{2026}年度检查考核发现问题的整改措施（第{k}项）",
                                                          TODAY, 10 + k) for k in range(3)), TODAY, "王芳 6123 4567")
            for n in range(500)]
    choice = FontChoice()
    render_many(docs[:2], choice)  # fonts loaded once, as in the app

    def ours_once() -> float:
        t = time.perf_counter()
        render_many(docs, choice)
        return time.perf_counter() - t

    drawn = drawn_text(docs, choice)
    # The fastest of seven runs each, taken in turn: a shared machine only ever adds time, so the minimum is the
    # steadiest (of three runs, one busy moment on this 2-core machine moved the ratio by 0.15; of five, on a
    # busy evening, by 0.3).
    ours, bare = zip(*((ours_once(), bare_notices(drawn)) for _ in range(7)), strict=True)
    return min(ours), min(bare)


# One string the documents engine drew: (page, colour, font, size, character spacing, x, y, text).
Drawn = tuple[int, tuple[float, float, float], str, float, float, float, float, str]


def drawn_text(docs, choice) -> list[Drawn]:  # type: ignore[no-untyped-def]
    """What the documents engine draws for `docs`, string by string, recorded once from its page-text writer
    (a private class: this is a measuring script, and the floor must draw exactly what the engine drew)."""
    from lz_desktop.documents import official

    drawn: list[Drawn] = []
    write = official._PageText.write

    def recording_write(self):  # type: ignore[no-untyped-def]
        # A page's text as it goes onto the page (lines carried over with a signature already moved).
        page = self.canvas.getPageNumber()
        drawn.extend((page, *op) for op in self.ops)  # op: colour, font, size, space, x, y, text
        write(self)

    official._PageText.write = recording_write
    try:
        official.render_many(docs, choice)
    finally:
        official._PageText.write = write
    return drawn


def bare_notices(drawn: list[Drawn]) -> float:
    """The floor: a bare reportlab script drawing the same text with the same fonts, and nothing else. Every
    string the engine drew (issuer mark, number, title, addressee, body, signature, date, colophon, page
    numbers), in its font, size, colour and character spacing, at its place, on its page: one drawString
    a string. What the engine does beyond this is its own work: the layout that decided those places (the
    GB/T 9704 grid, Chinese line breaking, font fallback) and the check that every character has a glyph."""
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    from lz_desktop.documents import layout as L

    t = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        c = canvas.Canvas(out, pagesize=(L.PAGE_W * mm, L.PAGE_H * mm), invariant=1, pageCompression=1)
        page = 1
        for on_page, rgb, font, size, space, x, y, text in drawn:
            while page < on_page:
                c.showPage()
                page += 1
            c.setFillColorRGB(*rgb)
            c.setFont(font, size)
            c.drawString(x, y, text, charSpace=space)
        c.showPage()
        c.save()
    return time.perf_counter() - t


def bare_summary(report) -> float:  # type: ignore[no-untyped-def]
    """The summary's floor: reportlab drawing every heading, paragraph and table cell of the report in one font,
    a line per paragraph or table row (cut to the page's width), 50 lines a page, into one PDF."""
    from reportlab.pdfgen import canvas

    from lz_desktop.documents.fonts import FontChoice

    font = FontChoice().fonts("body")[0].name
    lines = [report.title, report.scope]
    for section in report.sections:
        lines += [section.heading, *section.paragraphs]
        for table in section.tables:
            lines += [table.title, *("  ".join(str(v) for v in row) for row in (table.headers, *table.rows))]
    t = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        c = canvas.Canvas(out, invariant=1, pageCompression=1)
        for start in range(0, len(lines), 50):
            c.setFont(font, 10.5)
            for row, line in enumerate(lines[start:start + 50]):
                c.drawString(60, 800 - 15 * row, line[:48])
            c.showPage()
        c.save()
    return time.perf_counter() - t


def write(results: list[tuple[str, str, str, bool]], generated: float, path: Path, *, merge: bool = False) -> None:
    """With `merge`, rows of the table already written that these results do not measure are kept."""
    target = ROOT / "docs" / "benchmarks.md"
    if merge and target.exists():
        measured = {what for what, *_rest in results}
        kept = [line for line in target.read_text(encoding="utf-8").split("\n## Notes")[0].splitlines()
                if line.startswith("| ") and not line.startswith(("| measure", "|---"))
                and line.split(" | ")[0][2:] not in measured]
        results = [(*cells[:3], cells[3] == "是") for cells in  # type: ignore[misc]
                   ([c.strip(" ") for c in line.strip("| ").split(" | ")] for line in kept)] + results
    lines = [
        "# District-scale benchmark",
        "",
        "Written by `scripts/benchmark.py`; rerun it to refresh. Each figure sits next to a floor measured in",
        "the same run on the same machine, so the ratios hold even where the machine is shared and noisy.",
        "",
        f"- Date: {dt.datetime.now():%Y-%m-%d %H:%M}",
        f"- Machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        f"- Data: `{path.name}`, {path.stat().st_size / 1e6:.0f} MB (300 units, 3,000 leaders, 20,000 meetings, "
        "3,000 inspections with scores, 60,000 findings with measures and follow-ups, 1,500 cases; audit trail "
        "included)" + (f", generated in {generated:.0f} s" if generated == generated else ""),
        "",
        "| measure | result | budget | met |",
        "|---|---|---|---|",
        *(f"| {what} | {measured} | {budget} | {'是' if met else '**否**'} |"
          for what, measured, budget, met in results),
        "",
    ]
    previous = target.read_text(encoding="utf-8").split("\n## Notes", 1) if target.exists() else [""]
    notes = "\n## Notes" + previous[1] if len(previous) > 1 else ""
    target.write_text("\n".join(lines) + notes, encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
