"""generator/load_validator.py: openapi-spec-validator with jsonschema-rs asked first gives exactly the errors
of openapi-spec-validator's Python backend, and asks the Python validator only when there is something to find."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
from openapi_spec_validator.schemas import schema_v30, schema_v31
from openapi_spec_validator.schemas.backend.jsonschema import create_validator

from generator.load_validator import IdList, spec_validator_class

OK_RESPONSES = {"200": {"description": "ok"}}


def _doc(version: str, **parts: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {"openapi": version, "info": {"title": "t", "version": "1"}, "paths": {}}
    doc.update(parts)
    return doc


def _schema(schema: Any, version: str = "3.0.3") -> dict[str, Any]:
    return _doc(version, components={"schemas": {"A": schema}})


DOCUMENTS = {
    "valid 3.0": _doc(
        "3.0.3",
        paths={
            "/a/{id}": {
                "get": {
                    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}},
                        }
                    },
                }
            }
        },
        components={"schemas": {"A": {"type": "object", "properties": {"n": {"type": "integer", "default": 1}}}}},
    ),
    "valid 3.1": _doc(
        "3.1.0",
        paths={"/a": {"get": {"responses": OK_RESPONSES}}},
        components={"schemas": {"A": {"type": ["string", "null"], "examples": ["x"]}}},
    ),
    "response without description": _doc("3.0.3", paths={"/a": {"get": {"responses": {"200": {}}}}}),
    "parameter in body": _doc(
        "3.0.3",
        paths={
            "/a": {
                "get": {
                    "parameters": [{"name": "x", "in": "body", "schema": {"type": "integer"}}],
                    "responses": OK_RESPONSES,
                }
            }
        },
    ),
    "integer written as a float": _schema({"type": "string", "maxLength": 10.0}),
    "unknown key in a path item": _doc("3.0.3", paths={"/a": {"gett": {"responses": OK_RESPONSES}}}),
    "no info": {"openapi": "3.0.3", "paths": {}},
    "3.1 info without version": {"openapi": "3.1.0", "info": {"title": "t"}, "paths": {}},
    "3.1 bad schema type": _schema({"type": 5}, "3.1.0"),
    "default of the wrong type": _schema({"type": "integer", "default": "many"}),
    "valid, a lookbehind pattern": _schema({"type": "string", "pattern": "(?<=a)b"}),
    "a pattern Python cannot compile": _schema({"type": "object", "properties": {"a": {"pattern": "[unclosed"}}}),
    "a schema keyword of the wrong type": _schema({"type": "object", "required": "a"}),
    "undeclared path parameter": _doc("3.0.3", paths={"/a/{id}": {"get": {"responses": OK_RESPONSES}}}),
    "valid, a YAML date as an example": _schema({"type": "string", "example": datetime.date(2020, 1, 2)}),
    "a YAML date as the version (no JSON value)": {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": datetime.date(2020, 1, 2)},
        "paths": {},
    },
}


def _python_backend(version: str) -> type[Any]:
    """openapi-spec-validator's class for the version with its Python schema validator, whatever is installed."""
    base = OpenAPIV31SpecValidator if version.startswith("3.1") else OpenAPIV30SpecValidator
    schema = schema_v31 if version.startswith("3.1") else schema_v30
    return type("PythonBackend", (base,), {"schema_validator": create_validator(dict(schema))})


def _errors(validator: Any) -> list[tuple[str, str, list[Any]]]:
    return [(type(e).__name__, e.message, list(e.absolute_path)) for e in validator.iter_errors()]


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_the_same_errors_as_the_python_backend(name: str) -> None:
    doc = DOCUMENTS[name]
    version = str(doc["openapi"])
    ours = _errors(spec_validator_class(version)(doc))
    assert ours == _errors(_python_backend(version)(doc))
    assert bool(ours) == (not name.startswith("valid"))


def test_the_python_schema_validator_runs_only_when_jsonschema_rs_finds_something(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gate = spec_validator_class("3.0.3").schema_validator
    asked: list[object] = []

    class Recording:
        def iter_errors(self, instance: Any) -> Any:
            asked.append(instance)
            return iter(())

    monkeypatch.setattr(gate, "python", Recording())
    valid = [DOCUMENTS["valid 3.0"], DOCUMENTS["valid, a YAML date as an example"]]  # any value may be an example
    for doc in valid:
        list(gate.iter_errors(doc))
    assert asked == []
    invalid = [DOCUMENTS["no info"], DOCUMENTS["a YAML date as the version (no JSON value)"]]  # jsonschema-rs
    for doc in invalid:  # cannot read the date where a string belongs: Python decides
        list(gate.iter_errors(doc))
    assert asked == invalid


def test_the_stock_schema_check_runs_only_when_jsonschema_rs_finds_something(monkeypatch: pytest.MonkeyPatch) -> None:
    from openapi_schema_validator import OAS30Validator

    checked: list[object] = []
    stock = OAS30Validator.check_schema

    def recording(schema: Any, *args: Any, **kwargs: Any) -> None:
        checked.append(schema)
        stock(schema, *args, **kwargs)

    monkeypatch.setattr(OAS30Validator, "check_schema", recording)
    assert _errors(spec_validator_class("3.0.3")(DOCUMENTS["valid 3.0"])) == []
    assert checked == []
    doc = DOCUMENTS["a pattern Python cannot compile"]
    [error] = _errors(spec_validator_class("3.0.3")(doc))
    assert checked == [doc["components"]["schemas"]["A"]] and "[unclosed" in error[1]


def test_id_list_is_a_list_answering_membership_from_a_set() -> None:
    ids = IdList()
    ids.append(3)
    ids.append(1)
    assert ids == [3, 1] and 1 in ids and 2 not in ids
