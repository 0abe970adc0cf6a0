"""generator/diff/surface.py: the words each griffe breakage becomes (rule, message), named as users reach it."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import griffe
import pytest

from generator.diff.surface import _describe

Kind = griffe.BreakageKind


def _param(name: str, **more: Any) -> SimpleNamespace:
    return SimpleNamespace(name=name, **more)


@pytest.mark.parametrize(
    ("kind", "old", "new", "expected"),
    [
        (Kind.OBJECT_REMOVED, None, None, ("object-removed", "`client.books.list` removed")),
        (Kind.PARAMETER_REMOVED, _param("author"), None, ("parameter-removed", "`client.books.list` loses `author`")),
        (Kind.PARAMETER_ADDED_REQUIRED, None, _param("shelf"),
         ("parameter-added-required", "`client.books.list` requires the new parameter `shelf`")),
        (Kind.PARAMETER_CHANGED_REQUIRED, _param("shelf"), _param("shelf"),
         ("parameter-changed-required", "`shelf` of `client.books.list` is now required")),
        (Kind.PARAMETER_CHANGED_KIND, _param("shelf", kind=griffe.ParameterKind.positional_or_keyword),
         _param("shelf", kind=griffe.ParameterKind.keyword_only),
         ("parameter-changed-kind", "`shelf` of `client.books.list` changed from positional or keyword to keyword-only")),
        (Kind.PARAMETER_MOVED, _param("a"), _param("a"),
         ("parameter-moved", "`a` of `client.books.list` moved to another position")),
        (Kind.PARAMETER_CHANGED_DEFAULT, _param("limit", default="10"), _param("limit", default="20"),
         ("parameter-changed-default", "default of `limit` of `client.books.list` changed from `10` to `20`")),
        (Kind.RETURN_CHANGED_TYPE, "Book", "Book | None",
         ("return-changed-type", "`client.books.list` returns `Book | None` (was `Book`)")),
        (Kind.ATTRIBUTE_CHANGED_TYPE, "str", "int", ("attribute-changed-type", "`client.books.list` is now `int` (was `str`)")),
        (Kind.ATTRIBUTE_CHANGED_VALUE, "1", "2", ("attribute-changed-value", "`client.books.list` changed from `1` to `2`")),
    ],
)  # fmt: skip
def test_each_breakage_kind_reads_as_one_sentence(kind: griffe.BreakageKind, old: object, new: object,
                                                 expected: tuple[str, str]) -> None:  # fmt: skip
    breakage = SimpleNamespace(kind=kind, old_value=old, new_value=new)
    assert _describe(breakage, "client.books.list") == expected  # type: ignore[arg-type]


def test_a_kind_without_a_sentence_uses_griffe_s_own_words() -> None:
    kind = next(k for k in Kind if k.name == "CLASS_REMOVED_BASE")
    breakage = SimpleNamespace(kind=kind, old_value=None, new_value=None)
    rule, message = _describe(breakage, "models.Book")  # type: ignore[arg-type]
    assert (rule, message) == ("class-removed-base", f"`models.Book`: {kind.value.lower()}")
