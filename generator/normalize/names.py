"""Model name fixes that need openapi-python-client's own naming rules."""

from __future__ import annotations

from typing import Any

from generator.errors import pointer
from generator.normalize import Change, Findings
from generator.refs import resolve

_resolve = resolve

FIELD_PREFIX = "field_"  # openapi-python-client's default `field_prefix`
MODULE_SUFFIX = "_model"


def _property_names(doc: dict[str, Any], schema: Any, depth: int = 0) -> list[str]:
    """Property names of an object schema, including those merged in through `allOf`."""
    schema = _resolve(doc, schema)
    if not isinstance(schema, dict) or depth > 20:
        return []
    names = [str(k) for k in (schema.get("properties") or {}) if isinstance(schema.get("properties"), dict)]
    for part in schema.get("allOf") or []:
        names.extend(_property_names(doc, part, depth + 1))
    return names


def _is_object(schema: Any) -> bool:
    return (
        isinstance(schema, dict) and "$ref" not in schema and (schema.get("type") == "object" or "properties" in schema)
    )


def model_name_clashes(doc: dict[str, Any]) -> tuple[dict[str, str], list[Change]]:
    """Models whose module name equals one of their property names get another module name.

    openapi-python-client's model template uses the module name as the local variable for the new
    instance in `from_dict` (`errors = cls(errors=errors)`), so a schema `Errors` with a property
    `errors`, or `DestinationField` with `destinationField`, produces code that mypy rejects. Returns
    `{class name: new module name}` for openapi-python-client's `class_overrides` (`errors_model`),
    and one Change per renamed module. The document itself is not edited. Covers component schemas
    and the inline object schemas of their properties (named `<Parent><Property>`, as the parser does).
    """
    from openapi_python_client.strings import ClassName, PythonIdentifier, pascal_case

    schemas = (doc.get("components") or {}).get("schemas") or {}
    if not isinstance(schemas, dict):
        return {}, []
    candidates: list[tuple[str, Any, str]] = []  # (class string, schema, pointer)
    stack: list[tuple[str, Any, str]] = [
        (str(name), schema, pointer("components", "schemas", name)) for name, schema in schemas.items()
    ]
    while stack:
        class_string, schema, where = stack.pop(0)
        candidates.append((class_string, schema, where))
        properties = schema.get("properties") if isinstance(schema, dict) else None
        if isinstance(properties, dict):
            for prop_name, prop in properties.items():
                if _is_object(prop):
                    title = prop.get("title") or prop_name
                    nested = f"{pascal_case(ClassName(class_string, FIELD_PREFIX))}{pascal_case(str(title))}"
                    stack.append((nested, prop, where + pointer("properties", prop_name)))
    modules = {str(PythonIdentifier(ClassName(c, FIELD_PREFIX), FIELD_PREFIX)) for c, _, _ in candidates}
    overrides: dict[str, str] = {}
    changes: list[Change] = []
    identifiers: dict[str, str] = {}  # property name -> its Python name (GitHub: 30,000 properties, 5,000 names)

    def identifier(name: str) -> str:
        if name not in identifiers:
            identifiers[name] = str(PythonIdentifier(name, FIELD_PREFIX))
        return identifiers[name]

    for class_string, schema, where in candidates:
        class_name = str(ClassName(class_string, FIELD_PREFIX))
        module = str(PythonIdentifier(class_name, FIELD_PREFIX))
        clash = next((p for p in _property_names(doc, schema) if identifier(p) == module), None)
        if clash is None or class_name in overrides:
            continue
        new_module = module + MODULE_SUFFIX
        while new_module in modules:
            new_module += "_"
        modules.add(new_module)
        overrides[class_name] = new_module
        changes.append(
            Change(
                "model_name_clashes",
                where,
                f"model {class_name} generated in module {new_module}: module name {module!r} equals property {clash!r}",
            )
        )
    return overrides, changes


def model_name_clash_findings(doc: dict[str, Any]) -> Findings:
    overrides, changes = model_name_clashes(doc)
    return Findings(changes=changes, class_overrides=overrides)
