"""Example values for the docs: Python literals (never JSON), realistic, deterministic; hostile text stays harmless."""

from __future__ import annotations

import ast
import datetime
import importlib
import inspect
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.config import config_from_dict
from generator.docs import DocsContext, build_docs
from generator.docs.context import DocsBuilder
from generator.docs.examples import ExampleBuilder
from generator.docs.literals import FIXED_DATETIME_ISO, FIXED_UUID, pystr, string_for_name
from generator.docs.markdown import link_type, md_cell
from generator.pipeline import _openapi_python_client_config, _parse, generate
from generator.plan.build import build_plan
from generator.plan.model import SdkPlan
from generator.render import doc as doc_filter
from tests.docs.spec_server import sample_json
from tests.docs.test_snippets import python_blocks

HOSTILE = 'Ends a docstring """ here, \\ backslash, \\N{BULLET} and \\x00; a | pipe; <b>html</b>; "quoted"'
HOSTILE_MD = HOSTILE + "\n\n```python\nraise SystemExit('ran text from the spec')\n```\n# Not a heading"

SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Example API", "version": "2.1.0", "description": HOSTILE},
    "servers": [{"url": "https://api.example.test/v1"}],
    "security": [{"bearer": []}],
    "paths": {
        "/widgets/{widgetId}": {
            "parameters": [
                {"name": "widgetId", "in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}}
            ],
            "get": {
                "operationId": "widgets.get",
                "description": HOSTILE_MD,
                "parameters": [
                    {"name": "verbose", "in": "query", "required": True, "schema": {"type": "boolean"}},
                    {
                        "name": "since",
                        "in": "query",
                        "required": True,
                        "schema": {"type": "string", "format": "date-time"},
                    },
                    {"name": "limit", "in": "query", "required": True, "schema": {"type": "integer", "default": 25}},
                    {"name": "sort", "in": "query", "required": True, "schema": {"$ref": "#/components/schemas/Sort"}},
                    {
                        "name": "owner",
                        "in": "query",
                        "required": True,
                        "schema": {"type": "string"},
                        "examples": {"first": {"value": "ada@example.com"}},
                    },
                ],
                "responses": {
                    "200": {
                        "description": "The widget.",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}},
                    },
                    "404": {"description": "No such widget."},
                },
            },
            "put": {
                "operationId": "widgets.replace",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WidgetInput"}}},
                },
                "responses": {"204": {"description": "Replaced."}},
            },
        },
        "/widgets": {
            "post": {
                "operationId": "widgets.create",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["name", "enabled", "settings", "contact", "homepage"],
                                "properties": {
                                    "name": {"type": "string", "example": "Left-handed sprocket"},
                                    "enabled": {"type": "boolean", "example": False},
                                    "note": {"type": "string", "nullable": True},
                                    "contact": {"type": "string", "format": "email"},
                                    "homepage": {"type": "string", "format": "uri"},
                                    "settings": {"$ref": "#/components/schemas/Settings"},
                                },
                            }
                        }
                    },
                },
                "responses": {
                    "201": {
                        "description": "Created.",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}},
                    }
                },
            }
        },
    },
    "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "Sort": {"type": "string", "enum": ["newest", "oldest"]},
            "Settings": {
                "type": "object",
                "description": HOSTILE,
                "required": ["colour", "tags", "optional_flag"],
                "properties": {
                    "colour": {"type": "string", "enum": ["red", "green"]},
                    "tags": {"type": "array", "items": {"type": "string"}, "example": ["alpha", "beta"]},
                    "optional_flag": {"type": "boolean", "nullable": True, "example": None},
                    "weight": {"type": "number"},
                },
            },
            "WidgetInput": {
                "type": "object",
                "required": ["name", "created"],
                "properties": {
                    "name": {"type": "string", "description": HOSTILE},
                    "created": {"type": "string", "format": "date", "example": "2023-05-06"},
                },
            },
            "Widget": {
                "allOf": [
                    {"$ref": "#/components/schemas/WidgetInput"},
                    {
                        "type": "object",
                        "required": ["id", "owner"],
                        "properties": {
                            "id": {"type": "string", "format": "uuid"},
                            "owner": {"oneOf": [{"type": "string", "format": "email"}, {"type": "integer"}]},
                            "updatedAt": {"type": "string", "format": "date-time"},
                        },
                    },
                ]
            },
        },
    },
}

SDK_YAML = {
    "spec": "openapi.json",
    "package": "example_docs_sdk",
    "client": "Example",
    "async_client": "AsyncExample",
    "naming": "dotted",
    "auth": {"param": "token", "env_var": "EXAMPLE_TOKEN"},
}


def _plan(spec: dict[str, Any] | None = None) -> tuple[SdkPlan, Any]:
    doc = json.loads(json.dumps(spec or SPEC))
    config = config_from_dict(SDK_YAML)
    data = _parse(doc, _openapi_python_client_config(config, Path("unused"), "openapi.json"), "openapi.json")
    return build_plan(doc, config, data), data


def usage_example(plan: SdkPlan, data: Any, op: Any, is_async: bool) -> str:
    return DocsBuilder(plan, data).snippets.usage_example(op, is_async)


def _op(plan: SdkPlan, key: str) -> Any:
    return next(op for op in plan.operations if op.key == key)


def _names(code: str) -> set[str]:
    return {node.id for node in ast.walk(ast.parse(code)) if isinstance(node, ast.Name)}


def test_values_are_python_literals_from_the_spec() -> None:
    plan, data = _plan()
    code = usage_example(plan, data, _op(plan, "GET /widgets/{widgetId}"), False)
    compile(code, "example", "exec")
    assert f'UUID("{FIXED_UUID}")' in code
    assert "verbose=True" in code
    assert "since=datetime.datetime(2024, 1, 15, 9, 30, tzinfo=datetime.timezone.utc)" in code
    assert "limit=25" in code  # the default
    assert 'sort="newest"' in code or "sort=Sort.NEWEST" in code  # first enum value
    assert 'owner="ada@example.com"' in code  # parameter-level `examples`
    assert "import datetime" in code and "from uuid import UUID" in code
    assert not _names(code) & {"true", "false", "null"}


def test_nested_models_are_constructor_calls() -> None:
    plan, data = _plan()
    code = usage_example(plan, data, _op(plan, "POST /widgets"), False)
    compile(code, "example", "exec")
    assert 'name="Left-handed sprocket"' in code
    assert "enabled=False" in code
    assert 'contact="user@example.com"' in code
    assert 'homepage="https://example.com"' in code
    assert 'settings=Settings(colour="red", tags=["alpha", "beta"], optional_flag=True)' in code
    assert "from example_docs_sdk.models import Settings" in code
    replace = usage_example(plan, data, _op(plan, "PUT /widgets/{widgetId}"), True)
    compile(replace, "example", "exec")
    assert "request=WidgetInput(" in replace and "created=datetime.date(2023, 5, 6)" in replace
    assert "async with AsyncExample(" in replace and "asyncio.run(main())" in replace


def test_examples_are_deterministic() -> None:
    first_plan, first_data = _plan()
    second_plan, second_data = _plan()
    first = build_docs(first_plan, first_data)
    second = build_docs(second_plan, second_data)

    def flatten(ctx: DocsContext) -> list[tuple[str, str, str]]:
        return [(d.signature, d.sync_example, d.async_example) for d in ctx.ops]

    assert flatten(first) == flatten(second)
    assert first.snippets == second.snippets
    assert first.method_docs == second.method_docs


def test_string_heuristics() -> None:
    assert string_for_name("contactEmail") == "user@example.com"
    assert string_for_name("callback_url") == "https://example.com"
    assert string_for_name("x", "uuid") == FIXED_UUID
    assert string_for_name("x", "date-time") == FIXED_DATETIME_ISO
    assert string_for_name("shelfId") == "shelf_123"
    assert string_for_name("projectKey") == "my-project"
    assert pystr("it's") == '"it\'s"' and pystr('say "hi"') == "'say \"hi\"'"


def test_sample_json_answers_parse_with_the_schema() -> None:
    doc = json.loads(json.dumps(SPEC))
    body = sample_json(doc, {"$ref": "#/components/schemas/Widget"})
    assert body == {"name": "Example name", "created": "2024-01-15", "id": FIXED_UUID, "owner": "user@example.com"}
    assert sample_json(doc, {"$ref": "#/components/schemas/Sort"}) == "newest"
    assert sample_json(doc, {"type": ["null", "integer"]}) == 1
    assert json.dumps(sample_json(doc, {"$ref": "#/components/schemas/Settings"}))


def test_markdown_cells_and_type_links() -> None:
    assert md_cell("a | b\nc") == "a \\| b c"
    assert link_type("list[Book] | None | Unset", {"Book"}) == "`list`\\[[`Book`](models.md#book)\\] \\| `None`"


def test_doc_filter_neutralises_hostile_text() -> None:
    rendered = f'"""{doc_filter(HOSTILE)}"""'
    assert ast.literal_eval(rendered).rstrip() == HOSTILE  # a trailing quote gets a space so it cannot end the string
    assert ast.literal_eval(f'"""{doc_filter("ends with a quote" + chr(34))}"""').rstrip() == 'ends with a quote"'


def test_hostile_descriptions_cannot_break_generated_code(tmp_path: Path) -> None:
    """A whole SDK generated from a spec full of hostile text imports, and its docstrings keep the text."""
    spec_dir = tmp_path / "spec"
    spec_dir.mkdir()
    (spec_dir / "openapi.json").write_text(json.dumps(SPEC), encoding="utf-8")
    config = config_from_dict(SDK_YAML)
    out = tmp_path / "out" / "example"
    generate(spec_dir / "openapi.json", config, out, stream=open("/dev/null", "w"))  # noqa: SIM115
    for path in (out / "example_docs_sdk").rglob("*.py"):
        compile(path.read_text(encoding="utf-8"), str(path), "exec")
    sys.path.insert(0, str(out))
    try:
        module = importlib.import_module("example_docs_sdk.resources.widgets")
        text = inspect.getdoc(module.WidgetsResource.get) or ""
        assert 'Ends a docstring """ here, \\ backslash, \\N{BULLET}' in text
        models = importlib.import_module("example_docs_sdk.models")
        assert models.Settings.__doc__ is not None
    finally:
        sys.path.remove(str(out))
        for name in [n for n in sys.modules if n.startswith("example_docs_sdk")]:
            del sys.modules[name]
    readme = (out / "README.md").read_text(encoding="utf-8")
    reference = (out / "reference.md").read_text(encoding="utf-8")
    assert "<b>" not in readme and "<b>" not in reference
    assert "SystemExit" in reference and "\n# Not a heading" not in reference
    assert not any("SystemExit" in code for _, code in python_blocks(reference))
    for text in (readme, reference):
        for block in text.split("```python\n")[1:]:
            compile(block.split("```", 1)[0], "snippet", "exec")


@pytest.mark.parametrize("value", [datetime.datetime(2020, 2, 3, 4, 5, tzinfo=datetime.UTC), "2020-02-03T04:05:00Z"])
def test_yaml_datetimes_become_datetime_literals(value: Any) -> None:
    plan, data = _plan()
    prop = next(p for p in _op(plan, "GET /widgets/{widgetId}").params if p.python_name == "since").prop
    code = ExampleBuilder("pkg").value(prop, "since", value)
    assert code == "datetime.datetime(2020, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)"
