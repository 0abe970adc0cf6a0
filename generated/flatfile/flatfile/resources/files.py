"""Operations on `client.files`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, query_params
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
from ..models.action import Action
from ..models.errors_model import Errors
from ..models.file_model import FileModel
from ..models.file_response import FileResponse
from ..models.files_update_body import FilesUpdateBody
from ..models.list_files_response import ListFilesResponse
from ..models.mode import Mode
from ..models.model_file_status_enum import ModelFileStatusEnum
from ..models.success import Success
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> ListFilesResponse:
    return ListFilesResponse.from_dict(response.json())


def _parse_get(response: httpx.Response) -> FileResponse:
    return FileResponse.from_dict(response.json())


def _parse_delete(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


def _parse_update(response: httpx.Response) -> FileResponse:
    return FileResponse.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    404: Errors.from_dict,
}


class FilesResource:
    """Operations on `client.files`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> FilesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return FilesResourceWithRawResponse(self)

    def list(
        self,
        *,
        space_id: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        mode: Mode | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[FileModel]:
        """List files.

        Returns a page of uploaded or exported files, optionally for one space.

        `GET /files`

        Args:
            space_id: Only files of this space.
            page_size: How many files to return per page.
            page_number: Page to return, starting at 1.
            mode: Storage mode to list; import when left out.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `FileModel`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `ListFilesResponse` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/files",
                params=query_params(
                    {
                        "spaceId": space_id,
                        "pageSize": page_size,
                        "pageNumber": page_number,
                        "mode": mode,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
            strategy=PageNumberStrategy(
                page_param="pageNumber", size_param="pageSize", page_count_field="pagination.pageCount"
            ),
            items=("data",),
            max_items=max_items,
        )

    def get(
        self,
        file_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> FileResponse:
        """Get a file.

        Fetches the metadata of one file.

        `GET /files/{fileId}`

        Args:
            file_id: File identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FileResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/files/{encode_path(file_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get,
        )

    def delete(
        self,
        file_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete a file.

        Removes a file from its space.

        `DELETE /files/{fileId}`

        Args:
            file_id: File identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/files/{encode_path(file_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    def update(
        self,
        file_id: str,
        *,
        workbook_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        mode: Mode | str | Unset = UNSET,
        status: ModelFileStatusEnum | str | Unset = UNSET,
        actions: Sequence[Action | Mapping[str, Any]] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FileResponse:
        """Update a file.

        Changes the name, status, mode or actions of a file.

        `PATCH /files/{fileId}`

        Args:
            file_id: File to change.
            workbook_id: Workbook the file was extracted into.
            name: File name.
            mode: Direction a file is stored for.
            status: Upload state of a file.
            actions: The `actions` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FileResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/files/{encode_path(file_id)}",
                json=FilesUpdateBody(
                    workbook_id=workbook_id, name=name, mode=mode, status=status, actions=as_models(Action, actions)
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update,
        )


class FilesResourceWithRawResponse:
    """`files` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: FilesResource) -> None:
        self.list = to_raw_response(resource.list)
        self.get = to_raw_response(resource.get)
        self.delete = to_raw_response(resource.delete)
        self.update = to_raw_response(resource.update)


class AsyncFilesResource:
    """Operations on `client.files`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncFilesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncFilesResourceWithRawResponse(self)

    def list(
        self,
        *,
        space_id: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        mode: Mode | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[FileModel]:
        """List files.

        Returns a page of uploaded or exported files, optionally for one space.

        `GET /files`

        Args:
            space_id: Only files of this space.
            page_size: How many files to return per page.
            page_number: Page to return, starting at 1.
            mode: Storage mode to list; import when left out.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `FileModel`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `ListFilesResponse` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/files",
                params=query_params(
                    {
                        "spaceId": space_id,
                        "pageSize": page_size,
                        "pageNumber": page_number,
                        "mode": mode,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
            strategy=PageNumberStrategy(
                page_param="pageNumber", size_param="pageSize", page_count_field="pagination.pageCount"
            ),
            items=("data",),
            max_items=max_items,
        )

    async def get(
        self,
        file_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> FileResponse:
        """Get a file.

        Fetches the metadata of one file.

        `GET /files/{fileId}`

        Args:
            file_id: File identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FileResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/files/{encode_path(file_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get,
        )

    async def delete(
        self,
        file_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete a file.

        Removes a file from its space.

        `DELETE /files/{fileId}`

        Args:
            file_id: File identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/files/{encode_path(file_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    async def update(
        self,
        file_id: str,
        *,
        workbook_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        mode: Mode | str | Unset = UNSET,
        status: ModelFileStatusEnum | str | Unset = UNSET,
        actions: Sequence[Action | Mapping[str, Any]] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FileResponse:
        """Update a file.

        Changes the name, status, mode or actions of a file.

        `PATCH /files/{fileId}`

        Args:
            file_id: File to change.
            workbook_id: Workbook the file was extracted into.
            name: File name.
            mode: Direction a file is stored for.
            status: Upload state of a file.
            actions: The `actions` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FileResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/files/{encode_path(file_id)}",
                json=FilesUpdateBody(
                    workbook_id=workbook_id, name=name, mode=mode, status=status, actions=as_models(Action, actions)
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update,
        )


class AsyncFilesResourceWithRawResponse:
    """`files` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncFilesResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.get = to_async_raw_response(resource.get)
        self.delete = to_async_raw_response(resource.delete)
        self.update = to_async_raw_response(resource.update)
