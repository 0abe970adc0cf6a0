"""The pipeline's own small API, end to end over real HTTP (pytest-httpserver on loopback)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from pytest_httpserver import HTTPServer

from tests.conftest import GENERATED


@pytest.fixture
def client(httpserver: HTTPServer):  # type: ignore[no-untyped-def]
    from bookshelf import Bookshelf

    with Bookshelf(token="tok-123", base_url=httpserver.url_for("/v1")) as c:
        yield c


def test_get_sends_bearer_and_parses_model(client, httpserver: HTTPServer) -> None:  # type: ignore[no-untyped-def]
    httpserver.expect_request("/v1/shelves/sh 1", method="GET").respond_with_json(
        {"id": "sh 1", "name": "Fiction", "createdAt": "2024-01-02T03:04:05Z"}
    )
    shelf = client.shelves.get("sh 1")
    assert shelf.id == "sh 1" and shelf.name == "Fiction"
    assert shelf.created_at.year == 2024
    request, _ = httpserver.log[0]
    assert request.headers["Authorization"] == "Bearer tok-123"
    assert request.headers["User-Agent"].startswith("bookshelf-sdk/0.1.0 python/")


def test_repr_shows_only_fields_that_hold_a_value(client, httpserver: HTTPServer) -> None:  # type: ignore[no-untyped-def]
    httpserver.expect_request("/v1/shelves/sh_2", method="GET").respond_with_json(
        {"id": "sh_2", "name": "Poetry", "description": None, "shelfColor": "red"}
    )
    shelf = client.shelves.get("sh_2")
    assert (
        repr(shelf) == "Shelf(name='Poetry', id='sh_2', description=None, additional_properties={'shelfColor': 'red'})"
    )
    from bookshelf.models import Shelf

    assert repr(Shelf(name="Fiction")) == "Shelf(name='Fiction')"


def test_flattened_body_omits_unset_fields(client, httpserver: HTTPServer) -> None:  # type: ignore[no-untyped-def]
    httpserver.expect_request("/v1/shelves", method="POST").respond_with_json({"id": "sh_1", "name": "Poetry"}, 201)
    created = client.shelves.create(name="Poetry")
    assert created.name == "Poetry"
    request, _ = httpserver.log[0]
    assert json.loads(request.data) == {"name": "Poetry"}
    assert request.headers["Content-Type"] == "application/json"


def test_none_is_sent_as_null_where_nullable(client, httpserver: HTTPServer) -> None:  # type: ignore[no-untyped-def]
    httpserver.expect_request("/v1/shelves", method="POST").respond_with_json({"id": "sh_1", "name": "P"}, 201)
    client.shelves.create(name="P", description=None)
    assert json.loads(httpserver.log[0][0].data) == {"name": "P", "description": None}


def test_query_params_keyword_renamed_and_unset_dropped(client, httpserver: HTTPServer) -> None:  # type: ignore[no-untyped-def]
    httpserver.expect_request("/v1/shelves/s1/books").respond_with_json([{"id": "bk_1", "title": "T", "author": "A"}])
    books = client.shelves.books.list("s1", for_="reader-7")
    assert [b.id for b in books] == ["bk_1"]
    assert httpserver.log[0][0].args.to_dict() == {"for": "reader-7"}


def test_whole_body_request_param(client, httpserver: HTTPServer) -> None:  # type: ignore[no-untyped-def]
    from bookshelf.models import BookInput

    httpserver.expect_request("/v1/shelves/s1/books", method="POST").respond_with_json(
        {"id": "bk_2", "title": "The Dispossessed", "author": "Le Guin", "format": "ebook"}, 201
    )
    book = client.shelves.books.add(
        "s1", request=BookInput(title="The Dispossessed", author="Le Guin", format_="ebook")
    )
    assert book.format_ == "ebook"
    assert json.loads(httpserver.log[0][0].data) == {
        "title": "The Dispossessed",
        "author": "Le Guin",
        "format": "ebook",
    }


def test_documented_error_body_is_parsed(client, httpserver: HTTPServer) -> None:  # type: ignore[no-untyped-def]
    from bookshelf import NotFoundError
    from bookshelf.models import Error

    httpserver.expect_request("/v1/shelves/nope").respond_with_json({"message": "no such shelf"}, 404)
    with pytest.raises(NotFoundError) as info:
        client.shelves.get("nope")
    assert info.value.status_code == 404
    assert isinstance(info.value.body, Error) and info.value.body.message == "no such shelf"


def test_delete_returns_none(client, httpserver: HTTPServer) -> None:  # type: ignore[no-untyped-def]
    httpserver.expect_request("/v1/shelves/s1", method="DELETE").respond_with_data(status=204)
    assert client.shelves.delete("s1") is None


def test_raw_response(client, httpserver: HTTPServer) -> None:  # type: ignore[no-untyped-def]
    httpserver.expect_request("/v1/shelves").respond_with_json(
        {"data": []}, headers={"X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "99"}
    )
    raw = client.shelves.with_raw_response.list(page_size=5)
    assert raw.status_code == 200
    assert raw.data.current_page.data.data == []  # a paginated method's raw data is its pager
    assert raw.rate_limit is not None and raw.rate_limit.remaining == 99
    assert raw.headers["x-ratelimit-limit"] == "100"


async def test_async_twin(httpserver: HTTPServer) -> None:
    from bookshelf import AsyncBookshelf

    httpserver.expect_request("/v1/shelves/s1").respond_with_json({"id": "s1", "name": "Async"})
    async with AsyncBookshelf(token="t", base_url=httpserver.url_for("/v1")) as client:
        shelf = await client.shelves.get("s1")
        raw = await client.shelves.with_raw_response.get("s1")
    assert shelf.name == "Async" and raw.data.name == "Async"


def test_missing_token_names_env_var(monkeypatch: pytest.MonkeyPatch) -> None:
    from bookshelf import Bookshelf

    monkeypatch.delenv("BOOKSHELF_TOKEN", raising=False)
    with pytest.raises(ValueError, match="BOOKSHELF_TOKEN"):
        Bookshelf()


def test_token_from_environment(monkeypatch: pytest.MonkeyPatch, httpserver: HTTPServer) -> None:
    from bookshelf import Bookshelf

    monkeypatch.setenv("BOOKSHELF_TOKEN", "from-env")
    httpserver.expect_request("/v1/shelves").respond_with_json({"data": []})
    Bookshelf(base_url=httpserver.url_for("/v1")).shelves.list()
    assert httpserver.log[0][0].headers["Authorization"] == "Bearer from-env"


def test_import_is_lazy() -> None:
    code = (
        "import sys, bookshelf\n"
        "c = bookshelf.Bookshelf(token='t')\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('bookshelf.models', 'bookshelf.resources.')))\n"
        "print(loaded)\n"
        "c.shelves\n"
        "print(sorted(m for m in sys.modules if m.startswith('bookshelf.resources.')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=GENERATED / "bookshelf", capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out[0] == "[]"
    assert out[1] == "['bookshelf.resources.shelves']"
