"""Operations on `client.folders`."""

from __future__ import annotations

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
from ..models.accepted_empty import AcceptedEmpty
from ..models.asset_include import AssetInclude
from ..models.asset_with_includes_unknown import AssetWithIncludesUnknown
from ..models.assets_with_includes_response import AssetsWithIncludesResponse
from ..models.errors_model import Errors
from ..models.file_with_includes import FileWithIncludes
from ..models.file_with_media_links_include import FileWithMediaLinksInclude
from ..models.folder_copy_params import FolderCopyParams
from ..models.folder_copy_params_data import FolderCopyParamsData
from ..models.folder_copy_response import FolderCopyResponse
from ..models.folder_create_params import FolderCreateParams
from ..models.folder_create_params_data import FolderCreateParamsData
from ..models.folder_move_params import FolderMoveParams
from ..models.folder_move_params_data import FolderMoveParamsData
from ..models.folder_response import FolderResponse
from ..models.folder_update_params import FolderUpdateParams
from ..models.folder_update_params_data import FolderUpdateParamsData
from ..models.folder_with_includes import FolderWithIncludes
from ..models.folder_with_includes_response import FolderWithIncludesResponse
from ..models.folders_with_includes_response import FoldersWithIncludesResponse
from ..models.version_stack_with_includes import VersionStackWithIncludes
from ..types import UNSET, Unset


def _parse_show(response: httpx.Response) -> FolderWithIncludesResponse:
    return FolderWithIncludesResponse.from_dict(response.json())


def _parse_delete(response: httpx.Response) -> None:
    return None


def _parse_update(response: httpx.Response) -> FolderResponse:
    return FolderResponse.from_dict(response.json())


def _parse_index(response: httpx.Response) -> AssetsWithIncludesResponse:
    return AssetsWithIncludesResponse.from_dict(response.json())


def _parse_list(response: httpx.Response) -> FoldersWithIncludesResponse:
    return FoldersWithIncludesResponse.from_dict(response.json())


def _parse_create(response: httpx.Response) -> FolderResponse:
    return FolderResponse.from_dict(response.json())


def _parse_copy(response: httpx.Response) -> FolderCopyResponse | AcceptedEmpty:
    if response.status_code == 200:
        response_200 = decode.model(_models.FolderCopyResponse.from_dict, response.json())

        return response_200

    if response.status_code == 202:
        response_202 = decode.model(_models.AcceptedEmpty.from_dict, response.json())

        return response_202

    raise ValueError(f"undocumented success status {response.status_code}")


def _parse_move(response: httpx.Response) -> FolderResponse:
    return FolderResponse.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    401: Errors.from_dict,
    403: Errors.from_dict,
    404: Errors.from_dict,
    409: Errors.from_dict,
    422: Errors.from_dict,
    429: Errors.from_dict,
}


class FoldersResource:
    """Operations on `client.folders`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> FoldersResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return FoldersResourceWithRawResponse(self)

    def show(
        self,
        account_id: str | UUID,
        folder_id: str | UUID,
        *,
        include: AssetInclude | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FolderWithIncludesResponse:
        """Get a folder.

        Rate limit: 100 calls per 1 minute per account_user.

        `GET /v4/accounts/{account_id}/folders/{folder_id}`

        Args:
            account_id: The account that owns the resource.
            folder_id: A folder (project root folders included).
            include: Extra related objects to embed in the response.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FolderWithIncludesResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/folders/{encode_path(folder_id)}",
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
        folder_id: str | UUID,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a folder.

        Rate limit: 60 calls per 1 minute per account_user.

        `DELETE /v4/accounts/{account_id}/folders/{folder_id}`

        Args:
            account_id: The account that owns the resource.
            folder_id: A folder (project root folders included).
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
                f"/v4/accounts/{encode_path(account_id)}/folders/{encode_path(folder_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    def update(
        self,
        account_id: str | UUID,
        folder_id: str | UUID,
        *,
        data: FolderUpdateParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> FolderResponse:
        """Rename a folder.

        Rate limit: 10 calls per 1 minute per account_user.

        `PATCH /v4/accounts/{account_id}/folders/{folder_id}`

        Args:
            account_id: The account that owns the resource.
            folder_id: A folder (project root folders included).
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FolderResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/v4/accounts/{encode_path(account_id)}/folders/{encode_path(folder_id)}",
                json=FolderUpdateParams(data=as_model(FolderUpdateParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_update,
        )

    def index(
        self,
        account_id: str | UUID,
        folder_id: str | UUID,
        *,
        include: FileWithMediaLinksInclude | Unset = UNSET,
        type: str | Unset = UNSET,
        after: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[AssetWithIncludesUnknown | FileWithIncludes | FolderWithIncludes | VersionStackWithIncludes]:
        """List everything in a folder.

        Files, folders and version stacks directly inside the folder. Asking for media links the caller
        may not download results in 403.

        Rate limit: 100 calls per 1 minute per account_user.

        `GET /v4/accounts/{account_id}/folders/{folder_id}/children`

        Args:
            account_id: The account that owns the resource.
            folder_id: A folder (project root folders included).
            include: Extra related objects to embed in the response.
            type: Comma-separated asset types to keep (file, folder, version_stack).
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
                f"/v4/accounts/{encode_path(account_id)}/folders/{encode_path(folder_id)}/children",
                params=query_params(
                    {
                        "include": include,
                        "type": type,
                        "after": after,
                        "page_size": page_size,
                        "include_total_count": include_total_count,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_index,
            strategy=CursorStrategy(param="after", next_link="links.next"),
            items=("data",),
            max_items=max_items,
        )

    def list(
        self,
        account_id: str | UUID,
        folder_id: str | UUID,
        *,
        include: AssetInclude | Unset = UNSET,
        after: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[FolderWithIncludes]:
        """List sub-folders.

        Rate limit: 5 calls per 1 second per account_user.

        `GET /v4/accounts/{account_id}/folders/{folder_id}/folders`

        Args:
            account_id: The account that owns the resource.
            folder_id: A folder (project root folders included).
            include: Extra related objects to embed in the response.
            after: Cursor returned in `links.next` of the previous page; leave out to start at the first
                page.
            page_size: How many items to return per page (1 to 100).
            include_total_count: Ask the server to fill `total_count` in the page (costs an extra count query).
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `FolderWithIncludes`: iterating it yields every item across pages, fetching them
            as needed; `iter_pages()` yields each page (its items, the parsed
            `FoldersWithIncludesResponse` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/folders/{encode_path(folder_id)}/folders",
                params=query_params(
                    {
                        "include": include,
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
        data: FolderCreateParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> FolderResponse:
        """Create a sub-folder.

        Rate limit: 3 calls per 1 second per account_user.

        `POST /v4/accounts/{account_id}/folders/{folder_id}/folders`

        Args:
            account_id: The account that owns the resource.
            folder_id: A folder (project root folders included).
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FolderResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/v4/accounts/{encode_path(account_id)}/folders/{encode_path(folder_id)}/folders",
                json=FolderCreateParams(data=as_model(FolderCreateParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    def copy(
        self,
        account_id: str | UUID,
        folder_id: str | UUID,
        *,
        copy_metadata: bool | Unset = UNSET,
        data: FolderCopyParamsData | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FolderCopyResponse | AcceptedEmpty:
        """Copy a folder.

        Copies the folder and its contents. Large trees are copied in the background and answer 202.

        Rate limit: 10 calls per 1 minute per account_user.

        `POST /v4/accounts/{account_id}/folders/{folder_id}/copy`

        Args:
            account_id: The account that owns the resource.
            folder_id: A folder (project root folders included).
            copy_metadata: Carry custom metadata values over to the copy.
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FolderCopyResponse | AcceptedEmpty

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/v4/accounts/{encode_path(account_id)}/folders/{encode_path(folder_id)}/copy",
                params=query_params(
                    {
                        "copy_metadata": copy_metadata,
                    }
                ),
                json=FolderCopyParams(data=as_model(FolderCopyParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_copy,
        )

    def move(
        self,
        account_id: str | UUID,
        folder_id: str | UUID,
        *,
        data: FolderMoveParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> FolderResponse:
        """Move a folder.

        Rate limit: 10 calls per 1 minute per account_user.

        `PATCH /v4/accounts/{account_id}/folders/{folder_id}/move`

        Args:
            account_id: The account that owns the resource.
            folder_id: A folder (project root folders included).
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FolderResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/v4/accounts/{encode_path(account_id)}/folders/{encode_path(folder_id)}/move",
                json=FolderMoveParams(data=as_model(FolderMoveParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_move,
        )


class FoldersResourceWithRawResponse:
    """`folders` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: FoldersResource) -> None:
        self.show = to_raw_response(resource.show)
        self.delete = to_raw_response(resource.delete)
        self.update = to_raw_response(resource.update)
        self.index = to_raw_response(resource.index)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.copy = to_raw_response(resource.copy)
        self.move = to_raw_response(resource.move)


class AsyncFoldersResource:
    """Operations on `client.folders`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncFoldersResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncFoldersResourceWithRawResponse(self)

    async def show(
        self,
        account_id: str | UUID,
        folder_id: str | UUID,
        *,
        include: AssetInclude | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FolderWithIncludesResponse:
        """Get a folder.

        Rate limit: 100 calls per 1 minute per account_user.

        `GET /v4/accounts/{account_id}/folders/{folder_id}`

        Args:
            account_id: The account that owns the resource.
            folder_id: A folder (project root folders included).
            include: Extra related objects to embed in the response.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FolderWithIncludesResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/folders/{encode_path(folder_id)}",
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
        folder_id: str | UUID,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a folder.

        Rate limit: 60 calls per 1 minute per account_user.

        `DELETE /v4/accounts/{account_id}/folders/{folder_id}`

        Args:
            account_id: The account that owns the resource.
            folder_id: A folder (project root folders included).
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
                f"/v4/accounts/{encode_path(account_id)}/folders/{encode_path(folder_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    async def update(
        self,
        account_id: str | UUID,
        folder_id: str | UUID,
        *,
        data: FolderUpdateParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> FolderResponse:
        """Rename a folder.

        Rate limit: 10 calls per 1 minute per account_user.

        `PATCH /v4/accounts/{account_id}/folders/{folder_id}`

        Args:
            account_id: The account that owns the resource.
            folder_id: A folder (project root folders included).
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FolderResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/v4/accounts/{encode_path(account_id)}/folders/{encode_path(folder_id)}",
                json=FolderUpdateParams(data=as_model(FolderUpdateParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_update,
        )

    def index(
        self,
        account_id: str | UUID,
        folder_id: str | UUID,
        *,
        include: FileWithMediaLinksInclude | Unset = UNSET,
        type: str | Unset = UNSET,
        after: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[AssetWithIncludesUnknown | FileWithIncludes | FolderWithIncludes | VersionStackWithIncludes]:
        """List everything in a folder.

        Files, folders and version stacks directly inside the folder. Asking for media links the caller
        may not download results in 403.

        Rate limit: 100 calls per 1 minute per account_user.

        `GET /v4/accounts/{account_id}/folders/{folder_id}/children`

        Args:
            account_id: The account that owns the resource.
            folder_id: A folder (project root folders included).
            include: Extra related objects to embed in the response.
            type: Comma-separated asset types to keep (file, folder, version_stack).
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
                f"/v4/accounts/{encode_path(account_id)}/folders/{encode_path(folder_id)}/children",
                params=query_params(
                    {
                        "include": include,
                        "type": type,
                        "after": after,
                        "page_size": page_size,
                        "include_total_count": include_total_count,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_index,
            strategy=CursorStrategy(param="after", next_link="links.next"),
            items=("data",),
            max_items=max_items,
        )

    def list(
        self,
        account_id: str | UUID,
        folder_id: str | UUID,
        *,
        include: AssetInclude | Unset = UNSET,
        after: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[FolderWithIncludes]:
        """List sub-folders.

        Rate limit: 5 calls per 1 second per account_user.

        `GET /v4/accounts/{account_id}/folders/{folder_id}/folders`

        Args:
            account_id: The account that owns the resource.
            folder_id: A folder (project root folders included).
            include: Extra related objects to embed in the response.
            after: Cursor returned in `links.next` of the previous page; leave out to start at the first
                page.
            page_size: How many items to return per page (1 to 100).
            include_total_count: Ask the server to fill `total_count` in the page (costs an extra count query).
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `FolderWithIncludes`: iterating it yields every item across pages, fetching them
            as needed; `iter_pages()` yields each page (its items, the parsed
            `FoldersWithIncludesResponse` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/folders/{encode_path(folder_id)}/folders",
                params=query_params(
                    {
                        "include": include,
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
        data: FolderCreateParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> FolderResponse:
        """Create a sub-folder.

        Rate limit: 3 calls per 1 second per account_user.

        `POST /v4/accounts/{account_id}/folders/{folder_id}/folders`

        Args:
            account_id: The account that owns the resource.
            folder_id: A folder (project root folders included).
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FolderResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/v4/accounts/{encode_path(account_id)}/folders/{encode_path(folder_id)}/folders",
                json=FolderCreateParams(data=as_model(FolderCreateParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    async def copy(
        self,
        account_id: str | UUID,
        folder_id: str | UUID,
        *,
        copy_metadata: bool | Unset = UNSET,
        data: FolderCopyParamsData | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FolderCopyResponse | AcceptedEmpty:
        """Copy a folder.

        Copies the folder and its contents. Large trees are copied in the background and answer 202.

        Rate limit: 10 calls per 1 minute per account_user.

        `POST /v4/accounts/{account_id}/folders/{folder_id}/copy`

        Args:
            account_id: The account that owns the resource.
            folder_id: A folder (project root folders included).
            copy_metadata: Carry custom metadata values over to the copy.
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FolderCopyResponse | AcceptedEmpty

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/v4/accounts/{encode_path(account_id)}/folders/{encode_path(folder_id)}/copy",
                params=query_params(
                    {
                        "copy_metadata": copy_metadata,
                    }
                ),
                json=FolderCopyParams(data=as_model(FolderCopyParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_copy,
        )

    async def move(
        self,
        account_id: str | UUID,
        folder_id: str | UUID,
        *,
        data: FolderMoveParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> FolderResponse:
        """Move a folder.

        Rate limit: 10 calls per 1 minute per account_user.

        `PATCH /v4/accounts/{account_id}/folders/{folder_id}/move`

        Args:
            account_id: The account that owns the resource.
            folder_id: A folder (project root folders included).
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FolderResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/v4/accounts/{encode_path(account_id)}/folders/{encode_path(folder_id)}/move",
                json=FolderMoveParams(data=as_model(FolderMoveParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_move,
        )


class AsyncFoldersResourceWithRawResponse:
    """`folders` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncFoldersResource) -> None:
        self.show = to_async_raw_response(resource.show)
        self.delete = to_async_raw_response(resource.delete)
        self.update = to_async_raw_response(resource.update)
        self.index = to_async_raw_response(resource.index)
        self.list = to_async_raw_response(resource.list)
        self.create = to_async_raw_response(resource.create)
        self.copy = to_async_raw_response(resource.copy)
        self.move = to_async_raw_response(resource.move)
