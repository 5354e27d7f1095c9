"""`lz-desktop`: the GUI without a subcommand; headless batch work with one.

Qt is imported only when the GUI starts, so the batch commands run on a machine with no display.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lz_desktop import __version__, cli_exchange, cli_office
from lz_desktop.cli_common import EXIT_FILE, EXIT_OK, EXIT_PROBLEMS, on_date, open_headless
from lz_desktop.domain.dates import format_cn

YEAR_EXPORTS = {"export-plan": "全部单位年度计划与任务（含状态、进展、公布日期）",
                "export-duty-lists": "当年在任领导干部的责任清单",
                "export-meetings": "全部会议记录及民主评议票数"}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lz-desktop",
        description="党风廉政建设责任制管理（京发〔2011〕22号）。不带子命令时打开图形界面。")
    parser.add_argument("--version", action="version", version=f"lz-desktop {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="自检：建立临时演示数据、生成整改通知书和年度汇总、检查字体和界面，全部通过返回 0")
    parser.add_argument("--db", type=Path, help="数据文件路径；省略时使用用户数据文件夹中的 office.lzdb")
    # scripts/benchmark.py's cold start of the frozen folder: the window offscreen (never shown), then exit.
    parser.add_argument("--start-probe", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="子命令")

    demo = sub.add_parser("demo", help="新建演示单位（约20个单位、120名领导干部）",
                          description="在一个新的数据文件中建立演示区（永安区）的单位、班子与领导干部。")
    demo.add_argument("--db", type=Path, required=True, help="要新建的数据文件（须不存在或为空）")
    demo.add_argument("--name", default=None, help="本机关名称，默认“中共北京市永安区纪律检查委员会”")
    demo.add_argument("--scale", choices=("office", "district"), default="office",
                      help="office：演示区（默认）；district：十年规模的测试区（300个单位、6万个问题等，用于性能测量）")

    imp = sub.add_parser("import-leaders", help="从 .xlsx 名册导入领导干部",
                         description="逐行检查名册；有问题时列出行、列和原因。默认有任何问题则不导入；"
                                     "加 --accept-valid 时只导入没有问题的行（作为一批，要么全部导入，要么全不导入）。")
    imp.add_argument("--db", type=Path, required=True, help="数据文件")
    imp.add_argument("file", type=Path, help="名册 .xlsx（可用 roster-template 生成空白模板）")
    imp.add_argument("--accept-valid", action="store_true", help="有问题时仍导入其余无问题的行")

    exp = sub.add_parser("export-leaders", help="导出领导干部名册为 .xlsx")
    exp.add_argument("--db", type=Path, required=True, help="数据文件")
    exp.add_argument("out", type=Path, help="输出的 .xlsx 文件")

    reg = sub.add_parser("documents", help="列出发文登记（编号、文种、标题、主送、日期、状态）")
    reg.add_argument("--db", type=Path, required=True, help="数据文件")
    reg.add_argument("--year", type=int, default=None, help="年度；省略时列出全部")

    out = sub.add_parser("export-document", help="按发文字号导出公文为 PDF（与印发时完全相同）或 Word",
                         description="已印发的公文导出为印发时保存的原 PDF（逐字节相同），或同样版式的 .docx。")
    out.add_argument("--db", type=Path, required=True, help="数据文件")
    out.add_argument("--number", required=True, help="发文字号，如 区纪办发〔2026〕3号")
    out.add_argument("out", type=Path, help="输出文件：.pdf 或 .docx")

    due = sub.add_parser("due", help="列出某日已逾期和7天内到期的整改事项（表格或 CSV）")
    due.add_argument("--db", type=Path, required=True, help="数据文件")
    due.add_argument("--on", default=None, help="日期，如 2026-11-30；省略时为今天")
    due.add_argument("--csv", action="store_true", help="输出 CSV（UTF-8，带表头），便于另存或汇总")

    remind = sub.add_parser("remind", help="为逾期整改事项按单位生成督办通知，编号印发并合成一个 PDF",
                            description="每个有逾期事项的单位一份督办通知；整批编号印发（要么全部印发，要么全不印发）。")
    remind.add_argument("--db", type=Path, required=True, help="数据文件")
    remind.add_argument("--on", default=None, help="日期；省略时为今天")
    remind.add_argument("--prefix", required=True, help="发文字号前缀，如 区纪督")
    remind.add_argument("--contact", default="", help="联系人及电话；省略时用本机关在“设置”中填写的公文联系人")
    remind.add_argument("out", type=Path, help="本批督办通知合成的 PDF")

    for name, what in YEAR_EXPORTS.items():
        year_export = sub.add_parser(name, help=f"导出某年度的{what}为 .xlsx")
        year_export.add_argument("--db", type=Path, required=True, help="数据文件")
        year_export.add_argument("--year", type=int, default=None, help="年度；省略时为今年")
        year_export.add_argument("--on", default=None, help="计算任务状态的日期；省略时为今天")
        year_export.add_argument("out", type=Path, help="输出的 .xlsx 文件")

    limits = sub.add_parser("restrictions", help="列出某日仍在影响期内的责任追究限制（第二十八条）")
    limits.add_argument("--db", type=Path, required=True, help="数据文件")
    limits.add_argument("--on", default=None, help="日期；省略时为今天")
    limits.add_argument("--csv", action="store_true", help="输出 CSV（UTF-8，带表头）")

    register = sub.add_parser("export-cases", help="导出责任追究案件登记为 .xlsx")
    register.add_argument("--db", type=Path, required=True, help="数据文件")
    register.add_argument("--year", type=int, default=None, help="年度；省略时导出全部")
    register.add_argument("out", type=Path, help="输出的 .xlsx 文件")

    summary = sub.add_parser("summary", help="导出年度汇总（PDF、Excel、Word 三种格式）",
                             description="按年度和范围汇总计划任务、年度责任、责任书、检查考核、问题整改和责任追究，"
                                         "写出同一内容的 .pdf、.xlsx 和 .docx。")
    summary.add_argument("--db", type=Path, required=True, help="数据文件")
    summary.add_argument("--year", type=int, default=None, help="年度；省略时为今年")
    summary.add_argument("--unit", default=None, help="单位简称或全称：汇总该单位及其下属单位；省略时为全区")
    summary.add_argument("--on", default=None, help="统计截止日期；省略时为今天")
    summary.add_argument("--out-dir", type=Path, required=True, help="输出文件夹（不存在时新建）")

    check = sub.add_parser("verify", help="检查数据文件：完整性、外键引用、审计记录哈希链，以及数据与审计记录是否相符")
    check.add_argument("--db", type=Path, required=True, help="数据文件")
    check.add_argument("--against", type=Path, default=None,
                       help="备份文件夹：与其中各备份记下的审计链头核对（查出被整体重算的审计链）")

    save = sub.add_parser("backup", help="备份数据文件到文件夹（如U盘），写入后检查",
                          description="用 SQLite 在线备份写出完整副本并逐项检查；"
                                      "--auto 时按自动备份命名并只保留最近的副本。")
    save.add_argument("--db", type=Path, required=True, help="数据文件")
    save.add_argument("--to", type=Path, required=True, help="备份文件夹")
    save.add_argument("--auto", action="store_true", help="作为自动备份（参与轮换，保留最近 14 份）")

    back = sub.add_parser("restore", help="从备份恢复数据文件（先备份当前文件）",
                          description="先检查备份；不加 --yes 时只显示备份内容；"
                                      "加 --yes 时先把当前文件复制为“恢复前备份”，再恢复。")
    back.add_argument("--db", type=Path, required=True, help="要恢复的数据文件")
    back.add_argument("backup", type=Path, help="备份文件")
    back.add_argument("--yes", action="store_true", help="确认恢复")
    back.add_argument("--passphrase-file", type=Path, default=None,
                      help="加密备份的口令所在的文件（第一行）；省略时在终端上询问")

    cli_exchange.add_commands(sub)
    opinion = sub.add_parser("integrity-opinion", help="党风廉政意见回复：按记录提出意见并起草复函 PDF（需案件权限）")
    opinion.add_argument("--db", type=Path, required=True, help="数据文件")
    who = opinion.add_mutually_exclusive_group(required=True)
    who.add_argument("--leader", help="一名领导干部的姓名")
    who.add_argument("--names", type=Path, help="名单 .xlsx（“姓名”列，可有“单位”列）")
    opinion.add_argument("--unit", help="与 --leader 同用：单位简称，区分同名人员")
    opinion.add_argument("--purpose", default="提拔或进一步使用", help="提拔或进一步使用、调任、评优评先、换届")
    opinion.add_argument("--organ", default="区委组织部", help="来函单位（复函主送）")
    opinion.add_argument("--reference", help="来函文号")
    opinion.add_argument("--on", help="征求意见日期（意见截至该日），省略为今天")
    opinion.add_argument("out", type=Path, help="输出的复函 PDF")
    tpl = sub.add_parser("roster-template", help="保存空白的名册导入模板 .xlsx")
    tpl.add_argument("out", type=Path, help="输出的 .xlsx 文件")
    return parser


def opened_file(argv: list[str]) -> list[str]:
    """A desktop opens a file as `lz-desktop FILE.lzdb` (a double click, the menu's %f): that is `--db FILE`."""
    if len(argv) == 1 and argv[0].lower().endswith(".lzdb"):
        return ["--db", argv[0]]
    return argv


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(opened_file(sys.argv[1:] if argv is None else argv))
    if args.self_test:
        from lz_desktop.self_test import run

        return run()
    if args.start_probe and args.db:
        from lz_desktop.self_test import start_probe

        return start_probe(args.db)
    if args.command is None:
        from lz_desktop.app import run_gui

        return run_gui(args.db)
    handlers = {"demo": _demo, "import-leaders": _import, "export-leaders": _export,
                "roster-template": _template, "documents": _documents, "export-document": _export_document,
                "due": _due, "remind": _remind, **dict.fromkeys(YEAR_EXPORTS, _year_export),
                "restrictions": cli_office.restrictions, "export-cases": cli_office.export_cases,
                "summary": cli_office.summary, "verify": cli_office.verify, "backup": cli_office.backup,
                "restore": cli_office.restore, "export-packages": cli_exchange.export_packages,
                "import-packages": cli_exchange.import_packages, "integrity-opinion": cli_office.integrity_opinion}
    from lz_desktop.documents.fonts import MissingGlyphs
    from lz_desktop.domain.errors import RuleViolation, ValidationError
    from lz_desktop.services.backups import BackupError
    from lz_desktop.services.office import DatabaseFileError, StorageError
    from lz_desktop.services.roster_io import WorkbookError

    try:
        return handlers[args.command](args)
    except ValidationError as e:  # a rule of what may be entered: named by field
        print("错误：" + "；".join(p.text() for p in e.problems), file=sys.stderr)
        return EXIT_FILE
    except (DatabaseFileError, WorkbookError, StorageError, MissingGlyphs, BackupError, OSError, ValueError,
            RuleViolation) as e:
        print(f"错误：{e}", file=sys.stderr)
        return EXIT_FILE


def _demo(args: argparse.Namespace) -> int:
    from lz_desktop.services.office import DEMO_OFFICE_NAME, counts, create_office

    if args.scale == "district":
        from lz_desktop.services.scale_demo import build_district

        office = create_office(args.db, args.name or "规模测试区纪委", demo=False)
        made = build_district(office.db, lambda done, total: print(f"  {done}/{total}", flush=True))
        office.close()
        print("已建立规模测试数据：" + "，".join(f"{k} {v}" for k, v in made.items()) + f" → {office.path}")
        return EXIT_OK
    office = create_office(args.db, args.name or DEMO_OFFICE_NAME, demo=True)
    units, leaders = counts(office.db)
    office.close()
    print(f"已建立演示单位：{units} 个单位，{leaders} 名领导干部 → {office.path}")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from lz_desktop.services.roster_io import check_roster, import_checked

    with open_headless(args.db) as office:
        check = check_roster(office.db, args.file)
        print(f"{args.file.name}：共 {check.total} 行，无问题 {len(check.valid)} 行，"
              f"有问题 {check.bad_rows} 行。")
        for problem in check.problems:
            print(f"  {problem.text()}")
        if check.problems and not args.accept_valid:
            print("未导入任何记录。修改名册后重试，或加 --accept-valid 只导入无问题的行。")
            return EXIT_PROBLEMS
        imported = import_checked(office.db, check)
        print(f"已导入 {imported} 名领导干部。")
        return EXIT_PROBLEMS if check.problems else EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from lz_desktop.services.roster_io import export_roster

    with open_headless(args.db, read_only=True) as office:
        count = export_roster(office.db, args.out)
    print(f"已导出 {count} 名领导干部 → {args.out}")
    return EXIT_OK


def _template(args: argparse.Namespace) -> int:
    from lz_desktop.services.roster_io import save_template

    save_template(args.out)
    print(f"已保存名册模板 → {args.out}")
    return EXIT_OK


def _documents(args: argparse.Namespace) -> int:
    from lz_desktop.services import documents

    with open_headless(args.db, read_only=True) as office:
        entries = documents.register(office.db, args.year)
    for e in entries:
        reason = f"（{e.void_reason}）" if e.void_reason else ""
        print("\t".join((e.number or "（未编号）", e.kind.label, e.title, e.recipient, e.date,
                         e.status.label + reason)))
    return EXIT_OK


def _export_document(args: argparse.Namespace) -> int:
    from lz_desktop.services import documents

    with open_headless(args.db, read_only=True) as office:
        found = [e for e in documents.register(office.db) if e.number == args.number.strip()]
        if not found:
            print(f"错误：发文登记中没有“{args.number}”。", file=sys.stderr)
            return EXIT_PROBLEMS
        suffix = args.out.suffix.lower()
        if suffix not in (".pdf", ".docx"):
            print("错误：输出文件须以 .pdf 或 .docx 结尾。", file=sys.stderr)
            return EXIT_PROBLEMS
        save = documents.save_pdf if suffix == ".pdf" else documents.save_docx
        save(office.db, found[0].id, args.out)
    print(f"已导出 {args.number} → {args.out}")
    return EXIT_OK


def _due(args: argparse.Namespace) -> int:
    import csv

    from lz_desktop.documents.files import csv_safe
    from lz_desktop.services import ledger_files, rectification

    with open_headless(args.db, read_only=True) as office:
        rows = rectification.due_or_overdue(office.db, on_date(args.on))
    cells = [ledger_files.ledger_cells(row, ledger_files.iso if args.csv else format_cn) for row in rows]
    if args.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(ledger_files.LEDGER_HEADERS)
        writer.writerows([[csv_safe(v) for v in line] for line in cells])  # nothing a spreadsheet would run
    else:
        for line in cells:  # unit, status, date, days overdue, the finding
            print("\t".join([*line[:3], f"逾期{line[3]}天" if line[3] else "", line[4]]))
        print(f"共 {len(rows)} 项。")
    return EXIT_OK


def _remind(args: argparse.Namespace) -> int:
    from lz_desktop.services.reminders import issue_reminders

    day = on_date(args.on)
    with open_headless(args.db) as office:
        made = issue_reminders(office.db, day, args.prefix, args.out, args.contact)
    if made is None:
        print(f"{format_cn(day)}没有逾期的整改事项，未生成督办通知。")
        return EXIT_OK
    first, last = made.entries[0].number, made.entries[-1].number
    if made.reprinted:
        print(f"{format_cn(day)}已为这些单位印发督办通知 {first} 至 {last}，未重复印发；已重新输出 → {args.out}")
    else:
        print(f"已印发督办通知 {len(made.entries)} 份：{first} 至 {last} → {args.out}")
    return EXIT_OK


def _year_export(args: argparse.Namespace) -> int:
    from lz_desktop.services import duties, meetings

    day = on_date(args.on)
    year = args.year or day.year
    with open_headless(args.db, read_only=True) as office:
        if args.command == "export-plan":
            duties.export_plan(office.db, year, args.out, day)
        elif args.command == "export-duty-lists":
            duties.export_duty_lists(office.db, year, args.out)
        else:
            meetings.export_meetings(office.db, year, args.out)
    print(f"已导出{year}年度{YEAR_EXPORTS[args.command].split('（')[0]} → {args.out}")
    return EXIT_OK
