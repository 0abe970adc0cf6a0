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
from generator.normalize import Change
from generator.normalize.operation_ids import renumber_operation_id
from generator.normalize.walk import iter_operations

FIELD_PREFIX = "field_"  # openapi-python-client's default `field_prefix`


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
    operations = [(path, method, op) for path, _item, method, op in iter_operations(doc)]
    all_ids = {str(op["operationId"]) for _, _, op in operations if isinstance(op.get("operationId"), str)}

    def id_taken(name: str) -> bool:
        return name in all_ids or class_name(name) in prefixes

    for path, method, op in operations:
        if not isinstance(op.get("operationId"), str):
            continue
        if class_name(op["operationId"]) in prefixes and _names_models(op):
            why = "names the same models as another operationId"
            changes.append(renumber_operation_id("dedupe_inline_model_names", path, method, op, id_taken, why))
            all_ids.add(op["operationId"])
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
