"""Generated list methods return pagers: Frame.io (cursor), LaunchDarkly (limit/offset), Flatfile (page
number), over real HTTP (pytest-httpserver on loopback)."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

ACCOUNT = "11111111-1111-1111-1111-111111111111"
WORKSPACE = "22222222-2222-2222-2222-222222222222"
PROJECTS_PATH = f"/v4/accounts/{ACCOUNT}/workspaces/{WORKSPACE}/projects"


def project(n: int) -> dict[str, Any]:
    return {
        "id": str(uuid.UUID(int=n)),
        "name": f"Project {n}",
        "status": "active",
        "storage": 0,
        "workspace_id": WORKSPACE,
        "root_folder_id": str(uuid.UUID(int=1000 + n)),
        "view_url": f"https://next.frame.io/project/{n}",
        "created_at": "2024-01-15T09:30:00Z",
        "updated_at": "2024-01-15T09:30:00Z",
    }


def frameio_projects(request: Request) -> Response:
    """Two pages of two projects; the first links to the second with an opaque `after` cursor."""
    if request.args.get("after") == "g3QAAAACZAACaWRt":
        body: dict[str, Any] = {"data": [project(3), project(4)], "links": {"next": None}}
    else:
        body = {
            "data": [project(1), project(2)],
            "links": {"next": f"{PROJECTS_PATH}?after=g3QAAAACZAACaWRt&page_size=2"},
        }
    return Response(json.dumps(body), content_type="application/json")


@pytest.fixture
def frameio(httpserver: HTTPServer) -> Any:
    from frameio import Frameio

    with Frameio(token="tok", base_url=httpserver.url_for("")) as client:
        yield client


def test_frameio_projects_index_pages_with_after(frameio: Any, httpserver: HTTPServer) -> None:
    from frameio import SyncPager
    from frameio.models import ProjectWithIncludes

    httpserver.expect_request(PROJECTS_PATH, method="GET").respond_with_handler(frameio_projects)
    pager = frameio.projects.index(uuid.UUID(ACCOUNT), uuid.UUID(WORKSPACE), page_size=2)
    assert isinstance(pager, SyncPager)
    assert len(httpserver.log) == 1  # first page fetched at the call
    projects = list(pager)
    assert [p.name for p in projects] == ["Project 1", "Project 2", "Project 3", "Project 4"]
    assert all(isinstance(p, ProjectWithIncludes) for p in projects)
    first, second = httpserver.log[0][0], httpserver.log[1][0]
    assert first.args.to_dict() == {"page_size": "2"}
    assert second.args.to_dict() == {"page_size": "2", "after": "g3QAAAACZAACaWRt"}
    assert second.headers["Authorization"] == "Bearer tok"


def test_frameio_iter_pages_max_items_and_raw(frameio: Any, httpserver: HTTPServer) -> None:
    from frameio.models import ProjectsWithIncludesResponse

    httpserver.expect_request(PROJECTS_PATH, method="GET").respond_with_handler(frameio_projects)
    pages = list(frameio.projects.index(uuid.UUID(ACCOUNT), uuid.UUID(WORKSPACE)).iter_pages())
    assert [len(page.items) for page in pages] == [2, 2]
    assert isinstance(pages[0].data, ProjectsWithIncludesResponse)
    assert pages[1].response.status_code == 200

    limited = frameio.projects.index(uuid.UUID(ACCOUNT), uuid.UUID(WORKSPACE), max_items=3)
    assert [p.name for p in limited] == ["Project 1", "Project 2", "Project 3"]

    raw = frameio.projects.with_raw_response.index(uuid.UUID(ACCOUNT), uuid.UUID(WORKSPACE))
    assert raw.status_code == 200
    assert [p.name for p in raw.data.current_page.items] == ["Project 1", "Project 2"]


def test_frameio_error_raises_at_the_call(frameio: Any, httpserver: HTTPServer) -> None:
    from frameio import NotFoundError

    httpserver.expect_request(PROJECTS_PATH).respond_with_json({"errors": [{"detail": "no"}]}, status=404)
    with pytest.raises(NotFoundError):
        frameio.projects.index(uuid.UUID(ACCOUNT), uuid.UUID(WORKSPACE))


async def test_frameio_async_pager(httpserver: HTTPServer) -> None:
    from frameio import AsyncFrameio, AsyncPager

    httpserver.expect_request(PROJECTS_PATH, method="GET").respond_with_handler(frameio_projects)
    async with AsyncFrameio(token="tok", base_url=httpserver.url_for("")) as client:
        pager = await client.projects.index(uuid.UUID(ACCOUNT), uuid.UUID(WORKSPACE))
        assert isinstance(pager, AsyncPager)
        names = [p.name async for p in pager]
    assert names == ["Project 1", "Project 2", "Project 3", "Project 4"]
    assert httpserver.log[1][0].args["after"] == "g3QAAAACZAACaWRt"


def test_launchdarkly_tags_limit_offset(httpserver: HTTPServer) -> None:
    from launch_darkly_python_sdk import LaunchDarkly

    tags = [f"tag-{i}" for i in range(5)]

    def handler(request: Request) -> Response:
        offset = int(request.args.get("offset", "0"))
        limit = int(request.args.get("limit", "20"))
        body = {"items": tags[offset : offset + limit], "totalCount": len(tags), "_links": {}}
        return Response(json.dumps(body), content_type="application/json")

    httpserver.expect_request("/api/v2/tags").respond_with_handler(handler)
    with LaunchDarkly(api_key="api-key", base_url=httpserver.url_for("")) as client:
        assert list(client.tags.list(limit=2)) == tags
    assert [r.args.get("offset") for r, _ in httpserver.log] == [None, "2", "4"]  # stops at totalCount


def flatfile_file(n: int) -> dict[str, Any]:
    return {
        "id": f"us_fl_{n}",
        "name": f"file-{n}.csv",
        "ext": "csv",
        "mimetype": "text/csv",
        "encoding": "utf-8",
        "status": "complete",
        "size": 10,
        "bytesReceived": 10,
        "spaceId": "us_sp_1",
    }


def test_flatfile_files_page_number(httpserver: HTTPServer) -> None:
    from flatfile import Flatfile

    def handler(request: Request) -> Response:
        number = int(request.args.get("pageNumber", "1"))
        body = {
            "data": [flatfile_file(2 * number - 1), flatfile_file(2 * number)],
            "pagination": {"currentPage": number, "pageCount": 3, "totalCount": 6},
        }
        return Response(json.dumps(body), content_type="application/json")

    httpserver.expect_request("/files").respond_with_handler(handler)
    with Flatfile(token="tok", base_url=httpserver.url_for("")) as client:
        files = list(client.files.list(page_size=2))
    assert [f.id for f in files] == [f"us_fl_{i}" for i in range(1, 7)]
    assert [r.args.get("pageNumber") for r, _ in httpserver.log] == [None, "2", "3"]  # page 3 of 3: stop


def test_reports_count_paginated_operations() -> None:
    from tests.conftest import GENERATED

    for api, least in (("frameio", 20), ("launchdarkly", 20), ("flatfile", 13)):
        report = json.loads((GENERATED / api / "generation-report.json").read_text(encoding="utf-8"))
        assert report["counts"]["operations_paginated"] >= least
        styles = {d["operation"]: d["style"] for d in report["pagination"]}
        assert all(d["reason"] for d in report["pagination"])
        if api == "frameio":
            assert styles["GET /v4/accounts/{account_id}/workspaces/{workspace_id}/projects"] == "cursor"
        if api == "launchdarkly":
            assert styles["GET /api/v2/tags"] == "offset"
        if api == "flatfile":
            assert styles["GET /files"] == "page"


def query(n: int) -> dict[str, Any]:
    return {
        "id": n,
        "database": 1,
        "sql": "select 1",
        "credential": 2,
        "resultRows": [],
        "resultColumns": [],
        "error": None,
        "startedAt": None,
        "finishedAt": None,
        "state": "succeeded",
        "scriptId": None,
        "exception": None,
        "createdAt": "2024-01-15T09:30:00Z",
        "updatedAt": "2024-01-15T09:30:00Z",
        "lastRunId": None,
        "archived": "false",
        "previewRows": 0,
    }


def test_civis_iterator_walks_page_num_from_one(httpserver: HTTPServer) -> None:
    from civis import APIClient

    def handler(request: Request) -> Response:
        number = int(request.args.get("page_num", "1"))
        body = [query(1), query(2)] if number == 1 else ([query(3)] if number == 2 else [])
        return Response(json.dumps(body), content_type="application/json")

    httpserver.expect_request("/queries/").respond_with_handler(handler)
    with APIClient(api_key="key", base_url=httpserver.url_for("")) as client:
        items = list(client.queries.list(iterator=True, limit=5, page_num=7))
        assert [q.id for q in items] == [1, 2, 3]
        # Without iterator=True the caller's page_num and limit are sent as given.
        assert [q.id for q in client.queries.list(page_num=2, limit=5)] == [3]
    sent = [r.args.to_dict() for r, _ in httpserver.log]
    assert sent[:2] == [{"page_num": "1"}, {"page_num": "2"}]  # C1: limit and page_num ignored
    assert sent[2] == {"page_num": "2", "limit": "5"}
