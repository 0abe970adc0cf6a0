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
            changes.append(
                Change("dedupe_schema_class_names", where + "/title", f"{title!r} → {title}{n}: class name taken")
            )
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


MAX_NAME = 64  # characters of a schema key, title, operationId or tag before it is shortened


def _short(text: str, sep: str) -> str:
    import hashlib

    return text[: MAX_NAME - 16].rstrip("_. -") + sep + hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def shorten_long_names(doc: dict[str, Any]) -> list[Change]:
    """Schema keys, titles, operationIds and tags longer than 64 characters are cut, with a hash.

    They become class, module, method and file names; a 400-character schema name made a file name
    the operating system refuses. The hash keeps two long names that share a beginning apart.
    """
    from generator.normalize.walk import iter_schemas

    changes: list[Change] = []
    schemas = (doc.get("components") or {}).get("schemas") if isinstance(doc.get("components"), dict) else None
    if isinstance(schemas, dict):
        renames = {str(k): _short(str(k), "_") for k in schemas if len(str(k)) > MAX_NAME}
        for old, new in renames.items():
            changes.append(
                Change("shorten_long_names", pointer("components", "schemas", old), f"key shortened to {new}")
            )
        if renames:
            rebuilt = {renames.get(str(k), k): v for k, v in schemas.items()}
            schemas.clear()
            schemas.update(rebuilt)
            _rewrite_refs(
                doc, {_PREFIX + escape_pointer_token(k): _PREFIX + escape_pointer_token(v) for k, v in renames.items()}
            )
    for schema, path in iter_schemas(doc):
        title = schema.get("title")
        if isinstance(title, str) and len(title) > MAX_NAME:
            schema["title"] = _short(title, " ")
            changes.append(
                Change("shorten_long_names", pointer(*path, "title"), f"title shortened to {schema['title']!r}")
            )
        properties = schema.get("properties")
        for name, sub in properties.items() if isinstance(properties, dict) else []:
            # An inline object or enum is named <Parent><Property>: a short title stands in for the long name.
            if len(str(name)) > MAX_NAME and isinstance(sub, dict) and "$ref" not in sub and "title" not in sub:
                sub["title"] = _short(str(name), " ")
                at = pointer(*path, "properties", name, "title")
                changes.append(Change("shorten_long_names", at, f"title {sub['title']!r} names the inline schema"))
    tag_renames: dict[str, str] = {}
    for path, item in (doc.get("paths") or {}).items() if isinstance(doc.get("paths"), dict) else []:
        if not isinstance(item, dict):
            continue
        for method, op in item.items():
            if not isinstance(op, dict) or method.startswith("x-") or method in ("parameters", "servers"):
                continue
            op_id = op.get("operationId")
            if isinstance(op_id, str) and len(op_id) > MAX_NAME:
                op["operationId"] = _short(op_id, "_")
                at = pointer("paths", path, method, "operationId")
                changes.append(Change("shorten_long_names", at, f"operationId shortened to {op['operationId']!r}"))
            for i, param in enumerate(op.get("parameters") or [] if isinstance(op.get("parameters"), list) else []):
                inline = param.get("schema") if isinstance(param, dict) else None
                name = str(param.get("name", "")) if isinstance(param, dict) else ""
                if len(name) > MAX_NAME and isinstance(inline, dict) and "$ref" not in inline and "title" not in inline:
                    inline["title"] = _short(name, " ")  # an inline enum is named <OperationId><Parameter>
                    at = pointer("paths", path, method, "parameters", i, "schema", "title")
                    changes.append(
                        Change("shorten_long_names", at, f"title {inline['title']!r} names the inline schema")
                    )
            tags = op.get("tags")
            if isinstance(tags, list):
                for i, tag in enumerate(tags):
                    if isinstance(tag, str) and len(tag) > MAX_NAME:
                        tags[i] = tag_renames.setdefault(tag, _short(tag, " "))
    for tag in doc.get("tags") or [] if isinstance(doc.get("tags"), list) else []:
        if isinstance(tag, dict) and isinstance(tag.get("name"), str) and len(tag["name"]) > MAX_NAME:
            tag["name"] = tag_renames.setdefault(tag["name"], _short(tag["name"], " "))
    for old, new in tag_renames.items():
        changes.append(Change("shorten_long_names", "/tags", f"tag {old[:40]!r}... shortened to {new!r}"))
    return changes


def rewrite_refs(doc: dict[str, Any], renames: dict[str, str]) -> None:
    """Point every `$ref` to a renamed component schema (`{old key: new key}`) at its new key."""
    _rewrite_refs(
        doc, {_PREFIX + escape_pointer_token(k): _PREFIX + escape_pointer_token(v) for k, v in renames.items()}
    )
