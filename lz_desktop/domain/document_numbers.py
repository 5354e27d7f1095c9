"""Document numbers (发文字号), GB/T 9704-2012 7.2.4: 区纪办发〔2026〕3号.

The year in full inside 六角括号 〔〕, the serial without leading zeros and without 第.
"""

from __future__ import annotations

import re

_PREFIX = re.compile(r"^[\u3400-\u9fff\U00020000-\U0002ffffA-Za-z]{1,12}$")


def document_number(prefix: str, year: int, serial: int) -> str:
    prefix = prefix.strip()
    if not _PREFIX.match(prefix):
        raise ValueError(f"发文字号前缀“{prefix}”应为 1–12 个汉字，如“区纪办发”")
    if not 1900 <= year <= 2999:
        raise ValueError(f"年份 {year} 不正确")
    if serial < 1:
        raise ValueError("顺序号从 1 开始")
    return f"{prefix}〔{year}〕{serial}号"
