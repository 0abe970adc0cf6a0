"""allOf inheritance over real HTTP on 127.0.0.1 (normalize/inheritance.py): a child's own property type
wins over the inherited one, and a base with a discriminator decodes as the subtype its value names."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from generator.cli import main as generator_main

SPEC = Path(__file__).resolve().parents[1] / "corpus" / "unseen" / "inheritance.yaml"


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Any:
    out = tmp_path_factory.mktemp("inheritance") / "inheritance"
    assert generator_main(["generate", str(SPEC), "--out", str(out), "--name", "inheritance"]) == 0
    sys.path.insert(0, str(out))
    import inheritance

    yield inheritance
    sys.path.remove(str(out))
    for name in [m for m in sys.modules if m == "inheritance" or m.startswith("inheritance.")]:
        del sys.modules[name]


@pytest.fixture(params=[False, True], ids=["lenient", "strict"])
def client(request: pytest.FixtureRequest, sdk: Any, httpserver: HTTPServer) -> Any:
    return sdk.Inheritance(base_url=httpserver.url_for(""), max_retries=0, strict_response_validation=request.param)


def test_a_child_narrowing_an_inherited_property_parses_it_as_its_own_type(
    sdk: Any, client: Any, httpserver: HTTPServer
) -> None:
    body = {"id": "e1", "kind": "export", "outcome": {"ok": True, "url": "https://x/e1.csv"}, "rows": 3}
    httpserver.expect_request("/exports/e1").respond_with_json(body)
    job = client.exports.get("e1")
    assert type(job.outcome) is sdk.models.ExportOutcome
    assert (job.outcome.ok, job.outcome.url, job.outcome.additional_properties, job.rows) == (
        True,
        "https://x/e1.csv",
        {},
        3,
    )


@pytest.mark.parametrize(
    ("kind", "cls"),
    [("export", "ExportJob"), ("ImportJob", "ImportJob"), ("archive", "Job")],  # mapping, schema name, unknown
)
def test_a_base_with_a_discriminator_returns_the_subtype_the_value_names(
    sdk: Any, client: Any, httpserver: HTTPServer, kind: str, cls: str
) -> None:
    body = {"id": "j1", "kind": kind, "outcome": {"ok": False}, "source": "s3", "rows": 1}
    httpserver.expect_request("/jobs/j1").respond_with_json(body)
    httpserver.expect_request("/jobs").respond_with_json({"items": [body]})
    job = client.jobs.get("j1")
    assert type(job) is getattr(sdk.models, cls) and job.kind == kind
    assert type(client.jobs.list().items[0]) is getattr(sdk.models, cls)
    if cls == "ImportJob":
        assert job.source == "s3"
    if cls == "Job":
        assert job.additional_properties == {"source": "s3", "rows": 1}
