"""Operations on `client.teams`."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import IO, Any

import httpx

from .. import models as _models
from .._core import _decode as decode
from .._core._encode import encode_path, multipart_files, query_params
from .._core._request import ApiRequest
from .._core._types import as_file, as_models
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    OffsetStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.instruction import Instruction
from ..models.instructions_input import InstructionsInput
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.member_summary import MemberSummary
from ..models.method_not_allowed_error_rep import MethodNotAllowedErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.permission_grant_input import PermissionGrantInput
from ..models.post_team_members_body import PostTeamMembersBody
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.status_conflict_error_rep import StatusConflictErrorRep
from ..models.team import Team
from ..models.team_custom_role import TeamCustomRole
from ..models.team_custom_roles import TeamCustomRoles
from ..models.team_imports_rep import TeamImportsRep
from ..models.team_maintainers import TeamMaintainers
from ..models.team_post_input import TeamPostInput
from ..models.teams import Teams
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, File, Unset


def _parse_list_teams(response: httpx.Response) -> Teams:
    return Teams.from_dict(response.json())


def _parse_create_team(response: httpx.Response) -> Team:
    return Team.from_dict(response.json())


def _parse_get_by_team_key(response: httpx.Response) -> Team:
    return Team.from_dict(response.json())


def _parse_remove_by_team_key(response: httpx.Response) -> None:
    return None


def _parse_update_semantic_patch(response: httpx.Response) -> Team:
    return Team.from_dict(response.json())


def _parse_get_maintainers(response: httpx.Response) -> TeamMaintainers:
    return TeamMaintainers.from_dict(response.json())


def _parse_add_multiple_members_to_team(response: httpx.Response) -> TeamImportsRep:
    if response.status_code == 201:
        response_201 = decode.model(_models.TeamImportsRep.from_dict, response.json())

        return response_201

    if response.status_code == 207:
        response_207 = decode.model(_models.TeamImportsRep.from_dict, response.json())

        return response_207

    raise ValueError(f"undocumented success status {response.status_code}")


def _parse_get_custom_roles(response: httpx.Response) -> TeamCustomRoles:
    return TeamCustomRoles.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_3: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_4: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_5: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    409: StatusConflictErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_6: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    405: MethodNotAllowedErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class TeamsResource:
    """Operations on `client.teams`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> TeamsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return TeamsResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> TeamsResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_teams(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filter: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[Team]:
        """Teams in the account.

        `GET /api/v2/teams`

        Args:
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            filter: Filter expression, such as `field:value`.
            expand: Comma-separated list of optional fields to include.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Team`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `Teams` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/api/v2/teams",
                params=query_params(
                    {
                        "limit": limit,
                        "offset": offset,
                        "filter": filter,
                        "expand": expand,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_teams,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    def create_team(
        self,
        *,
        key: str,
        name: str,
        expand: str | Unset = UNSET,
        custom_role_keys: list[str] | Unset = UNSET,
        description: str | Unset = UNSET,
        member_ids: list[str] | Unset = UNSET,
        permission_grants: Sequence[PermissionGrantInput | Mapping[str, Any]] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Team:
        """Create a team.

        `POST /api/v2/teams`

        Args:
            expand: Comma-separated list of optional fields to include.
            key: The `key` field of the request body.
            name: The `name` field of the request body.
            custom_role_keys: The `customRoleKeys` field of the request body.
            description: The `description` field of the request body.
            member_ids: The `memberIDs` field of the request body.
            permission_grants: The `permissionGrants` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Team

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/api/v2/teams",
                params=query_params(
                    {
                        "expand": expand,
                    }
                ),
                json=TeamPostInput(
                    key=key,
                    name=name,
                    custom_role_keys=custom_role_keys,
                    description=description,
                    member_i_ds=member_ids,
                    permission_grants=as_models(PermissionGrantInput, permission_grants),
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_team,
        )

    def get_by_team_key(
        self,
        team_key: str,
        *,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Team:
        """Get a team.

        `GET /api/v2/teams/{teamKey}`

        Args:
            team_key: Key of the team.
            expand: Comma-separated list of optional fields to include.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Team

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/teams/{encode_path(team_key)}",
                params=query_params(
                    {
                        "expand": expand,
                    }
                ),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_by_team_key,
        )

    def remove_by_team_key(
        self,
        team_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a team.

        `DELETE /api/v2/teams/{teamKey}`

        Args:
            team_key: Key of the team.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/teams/{encode_path(team_key)}",
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_remove_by_team_key,
        )

    def update_semantic_patch(
        self,
        team_key: str,
        *,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        expand: str | Unset = UNSET,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Team:
        """Change a team.

        `PATCH /api/v2/teams/{teamKey}`

        Args:
            team_key: Key of the team.
            expand: Comma-separated list of optional fields to include.
            instructions: The `instructions` field of the request body.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Team

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 404, 409, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/teams/{encode_path(team_key)}",
                params=query_params(
                    {
                        "expand": expand,
                    }
                ),
                json=InstructionsInput(instructions=as_models(Instruction, instructions), comment=comment).to_dict(),
                error_types=_ERRORS_5,
                options=request_options,
            ),
            cast=_parse_update_semantic_patch,
        )

    def get_maintainers(
        self,
        team_key: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[MemberSummary]:
        """Fetch team maintainers.

        `GET /api/v2/teams/{teamKey}/maintainers`

        Args:
            team_key: The `teamKey` path parameter.
            limit: The `limit` query parameter.
            offset: The `offset` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `MemberSummary`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `TeamMaintainers` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 405,
                429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/api/v2/teams/{encode_path(team_key)}/maintainers",
                params=query_params(
                    {
                        "limit": limit,
                        "offset": offset,
                    }
                ),
                error_types=_ERRORS_6,
                options=request_options,
            ),
            cast=_parse_get_maintainers,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    def add_multiple_members_to_team(
        self,
        team_key: str,
        *,
        file: File | bytes | IO[bytes] | os.PathLike[str],
        request_options: RequestOptions | None = None,
    ) -> TeamImportsRep:
        """Add members to a team from a CSV file.

        Upload a CSV of member email addresses. Members are added only when every line is accepted
        (201); a 207 lists the lines that failed and adds nobody.

        `POST /api/v2/teams/{teamKey}/members`

        Args:
            team_key: Key of the team.
            file: CSV file to upload.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            TeamImportsRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/teams/{encode_path(team_key)}/members",
                files=multipart_files(PostTeamMembersBody(file=as_file(file)).to_dict()),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_add_multiple_members_to_team,
        )

    def get_custom_roles(
        self,
        team_key: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[TeamCustomRole]:
        """Fetch team roles.

        `GET /api/v2/teams/{teamKey}/roles`

        Args:
            team_key: The `teamKey` path parameter.
            limit: The `limit` query parameter.
            offset: The `offset` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `TeamCustomRole`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `TeamCustomRoles` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 405,
                429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/api/v2/teams/{encode_path(team_key)}/roles",
                params=query_params(
                    {
                        "limit": limit,
                        "offset": offset,
                    }
                ),
                error_types=_ERRORS_6,
                options=request_options,
            ),
            cast=_parse_get_custom_roles,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    async def alist_teams(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filter: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Team]:
        """Coroutine twin of `list_teams`: same arguments, same result, awaitable."""
        return await AsyncTeamsResource(self._async_client()).list_teams(
            limit=limit,
            offset=offset,
            filter=filter,
            expand=expand,
            max_items=max_items,
            request_options=request_options,
        )

    async def acreate_team(
        self,
        *,
        key: str,
        name: str,
        expand: str | Unset = UNSET,
        custom_role_keys: list[str] | Unset = UNSET,
        description: str | Unset = UNSET,
        member_ids: list[str] | Unset = UNSET,
        permission_grants: Sequence[PermissionGrantInput | Mapping[str, Any]] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Team:
        """Coroutine twin of `create_team`: same arguments, same result, awaitable."""
        return await AsyncTeamsResource(self._async_client()).create_team(
            key=key,
            name=name,
            expand=expand,
            custom_role_keys=custom_role_keys,
            description=description,
            member_ids=member_ids,
            permission_grants=permission_grants,
            request_options=request_options,
        )

    async def aget_by_team_key(
        self,
        team_key: str,
        *,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Team:
        """Coroutine twin of `get_by_team_key`: same arguments, same result, awaitable."""
        return await AsyncTeamsResource(self._async_client()).get_by_team_key(
            team_key,
            expand=expand,
            request_options=request_options,
        )

    async def aremove_by_team_key(
        self,
        team_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `remove_by_team_key`: same arguments, same result, awaitable."""
        return await AsyncTeamsResource(self._async_client()).remove_by_team_key(
            team_key,
            request_options=request_options,
        )

    async def aupdate_semantic_patch(
        self,
        team_key: str,
        *,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        expand: str | Unset = UNSET,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Team:
        """Coroutine twin of `update_semantic_patch`: same arguments, same result, awaitable."""
        return await AsyncTeamsResource(self._async_client()).update_semantic_patch(
            team_key,
            instructions=instructions,
            expand=expand,
            comment=comment,
            request_options=request_options,
        )

    async def aget_maintainers(
        self,
        team_key: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[MemberSummary]:
        """Coroutine twin of `get_maintainers`: same arguments, same result, awaitable."""
        return await AsyncTeamsResource(self._async_client()).get_maintainers(
            team_key,
            limit=limit,
            offset=offset,
            max_items=max_items,
            request_options=request_options,
        )

    async def aadd_multiple_members_to_team(
        self,
        team_key: str,
        *,
        file: File | bytes | IO[bytes] | os.PathLike[str],
        request_options: RequestOptions | None = None,
    ) -> TeamImportsRep:
        """Coroutine twin of `add_multiple_members_to_team`: same arguments, same result, awaitable."""
        return await AsyncTeamsResource(self._async_client()).add_multiple_members_to_team(
            team_key,
            file=file,
            request_options=request_options,
        )

    async def aget_custom_roles(
        self,
        team_key: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[TeamCustomRole]:
        """Coroutine twin of `get_custom_roles`: same arguments, same result, awaitable."""
        return await AsyncTeamsResource(self._async_client()).get_custom_roles(
            team_key,
            limit=limit,
            offset=offset,
            max_items=max_items,
            request_options=request_options,
        )


class TeamsResourceWithRawResponse:
    """`teams` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: TeamsResource) -> None:
        self.list_teams = to_raw_response(resource.list_teams)
        self.create_team = to_raw_response(resource.create_team)
        self.get_by_team_key = to_raw_response(resource.get_by_team_key)
        self.remove_by_team_key = to_raw_response(resource.remove_by_team_key)
        self.update_semantic_patch = to_raw_response(resource.update_semantic_patch)
        self.get_maintainers = to_raw_response(resource.get_maintainers)
        self.add_multiple_members_to_team = to_raw_response(resource.add_multiple_members_to_team)
        self.get_custom_roles = to_raw_response(resource.get_custom_roles)


class AsyncTeamsResource:
    """Operations on `client.teams`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncTeamsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncTeamsResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncTeamsResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_teams(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filter: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Team]:
        """Teams in the account.

        `GET /api/v2/teams`

        Args:
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            filter: Filter expression, such as `field:value`.
            expand: Comma-separated list of optional fields to include.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Team`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `Teams` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/api/v2/teams",
                params=query_params(
                    {
                        "limit": limit,
                        "offset": offset,
                        "filter": filter,
                        "expand": expand,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_teams,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    async def create_team(
        self,
        *,
        key: str,
        name: str,
        expand: str | Unset = UNSET,
        custom_role_keys: list[str] | Unset = UNSET,
        description: str | Unset = UNSET,
        member_ids: list[str] | Unset = UNSET,
        permission_grants: Sequence[PermissionGrantInput | Mapping[str, Any]] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Team:
        """Create a team.

        `POST /api/v2/teams`

        Args:
            expand: Comma-separated list of optional fields to include.
            key: The `key` field of the request body.
            name: The `name` field of the request body.
            custom_role_keys: The `customRoleKeys` field of the request body.
            description: The `description` field of the request body.
            member_ids: The `memberIDs` field of the request body.
            permission_grants: The `permissionGrants` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Team

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/api/v2/teams",
                params=query_params(
                    {
                        "expand": expand,
                    }
                ),
                json=TeamPostInput(
                    key=key,
                    name=name,
                    custom_role_keys=custom_role_keys,
                    description=description,
                    member_i_ds=member_ids,
                    permission_grants=as_models(PermissionGrantInput, permission_grants),
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_team,
        )

    async def get_by_team_key(
        self,
        team_key: str,
        *,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Team:
        """Get a team.

        `GET /api/v2/teams/{teamKey}`

        Args:
            team_key: Key of the team.
            expand: Comma-separated list of optional fields to include.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Team

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/teams/{encode_path(team_key)}",
                params=query_params(
                    {
                        "expand": expand,
                    }
                ),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_by_team_key,
        )

    async def remove_by_team_key(
        self,
        team_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a team.

        `DELETE /api/v2/teams/{teamKey}`

        Args:
            team_key: Key of the team.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/teams/{encode_path(team_key)}",
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_remove_by_team_key,
        )

    async def update_semantic_patch(
        self,
        team_key: str,
        *,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        expand: str | Unset = UNSET,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Team:
        """Change a team.

        `PATCH /api/v2/teams/{teamKey}`

        Args:
            team_key: Key of the team.
            expand: Comma-separated list of optional fields to include.
            instructions: The `instructions` field of the request body.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Team

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 404, 409, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/teams/{encode_path(team_key)}",
                params=query_params(
                    {
                        "expand": expand,
                    }
                ),
                json=InstructionsInput(instructions=as_models(Instruction, instructions), comment=comment).to_dict(),
                error_types=_ERRORS_5,
                options=request_options,
            ),
            cast=_parse_update_semantic_patch,
        )

    def get_maintainers(
        self,
        team_key: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[MemberSummary]:
        """Fetch team maintainers.

        `GET /api/v2/teams/{teamKey}/maintainers`

        Args:
            team_key: The `teamKey` path parameter.
            limit: The `limit` query parameter.
            offset: The `offset` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `MemberSummary`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `TeamMaintainers` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 405,
                429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/api/v2/teams/{encode_path(team_key)}/maintainers",
                params=query_params(
                    {
                        "limit": limit,
                        "offset": offset,
                    }
                ),
                error_types=_ERRORS_6,
                options=request_options,
            ),
            cast=_parse_get_maintainers,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    async def add_multiple_members_to_team(
        self,
        team_key: str,
        *,
        file: File | bytes | IO[bytes] | os.PathLike[str],
        request_options: RequestOptions | None = None,
    ) -> TeamImportsRep:
        """Add members to a team from a CSV file.

        Upload a CSV of member email addresses. Members are added only when every line is accepted
        (201); a 207 lists the lines that failed and adds nobody.

        `POST /api/v2/teams/{teamKey}/members`

        Args:
            team_key: Key of the team.
            file: CSV file to upload.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            TeamImportsRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/teams/{encode_path(team_key)}/members",
                files=multipart_files(PostTeamMembersBody(file=as_file(file)).to_dict()),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_add_multiple_members_to_team,
        )

    def get_custom_roles(
        self,
        team_key: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[TeamCustomRole]:
        """Fetch team roles.

        `GET /api/v2/teams/{teamKey}/roles`

        Args:
            team_key: The `teamKey` path parameter.
            limit: The `limit` query parameter.
            offset: The `offset` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `TeamCustomRole`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `TeamCustomRoles` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 405,
                429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/api/v2/teams/{encode_path(team_key)}/roles",
                params=query_params(
                    {
                        "limit": limit,
                        "offset": offset,
                    }
                ),
                error_types=_ERRORS_6,
                options=request_options,
            ),
            cast=_parse_get_custom_roles,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )


class AsyncTeamsResourceWithRawResponse:
    """`teams` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncTeamsResource) -> None:
        self.list_teams = to_async_raw_response(resource.list_teams)
        self.create_team = to_async_raw_response(resource.create_team)
        self.get_by_team_key = to_async_raw_response(resource.get_by_team_key)
        self.remove_by_team_key = to_async_raw_response(resource.remove_by_team_key)
        self.update_semantic_patch = to_async_raw_response(resource.update_semantic_patch)
        self.get_maintainers = to_async_raw_response(resource.get_maintainers)
        self.add_multiple_members_to_team = to_async_raw_response(resource.add_multiple_members_to_team)
        self.get_custom_roles = to_async_raw_response(resource.get_custom_roles)
