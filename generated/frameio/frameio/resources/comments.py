"""Operations on `client.comments`."""

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
from ..models.comment_include import CommentInclude
from ..models.comment_response import CommentResponse
from ..models.comment_sort import CommentSort
from ..models.comment_with_includes import CommentWithIncludes
from ..models.comment_with_includes_response import CommentWithIncludesResponse
from ..models.comments_with_includes_response import CommentsWithIncludesResponse
from ..models.create_comment_params import CreateCommentParams
from ..models.create_comment_params_data import CreateCommentParamsData
from ..models.errors_model import Errors
from ..models.update_comment_params import UpdateCommentParams
from ..models.update_comment_params_data import UpdateCommentParamsData
from ..types import UNSET, Unset


def _parse_index(response: httpx.Response) -> CommentsWithIncludesResponse:
    return CommentsWithIncludesResponse.from_dict(response.json())


def _parse_create(response: httpx.Response) -> CommentResponse:
    return CommentResponse.from_dict(response.json())


def _parse_show(response: httpx.Response) -> CommentWithIncludesResponse:
    return CommentWithIncludesResponse.from_dict(response.json())


def _parse_delete(response: httpx.Response) -> None:
    return None


def _parse_update(response: httpx.Response) -> CommentResponse:
    return CommentResponse.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    401: Errors.from_dict,
    403: Errors.from_dict,
    404: Errors.from_dict,
    409: Errors.from_dict,
    422: Errors.from_dict,
    429: Errors.from_dict,
}


class CommentsResource:
    """Operations on `client.comments`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CommentsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return CommentsResourceWithRawResponse(self)

    def index(
        self,
        account_id: str | UUID,
        file_id: str | UUID,
        *,
        timestamp_as_timecode: bool | Unset = UNSET,
        include: CommentInclude | Unset = UNSET,
        sort: CommentSort | Unset = UNSET,
        after: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[CommentWithIncludes]:
        """List comments on a file.

        Rate limit: 100 calls per 1 minute per account_user.

        `GET /v4/accounts/{account_id}/files/{file_id}/comments`

        Args:
            account_id: The account that owns the resource.
            file_id: A file asset.
            timestamp_as_timecode: Read and write comment timestamps as HH:MM:SS:FF timecode strings instead of frame
                numbers.
            include: Extra related objects to embed in the response.
            sort: Field and direction used to order the results.
            after: Cursor returned in `links.next` of the previous page; leave out to start at the first
                page.
            page_size: How many items to return per page (1 to 100).
            include_total_count: Ask the server to fill `total_count` in the page (costs an extra count query).
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `CommentWithIncludes`: iterating it yields every item across pages, fetching them
            as needed; `iter_pages()` yields each page (its items, the parsed
            `CommentsWithIncludesResponse` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/files/{encode_path(file_id)}/comments",
                params=query_params(
                    {
                        "timestamp_as_timecode": timestamp_as_timecode,
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
            cast=_parse_index,
            strategy=CursorStrategy(param="after", next_link="links.next"),
            items=("data",),
            max_items=max_items,
        )

    def create(
        self,
        account_id: str | UUID,
        file_id: str | UUID,
        *,
        data: CreateCommentParamsData | Mapping[str, Any],
        timestamp_as_timecode: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CommentResponse:
        """Comment on a file.

        Rate limit: 100 calls per 1 minute per account_user.

        `POST /v4/accounts/{account_id}/files/{file_id}/comments`

        Args:
            account_id: The account that owns the resource.
            file_id: A file asset.
            timestamp_as_timecode: Read and write comment timestamps as HH:MM:SS:FF timecode strings instead of frame
                numbers.
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CommentResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/v4/accounts/{encode_path(account_id)}/files/{encode_path(file_id)}/comments",
                params=query_params(
                    {
                        "timestamp_as_timecode": timestamp_as_timecode,
                    }
                ),
                json=CreateCommentParams(data=as_model(CreateCommentParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    def show(
        self,
        account_id: str | UUID,
        comment_id: str | UUID,
        *,
        timestamp_as_timecode: bool | Unset = UNSET,
        include: CommentInclude | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CommentWithIncludesResponse:
        """Get a comment.

        Rate limit: 100 calls per 1 minute per account_user.

        `GET /v4/accounts/{account_id}/comments/{comment_id}`

        Args:
            account_id: The account that owns the resource.
            comment_id: A comment on a file.
            timestamp_as_timecode: Read and write comment timestamps as HH:MM:SS:FF timecode strings instead of frame
                numbers.
            include: Extra related objects to embed in the response.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CommentWithIncludesResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/comments/{encode_path(comment_id)}",
                params=query_params(
                    {
                        "timestamp_as_timecode": timestamp_as_timecode,
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
        comment_id: str | UUID,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a comment.

        Rate limit: 60 calls per 1 minute per account_user.

        `DELETE /v4/accounts/{account_id}/comments/{comment_id}`

        Args:
            account_id: The account that owns the resource.
            comment_id: A comment on a file.
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
                f"/v4/accounts/{encode_path(account_id)}/comments/{encode_path(comment_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    def update(
        self,
        account_id: str | UUID,
        comment_id: str | UUID,
        *,
        data: UpdateCommentParamsData | Mapping[str, Any],
        timestamp_as_timecode: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CommentResponse:
        """Edit a comment.

        Rate limit: 10 calls per 1 minute per account_user.

        `PATCH /v4/accounts/{account_id}/comments/{comment_id}`

        Args:
            account_id: The account that owns the resource.
            comment_id: A comment on a file.
            timestamp_as_timecode: Read and write comment timestamps as HH:MM:SS:FF timecode strings instead of frame
                numbers.
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CommentResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/v4/accounts/{encode_path(account_id)}/comments/{encode_path(comment_id)}",
                params=query_params(
                    {
                        "timestamp_as_timecode": timestamp_as_timecode,
                    }
                ),
                json=UpdateCommentParams(data=as_model(UpdateCommentParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_update,
        )


class CommentsResourceWithRawResponse:
    """`comments` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: CommentsResource) -> None:
        self.index = to_raw_response(resource.index)
        self.create = to_raw_response(resource.create)
        self.show = to_raw_response(resource.show)
        self.delete = to_raw_response(resource.delete)
        self.update = to_raw_response(resource.update)


class AsyncCommentsResource:
    """Operations on `client.comments`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCommentsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncCommentsResourceWithRawResponse(self)

    def index(
        self,
        account_id: str | UUID,
        file_id: str | UUID,
        *,
        timestamp_as_timecode: bool | Unset = UNSET,
        include: CommentInclude | Unset = UNSET,
        sort: CommentSort | Unset = UNSET,
        after: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[CommentWithIncludes]:
        """List comments on a file.

        Rate limit: 100 calls per 1 minute per account_user.

        `GET /v4/accounts/{account_id}/files/{file_id}/comments`

        Args:
            account_id: The account that owns the resource.
            file_id: A file asset.
            timestamp_as_timecode: Read and write comment timestamps as HH:MM:SS:FF timecode strings instead of frame
                numbers.
            include: Extra related objects to embed in the response.
            sort: Field and direction used to order the results.
            after: Cursor returned in `links.next` of the previous page; leave out to start at the first
                page.
            page_size: How many items to return per page (1 to 100).
            include_total_count: Ask the server to fill `total_count` in the page (costs an extra count query).
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `CommentWithIncludes`: iterating it yields every item across pages, fetching them
            as needed; `iter_pages()` yields each page (its items, the parsed
            `CommentsWithIncludesResponse` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/files/{encode_path(file_id)}/comments",
                params=query_params(
                    {
                        "timestamp_as_timecode": timestamp_as_timecode,
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
            cast=_parse_index,
            strategy=CursorStrategy(param="after", next_link="links.next"),
            items=("data",),
            max_items=max_items,
        )

    async def create(
        self,
        account_id: str | UUID,
        file_id: str | UUID,
        *,
        data: CreateCommentParamsData | Mapping[str, Any],
        timestamp_as_timecode: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CommentResponse:
        """Comment on a file.

        Rate limit: 100 calls per 1 minute per account_user.

        `POST /v4/accounts/{account_id}/files/{file_id}/comments`

        Args:
            account_id: The account that owns the resource.
            file_id: A file asset.
            timestamp_as_timecode: Read and write comment timestamps as HH:MM:SS:FF timecode strings instead of frame
                numbers.
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CommentResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/v4/accounts/{encode_path(account_id)}/files/{encode_path(file_id)}/comments",
                params=query_params(
                    {
                        "timestamp_as_timecode": timestamp_as_timecode,
                    }
                ),
                json=CreateCommentParams(data=as_model(CreateCommentParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    async def show(
        self,
        account_id: str | UUID,
        comment_id: str | UUID,
        *,
        timestamp_as_timecode: bool | Unset = UNSET,
        include: CommentInclude | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CommentWithIncludesResponse:
        """Get a comment.

        Rate limit: 100 calls per 1 minute per account_user.

        `GET /v4/accounts/{account_id}/comments/{comment_id}`

        Args:
            account_id: The account that owns the resource.
            comment_id: A comment on a file.
            timestamp_as_timecode: Read and write comment timestamps as HH:MM:SS:FF timecode strings instead of frame
                numbers.
            include: Extra related objects to embed in the response.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CommentWithIncludesResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/comments/{encode_path(comment_id)}",
                params=query_params(
                    {
                        "timestamp_as_timecode": timestamp_as_timecode,
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
        comment_id: str | UUID,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a comment.

        Rate limit: 60 calls per 1 minute per account_user.

        `DELETE /v4/accounts/{account_id}/comments/{comment_id}`

        Args:
            account_id: The account that owns the resource.
            comment_id: A comment on a file.
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
                f"/v4/accounts/{encode_path(account_id)}/comments/{encode_path(comment_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    async def update(
        self,
        account_id: str | UUID,
        comment_id: str | UUID,
        *,
        data: UpdateCommentParamsData | Mapping[str, Any],
        timestamp_as_timecode: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CommentResponse:
        """Edit a comment.

        Rate limit: 10 calls per 1 minute per account_user.

        `PATCH /v4/accounts/{account_id}/comments/{comment_id}`

        Args:
            account_id: The account that owns the resource.
            comment_id: A comment on a file.
            timestamp_as_timecode: Read and write comment timestamps as HH:MM:SS:FF timecode strings instead of frame
                numbers.
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CommentResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/v4/accounts/{encode_path(account_id)}/comments/{encode_path(comment_id)}",
                params=query_params(
                    {
                        "timestamp_as_timecode": timestamp_as_timecode,
                    }
                ),
                json=UpdateCommentParams(data=as_model(UpdateCommentParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_update,
        )


class AsyncCommentsResourceWithRawResponse:
    """`comments` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncCommentsResource) -> None:
        self.index = to_async_raw_response(resource.index)
        self.create = to_async_raw_response(resource.create)
        self.show = to_async_raw_response(resource.show)
        self.delete = to_async_raw_response(resource.delete)
        self.update = to_async_raw_response(resource.update)
