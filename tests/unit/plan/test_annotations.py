"""generator/plan/annotations.py: what an argument's annotation accepts beyond the parser's type."""

from __future__ import annotations

from pathlib import Path

from generator.plan.annotations import accept_header_list, accept_str_for_uuid, required_type
from tests.unit._plans import ITEM, json_response, plan_of, spec


def test_type_string_helpers() -> None:
    assert accept_str_for_uuid("UUID | Unset") == "str | UUID | Unset"
    assert accept_str_for_uuid("str | UUID") == "str | UUID"
    assert required_type("int | Unset", True) == "int"
    assert required_type("int | Unset", False) == "int | Unset"


def test_array_headers_also_take_a_list_of_their_item_type() -> None:
    assert accept_header_list("str | Unset", "integer") == "str | list[int] | Unset"
    assert accept_header_list("str", "string") == "str | list[str]"
    assert accept_header_list("str | Unset", None) == "str | Unset"  # not an array header


def test_unions_of_models_take_dicts_and_uploads_take_bytes_files_and_paths(tmp_path: Path) -> None:
    a = {"type": "object", "properties": {"a": {"type": "string"}}}
    b = {"type": "object", "properties": {"b": {"type": "string"}}}
    body = {
        "type": "object",
        "required": ["shape", "file"],
        "properties": {
            "shape": {"oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]},
            "maybe": {"oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]},
            "file": {"type": "string", "format": "binary"},
            "attachments": {"type": "array", "items": {"type": "string", "format": "binary"}},
        },
    }
    request = {"required": True, "content": {"multipart/form-data": {"schema": body}}}
    doc = spec({"/uploads": {"post": {"operationId": "upload", "requestBody": request, "responses": json_response(ITEM)}}},
               {"A": a, "B": b})  # fmt: skip
    (op,) = plan_of(tmp_path, doc).operations
    assert op.body is not None and op.body.kind == "multipart"
    fields = {f.python_name: (f.type_string, f.coerce) for f in op.body.fields}
    assert fields["shape"] == ("A | B | Mapping[str, Any]", ("model", "(A, B)"))
    assert fields["maybe"] == ("A | B | Mapping[str, Any] | Unset", ("model", "(A, B)"))  # dicts beside the models
    assert fields["file"] == ("File | bytes | IO[bytes] | os.PathLike[str]", ("file", "File"))
    assert fields["attachments"] == ("Sequence[File | bytes | IO[bytes] | os.PathLike[str]] | Unset", ("files", "File"))
