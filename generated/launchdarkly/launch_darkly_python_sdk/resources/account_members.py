"""Operations on `client.account_members`."""

from __future__ import annotations

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
    OffsetStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.member import Member
from ..models.member_teams_post_input import MemberTeamsPostInput
from ..models.members import Members
from ..models.new_member_form import NewMemberForm
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.patch_operation import PatchOperation
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.status_conflict_error_rep import StatusConflictErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, Unset


def _parse_list_members(response: httpx.Response) -> Members:
    return Members.from_dict(response.json())


def _parse_invite_new_members(response: httpx.Response) -> Members:
    return Members.from_dict(response.json())


def _parse_get_by_id(response: httpx.Response) -> Member:
    return Member.from_dict(response.json())


def _parse_delete_by_id(response: httpx.Response) -> None:
    return None


def _parse_update_member_patch(response: httpx.Response) -> Member:
    return Member.from_dict(response.json())


def _parse_add_to_teams(response: httpx.Response) -> Member:
    return Member.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    409: StatusConflictErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_3: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    409: StatusConflictErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_4: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    409: StatusConflictErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class AccountMembersResource:
    """Operations on `client.account_members`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> AccountMembersResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AccountMembersResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AccountMembersResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_members(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filter: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[Member]:
        """Members of the account.

        `GET /api/v2/members`

        Args:
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            filter: Filter expression, such as `field:value`.
            expand: Comma-separated list of optional fields to include.
            sort: Field to sort by; prefix `-` for descending order.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Member`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `Members` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/api/v2/members",
                params=query_params(
                    {
                        "limit": limit,
                        "offset": offset,
                        "filter": filter,
                        "expand": expand,
                        "sort": sort,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_members,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    def invite_new_members(
        self,
        *,
        body: Sequence[NewMemberForm | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> Members:
        """Invite members to the account.

        `POST /api/v2/members`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Members

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 409, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/api/v2/members",
                json=jsonable(as_models(NewMemberForm, body)),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_invite_new_members,
        )

    def get_by_id(
        self,
        id: str,
        *,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Member:
        """Get an account member.

        `GET /api/v2/members/{id}`

        Args:
            id: Identifier of the resource.
            expand: Comma-separated list of optional fields to include.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Member

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/members/{encode_path(id)}",
                params=query_params(
                    {
                        "expand": expand,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_by_id,
        )

    def delete_by_id(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove an account member.

        `DELETE /api/v2/members/{id}`

        Args:
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 409, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/members/{encode_path(id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_delete_by_id,
        )

    def update_member_patch(
        self,
        id: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> Member:
        """Change an account member.

        `PATCH /api/v2/members/{id}`

        Args:
            id: Identifier of the resource.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Member

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/members/{encode_path(id)}",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_update_member_patch,
        )

    def add_to_teams(
        self,
        id: str,
        *,
        team_keys: list[str],
        request_options: RequestOptions | None = None,
    ) -> Member:
        """Put a member on teams.

        `POST /api/v2/members/{id}/teams`

        Args:
            id: Identifier of the resource.
            team_keys: The `teamKeys` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Member

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/members/{encode_path(id)}/teams",
                json=MemberTeamsPostInput(team_keys=team_keys).to_dict(),
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_add_to_teams,
        )

    async def alist_members(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filter: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Member]:
        """Coroutine twin of `list_members`: same arguments, same result, awaitable."""
        return await AsyncAccountMembersResource(self._async_client()).list_members(
            limit=limit,
            offset=offset,
            filter=filter,
            expand=expand,
            sort=sort,
            max_items=max_items,
            request_options=request_options,
        )

    async def ainvite_new_members(
        self,
        *,
        body: Sequence[NewMemberForm | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> Members:
        """Coroutine twin of `invite_new_members`: same arguments, same result, awaitable."""
        return await AsyncAccountMembersResource(self._async_client()).invite_new_members(
            body=body,
            request_options=request_options,
        )

    async def aget_by_id(
        self,
        id: str,
        *,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Member:
        """Coroutine twin of `get_by_id`: same arguments, same result, awaitable."""
        return await AsyncAccountMembersResource(self._async_client()).get_by_id(
            id,
            expand=expand,
            request_options=request_options,
        )

    async def adelete_by_id(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `delete_by_id`: same arguments, same result, awaitable."""
        return await AsyncAccountMembersResource(self._async_client()).delete_by_id(
            id,
            request_options=request_options,
        )

    async def aupdate_member_patch(
        self,
        id: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> Member:
        """Coroutine twin of `update_member_patch`: same arguments, same result, awaitable."""
        return await AsyncAccountMembersResource(self._async_client()).update_member_patch(
            id,
            body=body,
            request_options=request_options,
        )

    async def aadd_to_teams(
        self,
        id: str,
        *,
        team_keys: list[str],
        request_options: RequestOptions | None = None,
    ) -> Member:
        """Coroutine twin of `add_to_teams`: same arguments, same result, awaitable."""
        return await AsyncAccountMembersResource(self._async_client()).add_to_teams(
            id,
            team_keys=team_keys,
            request_options=request_options,
        )


class AccountMembersResourceWithRawResponse:
    """`account_members` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AccountMembersResource) -> None:
        self.list_members = to_raw_response(resource.list_members)
        self.invite_new_members = to_raw_response(resource.invite_new_members)
        self.get_by_id = to_raw_response(resource.get_by_id)
        self.delete_by_id = to_raw_response(resource.delete_by_id)
        self.update_member_patch = to_raw_response(resource.update_member_patch)
        self.add_to_teams = to_raw_response(resource.add_to_teams)


class AsyncAccountMembersResource:
    """Operations on `client.account_members`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAccountMembersResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncAccountMembersResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncAccountMembersResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_members(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filter: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Member]:
        """Members of the account.

        `GET /api/v2/members`

        Args:
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            filter: Filter expression, such as `field:value`.
            expand: Comma-separated list of optional fields to include.
            sort: Field to sort by; prefix `-` for descending order.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Member`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `Members` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/api/v2/members",
                params=query_params(
                    {
                        "limit": limit,
                        "offset": offset,
                        "filter": filter,
                        "expand": expand,
                        "sort": sort,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_members,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    async def invite_new_members(
        self,
        *,
        body: Sequence[NewMemberForm | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> Members:
        """Invite members to the account.

        `POST /api/v2/members`

        Args:
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Members

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 409, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/api/v2/members",
                json=jsonable(as_models(NewMemberForm, body)),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_invite_new_members,
        )

    async def get_by_id(
        self,
        id: str,
        *,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Member:
        """Get an account member.

        `GET /api/v2/members/{id}`

        Args:
            id: Identifier of the resource.
            expand: Comma-separated list of optional fields to include.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Member

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/members/{encode_path(id)}",
                params=query_params(
                    {
                        "expand": expand,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_by_id,
        )

    async def delete_by_id(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove an account member.

        `DELETE /api/v2/members/{id}`

        Args:
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 409, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/members/{encode_path(id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_delete_by_id,
        )

    async def update_member_patch(
        self,
        id: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> Member:
        """Change an account member.

        `PATCH /api/v2/members/{id}`

        Args:
            id: Identifier of the resource.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Member

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/members/{encode_path(id)}",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_update_member_patch,
        )

    async def add_to_teams(
        self,
        id: str,
        *,
        team_keys: list[str],
        request_options: RequestOptions | None = None,
    ) -> Member:
        """Put a member on teams.

        `POST /api/v2/members/{id}/teams`

        Args:
            id: Identifier of the resource.
            team_keys: The `teamKeys` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Member

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/members/{encode_path(id)}/teams",
                json=MemberTeamsPostInput(team_keys=team_keys).to_dict(),
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_add_to_teams,
        )


class AsyncAccountMembersResourceWithRawResponse:
    """`account_members` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncAccountMembersResource) -> None:
        self.list_members = to_async_raw_response(resource.list_members)
        self.invite_new_members = to_async_raw_response(resource.invite_new_members)
        self.get_by_id = to_async_raw_response(resource.get_by_id)
        self.delete_by_id = to_async_raw_response(resource.delete_by_id)
        self.update_member_patch = to_async_raw_response(resource.update_member_patch)
        self.add_to_teams = to_async_raw_response(resource.add_to_teams)
