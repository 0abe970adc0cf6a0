"""Operations on `client.queries`."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .. import models as _models
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
from ..models.get_queries_id_runs_order_dir import GetQueriesIdRunsOrderDir
from ..models.get_queries_order_dir import GetQueriesOrderDir
from ..models.log_run_log_response_summary import LogRunLogResponseSummary
from ..models.post_queries_body import PostQueriesBody
from ..models.post_queries_body_column_delimiter import (
    PostQueriesBodyColumnDelimiter,
)
from ..models.post_queries_body_compression import PostQueriesBodyCompression
from ..models.query import Query
from ..models.query_detail import QueryDetail
from ..models.query_run import QueryRun
from ..models.query_summary import QuerySummary
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> list[QuerySummary]:
    response_200 = decode.model_array(_models.QuerySummary.from_dict, response.json())

    return response_200


def _parse_post(response: httpx.Response) -> Query:
    return Query.from_dict(response.json())


def _parse_list_runs(response: httpx.Response) -> list[QueryRun]:
    response_200 = decode.model_array(_models.QueryRun.from_dict, response.json())

    return response_200


def _parse_post_runs(response: httpx.Response) -> QueryRun:
    return QueryRun.from_dict(response.json())


def _parse_get_runs(response: httpx.Response) -> QueryRun:
    return QueryRun.from_dict(response.json())


def _parse_delete_runs(response: httpx.Response) -> None:
    return None


def _parse_list_runs_logs(response: httpx.Response) -> list[LogRunLogResponseSummary]:
    response_200 = decode.model_array(_models.LogRunLogResponseSummary.from_dict, response.json())

    return response_200


def _parse_put_scripts(response: httpx.Response) -> QueryDetail:
    return QueryDetail.from_dict(response.json())


def _parse_get(response: httpx.Response) -> Query:
    return Query.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Error.from_dict,
    401: Error.from_dict,
    403: Error.from_dict,
    404: Error.from_dict,
    429: Error.from_dict,
}


class QueriesResource:
    """Operations on `client.queries`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> QueriesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return QueriesResourceWithRawResponse(self)

    def list(
        self,
        *,
        query: str | Unset = UNSET,
        database_id: int | Unset = UNSET,
        author_id: int | Unset = UNSET,
        created_before: datetime.datetime | Unset = UNSET,
        state: list[str] | Unset = UNSET,
        exclude_results: bool | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        archived: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetQueriesOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[QuerySummary]:
        """List queries.

        `GET /queries/`

        Args:
            query: Search text for the SQL.
            database_id: Only this database.
            author_id: Only this author.
            created_before: Only queries created earlier.
            state: Run states to keep.
            exclude_results: Leave out result previews to keep the page small.
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
            A pager of `QuerySummary`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[QuerySummary]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/queries/",
                params=query_params(
                    {
                        "query": query,
                        "database_id": database_id,
                        "author_id": author_id,
                        "created_before": created_before,
                        "state": state,
                        "exclude_results": exclude_results,
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
        database: int,
        sql: str,
        preview_rows: int,
        *,
        credential: int | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        interactive: bool | Unset = UNSET,
        include_header: bool | Unset = UNSET,
        compression: PostQueriesBodyCompression | str | Unset = UNSET,
        column_delimiter: PostQueriesBodyColumnDelimiter | str | Unset = UNSET,
        unquoted: bool | Unset = UNSET,
        filename_prefix: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Query:
        """Run an ad-hoc query.

        `POST /queries/`

        Args:
            database: Database id.
            sql: The `sql` field of the request body.
            preview_rows: Rows to keep as a preview (at most 1000).
            credential: Credential id; defaults to the caller's default.
            hidden: The `hidden` field of the request body.
            interactive: The `interactive` field of the request body.
            include_header: The `includeHeader` field of the request body.
            compression: The `compression` field of the request body.
            column_delimiter: The `columnDelimiter` field of the request body.
            unquoted: The `unquoted` field of the request body.
            filename_prefix: The `filenamePrefix` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Query

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/queries/",
                json=PostQueriesBody(
                    database=database,
                    sql=sql,
                    preview_rows=preview_rows,
                    credential=credential,
                    hidden=hidden,
                    interactive=interactive,
                    include_header=include_header,
                    compression=compression,
                    column_delimiter=column_delimiter,
                    unquoted=unquoted,
                    filename_prefix=filename_prefix,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post,
        )

    def list_runs(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetQueriesIdRunsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[QueryRun]:
        """List a query's runs.

        `GET /queries/{id}/runs`

        Args:
            id: Object id.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `QueryRun`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `list[QueryRun]` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/queries/{encode_path(id)}/runs",
                params=query_params(
                    {
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_runs,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def post_runs(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> QueryRun:
        """Run a query again.

        `POST /queries/{id}/runs`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            QueryRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/queries/{encode_path(id)}/runs",
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
    ) -> QueryRun:
        """Get a query run.

        `GET /queries/{id}/runs/{run_id}`

        Args:
            id: Object id.
            run_id: Run id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            QueryRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/queries/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_runs,
        )

    def delete_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Cancel a query run.

        `DELETE /queries/{id}/runs/{run_id}`

        Args:
            id: Object id.
            run_id: Run id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/queries/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_runs,
        )

    def list_runs_logs(
        self,
        id: int,
        run_id: int,
        *,
        last_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[LogRunLogResponseSummary]:
        """List queries runs logs.

        `GET /queries/{id}/runs/{run_id}/logs`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            last_id: The `last_id` query parameter.
            limit: The `limit` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[LogRunLogResponseSummary]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/queries/{encode_path(id)}/runs/{encode_path(run_id)}/logs",
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

    def put_scripts(
        self,
        id: int,
        script_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> QueryDetail:
        """Replace queries scripts.

        `PUT /queries/{id}/scripts/{script_id}`

        Args:
            id: The `id` path parameter.
            script_id: The `script_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            QueryDetail

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/queries/{encode_path(id)}/scripts/{encode_path(script_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_scripts,
        )

    def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Query:
        """Get a query.

        `GET /queries/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Query

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/queries/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )


class QueriesResourceWithRawResponse:
    """`queries` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: QueriesResource) -> None:
        self.list = to_raw_response(resource.list)
        self.post = to_raw_response(resource.post)
        self.list_runs = to_raw_response(resource.list_runs)
        self.post_runs = to_raw_response(resource.post_runs)
        self.get_runs = to_raw_response(resource.get_runs)
        self.delete_runs = to_raw_response(resource.delete_runs)
        self.list_runs_logs = to_raw_response(resource.list_runs_logs)
        self.put_scripts = to_raw_response(resource.put_scripts)
        self.get = to_raw_response(resource.get)


class AsyncQueriesResource:
    """Operations on `client.queries`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncQueriesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncQueriesResourceWithRawResponse(self)

    def list(
        self,
        *,
        query: str | Unset = UNSET,
        database_id: int | Unset = UNSET,
        author_id: int | Unset = UNSET,
        created_before: datetime.datetime | Unset = UNSET,
        state: list[str] | Unset = UNSET,
        exclude_results: bool | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        archived: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetQueriesOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[QuerySummary]:
        """List queries.

        `GET /queries/`

        Args:
            query: Search text for the SQL.
            database_id: Only this database.
            author_id: Only this author.
            created_before: Only queries created earlier.
            state: Run states to keep.
            exclude_results: Leave out result previews to keep the page small.
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
            A pager of `QuerySummary`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[QuerySummary]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/queries/",
                params=query_params(
                    {
                        "query": query,
                        "database_id": database_id,
                        "author_id": author_id,
                        "created_before": created_before,
                        "state": state,
                        "exclude_results": exclude_results,
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
        database: int,
        sql: str,
        preview_rows: int,
        *,
        credential: int | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        interactive: bool | Unset = UNSET,
        include_header: bool | Unset = UNSET,
        compression: PostQueriesBodyCompression | str | Unset = UNSET,
        column_delimiter: PostQueriesBodyColumnDelimiter | str | Unset = UNSET,
        unquoted: bool | Unset = UNSET,
        filename_prefix: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Query:
        """Run an ad-hoc query.

        `POST /queries/`

        Args:
            database: Database id.
            sql: The `sql` field of the request body.
            preview_rows: Rows to keep as a preview (at most 1000).
            credential: Credential id; defaults to the caller's default.
            hidden: The `hidden` field of the request body.
            interactive: The `interactive` field of the request body.
            include_header: The `includeHeader` field of the request body.
            compression: The `compression` field of the request body.
            column_delimiter: The `columnDelimiter` field of the request body.
            unquoted: The `unquoted` field of the request body.
            filename_prefix: The `filenamePrefix` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Query

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/queries/",
                json=PostQueriesBody(
                    database=database,
                    sql=sql,
                    preview_rows=preview_rows,
                    credential=credential,
                    hidden=hidden,
                    interactive=interactive,
                    include_header=include_header,
                    compression=compression,
                    column_delimiter=column_delimiter,
                    unquoted=unquoted,
                    filename_prefix=filename_prefix,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post,
        )

    def list_runs(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetQueriesIdRunsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[QueryRun]:
        """List a query's runs.

        `GET /queries/{id}/runs`

        Args:
            id: Object id.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `QueryRun`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `list[QueryRun]` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/queries/{encode_path(id)}/runs",
                params=query_params(
                    {
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_runs,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def post_runs(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> QueryRun:
        """Run a query again.

        `POST /queries/{id}/runs`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            QueryRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/queries/{encode_path(id)}/runs",
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
    ) -> QueryRun:
        """Get a query run.

        `GET /queries/{id}/runs/{run_id}`

        Args:
            id: Object id.
            run_id: Run id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            QueryRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/queries/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_runs,
        )

    async def delete_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Cancel a query run.

        `DELETE /queries/{id}/runs/{run_id}`

        Args:
            id: Object id.
            run_id: Run id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/queries/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_runs,
        )

    async def list_runs_logs(
        self,
        id: int,
        run_id: int,
        *,
        last_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[LogRunLogResponseSummary]:
        """List queries runs logs.

        `GET /queries/{id}/runs/{run_id}/logs`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            last_id: The `last_id` query parameter.
            limit: The `limit` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[LogRunLogResponseSummary]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/queries/{encode_path(id)}/runs/{encode_path(run_id)}/logs",
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

    async def put_scripts(
        self,
        id: int,
        script_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> QueryDetail:
        """Replace queries scripts.

        `PUT /queries/{id}/scripts/{script_id}`

        Args:
            id: The `id` path parameter.
            script_id: The `script_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            QueryDetail

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/queries/{encode_path(id)}/scripts/{encode_path(script_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_scripts,
        )

    async def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Query:
        """Get a query.

        `GET /queries/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Query

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/queries/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )


class AsyncQueriesResourceWithRawResponse:
    """`queries` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncQueriesResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.post = to_async_raw_response(resource.post)
        self.list_runs = to_async_raw_response(resource.list_runs)
        self.post_runs = to_async_raw_response(resource.post_runs)
        self.get_runs = to_async_raw_response(resource.get_runs)
        self.delete_runs = to_async_raw_response(resource.delete_runs)
        self.list_runs_logs = to_async_raw_response(resource.list_runs_logs)
        self.put_scripts = to_async_raw_response(resource.put_scripts)
        self.get = to_async_raw_response(resource.get)
