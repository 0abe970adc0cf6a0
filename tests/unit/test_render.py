"""generator/render.py: text filters, the response-metadata mixin, and templates that place the plan's values."""

from __future__ import annotations

import ast
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from jinja2 import Environment
from jinja2.filters import do_wordwrap

from generator.plan.error_table import status_error_names
from generator.render import (
    doc,
    tomlstr,
    with_plain_names,
    with_response_metadata,
    without_init_call,
    without_unread_copy,
    wordwrap,
)
from tests.unit._plans import json_body, json_response, path_param, run, spec

ITEM = {"type": "object", "properties": {"id": {"type": "string"}}}


def test_doc_text_cannot_end_or_escape_a_docstring() -> None:
    assert doc('say """hi""" now') == 'say \\"\\"\\"hi\\"\\"\\" now'
    assert doc("C:\\path") == "C:\\\\path"
    assert doc('ends with "') == 'ends with " '
    assert doc("bell\x07 tab\t") == "bell  tab\t"
    assert doc(None) == ""


def test_tomlstr_escapes() -> None:
    assert tomlstr('a "b" \\ c') == '"a \\"b\\" \\\\ c"'


def test_with_response_metadata_makes_a_model_a_plain_attrs_subclass() -> None:
    code = "from attrs import define as _attrs_define\n\n\n@_attrs_define\nclass Run:\n    id: int\n"
    out = with_response_metadata(code, "Run", ["id"])
    assert "@_attrs_define(slots=False)\nclass Run(ResponseMetadata):" in out
    assert "from .._core.response_metadata import ResponseMetadata\n" in out
    # a model with a field of one of the metadata names keeps the field and gets no mixin
    assert with_response_metadata(code, "Run", ["headers"]) == code
    assert with_response_metadata(code, "Other", ["id"]) == code


def test_with_response_metadata_answers_item_access_through_the_runtime() -> None:
    code = (
        "from attrs import define as _attrs_define\n\n\n@_attrs_define\nclass Run:\n    id: int\n\n"
        "    def __getitem__(self, key: str) -> Any:\n        return self.additional_properties[key]\n\n"
        "    def __contains__(self, key: str) -> bool:\n        return key in self.additional_properties\n"
    )
    out = with_response_metadata(code, "Run", ["id"])
    assert "return field_item(self, key, self.additional_properties)" in out
    assert "return has_field_item(self, key, self.additional_properties)" in out
    assert "from .._core.response_metadata import ResponseMetadata, field_item, has_field_item\n" in out


def test_with_plain_names_decorates_models_whose_fields_shadow_builtins() -> None:
    code = "from attrs import define as _attrs_define\n\n\n@_attrs_define\nclass View:\n    filter_: str\n"
    out = with_plain_names(code, "View", ["filter_", "type_", "class_", "name"])
    assert '@plain_names({"filter": "filter_", "type": "type_"})\n@_attrs_define\nclass View:' in out  # not class_
    assert "from .._core._types import plain_names\n" in out
    assert with_plain_names(code, "View", ["name"]) == code
    assert with_plain_names(code, "View", ["filter_", "filter"]) == code  # the plain name is taken already


_MODEL = (
    "@_attrs_define\nclass Link:\n    href: str | Unset = UNSET\n    type_: str | Unset = UNSET\n"
    "    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)\n\n"
    "    @classmethod\n    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:\n"
    '        d = dict(src_dict)\n        href = d.pop("href", UNSET)\n\n        type_ = d.pop("type", UNSET)\n\n'
    "        link = cls(\n            href=href,\n            type_=type_,\n        )\n\n"
    "        link.additional_properties = d\n        return link\n"
)


def test_without_init_call_assigns_every_field_of_the_new_model() -> None:
    out = without_init_call(_MODEL, ["href", "type_"])
    assert out.endswith(
        "        link = cls.__new__(cls)\n        link.href = href\n        link.type_ = type_\n\n"
        "        link.additional_properties = d if d else {}\n        return link\n"
    )
    assert out.startswith(_MODEL[: _MODEL.index("        link = cls(")])
    # the constructor stays when a field would be left unset: other keywords, or extras never assigned
    assert without_init_call(_MODEL, ["href", "type_", "rel"]) == _MODEL
    unassigned = _MODEL.replace("        link.additional_properties = d\n", "")
    assert without_init_call(unassigned, ["href", "type_"]) == unassigned
    closed = _MODEL.replace("    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)\n", "")
    assert "link = cls(\n" in without_init_call(closed, ["href", "type_"])
    named_like_it = _MODEL.replace("href", "link")
    assert without_init_call(named_like_it, ["link", "type_"]) == named_like_it


def test_without_unread_copy_iterates_the_source_of_a_model_without_fields() -> None:
    head = "    @classmethod\n    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:\n        d = dict(src_dict)\n"
    loop = "        for prop_name, prop_dict in d.items():\n            extra[prop_name] = Link.from_dict(prop_dict)\n"
    tail = "        return links\n\n    @property\n    def additional_keys(self) -> list[str]:\n        return []\n"
    out = without_unread_copy(head + loop + tail)
    assert (
        out == head.replace("        d = dict(src_dict)\n", "") + loop.replace(" d.items()", " src_dict.items()") + tail
    )
    popped = head + '        a = d.pop("a", UNSET)\n' + loop + tail
    kept = head + "        links.additional_properties = d\n" + tail
    assert without_unread_copy(popped) == popped and without_unread_copy(kept) == kept


def _methods(module: Path, class_name: str) -> dict[str, ast.FunctionDef | ast.AsyncFunctionDef]:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    (cls,) = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == class_name]
    return {n.name: n for n in cls.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}


def test_rendered_methods_are_exactly_the_planned_signatures(tmp_path: Path) -> None:
    """The template places the plan's ordered signature: same names, kinds, annotations and defaults."""
    params = [
        path_param("shelfId"),
        {"name": "list", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
    ]
    body = {"type": "object", "required": ["title"],
            "properties": {"title": {"type": "string"}, "tags": {"type": "array", "items": {"type": "string"}}}}  # fmt: skip
    doc_ = spec(
        {
            "/shelves/{shelfId}/books": {
                "post": {"operationId": "books.create", "parameters": params, "requestBody": json_body(body),
                         "responses": json_response(ITEM)},
                "get": {"operationId": "books.list", "parameters": [path_param("shelfId")],
                        "responses": json_response({"type": "array", "items": ITEM})},
            }
        }
    )  # fmt: skip
    result = run(tmp_path, doc_, tmp_path / "out", naming="dotted", async_prefix=True)
    assert result.output is not None
    module = result.output / "shop" / "resources" / "books.py"
    resource = result.plan.resources["books"]
    for class_name, async_twin in ((resource.class_name, True), ("Async" + resource.class_name, False)):
        methods = _methods(module, class_name)
        for op in resource.operations:
            names = [op.name, "a" + op.name] if async_twin else [op.name]
            for name in names:
                func = methods[name]
                twin = name != op.name
                signature = op.twin_signature if twin else op.signature
                args = func.args
                assert [a.arg for a in args.args] == ["self", *(a.name for a in signature if a.kind == "positional")]
                assert [a.arg for a in args.kwonlyargs] == [a.name for a in signature if a.kind == "keyword"]
                annotations = [ast.unparse(a.annotation) for a in [*args.args[1:], *args.kwonlyargs] if a.annotation]
                assert annotations == [a.annotation for a in signature]
                defaults = [ast.unparse(d) if d is not None else None for d in args.kw_defaults]
                assert defaults == [a.default for a in signature if a.kind == "keyword"]
                returns = (
                    op.twin_returns
                    if twin
                    else op.async_returns
                    if isinstance(func, ast.AsyncFunctionDef)
                    else op.returns
                )
                assert func.returns is not None and ast.unparse(func.returns) == returns
    create = next(op for op in resource.operations if op.name == "create")
    assert [a.annotation for a in create.signature][:2] == ["str", "str"]
    assert [op.name for op in resource.operations] == ["list", "create"]  # GET before POST
    assert "builtins.list[str] | Unset" in [a.annotation for a in create.signature]  # written after `def list`


def test_the_package_exports_every_error_class_of_the_runtime_table(tmp_path: Path) -> None:
    doc_ = spec({"/items": {"get": {"operationId": "list", "responses": json_response(ITEM)}}})
    result = run(tmp_path, doc_, tmp_path / "out")
    assert result.output is not None
    init = (result.output / "shop" / "__init__.py").read_text(encoding="utf-8")
    tree = ast.parse(init)
    exports = next(n.value for n in tree.body if isinstance(n, ast.AnnAssign) and ast.unparse(n.target) == "_EXPORTS")
    exported = ast.literal_eval(exports)
    for name in [*status_error_names(), "ApiError", "ParseError"]:
        assert exported[name] == "._core.errors"
        assert name in init.split("_EXPORTS")[0]  # imported for type checkers too


_TEXT = st.text(
    alphabet=st.sampled_from(["a", "b", " ", "\t", "\n", "\r", "\x0b", "\x1f", "-", ".", "\u00a0", "\u2028", "é"])
)


@given(text=_TEXT, width=st.integers(min_value=1, max_value=12), wrapstring=st.sampled_from([None, "\n    "]))
@settings(max_examples=500, deadline=None)
def test_wordwrap_is_jinjas(text: str, width: int, wrapstring: str | None) -> None:
    # render.wordwrap leaves textwrap out for lines that fit; the result must be Jinja's own filter's
    env = Environment(keep_trailing_newline=True)
    assert wordwrap(env, text, width, wrapstring=wrapstring) == do_wordwrap(env, text, width, wrapstring=wrapstring)
    assert wordwrap(env, text, width, False, None, False) == do_wordwrap(env, text, width, False, None, False)
