"""Plan: the SDK's one response-decoding policy (lenient by default, strict opt-in), in types and imports.

The runtime side is `generator/runtime/_decode.py`; the property templates under
`templates/property_templates/` read every response value through it. What the plan decides:

- An enum read from a response may hold a value added after generation: model fields and response
  types of a literal enum are typed `Status | str` (`OpenLiteralEnumProperty`). Query, path, header
  and cookie arguments keep `Status`, which steers callers to the listed values (a plain string is
  still sent as given); the keyword arguments of a flattened body are its model's fields, so they take
  `Status | str` (lists are invariant: `list[Status]` could not be passed on as `list[Status | str]`).
- Strings of models and responses are read by `DecodedStringProperty` (checked when strict).
- Every model module and resource module imports the policy as `decode`, and model modules import
  `rfc3339` (date-times are sent with an offset) and `jsonable` (a model field may hold a plain dict);
  a model field named `decode`, `rfc3339` or `jsonable` is renamed by the plan's field sanitiser
  (`_RESERVED_FIELDS`).
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

import attrs
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.union import UnionProperty

from generator.plan.calls import pystr
from generator.plan.properties import (
    DecodedStringProperty,
    DispatchedUnionProperty,
    LoneVariantUnionProperty,
    rebuild,
)

if TYPE_CHECKING:
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.properties import ModelProperty, Property
    from openapi_python_client.parser.properties.protocol import PropertyProtocol

# `_models`: the models package, whose names load on first use; decoding code names model classes through it
# (`_models.Tag.from_dict`), so no import statement runs per call (templates/property_templates/model_property.py.jinja).
MODEL_IMPORTS = {
    "from .._core import _decode as decode",
    "from .._core._encode import jsonable, rfc3339",
    "from .. import models as _models",
}
# endpoints import as if from api/<tag>/ (resource modules sit one level higher: render.py rewrites them)
ENDPOINT_IMPORTS = {"from ..._core import _decode as decode", "from ... import models as _models"}


def open_response_types(data: GeneratorData) -> None:
    """Before the plan reads return types: a response that is an enum is typed `Status | str`, and every
    resource and model module imports the policy."""
    open_property = _opener(data)
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            for response in endpoint.responses:
                object.__setattr__(response, "prop", open_property(response.prop))
            endpoint.relative_imports.update(ENDPOINT_IMPORTS)
    for model in data.models:
        object.__setattr__(model, "relative_imports", {*(model.relative_imports or ()), *MODEL_IMPORTS})


def open_model_enums(data: GeneratorData) -> None:
    """Enum fields of models are typed `Status | str`; their strings are read through the policy."""
    from openapi_python_client.parser.properties import ModelProperty

    open_property = _opener(data)
    bodies = [b.prop for c in data.endpoint_collections_by_tag.values() for e in c.endpoints for b in e.bodies]
    for model in [*data.models, *(b for b in bodies if isinstance(b, ModelProperty))]:  # a body's own copy too
        for props in (model.required_properties, model.optional_properties):
            if props:
                props[:] = [open_property(p) for p in props]
        extra = model.additional_properties
        if extra is not None and not isinstance(extra, bool):
            object.__setattr__(model, "additional_properties", open_property(extra))


def _opener(data: GeneratorData) -> Callable[[Property], Property]:
    from openapi_python_client.parser.properties import LiteralEnumProperty
    from openapi_python_client.parser.properties.list_property import ListProperty
    from openapi_python_client.parser.properties.string import StringProperty
    from openapi_python_client.parser.properties.union import UnionProperty

    from generator.plan.properties import DecodedStringProperty, InlineLiteralProperty, OpenLiteralEnumProperty, rebuild

    models = {str(m.class_info.name): m for m in data.models}

    def open_inner(prop: PropertyProtocol) -> PropertyProtocol:
        if isinstance(prop, LiteralEnumProperty):
            return open_enum(prop)
        if type(prop) is StringProperty:
            return rebuild(DecodedStringProperty, prop)
        if isinstance(prop, UnionProperty):
            object.__setattr__(prop, "inner_properties", [open_inner(p) for p in prop.inner_properties])
            return dispatched(prop, models) or lone_variant(prop) or prop
        if isinstance(prop, ListProperty):
            object.__setattr__(prop, "inner_property", open_inner(prop.inner_property))
        return prop

    def open_enum(prop: LiteralEnumProperty) -> LiteralEnumProperty:
        if isinstance(prop, InlineLiteralProperty | OpenLiteralEnumProperty):
            return prop
        return rebuild(OpenLiteralEnumProperty, prop)

    def open_property(prop: Property) -> Property:
        if isinstance(prop, LiteralEnumProperty):
            return open_enum(prop)
        if type(prop) is StringProperty:
            return rebuild(DecodedStringProperty, prop)
        return typing.cast("Property", open_inner(prop))

    return open_property


def _literal_values(prop: PropertyProtocol) -> tuple[object, ...] | None:
    """The values a variant's field accepts when it is a literal enum or a const, else None."""
    from openapi_python_client.parser.properties import LiteralEnumProperty
    from openapi_python_client.parser.properties.const import ConstProperty

    if isinstance(prop, LiteralEnumProperty):
        return tuple(sorted(prop.values, key=repr))  # a set: sorted, so the code is the same on every run
    if isinstance(prop, ConstProperty):
        return (prop.value.raw_value,)
    return None


def _condition(values: tuple[object, ...]) -> str:
    source = [pystr(v) if isinstance(v, str) else repr(v) for v in values]
    return f"tag == {source[0]}" if len(source) == 1 else f"tag in ({', '.join(source)})"


def dispatched(union: UnionProperty, models: Mapping[str, ModelProperty]) -> DispatchedUnionProperty | None:
    """`union` read by the value of one field, when that is certain to pick the variant trying them would.

    The variants are tried in order, strictly, and the first that accepts the value wins. A variant whose
    field `key` is a literal enum or a const rejects every other value of that field
    (generator/normalize/discriminators.py narrows each variant of a `discriminator` union that way). So
    while the variants are models with a literal `key`, the first of them listing a value is the first
    variant that can accept it: trying that one first decides the same, without the failed attempts.
    Values are claimed up to the first variant without a literal `key` (a fallback may accept anything).
    When the named variant fails, every variant is tried in order, as before.
    """
    from openapi_python_client.parser.properties import ModelProperty

    variants = [p for p in union.inner_properties if not isinstance(p, NoneProperty)]
    if len(variants) < 2 or not all(isinstance(p, ModelProperty) for p in variants):
        return None
    chosen = typing.cast("list[ModelProperty]", variants)
    # a variant is a copy of its model made before the model's fields were read: read the model's
    read = [models.get(str(m.class_info.name), m) for m in chosen]
    fields = [{_wire(f): f for f in [*(m.required_properties or ()), *(m.optional_properties or ())]} for m in read]
    for key in fields[0]:
        cases: list[tuple[str, PropertyProtocol]] = []
        claimed: list[object] = []
        for model, by_name in zip(chosen, fields, strict=True):
            values = _literal_values(by_name[key]) if key in by_name else None
            if values is None:
                break
            mine = [v for v in values if v not in claimed]  # `==`: 1 and True are one value, as for the checks
            claimed.extend(mine)
            if mine:
                cases.append((_condition(tuple(mine)), model))
        if len(cases) >= 2:
            return attrs.evolve(rebuild(DispatchedUnionProperty, union), key=pystr(key), cases=tuple(cases))
    return None


def lone_variant(union: UnionProperty) -> LoneVariantUnionProperty | None:
    """`union` read in place as its one variant besides `null`, when that variant is a model, a string format
    (`uuid`, `date`, `date-time`) or a scalar: the union's reader would try only that variant, so reading it
    the way a union tries it (a model strictly, a format by its parser, a scalar by its type) decides the same,
    without a function defined and called per value; a value the variant does not accept is a mismatch that
    names the union, as before."""
    from openapi_python_client.parser.properties import ModelProperty
    from openapi_python_client.parser.properties.boolean import BooleanProperty
    from openapi_python_client.parser.properties.date import DateProperty
    from openapi_python_client.parser.properties.datetime import DateTimeProperty
    from openapi_python_client.parser.properties.float import FloatProperty
    from openapi_python_client.parser.properties.int import IntProperty
    from openapi_python_client.parser.properties.uuid import UuidProperty

    variants = [p for p in union.inner_properties if not isinstance(p, NoneProperty)]
    if len(variants) != 1 or len(union.inner_properties) != 2:
        return None
    (variant,) = variants
    formats_and_scalars = (UuidProperty, DateProperty, DateTimeProperty, IntProperty, FloatProperty, BooleanProperty)
    if not (isinstance(variant, ModelProperty) or type(variant) in (*formats_and_scalars, DecodedStringProperty)):
        return None
    return attrs.evolve(rebuild(LoneVariantUnionProperty, union), variant=variant)


def _wire(prop: PropertyProtocol) -> str:
    name = prop.name
    getter = getattr(name, "get_untrusted_value", None)
    return str(getter() if getter else name)
