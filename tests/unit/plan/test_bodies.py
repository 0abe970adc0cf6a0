"""Request-body decisions (issue 14 §5): normalize `text_request_bodies`, the plan's body kinds, coercions and
annotations (`plan/bodies.py`, `plan/annotations.py`), and the values the SDK fills in (`plan/constants.py`). The bytes these put on the
wire are pinned by tests/wire/test_request_bodies*.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.normalize.text_bodies import TEXT_BODY_MARK, is_text, text_request_bodies
from tests.unit._plans import ITEM, json_body, json_response, operation, path_param, plan_of, spec


def _text_doc(request_type: str, response_type: str | None) -> dict[str, Any]:
    responses: dict[str, Any] = {"204": {"description": "ok"}}
    if response_type:
        responses = {"200": {"description": "ok", "content": {response_type: {"schema": {"type": "string"}}}}}
    body = {"required": True, "content": {request_type: {"schema": {"type": "string"}}}}
    return spec({"/notes": {"post": {"operationId": "notes.create", "requestBody": body, "responses": responses}}})


@pytest.mark.parametrize(
    ("media_type", "text"),
    [
        ("text/plain", True),
        ("text/csv; charset=utf-8", True),
        ("application/xml", True),
        ("application/atom+xml", True),
        ("application/x-yaml", True),
        ("application/json", False),
        ("application/octet-stream", False),
        ("image/png", False),
    ],
)
def test_which_media_types_are_text(media_type: str, text: bool) -> None:
    assert is_text(media_type) is text


def test_a_text_type_also_answered_is_re_keyed_for_the_parser_only() -> None:
    doc = _text_doc("text/plain", "text/plain")
    changes = text_request_bodies(doc)
    content = doc["paths"]["/notes"]["post"]["requestBody"]["content"]
    assert list(content) == ["text/plain; charset=utf-8"]
    assert content["text/plain; charset=utf-8"][TEXT_BODY_MARK] == "text/plain"
    assert [c.pointer for c in changes] == ["/paths/~1notes/post/requestBody/content/text~1plain"]


def test_a_text_type_no_answer_uses_keeps_its_key() -> None:
    doc = _text_doc("text/csv", None)
    text_request_bodies(doc)
    assert doc["paths"]["/notes"]["post"]["requestBody"]["content"]["text/csv"][TEXT_BODY_MARK] == "text/csv"


@pytest.mark.parametrize(
    ("request_type", "response_type", "charset"),
    [
        ("text/plain", "text/plain", "utf-8"),
        ("text/plain; charset=iso-8859-1", "text/plain; charset=iso-8859-1", "iso8859-1"),
        ("application/xml", "application/xml", "utf-8"),
    ],
)
def test_text_bodies_are_planned_as_str_with_their_declared_type(
    tmp_path: Path, request_type: str, response_type: str, charset: str
) -> None:
    plan = plan_of(tmp_path, _text_doc(request_type, response_type), naming="dotted", body_style="whole")
    op = operation(plan, "notes.create")
    assert op.body is not None and op.body.kind == "text" and op.body.content_type == request_type
    assert op.body.type_string == "str | File | bytes | IO[bytes] | os.PathLike[str]"
    assert op.call is not None and op.call.body == ("content", f'raw_body(request, "{charset}")')
    assert ("Content-Type", f'"{request_type}"') in op.call.headers
    assert not plan.skips


MODELS: dict[str, Any] = {
    "A": {"type": "object", "properties": {"aName": {"type": "string"}}},
    "B": {"type": "object", "properties": {"bName": {"type": "string"}}},
    "Upload": {"type": "object", "properties": {"files": {"type": "array", "items": {"type": "string", "format": "binary"}}}},
}  # fmt: skip


def test_unions_and_lists_of_unions_of_models_take_dicts(tmp_path: Path) -> None:
    union = {"oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]}
    body = {
        "type": "object",
        "properties": {
            "one": union,
            "many": {"type": "array", "items": union},
            "a": {"$ref": "#/components/schemas/A"},
        },
    }
    doc = spec({"/x": {"post": {"operationId": "x.send", "requestBody": json_body(body), "responses": {"204": {"description": "ok"}}}}}, MODELS)  # fmt: skip
    op = operation(plan_of(tmp_path, doc, naming="dotted"), "x.send")
    args = {a.name: a.annotation for a in op.signature}
    assert args["one"] == "A | B | Mapping[str, Any] | Unset"
    assert args["many"] == "Sequence[A | B | Mapping[str, Any]] | Unset"
    assert args["a"] == "A | Mapping[str, Any] | Unset"
    assert op.call is not None and op.call.body is not None
    assert "one=as_model((A, B), one)" in op.call.body[1] and "many=as_models((A, B), many)" in op.call.body[1]


def test_arrays_of_files_take_every_upload_form(tmp_path: Path) -> None:
    body = {"required": True, "content": {"multipart/form-data": {"schema": {"$ref": "#/components/schemas/Upload"}}}}
    doc = spec({"/u": {"post": {"operationId": "u.send", "requestBody": body, "responses": {"204": {"description": "ok"}}}}}, MODELS)  # fmt: skip
    op = operation(plan_of(tmp_path, doc, naming="dotted"), "u.send")
    args = {a.name: a.annotation for a in op.signature}
    assert args["files"] == "Sequence[File | bytes | IO[bytes] | os.PathLike[str]] | Unset"
    assert op.call is not None and op.call.body == ("files", "multipart_files(Upload(files=as_files(files)).to_dict())")


def test_required_single_value_properties_are_filled_in(tmp_path: Path) -> None:
    body = {
        "type": "object",
        "required": ["kind", "version", "name", "tag"],
        "properties": {
            "kind": {"type": "string", "enum": ["label"]},  # inline single-value enum
            "version": {"type": "integer", "enum": [2]},
            "name": {"type": "string"},
            "tag": {"$ref": "#/components/schemas/Tag"},  # a component enum keeps its name and stays required
            "mode": {"type": "string", "enum": ["fast"]},  # optional: left alone
        },
    }
    schemas = {"Tag": {"type": "string", "enum": ["only"]}}
    doc = spec({"/l": {"post": {"operationId": "l.send", "requestBody": json_body(body), "responses": {"204": {"description": "ok"}}}}}, schemas)  # fmt: skip
    op = operation(plan_of(tmp_path, doc, naming="dotted"), "l.send")
    defaults = {a.name: a.default for a in op.signature}
    assert defaults["kind"] == '"label"' and defaults["version"] == "2"
    assert defaults["name"] is None and defaults["tag"] is None and defaults["mode"] == "UNSET"
    assert [a.name for a in op.signature][:2] == ["name", "tag"]  # what the caller must pass comes first


def test_named_bodies_are_passed_whole_unless_flatten_named(tmp_path: Path) -> None:
    doc = spec(
        {
            "/items": {
                "post": {
                    "operationId": "create",
                    "requestBody": json_body({"$ref": "#/components/schemas/Item"}),
                    "responses": json_response(ITEM, "201"),
                }
            }
        },  # fmt: skip
        {"Item": ITEM},
    )
    (op,) = plan_of(tmp_path, doc).operations
    assert op.body is not None and not op.body.flattened
    assert (op.body.param_name, op.body.type_string, op.body.required) == ("request", "Item | Mapping[str, Any]", True)
    (flat,) = plan_of(tmp_path, doc, flatten_named=True).operations
    assert flat.body is not None and flat.body.flattened and flat.body.model_class == "Item"
    (whole,) = plan_of(tmp_path, doc, flatten_named=True, body_style="whole", body_param="data").operations
    assert whole.body is not None and not whole.body.flattened and whole.body.param_name == "data"


def test_read_only_fields_are_not_inputs_and_model_fields_take_dicts(tmp_path: Path) -> None:
    body = {
        "type": "object",
        "required": ["owner"],
        "properties": {
            "id": {"type": "string", "readOnly": True},
            "owner": {"$ref": "#/components/schemas/Owner"},
            "tags": {"type": "array", "items": {"$ref": "#/components/schemas/Owner"}},
            "old": {"type": "string", "deprecated": True},
        },
    }
    owner = {"type": "object", "properties": {"name": {"type": "string"}}}
    doc = spec({"/items": {"post": {"operationId": "create", "requestBody": json_body(body),
                                    "responses": json_response(ITEM)}}}, {"Owner": owner})  # fmt: skip
    (op,) = plan_of(tmp_path, doc).operations
    assert op.body is not None
    fields = {f.python_name: f for f in op.body.fields}
    assert list(fields) == ["owner", "tags", "old"]
    assert fields["owner"].type_string == "Owner | Mapping[str, Any]" and fields["owner"].coerce == ("model", "Owner")
    assert fields["tags"].type_string == "Sequence[Owner | Mapping[str, Any]] | Unset"
    assert fields["tags"].coerce == ("list", "Owner")
    assert fields["old"].deprecated and not fields["owner"].deprecated


def test_content_type_variants_become_their_own_methods(tmp_path: Path) -> None:
    semantic = "application/json; domain-model=semantic"
    body = {"content": {"application/json": {"schema": {"type": "array", "items": {"type": "object"}}},
                        semantic: {"schema": {"type": "object", "properties": {"kind": {"type": "string"}}}}}}  # fmt: skip
    doc = spec({"/flags/{key}": {"patch": {"operationId": "update", "parameters": [path_param("key")],
                                           "requestBody": body, "responses": json_response(ITEM)}}})  # fmt: skip
    variants = [
        {"method": "patch", "path": "/flags/{key}", "content_type": semantic, "name": "update_semantic"},
        {"method": "patch", "path": "/flags/{key}", "content_type": "text/nope", "name": "update_nope"},
    ]
    plan = plan_of(tmp_path, doc, content_types=variants)
    assert [op.name for op in plan.operations] == ["update", "update_semantic"]
    variant = plan.operations[1]
    assert variant.variant_of == "PATCH /flags/{key}" and variant.key == f"PATCH /flags/{{key}} ({semantic})"
    assert variant.body is not None and variant.body.content_type == semantic
    assert any("text/nope" in w and "does not accept" in w for w in plan.warnings)


def test_json_is_preferred_and_a_free_form_object_is_passed_whole(tmp_path: Path) -> None:
    free_form = {"type": "object", "additionalProperties": {"type": "string"}}
    form = {"type": "object", "properties": {"name": {"type": "string"}}}
    body = {
        "content": {"application/x-www-form-urlencoded": {"schema": form}, "application/json": {"schema": free_form}}
    }
    doc = spec({"/labels": {"put": {"operationId": "put", "requestBody": body, "responses": json_response(ITEM)}}})
    (op,) = plan_of(tmp_path, doc).operations
    assert op.body is not None
    assert (op.body.content_type, op.body.kind, op.body.flattened, op.body.fields) == (
        "application/json",
        "json",
        False,
        [],
    )


def test_a_required_write_only_field_is_a_required_argument(tmp_path: Path) -> None:
    user = {"type": "object", "required": ["password"], "properties": {
        "id": {"type": "string", "readOnly": True}, "password": {"type": "string", "writeOnly": True}}}  # fmt: skip
    doc = spec(
        {
            "/users": {
                "post": {"operationId": "create", "requestBody": json_body(user), "responses": json_response(ITEM)}
            }
        }
    )
    (op,) = plan_of(tmp_path, doc).operations
    assert op.body is not None
    assert [(f.python_name, f.required, f.type_string) for f in op.body.fields] == [("password", True, "str")]
