"""Operations on `client.snapshots`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, jsonable, query_params
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
from ..models.change_type import ChangeType
from ..models.diff_record import DiffRecord
from ..models.diff_records_response import DiffRecordsResponse
from ..models.errors_model import Errors
from ..models.restore_options import RestoreOptions
from ..models.snapshot_response import SnapshotResponse
from ..models.snapshots_create_snapshot_body import SnapshotsCreateSnapshotBody
from ..models.snapshots_response import SnapshotsResponse
from ..models.success import Success
from ..types import UNSET, Unset


def _parse_list_snapshots(response: httpx.Response) -> SnapshotsResponse:
    return SnapshotsResponse.from_dict(response.json())


def _parse_create_snapshot(response: httpx.Response) -> SnapshotResponse:
    return SnapshotResponse.from_dict(response.json())


def _parse_get_snapshot(response: httpx.Response) -> SnapshotResponse:
    return SnapshotResponse.from_dict(response.json())


def _parse_delete_snapshot(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


def _parse_restore_snapshot(response: httpx.Response) -> SnapshotResponse:
    return SnapshotResponse.from_dict(response.json())


def _parse_get_snapshot_records(response: httpx.Response) -> DiffRecordsResponse:
    return DiffRecordsResponse.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    404: Errors.from_dict,
}


class SnapshotsResource:
    """Operations on `client.snapshots`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SnapshotsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return SnapshotsResourceWithRawResponse(self)

    def list_snapshots(
        self,
        *,
        sheet_id: str,
        thread_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SnapshotsResponse:
        """List snapshots.

        Returns the snapshots of a sheet.

        `GET /snapshots`

        Args:
            sheet_id: Sheet whose snapshots are listed.
            thread_id: Only snapshots of this AI thread.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SnapshotsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/snapshots",
                params=query_params(
                    {
                        "sheetId": sheet_id,
                        "threadId": thread_id,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_snapshots,
        )

    def create_snapshot(
        self,
        *,
        sheet_id: str,
        label: str | Unset = UNSET,
        thread_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SnapshotResponse:
        """Take a snapshot.

        Saves a copy of the current records of a sheet.

        `POST /snapshots`

        Args:
            sheet_id: Sheet to copy.
            label: Name of the snapshot.
            thread_id: AI thread the snapshot belongs to.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SnapshotResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/snapshots",
                json=SnapshotsCreateSnapshotBody(sheet_id=sheet_id, label=label, thread_id=thread_id).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create_snapshot,
        )

    def get_snapshot(
        self,
        snapshot_id: str,
        *,
        include_summary: bool,
        request_options: RequestOptions | None = None,
    ) -> SnapshotResponse:
        """Get a snapshot.

        Fetches one snapshot, optionally with a summary of changes since it was taken.

        `GET /snapshots/{snapshotId}`

        Args:
            snapshot_id: Snapshot identifier.
            include_summary: Add a change summary to the response.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SnapshotResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/snapshots/{encode_path(snapshot_id)}",
                params=query_params(
                    {
                        "includeSummary": include_summary,
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_snapshot,
        )

    def delete_snapshot(
        self,
        snapshot_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete a snapshot.

        Removes a snapshot.

        `DELETE /snapshots/{snapshotId}`

        Args:
            snapshot_id: Snapshot identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/snapshots/{encode_path(snapshot_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete_snapshot,
        )

    def restore_snapshot(
        self,
        snapshot_id: str,
        *,
        request: RestoreOptions | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SnapshotResponse:
        """Restore a snapshot.

        Rolls a sheet back to a snapshot; the options pick which kinds of change to undo.

        `POST /snapshots/{snapshotId}/restore`

        Args:
            snapshot_id: Snapshot identifier.
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SnapshotResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/snapshots/{encode_path(snapshot_id)}/restore",
                json=jsonable(as_model(RestoreOptions, request)),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_restore_snapshot,
        )

    def get_snapshot_records(
        self,
        snapshot_id: str,
        *,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        change_type: ChangeType | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[DiffRecord]:
        """List snapshot changes.

        Returns a page of records that differ between a snapshot and the live sheet.

        `GET /snapshots/{snapshotId}/records`

        Args:
            snapshot_id: Snapshot identifier.
            page_size: How many records to return per page.
            page_number: Page to return, starting at 1.
            change_type: Only this kind of change.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `DiffRecord`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `DiffRecordsResponse` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/snapshots/{encode_path(snapshot_id)}/records",
                params=query_params(
                    {
                        "pageSize": page_size,
                        "pageNumber": page_number,
                        "changeType": change_type,
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_snapshot_records,
            strategy=PageNumberStrategy(
                page_param="pageNumber", size_param="pageSize", page_count_field="pagination.pageCount"
            ),
            items=("data",),
            max_items=max_items,
        )


class SnapshotsResourceWithRawResponse:
    """`snapshots` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: SnapshotsResource) -> None:
        self.list_snapshots = to_raw_response(resource.list_snapshots)
        self.create_snapshot = to_raw_response(resource.create_snapshot)
        self.get_snapshot = to_raw_response(resource.get_snapshot)
        self.delete_snapshot = to_raw_response(resource.delete_snapshot)
        self.restore_snapshot = to_raw_response(resource.restore_snapshot)
        self.get_snapshot_records = to_raw_response(resource.get_snapshot_records)


class AsyncSnapshotsResource:
    """Operations on `client.snapshots`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSnapshotsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncSnapshotsResourceWithRawResponse(self)

    async def list_snapshots(
        self,
        *,
        sheet_id: str,
        thread_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SnapshotsResponse:
        """List snapshots.

        Returns the snapshots of a sheet.

        `GET /snapshots`

        Args:
            sheet_id: Sheet whose snapshots are listed.
            thread_id: Only snapshots of this AI thread.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SnapshotsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/snapshots",
                params=query_params(
                    {
                        "sheetId": sheet_id,
                        "threadId": thread_id,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_snapshots,
        )

    async def create_snapshot(
        self,
        *,
        sheet_id: str,
        label: str | Unset = UNSET,
        thread_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SnapshotResponse:
        """Take a snapshot.

        Saves a copy of the current records of a sheet.

        `POST /snapshots`

        Args:
            sheet_id: Sheet to copy.
            label: Name of the snapshot.
            thread_id: AI thread the snapshot belongs to.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SnapshotResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/snapshots",
                json=SnapshotsCreateSnapshotBody(sheet_id=sheet_id, label=label, thread_id=thread_id).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create_snapshot,
        )

    async def get_snapshot(
        self,
        snapshot_id: str,
        *,
        include_summary: bool,
        request_options: RequestOptions | None = None,
    ) -> SnapshotResponse:
        """Get a snapshot.

        Fetches one snapshot, optionally with a summary of changes since it was taken.

        `GET /snapshots/{snapshotId}`

        Args:
            snapshot_id: Snapshot identifier.
            include_summary: Add a change summary to the response.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SnapshotResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/snapshots/{encode_path(snapshot_id)}",
                params=query_params(
                    {
                        "includeSummary": include_summary,
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_snapshot,
        )

    async def delete_snapshot(
        self,
        snapshot_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete a snapshot.

        Removes a snapshot.

        `DELETE /snapshots/{snapshotId}`

        Args:
            snapshot_id: Snapshot identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/snapshots/{encode_path(snapshot_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete_snapshot,
        )

    async def restore_snapshot(
        self,
        snapshot_id: str,
        *,
        request: RestoreOptions | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SnapshotResponse:
        """Restore a snapshot.

        Rolls a sheet back to a snapshot; the options pick which kinds of change to undo.

        `POST /snapshots/{snapshotId}/restore`

        Args:
            snapshot_id: Snapshot identifier.
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SnapshotResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/snapshots/{encode_path(snapshot_id)}/restore",
                json=jsonable(as_model(RestoreOptions, request)),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_restore_snapshot,
        )

    def get_snapshot_records(
        self,
        snapshot_id: str,
        *,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        change_type: ChangeType | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[DiffRecord]:
        """List snapshot changes.

        Returns a page of records that differ between a snapshot and the live sheet.

        `GET /snapshots/{snapshotId}/records`

        Args:
            snapshot_id: Snapshot identifier.
            page_size: How many records to return per page.
            page_number: Page to return, starting at 1.
            change_type: Only this kind of change.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `DiffRecord`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `DiffRecordsResponse` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/snapshots/{encode_path(snapshot_id)}/records",
                params=query_params(
                    {
                        "pageSize": page_size,
                        "pageNumber": page_number,
                        "changeType": change_type,
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_snapshot_records,
            strategy=PageNumberStrategy(
                page_param="pageNumber", size_param="pageSize", page_count_field="pagination.pageCount"
            ),
            items=("data",),
            max_items=max_items,
        )


class AsyncSnapshotsResourceWithRawResponse:
    """`snapshots` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncSnapshotsResource) -> None:
        self.list_snapshots = to_async_raw_response(resource.list_snapshots)
        self.create_snapshot = to_async_raw_response(resource.create_snapshot)
        self.get_snapshot = to_async_raw_response(resource.get_snapshot)
        self.delete_snapshot = to_async_raw_response(resource.delete_snapshot)
        self.restore_snapshot = to_async_raw_response(resource.restore_snapshot)
        self.get_snapshot_records = to_async_raw_response(resource.get_snapshot_records)
