"""Plan: values the SDK fills in itself (issue 14 §5, `const` properties).

The rule, one for every model (request bodies, flattened or passed whole, and nested models):

- A **required** property whose schema allows exactly one value is filled in by the SDK: OAS 3.1
  `const`, and a single-value `enum` written inline (3.0's way to say the same, typical of
  discriminator tags: `kind: {type: string, enum: [staple]}`). Its model field, and the keyword
  argument of a flattened body, default to that value, so the caller never passes it (and still may);
  it is always sent. A plain dict given for such a model gets the value too (the wire-name table lists
  it: `_core/_types.as_model`).
- An **optional** one is left alone: an omitted argument is never sent, and the schema allows the
  property to be absent.
- A **component** enum with one value keeps its named type and stays required: users may write its
  name, and a named enum is the one place an API is likely to add values (filling it in would turn a
  later spec change into a silently different request).

Safe for callers: nothing they could pass before is refused, and the value filled in is the only one
the schema allows. Applied to openapi-python-client's parsed models (their `default`) before the plan
reads any type or argument, so models, signatures and the docs all see it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.properties import ModelProperty
    from openapi_python_client.parser.properties.protocol import PropertyProtocol


def fixed_value(prop: PropertyProtocol) -> tuple[str, Any] | None:
    """(Python source, value) of the one value a required property may take, or None."""
    from openapi_python_client.parser.properties.const import ConstProperty

    from generator.plan.properties import InlineLiteralProperty

    if not prop.required:
        return None
    if isinstance(prop, ConstProperty):
        return prop.value.python_code.as_unembedded_code(), prop.value.raw_value
    if isinstance(prop, InlineLiteralProperty):
        (value,) = prop.values
        return prop.literal, value
    return None


def fill_constants(data: GeneratorData) -> None:
    """Give every required single-value property of every model (and request body) its value as default."""
    from openapi_python_client.parser.properties import ModelProperty
    from openapi_python_client.parser.properties.protocol import Value
    from openapi_python_client.strings import PythonCode

    bodies = [b.prop for c in data.endpoint_collections_by_tag.values() for e in c.endpoints for b in e.bodies]
    models: list[ModelProperty] = [*data.models, *(b for b in bodies if isinstance(b, ModelProperty))]
    for model in models:
        for prop in model.required_properties or []:
            fixed = fixed_value(prop)
            if fixed is not None and getattr(prop, "default", None) is None:
                object.__setattr__(prop, "default", Value(python_code=PythonCode(fixed[0]), raw_value=fixed[1]))


def model_constants(model: ModelProperty) -> dict[str, str]:
    """{wire name: Python source of the value} of the properties `fill_constants` fills in."""
    out: dict[str, str] = {}
    for prop in model.required_properties or []:
        fixed = fixed_value(prop)
        if fixed is not None:
            name = prop.name
            getter = getattr(name, "get_untrusted_value", None)
            out[str(getter() if getter else name)] = fixed[0]
    return dict(sorted(out.items()))
