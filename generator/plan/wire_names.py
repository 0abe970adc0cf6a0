"""Which model fields have a wire name other than their Python name, and which hold nested models.

Model-typed arguments also take plain dicts (`runtime/_types.as_model`); a seed SDK's users write
those dicts with the Python field names (Fern: `{"true_display_name": ...}`) or with the wire names
(Konfig: `{"trueDisplayName": ...}`). The table built here, rendered as `<package>/models/_wire_names.py`,
lets the runtime accept both and always send wire names, at every depth of nested models (a union of
models lists its classes; the runtime picks the one whose fields a dict names). Only models with a
renamed field, a nested model or a value the SDK fills in (`plan.constants`, added to a dict that
lacks it) are listed.
"""

from __future__ import annotations

from collections.abc import Iterable

from openapi_python_client.parser.properties import ModelProperty, Property
from openapi_python_client.parser.properties.list_property import ListProperty

from generator.plan.annotations import model_classes
from generator.plan.constants import model_constants
from generator.plan.parsed import text


def _nested_class(prop: Property) -> str | list[str] | None:
    """The nested model class of a field (a model, or a list of models), or the classes of a union of
    models (alone or in a list): the runtime picks the one a dict's keys name (`_types._choose`)."""
    inner = prop.inner_property if isinstance(prop, ListProperty) else prop
    classes = model_classes(inner)
    if not classes:
        return None
    return classes[0] if len(classes) == 1 else classes


Entry = tuple[dict[str, str], dict[str, str | list[str]], dict[str, str]]


def wire_name_table(models: Iterable[ModelProperty]) -> dict[str, Entry]:
    """class -> ({python name: wire name} where they differ, {wire name: nested model class(es)},
    {wire name: Python source of a value the SDK fills in (`plan.constants`)})."""
    table: dict[str, Entry] = {}
    for model in models:
        renames: dict[str, str] = {}
        nested: dict[str, str | list[str]] = {}
        for prop in [*(model.required_properties or []), *(model.optional_properties or [])]:
            wire, python = text(prop.name), str(prop.python_name)
            if python != wire:
                renames[python] = wire
            inner = _nested_class(prop)
            if inner is not None:
                nested[wire] = inner
        fixed = model_constants(model)
        if renames or nested or fixed:
            table[str(model.class_info.name)] = (dict(sorted(renames.items())), dict(sorted(nested.items())), fixed)
    return dict(sorted(table.items()))
