"""Operations on `client.imports`."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any

import httpx

from .._core import _decode as decode
from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest
from .._core._types import as_model
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    PageNumberStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.error_model import Error
from ..models.get_imports_order_dir import GetImportsOrderDir
from ..models.import_ import Import
from ..models.import_run_created import ImportRunCreated
from ..models.import_summary import ImportSummary
from ..models.job_schedule_input import JobScheduleInput
from ..models.log_entry import LogEntry
from ..models.post_imports_body import PostImportsBody
from ..models.post_imports_body_destination import PostImportsBodyDestination
from ..models.post_imports_body_source import PostImportsBodySource
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> list[ImportSummary]:
    _response_200 = response.json()
    response_200: list[ImportSummary]
    if isinstance(_response_200, list):
        response_200 = []
        for response_200_index, response_200_item_data in enumerate(_response_200):
            with decode.at(None, response_200_index):
                response_200_item = decode.model(ImportSummary.from_dict, response_200_item_data)

            response_200.append(response_200_item)
    else:
        response_200 = decode.mismatch("an array", _response_200)

    return response_200


def _parse_post(response: httpx.Response) -> Import:
    return Import.from_dict(response.json())


def _parse_get(response: httpx.Response) -> Import:
    return Import.from_dict(response.json())


def _parse_post_runs(response: httpx.Response) -> ImportRunCreated:
    return ImportRunCreated.from_dict(response.json())


def _parse_list_runs_logs(response: httpx.Response) -> list[LogEntry]:
    _response_200 = response.json()
    response_200: list[LogEntry]
    if isinstance(_response_200, list):
        response_200 = []
        for response_200_index, response_200_item_data in enumerate(_response_200):
            with decode.at(None, response_200_index):
                response_200_item = decode.model(LogEntry.from_dict, response_200_item_data)

            response_200.append(response_200_item)
    else:
        response_200 = decode.mismatch("an array", _response_200)

    return response_200


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Error.from_dict,
    401: Error.from_dict,
    403: Error.from_dict,
    404: Error.from_dict,
    429: Error.from_dict,
}


class ImportsResource:
    """Operations on `client.imports`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ImportsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ImportsResourceWithRawResponse(self)

    def list(
        self,
        *,
        type: str | Unset = UNSET,
        author: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        archived: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetImportsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[ImportSummary]:
        """List imports.

        `GET /imports/`

        Args:
            type: Only this import kind.
            author: Comma-separated user ids whose objects to keep.
            hidden: Return hidden (system-created) objects instead of visible ones.
            archived: `true`, `false` or `all`; default `false`.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ImportSummary`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[ImportSummary]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/imports/",
                params=query_params(
                    {
                        "type": type,
                        "author": author,
                        "hidden": hidden,
                        "archived": archived,
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

    def post(
        self,
        *,
        name: str,
        sync_type: str,
        is_outbound: bool,
        source: PostImportsBodySource | Mapping[str, Any] | Unset = UNSET,
        destination: PostImportsBodyDestination | Mapping[str, Any] | Unset = UNSET,
        schedule: JobScheduleInput | Mapping[str, Any] | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Import:
        """Create an import.

        `POST /imports/`

        Args:
            name: The `name` field of the request body.
            sync_type: e.g. Dbsync, AutoImport or GdocImport.
            is_outbound: True when data leaves Civis.
            source: The `source` field of the request body.
            destination: The `destination` field of the request body.
            schedule: Schedule settings to store on a job; every field is optional.
            parent_id: The `parentId` field of the request body.
            time_zone: The `timeZone` field of the request body.
            hidden: The `hidden` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Import

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/imports/",
                json=PostImportsBody(
                    name=name,
                    sync_type=sync_type,
                    is_outbound=is_outbound,
                    source=as_model(PostImportsBodySource, source),
                    destination=as_model(PostImportsBodyDestination, destination),
                    schedule=as_model(JobScheduleInput, schedule),
                    parent_id=parent_id,
                    time_zone=time_zone,
                    hidden=hidden,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post,
        )

    def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Import:
        """Get an import.

        `GET /imports/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Import

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/imports/{encode_path(id)}",
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
    ) -> ImportRunCreated:
        """Start an import run.

        `POST /imports/{id}/runs`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ImportRunCreated

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/imports/{encode_path(id)}/runs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_runs,
        )

    def list_runs_logs(
        self,
        id: int,
        run_id: int,
        *,
        last_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[LogEntry]:
        """Read an import run's logs.

        `GET /imports/{id}/runs/{run_id}/logs`

        Args:
            id: Object id.
            run_id: Run id.
            last_id: Cursor: only return log lines with a larger id than this one.
            limit: Most log lines to return (the server default is 10000).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[LogEntry]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/imports/{encode_path(id)}/runs/{encode_path(run_id)}/logs",
                params=query_params(
                    {
                        "last_id": last_id,
                        "limit": limit,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_runs_logs,
        )


class ImportsResourceWithRawResponse:
    """`imports` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ImportsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.post = to_raw_response(resource.post)
        self.get = to_raw_response(resource.get)
        self.post_runs = to_raw_response(resource.post_runs)
        self.list_runs_logs = to_raw_response(resource.list_runs_logs)


class AsyncImportsResource:
    """Operations on `client.imports`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncImportsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncImportsResourceWithRawResponse(self)

    def list(
        self,
        *,
        type: str | Unset = UNSET,
        author: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        archived: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetImportsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[ImportSummary]:
        """List imports.

        `GET /imports/`

        Args:
            type: Only this import kind.
            author: Comma-separated user ids whose objects to keep.
            hidden: Return hidden (system-created) objects instead of visible ones.
            archived: `true`, `false` or `all`; default `false`.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ImportSummary`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[ImportSummary]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/imports/",
                params=query_params(
                    {
                        "type": type,
                        "author": author,
                        "hidden": hidden,
                        "archived": archived,
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

    async def post(
        self,
        *,
        name: str,
        sync_type: str,
        is_outbound: bool,
        source: PostImportsBodySource | Mapping[str, Any] | Unset = UNSET,
        destination: PostImportsBodyDestination | Mapping[str, Any] | Unset = UNSET,
        schedule: JobScheduleInput | Mapping[str, Any] | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Import:
        """Create an import.

        `POST /imports/`

        Args:
            name: The `name` field of the request body.
            sync_type: e.g. Dbsync, AutoImport or GdocImport.
            is_outbound: True when data leaves Civis.
            source: The `source` field of the request body.
            destination: The `destination` field of the request body.
            schedule: Schedule settings to store on a job; every field is optional.
            parent_id: The `parentId` field of the request body.
            time_zone: The `timeZone` field of the request body.
            hidden: The `hidden` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Import

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/imports/",
                json=PostImportsBody(
                    name=name,
                    sync_type=sync_type,
                    is_outbound=is_outbound,
                    source=as_model(PostImportsBodySource, source),
                    destination=as_model(PostImportsBodyDestination, destination),
                    schedule=as_model(JobScheduleInput, schedule),
                    parent_id=parent_id,
                    time_zone=time_zone,
                    hidden=hidden,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post,
        )

    async def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Import:
        """Get an import.

        `GET /imports/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Import

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/imports/{encode_path(id)}",
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
    ) -> ImportRunCreated:
        """Start an import run.

        `POST /imports/{id}/runs`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ImportRunCreated

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/imports/{encode_path(id)}/runs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_runs,
        )

    async def list_runs_logs(
        self,
        id: int,
        run_id: int,
        *,
        last_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[LogEntry]:
        """Read an import run's logs.

        `GET /imports/{id}/runs/{run_id}/logs`

        Args:
            id: Object id.
            run_id: Run id.
            last_id: Cursor: only return log lines with a larger id than this one.
            limit: Most log lines to return (the server default is 10000).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[LogEntry]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/imports/{encode_path(id)}/runs/{encode_path(run_id)}/logs",
                params=query_params(
                    {
                        "last_id": last_id,
                        "limit": limit,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_runs_logs,
        )


class AsyncImportsResourceWithRawResponse:
    """`imports` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncImportsResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.post = to_async_raw_response(resource.post)
        self.get = to_async_raw_response(resource.get)
        self.post_runs = to_async_raw_response(resource.post_runs)
        self.list_runs_logs = to_async_raw_response(resource.list_runs_logs)
