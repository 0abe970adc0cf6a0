"""generator.docs.literals: example strings by name, Python literals in the generated code's style."""

from __future__ import annotations

import datetime

import pytest

from generator.docs.literals import FIXED_UUID, datetime_literal, py_literal, pystr, string_for_name, words


@pytest.mark.parametrize(
    ("name", "fmt", "expected"),
    [
        ("workEmail", None, "user@example.com"),
        ("anything", "email", "user@example.com"),
        ("avatar_url", None, "https://example.com"),
        ("ref", "uuid", FIXED_UUID),
        ("password", None, "s3cr3t-passw0rd"),
        ("blob", "byte", "ZXhhbXBsZQ=="),
        ("shelfId", None, "shelf_123"),
        ("id", None, "item_123"),
        ("projectKey", None, "my-project"),
        ("displayName", None, "Example display"),
        ("owner", None, "jdoe"),
        ("pageSlug", None, "my-page"),
        ("description", None, "An example description"),
        ("contentType", None, "image/png"),
        ("type", None, "example-type"),  # `type` alone is not a media type
        ("nextCursor", None, "abc123"),
        ("weird__Thing", None, "example-weird-thing"),
        ("", None, "example-value"),
    ],
)
def test_string_for_name_rules(name: str, fmt: str | None, expected: str) -> None:
    assert string_for_name(name, fmt) == expected


def test_words_and_literals() -> None:
    assert words("shelfID-2") == ["shelf", "id", "2"]
    assert pystr("it's") == '"it\'s"' and pystr('say "hi"') == "'say \"hi\"'"
    assert py_literal({"a": [1, None, True], "b": float("nan")}) == '{"a": [1, None, True], "b": 0.0}'
    assert py_literal(datetime.date(2020, 1, 2)) == '"2020-01-02"'
    offset = datetime.timezone(datetime.timedelta(hours=2))
    assert datetime_literal(datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=offset)) == (
        "datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=datetime.timezone(datetime.timedelta(minutes=120)))"
    )
    assert datetime_literal(datetime.datetime(2020, 1, 2, 3, 4)) == "datetime.datetime(2020, 1, 2, 3, 4)"
