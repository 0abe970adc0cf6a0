"""Operations on `client.jobs`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .._core import _decode as decode
from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    PageNumberStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.error_model import Error
from ..models.get_jobs_order_dir import GetJobsOrderDir
from ..models.job import Job
from ..models.job_node import JobNode
from ..models.job_run import JobRun
from ..models.job_summary import JobSummary
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> list[JobSummary]:
    _response_200 = response.json()
    response_200: list[JobSummary]
    if isinstance(_response_200, list):
        response_200 = []
        for response_200_index, response_200_item_data in enumerate(_response_200):
            with decode.at(None, response_200_index):
                response_200_item = decode.model(JobSummary.from_dict, response_200_item_data)

            response_200.append(response_200_item)
    else:
        response_200 = decode.mismatch("an array", _response_200)

    return response_200


def _parse_get(response: httpx.Response) -> Job:
    return Job.from_dict(response.json())


def _parse_post_runs(response: httpx.Response) -> JobRun:
    return JobRun.from_dict(response.json())


def _parse_get_runs(response: httpx.Response) -> JobRun:
    return JobRun.from_dict(response.json())


def _parse_list_children(response: httpx.Response) -> JobNode:
    return JobNode.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Error.from_dict,
    401: Error.from_dict,
    403: Error.from_dict,
    404: Error.from_dict,
    429: Error.from_dict,
}


class JobsResource:
    """Operations on `client.jobs`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> JobsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return JobsResourceWithRawResponse(self)

    def list(
        self,
        *,
        state: str | Unset = UNSET,
        type: str | Unset = UNSET,
        q: str | Unset = UNSET,
        scheduled: bool | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        archived: str | Unset = UNSET,
        author: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetJobsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[JobSummary]:
        """List jobs.

        `GET /jobs/`

        Args:
            state: Comma-separated run states to keep.
            type: Comma-separated job kinds to keep.
            q: Search text for names.
            scheduled: Only scheduled (or unscheduled) jobs.
            hidden: Return hidden (system-created) objects instead of visible ones.
            archived: `true`, `false` or `all`; default `false`.
            author: Comma-separated user ids whose objects to keep.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `JobSummary`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[JobSummary]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/jobs/",
                params=query_params(
                    {
                        "state": state,
                        "type": type,
                        "q": q,
                        "scheduled": scheduled,
                        "hidden": hidden,
                        "archived": archived,
                        "author": author,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Job:
        """Get a job.

        `GET /jobs/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Job

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/jobs/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )

    def post_runs(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobRun:
        """Run a job.

        `POST /jobs/{id}/runs`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/jobs/{encode_path(id)}/runs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_runs,
        )

    def get_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobRun:
        """Get a job run.

        `GET /jobs/{id}/runs/{run_id}`

        Args:
            id: Object id.
            run_id: Run id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/jobs/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_runs,
        )

    def list_children(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobNode:
        """Show the jobs this job triggers.

        `GET /jobs/{id}/children`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobNode

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/jobs/{encode_path(id)}/children",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_children,
        )


class JobsResourceWithRawResponse:
    """`jobs` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: JobsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.get = to_raw_response(resource.get)
        self.post_runs = to_raw_response(resource.post_runs)
        self.get_runs = to_raw_response(resource.get_runs)
        self.list_children = to_raw_response(resource.list_children)


class AsyncJobsResource:
    """Operations on `client.jobs`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncJobsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncJobsResourceWithRawResponse(self)

    def list(
        self,
        *,
        state: str | Unset = UNSET,
        type: str | Unset = UNSET,
        q: str | Unset = UNSET,
        scheduled: bool | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        archived: str | Unset = UNSET,
        author: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetJobsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[JobSummary]:
        """List jobs.

        `GET /jobs/`

        Args:
            state: Comma-separated run states to keep.
            type: Comma-separated job kinds to keep.
            q: Search text for names.
            scheduled: Only scheduled (or unscheduled) jobs.
            hidden: Return hidden (system-created) objects instead of visible ones.
            archived: `true`, `false` or `all`; default `false`.
            author: Comma-separated user ids whose objects to keep.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `JobSummary`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[JobSummary]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/jobs/",
                params=query_params(
                    {
                        "state": state,
                        "type": type,
                        "q": q,
                        "scheduled": scheduled,
                        "hidden": hidden,
                        "archived": archived,
                        "author": author,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Job:
        """Get a job.

        `GET /jobs/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Job

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/jobs/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )

    async def post_runs(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobRun:
        """Run a job.

        `POST /jobs/{id}/runs`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/jobs/{encode_path(id)}/runs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_runs,
        )

    async def get_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobRun:
        """Get a job run.

        `GET /jobs/{id}/runs/{run_id}`

        Args:
            id: Object id.
            run_id: Run id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/jobs/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_runs,
        )

    async def list_children(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobNode:
        """Show the jobs this job triggers.

        `GET /jobs/{id}/children`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobNode

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/jobs/{encode_path(id)}/children",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_children,
        )


class AsyncJobsResourceWithRawResponse:
    """`jobs` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncJobsResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.get = to_async_raw_response(resource.get)
        self.post_runs = to_async_raw_response(resource.post_runs)
        self.get_runs = to_async_raw_response(resource.get_runs)
        self.list_children = to_async_raw_response(resource.list_children)
