"""Repairs, percent-encoded refs, deep refs, wildcard media types, parser refusals and name collisions."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

import pytest

from generator.errors import SpecError
from generator.normalize.local_refs import inline_deep_refs
from generator.normalize.parser_input import prune_parser_rejects
from generator.normalize.repairs import (
    discriminator_mappings,
    empty_enums,
    foreign_regex_patterns,
    null_types_in_30,
    wrong_typed_examples,
)
from generator.normalize.wildcards import wildcard_media_types
from generator.plan.collisions import disambiguate_method_names
from generator.refs import canonical_ref, lookup, resolve


def _doc(schemas: dict[str, Any], version: str = "3.0.3") -> dict[str, Any]:
    return {"openapi": version, "info": {"title": "t", "version": "1"}, "paths": {}, "components": {"schemas": schemas}}


@pytest.mark.parametrize(
    ("schema", "dropped"),
    [
        ({"type": "integer", "example": "2016"}, True),
        ({"type": "integer", "example": 2016}, False),
        ({"type": "integer", "example": True}, True),  # a JSON boolean is not an integer
        ({"type": "number", "default": 1}, False),
        ({"type": "integer", "default": 1.5}, True),
        ({"type": "string", "example": None}, True),
        ({"type": "string", "nullable": True, "example": None}, False),
        ({"type": ["string", "null"], "example": None}, False),
        ({"type": "array", "example": {"a": 1}}, True),
        ({"example": "anything"}, False),
    ],
)
def test_wrong_typed_examples(schema: dict[str, Any], dropped: bool) -> None:
    doc = _doc({"A": copy.deepcopy(schema)})
    findings = wrong_typed_examples(doc)
    assert bool(findings) is dropped
    assert (doc["components"]["schemas"]["A"] != schema) is dropped


def test_a_property_named_example_is_still_a_schema() -> None:
    doc = _doc({"A": {"type": "object", "properties": {"example": {"type": "integer", "default": "x"}}}})
    [finding] = wrong_typed_examples(doc)
    assert finding.pointer == "/components/schemas/A/properties/example/default"


def test_foreign_regex_patterns() -> None:
    doc = _doc({"A": {"type": "string", "pattern": r"^[\p{L}]+$"}, "B": {"type": "string", "pattern": "^[a-z]+$"}})
    [finding] = foreign_regex_patterns(doc)
    assert finding.pointer == "/components/schemas/A/pattern" and finding.action == "dropped"
    assert "pattern" not in doc["components"]["schemas"]["A"]
    assert doc["components"]["schemas"]["B"]["pattern"] == "^[a-z]+$"


def test_discriminator_mapping_values_outside_the_union() -> None:
    union = {
        "oneOf": [{"$ref": "#/components/schemas/Cat"}],
        "discriminator": {
            "propertyName": "k",
            "mapping": {"cat": "#/components/schemas/Cat", "dog": "Dog", "c2": "Cat"},
        },
    }
    doc = _doc({"Pet": union, "Cat": {"type": "object"}, "Dog": {"type": "object"}})
    findings = discriminator_mappings(doc)
    assert [f.pointer for f in findings] == ["/components/schemas/Pet/discriminator/mapping/dog"]
    assert union["discriminator"]["mapping"] == {"cat": "#/components/schemas/Cat", "c2": "Cat"}


def test_null_types_in_30_only() -> None:
    schemas = {
        "A": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        "B": {"oneOf": [{"$ref": "#/components/schemas/A"}, {"type": "null"}], "description": "b"},
        "C": {"type": ["integer", "null"]},
    }
    doc = _doc(copy.deepcopy(schemas))
    findings = null_types_in_30(doc)
    assert len(findings) == 3
    assert doc["components"]["schemas"]["A"] == {"type": "string", "nullable": True}
    assert doc["components"]["schemas"]["B"] == {
        "oneOf": [{"$ref": "#/components/schemas/A"}], "description": "b", "nullable": True
    }  # fmt: skip
    assert doc["components"]["schemas"]["C"] == {"type": "integer", "nullable": True}
    untouched = _doc(copy.deepcopy(schemas), "3.1.0")
    assert null_types_in_30(untouched) == [] and untouched["components"]["schemas"] == schemas


def test_empty_enums() -> None:
    doc = _doc({"A": {"type": "string", "enum": []}, "B": {"type": "string", "enum": ["x"]}})
    assert [f.pointer for f in empty_enums(doc)] == ["/components/schemas/A/enum"]
    assert doc["components"]["schemas"] == {"A": {"type": "string"}, "B": {"type": "string", "enum": ["x"]}}


def test_percent_encoded_refs() -> None:
    doc: dict[str, Any] = {
        "paths": {"/v/{id}": {"get": {"x": 1}}},
        "components": {"schemas": {"A B": {"k": 1}, "50%": {}}},
    }
    assert lookup(doc, "#/paths/~1v~1%7Bid%7D/get") == (True, {"x": 1})
    assert lookup(doc, "#/components/schemas/A%20B") == (True, {"k": 1})
    assert lookup(doc, "#/components/schemas/50%") == (True, {})  # read as written first
    assert lookup(doc, "#/components/schemas/Nope%20") == (False, None)
    assert canonical_ref(doc, "#/paths/~1v~1%7Bid%7D/get") == "#/paths/~1v~1{id}/get"
    assert canonical_ref(doc, "#/components/schemas/50%") == "#/components/schemas/50%"
    assert resolve(doc, {"$ref": "#/components/schemas/A%20B"}) == {"k": 1}


def test_deep_refs_are_copied_in() -> None:
    param = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    doc: dict[str, Any] = {
        "paths": {
            "/a/{id}": {"parameters": [param], "get": {}},
            "/b/{id}": {"parameters": [{"$ref": "#/paths/~1a~1{id}/parameters/0"}], "get": {}},
        },
        "components": {"schemas": {"A": {"properties": {"id": {"type": "string"}}},
                                   "B": {"$ref": "#/components/schemas/A/properties/id"},
                                   "C": {"$ref": "#/components/schemas/A"}}},
    }  # fmt: skip
    changes = inline_deep_refs(doc)
    assert [c.pointer for c in changes] == ["/components/schemas/B", "/paths/~1b~1{id}/parameters/0"]
    assert doc["paths"]["/b/{id}"]["parameters"][0] == param
    assert doc["components"]["schemas"]["B"] == {"type": "string"}
    assert doc["components"]["schemas"]["C"] == {"$ref": "#/components/schemas/A"}  # a named component stays


def test_wildcard_media_types() -> None:
    record = {"$ref": "#/components/schemas/R"}
    doc: dict[str, Any] = {
        "paths": {
            "/r": {"post": {"requestBody": {"content": {"*/*": {"schema": record}}},
                            "responses": {"200": {"description": "", "content": {"*/*": {"schema": {"type": "string"}}}}}}},
            "/s": {"post": {"requestBody": {"content": {"application/xml": {}, "*/*": {"schema": record}}},
                            "responses": {"204": {"description": ""}}}},
        },
        "components": {"schemas": {"R": {"type": "object"}}},
    }  # fmt: skip
    wildcard_media_types(doc)
    assert doc["paths"]["/r"]["post"]["requestBody"]["content"] == {"application/json": {"schema": record}}
    answer = doc["paths"]["/r"]["post"]["responses"]["200"]["content"]
    assert answer == {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}
    assert doc["paths"]["/s"]["post"]["requestBody"]["content"] == {"application/xml": {}}


def test_parser_refusals_are_removed_or_named() -> None:
    doc: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"get": {"parameters": [{"in": "query"}, {"name": "q", "in": "query"}],
                                 "responses": {"200": {"description": "ok"}}}}},
        "components": {"schemas": {"A": {"type": "object", "required": True}}},
    }  # fmt: skip
    findings = prune_parser_rejects(doc, "spec.yaml")
    assert sorted(f.pointer for f in findings) == ["/components/schemas/A/required", "/paths/~1a/get/parameters/0"]
    assert doc["paths"]["/a"]["get"]["parameters"] == [{"name": "q", "in": "query"}]
    assert prune_parser_rejects(doc, "spec.yaml") == []
    with pytest.raises(SpecError, match=r"spec.yaml#/info: openapi-python-client cannot read the document"):
        prune_parser_rejects({"openapi": "3.0.3", "paths": {}}, "spec.yaml")


@dataclass
class _Op:
    key: str
    method: str
    path: str
    resource: tuple[str, ...]
    name: str


def test_method_name_collisions() -> None:
    ops = [
        _Op("POST /m/{entityId}", "post", "/m/{entityId}", ("admin",), "post_model"),
        _Op("POST /m", "post", "/m", ("admin",), "post_model"),
        _Op("GET /x/{id}", "get", "/x/{id}", ("admin",), "get_x"),
        _Op("GET /y/{id}", "get", "/y/{id}", ("admin",), "get_x"),
        _Op("GET /users", "get", "/users", ("users",), "keys"),
        _Op("GET /users/keys", "get", "/users/keys", ("users", "keys"), "list"),
    ]
    warnings = disambiguate_method_names(ops)  # type: ignore[arg-type]
    assert [(op.key, op.name) for op in ops] == [
        ("POST /m/{entityId}", "post_model_by_entity_id"),
        ("POST /m", "post_model"),
        ("GET /x/{id}", "get_x"),
        ("GET /y/{id}", "get_x_y"),  # same parameters, same method: the literal path segments
        ("GET /users", "keys_get"),  # a sub-resource is named `keys`
        ("GET /users/keys", "list"),
    ]
    assert len(warnings) == 3 and "GET /y/{id}: method named `client.admin.get_x_y` instead of `get_x`" in warnings[0]


def test_validation_findings_and_the_size_limit(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator import load

    spec = tmp_path / "s.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses: {'200': {}}\n",
        encoding="utf-8",
    )
    loaded = load.load_spec(spec, validate=False)
    [finding] = load.validate_spec(loaded, strict=False)  # a response without `description`
    assert finding.pointer == "/paths/~1a/get/responses/200" and finding.action == "ignored"
    with pytest.raises(SpecError, match=r"s.yaml#/paths/~1a/get/responses/200: not a valid OpenAPI 3.0.3"):
        load.validate_spec(loaded, strict=True)
    monkeypatch.setattr(load, "MAX_VALIDATED_OBJECTS", loaded.objects - 1)
    [skipped] = load.validate_spec(loaded, strict=False)
    assert skipped.action == "not validated; --strict validates"
    with pytest.raises(SpecError):
        load.validate_spec(loaded, strict=True)


def test_format_stage_refuses_code_that_does_not_parse(tmp_path: Any) -> None:
    from generator.errors import GenerateError
    from generator.format import format_tree

    (tmp_path / "ok.py").write_text("x = {'a':1}\n", encoding="utf-8")
    format_tree(tmp_path)
    assert (tmp_path / "ok.py").read_text(encoding="utf-8") == 'x = {"a": 1}\n'
    (tmp_path / "bad.py").write_text("def f(:\n    pass\n", encoding="utf-8")
    with pytest.raises(GenerateError, match="does not compile or format"):
        format_tree(tmp_path)


def test_an_unexpected_failure_is_one_line(tmp_path: Any, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    from generator import cli, pipeline

    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise TypeError("expected string or bytes-like object, got 'int'")

    monkeypatch.setattr(pipeline, "build_plan", broken)
    monkeypatch.delenv("GENERATOR_TRACEBACK", raising=False)
    spec = tmp_path / "s.yaml"
    spec.write_text("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n", encoding="utf-8")
    assert cli.main(["generate", str(spec), "--check"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    [line] = [line for line in err.splitlines() if line.startswith("error:")]
    assert (
        line
        == f"error: {spec}: internal error (TypeError: expected string or bytes-like object, got 'int'); please report it"
    )
