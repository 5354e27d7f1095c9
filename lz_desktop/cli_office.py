"""The headless commands of the later areas (accountability, the annual summary) and of data safety
(verify, backup, restore); `lz_desktop.cli` parses the arguments and dispatches here."""

from __future__ import annotations

import argparse
import sys

from lz_desktop.cli_common import EXIT_OK, EXIT_PROBLEMS, on_date, open_headless


def summary(args: argparse.Namespace) -> int:
    from lz_desktop.services import roster, summary_export

    day = on_date(args.on)
    office = open_headless(args.db, read_only=True)
    try:
        unit_id = None
        if args.unit:
            found = [u for u in roster.list_units(office.db) if args.unit.strip() in (u.short_name, u.name)]
            if not found:
                print(f"错误：没有名为“{args.unit}”的单位。", file=sys.stderr)
                return EXIT_PROBLEMS
            unit_id = found[0].id
        written = summary_export.export_all(office.db, args.year or day.year, unit_id, args.out_dir, day)
    finally:
        office.close()
    for path in written.paths:
        print(f"已导出 → {path}")
    return EXIT_OK


def export_cases(args: argparse.Namespace) -> int:
    from lz_desktop.services import case_papers, cases

    office = open_headless(args.db, read_only=True)
    try:
        views = cases.cases(office.db, year=args.year)
        case_papers.export_register(office.db, views, args.out)
    finally:
        office.close()
    print(f"已导出 {len(views)} 件责任追究案件 → {args.out}")
    return EXIT_OK


def restrictions(args: argparse.Namespace) -> int:
    import csv

    from lz_desktop.services import cases

    day = on_date(args.on)
    office = open_headless(args.db, read_only=True)
    try:
        rows = cases.restrictions_in_force(office.db, day)
    finally:
        office.close()
    cells = [[r.name, r.unit_short_name, r.case_number, r.restriction.kind.label,
              r.restriction.until.isoformat() if r.restriction.until else "长期", r.restriction.reason] for r in rows]
    if args.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(["姓名", "单位", "案件", "限制", "截止", "原因"])
        writer.writerows(cells)
    else:
        for line in cells:
            print("\t".join(line[:5]))
        print(f"{day.isoformat()}：共 {len(rows)} 项限制在影响期内。")
    return EXIT_OK


def verify(args: argparse.Namespace) -> int:
    from lz_desktop.services.integrity import verify

    office = open_headless(args.db, read_only=True)
    try:
        result = verify(office.db)
    finally:
        office.close()
    print("\n".join(result.lines()))
    return EXIT_OK if result.ok else EXIT_PROBLEMS


def backup(args: argparse.Namespace) -> int:
    from lz_desktop.services import backups

    office = open_headless(args.db, read_only=True)
    try:
        info = backups.backup(office.db, office.path, args.to, kind=backups.AUTO if args.auto else backups.MANUAL)
    finally:
        office.close()
    print(f"已备份并检查 → {info.path}\n{info.summary()}")
    return EXIT_OK


def restore(args: argparse.Namespace) -> int:
    from lz_desktop.services import backups

    info = backups.inspect(args.backup)
    print(info.summary())
    if not info.ok:
        print("备份检查未通过，未恢复。", file=sys.stderr)
        return EXIT_PROBLEMS
    if not args.yes:
        print("以上为备份内容；确认恢复请加 --yes（当前文件会先复制为“恢复前备份”）。")
        return EXIT_OK
    safety = backups.restore(args.db, args.backup)
    print(f"已恢复。恢复前的文件已保存为 {safety}")
    return EXIT_OK
