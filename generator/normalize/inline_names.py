"""Inline models whose generated class names clash with another model's: given distinct names.

openapi-python-client names a model defined inline after where it appears: a property's object or
enum is `<Parent><Property>` (`Box.lid` → `BoxLid`), an operation's inline body or answer is
`<OperationId>Body` / `<OperationId>Response200`. When that name is already a component's
(`BoxLid`), or two operationIds differ only in case or punctuation (`list-items`, `list_items`), it
stops with "Attempted to generate duplicate models with name ..." and drops the model, or the
answer (the method then returns None). Here the clash is foreseen with the parser's own naming
functions: the inline property schema gets a `title` that makes its class `BoxLid2`, and the later
operationId, when the operation has inline models, gets a number (`list_items_2`), as
`dedupe_operation_ids` does for exact repeats.
Only component properties and operations are covered (the places real specs clash).
"""

from __future__ import annotations

from typing import Any

from generator.errors import pointer
from generator.normalize import Change, renumbered

FIELD_PREFIX = "field_"  # openapi-python-client's default `field_prefix`
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _inline_model(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and "$ref" not in schema
        and (isinstance(schema.get("properties"), dict) or isinstance(schema.get("enum"), list))
    )


def _names_models(op: dict[str, Any]) -> bool:
    """Whether openapi-python-client will name a model after this operation (an inline body, answer or enum)."""
    schemas: list[Any] = []
    for holder in [op.get("requestBody"), *(op.get("responses") or {}).values()]:
        content = holder.get("content") if isinstance(holder, dict) else None
        if isinstance(content, dict):
            schemas.extend(m.get("schema") for m in content.values() if isinstance(m, dict))
    schemas.extend(p.get("schema") for p in op.get("parameters") or [] if isinstance(p, dict))
    for schema in schemas:
        while isinstance(schema, dict) and isinstance(schema.get("items"), dict):
            schema = schema["items"]
        if _inline_model(schema) or (
            isinstance(schema, dict) and any(k in schema for k in ("allOf", "oneOf", "anyOf"))
        ):
            return True
    return False


def dedupe_inline_model_names(doc: dict[str, Any]) -> list[Change]:
    from openapi_python_client.strings import ClassName, pascal_case

    def class_name(text: str) -> str:
        return str(ClassName(text, FIELD_PREFIX))

    changes: list[Change] = []
    # operationIds that become one class-name prefix
    prefixes: set[str] = set()
    paths: dict[str, Any] = doc["paths"] if isinstance(doc.get("paths"), dict) else {}
    all_ids = {
        str(item[m]["operationId"])
        for item in paths.values()
        if isinstance(item, dict)
        for m in HTTP_METHODS
        if isinstance(item.get(m), dict) and isinstance(item[m].get("operationId"), str)
    }
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict) or not isinstance(op.get("operationId"), str):
                continue
            op_id = op["operationId"]
            if class_name(op_id) in prefixes and _names_models(op):
                op["operationId"] = renumbered(op_id, lambda name: name in all_ids or class_name(name) in prefixes)
                all_ids.add(op["operationId"])
                changes.append(
                    Change(
                        "dedupe_inline_model_names",
                        pointer("paths", path, method, "operationId"),
                        f"{op_id!r} names the same models as another operationId; now {op['operationId']!r}",
                    )
                )
            prefixes.add(class_name(op["operationId"]))
    # component properties whose inline model would take another model's name
    schemas = (doc.get("components") or {}).get("schemas") if isinstance(doc.get("components"), dict) else None
    if not isinstance(schemas, dict):
        return changes
    owners: dict[str, str] = {}
    for key, schema in schemas.items():
        title = schema.get("title") if isinstance(schema, dict) and isinstance(schema.get("title"), str) else None
        owners.setdefault(class_name(title or str(key)), str(key))
    taken = set(owners)
    for key, schema in schemas.items():
        if not isinstance(schema, dict) or not isinstance(schema.get("properties"), dict):
            continue
        title = schema.get("title") if isinstance(schema.get("title"), str) else None
        parent = pascal_case(class_name(title or str(key)))
        for prop_name, prop in schema["properties"].items():
            if not _inline_model(prop):
                continue
            base = prop.get("title") if isinstance(prop.get("title"), str) else str(prop_name)
            name = class_name(parent + pascal_case(base))
            if name not in taken:
                taken.add(name)
                continue
            n = 2
            while class_name(parent + pascal_case(f"{base}{n}")) in taken:
                n += 1
            prop["title"] = f"{base}{n}"
            taken.add(class_name(parent + pascal_case(prop["title"])))
            changes.append(
                Change(
                    "dedupe_inline_model_names",
                    pointer("components", "schemas", key, "properties", prop_name, "title"),
                    f"inline model {name} taken; now {class_name(parent + pascal_case(prop['title']))}",
                )
            )
    return changes
