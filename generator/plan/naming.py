"""Naming decisions: operation → (resource path, method name), identifiers, collisions.

Pure functions over strings, unit-tested in tests/unit/plan/test_naming.py.
"""

from __future__ import annotations

import keyword
import re
import unicodedata

_WORD_BOUNDARY_1 = re.compile(r"(?<=[A-Z])(?=[A-Z][a-z])")  # HTTPServer → HTTP_Server; linear on "LLLL…"
_WORD_BOUNDARY_2 = re.compile(r"([a-z0-9])([A-Z])")
_NON_IDENT = re.compile(r"[^0-9a-zA-Z]+")
# A plural acronym (`IDs`, `URLs`, `APIs`) is one word: `memberIDs` → `member_ids`, never `member_i_ds`.
# Linear on long capital runs: a match starts only where a run starts, and the run is taken whole (`++`).
_ACRONYM_PLURAL = re.compile(r"(?<![A-Z])([A-Z])([A-Z]++)s(?![a-z])")
# Names our generated classes use for themselves; an operation or resource may not take them.
RESERVED_MEMBERS = frozenset({"with_raw_response", "raw", "close", "aclose"})


def snake(name: str) -> str:
    """camelCase, PascalCase, kebab-case, dotted or spaced text → snake_case ASCII."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = acronym_plurals(text)
    text = _WORD_BOUNDARY_1.sub("_", text)
    text = _WORD_BOUNDARY_2.sub(r"\1_\2", text)
    return _NON_IDENT.sub("_", text).strip("_").lower()


def acronym_plurals(name: str) -> str:
    """`memberIDs` → `memberIds`: a plural acronym reads as one capitalized word, so any snake_case
    splitter (ours, openapi-python-client's) keeps it whole."""
    return _ACRONYM_PLURAL.sub(lambda m: m.group(1) + m.group(2).lower() + "s", name)


def pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in snake(name).split("_") if part)


def identifier(name: str, *, fallback: str = "value") -> str:
    """A valid, non-keyword snake_case identifier for arbitrary text (`for` → `for_`, `2fa` → `n2fa`)."""
    result = snake(name) or fallback
    if result[0].isdigit():
        result = "n" + result
    if keyword.iskeyword(result):  # not soft keywords: `type`/`match` are valid names, on every Python
        result += "_"
    return result


def civis_path_name(method: str, path: str) -> tuple[tuple[str, ...], str]:
    """The Civis client's rule: resource is the first segment; verb + the later literal segments.

    GET on a path ending in a parameter is `get`, any other GET is `list`; other verbs keep their
    name; a parameter followed directly by another parameter adds its own name.
    `GET /scripts/sql/{id}/runs/{run_id}` → (("scripts",), "get_sql_runs");
    `GET /users/me` → (("users",), "list_me").
    """
    segments = [s for s in path.strip("/").split("/") if s]
    if not segments:
        return ("root",), "list" if method.lower() == "get" else method.lower()
    resource = identifier(segments[0])
    rest = segments[1:]

    def is_param(segment: str) -> bool:
        return segment.startswith("{") and segment.endswith("}")

    # A parameter directly followed by another one names itself, as in the Civis client:
    # `GET /aliases/{object_type}/{alias}` → `get_object_type` (`GET /aliases/{id}` is `get`).
    literal = [
        identifier(s.strip("{}") if is_param(s) else s)
        for i, s in enumerate(rest)
        if not is_param(s) or i + 1 < len(rest) and is_param(rest[i + 1])
    ]
    if method.lower() == "get":
        ends_in_param = bool(rest) and rest[-1].startswith("{")
        verb = "get" if ends_in_param else "list"
    else:
        verb = method.lower()
    return (resource,), "_".join([verb, *literal])


def operation_name(
    strategy: str, *, method: str, path: str, operation_id: str | None, tags: list[str]
) -> tuple[tuple[str, ...], str]:
    """(resource path, method name) for one operation under a naming strategy."""
    if strategy == "path" or not operation_id:
        return civis_path_name(method, path)
    if strategy == "dotted" and "." in operation_id:
        parts = [identifier(p) for p in operation_id.split(".") if p]
        if len(parts) >= 2:
            return tuple(parts[:-1]), parts[-1]
    resource = identifier(tags[0]) if tags else civis_path_name(method, path)[0][0]
    return (resource,), identifier(operation_id)
