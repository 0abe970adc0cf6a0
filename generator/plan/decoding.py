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
  `rfc3339` (date-times are sent with an offset); a model field named `decode` or `rfc3339` is renamed
  by the plan's field sanitiser (`_RESERVED_FIELDS`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.properties import Property
    from openapi_python_client.parser.properties.protocol import PropertyProtocol

MODEL_IMPORTS = {"from .._core import _decode as decode", "from .._core._encode import rfc3339"}
ENDPOINT_IMPORT = "from ..._core import _decode as decode"  # endpoints import as if from api/<tag>/


def open_response_types(data: GeneratorData) -> None:
    """Before the plan reads return types: a response that is an enum is typed `Status | str`, and every
    resource and model module imports the policy."""
    open_property = _opener()
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            for response in endpoint.responses:
                object.__setattr__(response, "prop", open_property(response.prop))
            endpoint.relative_imports.add(ENDPOINT_IMPORT)
    for model in data.models:
        object.__setattr__(model, "relative_imports", {*(model.relative_imports or ()), *MODEL_IMPORTS})


def open_model_enums(data: GeneratorData) -> None:
    """Enum fields of models are typed `Status | str`; their strings are read through the policy."""
    from openapi_python_client.parser.properties import ModelProperty

    open_property = _opener()
    bodies = [b.prop for c in data.endpoint_collections_by_tag.values() for e in c.endpoints for b in e.bodies]
    for model in [*data.models, *(b for b in bodies if isinstance(b, ModelProperty))]:  # a body's own copy too
        for props in (model.required_properties, model.optional_properties):
            if props:
                props[:] = [open_property(p) for p in props]
        extra = model.additional_properties
        if extra is not None and not isinstance(extra, bool):
            object.__setattr__(model, "additional_properties", open_property(extra))


def _opener() -> Callable[[Property], Property]:
    from openapi_python_client.parser.properties import LiteralEnumProperty
    from openapi_python_client.parser.properties.list_property import ListProperty
    from openapi_python_client.parser.properties.string import StringProperty
    from openapi_python_client.parser.properties.union import UnionProperty

    from generator.plan.properties import DecodedStringProperty, InlineLiteralProperty, OpenLiteralEnumProperty, rebuild

    def open_inner(prop: PropertyProtocol) -> PropertyProtocol:
        if isinstance(prop, LiteralEnumProperty):
            return open_enum(prop)
        if type(prop) is StringProperty:
            return rebuild(DecodedStringProperty, prop)
        if isinstance(prop, UnionProperty):
            object.__setattr__(prop, "inner_properties", [open_inner(p) for p in prop.inner_properties])
        elif isinstance(prop, ListProperty):
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
        open_inner(prop)
        return prop

    return open_property
