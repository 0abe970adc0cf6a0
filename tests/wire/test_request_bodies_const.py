"""Issue 14 §5: values the SDK fills in (`generator/plan/constants.py`), over real HTTP on 127.0.0.1, sync and
async. Spec: tests/corpus/unseen/const_fields.yaml (OAS 3.1 `const`, and single-value enums).

A required `const` or inline single-value enum is never passed by the caller and always sent: as the
default of a flattened body's keyword argument, of the model field, and added to a dict given for the
model (the wire-name table). An optional one is sent only when given."""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.wire._sdk import generated_sdk

MODES = ["sync", "async"]


def _models(sdk: ModuleType) -> ModuleType:
    return importlib.import_module(sdk.__name__ + ".models")


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    yield from generated_sdk("const_fields", tmp_path_factory.mktemp("wire"))


def _bodies(sdk: ModuleType, httpserver: HTTPServer, path: str, mode: str, invoke: Callable[[Any], Any]) -> bytes:
    seen: list[bytes] = []

    def handler(request: Request) -> Response:
        seen.append(request.get_data())
        return Response(status=201)

    httpserver.expect_request(path, method="POST").respond_with_handler(handler)
    options: dict[str, Any] = {"base_url": httpserver.url_for(""), "max_retries": 0}
    if mode == "sync":
        with sdk.ConstFields(**options) as client:
            invoke(client)
    else:

        async def run() -> None:
            async with sdk.AsyncConstFields(**options) as client:
                await invoke(client)

        asyncio.run(run())
    (body,) = seen
    return body


@pytest.mark.parametrize("mode", MODES)
def test_required_consts_are_filled_in_at_every_depth(sdk: ModuleType, httpserver: HTTPServer, mode: str) -> None:
    body = _bodies(sdk, httpserver, "/labels", mode, lambda c: c.labels.create(carrier="ups", parcel={"weight": 1.5}))
    assert body == b'{"schemaVersion":2,"carrier":"ups","parcel":{"weight":1.5,"unit":"kg"}}'


@pytest.mark.parametrize("mode", MODES)
def test_an_optional_const_is_sent_only_when_given(sdk: ModuleType, httpserver: HTTPServer, mode: str) -> None:
    parcel = _models(sdk).Parcel(weight=2.0)  # the model fills its const in too
    body = _bodies(
        sdk, httpserver, "/labels", mode, lambda c: c.labels.create(carrier="dhl", parcel=parcel, format="pdf")
    )
    assert body == b'{"schemaVersion":2,"carrier":"dhl","parcel":{"unit":"kg","weight":2.0},"format":"pdf"}'


@pytest.mark.parametrize("mode", MODES)
def test_single_value_enum_filled_in_for_a_dict_and_a_model(sdk: ModuleType, httpserver: HTTPServer, mode: str) -> None:
    from_dict = _bodies(sdk, httpserver, "/pickups", mode, lambda c: c.pickups.create(request={"window": "9-12"}))
    httpserver.clear()
    model = _models(sdk).Pickup(window="9-12")
    from_model = _bodies(sdk, httpserver, "/pickups", mode, lambda c: c.pickups.create(request=model))
    assert from_dict == b'{"window":"9-12","type":"pickup"}'
    assert from_model == b'{"type":"pickup","window":"9-12"}'


def test_the_caller_may_still_pass_a_const(sdk: ModuleType, httpserver: HTTPServer) -> None:
    body = _bodies(
        sdk,
        httpserver,
        "/labels",
        "sync",
        lambda c: c.labels.create(schema_version=2, carrier="ups", parcel={"unit": "kg", "weight": 1}),
    )
    assert body == b'{"schemaVersion":2,"carrier":"ups","parcel":{"unit":"kg","weight":1}}'
