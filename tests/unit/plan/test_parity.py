"""Call-style mechanisms for drop-in parity with a previous SDK (issue 17): `positional: required`,
`param_aliases` (global and per override), method `aliases`, `type_modules` and `extensions`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.errors import ConfigError
from tests.unit._plans import json_body, json_response, operation, path_param, plan_of, run, spec

QUERY_BODY = {
    "/apps/{slug}/runs/{id}": {
        "post": {
            "operationId": "runApp",
            "tags": ["apps"],
            "parameters": [
                path_param("id"),
                path_param("slug"),
                {"name": "from", "in": "query", "required": True, "schema": {"type": "string"}},
                {"name": "verbose", "in": "query", "schema": {"type": "boolean"}},
            ],
            "requestBody": json_body(
                {
                    "type": "object",
                    "required": ["sql", "previewRows"],
                    "properties": {
                        "sql": {"type": "string"},
                        "hidden": {"type": "boolean"},
                        "previewRows": {"type": "integer"},
                    },
                }
            ),
            "responses": json_response({"type": "object"}),
        }
    }
}


def _shape(plan: Any, name: str) -> list[tuple[str, str, str | None]]:
    return [(a.name, a.kind, a.default) for a in operation(plan, name).signature]


def test_positional_required_follows_the_declared_order(tmp_path: Path) -> None:
    plan = plan_of(tmp_path, spec(QUERY_BODY), positional="required")
    assert _shape(plan, "apps.run_app")[:7] == [
        ("id", "positional", None),  # declared before slug, though the path names slug first
        ("slug", "positional", None),
        ("from_", "positional", None),
        ("sql", "positional", None),
        ("preview_rows", "positional", None),
        ("verbose", "keyword", "UNSET"),
        ("hidden", "keyword", "UNSET"),
    ]


def test_default_style_keeps_path_order_and_keywords(tmp_path: Path) -> None:
    plan = plan_of(tmp_path, spec(QUERY_BODY))
    shape = _shape(plan, "apps.run_app")
    assert [n for n, kind, _ in shape if kind == "positional"] == ["slug", "id"]


def test_param_aliases_make_the_target_optional_and_add_a_keyword(tmp_path: Path) -> None:
    plan = plan_of(
        tmp_path,
        spec(QUERY_BODY),
        param_aliases={"_from": "from_", "_absent": "nothing"},
        overrides=[
            {
                "method": "post",
                "path": "/apps/{slug}/runs/{id}",
                "aliases": ["run_app_0"],
                "param_aliases": {"query": "sql"},
            }
        ],  # fmt: skip
    )
    op = operation(plan, "apps.run_app")
    by_name = {a.name: a for a in op.signature}
    assert by_name["from_"].default == "UNSET" and by_name["from_"].required
    assert by_name["_from"].alias_of == "from_" and by_name["_from"].kind == "keyword"
    assert by_name["query"].alias_of == "sql" and by_name["sql"].required
    assert "_absent" not in by_name
    assert op.aliases == ("run_app_0",)


def test_generated_aliases_work_on_the_wire(tmp_path: Path) -> None:
    """The rendered method: `_from=` and `query=` stand in for `from_` and `sql`; missing both is a TypeError;
    the `_0` alias is the same method."""
    out = tmp_path / "out"
    run(
        tmp_path,
        spec(QUERY_BODY),
        out,
        param_aliases={"_from": "from_"},
        overrides=[
            {
                "method": "post",
                "path": "/apps/{slug}/runs/{id}",
                "aliases": ["run_app_0"],
                "param_aliases": {"query": "sql"},
            }
        ],  # fmt: skip
    )
    script = """
import json, httpx
from shop import Shop
seen = []
def handler(request):
    seen.append((str(request.url), json.loads(request.content)))
    return httpx.Response(200, json={})
client = Shop(base_url="http://test", httpx_client=httpx.Client(transport=httpx.MockTransport(handler)))
client.apps.run_app_0("s", "i", _from="yesterday", query="select 1", preview_rows=5)
try:
    client.apps.run_app("s", "i", preview_rows=5, sql="x")
except TypeError as exc:
    seen.append(str(exc))
print(json.dumps(seen))
"""
    proc = subprocess.run([sys.executable, "-c", script], cwd=out, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    first, error = __import__("json").loads(proc.stdout)
    assert first == ["http://test/apps/s/runs/i?from=yesterday", {"sql": "select 1", "previewRows": 5}]
    assert error == "run_app() missing required argument: 'from_'"


def test_config_rejects_a_bad_positional_style_and_a_missing_extension(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="positional"):
        plan_of(tmp_path, spec(QUERY_BODY), positional="all")
    with pytest.raises(ConfigError, match="no file"):
        plan_of(tmp_path, spec(QUERY_BODY), extensions=[{"module": "helpers", "client": "Helpers"}])
