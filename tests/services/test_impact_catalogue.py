import datetime as dt

import pytest

from lz_desktop.domain.accountability import Sanction
from lz_desktop.domain.errors import ValidationError
from lz_desktop.domain.impact import AccountabilityRecord, restrictions
from lz_desktop.services import impact_catalogue
from lz_desktop.services.office import Office, open_office


def test_the_shipped_catalogue_until_the_office_edits_it(office: Office) -> None:
    assert not impact_catalogue.is_customised(office.db)
    assert [r.name for r in impact_catalogue.catalogue(office.db)][:2] == ["党内警告", "党内严重警告"]
    rows = [(r.name, str(r.months), r.restriction, r.source) for r in impact_catalogue.catalogue(office.db)]
    rows[0] = ("党内警告", "13", rows[0][2], rows[0][3] + "（本机关核对）")
    impact_catalogue.save(office.db, rows)
    office.close()
    again = open_office(office.path)
    edited = impact_catalogue.catalogue(again.db)
    assert impact_catalogue.is_customised(again.db) and edited[0].months == 13
    assert edited[0].code == "party_warning"  # the code survives edits, so decisions keep their meaning
    record = AccountabilityRecord(dt.date(2026, 1, 1), (Sanction.DISCIPLINARY_SANCTION,), ("party_warning",))
    assert restrictions([record], edited, dt.date(2027, 1, 15))[-1].until == dt.date(2027, 2, 1)
    impact_catalogue.restore_shipped(again.db)
    assert impact_catalogue.catalogue(again.db)[0].months == 12
    again.close()


def test_bad_rows_are_named_and_nothing_is_saved(office: Office) -> None:
    with pytest.raises(ValidationError) as caught:
        impact_catalogue.save(office.db, [("党内警告", "十二", "x", "y"), ("", "6", "", "z"), ("党内警告", "6", "x", "y"),
                                          ("", "", "", "")])
    texts = [p.text() for p in caught.value.problems]
    assert "“第1行 影响期（月）”“十二”不是正整数" in texts
    assert "“第2行 名称”不能为空" in texts and "“第2行 限制内容”不能为空" in texts
    assert "“第3行 名称”与第1行重复" in texts
    assert not impact_catalogue.is_customised(office.db)
