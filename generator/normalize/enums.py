"""Enums the parser refuses: repeated values, values of several types."""

from __future__ import annotations

import re
from typing import Any

from generator.errors import pointer
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
    for schema, path in iter_schemas(doc):
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
                    Change(
                        "dedupe_enum_values", pointer(*path, "enum"), f"dropped {value!r}: same member as another value"
                    )
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
    for schema, path in iter_schemas(doc):
        values = schema.get("enum")
        if not isinstance(values, list):
            continue
        kinds = {type(v).__name__ for v in values if v is not None}
        if len(kinds) > 1:
            del schema["enum"]
            if None in values and schema.get("type") is None:
                schema["nullable"] = True
            changes.append(
                Change("drop_mixed_type_enums", pointer(*path, "enum"), f"values of types {', '.join(sorted(kinds))}")
            )
    return changes


def nullable_enums(doc: dict[str, Any]) -> list[Change]:
    """An enum marked `nullable: true` (OpenAPI 3.0) also takes `null`: add it to the listed values.

    openapi-python-client reads nullability of an enum only from a `null` among its values, so
    `{type: string, enum: [strict, loose], nullable: true}` became `Literal["loose", "strict"]` and a
    `null` from the server failed to parse. With `null` listed the enum's type includes `None`.
    """
    changes: list[Change] = []
    for schema, path in iter_schemas(doc):
        values = schema.get("enum")
        if schema.get("nullable") is True and isinstance(values, list) and values and None not in values:
            schema["enum"] = [*values, None]
            del schema["nullable"]  # openapi-python-client reads a listed null as nullable; both would nest unions
            where = pointer(*path)
            parts = where.rsplit("/", 2)
            if "title" not in schema and len(parts) == 3 and parts[1] in ("properties", "schemas"):
                schema["title"] = parts[2]  # its Python name, not `<Model><Field>Type1`, for the non-null part
            changes.append(Change("nullable_enums", where + "/enum", "added null (the enum is nullable)"))
    return changes
