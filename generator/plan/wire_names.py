"""Which model fields have a wire name other than their Python name, and which hold nested models.

Model-typed arguments also take plain dicts (`runtime/_types.as_model`); a seed SDK's users write
those dicts with the Python field names (Fern: `{"true_display_name": ...}`) or with the wire names
(Konfig: `{"trueDisplayName": ...}`). The table built here, rendered as `<package>/models/_wire_names.py`,
lets the runtime accept both and always send wire names, at every depth of nested models. Only
models with a renamed field or a nested model are listed.
"""

from __future__ import annotations

from collections.abc import Iterable

from openapi_python_client.parser.properties import ModelProperty, Property
from openapi_python_client.parser.properties.list_property import ListProperty


def _wire(name: object) -> str:
    """The field's name as the spec spells it (openapi-python-client wraps it in an UntrustedString)."""
    getter = getattr(name, "get_untrusted_value", None)
    return str(getter() if getter else name)


def _nested_class(prop: Property) -> str | None:
    if isinstance(prop, ModelProperty):
        return str(prop.class_info.name)
    if isinstance(prop, ListProperty) and isinstance(prop.inner_property, ModelProperty):
        return str(prop.inner_property.class_info.name)
    return None


def wire_name_table(models: Iterable[ModelProperty]) -> dict[str, tuple[dict[str, str], dict[str, str]]]:
    """class -> ({python name: wire name} where they differ, {wire name: nested model class})."""
    table: dict[str, tuple[dict[str, str], dict[str, str]]] = {}
    for model in models:
        renames: dict[str, str] = {}
        nested: dict[str, str] = {}
        for prop in [*(model.required_properties or []), *(model.optional_properties or [])]:
            wire, python = _wire(prop.name), str(prop.python_name)
            if python != wire:
                renames[python] = wire
            inner = _nested_class(prop)
            if inner is not None:
                nested[wire] = inner
        if renames or nested:
            table[str(model.class_info.name)] = (dict(sorted(renames.items())), dict(sorted(nested.items())))
    return dict(sorted(table.items()))
