"""A spec with an OAuth2 client-credentials flow gives a client that fetches and reuses its own token."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from generator.config import config_from_dict
from generator.pipeline import generate

SPEC = """
openapi: 3.0.3
info: {title: Gadgets, version: "1"}
servers: [{url: "https://gadgets.example"}]
security: [{machine: []}]
paths:
  /gadgets:
    get:
      operationId: gadgets.list
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, items: {type: string}}
components:
  securitySchemes:
    machine:
      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: /oauth/token
          scopes: {read: read gadgets}
"""


@pytest.fixture(scope="module")
def gadgets(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("oauth")
    (root / "openapi.yaml").write_text(SPEC)
    config = config_from_dict(
        {
            "spec": "openapi.yaml",
            "package": "gadgets_sdk",
            "client": "Gadgets",
            "async_client": "AsyncGadgets",
            "naming": "dotted",
            "auth": {"param": "token", "env_var": "GADGETS_TOKEN"},
        }  # fmt: skip
    )
    generate(root / "openapi.yaml", config, root / "gadgets", stream=io.StringIO())
    sys.path.insert(0, str(root / "gadgets"))
    import gadgets_sdk

    yield gadgets_sdk
    sys.path.remove(str(root / "gadgets"))


def test_client_credentials_token_fetched_once_and_sent(gadgets, httpserver: HTTPServer, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("GADGETS_TOKEN", raising=False)
    httpserver.expect_request("/oauth/token", method="POST").respond_with_json(
        {"access_token": "minted-1", "token_type": "bearer", "expires_in": 3600}
    )
    httpserver.expect_request("/gadgets").respond_with_json(["a", "b"])
    client = gadgets.Gadgets(client_id="id-1", client_secret="s3cret", base_url=httpserver.url_for(""))
    assert client.gadgets.list() == ["a", "b"]
    assert client.gadgets.list() == ["a", "b"]
    paths = [r.path for r, _ in httpserver.log]
    assert paths == ["/oauth/token", "/gadgets", "/gadgets"]
    token_request = httpserver.log[0][0]
    assert "grant_type=client_credentials" in token_request.get_data(as_text=True)
    assert httpserver.log[1][0].headers["Authorization"] == "Bearer minted-1"
    assert "s3cret" not in repr(client)


def test_bearer_token_still_accepted(gadgets, httpserver: HTTPServer) -> None:  # type: ignore[no-untyped-def]
    httpserver.expect_request("/gadgets").respond_with_json([])
    gadgets.Gadgets(token="static", base_url=httpserver.url_for("")).gadgets.list()
    assert httpserver.log[0][0].headers["Authorization"] == "Bearer static"


def test_no_credentials_names_all_options(gadgets, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for var in ("GADGETS_TOKEN", "GADGETS_SDK_CLIENT_ID", "GADGETS_SDK_CLIENT_SECRET"):
        monkeypatch.delenv(var, raising=False)
    with pytest.raises(ValueError, match="GADGETS_TOKEN"):
        gadgets.Gadgets()


def test_generated_oauth_client_is_mypy_strict_clean(gadgets) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    project = Path(gadgets.__file__).parent.parent
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "gadgets_sdk"],
        cwd=project, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout
