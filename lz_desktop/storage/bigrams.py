"""Every two adjacent characters as one searchable token, so that a two-character word (整改, 风险, 第1)
is found through an index, as longer words are.

SQLite's trigram tokenizer cannot match fewer than three characters, and a scan of 60,000 findings costs
25–40 ms a keystroke. FTS5 tokenizers cannot be written in Python, so the text is turned into tokens here
(registered on each connection as lz_bigrams, used by the triggers of migration 0017) and the FTS5 table
splits them on spaces. A word of n characters is the phrase of its n - 1 bigrams: consecutive tokens, hence
the word itself; columns are indexed apart so that no phrase runs from one column into the next.
"""

from __future__ import annotations

import sqlite3
from itertools import pairwise


def _token(a: str, b: str) -> str:
    # Hex code points joined by "g" (not a hex digit): alphanumeric ASCII, which the ascii tokenizer keeps
    # whole, and unambiguous for every pair of characters, punctuation and spaces included.
    return f"{ord(a):x}g{ord(b):x}"


def tokens(text: str | None) -> str:
    """The text's bigrams, space-separated; case-insensitive as LIKE is."""
    folded = (text or "").lower()
    return " ".join(_token(a, b) for a, b in pairwise(folded))


def phrase(word: str) -> str:
    """The FTS5 query that matches `word` (two characters or more) anywhere in a column."""
    return '"' + tokens(word) + '"'


def register(conn: sqlite3.Connection) -> None:
    conn.create_function("lz_bigrams", 1, tokens, deterministic=True)
