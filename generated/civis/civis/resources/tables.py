"""Operations on `client.tables`."""

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
from ..models.get_tables_id_columns_order_dir import GetTablesIdColumnsOrderDir
from ..models.get_tables_order_dir import GetTablesOrderDir
from ..models.patch_tables_id_body import PatchTablesIdBody
from ..models.patch_tables_id_body_ontology_mapping import PatchTablesIdBodyOntologyMapping
from ..models.table import Table
from ..models.table_column import TableColumn
from ..models.table_summary import TableSummary
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> list[TableSummary]:
    _response_200 = response.json()
    response_200: list[TableSummary]
    if isinstance(_response_200, list):
        response_200 = []
        for response_200_index, response_200_item_data in enumerate(_response_200):
            with decode.at(None, response_200_index):
                response_200_item = decode.model(TableSummary.from_dict, response_200_item_data)

            response_200.append(response_200_item)
    else:
        response_200 = decode.mismatch("an array", _response_200)

    return response_200


def _parse_get(response: httpx.Response) -> Table:
    return Table.from_dict(response.json())


def _parse_patch(response: httpx.Response) -> TableSummary:
    return TableSummary.from_dict(response.json())


def _parse_list_columns(response: httpx.Response) -> list[TableColumn]:
    _response_200 = response.json()
    response_200: list[TableColumn]
    if isinstance(_response_200, list):
        response_200 = []
        for response_200_index, response_200_item_data in enumerate(_response_200):
            with decode.at(None, response_200_index):
                response_200_item = decode.model(TableColumn.from_dict, response_200_item_data)

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


class TablesResource:
    """Operations on `client.tables`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> TablesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return TablesResourceWithRawResponse(self)

    def list(
        self,
        *,
        database_id: int | Unset = UNSET,
        schema: str | Unset = UNSET,
        name: str | Unset = UNSET,
        search: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetTablesOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[TableSummary]:
        """List tables.

        `GET /tables/`

        Args:
            database_id: Only this database.
            schema: Only this schema (wildcards allowed).
            name: Only this table name (wildcards allowed).
            search: Search text.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `TableSummary`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[TableSummary]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/tables/",
                params=query_params(
                    {
                        "database_id": database_id,
                        "schema": schema,
                        "name": name,
                        "search": search,
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
    ) -> Table:
        """Get a table.

        `GET /tables/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Table

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/tables/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )

    def patch(
        self,
        id: int,
        *,
        ontology_mapping: PatchTablesIdBodyOntologyMapping | Mapping[str, Any] | Unset = UNSET,
        description: str | Unset = UNSET,
        primary_keys: builtins.list[str] | Unset = UNSET,
        last_modified_keys: builtins.list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> TableSummary:
        """Update table metadata.

        `PATCH /tables/{id}`

        Args:
            id: Object id.
            ontology_mapping: Column name to ontology key.
            description: The `description` field of the request body.
            primary_keys: The `primaryKeys` field of the request body.
            last_modified_keys: The `lastModifiedKeys` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            TableSummary

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/tables/{encode_path(id)}",
                json=PatchTablesIdBody(
                    ontology_mapping=as_model(PatchTablesIdBodyOntologyMapping, ontology_mapping),
                    description=description,
                    primary_keys=primary_keys,
                    last_modified_keys=last_modified_keys,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch,
        )

    def list_columns(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetTablesIdColumnsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[TableColumn]:
        """List a table's columns.

        `GET /tables/{id}/columns`

        Args:
            id: Object id.
            name: Only this column.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `TableColumn`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[TableColumn]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/tables/{encode_path(id)}/columns",
                params=query_params(
                    {
                        "name": name,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_columns,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )


class TablesResourceWithRawResponse:
    """`tables` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: TablesResource) -> None:
        self.list = to_raw_response(resource.list)
        self.get = to_raw_response(resource.get)
        self.patch = to_raw_response(resource.patch)
        self.list_columns = to_raw_response(resource.list_columns)


class AsyncTablesResource:
    """Operations on `client.tables`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncTablesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncTablesResourceWithRawResponse(self)

    def list(
        self,
        *,
        database_id: int | Unset = UNSET,
        schema: str | Unset = UNSET,
        name: str | Unset = UNSET,
        search: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetTablesOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[TableSummary]:
        """List tables.

        `GET /tables/`

        Args:
            database_id: Only this database.
            schema: Only this schema (wildcards allowed).
            name: Only this table name (wildcards allowed).
            search: Search text.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `TableSummary`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[TableSummary]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/tables/",
                params=query_params(
                    {
                        "database_id": database_id,
                        "schema": schema,
                        "name": name,
                        "search": search,
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
    ) -> Table:
        """Get a table.

        `GET /tables/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Table

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/tables/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )

    async def patch(
        self,
        id: int,
        *,
        ontology_mapping: PatchTablesIdBodyOntologyMapping | Mapping[str, Any] | Unset = UNSET,
        description: str | Unset = UNSET,
        primary_keys: builtins.list[str] | Unset = UNSET,
        last_modified_keys: builtins.list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> TableSummary:
        """Update table metadata.

        `PATCH /tables/{id}`

        Args:
            id: Object id.
            ontology_mapping: Column name to ontology key.
            description: The `description` field of the request body.
            primary_keys: The `primaryKeys` field of the request body.
            last_modified_keys: The `lastModifiedKeys` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            TableSummary

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/tables/{encode_path(id)}",
                json=PatchTablesIdBody(
                    ontology_mapping=as_model(PatchTablesIdBodyOntologyMapping, ontology_mapping),
                    description=description,
                    primary_keys=primary_keys,
                    last_modified_keys=last_modified_keys,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch,
        )

    def list_columns(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetTablesIdColumnsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[TableColumn]:
        """List a table's columns.

        `GET /tables/{id}/columns`

        Args:
            id: Object id.
            name: Only this column.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `TableColumn`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[TableColumn]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/tables/{encode_path(id)}/columns",
                params=query_params(
                    {
                        "name": name,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_columns,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )


class AsyncTablesResourceWithRawResponse:
    """`tables` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncTablesResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.get = to_async_raw_response(resource.get)
        self.patch = to_async_raw_response(resource.patch)
        self.list_columns = to_async_raw_response(resource.list_columns)
