"""plan.param_styles: each parameter's style/explode as a typed fact, and Swagger 2.0 collectionFormat mapped onto it."""

from __future__ import annotations

import pytest

from generator.plan.param_styles import RawParameter, Serialization, plan_serialization
from generator.swagger2 import convert


def _plan(node: dict[str, object], location: str) -> tuple[Serialization, list[str]]:
    return plan_serialization({}, RawParameter({"in": location, "name": "p", **node}, "/at"), location)


@pytest.mark.parametrize(
    ("location", "node", "expected", "expression"),
    [
        ("query", {"schema": {"type": "array"}}, Serialization("form", True), None),
        ("query", {"explode": False}, Serialization("form", False), 'ParamStyle("form", explode=False)'),
        ("query", {"style": "deepObject"}, Serialization("deepObject", True), 'ParamStyle("deepObject", explode=True)'),
        ("query", {"style": "pipeDelimited"}, Serialization("pipeDelimited", False), None),
        ("path", {}, Serialization("simple", False), None),
        ("path", {"style": "matrix", "explode": True}, Serialization("matrix", True), None),
        ("header", {"explode": True}, Serialization("simple", True), 'ParamStyle("simple", explode=True)'),
        ("cookie", {"explode": False}, Serialization("form", False), 'ParamStyle("form", explode=False)'),
    ],
)
def test_style_defaults_per_location(
    location: str, node: dict[str, object], expected: Serialization, expression: str | None
) -> None:
    planned, warnings = _plan(node, location)
    assert planned == expected and warnings == []
    if expression is not None:
        assert planned.expression(location) == expression
    assert Serialization.default(location).expression(location) is None


def test_a_style_the_location_does_not_allow_warns_and_falls_back() -> None:
    planned, warnings = _plan({"style": "label"}, "query")
    assert planned == Serialization("form", True)
    assert warnings == ["/at/style: parameter 'p' in query cannot use style 'label' (allowed: form, spaceDelimited, "
                        "pipeDelimited, deepObject); sent as form"]  # fmt: skip


@pytest.mark.parametrize(
    ("location", "fmt", "style", "explode", "kept"),
    [
        ("query", "csv", "form", False, False),
        ("query", "ssv", "spaceDelimited", False, False),
        ("query", "pipes", "pipeDelimited", False, False),
        ("query", "multi", "form", True, False),
        ("query", "tsv", "form", False, True),
        ("path", "csv", "simple", False, False),
        ("path", "pipes", "simple", False, True),
        ("header", "ssv", "simple", False, True),
    ],
)
def test_swagger2_collection_format(location: str, fmt: str, style: str, explode: bool, kept: bool) -> None:
    param = {"name": "p", "in": location, "type": "array", "items": {"type": "string"}, "collectionFormat": fmt}
    if location == "path":
        param["required"] = True
    doc = convert({"swagger": "2.0", "info": {"title": "t", "version": "1"},
                   "paths": {"/x": {"get": {"parameters": [param], "responses": {"200": {"description": "ok"}}}}}}, "s.yaml")  # fmt: skip
    (converted,) = doc["paths"]["/x"]["get"]["parameters"]
    assert (converted["style"], converted["explode"]) == (style, explode)
    assert ("x-collectionFormat" in converted) is kept
    planned, warnings = plan_serialization(doc, RawParameter(converted, "/at"), location)
    assert planned == Serialization(style, explode)  # type: ignore[arg-type]
    assert len(warnings) == int(kept)
