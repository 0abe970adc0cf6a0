"""Issue 14 §4: `4XX`/`5XX` ranges and `default` parse the error body of every status they cover, on the
matching typed error (exact > range > default); an operation documenting only `default` returns it on 2xx.

Spec: tests/corpus/unseen/error_ranges.yaml. Real HTTP on 127.0.0.1 (pytest-httpserver).
"""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from tests.wire._sdk import generated_sdk


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    yield from generated_sdk("error_ranges", tmp_path_factory.mktemp("wire"))


def _client(sdk: ModuleType, httpserver: HTTPServer) -> Any:
    return sdk.ErrorRanges(base_url=httpserver.url_for(""), max_retries=0)


@pytest.mark.parametrize(
    ("status", "body", "error", "model", "fields"),
    [
        (404, {"missing": "w1"}, "NotFoundError", "Missing", {"missing": "w1"}),  # exact beats 4XX
        (400, {"client": "bad"}, "BadRequestError", "ClientProblem", {"client": "bad"}),  # 4XX
        (418, {"client": "teapot"}, "ApiError", "ClientProblem", {"client": "teapot"}),  # 4XX, no class of its own
        (503, {"server": "down"}, "InternalServerError", "ServerProblem", {"server": "down"}),  # 5XX
        (302, {"problem": "moved"}, "ApiError", "Problem", {"problem": "moved"}),  # default covers the rest
    ],
)
def test_ranges_and_default_parse_error_bodies(
    sdk: ModuleType,
    httpserver: HTTPServer,
    status: int,
    body: dict[str, str],
    error: str,
    model: str,
    fields: dict[str, str],
) -> None:
    httpserver.expect_request("/widgets/w1", method="GET").respond_with_json(body, status=status)
    client = sdk.ErrorRanges(base_url=httpserver.url_for(""), max_retries=0, follow_redirects=False)
    with pytest.raises(sdk.ApiError) as info:
        client.widgets.get("w1")
    assert type(info.value).__name__ == error and info.value.status_code == status
    assert info.value.body == getattr(sdk.models, model)(**fields)


def test_a_body_that_does_not_match_its_model_is_kept_as_json(sdk: ModuleType, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/widgets/w1").respond_with_json({"unexpected": 1}, status=422)
    with pytest.raises(sdk.ApiError) as info:
        _client(sdk, httpserver).widgets.get("w1")
    assert type(info.value).__name__ == "UnprocessableEntityError" and info.value.body == {"unexpected": 1}


def test_default_only_errors_on_an_operation_with_a_success(sdk: ModuleType, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/widgets", method="POST", json={"id": "w2"}).respond_with_json(
        {"problem": "taken"}, status=409
    )
    with pytest.raises(sdk.ApiError) as info:
        _client(sdk, httpserver).widgets.create(request={"id": "w2"})
    assert type(info.value).__name__ == "ConflictError"
    assert info.value.body == sdk.models.Problem(problem="taken")


def test_only_default_documented_is_the_success_and_the_error(sdk: ModuleType, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/status").respond_with_json({"state": "ok"}, status=200)
    assert _client(sdk, httpserver).status.get() == sdk.models.Status(state="ok")
    httpserver.clear()
    httpserver.expect_request("/status").respond_with_json({"state": "degraded"}, status=503)
    with pytest.raises(sdk.InternalServerError) as info:
        _client(sdk, httpserver).status.get()
    assert info.value.body == sdk.models.Status(state="degraded")


def test_async_client_parses_ranges_too(sdk: ModuleType, httpserver: HTTPServer) -> None:
    import asyncio

    httpserver.expect_request("/widgets/w3").respond_with_json({"server": "boom"}, status=500)

    async def run() -> Any:
        async with sdk.AsyncErrorRanges(base_url=httpserver.url_for(""), max_retries=0) as client:
            await client.widgets.get("w3")

    with pytest.raises(sdk.InternalServerError) as info:
        asyncio.run(run())
    assert info.value.body == sdk.models.ServerProblem(server="boom")
