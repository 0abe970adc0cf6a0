"""Operations on `client.tables`."""

from __future__ import annotations

import builtins
import warnings
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any

import httpx

from .. import models as _models
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
from ..models.post_tables_body import PostTablesBody
from ..models.post_tables_source_table_id_enhancements_prepared_matchings_body import (
    PostTablesSourceTableIdEnhancementsPreparedMatchingsBody,
)
from ..models.post_tables_source_table_id_enhancements_table_matchings_body import (
    PostTablesSourceTableIdEnhancementsTableMatchingsBody,
)
from ..models.record import Record
from ..models.table import Table
from ..models.table_cass_ncoa_enhancement import TableCassNcoaEnhancement
from ..models.table_column import TableColumn
from ..models.table_create_cass_ncoa_enhancement_create_request import TableCreateCassNcoaEnhancementCreateRequest
from ..models.table_geocode_enhancement import TableGeocodeEnhancement
from ..models.table_summary import TableSummary
from ..types import UNSET, Unset


def _parse_post_enhancements_geocodings(response: httpx.Response) -> TableGeocodeEnhancement:
    return TableGeocodeEnhancement.from_dict(response.json())


def _parse_post_enhancements_cass_ncoa(response: httpx.Response) -> TableCassNcoaEnhancement:
    return TableCassNcoaEnhancement.from_dict(response.json())


def _parse_get_enhancements_geocodings(response: httpx.Response) -> TableGeocodeEnhancement:
    return TableGeocodeEnhancement.from_dict(response.json())


def _parse_get_enhancements_cass_ncoa(response: httpx.Response) -> TableCassNcoaEnhancement:
    return TableCassNcoaEnhancement.from_dict(response.json())


def _parse_post_refresh(response: httpx.Response) -> Table:
    return Table.from_dict(response.json())


def _parse_list(response: httpx.Response) -> list[TableSummary]:
    response_200 = decode.model_array(_models.TableSummary.from_dict, response.json())

    return response_200


def _parse_post(response: httpx.Response) -> Record:
    return Record.from_dict(response.json())


def _parse_get(response: httpx.Response) -> Table:
    return Table.from_dict(response.json())


def _parse_patch(response: httpx.Response) -> TableSummary:
    return TableSummary.from_dict(response.json())


def _parse_list_columns(response: httpx.Response) -> list[TableColumn]:
    response_200 = decode.model_array(_models.TableColumn.from_dict, response.json())

    return response_200


def _parse_get_enhancements_prepared_matchings(response: httpx.Response) -> Record:
    return Record.from_dict(response.json())


def _parse_get_enhancements_table_matchings(response: httpx.Response) -> Record:
    return Record.from_dict(response.json())


def _parse_post_enhancements_prepared_matchings(response: httpx.Response) -> Record:
    return Record.from_dict(response.json())


def _parse_post_enhancements_table_matchings(response: httpx.Response) -> Record:
    return Record.from_dict(response.json())


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

    def post_enhancements_geocodings(
        self,
        source_table_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> TableGeocodeEnhancement:
        """Post to tables enhancements geocodings.

        Deprecated: this operation is deprecated by the API and may be removed.

        `POST /tables/{source_table_id}/enhancements/geocodings`

        Args:
            source_table_id: The `source_table_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            TableGeocodeEnhancement

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        warnings.warn("tables.post_enhancements_geocodings is deprecated", DeprecationWarning, stacklevel=2)
        return self._client.request(
            ApiRequest(
                "POST",
                f"/tables/{encode_path(source_table_id)}/enhancements/geocodings",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_enhancements_geocodings,
        )

    def post_enhancements_cass_ncoa(
        self,
        source_table_id: int,
        *,
        perform_ncoa: bool | Unset = UNSET,
        ncoa_credential_id: int | Unset = UNSET,
        output_level: str | Unset = UNSET,
        batch_size: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> TableCassNcoaEnhancement:
        """Post to tables enhancements cass-ncoa.

        Deprecated: this operation is deprecated by the API and may be removed.

        `POST /tables/{source_table_id}/enhancements/cass-ncoa`

        Args:
            source_table_id: The `source_table_id` path parameter.
            perform_ncoa: The `performNcoa` field of the request body.
            ncoa_credential_id: The `ncoaCredentialId` field of the request body.
            output_level: The `outputLevel` field of the request body.
            batch_size: The `batchSize` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            TableCassNcoaEnhancement

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        warnings.warn("tables.post_enhancements_cass_ncoa is deprecated", DeprecationWarning, stacklevel=2)
        return self._client.request(
            ApiRequest(
                "POST",
                f"/tables/{encode_path(source_table_id)}/enhancements/cass-ncoa",
                json=TableCreateCassNcoaEnhancementCreateRequest(
                    perform_ncoa=perform_ncoa,
                    ncoa_credential_id=ncoa_credential_id,
                    output_level=output_level,
                    batch_size=batch_size,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        perform_ncoa,
                        ncoa_credential_id,
                        output_level,
                        batch_size,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_enhancements_cass_ncoa,
        )

    def get_enhancements_geocodings(
        self,
        id: int,
        source_table_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> TableGeocodeEnhancement:
        """Get tables enhancements geocodings.

        Deprecated: this operation is deprecated by the API and may be removed.

        `GET /tables/{source_table_id}/enhancements/geocodings/{id}`

        Args:
            id: The `id` path parameter.
            source_table_id: The `source_table_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            TableGeocodeEnhancement

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        warnings.warn("tables.get_enhancements_geocodings is deprecated", DeprecationWarning, stacklevel=2)
        return self._client.request(
            ApiRequest(
                "GET",
                f"/tables/{encode_path(source_table_id)}/enhancements/geocodings/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_enhancements_geocodings,
        )

    def get_enhancements_cass_ncoa(
        self,
        id: int,
        source_table_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> TableCassNcoaEnhancement:
        """Get tables enhancements cass-ncoa.

        Deprecated: this operation is deprecated by the API and may be removed.

        `GET /tables/{source_table_id}/enhancements/cass-ncoa/{id}`

        Args:
            id: The `id` path parameter.
            source_table_id: The `source_table_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            TableCassNcoaEnhancement

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        warnings.warn("tables.get_enhancements_cass_ncoa is deprecated", DeprecationWarning, stacklevel=2)
        return self._client.request(
            ApiRequest(
                "GET",
                f"/tables/{encode_path(source_table_id)}/enhancements/cass-ncoa/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_enhancements_cass_ncoa,
        )

    def post_refresh(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Table:
        """Post to tables refresh.

        Deprecated: this operation is deprecated by the API and may be removed.

        `POST /tables/{id}/refresh`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Table

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        warnings.warn("tables.post_refresh is deprecated", DeprecationWarning, stacklevel=2)
        return self._client.request(
            ApiRequest(
                "POST",
                f"/tables/{encode_path(id)}/refresh",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_refresh,
        )

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

    def post(
        self,
        database_id: int,
        schema: str,
        name: str,
        data: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Create tables.

        Documented by the previous client; absent from the current published API description.

        `POST /tables/`

        Args:
            database_id: The `databaseId` field of the request body.
            schema: The `schema` field of the request body.
            name: The `name` field of the request body.
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/tables/",
                json=PostTablesBody(database_id=database_id, schema=schema, name=name, data=data).to_dict(),
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

    def get_enhancements_prepared_matchings(
        self,
        id: str,
        source_table_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Get tables enhancements prepared matchings.

        Documented by the previous client; absent from the current published API description.

        `GET /tables/{source_table_id}/enhancements/prepared-matchings/{id}`

        Args:
            id: The `id` path parameter.
            source_table_id: The `source_table_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/tables/{encode_path(source_table_id)}/enhancements/prepared-matchings/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_enhancements_prepared_matchings,
        )

    def get_enhancements_table_matchings(
        self,
        id: int,
        source_table_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Get tables enhancements table matchings.

        Documented by the previous client; absent from the current published API description.

        `GET /tables/{source_table_id}/enhancements/table-matchings/{id}`

        Args:
            id: The `id` path parameter.
            source_table_id: The `source_table_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/tables/{encode_path(source_table_id)}/enhancements/table-matchings/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_enhancements_table_matchings,
        )

    def post_enhancements_prepared_matchings(
        self,
        source_table_id: int,
        threshold: str,
        match_table_id: int,
        *,
        max_matches: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Create tables enhancements prepared matchings.

        Documented by the previous client; absent from the current published API description.

        `POST /tables/{source_table_id}/enhancements/prepared-matchings`

        Args:
            source_table_id: The `source_table_id` path parameter.
            threshold: The `threshold` field of the request body.
            match_table_id: The `matchTableId` field of the request body.
            max_matches: The `maxMatches` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/tables/{encode_path(source_table_id)}/enhancements/prepared-matchings",
                json=PostTablesSourceTableIdEnhancementsPreparedMatchingsBody(
                    threshold=threshold, match_table_id=match_table_id, max_matches=max_matches
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_enhancements_prepared_matchings,
        )

    def post_enhancements_table_matchings(
        self,
        source_table_id: int,
        threshold: str,
        match_table_id: int,
        *,
        max_matches: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Create tables enhancements table matchings.

        Documented by the previous client; absent from the current published API description.

        `POST /tables/{source_table_id}/enhancements/table-matchings`

        Args:
            source_table_id: The `source_table_id` path parameter.
            threshold: The `threshold` field of the request body.
            match_table_id: The `matchTableId` field of the request body.
            max_matches: The `maxMatches` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/tables/{encode_path(source_table_id)}/enhancements/table-matchings",
                json=PostTablesSourceTableIdEnhancementsTableMatchingsBody(
                    threshold=threshold, match_table_id=match_table_id, max_matches=max_matches
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_enhancements_table_matchings,
        )


class TablesResourceWithRawResponse:
    """`tables` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: TablesResource) -> None:
        self.post_enhancements_geocodings = to_raw_response(resource.post_enhancements_geocodings)
        self.post_enhancements_cass_ncoa = to_raw_response(resource.post_enhancements_cass_ncoa)
        self.get_enhancements_geocodings = to_raw_response(resource.get_enhancements_geocodings)
        self.get_enhancements_cass_ncoa = to_raw_response(resource.get_enhancements_cass_ncoa)
        self.post_refresh = to_raw_response(resource.post_refresh)
        self.list = to_raw_response(resource.list)
        self.post = to_raw_response(resource.post)
        self.get = to_raw_response(resource.get)
        self.patch = to_raw_response(resource.patch)
        self.list_columns = to_raw_response(resource.list_columns)
        self.get_enhancements_prepared_matchings = to_raw_response(resource.get_enhancements_prepared_matchings)
        self.get_enhancements_table_matchings = to_raw_response(resource.get_enhancements_table_matchings)
        self.post_enhancements_prepared_matchings = to_raw_response(resource.post_enhancements_prepared_matchings)
        self.post_enhancements_table_matchings = to_raw_response(resource.post_enhancements_table_matchings)


class AsyncTablesResource:
    """Operations on `client.tables`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncTablesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncTablesResourceWithRawResponse(self)

    async def post_enhancements_geocodings(
        self,
        source_table_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> TableGeocodeEnhancement:
        """Post to tables enhancements geocodings.

        Deprecated: this operation is deprecated by the API and may be removed.

        `POST /tables/{source_table_id}/enhancements/geocodings`

        Args:
            source_table_id: The `source_table_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            TableGeocodeEnhancement

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        warnings.warn("tables.post_enhancements_geocodings is deprecated", DeprecationWarning, stacklevel=2)
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/tables/{encode_path(source_table_id)}/enhancements/geocodings",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_enhancements_geocodings,
        )

    async def post_enhancements_cass_ncoa(
        self,
        source_table_id: int,
        *,
        perform_ncoa: bool | Unset = UNSET,
        ncoa_credential_id: int | Unset = UNSET,
        output_level: str | Unset = UNSET,
        batch_size: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> TableCassNcoaEnhancement:
        """Post to tables enhancements cass-ncoa.

        Deprecated: this operation is deprecated by the API and may be removed.

        `POST /tables/{source_table_id}/enhancements/cass-ncoa`

        Args:
            source_table_id: The `source_table_id` path parameter.
            perform_ncoa: The `performNcoa` field of the request body.
            ncoa_credential_id: The `ncoaCredentialId` field of the request body.
            output_level: The `outputLevel` field of the request body.
            batch_size: The `batchSize` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            TableCassNcoaEnhancement

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        warnings.warn("tables.post_enhancements_cass_ncoa is deprecated", DeprecationWarning, stacklevel=2)
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/tables/{encode_path(source_table_id)}/enhancements/cass-ncoa",
                json=TableCreateCassNcoaEnhancementCreateRequest(
                    perform_ncoa=perform_ncoa,
                    ncoa_credential_id=ncoa_credential_id,
                    output_level=output_level,
                    batch_size=batch_size,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        perform_ncoa,
                        ncoa_credential_id,
                        output_level,
                        batch_size,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_enhancements_cass_ncoa,
        )

    async def get_enhancements_geocodings(
        self,
        id: int,
        source_table_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> TableGeocodeEnhancement:
        """Get tables enhancements geocodings.

        Deprecated: this operation is deprecated by the API and may be removed.

        `GET /tables/{source_table_id}/enhancements/geocodings/{id}`

        Args:
            id: The `id` path parameter.
            source_table_id: The `source_table_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            TableGeocodeEnhancement

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        warnings.warn("tables.get_enhancements_geocodings is deprecated", DeprecationWarning, stacklevel=2)
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/tables/{encode_path(source_table_id)}/enhancements/geocodings/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_enhancements_geocodings,
        )

    async def get_enhancements_cass_ncoa(
        self,
        id: int,
        source_table_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> TableCassNcoaEnhancement:
        """Get tables enhancements cass-ncoa.

        Deprecated: this operation is deprecated by the API and may be removed.

        `GET /tables/{source_table_id}/enhancements/cass-ncoa/{id}`

        Args:
            id: The `id` path parameter.
            source_table_id: The `source_table_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            TableCassNcoaEnhancement

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        warnings.warn("tables.get_enhancements_cass_ncoa is deprecated", DeprecationWarning, stacklevel=2)
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/tables/{encode_path(source_table_id)}/enhancements/cass-ncoa/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_enhancements_cass_ncoa,
        )

    async def post_refresh(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Table:
        """Post to tables refresh.

        Deprecated: this operation is deprecated by the API and may be removed.

        `POST /tables/{id}/refresh`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Table

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        warnings.warn("tables.post_refresh is deprecated", DeprecationWarning, stacklevel=2)
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/tables/{encode_path(id)}/refresh",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_refresh,
        )

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

    async def post(
        self,
        database_id: int,
        schema: str,
        name: str,
        data: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Create tables.

        Documented by the previous client; absent from the current published API description.

        `POST /tables/`

        Args:
            database_id: The `databaseId` field of the request body.
            schema: The `schema` field of the request body.
            name: The `name` field of the request body.
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/tables/",
                json=PostTablesBody(database_id=database_id, schema=schema, name=name, data=data).to_dict(),
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

    async def get_enhancements_prepared_matchings(
        self,
        id: str,
        source_table_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Get tables enhancements prepared matchings.

        Documented by the previous client; absent from the current published API description.

        `GET /tables/{source_table_id}/enhancements/prepared-matchings/{id}`

        Args:
            id: The `id` path parameter.
            source_table_id: The `source_table_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/tables/{encode_path(source_table_id)}/enhancements/prepared-matchings/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_enhancements_prepared_matchings,
        )

    async def get_enhancements_table_matchings(
        self,
        id: int,
        source_table_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Get tables enhancements table matchings.

        Documented by the previous client; absent from the current published API description.

        `GET /tables/{source_table_id}/enhancements/table-matchings/{id}`

        Args:
            id: The `id` path parameter.
            source_table_id: The `source_table_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/tables/{encode_path(source_table_id)}/enhancements/table-matchings/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_enhancements_table_matchings,
        )

    async def post_enhancements_prepared_matchings(
        self,
        source_table_id: int,
        threshold: str,
        match_table_id: int,
        *,
        max_matches: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Create tables enhancements prepared matchings.

        Documented by the previous client; absent from the current published API description.

        `POST /tables/{source_table_id}/enhancements/prepared-matchings`

        Args:
            source_table_id: The `source_table_id` path parameter.
            threshold: The `threshold` field of the request body.
            match_table_id: The `matchTableId` field of the request body.
            max_matches: The `maxMatches` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/tables/{encode_path(source_table_id)}/enhancements/prepared-matchings",
                json=PostTablesSourceTableIdEnhancementsPreparedMatchingsBody(
                    threshold=threshold, match_table_id=match_table_id, max_matches=max_matches
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_enhancements_prepared_matchings,
        )

    async def post_enhancements_table_matchings(
        self,
        source_table_id: int,
        threshold: str,
        match_table_id: int,
        *,
        max_matches: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Create tables enhancements table matchings.

        Documented by the previous client; absent from the current published API description.

        `POST /tables/{source_table_id}/enhancements/table-matchings`

        Args:
            source_table_id: The `source_table_id` path parameter.
            threshold: The `threshold` field of the request body.
            match_table_id: The `matchTableId` field of the request body.
            max_matches: The `maxMatches` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/tables/{encode_path(source_table_id)}/enhancements/table-matchings",
                json=PostTablesSourceTableIdEnhancementsTableMatchingsBody(
                    threshold=threshold, match_table_id=match_table_id, max_matches=max_matches
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_enhancements_table_matchings,
        )


class AsyncTablesResourceWithRawResponse:
    """`tables` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncTablesResource) -> None:
        self.post_enhancements_geocodings = to_async_raw_response(resource.post_enhancements_geocodings)
        self.post_enhancements_cass_ncoa = to_async_raw_response(resource.post_enhancements_cass_ncoa)
        self.get_enhancements_geocodings = to_async_raw_response(resource.get_enhancements_geocodings)
        self.get_enhancements_cass_ncoa = to_async_raw_response(resource.get_enhancements_cass_ncoa)
        self.post_refresh = to_async_raw_response(resource.post_refresh)
        self.list = to_async_raw_response(resource.list)
        self.post = to_async_raw_response(resource.post)
        self.get = to_async_raw_response(resource.get)
        self.patch = to_async_raw_response(resource.patch)
        self.list_columns = to_async_raw_response(resource.list_columns)
        self.get_enhancements_prepared_matchings = to_async_raw_response(resource.get_enhancements_prepared_matchings)
        self.get_enhancements_table_matchings = to_async_raw_response(resource.get_enhancements_table_matchings)
        self.post_enhancements_prepared_matchings = to_async_raw_response(resource.post_enhancements_prepared_matchings)
        self.post_enhancements_table_matchings = to_async_raw_response(resource.post_enhancements_table_matchings)
