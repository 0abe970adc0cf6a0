"""sdk.yaml `lro:` entries: validated against the planned operations of a small inline spec."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.config import config_from_dict
from generator.errors import ConfigError
from generator.pipeline import generate

RUN = {
    "type": "object",
    "required": ["id", "state"],
    "properties": {"id": {"type": "integer"}, "state": {"type": "string"}},
}
SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Jobs", "version": "1"},
    "paths": {
        "/jobs/{id}/runs": {
            "post": {
                "operationId": "jobs.start",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                "responses": {"202": {"description": "started", "content": {"application/json": {"schema": RUN}}}},
            }
        },
        "/jobs/{id}/runs/{run_id}": {
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}},
                {"name": "run_id", "in": "path", "required": True, "schema": {"type": "integer"}},
            ],
            "get": {
                "operationId": "jobs.status",
                "responses": {"200": {"description": "run", "content": {"application/json": {"schema": RUN}}}},
            },
            "delete": {"operationId": "jobs.stop", "responses": {"204": {"description": "stopped"}}},
        },
    },
}
START = {"method": "post", "path": "/jobs/{id}/runs"}
STATUS = {"method": "get", "path": "/jobs/{id}/runs/{run_id}"}


def plan(tmp_path: Path, lro: Any) -> Any:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump(SPEC), encoding="utf-8")
    config = config_from_dict(
        {
            "spec": "openapi.yaml",
            "package": "jobs",
            "client": "Jobs",
            "async_client": "AsyncJobs",
            "naming": "dotted",
            "lro": lro,
        }
    )
    return generate(spec, config, None, stream=io.StringIO())


def test_lro_is_planned_and_reported(tmp_path: Path) -> None:
    result = plan(
        tmp_path,
        [
            {
                "start": START,
                "status": STATUS,
                "cancel": {"method": "delete", "path": "/jobs/{id}/runs/{run_id}"},
                "terminal": ["done", "failed"],
                "failed": ["failed"],
            }
        ],
    )
    (lro,) = result.plan.lros
    assert (
        lro.name == "begin_start"
        and lro.status_args == ["id", "started.id"]
        and lro.cancel_args == ["id", "started.id"]
    )
    assert lro.states_kwargs == "terminal=('done', 'failed'), failed=('failed',)"
    assert result.report["lro"] == [
        {
            "python": "client.jobs.begin_start",
            "start": "POST /jobs/{id}/runs",
            "status": "GET /jobs/{id}/runs/{run_id}",
            "cancel": "DELETE /jobs/{id}/runs/{run_id}",
            "state": "state",
        }
    ]


@pytest.mark.parametrize(
    ("entry", "key"),
    [
        ({"start": START, "status": STATUS}, "lro[0]"),  # no pending/terminal
        ({"start": {"method": "post", "path": "/nope"}, "status": STATUS, "pending": ["x"]}, "lro[0].start"),
        ({"start": START, "status": STATUS, "pending": ["x"], "state_field": "phase"}, "lro[0].state_field"),
        ({"start": START, "status": STATUS, "pending": ["x"], "ids": {"run_id": "nope"}}, "lro[0].ids.run_id"),
        ({"start": START, "status": STATUS, "pending": ["x"], "name": "status"}, "lro[0].name"),
        ({"start": START, "status": STATUS, "pending": ["x"], "every": 3}, "lro[0].every"),
    ],
)
def test_bad_lro_entries_name_the_key(tmp_path: Path, entry: dict[str, Any], key: str) -> None:
    with pytest.raises(ConfigError) as info:
        plan(tmp_path, [entry])
    assert info.value.key == key
