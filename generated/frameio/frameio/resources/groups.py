"""Operations on `client.groups`."""

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
from ..models.create_group_params import CreateGroupParams
from ..models.create_group_params_data import CreateGroupParamsData
from ..models.creator_include import CreatorInclude
from ..models.errors_model import Errors
from ..models.group_response import GroupResponse
from ..models.group_sort import GroupSort
from ..models.group_with_includes import GroupWithIncludes
from ..models.group_with_includes_response import GroupWithIncludesResponse
from ..models.groups_with_includes_response import GroupsWithIncludesResponse
from ..models.update_group_params import UpdateGroupParams
from ..models.update_group_params_data import UpdateGroupParamsData
from ..types import UNSET, Unset


def _parse_index(response: httpx.Response) -> GroupsWithIncludesResponse:
    return GroupsWithIncludesResponse.from_dict(response.json())


def _parse_create(response: httpx.Response) -> GroupResponse:
    return GroupResponse.from_dict(response.json())


def _parse_show(response: httpx.Response) -> GroupWithIncludesResponse:
    return GroupWithIncludesResponse.from_dict(response.json())


def _parse_update(response: httpx.Response) -> GroupResponse:
    return GroupResponse.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    401: Errors.from_dict,
    403: Errors.from_dict,
    404: Errors.from_dict,
    409: Errors.from_dict,
    422: Errors.from_dict,
    429: Errors.from_dict,
}


class GroupsResource:
    """Operations on `client.groups`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> GroupsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return GroupsResourceWithRawResponse(self)

    def index(
        self,
        account_id: str | UUID,
        *,
        include: CreatorInclude | Unset = UNSET,
        sort: GroupSort | Unset = UNSET,
        after: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[GroupWithIncludes]:
        """List user groups.

        Rate limit: 100 calls per 1 minute per account_user.

        `GET /v4/accounts/{account_id}/groups`

        Args:
            account_id: The account that owns the resource.
            include: Extra related objects to embed in the response.
            sort: Field and direction used to order the results.
            after: Cursor returned in `links.next` of the previous page; leave out to start at the first
                page.
            page_size: How many items to return per page (1 to 100).
            include_total_count: Ask the server to fill `total_count` in the page (costs an extra count query).
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `GroupWithIncludes`: iterating it yields every item across pages, fetching them
            as needed; `iter_pages()` yields each page (its items, the parsed
            `GroupsWithIncludesResponse` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/groups",
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
            cast=_parse_index,
            strategy=CursorStrategy(param="after", next_link="links.next"),
            items=("data",),
            max_items=max_items,
        )

    def create(
        self,
        account_id: str | UUID,
        *,
        data: CreateGroupParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> GroupResponse:
        """Create a user group.

        Rate limit: 10 calls per 1 minute per account_user.

        `POST /v4/accounts/{account_id}/groups`

        Args:
            account_id: The account that owns the resource.
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GroupResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/v4/accounts/{encode_path(account_id)}/groups",
                json=CreateGroupParams(data=as_model(CreateGroupParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    def show(
        self,
        account_id: str | UUID,
        group_id: str | UUID,
        *,
        include: CreatorInclude | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GroupWithIncludesResponse:
        """Get a user group.

        Rate limit: 100 calls per 1 minute per account_user.

        `GET /v4/accounts/{account_id}/groups/{group_id}`

        Args:
            account_id: The account that owns the resource.
            group_id: A user group in the account.
            include: Extra related objects to embed in the response.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GroupWithIncludesResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/groups/{encode_path(group_id)}",
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

    def update(
        self,
        account_id: str | UUID,
        group_id: str | UUID,
        *,
        data: UpdateGroupParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> GroupResponse:
        """Change a user group.

        Rate limit: 10 calls per 1 minute per account_user.

        `PATCH /v4/accounts/{account_id}/groups/{group_id}`

        Args:
            account_id: The account that owns the resource.
            group_id: A user group in the account.
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GroupResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/v4/accounts/{encode_path(account_id)}/groups/{encode_path(group_id)}",
                json=UpdateGroupParams(data=as_model(UpdateGroupParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_update,
        )


class GroupsResourceWithRawResponse:
    """`groups` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: GroupsResource) -> None:
        self.index = to_raw_response(resource.index)
        self.create = to_raw_response(resource.create)
        self.show = to_raw_response(resource.show)
        self.update = to_raw_response(resource.update)


class AsyncGroupsResource:
    """Operations on `client.groups`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncGroupsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncGroupsResourceWithRawResponse(self)

    def index(
        self,
        account_id: str | UUID,
        *,
        include: CreatorInclude | Unset = UNSET,
        sort: GroupSort | Unset = UNSET,
        after: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[GroupWithIncludes]:
        """List user groups.

        Rate limit: 100 calls per 1 minute per account_user.

        `GET /v4/accounts/{account_id}/groups`

        Args:
            account_id: The account that owns the resource.
            include: Extra related objects to embed in the response.
            sort: Field and direction used to order the results.
            after: Cursor returned in `links.next` of the previous page; leave out to start at the first
                page.
            page_size: How many items to return per page (1 to 100).
            include_total_count: Ask the server to fill `total_count` in the page (costs an extra count query).
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `GroupWithIncludes`: iterating it yields every item across pages, fetching them
            as needed; `iter_pages()` yields each page (its items, the parsed
            `GroupsWithIncludesResponse` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/groups",
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
            cast=_parse_index,
            strategy=CursorStrategy(param="after", next_link="links.next"),
            items=("data",),
            max_items=max_items,
        )

    async def create(
        self,
        account_id: str | UUID,
        *,
        data: CreateGroupParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> GroupResponse:
        """Create a user group.

        Rate limit: 10 calls per 1 minute per account_user.

        `POST /v4/accounts/{account_id}/groups`

        Args:
            account_id: The account that owns the resource.
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GroupResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/v4/accounts/{encode_path(account_id)}/groups",
                json=CreateGroupParams(data=as_model(CreateGroupParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    async def show(
        self,
        account_id: str | UUID,
        group_id: str | UUID,
        *,
        include: CreatorInclude | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GroupWithIncludesResponse:
        """Get a user group.

        Rate limit: 100 calls per 1 minute per account_user.

        `GET /v4/accounts/{account_id}/groups/{group_id}`

        Args:
            account_id: The account that owns the resource.
            group_id: A user group in the account.
            include: Extra related objects to embed in the response.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GroupWithIncludesResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/groups/{encode_path(group_id)}",
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

    async def update(
        self,
        account_id: str | UUID,
        group_id: str | UUID,
        *,
        data: UpdateGroupParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> GroupResponse:
        """Change a user group.

        Rate limit: 10 calls per 1 minute per account_user.

        `PATCH /v4/accounts/{account_id}/groups/{group_id}`

        Args:
            account_id: The account that owns the resource.
            group_id: A user group in the account.
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GroupResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/v4/accounts/{encode_path(account_id)}/groups/{encode_path(group_id)}",
                json=UpdateGroupParams(data=as_model(UpdateGroupParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_update,
        )


class AsyncGroupsResourceWithRawResponse:
    """`groups` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncGroupsResource) -> None:
        self.index = to_async_raw_response(resource.index)
        self.create = to_async_raw_response(resource.create)
        self.show = to_async_raw_response(resource.show)
        self.update = to_async_raw_response(resource.update)
