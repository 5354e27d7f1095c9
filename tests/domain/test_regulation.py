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
