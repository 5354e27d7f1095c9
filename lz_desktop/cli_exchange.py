"""`export-packages` and `import-packages`: 报送 with the units from the command line (a USB drive's folder)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lz_desktop.cli_common import EXIT_OK, EXIT_PROBLEMS, on_date, open_headless
from lz_desktop.domain.dates import format_cn, parse_date


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    out = sub.add_parser("export-packages", help="为各单位生成本年度报送表（.xlsx），单位用 WPS 或 Excel 填写后报回")
    out.add_argument("--db", type=Path, required=True, help="数据文件")
    out.add_argument("--year", type=int, help="年度，省略为今年")
    out.add_argument("--out", type=Path, required=True, help="保存报送表的文件夹（如U盘）")
    out.add_argument("--unit", action="append", help="只为该单位生成（简称或全称，可重复）")
    out.add_argument("--due", help="报送截止日期，省略为今天起15天")
    out.add_argument("--contact", default="", help="联系人及电话，印在每张表的表头")
    out.add_argument("--on", help="以该日期为今天（测试用）")
    back = sub.add_parser("import-packages", help="检查单位报回的报送表；加 --apply 合并无问题的报送表")
    back.add_argument("--db", type=Path, required=True, help="数据文件")
    back.add_argument("files", type=Path, nargs="+", help="报回的 .xlsx 文件或所在文件夹")
    back.add_argument("--year", type=int, help="只接受该年度的报送表")
    back.add_argument("--apply", action="store_true", help="合并（每份报送表一个事务；与本机关记录冲突的行不合并）")
    back.add_argument("--on", help="以该日期为今天（测试用）")


def export_packages(args: argparse.Namespace) -> int:
    import datetime as dt

    from lz_desktop.services import exchange, roster

    today = on_date(args.on)
    due = parse_date(args.due) if args.due else today + dt.timedelta(days=15)
    year = args.year or today.year
    with open_headless(args.db) as office:
        unit_ids = None
        if args.unit:
            units = {name: u.id for u in roster.list_units(office.db) for name in (u.short_name, u.name)}
            missing = [name for name in args.unit if name.strip() not in units]
            if missing:
                print(f"错误：没有名为“{'、'.join(missing)}”的单位。", file=sys.stderr)
                return EXIT_PROBLEMS
            unit_ids = [int(units[name.strip()] or 0) for name in args.unit]
        args.out.mkdir(parents=True, exist_ok=True)
        waiting = exchange.outstanding(office.db, year, today, unit_ids)
        made = exchange.export_packages(office.db, year, args.out, today=today, due_on=due, contact=args.contact,
                                        unit_ids=unit_ids)
    for path in made.written:
        print(f"已生成 → {path}")
    if waiting[0]:
        print(f"注意：此前下发的 {waiting[0]} 份报送表尚未报回（其中 {waiting[1]} 份逾期）；各单位以新表为准，"
              "报回旧表仍可导入。")
    if made.nothing_due:
        print(f"本年度无需报送的单位：{'、'.join(made.nothing_due)}")
    print(f"共生成 {len(made.written)} 份{year}年度报送表，报送截止日期{format_cn(due)}。")
    return EXIT_OK


def import_packages(args: argparse.Namespace) -> int:
    from lz_desktop.services import exchange_import

    today = on_date(args.on)
    paths = package_paths(args.files)
    if not paths:
        print("错误：没有找到 .xlsx 文件。", file=sys.stderr)
        return EXIT_PROBLEMS
    troubled, total = False, 0
    # Writable even to check: the check runs the merge and rolls it back, so what the services refuse is
    # found before --apply.
    with open_headless(args.db) as office:
        for check in exchange_import.check_all(office.db, paths, today=today, year=args.year):
            print(check.summary())
            for change in check.changes:
                print(f"  + “{change.kind.sheet_title}”表第{change.row}行：{change.what}")
            for conflict in check.conflicts:
                c = conflict.change
                print(f"  ! 冲突，未合并：“{c.kind.sheet_title}”表第{c.row}行：本机关记录为“{conflict.office_value}”，"
                      f"单位填报为“{conflict.unit_value}”（请在窗口中选择）")
            for problem in check.problems:
                print(f"  × {problem.text()}")
            troubled |= bool(check.refused or check.problems or check.conflicts)
            if args.apply and check.mergeable and check.changes:
                merged = exchange_import.apply_package(office.db, check, today=today)
                total += merged
                print(f"  已合并 {merged} 行。")
    if args.apply:
        print(f"共合并 {total} 行。")
    else:
        print("（仅检查，未作任何改动；加 --apply 合并。）")
    return EXIT_PROBLEMS if troubled else EXIT_OK


def package_paths(items: list[Path]) -> list[Path]:
    """Files as given, and the .xlsx files of a folder (WPS's and Excel's lock files “~$…” left out)."""
    out: list[Path] = []
    for item in items:
        if item.is_dir():
            out += sorted(p for p in item.glob("*.xlsx") if not p.name.startswith(("~$", ".~")))
        else:
            out.append(item)
    return out
