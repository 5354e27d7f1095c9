"""Chapter 4: a test per sanction row (Art. 24, 25), Art. 26 shares, Art. 28 impact examples."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from lz_desktop.domain.accountability import (
    Circumstance,
    LeadSource,
    Sanction,
    SanctionDecision,
    Severity,
    Subject,
    allowed_sanctions,
    check_decision,
)
from lz_desktop.domain.errors import RuleViolation
from lz_desktop.domain.impact import AccountabilityRecord, ImpactRule, RestrictionKind, restrictions
from lz_desktop.domain.responsibility import (
    Participant,
    Responsibility,
    collective_responsibility,
    individual_responsibility,
)
from lz_desktop.paths import resource

D = dt.date
S = Sanction
T, L = Subject.TEAM, Subject.LEADER
MINOR, SERIOUS, GRAVE = Severity.MINOR, Severity.SERIOUS, Severity.GRAVE


def test_the_regulation_lists_seven_circumstances_and_ten_lead_sources() -> None:
    assert len(Circumstance) == 7 and Circumstance.OTHER.article == "第二十一条第（七）项"
    assert {s.label for s in LeadSource} >= {"信访举报", "巡视检查", "审计监督", "领导批办", "上级交办"}


@pytest.mark.parametrize(("subject", "severity", "allowed"), [
    (T, MINOR, {S.WRITTEN_SELF_CRITICISM}),
    (T, SERIOUS, {S.CIRCULATED_CRITICISM}),
    (T, GRAVE, {S.TEAM_REORGANISATION}),
    (L, MINOR, {S.CRITICISM_AND_EDUCATION, S.ADMONISHMENT_TALK, S.WRITTEN_SELF_CRITICISM}),
    (L, SERIOUS, {S.CIRCULATED_CRITICISM}),
    (L, GRAVE, {S.DISCIPLINARY_SANCTION, S.REASSIGNMENT, S.ORDERED_RESIGNATION, S.DISMISSAL, S.DEMOTION}),
])
def test_each_sanction_row(subject: Subject, severity: Severity, allowed: set[Sanction]) -> None:
    assert allowed_sanctions(subject, severity) == allowed
    for sanction in Sanction:
        decision = SanctionDecision(subject, severity, (sanction,))
        if sanction in allowed:
            assert check_decision(decision).sanctions == (sanction,)
        else:
            with pytest.raises(RuleViolation) as caught:
                check_decision(decision)
            assert caught.value.article == ("第二十四条" if subject is T else "第二十五条")


def test_a_refusal_says_what_would_fit() -> None:
    with pytest.raises(RuleViolation) as caught:
        check_decision(SanctionDecision(L, MINOR, (S.DISMISSAL,)))
    assert str(caught.value) == ("领导干部情节较轻的，不能给予免职；可给予：批评教育、诫勉谈话、责令作出书面检查"
                                 "（依据《办法》第二十五条）")


def test_combinations_are_allowed_and_referral_needs_a_suspected_crime() -> None:
    both = check_decision(SanctionDecision(L, GRAVE, (S.DISCIPLINARY_SANCTION, S.DEMOTION)))
    assert both.sanctions == (S.DISCIPLINARY_SANCTION, S.DEMOTION)
    with pytest.raises(RuleViolation, match="涉嫌犯罪"):
        check_decision(SanctionDecision(L, GRAVE, (S.DISMISSAL, S.JUDICIAL_REFERRAL)))
    referred = SanctionDecision(L, GRAVE, (S.DISMISSAL, S.JUDICIAL_REFERRAL), crime_suspected=True)
    assert check_decision(referred).sanctions[-1] is S.JUDICIAL_REFERRAL
    with pytest.raises(RuleViolation):
        check_decision(SanctionDecision(T, GRAVE, (S.JUDICIAL_REFERRAL,), crime_suspected=True))
    with pytest.raises(RuleViolation, match="至少"):
        check_decision(SanctionDecision(L, MINOR, ()))


def test_article_26_collective_and_individual_responsibility() -> None:
    shares = collective_responsibility([
        Participant(1, is_principal=True), Participant(2, directly_supervising=True), Participant(3),
        Participant(4, objection_recorded=True), Participant(5, is_principal=True, objection_recorded=True),
    ])
    assert [s.responsibility for s in shares] == [Responsibility.PRIMARY, Responsibility.PRIMARY,
                                                  Responsibility.IMPORTANT, Responsibility.NONE,
                                                  Responsibility.NONE]
    assert all(s.article == "第二十六条" for s in shares)
    assert individual_responsibility(7).responsibility is Responsibility.INDIVIDUAL


CATALOGUE = [ImpactRule("party_serious_warning", "党内严重警告", 18, "不得在党内提升职务", "条例"),
             ImpactRule("gov_demerit", "政务记过", 12, "不得晋升", "政务处分法第八条")]


def kinds(found: list) -> dict[RestrictionKind, D | None]:  # type: ignore[type-arg]
    return {r.kind: r.until for r in found}


def test_any_accountability_bars_that_years_excellence_rating() -> None:
    record = AccountabilityRecord(D(2026, 3, 1), (S.ADMONISHMENT_TALK,))
    assert kinds(restrictions([record], CATALOGUE, D(2026, 12, 31))) == {RestrictionKind.NO_EXCELLENCE: D(2026, 12, 31)}
    assert restrictions([record], CATALOGUE, D(2027, 1, 1)) == []


def test_dismissal_alone_one_year_then_approval_needed() -> None:
    record = AccountabilityRecord(D(2025, 3, 1), (S.DISMISSAL,))
    during = restrictions([record], CATALOGUE, D(2026, 3, 1))
    assert kinds(during) == {RestrictionKind.NO_EQUIVALENT_POST: D(2026, 3, 1)}
    after = restrictions([record], CATALOGUE, D(2026, 3, 2))
    assert kinds(after) == {RestrictionKind.APPROVAL_NEEDED: None}
    assert "上一级党委组织部门" in after[0].text()


def test_demotion_two_years_without_promotion() -> None:
    record = AccountabilityRecord(D(2024, 2, 29), (S.DEMOTION,))
    assert kinds(restrictions([record], CATALOGUE, D(2026, 2, 28)))[RestrictionKind.NO_PROMOTION] == D(2026, 2, 28)
    assert restrictions([record], CATALOGUE, D(2026, 3, 1)) == []


def test_disciplinary_and_organisational_together_take_the_longer_period() -> None:
    record = AccountabilityRecord(D(2025, 3, 1), (S.DISCIPLINARY_SANCTION, S.DISMISSAL), ("party_serious_warning",))
    found = kinds(restrictions([record], CATALOGUE, D(2026, 6, 1)))
    # dismissal: one year (to 2026-03-01); serious warning: 18 months (to 2026-09-01): the longer governs both
    assert found[RestrictionKind.NO_EQUIVALENT_POST] == D(2026, 9, 1)
    assert found[RestrictionKind.DISCIPLINARY] == D(2026, 9, 1)
    assert RestrictionKind.APPROVAL_NEEDED not in found  # not “单独” dismissed
    texts = " ".join(r.text() for r in restrictions([record], CATALOGUE, D(2026, 6, 1)))
    assert "第二十八条第四款" in texts


def test_a_disciplinary_sanction_alone_runs_its_own_period() -> None:
    record = AccountabilityRecord(D(2026, 1, 10), (S.DISCIPLINARY_SANCTION,), ("gov_demerit",))
    found = restrictions([record], CATALOGUE, D(2026, 6, 1))
    assert kinds(found)[RestrictionKind.DISCIPLINARY] == D(2027, 1, 10)
    assert "政务处分法第八条" in found[-1].text()
    with pytest.raises(KeyError, match="影响期目录中没有"):
        restrictions([AccountabilityRecord(D(2026, 1, 10), (S.DISCIPLINARY_SANCTION,), ("nope",))], CATALOGUE,
                     D(2026, 1, 10))


def test_the_shipped_catalogue_has_sources_and_periods() -> None:
    data = json.loads(resource("rules", "sanction_impacts.json").read_text(encoding="utf-8"))
    entries = [ImpactRule(**e) for e in data["entries"]]
    assert {e.name: e.months for e in entries}["政务记大过"] == 18
    assert all(e.source and e.months > 0 for e in entries)
