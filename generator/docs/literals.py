"""Python literals for example values: fixed dates and ids, realistic strings by name, `repr` in the
style of the generated code. Everything is deterministic, so the docs are golden-checked."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass

from generator.docs.spec import Json

FIXED_UUID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
FIXED_DATETIME = datetime.datetime(2024, 1, 15, 9, 30, tzinfo=datetime.UTC)
FIXED_DATE = datetime.date(2024, 1, 15)
FIXED_DATETIME_ISO = "2024-01-15T09:30:00Z"
FIXED_DATE_ISO = "2024-01-15"


def pystr(text: str) -> str:
    """`repr` of a string, double-quoted when that needs no escaping (the style of the generated code)."""
    r = repr(text)
    if r.startswith("'") and '"' not in text:
        return '"' + r[1:-1].replace("\\'", "'") + '"'
    return r


def py_literal(value: Json) -> str:
    """A Python literal for a JSON-like value (YAML dates become ISO strings)."""
    if isinstance(value, datetime.datetime):
        return pystr(value.isoformat().replace("+00:00", "Z"))
    if isinstance(value, datetime.date):
        return pystr(value.isoformat())
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_literal(str(k))}: {py_literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, float) and value != value:  # NaN has no literal
        return "0.0"
    if isinstance(value, str):
        return pystr(value)
    if value is None or isinstance(value, (bool, int, float)):
        return repr(value)
    return pystr(str(value))


def datetime_literal(value: datetime.datetime) -> str:
    """`datetime.datetime(2024, 1, 15, 9, 30, tzinfo=datetime.timezone.utc)`: seconds only when set."""
    parts = [value.year, value.month, value.day, value.hour, value.minute]
    if value.second or value.microsecond:
        parts.append(value.second)
    if value.microsecond:
        parts.append(value.microsecond)
    args = ", ".join(str(p) for p in parts)
    if value.tzinfo is not None:
        offset = value.utcoffset() or datetime.timedelta(0)
        if offset == datetime.timedelta(0):
            return f"datetime.datetime({args}, tzinfo=datetime.timezone.utc)"
        minutes = int(offset.total_seconds() // 60)
        return f"datetime.datetime({args}, tzinfo=datetime.timezone(datetime.timedelta(minutes={minutes})))"
    return f"datetime.datetime({args})"


def as_datetime(value: Json) -> datetime.datetime | None:
    """A spec example (YAML datetime or date, or an ISO string) as a datetime; None when it is not one."""
    if isinstance(value, datetime.datetime):
        return value
    if isinstance(value, datetime.date):
        return datetime.datetime(value.year, value.month, value.day, tzinfo=datetime.UTC)
    if isinstance(value, str):
        try:
            return datetime.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    return None


def as_date(value: Json) -> datetime.date | None:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def words(name: str) -> list[str]:
    """`shelfId` / `shelf-id` / `SHELF_ID` → `["shelf", "id"]`."""
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return [w for w in re.split(r"[^A-Za-z0-9]+", name.lower()) if w]


@dataclass(frozen=True)
class _Rule:
    """A string for a name: chosen when the schema `format` is one of `formats`, or the name's last word
    is one of `last` (and the word before it one of `before`, when given), or any word is in `anywhere`."""

    make: Callable[[list[str]], str]
    formats: frozenset[str] = frozenset()
    last: frozenset[str] = frozenset()
    before: frozenset[str] = frozenset()
    anywhere: frozenset[str] = frozenset()

    def matches(self, fmt: str, name_words: list[str]) -> bool:
        if fmt in self.formats or self.anywhere & set(name_words):
            return True
        if name_words[-1] not in self.last:
            return False
        return not self.before or (len(name_words) > 1 and name_words[-2] in self.before)


def _fixed(text: str) -> Callable[[list[str]], str]:
    return lambda _words: text


_RULES: tuple[_Rule, ...] = (  # first match wins
    _Rule(_fixed("user@example.com"), formats=frozenset({"email"}), anywhere=frozenset({"email"})),
    _Rule(
        _fixed("https://example.com"),
        formats=frozenset({"uri", "url", "uri-reference"}),
        last=frozenset({"url", "uri", "link", "href", "website", "homepage"}),
    ),
    _Rule(_fixed(FIXED_UUID), formats=frozenset({"uuid"})),
    _Rule(_fixed(FIXED_DATETIME_ISO), formats=frozenset({"date-time"})),
    _Rule(_fixed(FIXED_DATE_ISO), formats=frozenset({"date"})),
    _Rule(_fixed("s3cr3t-passw0rd"), formats=frozenset({"password"}), last=frozenset({"password", "secret"})),
    _Rule(_fixed("ZXhhbXBsZQ=="), formats=frozenset({"byte", "base64"})),
    _Rule(lambda w: ("_".join(w[:-1]) or "item") + "_123", last=frozenset({"id", "ids"})),
    _Rule(lambda w: "my-" + ("-".join(w[:-1]) or "example"), last=frozenset({"key"})),
    _Rule(lambda w: "Example " + (" ".join(w[:-1]) or "name"), last=frozenset({"name", "title"})),
    _Rule(_fixed("jdoe"), last=frozenset({"username", "login", "user", "owner", "author"})),
    _Rule(lambda w: "my-" + ("-".join(w[:-1]) or "item"), last=frozenset({"slug"})),
    _Rule(_fixed(":thumbsup:"), last=frozenset({"emoji"})),
    _Rule(
        lambda w: "An example " + " ".join(w),
        last=frozenset(
            {"description", "comment", "message", "summary", "text", "note", "notes", "body", "content", "readme"}
        ),
    ),
    _Rule(_fixed("example"), last=frozenset({"query", "q", "search", "filter"})),
    _Rule(_fixed("image/png"), last=frozenset({"type"}), before=frozenset({"media", "mime", "content"})),
    _Rule(_fixed("#336699"), last=frozenset({"color", "colour"})),
    _Rule(_fixed("abc123"), last=frozenset({"cursor", "after", "before", "token"})),
)


def string_for_name(name: str, fmt: str | None = None) -> str:
    """A realistic, deterministic string for a field or parameter called `name` (with schema `format`)."""
    name_words = words(name) or ["value"]
    fmt = (fmt or "").lower()
    for rule in _RULES:
        if rule.matches(fmt, name_words):
            return rule.make(name_words)
    return "example-" + "-".join(name_words)
