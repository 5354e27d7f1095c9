"""Typed errors that carry what a clerk needs: the field, the reason, the article."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldProblem:
    """One thing wrong with one input field; `field` is the code name, `label` the UI label."""

    field: str
    label: str
    message: str
    article: str = ""

    def text(self) -> str:
        where = f"“{self.label}”" if self.label else ""
        cite = f"（依据《办法》{self.article}）" if self.article else ""
        return f"{where}{self.message}{cite}"


class ValidationError(Exception):
    """Input that breaks a rule. Nothing was written; the caller keeps what was typed."""

    def __init__(self, problems: list[FieldProblem]):
        self.problems = problems
        super().__init__("；".join(p.text() for p in problems))

    @property
    def first_field(self) -> str:
        return self.problems[0].field if self.problems else ""


class RuleViolation(Exception):
    """An operation the regulation or the record's state does not allow."""

    def __init__(self, message: str, article: str = ""):
        self.message = message
        self.article = article
        cite = f"（依据《办法》{article}）" if article else ""
        super().__init__(f"{message}{cite}")
