"""Constructs real specs use that the parser refuses, rewritten into equivalents it accepts.

Each transform edits the document in place and reports every edit; what cannot be rewritten stays
as it is and is reported as a skip by the plan stage.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from generator.errors import pointer
from generator.normalize import Change
from generator.normalize.walk import iter_schemas
from generator.refs import resolve

_resolve = resolve

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_TEMPLATE = re.compile(r"\{([^{}]*)\}")
_PARSER_PARAM = re.compile(r"^[a-zA-Z_-][a-zA-Z0-9_-]*$")  # what openapi-python-client accepts in `{...}`


def _safe_name(name: str, taken: set[str]) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^A-Za-z0-9_-]+", "_", text).strip("_") or "param"
    if not re.match(r"[A-Za-z_-]", text):
        text = "p_" + text
    while text in taken:
        text += "_"
    return text


def _renamer(mapping: dict[str, str]) -> Callable[[re.Match[str]], str]:
    """A `re.sub` replacement that renames `{old}` to `{new}` and keeps other parameters."""

    def rename(match: re.Match[str]) -> str:
        return "{" + mapping.get(match.group(1), match.group(1)) + "}"

    return rename


def sanitize_path_templates(doc: dict[str, Any]) -> list[Change]:
    """Path parameters named `{thing.id}` or `{naïve}` are renamed (`{thing_id}`, `{naive}`) in the path
    and in their parameter objects. A path parameter's name never goes on the wire, only its value."""
    paths = doc.get("paths")
    if not isinstance(paths, dict):
        return []
    changes: list[Change] = []
    rebuilt: dict[str, Any] = {}
    for path, item in paths.items():
        names = _TEMPLATE.findall(str(path))
        bad = [n for n in names if not _PARSER_PARAM.match(n)]
        if not bad or not isinstance(item, dict):
            rebuilt[path] = item
            continue
        taken = {n for n in names if _PARSER_PARAM.match(n)}
        mapping: dict[str, str] = {}
        for old in bad:
            mapping[old] = _safe_name(old, taken)
            taken.add(mapping[old])
        new_path = _TEMPLATE.sub(_renamer(mapping), str(path))
        params = list(item.get("parameters") or [])
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                params.extend(item[method].get("parameters") or [])
        for raw in params:
            param = _resolve(doc, raw)
            if isinstance(param, dict) and param.get("in") == "path" and param.get("name") in mapping:
                param["name"] = mapping[param["name"]]
        rebuilt[new_path] = item
        detail = ", ".join(f"{{{o}}} → {{{n}}}" for o, n in mapping.items())
        changes.append(Change("sanitize_path_templates", pointer("paths", path), f"renamed to {new_path}: {detail}"))
    if changes:
        paths.clear()
        paths.update(rebuilt)
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


def array_headers_as_strings(doc: dict[str, Any]) -> list[Change]:
    """Header and cookie parameters of array type become strings (the values comma-separated).

    openapi-python-client refuses non-scalar header parameters and skips the operation.
    """
    changes: list[Change] = []
    seen: set[int] = set()
    for path, item in (doc.get("paths") or {}).items() if isinstance(doc.get("paths"), dict) else []:
        if not isinstance(item, dict):
            continue
        groups = [("parameters", item.get("parameters"))]
        groups += [(m, item[m].get("parameters")) for m in HTTP_METHODS if isinstance(item.get(m), dict)]
        for where, params in groups:
            for i, raw in enumerate(params or []):
                param = _resolve(doc, raw)
                if not isinstance(param, dict) or param.get("in") not in ("header", "cookie") or id(param) in seen:
                    continue
                seen.add(id(param))
                schema = _resolve(doc, param.get("schema"))
                if isinstance(schema, dict) and (schema.get("type") == "array" or "items" in schema):
                    description = str(param.get("description") or "").strip()
                    param["schema"] = {"type": "string"}
                    param["description"] = (description + " " if description else "") + "Comma-separated values."
                    at = pointer("paths", path, *([] if where == "parameters" else [where]), "parameters", i)
                    changes.append(Change("array_headers_as_strings", at, f"{param.get('name')}: array → string"))
    return changes


def dedupe_operation_ids(doc: dict[str, Any]) -> list[Change]:
    """A repeated operationId (common in published specs, invalid in OpenAPI) gets a number: `list_2`.

    The first operation keeps its id; the validator would otherwise refuse the whole document.
    """
    changes: list[Change] = []
    seen: set[str] = set()
    ops: list[tuple[str, str, dict[str, Any]]] = []
    for path, item in (doc.get("paths") or {}).items() if isinstance(doc.get("paths"), dict) else []:
        if isinstance(item, dict):
            ops.extend((path, m, item[m]) for m in HTTP_METHODS if isinstance(item.get(m), dict))
    all_ids = {str(op.get("operationId")) for _, _, op in ops if isinstance(op.get("operationId"), str)}
    for path, method, op in ops:
        op_id = op.get("operationId")
        if not isinstance(op_id, str):
            continue
        if op_id in seen:
            n = 2
            while f"{op_id}_{n}" in all_ids:
                n += 1
            op["operationId"] = f"{op_id}_{n}"
            all_ids.add(op["operationId"])
            changes.append(
                Change(
                    "dedupe_operation_ids",
                    pointer("paths", path, method, "operationId"),
                    f"{op_id!r} repeated; now {op['operationId']!r}",
                )
            )
        seen.add(str(op["operationId"]))
    return changes
