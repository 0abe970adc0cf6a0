"""Issue 14 §2: query, path, header and cookie parameters follow OpenAPI `style` and `explode` on the wire.

Spec: tests/corpus/unseen/param_styles.yaml (and the Swagger 2.0 `collectionFormat` twin,
param_styles_swagger2.yaml). Each call goes over real HTTP to 127.0.0.1; the assertions are the exact
request target (path and query bytes as sent) and the exact header values, sync and async. The encoder's
table itself is checked cell by cell in test_parameter_styles_table.py.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.wire._sdk import generated_sdk

GADGETS = (
    "/gadgets?ids=a,b&sizes=1|2&colors=x&colors=y&filter[kind]=round&filter[max_price]=30"
    "&words=big%20red&box=w,3,h,4&lat=1.5&lon=-2.0&next=/a/b?c%3Dd%26e"
)


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    yield from generated_sdk("param_styles", tmp_path_factory.mktemp("wire"))


@pytest.fixture(scope="module")
def swagger2(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    yield from generated_sdk("param_styles_swagger2", tmp_path_factory.mktemp("wire2"))


def _record(httpserver: HTTPServer, body: Any) -> list[Request]:
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        return Response(json.dumps(body), status=200, content_type="application/json")

    httpserver.expect_request(re.compile(".*")).respond_with_handler(handler)
    return seen


def _target(request: Request) -> str:
    """The request target exactly as the client wrote it on the request line."""
    return str(request.environ["REQUEST_URI"])


def _gadgets_call(sdk: ModuleType) -> dict[str, Any]:
    models = sdk.models
    return {
        "ids": ["a", "b"],
        "sizes": [1, 2],
        "colors": ["x", "y"],
        "filter": models.GadgetFilter(kind="round", max_price=30),
        "words": ["big", "red"],
        "box": {"w": 3, "h": 4},
        "near": models.Point(lat=1.5, lon=-2.0),
        "next": "/a/b?c=d&e",
        "x_trace": "t-1",
        "x_tags": ["a", "b c"],
        "x_sizes": "1,2",
        "session": "s 1;x",
        "theme": "dark",
        "recent": ["a", "b c"],
        "pins": [1, 2],
    }


def test_issue_example_exact_query(sdk: ModuleType, httpserver: HTTPServer) -> None:
    seen = _record(httpserver, [])
    client = sdk.ParamStyles(base_url=httpserver.url_for(""), max_retries=0)
    client.gadgets.list(ids=["a", "b"], sizes=[1, 2], colors=["x", "y"])
    assert _target(seen[0]) == "/gadgets?ids=a,b&sizes=1|2&colors=x&colors=y"


def test_every_query_style_header_and_cookie_sync(sdk: ModuleType, httpserver: HTTPServer) -> None:
    seen = _record(httpserver, [{"id": "g1"}])
    client = sdk.ParamStyles(base_url=httpserver.url_for(""), max_retries=0)
    (gadget,) = client.gadgets.list(**_gadgets_call(sdk))
    assert gadget.id == "g1"
    (request,) = seen
    assert _target(request) == GADGETS
    assert request.headers["X-Trace"] == "t-1"
    assert (request.headers["X-Tags"], request.headers["X-Sizes"]) == ("a,b c", "1,2")  # a list, or pre-joined
    assert request.headers["Cookie"] == "session=s%201%3Bx; theme=dark; recent=a,b%20c; pins=1; pins=2"


def test_every_query_style_header_and_cookie_async(sdk: ModuleType, httpserver: HTTPServer) -> None:
    seen = _record(httpserver, [])

    async def call() -> None:
        async with sdk.AsyncParamStyles(base_url=httpserver.url_for(""), max_retries=0) as client:
            await client.gadgets.list(**_gadgets_call(sdk))

    asyncio.run(call())
    (request,) = seen
    assert _target(request) == GADGETS
    assert request.headers["Cookie"] == "session=s%201%3Bx; theme=dark; recent=a,b%20c; pins=1; pins=2"


def test_path_simple_label_matrix(sdk: ModuleType, httpserver: HTTPServer) -> None:
    seen = _record(httpserver, {"id": "g/1"})
    client = sdk.ParamStyles(base_url=httpserver.url_for(""), max_retries=0)
    assert client.gadgets.tone("g/1", "deep blue", 7).id == "g/1"

    async def call() -> None:
        async with sdk.AsyncParamStyles(base_url=httpserver.url_for(""), max_retries=0) as client:
            await client.gadgets.tone("g,2", "x.y", 8)

    asyncio.run(call())
    assert [_target(r) for r in seen] == [
        "/gadgets/g%2F1/shades/.deep%20blue/tones/;tone=7",
        "/gadgets/g%2C2/shades/.x.y/tones/;tone=8",
    ]


def test_path_arrays_and_objects(sdk: ModuleType, httpserver: HTTPServer) -> None:
    seen = _record(httpserver, None)
    client = sdk.ParamStyles(base_url=httpserver.url_for(""), max_retries=0)
    client.gadgets.shape([1, 2], sdk.models.Point(lat=1.5, lon=-2.0))
    client.gadgets.shape([3], {"lat": 0, "lon": 1})
    assert [_target(r) for r in seen] == ["/shapes/;dims=1,2/.lat=1.5.lon=-2.0", "/shapes/;dims=3/.lat=0.lon=1"]


def test_omitted_and_empty_parameters_are_not_sent(sdk: ModuleType, httpserver: HTTPServer) -> None:
    seen = _record(httpserver, [])
    client = sdk.ParamStyles(base_url=httpserver.url_for(""), max_retries=0)
    client.gadgets.list(ids=[], colors=["only"], filter={"kind": None})
    (request,) = seen
    assert _target(request) == "/gadgets?colors=only"
    assert "Cookie" not in request.headers


def test_what_the_table_cannot_express_is_sent_as_warned(sdk: ModuleType, httpserver: HTTPServer) -> None:
    seen = _record(httpserver, None)
    client = sdk.ParamStyles(base_url=httpserver.url_for(""), max_retries=0)
    client.oddities.list(grid="g", tags=["a", "b"], bars=["x", "y"], pairs=[[1, 2], [3]])
    assert _target(seen[0]) == "/oddities?grid=g&tags=a&tags=b&bars=x&bars=y&pairs=%5B1%2C2%5D&pairs=%5B3%5D"


def test_swagger2_collection_formats(swagger2: ModuleType, httpserver: HTTPServer) -> None:
    seen = _record(httpserver, [])
    client = swagger2.ParamStylesSwagger2(base_url=httpserver.url_for(""), max_retries=0)
    client.items.search(csv=["a", "b"], ssv=["c", "d"], pipes=["e", "f"], multi=["g", "h"], plain=["i", "j"])
    client.items.get(["k", "l"])
    assert [_target(r) for r in seen] == [
        "/items?csv=a,b&ssv=c%20d&pipes=e|f&multi=g&multi=h&plain=i,j",
        "/items/k,l",
    ]


def _warnings(sdk: ModuleType) -> list[str]:
    report = Path(sdk.__file__).parents[1] / "generation-report.json"
    return [str(w) for w in json.loads(report.read_text(encoding="utf-8"))["warnings"]]


def test_the_report_warns_with_the_pointer_of_each_parameter_the_table_cannot_express(
    sdk: ModuleType, swagger2: ModuleType
) -> None:
    at = "/paths/~1oddities/get/parameters/"
    pointers = sorted(w.split(":")[0] for w in _warnings(sdk) if w.startswith(("/paths/~1gadgets", at)))
    assert pointers == [
        "/paths/~1gadgets/get/parameters/7/allowReserved",
        f"{at}0",  # the validator: matrix is no query style
        f"{at}0/style",
        f"{at}1/style",
        f"{at}2/explode",
        f"{at}3/schema/items",
        f"{at}4/content",
    ]
    assert _warnings(swagger2) == [
        "/paths/~1items/get/parameters/2: Swagger collectionFormat 'tsv' of 'tsv' has no OpenAPI 3 style in query; "
        "sent as form, comma-separated"
    ]


def test_an_api_key_in_the_query_leaves_the_styled_query_as_it_was(httpserver: HTTPServer) -> None:
    """httpx's `copy_set_param` re-encodes a whole query (`ids=a,b` → `ids=a%2Cb`); the key is appended instead."""
    from generator.runtime._encode import ParamStyle
    from generator.runtime._request import ApiRequest
    from generator.runtime.auth import ApiKeyAuth
    from generator.runtime.http_client import SyncHttpClient

    seen = _record(httpserver, {})
    auth = ApiKeyAuth("k 1", query="api_key")
    with SyncHttpClient(base_url=httpserver.url_for(""), auth=auth, user_agent="u", logger_name="t") as client:
        request = ApiRequest(
            "GET", "/g", params={"ids": ["a", "b"], "s": [1, 2]}, query_styles={"ids": ParamStyle("form", explode=False),
            "s": ParamStyle("pipeDelimited", explode=False)},
        )  # fmt: skip
        client.request(request, cast=lambda response: response.json())
    assert _target(seen[0]) == "/g?ids=a,b&s=1|2&api_key=k%201"
