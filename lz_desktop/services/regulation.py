"""The regulation the app cites (京发〔2011〕22号), read from resources/."""

from __future__ import annotations

import functools

from lz_desktop.domain.regulation import Article, split_articles
from lz_desktop.paths import regulation_text

TITLE = "北京市实施《关于实行党风廉政建设责任制的规定》办法（京发〔2011〕22号）"


@functools.cache
def articles() -> tuple[Article, ...]:
    return tuple(split_articles(regulation_text()))
