"""The demo office: a made-up district (永安区) that looks like a real one at work.

Deterministic (fixed seed), so screenshots and tests see the same office every time.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlite_utils import Database

from lz_desktop.domain.leaders import Gender, Leader, LeaderStatus, Role
from lz_desktop.domain.official_document import DEFAULT_ORGANS
from lz_desktop.domain.units import Unit, UnitCategory
from lz_desktop.services import issuers, roster
from lz_desktop.services.demo_cases import add_demo_cases
from lz_desktop.services.demo_documents import PREFIXES, add_demo_documents
from lz_desktop.services.demo_duties import add_demo_duties
from lz_desktop.services.demo_exchange import add_demo_packages
from lz_desktop.services.demo_inspections import add_demo_inspections
from lz_desktop.services.demo_meetings import add_demo_meetings
from lz_desktop.services.demo_opinions import add_demo_opinions
from lz_desktop.services.demo_rectification import add_demo_findings
from lz_desktop.services.office import DEMO_OFFICE_NAME, set_document_contact, set_office_name
from lz_desktop.storage.transaction import transaction

C = UnitCategory

# (full name, short name, category, team name, principal post, member post, head title, children)
_Spec = tuple[str, str, UnitCategory, str, str, str, list]
_DEPARTMENTS: list[_Spec] = [
    ("中共北京市永安区委办公室", "区委办", C.PARTY_ORGAN, "区委办领导班子",
     "主任", "副主任", [], ),
    ("中共北京市永安区委组织部", "区委组织部", C.PARTY_ORGAN, "区委组织部部务会",
     "部长", "副部长", []),
    ("北京市永安区人大常委会机关", "区人大机关", C.PEOPLES_CONGRESS, "区人大常委会党组",
     "党组书记、主任", "党组成员、副主任", []),
    ("北京市永安区人民政府", "区政府", C.GOVERNMENT, "区政府党组",
     "党组书记、区长", "党组成员、副区长", []),
    ("政协北京市永安区委员会机关", "区政协机关", C.CPPCC, "区政协党组",
     "党组书记、主席", "党组成员、副主席", []),
    ("北京市永安区人民法院", "区法院", C.COURT, "区法院党组",
     "党组书记、院长", "党组成员、副院长", []),
    ("北京市永安区人民检察院", "区检察院", C.PROCURATORATE, "区检察院党组",
     "党组书记、检察长", "党组成员、副检察长", []),
    ("北京市永安区发展和改革委员会", "区发展改革委", C.GOVERNMENT, "区发展改革委党组",
     "党组书记、主任", "党组成员、副主任", []),
    ("北京市永安区财政局", "区财政局", C.GOVERNMENT, "区财政局党组",
     "党组书记、局长", "党组成员、副局长", []),
    ("北京市永安区教育委员会", "区教委", C.GOVERNMENT, "区教委党组",
     "党组书记、主任", "党组成员、副主任", [
         ("北京市永安区第一中学", "永安一中", C.PUBLIC_INSTITUTION, "永安一中领导班子",
          "党委书记、校长", "副校长", []),
         ("北京市永安区实验小学", "实验小学", C.PUBLIC_INSTITUTION, "实验小学领导班子",
          "党支部书记、校长", "副校长", []),
     ]),
    ("北京市永安区卫生健康委员会", "区卫生健康委", C.GOVERNMENT, "区卫生健康委党组",
     "党组书记、主任", "党组成员、副主任", [
         ("北京市永安区人民医院", "区人民医院", C.PUBLIC_INSTITUTION, "区人民医院领导班子",
          "党委书记、院长", "副院长", []),
     ]),
    ("北京市永安区住房和城乡建设委员会", "区住房城乡建设委", C.GOVERNMENT,
     "区住房城乡建设委党组", "党组书记、主任", "党组成员、副主任", []),
    ("北京市永安区城市管理委员会", "区城市管理委", C.GOVERNMENT, "区城市管理委党组",
     "党组书记、主任", "党组成员、副主任", []),
    ("北京市永安区总工会", "区总工会", C.PEOPLES_ORGANISATION, "区总工会党组",
     "党组书记、常务副主席", "党组成员、副主席", []),
    ("北京永安城市发展集团有限公司", "永安城发集团", C.STATE_OWNED_ENTERPRISE,
     "永安城发集团党委", "党委书记、董事长", "党委委员、副总经理", []),
    ("北京市永安区长河街道办事处", "长河街道", C.GOVERNMENT, "长河街道工委",
     "工委书记", "工委委员、副主任", []),
    ("北京市永安区青龙镇人民政府", "青龙镇", C.GOVERNMENT, "青龙镇党委",
     "党委书记", "党委委员、副镇长", []),
]
_DISTRICT: _Spec = ("中共北京市永安区委员会", "区委", C.PARTY_ORGAN, "区委常委会",
                    "区委书记", "区委常委", _DEPARTMENTS)

_SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
    "苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史"
    "顾侯邵孟龙万段"
)
_GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰文斌辉鹏宇晨浩然子涵"
    "欣怡博远海峰立新卫东晓光春梅秋菊振华永庆德胜国栋俊杰雪梅丽萍红梅宏伟"
)
_PORTFOLIOS = [
    "机关党建、干部人事、纪检工作", "办公室、财务、机关后勤", "规划、项目审批、招标采购",
    "安全生产、应急管理", "信访、综合治理", "宣传、精神文明建设", "法治建设、政务公开",
    "资产管理、内部审计", "重大项目建设与推进", "民生保障、社区工作", "教学科研、招生工作",
    "医疗质量、药品耗材采购", "工程建设、质量监督", "执法监督、队伍建设",
]


def fill_demo_office(db: Database, office_name: str = DEMO_OFFICE_NAME) -> None:
    """The whole demo district, as one batch: it is there entirely or not at all."""
    rng = random.Random(2026)
    used_names: set[str] = set()
    with transaction(db):
        set_office_name(db, office_name)
        set_document_contact(db, "王芳", "6123 4567")  # the 办公室's clerk, printed on notices that need a contact
        issuers.set_issuers(db, dict(DEFAULT_ORGANS), PREFIXES)
        district = _add_unit_tree(db, _DISTRICT, None)
        dept_ids = [u for u in roster.subtree_ids(db, district) if u != district]
        for unit in roster.list_units(db):
            assert unit.id is not None and unit.team_id is not None
            spec = _spec_for(unit.name)
            size = 9 if unit.id == district else rng.randint(4, 6)
            overseen = dept_ids if unit.id == district else []
            _add_team(db, rng, used_names, unit, spec, size, overseen)
        add_demo_documents(db)
        add_demo_findings(db)
        add_demo_duties(db)
        add_demo_meetings(db)
        add_demo_inspections(db)
        add_demo_cases(db)
        add_demo_opinions(db)
        add_demo_packages(db)  # last: the packages carry what the other areas left open


def _add_unit_tree(db: Database, spec: _Spec, parent_id: int | None) -> int:
    name, short, category, team, *_rest, children = spec
    unit = roster.add_unit(db, Unit(None, parent_id, name, short, category, team))
    assert unit.id is not None
    for child in children:
        _add_unit_tree(db, child, unit.id)
    return unit.id


def _spec_for(name: str) -> _Spec:
    stack = [_DISTRICT]
    while stack:
        spec = stack.pop()
        if spec[0] == name:
            return spec
        stack.extend(spec[6])
    raise KeyError(name)


def _add_team(db: Database, rng: random.Random, used: set[str], unit: Unit, spec: _Spec,
              size: int, overseen: list[int]) -> None:
    assert unit.team_id is not None
    high = unit.parent_id is None
    sub = not high and spec[0] not in {d[0] for d in _DEPARTMENTS}
    ranks = ("正局级", "副局级") if high else ("正科级", "副科级") if sub else ("正处级", "副处级")
    start = dt.date(rng.choice([2021, 2022, 2023]), rng.randint(1, 12), rng.randint(1, 28))
    if rng.random() < 0.3:
        # A former principal, transferred away: the record stays (Art. 27).
        former_start = dt.date(start.year - 4, rng.randint(1, 12), rng.randint(1, 28))
        roster.add_leader(db, _person(rng, used, unit.team_id, spec[4], ranks[0],
                                      Role.PRINCIPAL, former_start, start - dt.timedelta(days=1),
                                      rng.choice([LeaderStatus.TRANSFERRED, LeaderStatus.RETIRED])))
    roster.add_leader(db, _person(rng, used, unit.team_id, spec[4], ranks[0], Role.PRINCIPAL,
                                  start, None, LeaderStatus.IN_OFFICE,
                                  portfolio="主持全面工作，党风廉政建设第一责任人"))
    shares = [overseen[i::size - 1] for i in range(size - 1)] if overseen else [[]] * (size - 1)
    for i in range(size - 1):
        member_start = start + dt.timedelta(days=rng.randint(0, 700))
        member_start = min(member_start, dt.date(2026, 6, 30))
        roster.add_leader(db, _person(
            rng, used, unit.team_id, spec[5], ranks[1], Role.MEMBER, member_start, None,
            LeaderStatus.IN_OFFICE, portfolio=rng.choice(_PORTFOLIOS),
            portfolio_units=tuple(shares[i])))


def _person(rng: random.Random, used: set[str], team_id: int, post: str, rank: str, role: Role,
            start: dt.date, end: dt.date | None, status: LeaderStatus, portfolio: str = "",
            portfolio_units: tuple[int, ...] = ()) -> Leader:
    while True:
        given = "".join(rng.sample(_GIVEN, rng.choice([1, 2, 2, 2])))
        name = rng.choice(_SURNAMES) + given
        if name not in used:
            used.add(name)
            break
    gender = Gender.FEMALE if rng.random() < 0.3 else Gender.MALE
    return Leader(None, team_id, name, gender, post, rank, role, start, end, status, portfolio,
                  portfolio_units)

