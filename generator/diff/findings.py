"""What both diff levels produce: findings, each breaking or not, tied to an operation and SDK method."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.diff.rules import RULES


@dataclass(frozen=True)
class Finding:
    """One change a client can notice.

    `rule` is an oasdiff check id at the API level and a griffe breakage kind (or `*-added`) at the
    SDK level; `operation` is `METHOD /path` when the change belongs to one; `method` the SDK method
    it touches (`client.shelves.books.list`), filled in from the generation report.
    """

    rule: str
    breaking: bool
    message: str
    operation: str | None = None
    method: str | None = None
    addition: bool = False

    def as_dict(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "breaking": self.breaking,
            "addition": self.addition,
            "operation": self.operation,
            "method": self.method,
            "message": self.message,
        }


def api_finding(rule: str, message: str, operation: str | None = None, *, breaking: bool | None = None) -> Finding:
    """A finding for an oasdiff rule id; its classification comes from the rule table unless given."""
    known = RULES[rule]
    return Finding(
        rule=rule,
        breaking=known.breaking if breaking is None else breaking,
        message=message,
        operation=operation,
        addition=known.addition,
    )


@dataclass
class ApiDiff:
    """Both levels for one API, plus its versions."""

    name: str
    status: str  # "changed", "added" (no base), "removed" (no head) or "unchanged" (asked for with --api)
    api: list[Finding] = field(default_factory=list)
    sdk: list[Finding] = field(default_factory=list)
    base_version: str | None = None
    current_version: str | None = None
    spec_file: str | None = None
    package: str | None = None

    @property
    def breaking(self) -> bool:
        return self.status == "removed" or any(f.breaking for f in (*self.api, *self.sdk))
