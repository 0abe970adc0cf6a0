"""Operations on `client.sheets`."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.cells_response import CellsResponse
from ..models.errors_model import Errors
from ..models.filter_ import Filter
from ..models.list_commits_response import ListCommitsResponse
from ..models.list_sheets_response import ListSheetsResponse
from ..models.record_counts_response import RecordCountsResponse
from ..models.sheet_response import SheetResponse
from ..models.sheets_update_sheet_body import SheetsUpdateSheetBody
from ..models.sort_direction import SortDirection
from ..models.success import Success
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> ListSheetsResponse:
    return ListSheetsResponse.from_dict(response.json())


def _parse_get(response: httpx.Response) -> SheetResponse:
    return SheetResponse.from_dict(response.json())


def _parse_delete(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


def _parse_update_sheet(response: httpx.Response) -> SheetResponse:
    return SheetResponse.from_dict(response.json())


def _parse_validate(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


def _parse_get_record_counts(response: httpx.Response) -> RecordCountsResponse:
    return RecordCountsResponse.from_dict(response.json())


def _parse_get_sheet_commits(response: httpx.Response) -> ListCommitsResponse:
    return ListCommitsResponse.from_dict(response.json())


def _parse_lock_sheet(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


def _parse_unlock_sheet(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


def _parse_get_cell_values(response: httpx.Response) -> CellsResponse:
    return CellsResponse.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    404: Errors.from_dict,
}


class SheetsResource:
    """Operations on `client.sheets`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SheetsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return SheetsResourceWithRawResponse(self)

    def list(
        self,
        *,
        workbook_id: str,
        request_options: RequestOptions | None = None,
    ) -> ListSheetsResponse:
        """List sheets.

        Lists every sheet that belongs to a workbook.

        `GET /sheets`

        Args:
            workbook_id: Workbook whose sheets are listed.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ListSheetsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/sheets",
                params=query_params(
                    {
                        "workbookId": workbook_id,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )

    def get(
        self,
        sheet_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> SheetResponse:
        """Get a sheet.

        Fetches one sheet with its configuration.

        `GET /sheets/{sheetId}`

        Args:
            sheet_id: Sheet identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SheetResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/sheets/{encode_path(sheet_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get,
        )

    def delete(
        self,
        sheet_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete a sheet.

        Removes a sheet and its records.

        `DELETE /sheets/{sheetId}`

        Args:
            sheet_id: Sheet identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/sheets/{encode_path(sheet_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    def update_sheet(
        self,
        sheet_id: str,
        *,
        name: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SheetResponse:
        """Update a sheet.

        Changes the name, slug or metadata of a sheet.

        `PATCH /sheets/{sheetId}`

        Args:
            sheet_id: Sheet identifier.
            name: Sheet name.
            slug: Sheet slug.
            metadata: Free-form JSON about the sheet.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SheetResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/sheets/{encode_path(sheet_id)}",
                json=SheetsUpdateSheetBody(name=name, slug=slug, metadata=metadata).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update_sheet,
        )

    def validate(
        self,
        sheet_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Validate a sheet.

        Runs validation again on every record of a sheet.

        `POST /sheets/{sheetId}/validate`

        Args:
            sheet_id: Sheet identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/sheets/{encode_path(sheet_id)}/validate",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_validate,
        )

    def get_record_counts(
        self,
        sheet_id: str,
        *,
        version_id: str | Unset = UNSET,
        since_version_id: str | Unset = UNSET,
        commit_id: str | Unset = UNSET,
        since_commit_id: str | Unset = UNSET,
        filter: Filter | Unset = UNSET,
        filter_field: str | Unset = UNSET,
        search_value: str | Unset = UNSET,
        search_field: str | Unset = UNSET,
        by_field: bool | Unset = UNSET,
        q: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RecordCountsResponse:
        """Count records.

        Returns how many records a sheet holds in total, valid and invalid, optionally per field.

        `GET /sheets/{sheetId}/counts`

        Args:
            sheet_id: Sheet identifier.
            version_id: Only count records changed in this version.
            since_version_id: Deprecated. Deprecated; use sinceCommitId.
            commit_id: Count records changed in this commit and earlier ones.
            since_commit_id: Only count records changed since this commit.
            filter: Only valid, only invalid, or all records.
            filter_field: Field the filter applies to.
            search_value: Value to search for.
            search_field: Field to search in.
            by_field: Also return counts per field.
            q: FFQL query.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RecordCountsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        if not isinstance(since_version_id, Unset):
            warnings.warn(
                "`since_version_id` of sheets.get_record_counts is deprecated", DeprecationWarning, stacklevel=2
            )
        return self._client.request(
            ApiRequest(
                "GET",
                f"/sheets/{encode_path(sheet_id)}/counts",
                params=query_params(
                    {
                        "versionId": version_id,
                        "sinceVersionId": since_version_id,
                        "commitId": commit_id,
                        "sinceCommitId": since_commit_id,
                        "filter": filter,
                        "filterField": filter_field,
                        "searchValue": search_value,
                        "searchField": search_field,
                        "byField": by_field,
                        "q": q,
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_record_counts,
        )

    def get_sheet_commits(
        self,
        sheet_id: str,
        *,
        completed: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListCommitsResponse:
        """List sheet commits.

        Returns the commits made on a sheet.

        `GET /sheets/{sheetId}/commits`

        Args:
            sheet_id: Sheet identifier.
            completed: true for completed commits only, false for pending ones only.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ListCommitsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/sheets/{encode_path(sheet_id)}/commits",
                params=query_params(
                    {
                        "completed": completed,
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_sheet_commits,
        )

    def lock_sheet(
        self,
        sheet_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Lock a sheet.

        Prevents edits to a sheet until it is unlocked.

        `POST /sheets/{sheetId}/lock`

        Args:
            sheet_id: Sheet identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/sheets/{encode_path(sheet_id)}/lock",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_lock_sheet,
        )

    def unlock_sheet(
        self,
        sheet_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Unlock a sheet.

        Allows edits to a locked sheet again.

        `POST /sheets/{sheetId}/unlock`

        Args:
            sheet_id: Sheet identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/sheets/{encode_path(sheet_id)}/unlock",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_unlock_sheet,
        )

    def get_cell_values(
        self,
        sheet_id: str,
        *,
        distinct: bool,
        field_key: str | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        filter: Filter | Unset = UNSET,
        filter_field: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        include_counts: bool | Unset = UNSET,
        search_value: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CellsResponse:
        """List distinct cell values.

        Returns the distinct values of sheet cells with how often each occurs.

        `GET /sheets/{sheetId}/cells`

        Args:
            sheet_id: Sheet identifier.
            distinct: Has to be sent as true; only distinct values are supported.
            field_key: Field whose values are returned.
            sort_field: Field to sort by.
            sort_direction: Sort order.
            filter: Only valid, only invalid, or all records.
            filter_field: Field the filter applies to.
            page_size: How many values to return per page.
            page_number: Page to return, starting at 1.
            include_counts: Return how often each value occurs.
            search_value: Value to search for; wrap in quotes for an exact match.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CellsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/sheets/{encode_path(sheet_id)}/cells",
                params=query_params(
                    {
                        "distinct": distinct,
                        "fieldKey": field_key,
                        "sortField": sort_field,
                        "sortDirection": sort_direction,
                        "filter": filter,
                        "filterField": filter_field,
                        "pageSize": page_size,
                        "pageNumber": page_number,
                        "includeCounts": include_counts,
                        "searchValue": search_value,
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_cell_values,
        )


class SheetsResourceWithRawResponse:
    """`sheets` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: SheetsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.get = to_raw_response(resource.get)
        self.delete = to_raw_response(resource.delete)
        self.update_sheet = to_raw_response(resource.update_sheet)
        self.validate = to_raw_response(resource.validate)
        self.get_record_counts = to_raw_response(resource.get_record_counts)
        self.get_sheet_commits = to_raw_response(resource.get_sheet_commits)
        self.lock_sheet = to_raw_response(resource.lock_sheet)
        self.unlock_sheet = to_raw_response(resource.unlock_sheet)
        self.get_cell_values = to_raw_response(resource.get_cell_values)


class AsyncSheetsResource:
    """Operations on `client.sheets`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSheetsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncSheetsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        workbook_id: str,
        request_options: RequestOptions | None = None,
    ) -> ListSheetsResponse:
        """List sheets.

        Lists every sheet that belongs to a workbook.

        `GET /sheets`

        Args:
            workbook_id: Workbook whose sheets are listed.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ListSheetsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/sheets",
                params=query_params(
                    {
                        "workbookId": workbook_id,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )

    async def get(
        self,
        sheet_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> SheetResponse:
        """Get a sheet.

        Fetches one sheet with its configuration.

        `GET /sheets/{sheetId}`

        Args:
            sheet_id: Sheet identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SheetResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/sheets/{encode_path(sheet_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get,
        )

    async def delete(
        self,
        sheet_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete a sheet.

        Removes a sheet and its records.

        `DELETE /sheets/{sheetId}`

        Args:
            sheet_id: Sheet identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/sheets/{encode_path(sheet_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    async def update_sheet(
        self,
        sheet_id: str,
        *,
        name: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SheetResponse:
        """Update a sheet.

        Changes the name, slug or metadata of a sheet.

        `PATCH /sheets/{sheetId}`

        Args:
            sheet_id: Sheet identifier.
            name: Sheet name.
            slug: Sheet slug.
            metadata: Free-form JSON about the sheet.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SheetResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/sheets/{encode_path(sheet_id)}",
                json=SheetsUpdateSheetBody(name=name, slug=slug, metadata=metadata).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update_sheet,
        )

    async def validate(
        self,
        sheet_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Validate a sheet.

        Runs validation again on every record of a sheet.

        `POST /sheets/{sheetId}/validate`

        Args:
            sheet_id: Sheet identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/sheets/{encode_path(sheet_id)}/validate",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_validate,
        )

    async def get_record_counts(
        self,
        sheet_id: str,
        *,
        version_id: str | Unset = UNSET,
        since_version_id: str | Unset = UNSET,
        commit_id: str | Unset = UNSET,
        since_commit_id: str | Unset = UNSET,
        filter: Filter | Unset = UNSET,
        filter_field: str | Unset = UNSET,
        search_value: str | Unset = UNSET,
        search_field: str | Unset = UNSET,
        by_field: bool | Unset = UNSET,
        q: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RecordCountsResponse:
        """Count records.

        Returns how many records a sheet holds in total, valid and invalid, optionally per field.

        `GET /sheets/{sheetId}/counts`

        Args:
            sheet_id: Sheet identifier.
            version_id: Only count records changed in this version.
            since_version_id: Deprecated. Deprecated; use sinceCommitId.
            commit_id: Count records changed in this commit and earlier ones.
            since_commit_id: Only count records changed since this commit.
            filter: Only valid, only invalid, or all records.
            filter_field: Field the filter applies to.
            search_value: Value to search for.
            search_field: Field to search in.
            by_field: Also return counts per field.
            q: FFQL query.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RecordCountsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        if not isinstance(since_version_id, Unset):
            warnings.warn(
                "`since_version_id` of sheets.get_record_counts is deprecated", DeprecationWarning, stacklevel=2
            )
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/sheets/{encode_path(sheet_id)}/counts",
                params=query_params(
                    {
                        "versionId": version_id,
                        "sinceVersionId": since_version_id,
                        "commitId": commit_id,
                        "sinceCommitId": since_commit_id,
                        "filter": filter,
                        "filterField": filter_field,
                        "searchValue": search_value,
                        "searchField": search_field,
                        "byField": by_field,
                        "q": q,
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_record_counts,
        )

    async def get_sheet_commits(
        self,
        sheet_id: str,
        *,
        completed: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListCommitsResponse:
        """List sheet commits.

        Returns the commits made on a sheet.

        `GET /sheets/{sheetId}/commits`

        Args:
            sheet_id: Sheet identifier.
            completed: true for completed commits only, false for pending ones only.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ListCommitsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/sheets/{encode_path(sheet_id)}/commits",
                params=query_params(
                    {
                        "completed": completed,
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_sheet_commits,
        )

    async def lock_sheet(
        self,
        sheet_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Lock a sheet.

        Prevents edits to a sheet until it is unlocked.

        `POST /sheets/{sheetId}/lock`

        Args:
            sheet_id: Sheet identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/sheets/{encode_path(sheet_id)}/lock",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_lock_sheet,
        )

    async def unlock_sheet(
        self,
        sheet_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Unlock a sheet.

        Allows edits to a locked sheet again.

        `POST /sheets/{sheetId}/unlock`

        Args:
            sheet_id: Sheet identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/sheets/{encode_path(sheet_id)}/unlock",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_unlock_sheet,
        )

    async def get_cell_values(
        self,
        sheet_id: str,
        *,
        distinct: bool,
        field_key: str | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        filter: Filter | Unset = UNSET,
        filter_field: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        include_counts: bool | Unset = UNSET,
        search_value: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CellsResponse:
        """List distinct cell values.

        Returns the distinct values of sheet cells with how often each occurs.

        `GET /sheets/{sheetId}/cells`

        Args:
            sheet_id: Sheet identifier.
            distinct: Has to be sent as true; only distinct values are supported.
            field_key: Field whose values are returned.
            sort_field: Field to sort by.
            sort_direction: Sort order.
            filter: Only valid, only invalid, or all records.
            filter_field: Field the filter applies to.
            page_size: How many values to return per page.
            page_number: Page to return, starting at 1.
            include_counts: Return how often each value occurs.
            search_value: Value to search for; wrap in quotes for an exact match.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CellsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/sheets/{encode_path(sheet_id)}/cells",
                params=query_params(
                    {
                        "distinct": distinct,
                        "fieldKey": field_key,
                        "sortField": sort_field,
                        "sortDirection": sort_direction,
                        "filter": filter,
                        "filterField": filter_field,
                        "pageSize": page_size,
                        "pageNumber": page_number,
                        "includeCounts": include_counts,
                        "searchValue": search_value,
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_cell_values,
        )


class AsyncSheetsResourceWithRawResponse:
    """`sheets` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncSheetsResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.get = to_async_raw_response(resource.get)
        self.delete = to_async_raw_response(resource.delete)
        self.update_sheet = to_async_raw_response(resource.update_sheet)
        self.validate = to_async_raw_response(resource.validate)
        self.get_record_counts = to_async_raw_response(resource.get_record_counts)
        self.get_sheet_commits = to_async_raw_response(resource.get_sheet_commits)
        self.lock_sheet = to_async_raw_response(resource.lock_sheet)
        self.unlock_sheet = to_async_raw_response(resource.unlock_sheet)
        self.get_cell_values = to_async_raw_response(resource.get_cell_values)
