"""Operations on `client.records`."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, jsonable, query_params
from .._core._request import ApiRequest
from .._core._types import as_models
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    PageNumberStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.errors_model import Errors
from ..models.filter_ import Filter
from ..models.get_record_indices_response import GetRecordIndicesResponse
from ..models.get_records_response import GetRecordsResponse
from ..models.record import Record
from ..models.record_data import RecordData
from ..models.records_find_and_replace_body import RecordsFindAndReplaceBody
from ..models.records_response import RecordsResponse
from ..models.sort_direction import SortDirection
from ..models.success import Success
from ..models.version_response import VersionResponse
from ..types import UNSET, Unset


def _parse_get(response: httpx.Response) -> GetRecordsResponse:
    return GetRecordsResponse.from_dict(response.json())


def _parse_update(response: httpx.Response) -> VersionResponse:
    return VersionResponse.from_dict(response.json())


def _parse_insert(response: httpx.Response) -> RecordsResponse:
    return RecordsResponse.from_dict(response.json())


def _parse_delete(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


def _parse_indices(response: httpx.Response) -> GetRecordIndicesResponse:
    return GetRecordIndicesResponse.from_dict(response.json())


def _parse_find_and_replace(response: httpx.Response) -> VersionResponse:
    return VersionResponse.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    404: Errors.from_dict,
}


class RecordsResource:
    """Operations on `client.records`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> RecordsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return RecordsResourceWithRawResponse(self)

    def get(
        self,
        sheet_id: str,
        *,
        version_id: str | Unset = UNSET,
        commit_id: str | Unset = UNSET,
        since_version_id: str | Unset = UNSET,
        since_commit_id: str | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        filter: Filter | Unset = UNSET,
        filter_field: str | Unset = UNSET,
        search_value: str | Unset = UNSET,
        search_field: str | Unset = UNSET,
        ids: list[str] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        include_counts: bool | Unset = UNSET,
        include_length: bool | Unset = UNSET,
        include_links: bool | Unset = UNSET,
        include_messages: bool | Unset = UNSET,
        fields: list[str] | Unset = UNSET,
        for_: str | Unset = UNSET,
        q: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[Record]:
        """List records.

        Returns a page of records from a sheet, with optional filtering, sorting, search and field
        selection.

        `GET /sheets/{sheetId}/records`

        Args:
            sheet_id: Sheet identifier.
            version_id: Deprecated. Deprecated; use commitId.
            commit_id: Return the records as of this commit.
            since_version_id: Deprecated. Deprecated; use sinceCommitId.
            since_commit_id: Only records changed since this commit.
            sort_field: Field to sort by.
            sort_direction: Sort order.
            filter: Only valid, only invalid, or all records.
            filter_field: Field the filter applies to.
            search_value: Value to search for.
            search_field: Field to search in.
            ids: Only these records.
            page_size: How many records to return per page.
            page_number: Page to return, starting at 1.
            include_counts: Deprecated. Deprecated; use the sheet counts endpoint.
            include_length: Return the size of the result set as counts.total.
            include_links: Embed records that reference fields point to.
            include_messages: Return validation messages with each cell.
            fields: Only return these field keys.
            for_: Take the query from the payload of this event.
            q: FFQL query.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Record`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `GetRecordsResponse` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        if not isinstance(version_id, Unset):
            warnings.warn("`version_id` of records.get is deprecated", DeprecationWarning, stacklevel=2)
        if not isinstance(since_version_id, Unset):
            warnings.warn("`since_version_id` of records.get is deprecated", DeprecationWarning, stacklevel=2)
        if not isinstance(include_counts, Unset):
            warnings.warn("`include_counts` of records.get is deprecated", DeprecationWarning, stacklevel=2)
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/sheets/{encode_path(sheet_id)}/records",
                params=query_params(
                    {
                        "versionId": version_id,
                        "commitId": commit_id,
                        "sinceVersionId": since_version_id,
                        "sinceCommitId": since_commit_id,
                        "sortField": sort_field,
                        "sortDirection": sort_direction,
                        "filter": filter,
                        "filterField": filter_field,
                        "searchValue": search_value,
                        "searchField": search_field,
                        "ids": ids,
                        "pageSize": page_size,
                        "pageNumber": page_number,
                        "includeCounts": include_counts,
                        "includeLength": include_length,
                        "includeLinks": include_links,
                        "includeMessages": include_messages,
                        "fields": fields,
                        "for": for_,
                        "q": q,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
            strategy=PageNumberStrategy(
                page_param="pageNumber", size_param="pageSize", page_count_field="pagination.pageCount"
            ),
            items=(
                "data",
                "records",
            ),
            max_items=max_items,
        )

    def update(
        self,
        sheet_id: str,
        *,
        request: Sequence[Record | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> VersionResponse:
        """Update records.

        Writes new cell values to existing records, matched by record id.

        `PUT /sheets/{sheetId}/records`

        Args:
            sheet_id: Sheet identifier.
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            VersionResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/sheets/{encode_path(sheet_id)}/records",
                json=jsonable(as_models(Record, request)),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_update,
        )

    def insert(
        self,
        sheet_id: str,
        *,
        request: Sequence[RecordData | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> RecordsResponse:
        """Insert records.

        Appends new records to a sheet.

        `POST /sheets/{sheetId}/records`

        Args:
            sheet_id: Sheet identifier.
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RecordsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/sheets/{encode_path(sheet_id)}/records",
                json=jsonable(as_models(RecordData, request)),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_insert,
        )

    def delete(
        self,
        sheet_id: str,
        *,
        ids: list[str],
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete records.

        Removes the listed records from a sheet.

        `DELETE /sheets/{sheetId}/records`

        Args:
            sheet_id: Sheet identifier.
            ids: Records to remove (at most 100).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/sheets/{encode_path(sheet_id)}/records",
                params=query_params(
                    {
                        "ids": ids,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    def indices(
        self,
        sheet_id: str,
        *,
        ids: list[str],
        commit_id: str | Unset = UNSET,
        since_commit_id: str | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        filter: Filter | Unset = UNSET,
        filter_field: str | Unset = UNSET,
        search_value: str | Unset = UNSET,
        search_field: str | Unset = UNSET,
        q: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GetRecordIndicesResponse:
        """Find record positions.

        Returns where each of the given records sits in the filtered, sorted result set.

        `GET /sheets/{sheetId}/records/indices`

        Args:
            sheet_id: Sheet identifier.
            ids: Records to locate (at most 100).
            commit_id: Use the sheet as of this commit.
            since_commit_id: Only records changed since this commit.
            sort_field: Field to sort by.
            sort_direction: Sort order.
            filter: Only valid, only invalid, or all records.
            filter_field: Field the filter applies to.
            search_value: Value to search for.
            search_field: Field to search in.
            q: FFQL query.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GetRecordIndicesResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/sheets/{encode_path(sheet_id)}/records/indices",
                params=query_params(
                    {
                        "ids": ids,
                        "commitId": commit_id,
                        "sinceCommitId": since_commit_id,
                        "sortField": sort_field,
                        "sortDirection": sort_direction,
                        "filter": filter,
                        "filterField": filter_field,
                        "searchValue": search_value,
                        "searchField": search_field,
                        "q": q,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_indices,
        )

    def find_and_replace(
        self,
        sheet_id: str,
        *,
        field_key: str,
        filter: Filter | Unset = UNSET,
        filter_field: str | Unset = UNSET,
        search_value: str | Unset = UNSET,
        search_field: str | Unset = UNSET,
        ids: list[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        find: bool | float | int | str | Unset = UNSET,
        replace: bool | float | int | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> VersionResponse:
        """Find and replace.

        Replaces every matching cell value, in one field or across the sheet, and returns the resulting
        commit.

        `PUT /sheets/{sheetId}/find-replace`

        Args:
            sheet_id: Sheet identifier.
            filter: Only valid, only invalid, or all records.
            filter_field: Field the filter applies to.
            search_value: Value to search for.
            search_field: Field to search in.
            ids: Only these records.
            q: FFQL query.
            field_key: Field to search in.
            find: A scalar cell value (text, number or boolean).
            replace: A scalar cell value (text, number or boolean).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            VersionResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/sheets/{encode_path(sheet_id)}/find-replace",
                params=query_params(
                    {
                        "filter": filter,
                        "filterField": filter_field,
                        "searchValue": search_value,
                        "searchField": search_field,
                        "ids": ids,
                        "q": q,
                    }
                ),
                json=RecordsFindAndReplaceBody(field_key=field_key, find=find, replace=replace).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_find_and_replace,
        )


class RecordsResourceWithRawResponse:
    """`records` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: RecordsResource) -> None:
        self.get = to_raw_response(resource.get)
        self.update = to_raw_response(resource.update)
        self.insert = to_raw_response(resource.insert)
        self.delete = to_raw_response(resource.delete)
        self.indices = to_raw_response(resource.indices)
        self.find_and_replace = to_raw_response(resource.find_and_replace)


class AsyncRecordsResource:
    """Operations on `client.records`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncRecordsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncRecordsResourceWithRawResponse(self)

    def get(
        self,
        sheet_id: str,
        *,
        version_id: str | Unset = UNSET,
        commit_id: str | Unset = UNSET,
        since_version_id: str | Unset = UNSET,
        since_commit_id: str | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        filter: Filter | Unset = UNSET,
        filter_field: str | Unset = UNSET,
        search_value: str | Unset = UNSET,
        search_field: str | Unset = UNSET,
        ids: list[str] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        include_counts: bool | Unset = UNSET,
        include_length: bool | Unset = UNSET,
        include_links: bool | Unset = UNSET,
        include_messages: bool | Unset = UNSET,
        fields: list[str] | Unset = UNSET,
        for_: str | Unset = UNSET,
        q: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Record]:
        """List records.

        Returns a page of records from a sheet, with optional filtering, sorting, search and field
        selection.

        `GET /sheets/{sheetId}/records`

        Args:
            sheet_id: Sheet identifier.
            version_id: Deprecated. Deprecated; use commitId.
            commit_id: Return the records as of this commit.
            since_version_id: Deprecated. Deprecated; use sinceCommitId.
            since_commit_id: Only records changed since this commit.
            sort_field: Field to sort by.
            sort_direction: Sort order.
            filter: Only valid, only invalid, or all records.
            filter_field: Field the filter applies to.
            search_value: Value to search for.
            search_field: Field to search in.
            ids: Only these records.
            page_size: How many records to return per page.
            page_number: Page to return, starting at 1.
            include_counts: Deprecated. Deprecated; use the sheet counts endpoint.
            include_length: Return the size of the result set as counts.total.
            include_links: Embed records that reference fields point to.
            include_messages: Return validation messages with each cell.
            fields: Only return these field keys.
            for_: Take the query from the payload of this event.
            q: FFQL query.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Record`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `GetRecordsResponse` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        if not isinstance(version_id, Unset):
            warnings.warn("`version_id` of records.get is deprecated", DeprecationWarning, stacklevel=2)
        if not isinstance(since_version_id, Unset):
            warnings.warn("`since_version_id` of records.get is deprecated", DeprecationWarning, stacklevel=2)
        if not isinstance(include_counts, Unset):
            warnings.warn("`include_counts` of records.get is deprecated", DeprecationWarning, stacklevel=2)
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/sheets/{encode_path(sheet_id)}/records",
                params=query_params(
                    {
                        "versionId": version_id,
                        "commitId": commit_id,
                        "sinceVersionId": since_version_id,
                        "sinceCommitId": since_commit_id,
                        "sortField": sort_field,
                        "sortDirection": sort_direction,
                        "filter": filter,
                        "filterField": filter_field,
                        "searchValue": search_value,
                        "searchField": search_field,
                        "ids": ids,
                        "pageSize": page_size,
                        "pageNumber": page_number,
                        "includeCounts": include_counts,
                        "includeLength": include_length,
                        "includeLinks": include_links,
                        "includeMessages": include_messages,
                        "fields": fields,
                        "for": for_,
                        "q": q,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
            strategy=PageNumberStrategy(
                page_param="pageNumber", size_param="pageSize", page_count_field="pagination.pageCount"
            ),
            items=(
                "data",
                "records",
            ),
            max_items=max_items,
        )

    async def update(
        self,
        sheet_id: str,
        *,
        request: Sequence[Record | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> VersionResponse:
        """Update records.

        Writes new cell values to existing records, matched by record id.

        `PUT /sheets/{sheetId}/records`

        Args:
            sheet_id: Sheet identifier.
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            VersionResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/sheets/{encode_path(sheet_id)}/records",
                json=jsonable(as_models(Record, request)),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_update,
        )

    async def insert(
        self,
        sheet_id: str,
        *,
        request: Sequence[RecordData | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> RecordsResponse:
        """Insert records.

        Appends new records to a sheet.

        `POST /sheets/{sheetId}/records`

        Args:
            sheet_id: Sheet identifier.
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RecordsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/sheets/{encode_path(sheet_id)}/records",
                json=jsonable(as_models(RecordData, request)),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_insert,
        )

    async def delete(
        self,
        sheet_id: str,
        *,
        ids: list[str],
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete records.

        Removes the listed records from a sheet.

        `DELETE /sheets/{sheetId}/records`

        Args:
            sheet_id: Sheet identifier.
            ids: Records to remove (at most 100).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/sheets/{encode_path(sheet_id)}/records",
                params=query_params(
                    {
                        "ids": ids,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    async def indices(
        self,
        sheet_id: str,
        *,
        ids: list[str],
        commit_id: str | Unset = UNSET,
        since_commit_id: str | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        filter: Filter | Unset = UNSET,
        filter_field: str | Unset = UNSET,
        search_value: str | Unset = UNSET,
        search_field: str | Unset = UNSET,
        q: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GetRecordIndicesResponse:
        """Find record positions.

        Returns where each of the given records sits in the filtered, sorted result set.

        `GET /sheets/{sheetId}/records/indices`

        Args:
            sheet_id: Sheet identifier.
            ids: Records to locate (at most 100).
            commit_id: Use the sheet as of this commit.
            since_commit_id: Only records changed since this commit.
            sort_field: Field to sort by.
            sort_direction: Sort order.
            filter: Only valid, only invalid, or all records.
            filter_field: Field the filter applies to.
            search_value: Value to search for.
            search_field: Field to search in.
            q: FFQL query.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GetRecordIndicesResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/sheets/{encode_path(sheet_id)}/records/indices",
                params=query_params(
                    {
                        "ids": ids,
                        "commitId": commit_id,
                        "sinceCommitId": since_commit_id,
                        "sortField": sort_field,
                        "sortDirection": sort_direction,
                        "filter": filter,
                        "filterField": filter_field,
                        "searchValue": search_value,
                        "searchField": search_field,
                        "q": q,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_indices,
        )

    async def find_and_replace(
        self,
        sheet_id: str,
        *,
        field_key: str,
        filter: Filter | Unset = UNSET,
        filter_field: str | Unset = UNSET,
        search_value: str | Unset = UNSET,
        search_field: str | Unset = UNSET,
        ids: list[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        find: bool | float | int | str | Unset = UNSET,
        replace: bool | float | int | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> VersionResponse:
        """Find and replace.

        Replaces every matching cell value, in one field or across the sheet, and returns the resulting
        commit.

        `PUT /sheets/{sheetId}/find-replace`

        Args:
            sheet_id: Sheet identifier.
            filter: Only valid, only invalid, or all records.
            filter_field: Field the filter applies to.
            search_value: Value to search for.
            search_field: Field to search in.
            ids: Only these records.
            q: FFQL query.
            field_key: Field to search in.
            find: A scalar cell value (text, number or boolean).
            replace: A scalar cell value (text, number or boolean).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            VersionResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/sheets/{encode_path(sheet_id)}/find-replace",
                params=query_params(
                    {
                        "filter": filter,
                        "filterField": filter_field,
                        "searchValue": search_value,
                        "searchField": search_field,
                        "ids": ids,
                        "q": q,
                    }
                ),
                json=RecordsFindAndReplaceBody(field_key=field_key, find=find, replace=replace).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_find_and_replace,
        )


class AsyncRecordsResourceWithRawResponse:
    """`records` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncRecordsResource) -> None:
        self.get = to_async_raw_response(resource.get)
        self.update = to_async_raw_response(resource.update)
        self.insert = to_async_raw_response(resource.insert)
        self.delete = to_async_raw_response(resource.delete)
        self.indices = to_async_raw_response(resource.indices)
        self.find_and_replace = to_async_raw_response(resource.find_and_replace)
