"""A synthetic ten-year district for measuring the app at scale (`lz-desktop demo --scale district`):
300 units, 3,000 leaders, 20,000 meetings, 3,000 inspections with scores, 60,000 findings with measures
and follow-ups, 1,500 accountability cases. Deterministic (fixed seed); written as one transaction with
the same constraints and audit triggers as every other write, so the trail is as large as a real one."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from sqlite_utils import Database

from lz_desktop.domain.dates import format_cn
from lz_desktop.domain.inspections import DEFAULT_BANDS, SAMPLE_SYSTEM
from lz_desktop.domain.pinyin import search_key, sort_key
from lz_desktop.services.inspections import save_system
from lz_desktop.services.office import set_document_contact, set_office_name
from lz_desktop.storage.bulk import insert_rows, next_id
from lz_desktop.storage.transaction import transaction

Step = Callable[[int, int], None]
D = dt.date
YEARS = range(2017, 2027)
TODAY = D(2026, 11, 25)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞建国志文斌宇浩凯丹晨"
KINDS = ("standing_committee_topic", "principal_topic", "principal_topic", "democratic_life", "duty_report",
         "democratic_evaluation")
SOURCES = ("inspection", "petition", "audit", "patrol", "special_campaign", "cadre_review")
PROBLEMS = ("年度任务分解未明确到每名班子成员", "主要负责人主持专题会议次数不足", "廉政风险点排查不全面",
            "整改措施报备逾期", "公务接待管理不规范", "“三重一大”制度执行记录不完整", "下属单位检查不及时",
            "廉洁教育未覆盖新任职干部", "政务公开不及时", "执法记录不规范")


def build_district(db: Database, progress: Step = lambda d, t: None) -> dict[str, int]:
    rng = random.Random(2026)
    made: dict[str, int] = {}
    with transaction(db):
        set_office_name(db, "中共北京市规模测试区纪律检查委员会")
        set_document_contact(db, "王芳", "6123 4567")
        units = _units(db, made)
        progress(1, 7)
        leaders = _leaders(db, rng, units, made)
        progress(2, 7)
        _meetings(db, rng, units, leaders, made)
        progress(3, 7)
        _inspections(db, rng, units, made)
        progress(4, 7)
        _findings(db, rng, units, leaders, made)
        progress(6, 7)
        _cases(db, rng, units, leaders, made)
        progress(7, 7)
    return made


def _units(db: Database, made: dict[str, int]) -> list[tuple[int, int | None]]:
    """(unit, parent): the district committee, 27 departments with ten subordinate units each (eleven for the first
    two): 300 units."""
    first = next_id(db, "units")
    rows: list[tuple[int, int | None, str, str, str, int]] = []
    out: list[tuple[int, int | None]] = []
    uid = first
    rows.append((uid, None, "中共北京市规模测试区委员会", "区委", "party_organ", 0))
    out.append((uid, None))
    root = uid
    for d in range(27):
        uid += 1
        dept = uid
        rows.append((dept, root, f"北京市规模测试区第{d + 1}局", f"第{d + 1}局", "government", d))
        out.append((dept, root))
        for s in range(11 if d < 2 else 10):
            uid += 1
            rows.append((uid, dept, f"北京市规模测试区第{d + 1}局第{s + 1}所", f"{d + 1}局{s + 1}所",
                         "public_institution", s))
            out.append((uid, dept))
    insert_rows(db, "units", ("id", "parent_id", "name", "short_name", "category", "sort_order"), rows)
    teams = [(u, u, f"{short}领导班子") for u, _p, _n, short, _c, _o in rows]
    insert_rows(db, "teams", ("id", "unit_id", "name"), teams)
    made["units"] = len(rows)
    return out


def _leaders(db: Database, rng: random.Random, units: list[tuple[int, int | None]],
             made: dict[str, int]) -> dict[int, list[int]]:
    """Ten a unit: a principal and nine members; one in ten has left (transferred), as records keep them."""
    lid = next_id(db, "leaders")
    rows: list[tuple[object, ...]] = []
    by_unit: dict[int, list[int]] = {}
    for unit, _parent in units:
        by_unit[unit] = []
        for n in range(10):
            name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
            left = n == 9
            role = "principal" if n == 0 else "member"
            post = "主要负责人" if n == 0 else "班子成员"
            start = D(rng.randint(2012, 2022), rng.randint(1, 12), rng.randint(1, 28))
            end = D(2023, 6, 30) if left and start < D(2023, 6, 30) else None
            rows.append((lid, unit, name, rng.choice(("male", "female")), post, role, start.isoformat(),
                         end.isoformat() if end else None, "transferred" if end else "in_office",
                         search_key(name), sort_key(name)))
            if not end:
                by_unit[unit].append(lid)
            lid += 1
    insert_rows(db, "leaders", ("id", "team_id", "name", "gender", "post", "role", "term_start", "term_end",
                                "status", "search_key", "sort_key"), rows)
    made["leaders"] = len(rows)
    return by_unit


def _meetings(db: Database, rng: random.Random, units: list[tuple[int, int | None]], leaders: dict[int, list[int]],
              made: dict[str, int]) -> None:
    mid = next_id(db, "meetings")
    meetings, attendance = [], []
    now = dt.datetime(2026, 11, 25, 9).isoformat()
    per_unit = 20_000 // len(units) + 1
    for unit, _p in units:
        team = leaders[unit]
        for k in range(per_unit):
            if mid - 1 >= 20_000:
                break
            year = YEARS[k % len(YEARS)]
            held = D(year, rng.randint(1, 11), rng.randint(1, 28))
            kind = rng.choice(KINDS)
            meetings.append((mid, unit, kind, held.isoformat(), "会议室", team[0], "办公室",
                             f"{year}年度党风廉政建设工作", "会议研究部署党风廉政建设工作。", now))
            attendance += [(mid, leader, 1) for leader in team[:4]]
            mid += 1
    insert_rows(db, "meetings", ("id", "unit_id", "kind", "held_on", "place", "chair_id", "recorder", "agenda",
                                 "minutes", "created_at"), meetings)
    insert_rows(db, "meeting_attendance", ("meeting_id", "leader_id", "present"), attendance)
    made["meetings"] = len(meetings)


def _inspections(db: Database, rng: random.Random, units: list[tuple[int, int | None]], made: dict[str, int]) -> None:
    """Every unit inspected by its superior each year (the district committee by itself is not): 3,000 a decade."""
    inspected = [(u, p) for u, p in units if p is not None]
    extra = 3000 - len(inspected) * len(YEARS)
    count, scores = 0, 0
    iid = next_id(db, "inspections")
    for year in YEARS:
        system = save_system(db, year, "", SAMPLE_SYSTEM, DEFAULT_BANDS)
        leaves = [(c.id, c.points) for t in system.indicators for c in (t.children or (t,))]
        rows, inspected_rows, score_rows = [], [], []
        for unit, parent in inspected + inspected[:max(0, extra // len(YEARS))]:
            start = D(year, 11, rng.randint(1, 20))
            rows.append((iid, system.id, parent, f"{year}年度责任制检查考核", "检查组",
                         "self_assessment,special_inspection",
                         start.isoformat(), (start + dt.timedelta(days=5)).isoformat(),
                         (start + dt.timedelta(days=20)).isoformat() if year < 2026 else None, TODAY.isoformat()))
            inspected_rows.append((iid, unit))
            for leaf, points in leaves:
                lost = rng.choice((0, 0, 0, 1, 2)) if points > 2 else 0
                score_rows.append((iid, unit, leaf, points, points - lost, "扣分理由" if lost else ""))
            iid += 1
        insert_rows(db, "inspections", ("id", "system_id", "unit_id", "title", "team", "methods", "start_on", "end_on",
                                        "finalized_on", "created_at"), rows)
        insert_rows(db, "inspected_units", ("inspection_id", "unit_id"), inspected_rows)
        insert_rows(db, "scores", ("inspection_id", "unit_id", "indicator_id", "self_score", "score", "reason"),
                    score_rows)
        count += len(rows)
        scores += len(score_rows)
    made["inspections"], made["scores"] = count, scores


def _findings(db: Database, rng: random.Random, units: list[tuple[int, int | None]], leaders: dict[int, list[int]],
              made: dict[str, int]) -> None:
    """60,000 findings over ten years: old ones closed, recent ones in every status."""
    fid, fbid, mid = next_id(db, "findings"), next_id(db, "feedbacks"), next_id(db, "measures")
    now = dt.datetime(2026, 11, 25, 9).isoformat()
    findings, feedbacks, measures, followups, events = [], [], [], [], []
    per_unit_year = 60_000 // (len(units) * len(YEARS)) + 1
    for year in YEARS:
        for unit, _p in units:
            found = D(year, rng.randint(1, 10), rng.randint(1, 28))
            fed = found + dt.timedelta(days=10)
            due = fed + dt.timedelta(days=30)
            fresh = fed > TODAY - dt.timedelta(days=40)
            filed = None if fresh and rng.random() < 0.5 else fed + dt.timedelta(days=rng.randint(10, 40))
            feedbacks.append((fbid, unit, f"{year}年度检查考核", fed.isoformat(), due.isoformat(), 0, "一个月",
                              filed.isoformat() if filed else None, now))
            for _k in range(per_unit_year):
                if fid - 1 >= 60_000:
                    break
                text = f"{rng.choice(PROBLEMS)}（{year}年第{fid}号）"
                closed = None
                if filed and (year < 2026 or rng.random() < 0.3):
                    closed = filed + dt.timedelta(days=rng.randint(60, 150))
                    closed = min(closed, TODAY)
                findings.append((fid, unit, rng.choice(SOURCES), text, "《办法》第十九条", "general", "",
                                 found.isoformat(), fbid, closed.isoformat() if closed else None, now))
                events.append((fid, found.isoformat(), now, "found", f"发现问题：{text}"))
                events.append((fid, fed.isoformat(), now, "fed_back", f"向单位反馈，期限 {format_cn(due)}"))
                if filed:
                    done_by = filed + dt.timedelta(days=rng.randint(20, 120))
                    done = done_by.isoformat() if closed or done_by < TODAY - dt.timedelta(days=30) else None
                    measures.append((mid, fid, "对照问题逐项整改", leaders[unit][0], done_by.isoformat(), done))
                    mid += 1
                    events.append((fid, filed.isoformat(), now, "measures", "报备整改措施"))
                if closed:
                    followups.append((fid, closed.isoformat(), "document_review", "整改到位", "检查组"))
                    events.append((fid, closed.isoformat(), now, "closed", "验收合格，销号"))
                fid += 1
            fbid += 1
    insert_rows(db, "feedbacks", ("id", "unit_id", "title", "fed_back_on", "measures_due", "provisional",
                                  "explanation", "measures_filed_on", "created_at"), feedbacks)
    insert_rows(db, "findings", ("id", "unit_id", "source", "description", "rule_ref", "severity", "evidence",
                                 "found_on", "feedback_id", "closed_on", "created_at"), findings)
    insert_rows(db, "measures", ("id", "finding_id", "content", "leader_id", "due_on", "done_on"), measures)
    insert_rows(db, "followups", ("finding_id", "on_date", "method", "result", "by_whom"), followups)
    insert_rows(db, "finding_events", ("finding_id", "on_date", "recorded_at", "kind", "text"), events)
    made["findings"], made["measures"], made["followups"] = len(findings), len(measures), len(followups)


def _cases(db: Database, rng: random.Random, units: list[tuple[int, int | None]], leaders: dict[int, list[int]],
           made: dict[str, int]) -> None:
    cid, did = next_id(db, "cases"), next_id(db, "case_decisions")
    now = dt.datetime(2026, 11, 25, 9).isoformat()
    cases, subjects, decisions, events = [], [], [], []
    serial: dict[int, int] = {}
    for n in range(1500):
        unit, _p = units[rng.randrange(len(units))]
        year = YEARS[n % len(YEARS)]
        serial[year] = serial.get(year, 0) + 1
        received = D(year, rng.randint(1, 10), rng.randint(1, 28))
        leader = leaders[unit][rng.randint(1, 5)]
        closed = received + dt.timedelta(days=120) if year < 2026 else None
        cases.append((cid, year, serial[year], "petition", received.isoformat(), "来信反映领导干部失职问题", "",
                      "leader", unit, "4", "discipline", (received + dt.timedelta(days=7)).isoformat(),
                      closed.isoformat() if closed else None, "处理决定已执行。" if closed else "", now))
        subjects.append((cid, leader))
        decided = received + dt.timedelta(days=60)
        if decided < TODAY:
            carried = (decided + dt.timedelta(days=20)).isoformat() if closed or rng.random() < 0.5 else None
            decisions.append((did, cid, leader, "serious", "circulated_criticism", "important", decided.isoformat(),
                              carried))
            did += 1
        events.append((cid, received.isoformat(), "受理线索", now))
        cid += 1
    insert_rows(db, "cases", ("id", "year", "serial", "source", "received_on", "content", "assigned_by", "subject",
                              "unit_id", "circumstances", "body", "investigation_started_on", "closed_on",
                              "conclusion", "created_at"), cases)
    insert_rows(db, "case_leaders", ("case_id", "leader_id"), subjects)
    insert_rows(db, "case_decisions", ("id", "case_id", "leader_id", "severity", "sanctions", "responsibility",
                                       "decided_on", "carried_out_on"), decisions)
    insert_rows(db, "case_events", ("case_id", "on_date", "text", "recorded_at"), events)
    made["cases"] = len(cases)
