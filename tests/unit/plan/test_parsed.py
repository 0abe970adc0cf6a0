"""generator/plan/parsed.py: spec text without object reprs, path shapes, `$ref`s, and sdk.yaml list sections."""

from __future__ import annotations

from typing import Any

import pytest
from openapi_python_client.strings import PythonIdentifier

from generator.errors import ConfigError
from generator.plan.parsed import config_entries, path_shape, resolve, text


class _Untrusted:
    def get_untrusted_value(self) -> str:
        return "the value as written"


def test_text_unwraps_untrusted_strings_and_hides_object_reprs() -> None:
    assert text(_Untrusted()) == "the value as written"
    assert text(None) == ""
    assert text("status code <some.module.Code object at 0x7f3a2b1c> invalid") == "status code <value> invalid"
    assert text(PythonIdentifier("name", "field_")) == "name"


def test_path_shape_blanks_parameter_names() -> None:
    assert path_shape("/shelves/{shelfId}/books/{book_id}") == "/shelves/{}/books/{}"
    assert path_shape("/shelves") == "/shelves"


def test_resolve_follows_local_refs_and_gives_an_empty_mapping_for_a_missing_one() -> None:
    doc: dict[str, Any] = {"components": {"schemas": {"Book": {"type": "object"}}}}
    assert resolve(doc, {"$ref": "#/components/schemas/Book"}) == {"type": "object"}
    assert resolve(doc, {"$ref": "#/components/schemas/Missing"}) == {}
    assert resolve(doc, {"type": "string"}) == {"type": "string"}


def test_config_entries_name_each_entry_by_its_key() -> None:
    raw = [{"method": "get"}, {"method": "post"}]
    assert list(config_entries("sdk.yaml", "lro", raw, "{method}")) == [("lro[0]", raw[0]), ("lro[1]", raw[1])]
    assert list(config_entries("sdk.yaml", "lro", None, "{method}")) == []


@pytest.mark.parametrize(
    ("raw", "known", "message"),
    [
        ({"method": "get"}, (), "sdk.yaml: pagination: expected a list of {method, path}"),
        ([{"method": "get"}, "get /x"], (), "sdk.yaml: pagination[1]: expected a mapping {method, path}"),
        ([{"method": "get", "stlye": "x"}], ("method", "style"), "sdk.yaml: pagination[0].stlye: unknown key (known: method, style)"),
    ],
)  # fmt: skip
def test_config_entries_refuse_what_is_not_a_list_of_known_mappings(
    raw: object, known: tuple[str, ...], message: str
) -> None:
    with pytest.raises(ConfigError) as info:
        list(config_entries("sdk.yaml", "pagination", raw, "{method, path}", known))
    assert str(info.value) == message
