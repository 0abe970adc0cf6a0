"""Request-body decisions (issue 14 §5): normalize `text_request_bodies`, the plan's body kinds, coercions and
annotations (`plan/build.py`), and the values the SDK fills in (`plan/constants.py`). The bytes these put on the
wire are pinned by tests/wire/test_request_bodies*.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.normalize.text_bodies import TEXT_BODY_MARK, is_text, text_request_bodies
from tests.unit._plans import json_body, operation, plan_of, spec


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
