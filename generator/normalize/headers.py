"""Header parameters of array type, which the parser refuses, sent as strings (cookie arrays it takes)."""

from __future__ import annotations

from typing import Any

from generator.errors import pointer
from generator.normalize import Change
from generator.normalize.walk import HTTP_METHODS
from generator.refs import resolve


def array_headers_as_strings(doc: dict[str, Any]) -> list[Change]:
    """Header parameters of array type become strings (the values comma-separated).

    openapi-python-client refuses non-scalar header parameters and skips the operation. Cookie arrays it
    accepts, and the runtime serialises them by their style (`cookie_header`), so they stay arrays.
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
                param = resolve(doc, raw)
                if not isinstance(param, dict) or param.get("in") != "header" or id(param) in seen:
                    continue
                seen.add(id(param))
                schema = resolve(doc, param.get("schema"))
                if isinstance(schema, dict) and (schema.get("type") == "array" or "items" in schema):
                    description = str(param.get("description") or "").strip()
                    param["schema"] = {"type": "string"}
                    param["description"] = (description + " " if description else "") + "Comma-separated values."
                    at = pointer("paths", path, *([] if where == "parameters" else [where]), "parameters", i)
                    changes.append(Change("array_headers_as_strings", at, f"{param.get('name')}: array → string"))
    return changes
