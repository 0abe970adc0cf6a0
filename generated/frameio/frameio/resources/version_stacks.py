"""Operations on `client.version_stacks`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any
from uuid import UUID

import httpx

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
from ..models.file_with_includes import FileWithIncludes
from ..models.file_with_media_links_include import FileWithMediaLinksInclude
from ..models.folder_with_includes import FolderWithIncludes
from ..models.version_stack_copy_params import VersionStackCopyParams
from ..models.version_stack_copy_params_data import VersionStackCopyParamsData
from ..models.version_stack_copy_response import VersionStackCopyResponse
from ..models.version_stack_create_params import VersionStackCreateParams
from ..models.version_stack_create_params_data import VersionStackCreateParamsData
from ..models.version_stack_move_params import VersionStackMoveParams
from ..models.version_stack_move_params_data import VersionStackMoveParamsData
from ..models.version_stack_response import VersionStackResponse
from ..models.version_stack_with_includes import VersionStackWithIncludes
from ..models.version_stack_with_includes_response import VersionStackWithIncludesResponse
from ..models.version_stacks_with_includes_response import VersionStacksWithIncludesResponse
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> VersionStacksWithIncludesResponse:
    return VersionStacksWithIncludesResponse.from_dict(response.json())


def _parse_create(response: httpx.Response) -> VersionStackWithIncludesResponse:
    return VersionStackWithIncludesResponse.from_dict(response.json())


def _parse_show(response: httpx.Response) -> VersionStackWithIncludesResponse:
    return VersionStackWithIncludesResponse.from_dict(response.json())


def _parse_index(response: httpx.Response) -> AssetsWithIncludesResponse:
    return AssetsWithIncludesResponse.from_dict(response.json())


def _parse_copy(response: httpx.Response) -> VersionStackCopyResponse:
    return VersionStackCopyResponse.from_dict(response.json())


def _parse_move(response: httpx.Response) -> VersionStackResponse:
    return VersionStackResponse.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    401: Errors.from_dict,
    403: Errors.from_dict,
    404: Errors.from_dict,
    409: Errors.from_dict,
    422: Errors.from_dict,
    429: Errors.from_dict,
}


class VersionStacksResource:
    """Operations on `client.version_stacks`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> VersionStacksResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return VersionStacksResourceWithRawResponse(self)

    def list(
        self,
        account_id: str | UUID,
        folder_id: str | UUID,
        *,
        include: FileWithMediaLinksInclude | Unset = UNSET,
        after: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[VersionStackWithIncludes]:
        """List the version stacks of a folder.

        Rate limit: 5 calls per 1 second per account_user.

        `GET /v4/accounts/{account_id}/folders/{folder_id}/version_stacks`

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
            A pager of `VersionStackWithIncludes`: iterating it yields every item across pages, fetching
            them as needed; `iter_pages()` yields each page (its items, the parsed
            `VersionStacksWithIncludesResponse` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/folders/{encode_path(folder_id)}/version_stacks",
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
        data: VersionStackCreateParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> VersionStackWithIncludesResponse:
        """Stack files as versions.

        Rate limit: 10 calls per 1 minute per account_user.

        `POST /v4/accounts/{account_id}/folders/{folder_id}/version_stacks`

        Args:
            account_id: The account that owns the resource.
            folder_id: A folder (project root folders included).
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            VersionStackWithIncludesResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/v4/accounts/{encode_path(account_id)}/folders/{encode_path(folder_id)}/version_stacks",
                json=VersionStackCreateParams(data=as_model(VersionStackCreateParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    def show(
        self,
        account_id: str | UUID,
        version_stack_id: str | UUID,
        *,
        include: FileWithMediaLinksInclude | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> VersionStackWithIncludesResponse:
        """Get a version stack.

        Rate limit: 100 calls per 1 minute per account_user.

        `GET /v4/accounts/{account_id}/version_stacks/{version_stack_id}`

        Args:
            account_id: The account that owns the resource.
            version_stack_id: A version stack asset.
            include: Extra related objects to embed in the response.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            VersionStackWithIncludesResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/version_stacks/{encode_path(version_stack_id)}",
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

    def index(
        self,
        account_id: str | UUID,
        version_stack_id: str | UUID,
        *,
        include: FileWithMediaLinksInclude | Unset = UNSET,
        after: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[AssetWithIncludesUnknown | FileWithIncludes | FolderWithIncludes | VersionStackWithIncludes]:
        """List versions in a stack.

        Rate limit: 100 calls per 1 minute per account_user.

        `GET /v4/accounts/{account_id}/version_stacks/{version_stack_id}/children`

        Args:
            account_id: The account that owns the resource.
            version_stack_id: A version stack asset.
            include: Extra related objects to embed in the response.
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
                f"/v4/accounts/{encode_path(account_id)}/version_stacks/{encode_path(version_stack_id)}/children",
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
            cast=_parse_index,
            strategy=CursorStrategy(param="after", next_link="links.next"),
            items=("data",),
            max_items=max_items,
        )

    def copy(
        self,
        account_id: str | UUID,
        version_stack_id: str | UUID,
        *,
        copy_metadata: bool | Unset = UNSET,
        data: VersionStackCopyParamsData | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> VersionStackCopyResponse:
        """Copy a version stack.

        Rate limit: 10 calls per 1 minute per account_user.

        `POST /v4/accounts/{account_id}/version_stacks/{version_stack_id}/copy`

        Args:
            account_id: The account that owns the resource.
            version_stack_id: A version stack asset.
            copy_metadata: Carry custom metadata values over to the copy.
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            VersionStackCopyResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/v4/accounts/{encode_path(account_id)}/version_stacks/{encode_path(version_stack_id)}/copy",
                params=query_params(
                    {
                        "copy_metadata": copy_metadata,
                    }
                ),
                json=VersionStackCopyParams(data=as_model(VersionStackCopyParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_copy,
        )

    def move(
        self,
        account_id: str | UUID,
        version_stack_id: str | UUID,
        *,
        data: VersionStackMoveParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> VersionStackResponse:
        """Move a version stack.

        Rate limit: 10 calls per 1 minute per account_user.

        `PATCH /v4/accounts/{account_id}/version_stacks/{version_stack_id}/move`

        Args:
            account_id: The account that owns the resource.
            version_stack_id: A version stack asset.
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            VersionStackResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/v4/accounts/{encode_path(account_id)}/version_stacks/{encode_path(version_stack_id)}/move",
                json=VersionStackMoveParams(data=as_model(VersionStackMoveParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_move,
        )


class VersionStacksResourceWithRawResponse:
    """`version_stacks` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: VersionStacksResource) -> None:
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.show = to_raw_response(resource.show)
        self.index = to_raw_response(resource.index)
        self.copy = to_raw_response(resource.copy)
        self.move = to_raw_response(resource.move)


class AsyncVersionStacksResource:
    """Operations on `client.version_stacks`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncVersionStacksResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncVersionStacksResourceWithRawResponse(self)

    def list(
        self,
        account_id: str | UUID,
        folder_id: str | UUID,
        *,
        include: FileWithMediaLinksInclude | Unset = UNSET,
        after: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[VersionStackWithIncludes]:
        """List the version stacks of a folder.

        Rate limit: 5 calls per 1 second per account_user.

        `GET /v4/accounts/{account_id}/folders/{folder_id}/version_stacks`

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
            A pager of `VersionStackWithIncludes`: iterating it yields every item across pages, fetching
            them as needed; `iter_pages()` yields each page (its items, the parsed
            `VersionStacksWithIncludesResponse` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/folders/{encode_path(folder_id)}/version_stacks",
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
        data: VersionStackCreateParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> VersionStackWithIncludesResponse:
        """Stack files as versions.

        Rate limit: 10 calls per 1 minute per account_user.

        `POST /v4/accounts/{account_id}/folders/{folder_id}/version_stacks`

        Args:
            account_id: The account that owns the resource.
            folder_id: A folder (project root folders included).
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            VersionStackWithIncludesResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/v4/accounts/{encode_path(account_id)}/folders/{encode_path(folder_id)}/version_stacks",
                json=VersionStackCreateParams(data=as_model(VersionStackCreateParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    async def show(
        self,
        account_id: str | UUID,
        version_stack_id: str | UUID,
        *,
        include: FileWithMediaLinksInclude | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> VersionStackWithIncludesResponse:
        """Get a version stack.

        Rate limit: 100 calls per 1 minute per account_user.

        `GET /v4/accounts/{account_id}/version_stacks/{version_stack_id}`

        Args:
            account_id: The account that owns the resource.
            version_stack_id: A version stack asset.
            include: Extra related objects to embed in the response.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            VersionStackWithIncludesResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/version_stacks/{encode_path(version_stack_id)}",
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

    def index(
        self,
        account_id: str | UUID,
        version_stack_id: str | UUID,
        *,
        include: FileWithMediaLinksInclude | Unset = UNSET,
        after: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[AssetWithIncludesUnknown | FileWithIncludes | FolderWithIncludes | VersionStackWithIncludes]:
        """List versions in a stack.

        Rate limit: 100 calls per 1 minute per account_user.

        `GET /v4/accounts/{account_id}/version_stacks/{version_stack_id}/children`

        Args:
            account_id: The account that owns the resource.
            version_stack_id: A version stack asset.
            include: Extra related objects to embed in the response.
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
                f"/v4/accounts/{encode_path(account_id)}/version_stacks/{encode_path(version_stack_id)}/children",
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
            cast=_parse_index,
            strategy=CursorStrategy(param="after", next_link="links.next"),
            items=("data",),
            max_items=max_items,
        )

    async def copy(
        self,
        account_id: str | UUID,
        version_stack_id: str | UUID,
        *,
        copy_metadata: bool | Unset = UNSET,
        data: VersionStackCopyParamsData | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> VersionStackCopyResponse:
        """Copy a version stack.

        Rate limit: 10 calls per 1 minute per account_user.

        `POST /v4/accounts/{account_id}/version_stacks/{version_stack_id}/copy`

        Args:
            account_id: The account that owns the resource.
            version_stack_id: A version stack asset.
            copy_metadata: Carry custom metadata values over to the copy.
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            VersionStackCopyResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/v4/accounts/{encode_path(account_id)}/version_stacks/{encode_path(version_stack_id)}/copy",
                params=query_params(
                    {
                        "copy_metadata": copy_metadata,
                    }
                ),
                json=VersionStackCopyParams(data=as_model(VersionStackCopyParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_copy,
        )

    async def move(
        self,
        account_id: str | UUID,
        version_stack_id: str | UUID,
        *,
        data: VersionStackMoveParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> VersionStackResponse:
        """Move a version stack.

        Rate limit: 10 calls per 1 minute per account_user.

        `PATCH /v4/accounts/{account_id}/version_stacks/{version_stack_id}/move`

        Args:
            account_id: The account that owns the resource.
            version_stack_id: A version stack asset.
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            VersionStackResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/v4/accounts/{encode_path(account_id)}/version_stacks/{encode_path(version_stack_id)}/move",
                json=VersionStackMoveParams(data=as_model(VersionStackMoveParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_move,
        )


class AsyncVersionStacksResourceWithRawResponse:
    """`version_stacks` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncVersionStacksResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create = to_async_raw_response(resource.create)
        self.show = to_async_raw_response(resource.show)
        self.index = to_async_raw_response(resource.index)
        self.copy = to_async_raw_response(resource.copy)
        self.move = to_async_raw_response(resource.move)
