import pytest

from lz_desktop.domain.regulation import article_number, chinese_number
from lz_desktop.services.regulation import articles


@pytest.mark.parametrize(("text", "value"), [("一", 1), ("十", 10), ("十九", 19), ("二十", 20), ("二十八", 28),
                                             ("三十一", 31), ("一百零三", 103), ("二百零三", 203)])
def test_chinese_numbers(text: str, value: int) -> None:
    assert chinese_number(text) == value


def test_citations_point_at_their_article() -> None:
    assert article_number("依据《办法》第二十一条第（七）项") == 21
    with pytest.raises(ValueError):
        article_number("第四章")


def test_the_shipped_regulation_has_all_31_articles_in_their_chapters() -> None:
    found = articles()
    assert [a.number for a in found] == list(range(1, 32))
    art19 = found[18]
    assert art19.label == "第十九条" and art19.chapter.startswith("第三章")
    assert "在一个月内制定整改措施" in art19.text
    assert found[27].text.startswith("第二十八条") and "降职处理的，两年内不得提升职务" in found[27].text


def test_a_generated_document_cites_the_regulation_in_full_before_its_short_name() -> None:
    from lz_desktop.domain.official_document import cite_measures_in_full_first

    full = "根据《北京市实施〈关于实行党风廉政建设责任制的规定〉办法》（京发〔2011〕22号）第十九条，现反馈如下。"
    assert cite_measures_in_full_first((full, "（一）专题会议不足（《办法》第八条）。")) == (
        "根据《北京市实施〈关于实行党风廉政建设责任制的规定〉办法》（京发〔2011〕22号，以下简称《办法》）第十九条，现反馈如下。",
        "（一）专题会议不足（《办法》第八条）。")
    assert cite_measures_in_full_first(("依据《办法》第二十五条，决定如下。",)) == (
        "依据《北京市实施〈关于实行党风廉政建设责任制的规定〉办法》（以下简称《办法》）第二十五条，决定如下。",)
    assert cite_measures_in_full_first((full,)) == (full,)  # no short name after it: nothing to say
