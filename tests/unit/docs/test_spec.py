"""generator.docs.spec: what the docs read from the raw spec."""

from __future__ import annotations

from generator.docs.spec import NO_VALUE, SpecReader, enum_orders, first_example
from tests.unit.docs_support import op, planned


def test_first_example_prefers_example_then_examples() -> None:
    assert first_example({"example": 1, "examples": [2]}) == 1
    assert first_example({"example": None, "examples": [2]}) == 2
    assert first_example({"examples": {"a": {"summary": "no value"}, "b": {"value": 3}}}) == 3
    assert first_example({"schema": {}}) is NO_VALUE
    assert first_example("not a mapping") is NO_VALUE


def test_parameter_examples_operation_level_first_then_schema_then_default() -> None:
    plan, _ = planned()
    get = op(plan, "GET /items/{itemId}")
    reader = SpecReader(plan)
    by_name = {p.python_name: p for p in get.params}
    assert reader.param_example(get, by_name["item_id"]) == "it_9"  # the operation's copy overrides the path's
    assert reader.param_example(get, by_name["q"]) == "lamp"  # schema-level example
    assert reader.param_example(get, by_name["limit"]) == 10  # the default ...
    assert reader.param_example(get, by_name["limit"], defaults=False) is NO_VALUE  # ... only when asked
    assert reader.param_format(get, by_name["q"]) is None


def test_body_example_and_enum_order() -> None:
    plan, _ = planned()
    reader = SpecReader(plan)
    assert reader.body_example(op(plan, "POST /items")) == {"id": "x1", "name": "Lamp"}
    assert reader.body_example(op(plan, "DELETE /items/{itemId}")) is NO_VALUE
    assert reader.enum_orders[frozenset({"light", "dark"})] == ["dark", "light"]
    assert enum_orders({"a": {"enum": ["x", None, "y"]}, "b": {"enum": ["y", "x"]}}) == {
        frozenset({"x", "y"}): ["x", "y"]
    }
