"""generator.docs.examples: one handler per property class; example values as Python expressions."""

from __future__ import annotations

import typing

from openapi_python_client.parser.properties import AnyProperty, ModelProperty, Property

from generator.docs.examples import _HANDLERS, ExampleBuilder, fits, sample_from_props
from generator.docs.spec import NO_VALUE, SpecReader
from tests.unit.docs_support import op, planned


def test_every_property_class_has_a_handler() -> None:
    classes = set(typing.get_args(Property))
    assert len(classes) == 16 and classes - set(_HANDLERS) == {AnyProperty}  # AnyProperty: the fallback


def test_values_from_examples_defaults_and_types() -> None:
    plan, data = planned()
    get = op(plan, "GET /items/{itemId}")
    by_name = {p.python_name: p for p in get.params}
    builder = ExampleBuilder("unit_sdk")
    assert builder.value(by_name["limit"].prop, "limit") == "10"  # the schema default
    assert builder.value(by_name["limit"].prop, "limit", "7") == "7"
    assert builder.value(by_name["limit"].prop, "limit", "seven") == "1"
    assert builder.value(by_name["color"].prop, "color") == '"blue"'  # a literal enum: sorted when the order is unknown
    in_order = ExampleBuilder("unit_sdk", enum_orders=SpecReader(plan).enum_orders)
    assert in_order.value(by_name["color"].prop, "color") == '"red"'  # the spec's first value
    assert builder.value(None, "x", 3) == "3" and builder.value(None) == '"example"'


def test_models_are_constructor_calls_and_recursion_stops() -> None:
    plan, data = planned()
    models = {str(m.class_info.name): m for m in data.models}
    builder = ExampleBuilder("unit_sdk", models=models)
    item = models["Item"]
    assert builder.value(item, "item", {"id": "i1", "name": "Lamp"}) == 'Item(id="i1", name="Lamp")'
    # A model inside itself is built from a JSON sample of its required fields instead of recursing.
    assert builder.value(models["Node"], "node") == 'Node(child=Node.from_dict({"child": {}}))'
    assert "from unit_sdk.models import Item" in builder.imports
    assert sample_from_props(models["Node"], 0) == {"child": {}}


def test_fits_picks_union_variants_by_example_type() -> None:
    _, data = planned()
    item = next(m for m in data.models if str(m.class_info.name) == "Item")
    assert isinstance(item, ModelProperty)
    assert fits(item, {"id": "x"}) and not fits(item, "x") and not fits(item, NO_VALUE)
    name = next(p for p in item.required_properties or [] if p.python_name == "name")
    assert fits(name, "x") and not fits(name, True) and not fits(name, 1)
