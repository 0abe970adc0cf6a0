"""Operations on `client.files`."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any
from uuid import UUID

import httpx

from .. import models as _models
from .._core import _decode as decode
from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest
from .._core._types import as_model
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    CursorStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.asset_with_includes_unknown import AssetWithIncludesUnknown
from ..models.assets_with_includes_response import AssetsWithIncludesResponse
from ..models.errors_model import Errors
from ..models.file_copy_params import FileCopyParams
from ..models.file_copy_params_data import FileCopyParamsData
from ..models.file_copy_response import FileCopyResponse
from ..models.file_create_local_upload_params import FileCreateLocalUploadParams
from ..models.file_create_local_upload_params_data import FileCreateLocalUploadParamsData
from ..models.file_create_params import FileCreateParams
from ..models.file_create_params_data import FileCreateParamsData
from ..models.file_create_remote_upload_params import FileCreateRemoteUploadParams
from ..models.file_create_remote_upload_params_data import FileCreateRemoteUploadParamsData
from ..models.file_import_params import FileImportParams
from ..models.file_import_params_data import FileImportParamsData
from ..models.file_move_params import FileMoveParams
from ..models.file_move_params_data import FileMoveParamsData
from ..models.file_remote_upload_response import FileRemoteUploadResponse
from ..models.file_response import FileResponse
from ..models.file_sort import FileSort
from ..models.file_update_params import FileUpdateParams
from ..models.file_update_params_data import FileUpdateParamsData
from ..models.file_upload_status_response import FileUploadStatusResponse
from ..models.file_with_includes import FileWithIncludes
from ..models.file_with_includes_response import FileWithIncludesResponse
from ..models.file_with_media_links_include import FileWithMediaLinksInclude
from ..models.file_with_upload_urls_response import FileWithUploadUrlsResponse
from ..models.files_copy_copy_comments import FilesCopyCopyComments
from ..models.folder_with_includes import FolderWithIncludes
from ..models.version_stack_with_includes import VersionStackWithIncludes
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> AssetsWithIncludesResponse:
    return AssetsWithIncludesResponse.from_dict(response.json())


def _parse_create(response: httpx.Response) -> FileWithUploadUrlsResponse:
    if response.status_code == 201:
        response_201 = decode.model(_models.FileWithUploadUrlsResponse.from_dict, response.json())

        return response_201

    if response.status_code == 202:
        response_202 = decode.model(_models.FileWithUploadUrlsResponse.from_dict, response.json())

        return response_202

    raise ValueError(f"undocumented success status {response.status_code}")


def _parse_create_local_upload(response: httpx.Response) -> FileWithUploadUrlsResponse:
    return FileWithUploadUrlsResponse.from_dict(response.json())


def _parse_create_remote_upload(response: httpx.Response) -> FileRemoteUploadResponse:
    return FileRemoteUploadResponse.from_dict(response.json())


def _parse_import_file(response: httpx.Response) -> FileResponse:
    return FileResponse.from_dict(response.json())


def _parse_show(response: httpx.Response) -> FileWithIncludesResponse:
    return FileWithIncludesResponse.from_dict(response.json())


def _parse_delete(response: httpx.Response) -> None:
    return None


def _parse_update(response: httpx.Response) -> FileResponse:
    return FileResponse.from_dict(response.json())


def _parse_copy(response: httpx.Response) -> FileCopyResponse:
    return FileCopyResponse.from_dict(response.json())


def _parse_move(response: httpx.Response) -> FileResponse:
    return FileResponse.from_dict(response.json())


def _parse_show_file_upload_status(response: httpx.Response) -> FileUploadStatusResponse:
    return FileUploadStatusResponse.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    401: Errors.from_dict,
    403: Errors.from_dict,
    404: Errors.from_dict,
    409: Errors.from_dict,
    422: Errors.from_dict,
    429: Errors.from_dict,
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
        account_id: str | UUID,
        folder_id: str | UUID,
        *,
        include: FileWithMediaLinksInclude | Unset = UNSET,
        sort: FileSort | Unset = UNSET,
        after: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[AssetWithIncludesUnknown | FileWithIncludes | FolderWithIncludes | VersionStackWithIncludes]:
        """List files in a folder.

        Rate limit: 5 calls per 1 second per account_user.

        `GET /v4/accounts/{account_id}/folders/{folder_id}/files`

        Args:
            account_id: The account that owns the resource.
            folder_id: A folder (project root folders included).
            include: Extra related objects to embed in the response.
            sort: Field and direction used to order the results.
            after: Cursor returned in `links.next` of the previous page; leave out to start at the first
                page.
            page_size: How many items to return per page (1 to 100).
            include_total_count: Ask the server to fill `total_count` in the page (costs an extra count query).
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `AssetWithIncludesUnknown | FileWithIncludes | FolderWithIncludes |
            VersionStackWithIncludes`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `AssetsWithIncludesResponse`
            and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/folders/{encode_path(folder_id)}/files",
                params=query_params(
                    {
                        "include": include,
                        "sort": sort,
                        "after": after,
                        "page_size": page_size,
                        "include_total_count": include_total_count,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
            strategy=CursorStrategy(param="after", next_link="links.next"),
            items=("data",),
            max_items=max_items,
        )

    def create(
        self,
        account_id: str | UUID,
        folder_id: str | UUID,
        *,
        data: FileCreateParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> FileWithUploadUrlsResponse:
        """Create a file (old flow).

        Superseded by `files.create_local_upload` and `files.create_remote_upload`; kept for old
        callers.

        Deprecated: this operation is deprecated by the API and may be removed.

        Rate limit: 5 calls per 1 second per account_user.

        `POST /v4/accounts/{account_id}/folders/{folder_id}/files`

        Args:
            account_id: The account that owns the resource.
            folder_id: A folder (project root folders included).
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FileWithUploadUrlsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        warnings.warn("files.create is deprecated", DeprecationWarning, stacklevel=2)
        return self._client.request(
            ApiRequest(
                "POST",
                f"/v4/accounts/{encode_path(account_id)}/folders/{encode_path(folder_id)}/files",
                json=FileCreateParams(data=as_model(FileCreateParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    def create_local_upload(
        self,
        account_id: str | UUID,
        folder_id: str | UUID | Unset = UNSET,
        *,
        data: FileCreateLocalUploadParamsData | Mapping[str, Any],
        file_id: str | UUID | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FileWithUploadUrlsResponse:
        """Start a local upload.

        Creates the file record and hands back presigned chunk URLs. PUT each chunk's bytes to its URL,
        in order, then poll `files.show_file_upload_status`.

        Rate limit: 5 calls per 1 second per account_user.

        `POST /v4/accounts/{account_id}/folders/{folder_id}/files/local_upload`

        Args:
            account_id: The account that owns the resource.
            folder_id: A folder (project root folders included).
            data: The `data` field of the request body.
            file_id: Another name for `folder_id` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FileWithUploadUrlsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        if not isinstance(file_id, Unset):
            folder_id = file_id
        if isinstance(folder_id, Unset):
            raise TypeError("create_local_upload() missing required argument: 'folder_id'")
        return self._client.request(
            ApiRequest(
                "POST",
                f"/v4/accounts/{encode_path(account_id)}/folders/{encode_path(folder_id)}/files/local_upload",
                json=FileCreateLocalUploadParams(data=as_model(FileCreateLocalUploadParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create_local_upload,
        )

    def create_remote_upload(
        self,
        account_id: str | UUID,
        folder_id: str | UUID,
        *,
        data: FileCreateRemoteUploadParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> FileRemoteUploadResponse:
        """Upload a file from a URL.

        The server fetches `source_url` itself; the file appears once the transfer is done.

        Rate limit: 5 calls per 1 second per account_user.

        `POST /v4/accounts/{account_id}/folders/{folder_id}/files/remote_upload`

        Args:
            account_id: The account that owns the resource.
            folder_id: A folder (project root folders included).
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FileRemoteUploadResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/v4/accounts/{encode_path(account_id)}/folders/{encode_path(folder_id)}/files/remote_upload",
                json=FileCreateRemoteUploadParams(data=as_model(FileCreateRemoteUploadParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create_remote_upload,
        )

    def import_file(
        self,
        account_id: str | UUID,
        folder_id: str | UUID,
        *,
        data: FileImportParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> FileResponse:
        """Import a file from connected storage.

        Rate limit: 5 calls per 1 second per account_user.

        `POST /v4/accounts/{account_id}/folders/{folder_id}/files/import`

        Args:
            account_id: The account that owns the resource.
            folder_id: A folder (project root folders included).
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FileResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/v4/accounts/{encode_path(account_id)}/folders/{encode_path(folder_id)}/files/import",
                json=FileImportParams(data=as_model(FileImportParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_import_file,
        )

    def show(
        self,
        account_id: str | UUID,
        file_id: str | UUID,
        *,
        include: FileWithMediaLinksInclude | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FileWithIncludesResponse:
        """Get a file.

        File details. Media links may be null when a rendition is missing or downloads are not allowed.

        Rate limit: 10 calls per 1 second per account_user.

        `GET /v4/accounts/{account_id}/files/{file_id}`

        Args:
            account_id: The account that owns the resource.
            file_id: A file asset.
            include: Extra related objects to embed in the response.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FileWithIncludesResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/files/{encode_path(file_id)}",
                params=query_params(
                    {
                        "include": include,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_show,
        )

    def delete(
        self,
        account_id: str | UUID,
        file_id: str | UUID,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a file.

        Rate limit: 100 calls per 1 minute per account_user.

        `DELETE /v4/accounts/{account_id}/files/{file_id}`

        Args:
            account_id: The account that owns the resource.
            file_id: A file asset.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/v4/accounts/{encode_path(account_id)}/files/{encode_path(file_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    def update(
        self,
        account_id: str | UUID,
        file_id: str | UUID,
        *,
        data: FileUpdateParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> FileResponse:
        """Rename a file.

        Rate limit: 100 calls per 1 minute per account_user.

        `PATCH /v4/accounts/{account_id}/files/{file_id}`

        Args:
            account_id: The account that owns the resource.
            file_id: A file asset.
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FileResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/v4/accounts/{encode_path(account_id)}/files/{encode_path(file_id)}",
                json=FileUpdateParams(data=as_model(FileUpdateParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_update,
        )

    def copy(
        self,
        account_id: str | UUID,
        file_id: str | UUID,
        *,
        copy_metadata: bool | Unset = UNSET,
        copy_comments: FilesCopyCopyComments | Unset = UNSET,
        data: FileCopyParamsData | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FileCopyResponse:
        """Copy a file.

        Rate limit: 100 calls per 1 minute per account_user.

        `POST /v4/accounts/{account_id}/files/{file_id}/copy`

        Args:
            account_id: The account that owns the resource.
            file_id: A file asset.
            copy_metadata: Carry custom metadata values over to the copy.
            copy_comments: Which comments go with the copy.
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FileCopyResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/v4/accounts/{encode_path(account_id)}/files/{encode_path(file_id)}/copy",
                params=query_params(
                    {
                        "copy_metadata": copy_metadata,
                        "copy_comments": copy_comments,
                    }
                ),
                json=FileCopyParams(data=as_model(FileCopyParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_copy,
        )

    def move(
        self,
        account_id: str | UUID,
        file_id: str | UUID,
        *,
        data: FileMoveParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> FileResponse:
        """Move a file.

        Moves the file into another folder or onto a version stack.

        Rate limit: 100 calls per 1 minute per account_user.

        `PATCH /v4/accounts/{account_id}/files/{file_id}/move`

        Args:
            account_id: The account that owns the resource.
            file_id: A file asset.
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FileResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/v4/accounts/{encode_path(account_id)}/files/{encode_path(file_id)}/move",
                json=FileMoveParams(data=as_model(FileMoveParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_move,
        )

    def show_file_upload_status(
        self,
        account_id: str | UUID,
        file_id: str | UUID,
        *,
        request_options: RequestOptions | None = None,
    ) -> FileUploadStatusResponse:
        """Check upload progress.

        Rate limit: 5 calls per 1 second per account_user.

        `GET /v4/accounts/{account_id}/files/{file_id}/status`

        Args:
            account_id: The account that owns the resource.
            file_id: A file asset.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FileUploadStatusResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/files/{encode_path(file_id)}/status",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_show_file_upload_status,
        )


class FilesResourceWithRawResponse:
    """`files` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: FilesResource) -> None:
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.create_local_upload = to_raw_response(resource.create_local_upload)
        self.create_remote_upload = to_raw_response(resource.create_remote_upload)
        self.import_file = to_raw_response(resource.import_file)
        self.show = to_raw_response(resource.show)
        self.delete = to_raw_response(resource.delete)
        self.update = to_raw_response(resource.update)
        self.copy = to_raw_response(resource.copy)
        self.move = to_raw_response(resource.move)
        self.show_file_upload_status = to_raw_response(resource.show_file_upload_status)


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
        account_id: str | UUID,
        folder_id: str | UUID,
        *,
        include: FileWithMediaLinksInclude | Unset = UNSET,
        sort: FileSort | Unset = UNSET,
        after: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[AssetWithIncludesUnknown | FileWithIncludes | FolderWithIncludes | VersionStackWithIncludes]:
        """List files in a folder.

        Rate limit: 5 calls per 1 second per account_user.

        `GET /v4/accounts/{account_id}/folders/{folder_id}/files`

        Args:
            account_id: The account that owns the resource.
            folder_id: A folder (project root folders included).
            include: Extra related objects to embed in the response.
            sort: Field and direction used to order the results.
            after: Cursor returned in `links.next` of the previous page; leave out to start at the first
                page.
            page_size: How many items to return per page (1 to 100).
            include_total_count: Ask the server to fill `total_count` in the page (costs an extra count query).
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `AssetWithIncludesUnknown | FileWithIncludes | FolderWithIncludes |
            VersionStackWithIncludes`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `AssetsWithIncludesResponse`
            and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/folders/{encode_path(folder_id)}/files",
                params=query_params(
                    {
                        "include": include,
                        "sort": sort,
                        "after": after,
                        "page_size": page_size,
                        "include_total_count": include_total_count,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
            strategy=CursorStrategy(param="after", next_link="links.next"),
            items=("data",),
            max_items=max_items,
        )

    async def create(
        self,
        account_id: str | UUID,
        folder_id: str | UUID,
        *,
        data: FileCreateParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> FileWithUploadUrlsResponse:
        """Create a file (old flow).

        Superseded by `files.create_local_upload` and `files.create_remote_upload`; kept for old
        callers.

        Deprecated: this operation is deprecated by the API and may be removed.

        Rate limit: 5 calls per 1 second per account_user.

        `POST /v4/accounts/{account_id}/folders/{folder_id}/files`

        Args:
            account_id: The account that owns the resource.
            folder_id: A folder (project root folders included).
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FileWithUploadUrlsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        warnings.warn("files.create is deprecated", DeprecationWarning, stacklevel=2)
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/v4/accounts/{encode_path(account_id)}/folders/{encode_path(folder_id)}/files",
                json=FileCreateParams(data=as_model(FileCreateParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    async def create_local_upload(
        self,
        account_id: str | UUID,
        folder_id: str | UUID | Unset = UNSET,
        *,
        data: FileCreateLocalUploadParamsData | Mapping[str, Any],
        file_id: str | UUID | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FileWithUploadUrlsResponse:
        """Start a local upload.

        Creates the file record and hands back presigned chunk URLs. PUT each chunk's bytes to its URL,
        in order, then poll `files.show_file_upload_status`.

        Rate limit: 5 calls per 1 second per account_user.

        `POST /v4/accounts/{account_id}/folders/{folder_id}/files/local_upload`

        Args:
            account_id: The account that owns the resource.
            folder_id: A folder (project root folders included).
            data: The `data` field of the request body.
            file_id: Another name for `folder_id` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FileWithUploadUrlsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        if not isinstance(file_id, Unset):
            folder_id = file_id
        if isinstance(folder_id, Unset):
            raise TypeError("create_local_upload() missing required argument: 'folder_id'")
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/v4/accounts/{encode_path(account_id)}/folders/{encode_path(folder_id)}/files/local_upload",
                json=FileCreateLocalUploadParams(data=as_model(FileCreateLocalUploadParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create_local_upload,
        )

    async def create_remote_upload(
        self,
        account_id: str | UUID,
        folder_id: str | UUID,
        *,
        data: FileCreateRemoteUploadParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> FileRemoteUploadResponse:
        """Upload a file from a URL.

        The server fetches `source_url` itself; the file appears once the transfer is done.

        Rate limit: 5 calls per 1 second per account_user.

        `POST /v4/accounts/{account_id}/folders/{folder_id}/files/remote_upload`

        Args:
            account_id: The account that owns the resource.
            folder_id: A folder (project root folders included).
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FileRemoteUploadResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/v4/accounts/{encode_path(account_id)}/folders/{encode_path(folder_id)}/files/remote_upload",
                json=FileCreateRemoteUploadParams(data=as_model(FileCreateRemoteUploadParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create_remote_upload,
        )

    async def import_file(
        self,
        account_id: str | UUID,
        folder_id: str | UUID,
        *,
        data: FileImportParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> FileResponse:
        """Import a file from connected storage.

        Rate limit: 5 calls per 1 second per account_user.

        `POST /v4/accounts/{account_id}/folders/{folder_id}/files/import`

        Args:
            account_id: The account that owns the resource.
            folder_id: A folder (project root folders included).
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FileResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/v4/accounts/{encode_path(account_id)}/folders/{encode_path(folder_id)}/files/import",
                json=FileImportParams(data=as_model(FileImportParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_import_file,
        )

    async def show(
        self,
        account_id: str | UUID,
        file_id: str | UUID,
        *,
        include: FileWithMediaLinksInclude | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FileWithIncludesResponse:
        """Get a file.

        File details. Media links may be null when a rendition is missing or downloads are not allowed.

        Rate limit: 10 calls per 1 second per account_user.

        `GET /v4/accounts/{account_id}/files/{file_id}`

        Args:
            account_id: The account that owns the resource.
            file_id: A file asset.
            include: Extra related objects to embed in the response.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FileWithIncludesResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/files/{encode_path(file_id)}",
                params=query_params(
                    {
                        "include": include,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_show,
        )

    async def delete(
        self,
        account_id: str | UUID,
        file_id: str | UUID,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a file.

        Rate limit: 100 calls per 1 minute per account_user.

        `DELETE /v4/accounts/{account_id}/files/{file_id}`

        Args:
            account_id: The account that owns the resource.
            file_id: A file asset.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/v4/accounts/{encode_path(account_id)}/files/{encode_path(file_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    async def update(
        self,
        account_id: str | UUID,
        file_id: str | UUID,
        *,
        data: FileUpdateParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> FileResponse:
        """Rename a file.

        Rate limit: 100 calls per 1 minute per account_user.

        `PATCH /v4/accounts/{account_id}/files/{file_id}`

        Args:
            account_id: The account that owns the resource.
            file_id: A file asset.
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FileResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/v4/accounts/{encode_path(account_id)}/files/{encode_path(file_id)}",
                json=FileUpdateParams(data=as_model(FileUpdateParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_update,
        )

    async def copy(
        self,
        account_id: str | UUID,
        file_id: str | UUID,
        *,
        copy_metadata: bool | Unset = UNSET,
        copy_comments: FilesCopyCopyComments | Unset = UNSET,
        data: FileCopyParamsData | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FileCopyResponse:
        """Copy a file.

        Rate limit: 100 calls per 1 minute per account_user.

        `POST /v4/accounts/{account_id}/files/{file_id}/copy`

        Args:
            account_id: The account that owns the resource.
            file_id: A file asset.
            copy_metadata: Carry custom metadata values over to the copy.
            copy_comments: Which comments go with the copy.
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FileCopyResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/v4/accounts/{encode_path(account_id)}/files/{encode_path(file_id)}/copy",
                params=query_params(
                    {
                        "copy_metadata": copy_metadata,
                        "copy_comments": copy_comments,
                    }
                ),
                json=FileCopyParams(data=as_model(FileCopyParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_copy,
        )

    async def move(
        self,
        account_id: str | UUID,
        file_id: str | UUID,
        *,
        data: FileMoveParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> FileResponse:
        """Move a file.

        Moves the file into another folder or onto a version stack.

        Rate limit: 100 calls per 1 minute per account_user.

        `PATCH /v4/accounts/{account_id}/files/{file_id}/move`

        Args:
            account_id: The account that owns the resource.
            file_id: A file asset.
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FileResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/v4/accounts/{encode_path(account_id)}/files/{encode_path(file_id)}/move",
                json=FileMoveParams(data=as_model(FileMoveParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_move,
        )

    async def show_file_upload_status(
        self,
        account_id: str | UUID,
        file_id: str | UUID,
        *,
        request_options: RequestOptions | None = None,
    ) -> FileUploadStatusResponse:
        """Check upload progress.

        Rate limit: 5 calls per 1 second per account_user.

        `GET /v4/accounts/{account_id}/files/{file_id}/status`

        Args:
            account_id: The account that owns the resource.
            file_id: A file asset.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FileUploadStatusResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/files/{encode_path(file_id)}/status",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_show_file_upload_status,
        )


class AsyncFilesResourceWithRawResponse:
    """`files` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncFilesResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create = to_async_raw_response(resource.create)
        self.create_local_upload = to_async_raw_response(resource.create_local_upload)
        self.create_remote_upload = to_async_raw_response(resource.create_remote_upload)
        self.import_file = to_async_raw_response(resource.import_file)
        self.show = to_async_raw_response(resource.show)
        self.delete = to_async_raw_response(resource.delete)
        self.update = to_async_raw_response(resource.update)
        self.copy = to_async_raw_response(resource.copy)
        self.move = to_async_raw_response(resource.move)
        self.show_file_upload_status = to_async_raw_response(resource.show_file_upload_status)
