"""Enums the parser refuses: repeated values, values of several types."""

from __future__ import annotations

import re
from typing import Any

from generator.normalize import Change
from generator.normalize.walk import iter_schemas


def _member_key(value: str) -> str:
    # The key openapi-python-client derives for a string enum member: identifier characters, upper-cased.
    return re.sub(r"[^A-Za-z0-9_]+", "_", value).strip("_").upper() or "VALUE"


def dedupe_enum_values(doc: dict[str, Any]) -> list[Change]:
    """Drop string enum values that repeat (exactly, or after upper-casing) so member names stay unique.

    Frame.io's spec lists `users` and `USERS` in one enum; openapi-python-client stops with "Duplicate key".
    Two values that differ only in case cannot both become Python members; the first one is kept, and
    the dropped ones are reported. Values are still accepted on the wire because parsing is by value.
    """
    changes: list[Change] = []
    for schema, where in iter_schemas(doc):
        values = schema.get("enum")
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            continue
        kept: list[str] = []
        keys: set[str] = set()
        for value in values:
            # Enums are rendered as `typing.Literal` of the values (pipeline: literal_enums=True), so only
            # exact repeats go: dropping `ACTIVE` beside `active` would make a valid answer fail to parse.
            key = value
            if key in keys:
                changes.append(
                    Change("dedupe_enum_values", where + "/enum", f"dropped {value!r}: same member as another value")
                )
                continue
            keys.add(key)
            kept.append(value)
        if len(kept) != len(values):
            schema["enum"] = kept
    return changes


def drop_mixed_type_enums(doc: dict[str, Any]) -> list[Change]:
    """`enum: [1, "one", null]` (values of several types) loses its `enum`: the value is accepted as is.

    openapi-python-client builds an enum of one value type only and drops the whole operation otherwise.
    """
    changes: list[Change] = []
    for schema, where in iter_schemas(doc):
        values = schema.get("enum")
        if not isinstance(values, list):
            continue
        kinds = {type(v).__name__ for v in values if v is not None}
        if len(kinds) > 1:
            del schema["enum"]
            if None in values and schema.get("type") is None:
                schema["nullable"] = True
            changes.append(
                Change("drop_mixed_type_enums", where + "/enum", f"values of types {', '.join(sorted(kinds))}")
            )
    return changes
