"""LIKE patterns from what a clerk typed: %, _ and \\ are text, not wildcards."""


def contains(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


ESCAPE = "ESCAPE '\\'"
