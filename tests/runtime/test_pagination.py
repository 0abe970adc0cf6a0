"""Pagers over a real local HTTP server: every style, multi-page sequences and buggy servers."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from generator.runtime._request import ApiRequest
from generator.runtime.errors import NotFoundError
from generator.runtime.http_client import AsyncHttpClient, SyncHttpClient
from generator.runtime.pagination import (
    DEFAULT_MAX_PAGES,
    AsyncPager,
    CursorStrategy,
    NextLinkStrategy,
    NoNextPageError,
    OffsetStrategy,
    PageNumberStrategy,
    SyncPager,
)
from generator.runtime.raw_response import RawResponse, to_async_raw_response, to_raw_response

ITEMS = [{"id": i} for i in range(1, 8)]  # 7 items


def parse(response: httpx.Response) -> dict[str, Any]:
    """Stands in for a generated `_parse_*` function: the page model is the decoded body."""
    body: dict[str, Any] = response.json()
    return body


def _json(payload: Any, headers: dict[str, str] | None = None) -> Response:
    return Response(json.dumps(payload), status=200, content_type="application/json", headers=headers)


def serve(httpserver: HTTPServer, path: str, handler: Callable[[Request], Response]) -> list[dict[str, str]]:
    """Register a handler; returns the list of query args each request carried."""
    seen: list[dict[str, str]] = []

    def wrapped(request: Request) -> Response:
        seen.append(request.args.to_dict())
        return handler(request)

    httpserver.expect_request(path).respond_with_handler(wrapped)
    return seen


# -- servers ------------------------------------------------------------------------------------------------


def cursor_server(request: Request) -> Response:
    """Frame.io style: `after` cursor + `page_size`, `links.next` in the body."""
    start = int(request.args.get("after", "0").lstrip("c") or 0)
    size = int(request.args.get("page_size", "3"))
    chunk = ITEMS[start : start + size]
    following = start + size
    link = f"/v4/things?after=c{following}&page_size={size}" if following < len(ITEMS) else None
    return _json({"data": chunk, "links": {"next": link}})


def token_server(request: Request) -> Response:
    """LaunchDarkly contexts style: `continuationToken` in the query and the body."""
    start = int(request.args.get("continuationToken", "0"))
    chunk = ITEMS[start : start + 3]
    following = start + 3
    return _json({"items": chunk, "continuationToken": str(following) if following < len(ITEMS) else None})


def offset_server(request: Request) -> Response:
    offset = int(request.args.get("offset", "0"))
    limit = int(request.args.get("limit", "3"))
    return _json({"items": ITEMS[offset : offset + limit], "totalCount": len(ITEMS)})


def page_server(request: Request) -> Response:
    """Flatfile style: `pageNumber` + `pageSize`, `pagination.pageCount`."""
    number = int(request.args.get("pageNumber", "1"))
    size = int(request.args.get("pageSize", "3"))
    chunk = ITEMS[(number - 1) * size : number * size]
    count = -(-len(ITEMS) // size)
    return _json({"data": chunk, "pagination": {"currentPage": number, "pageCount": count, "totalCount": len(ITEMS)}})


def link_server(request: Request) -> Response:
    """LaunchDarkly style: `_links.next.href` (absolute path), limit/offset inside the link."""
    offset = int(request.args.get("offset", "0"))
    chunk = ITEMS[offset : offset + 3]
    links: dict[str, Any] = {"self": {"href": f"/api/things?offset={offset}"}}
    if offset + 3 < len(ITEMS):
        links["next"] = {"href": f"/api/things?limit=3&offset={offset + 3}"}
    return _json({"items": chunk, "_links": links})


def header_link_server(request: Request) -> Response:
    """GitHub style: a bare array body, `Link: <...>; rel="next"`."""
    number = int(request.args.get("page", "1"))
    chunk = ITEMS[(number - 1) * 3 : number * 3]
    headers = {}
    if number * 3 < len(ITEMS):
        headers["Link"] = f'<?page={number + 1}>; rel="next", <?page=1>; rel="first"'
    return Response(json.dumps(chunk), status=200, content_type="application/json", headers=headers)


def ids(items: Any) -> list[int]:
    return [item["id"] for item in items]


@pytest.fixture
def client(httpserver: HTTPServer) -> Any:
    with SyncHttpClient(base_url=httpserver.url_for("/"), user_agent="t", logger_name="t", max_retries=0) as c:
        yield c


# -- every style, sync ---------------------------------------------------------------------------------------


def test_cursor_from_next_link_query(client: SyncHttpClient, httpserver: HTTPServer) -> None:
    seen = serve(httpserver, "/v4/things", cursor_server)
    pager = SyncPager.start(
        client,
        ApiRequest("GET", "/v4/things", params={"page_size": 3, "sort": "name"}),
        strategy=CursorStrategy(param="after", next_link="links.next"),
        items=("data",),
        cast=parse,
    )
    assert len(seen) == 1  # the first page is fetched at the call
    assert ids(pager) == [1, 2, 3, 4, 5, 6, 7]
    assert seen == [
        {"page_size": "3", "sort": "name"},
        {"page_size": "3", "sort": "name", "after": "c3"},
        {"page_size": "3", "sort": "name", "after": "c6"},
    ]


def test_cursor_from_body_field(client: SyncHttpClient, httpserver: HTTPServer) -> None:
    seen = serve(httpserver, "/contexts", token_server)
    pager = SyncPager.start(
        client,
        ApiRequest("GET", "/contexts"),
        strategy=CursorStrategy(param="continuationToken", cursor_field="continuationToken"),
        items=("items",),
        cast=parse,
    )
    assert ids(pager) == [1, 2, 3, 4, 5, 6, 7]
    assert [s.get("continuationToken") for s in seen] == [None, "3", "6"]


def test_cursor_from_header(client: SyncHttpClient, httpserver: HTTPServer) -> None:
    def handler(request: Request) -> Response:
        start = int(request.args.get("token", "0"))
        headers = {"X-Continuation": str(start + 3)} if start + 3 < len(ITEMS) else {}
        return _json({"items": ITEMS[start : start + 3]}, headers)

    serve(httpserver, "/h", handler)
    pager = SyncPager.start(
        client,
        ApiRequest("GET", "/h"),
        strategy=CursorStrategy(param="token", cursor_header="X-Continuation"),
        items=("items",),
        cast=parse,
    )
    assert ids(pager) == [1, 2, 3, 4, 5, 6, 7]


def test_offset_with_total(client: SyncHttpClient, httpserver: HTTPServer) -> None:
    seen = serve(httpserver, "/flags", offset_server)
    pager = SyncPager.start(
        client,
        ApiRequest("GET", "/flags", params={"limit": 3}),
        strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
        items=("items",),
        cast=parse,
    )
    assert ids(pager) == [1, 2, 3, 4, 5, 6, 7]
    assert [s.get("offset") for s in seen] == [None, "3", "6"]  # never asks for offset 9 (past the total)


def test_offset_without_total_stops_on_short_page(client: SyncHttpClient, httpserver: HTTPServer) -> None:
    def handler(request: Request) -> Response:
        offset = int(request.args.get("offset", "0"))
        return _json({"items": ITEMS[offset : offset + 3]})

    seen = serve(httpserver, "/flags", handler)
    pager = SyncPager.start(
        client,
        ApiRequest("GET", "/flags", params={"limit": 3}),
        strategy=OffsetStrategy(),
        items=("items",),
        cast=parse,
    )
    assert ids(pager) == [1, 2, 3, 4, 5, 6, 7]
    assert len(seen) == 3


def test_offset_with_next_link_stops_when_link_missing(client: SyncHttpClient, httpserver: HTTPServer) -> None:
    seen = serve(httpserver, "/api/things", link_server)
    pager = SyncPager.start(
        client,
        ApiRequest("GET", "/api/things", params={"limit": 3}),
        strategy=OffsetStrategy(next_link="_links.next"),
        items=("items",),
        cast=parse,
    )
    assert ids(pager) == [1, 2, 3, 4, 5, 6, 7]
    assert len(seen) == 3


def test_page_number_with_page_count(client: SyncHttpClient, httpserver: HTTPServer) -> None:
    seen = serve(httpserver, "/files", page_server)
    pager = SyncPager.start(
        client,
        ApiRequest("GET", "/files", params={"pageSize": 3}),
        strategy=PageNumberStrategy(
            page_param="pageNumber", size_param="pageSize", page_count_field="pagination.pageCount"
        ),
        items=("data",),
        cast=parse,
    )
    assert ids(pager) == [1, 2, 3, 4, 5, 6, 7]
    assert [s.get("pageNumber") for s in seen] == [None, "2", "3"]


def test_page_number_exact_multiple_uses_page_count(client: SyncHttpClient, httpserver: HTTPServer) -> None:
    seen = serve(httpserver, "/files", page_server)
    pager = SyncPager.start(
        client,
        ApiRequest("GET", "/files", params={"pageSize": 7}),
        strategy=PageNumberStrategy(
            page_param="pageNumber", size_param="pageSize", page_count_field="pagination.pageCount"
        ),
        items=("data",),
        cast=parse,
    )
    assert ids(pager) == [1, 2, 3, 4, 5, 6, 7]
    assert len(seen) == 1  # full page, but page 1 of 1


def test_page_number_without_size_uses_first_page_length(client: SyncHttpClient, httpserver: HTTPServer) -> None:
    def handler(request: Request) -> Response:  # Civis style: page_num, no page metadata at all
        number = int(request.args.get("page_num", "1"))
        return Response(json.dumps(ITEMS[(number - 1) * 3 : number * 3]), content_type="application/json")

    seen = serve(httpserver, "/scripts", handler)
    pager = SyncPager.start(
        client,
        ApiRequest("GET", "/scripts"),
        strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
        cast=lambda r: r.json(),
    )
    assert ids(pager) == [1, 2, 3, 4, 5, 6, 7]
    assert [s.get("page_num") for s in seen] == [None, "2", "3"]


def test_next_link_in_body(client: SyncHttpClient, httpserver: HTTPServer) -> None:
    seen = serve(httpserver, "/api/things", link_server)
    pager = SyncPager.start(
        client,
        ApiRequest("GET", "/api/things", params={"filter": "x"}),
        strategy=NextLinkStrategy(next_link="_links.next"),
        items=("items",),
        cast=parse,
    )
    assert ids(pager) == [1, 2, 3, 4, 5, 6, 7]
    assert seen[1] == {"filter": "x", "limit": "3", "offset": "3"}  # link query merged over the call's


def test_next_link_header(client: SyncHttpClient, httpserver: HTTPServer) -> None:
    seen = serve(httpserver, "/repos", header_link_server)
    pager = SyncPager.start(client, ApiRequest("GET", "/repos"), strategy=NextLinkStrategy(), cast=lambda r: r.json())
    assert ids(pager) == [1, 2, 3, 4, 5, 6, 7]
    assert [s.get("page") for s in seen] == [None, "2", "3"]


# -- pages, max_items, next_page ------------------------------------------------------------------------------


def test_iter_pages_gives_items_model_and_response(client: SyncHttpClient, httpserver: HTTPServer) -> None:
    serve(httpserver, "/files", page_server)
    pager = SyncPager.start(
        client,
        ApiRequest("GET", "/files", params={"pageSize": 3}),
        strategy=PageNumberStrategy(page_param="pageNumber", size_param="pageSize"),
        items=("data",),
        cast=parse,
    )
    pages = list(pager.iter_pages())
    assert [ids(p.items) for p in pages] == [[1, 2, 3], [4, 5, 6], [7]]
    assert pages[1].data["pagination"]["currentPage"] == 2
    assert isinstance(pages[2].response, httpx.Response) and pages[2].response.status_code == 200
    assert not pages[2].has_next_page()
    # Iterating again starts over from the first page.
    assert ids(pager) == [1, 2, 3, 4, 5, 6, 7]


def test_max_items_stops_fetching(client: SyncHttpClient, httpserver: HTTPServer) -> None:
    seen = serve(httpserver, "/flags", offset_server)
    pager = SyncPager.start(
        client,
        ApiRequest("GET", "/flags", params={"limit": 3}),
        strategy=OffsetStrategy(total_field="totalCount"),
        items=("items",),
        cast=parse,
        max_items=4,
    )
    assert ids(pager) == [1, 2, 3, 4]
    assert len(seen) == 2


def test_next_page_by_hand(client: SyncHttpClient, httpserver: HTTPServer) -> None:
    serve(httpserver, "/contexts", token_server)
    pager = SyncPager.start(
        client,
        ApiRequest("GET", "/contexts"),
        strategy=CursorStrategy(param="continuationToken", cursor_field="continuationToken"),
        items=("items",),
        cast=parse,
    )
    assert ids(pager.current_page.items) == [1, 2, 3]
    assert pager.has_next_page()
    assert ids(pager.next_page().items) == [4, 5, 6]
    assert ids(pager.next_page().items) == [7]
    assert not pager.has_next_page()
    with pytest.raises(NoNextPageError):
        pager.next_page()
    assert ids(pager.first_page.items) == [1, 2, 3]


def test_pager_as_iterator(client: SyncHttpClient, httpserver: HTTPServer) -> None:
    serve(httpserver, "/flags", offset_server)
    pager = SyncPager.start(
        client,
        ApiRequest("GET", "/flags"),
        strategy=OffsetStrategy(total_field="totalCount"),
        items=("items",),
        cast=parse,
    )
    assert next(pager)["id"] == 1
    assert next(pager)["id"] == 2


def test_error_raises_at_call(client: SyncHttpClient, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/missing").respond_with_json({"message": "no"}, status=404)
    with pytest.raises(NotFoundError):
        SyncPager.start(client, ApiRequest("GET", "/missing"), strategy=OffsetStrategy(), items=("items",), cast=parse)


def test_error_on_later_page_raises_while_iterating(client: SyncHttpClient, httpserver: HTTPServer) -> None:
    def handler(request: Request) -> Response:
        if request.args.get("offset"):
            return Response('{"message": "gone"}', status=404, content_type="application/json")
        return _json({"items": ITEMS[:3], "totalCount": 7})

    serve(httpserver, "/flags", handler)
    pager = SyncPager.start(
        client,
        ApiRequest("GET", "/flags"),
        strategy=OffsetStrategy(total_field="totalCount"),
        items=("items",),
        cast=parse,
    )
    got: list[int] = []
    with pytest.raises(NotFoundError):
        for item in pager:
            got.append(item["id"])
    assert got == [1, 2, 3]


def test_raw_mode_returns_first_page_response(client: SyncHttpClient, httpserver: HTTPServer) -> None:
    serve(httpserver, "/flags", offset_server)

    def list_flags() -> SyncPager[Any]:
        return SyncPager.start(
            client,
            ApiRequest("GET", "/flags", params={"limit": 3}),
            strategy=OffsetStrategy(total_field="totalCount"),
            items=("items",),
            cast=parse,
        )

    raw = to_raw_response(list_flags)()
    assert isinstance(raw, RawResponse) and raw.status_code == 200
    assert isinstance(raw.data, SyncPager)
    assert raw.data.current_page.data["totalCount"] == 7
    assert ids(raw.data) == [1, 2, 3, 4, 5, 6, 7]  # later pages are fetched normally


def test_empty_first_page(client: SyncHttpClient, httpserver: HTTPServer) -> None:
    seen = serve(httpserver, "/e", lambda r: _json({"data": [], "links": {"next": "/e?after=x"}}))
    pager = SyncPager.start(
        client,
        ApiRequest("GET", "/e"),
        strategy=CursorStrategy(param="after", next_link="links.next"),
        items=("data",),
        cast=parse,
    )
    assert list(pager) == [] and not pager.has_next_page() and len(seen) == 1


# -- buggy servers: never loop forever -------------------------------------------------------------------------


def test_repeated_cursor_stops(client: SyncHttpClient, httpserver: HTTPServer) -> None:
    def handler(request: Request) -> Response:  # a -> b -> a -> b ...
        token = request.args.get("cursor")
        following = "b" if token in (None, "a") else "a"
        return _json({"items": [{"id": len(request.args) + ord(following)}], "next_cursor": following})

    seen = serve(httpserver, "/loop", handler)
    pager = SyncPager.start(
        client,
        ApiRequest("GET", "/loop"),
        strategy=CursorStrategy(param="cursor", cursor_field="next_cursor"),
        items=("items",),
        cast=parse,
    )
    list(pager)
    assert [s.get("cursor") for s in seen] == [None, "b", "a"]  # "b" would repeat: stop


def test_same_cursor_returned_stops(client: SyncHttpClient, httpserver: HTTPServer) -> None:
    seen = serve(httpserver, "/same", lambda r: _json({"items": [{"id": 1}], "next_cursor": "stuck"}))
    pager = SyncPager.start(
        client,
        ApiRequest("GET", "/same"),
        strategy=CursorStrategy(param="cursor", cursor_field="next_cursor"),
        items=("items",),
        cast=parse,
    )
    assert ids(pager) == [1]  # second request returns the identical page: dropped
    assert len(seen) == 2


def test_missing_cursor_stops(client: SyncHttpClient, httpserver: HTTPServer) -> None:
    seen = serve(httpserver, "/nocursor", lambda r: _json({"items": [{"id": 1}]}))
    pager = SyncPager.start(
        client,
        ApiRequest("GET", "/nocursor"),
        strategy=CursorStrategy(param="cursor", cursor_field="next_cursor"),
        items=("items",),
        cast=parse,
    )
    assert ids(pager) == [1] and len(seen) == 1


def test_same_page_forever_stops(client: SyncHttpClient, httpserver: HTTPServer) -> None:
    seen = serve(httpserver, "/ignored", lambda r: _json({"items": ITEMS[:3]}))  # ignores offset
    pager = SyncPager.start(
        client,
        ApiRequest("GET", "/ignored", params={"limit": 3}),
        strategy=OffsetStrategy(),
        items=("items",),
        cast=parse,
    )
    assert ids(pager) == [1, 2, 3]
    assert len(seen) == 2


def test_offset_past_total_stops(client: SyncHttpClient, httpserver: HTTPServer) -> None:
    def handler(request: Request) -> Response:  # claims a total of 4 but keeps sending full pages
        offset = int(request.args.get("offset", "0"))
        return _json({"items": [{"id": offset + i} for i in range(3)], "totalCount": 4})

    seen = serve(httpserver, "/liar", handler)
    pager = SyncPager.start(
        client,
        ApiRequest("GET", "/liar"),
        strategy=OffsetStrategy(total_field="totalCount"),
        items=("items",),
        cast=parse,
    )
    assert len(list(pager)) == 6 and len(seen) == 2


def test_never_ending_next_links_hit_the_page_cap(client: SyncHttpClient, httpserver: HTTPServer) -> None:
    def handler(request: Request) -> Response:  # every page links to a new page, forever
        number = int(request.args.get("p", "0"))
        return _json({"items": [{"id": number}], "links": {"next": f"/forever?p={number + 1}"}})

    seen = serve(httpserver, "/forever", handler)
    pager = SyncPager.start(
        client, ApiRequest("GET", "/forever"), strategy=NextLinkStrategy(), items=("items",), cast=parse
    )
    pager.max_pages = 25
    assert len(list(pager)) == 25 and len(seen) == 25
    assert DEFAULT_MAX_PAGES == 10_000


def test_next_link_to_itself_stops(client: SyncHttpClient, httpserver: HTTPServer) -> None:
    seen = serve(httpserver, "/self", lambda r: _json({"items": [{"id": 1}], "links": {"next": "/self"}}))
    pager = SyncPager.start(
        client, ApiRequest("GET", "/self"), strategy=NextLinkStrategy(), items=("items",), cast=parse
    )
    assert ids(pager) == [1] and len(seen) == 1


def test_page_number_past_page_count_stops(client: SyncHttpClient, httpserver: HTTPServer) -> None:
    def handler(request: Request) -> Response:  # full pages forever, but says there are 2
        number = int(request.args.get("page", "1"))
        return _json({"data": [{"id": number * 10 + i} for i in range(2)], "meta": {"total_pages": 2}})

    seen = serve(httpserver, "/pp", handler)
    pager = SyncPager.start(
        client,
        ApiRequest("GET", "/pp", params={"per_page": 2}),
        strategy=PageNumberStrategy(page_param="page", size_param="per_page", page_count_field="meta.total_pages"),
        items=("data",),
        cast=parse,
    )
    assert len(list(pager)) == 4 and len(seen) == 2


# -- async twin --------------------------------------------------------------------------------------------------


async def test_async_pager_every_feature(httpserver: HTTPServer) -> None:
    seen = serve(httpserver, "/v4/things", cursor_server)
    async with AsyncHttpClient(base_url=httpserver.url_for("/"), user_agent="t", logger_name="t") as client:
        pager = await AsyncPager(
            client,
            ApiRequest("GET", "/v4/things", params={"page_size": 3}),
            strategy=CursorStrategy(param="after", next_link="links.next"),
            items=("data",),
            cast=parse,
        )
        assert len(seen) == 1
        assert [item["id"] async for item in pager] == [1, 2, 3, 4, 5, 6, 7]
        pages = [page async for page in pager.iter_pages()]
        assert [len(p.items) for p in pages] == [3, 3, 1]
        assert pager.has_next_page()
        assert ids((await pager.next_page()).items) == [4, 5, 6]
        pager.max_items = 2
        assert ids(await pager.to_list()) == [4, 5]

        def list_things() -> AsyncPager[Any]:  # the shape of a generated async list method: no request yet
            return AsyncPager(
                client,
                ApiRequest("GET", "/v4/things"),
                strategy=CursorStrategy(param="after", next_link="links.next"),
                items=("data",),
                cast=parse,
            )

        raw = await to_async_raw_response(list_things)()
        assert raw.status_code == 200 and isinstance(raw.data, AsyncPager)


async def test_async_pager_is_iterable_without_await_and_requests_nothing_before(httpserver: HTTPServer) -> None:
    seen = serve(httpserver, "/v4/things", cursor_server)
    async with AsyncHttpClient(base_url=httpserver.url_for("/"), user_agent="t", logger_name="t") as client:
        pager: AsyncPager[Any] = AsyncPager(
            client,
            ApiRequest("GET", "/v4/things", params={"page_size": 3}),
            strategy=CursorStrategy(param="after", next_link="links.next"),
            items=("data",),
            cast=parse,
        )
        assert seen == []
        assert repr(pager) == "AsyncPager(GET /v4/things, not fetched yet)"
        with pytest.raises(RuntimeError, match="await the pager"):
            pager.current_page  # noqa: B018 - the property raises
        assert [item["id"] async for item in pager] == [1, 2, 3, 4, 5, 6, 7]
        assert len(seen) == 3
        assert (await pager) is pager and len(seen) == 3  # the first page is fetched once


def test_pager_and_page_reprs_are_short(client: SyncHttpClient, httpserver: HTTPServer) -> None:
    serve(httpserver, "/v4/things", cursor_server)
    pager = SyncPager.start(
        client,
        ApiRequest("GET", "/v4/things", params={"page_size": 3}),
        strategy=CursorStrategy(param="after", next_link="links.next"),
        items=("data",),
        cast=parse,
    )
    assert repr(pager) == (
        "SyncPager(GET /v4/things, current_page=Page(items=[{'id': 1}, {'id': 2}, {'id': 3}], "
        "status_code=200, has_next_page=True))"
    )


async def test_async_buggy_server_stops(httpserver: HTTPServer) -> None:
    seen = serve(httpserver, "/same", lambda r: _json({"items": [{"id": 1}], "next_cursor": "stuck"}))
    async with AsyncHttpClient(base_url=httpserver.url_for("/"), user_agent="t", logger_name="t") as client:
        pager = await AsyncPager(
            client,
            ApiRequest("GET", "/same"),
            strategy=CursorStrategy(param="cursor", cursor_field="next_cursor"),
            items=("items",),
            cast=parse,
        )
        assert [item async for item in pager] == [{"id": 1}]
    assert len(seen) == 2


def test_from_start_drops_the_callers_position(client: SyncHttpClient, httpserver: HTTPServer) -> None:
    seen = serve(httpserver, "/files", page_server)
    pager = SyncPager.start(
        client,
        ApiRequest("GET", "/files", params={"pageNumber": 3, "pageSize": 2, "q": "x"}),
        strategy=PageNumberStrategy(page_param="pageNumber", size_param="pageSize"),
        items=("data",),
        cast=parse,
        from_start=True,
    )
    assert ids(pager) == [1, 2, 3, 4, 5, 6, 7]
    assert seen[0] == {"pageNumber": "1", "q": "x"}
    assert OffsetStrategy().from_start({"offset": 5, "limit": 2}) == {"limit": 2}
    assert CursorStrategy(param="after").from_start({"after": "c", "n": 1}) == {"n": 1}


def test_next_link_to_another_host_is_not_followed(client: SyncHttpClient, httpserver: HTTPServer) -> None:
    body = {"items": [{"id": 1}], "links": {"next": "https://elsewhere.example/steal?page=2"}}
    seen = serve(httpserver, "/x", lambda r: _json(body))
    pager = SyncPager.start(client, ApiRequest("GET", "/x"), strategy=NextLinkStrategy(), items=("items",), cast=parse)
    assert ids(pager) == [1] and len(seen) == 1 and not pager.has_next_page()
