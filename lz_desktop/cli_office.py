"""The headless commands of the later areas (accountability, the annual summary) and of data safety
(verify, backup, restore); `lz_desktop.cli` parses the arguments and dispatches here."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lz_desktop.cli_common import EXIT_OK, EXIT_PROBLEMS, on_date, open_headless


def summary(args: argparse.Namespace) -> int:
    from lz_desktop.services import roster, summary_export

    day = on_date(args.on)
    with open_headless(args.db, read_only=True) as office:
        unit_id = None
        if args.unit:
            found = [u for u in roster.list_units(office.db) if args.unit.strip() in (u.short_name, u.name)]
            if not found:
                print(f"错误：没有名为“{args.unit}”的单位。", file=sys.stderr)
                return EXIT_PROBLEMS
            unit_id = found[0].id
        written = summary_export.export_all(office.db, args.year or day.year, unit_id, args.out_dir, day)
    for path in written.paths:
        print(f"已导出 → {path}")
    return EXIT_OK


def export_cases(args: argparse.Namespace) -> int:
    from lz_desktop.services import case_papers, cases

    with open_headless(args.db, read_only=True) as office:
        views = cases.cases(office.db, year=args.year)
        case_papers.export_register(office.db, views, args.out)
    print(f"已导出 {len(views)} 件责任追究案件 → {args.out}")
    return EXIT_OK


def restrictions(args: argparse.Namespace) -> int:
    import csv

    from lz_desktop.documents.files import csv_safe
    from lz_desktop.services import cases

    day = on_date(args.on)
    with open_headless(args.db, read_only=True) as office:
        rows = cases.restrictions_in_force(office.db, day)
    cells = [[r.name, r.unit_short_name, r.case_number, r.restriction.kind.label,
              r.restriction.until.isoformat() if r.restriction.until else "长期", r.restriction.reason] for r in rows]
    if args.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(["姓名", "单位", "案件", "限制", "截止", "原因"])
        writer.writerows([[csv_safe(v) for v in line] for line in cells])  # nothing a spreadsheet would run
    else:
        for line in cells:
            print("\t".join(line[:5]))
        print(f"{day.isoformat()}：共 {len(rows)} 项限制在影响期内。")
    return EXIT_OK


def verify(args: argparse.Namespace) -> int:
    from lz_desktop.services.integrity import against_anchors, verify

    with open_headless(args.db, read_only=True) as office:
        result = verify(office.db)
        anchored = against_anchors(office.db, args.against) if args.against else None
    print("\n".join(result.lines()))
    problems: list[str] = []
    if anchored is not None:
        count, problems = anchored
        print(f"与 {args.against} 中 {count} 份备份记下的审计链头核对：" + ("一致。" if not problems else "不一致："))
        for problem in problems:
            print(f"  {problem}")
    return EXIT_OK if result.ok and not problems else EXIT_PROBLEMS


def backup(args: argparse.Namespace) -> int:
    from lz_desktop.services import backups

    with open_headless(args.db, read_only=True) as office:
        info = backups.backup(office.db, office.path, args.to, kind=backups.AUTO if args.auto else backups.MANUAL)
    print(f"已备份并检查 → {info.path}\n{info.summary()}")
    return EXIT_OK


def restore(args: argparse.Namespace) -> int:
    from lz_desktop.services import backup_crypto, backups

    passphrase = None
    if backup_crypto.is_encrypted(args.backup):
        passphrase = _passphrase(args.passphrase_file)
        if passphrase is None:
            print("这是加密的备份：请用 --passphrase-file 给出口令，或在终端上运行以输入口令。未恢复。",
                  file=sys.stderr)
            return EXIT_PROBLEMS
    info = backups.inspect(args.backup, passphrase=passphrase)
    print(info.summary())
    if not info.ok:
        print("备份检查未通过，未恢复。", file=sys.stderr)
        return EXIT_PROBLEMS
    if not args.yes:
        print("以上为备份内容；确认恢复请加 --yes（当前文件会先复制为“恢复前备份”）。")
        return EXIT_OK
    safety = backups.restore(args.db, args.backup, passphrase=passphrase)
    print(f"已恢复。恢复前的文件已保存为 {safety}")
    return EXIT_OK


def _passphrase(file: Path | None) -> str | None:
    """From the file's first line, or typed at the terminal (never echoed); None when neither is possible."""
    if file is not None:
        lines = file.read_text(encoding="utf-8").splitlines()
        return lines[0] if lines else ""
    if not sys.stdin.isatty():
        return None
    import getpass

    return getpass.getpass("备份口令：")


def integrity_opinion(args: argparse.Namespace) -> int:
    """党风廉政意见: a request for one leader or a list, opinions as proposed, the reply drafted and written."""
    from lz_desktop.domain.dates import format_cn
    from lz_desktop.domain.integrity_opinion import Purpose
    from lz_desktop.services import documents
    from lz_desktop.services import integrity_opinions as opinions

    day = on_date(args.on)
    purpose = next((p for p in Purpose if args.purpose in (p.value, p.label)), None)
    if purpose is None:
        print(f"错误：用途须为：{'、'.join(p.label for p in Purpose)}。", file=sys.stderr)
        return EXIT_PROBLEMS
    entries = (opinions.names_from_workbook(str(args.names)) if args.names
               else [opinions.NameEntry(args.leader, args.unit or "")])
    with open_headless(args.db) as office:
        request_id = opinions.create_request(office.db, args.organ, purpose, day, entries, today=day,
                                             reference=args.reference or "")
        waiting = opinions.settle_as_proposed(office.db, request_id)
        for v in opinions.persons(office.db, request_id):
            print(f"{v.who}：{v.opinion}" if v.state != "须选择人员" else
                  f"{v.who}：同名{len(v.candidates)}人：" + "；".join(
                      f"{c.unit_short_name}（{c.leader.post}）" for c in v.candidates) + "。请加 --unit 指明单位")
        if waiting:
            opinions.discard_request(office.db, request_id)  # nothing half-done left behind
            print("有同名人员未确定，未登记、未起草复函；加 --unit 后重试，或在窗口“责任追究 › 廉政意见回复”中登记。")
            return EXIT_PROBLEMS
        doc_id = opinions.draft_reply(office.db, request_id, day)
        Path(args.out).write_bytes(documents.pdf_bytes(office.db, doc_id))
    print(f"已起草复函（截至{format_cn(day)}，未编号，在“文书”中印发）→ {args.out}")
    return EXIT_OK
