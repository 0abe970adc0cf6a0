"""Component schemas whose class names collide once PascalCased (`Result` and `result`, or two equal titles)."""

from __future__ import annotations

from typing import Any

from generator.errors import escape_pointer_token, pointer
from generator.normalize import Change

FIELD_PREFIX = "field_"  # openapi-python-client's default `field_prefix`
_PREFIX = "#/components/schemas/"


def dedupe_schema_class_names(doc: dict[str, Any]) -> list[Change]:
    """Give the second of two component schemas that would become one class name a numbered name.

    openapi-python-client names a component schema's class after its `title`, else its key, in
    PascalCase; two schemas landing on one name make it drop the second ("duplicate models") and every
    operation using it. A colliding title gets a number (`Result` → `Result2`); a colliding key is
    renamed the same way and every `$ref` to it is rewritten. The first schema keeps its name.
    """
    from openapi_python_client.strings import ClassName

    schemas = (doc.get("components") or {}).get("schemas")
    if not isinstance(schemas, dict):
        return []

    def class_name(text: str) -> str:
        return str(ClassName(text, FIELD_PREFIX))

    taken: set[str] = set()
    renames: dict[str, str] = {}
    changes: list[Change] = []
    for key, schema in schemas.items():
        title = schema.get("title") if isinstance(schema, dict) and isinstance(schema.get("title"), str) else None
        base = title or str(key)
        if class_name(base) not in taken:
            taken.add(class_name(base))
            continue
        n = 2
        while class_name(f"{base}{n}") in taken or (not title and f"{key}{n}" in schemas):
            n += 1
        taken.add(class_name(f"{base}{n}"))
        where = pointer("components", "schemas", key)
        if title:
            schema["title"] = f"{title}{n}"
            changes.append(Change("dedupe_schema_class_names", where + "/title", f"{title!r} → {title}{n}: class name taken"))
        else:
            renames[str(key)] = f"{key}{n}"
            changes.append(Change("dedupe_schema_class_names", where, f"renamed to {key}{n}: class name taken"))
    if renames:
        rebuilt = {renames.get(str(k), k): v for k, v in schemas.items()}
        schemas.clear()
        schemas.update(rebuilt)
        old_refs = {_PREFIX + escape_pointer_token(k): _PREFIX + escape_pointer_token(v) for k, v in renames.items()}
        _rewrite_refs(doc, old_refs)
    return changes


def _rewrite_refs(doc: Any, old_refs: dict[str, str]) -> None:
    seen: set[int] = set()
    stack = [doc]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                target = ref[len(_PREFIX) :].split("/", 1) if ref.startswith(_PREFIX) else None
                if target is not None:
                    new = old_refs.get(_PREFIX + target[0])
                    if new is not None:
                        node["$ref"] = new + ("/" + target[1] if len(target) > 1 else "")
            stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
        elif isinstance(node, list):
            stack.extend(v for v in node if isinstance(v, (dict, list)))
