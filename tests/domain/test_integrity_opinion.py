"""The opinion proposed for one person: what stands in the way of the purpose, as of the request's date."""

from __future__ import annotations

import datetime as dt

from lz_desktop.domain.impact import Restriction, RestrictionKind
from lz_desktop.domain.integrity_opinion import DecisionFact, OpenCase, OpinionKind, PersonFacts, Purpose, propose

D = dt.date
NO_EXCELLENCE = Restriction(RestrictionKind.NO_EXCELLENCE, D(2026, 4, 1), D(2026, 12, 31), "通报批评")
NO_POST = Restriction(RestrictionKind.NO_EQUIVALENT_POST, D(2026, 4, 1), D(2027, 4, 1), "免职")


def test_nothing_on_record_is_no_adverse_finding() -> None:
    proposal = propose(Purpose.PROMOTION, PersonFacts((), (), ()), D(2026, 11, 25))
    assert proposal.kind is OpinionKind.CLEAR and proposal.text() == "无不良反映。"


def test_a_restriction_is_stated_only_where_it_bars_the_purpose_and_only_while_in_force() -> None:
    facts = PersonFacts((NO_EXCELLENCE,), (), ())
    assert propose(Purpose.AWARD, facts, D(2026, 11, 25)).text() == (
        "有以下情况：影响期至2026年12月31日，期内不得评优评先（依据《办法》第二十八条）。")
    assert propose(Purpose.PROMOTION, facts, D(2026, 11, 25)).kind is OpinionKind.CLEAR
    assert propose(Purpose.AWARD, facts, D(2027, 1, 5)).kind is OpinionKind.CLEAR  # the period has ended
    assert "不得重新担任与原任职务相当的领导职务" in propose(Purpose.TRANSFER, PersonFacts((NO_POST,), (), ()),
                                                           D(2026, 11, 25)).text()


def test_a_decision_is_always_stated_and_an_open_case_defers_the_opinion() -> None:
    decided = DecisionFact(D(2026, 4, 1), "情节较重，通报批评（主要领导责任）", "2026年第1号")
    facts = PersonFacts((), (decided,), ())
    assert propose(Purpose.AWARD, facts, D(2026, 11, 25)).grounds == (
        "2026年4月1日受到责任追究，情节较重，通报批评（主要领导责任）",)  # no case number in a letter out
    assert propose(Purpose.AWARD, facts, D(2026, 3, 31)).kind is OpinionKind.CLEAR  # not yet decided then
    deferred = propose(Purpose.AWARD, PersonFacts((), (decided,), (OpenCase("2026年第7号", D(2026, 10, 9), "调查中"),)),
                       D(2026, 11, 25))
    assert deferred.kind is OpinionKind.DEFER and deferred.grounds[0].startswith("2026年第7号于2026年10月9日受理，目前调查中")
    assert deferred.text() == "暂缓答复。有反映问题正在核查，待查清后另行函复。"
