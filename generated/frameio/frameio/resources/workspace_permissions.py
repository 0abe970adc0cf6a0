"""Operations on `client.workspace_permissions`."""

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
from ..models.errors_model import Errors
from ..models.update_workspace_role_params import UpdateWorkspaceRoleParams
from ..models.update_workspace_role_params_data import UpdateWorkspaceRoleParamsData
from ..models.update_workspace_role_response import UpdateWorkspaceRoleResponse
from ..models.user_role import UserRole
from ..models.user_role_sort import UserRoleSort
from ..models.user_roles_response import UserRolesResponse
from ..types import UNSET, Unset


def _parse_index(response: httpx.Response) -> UserRolesResponse:
    return UserRolesResponse.from_dict(response.json())


def _parse_workspace_user_roles_delete(response: httpx.Response) -> None:
    return None


def _parse_workspace_user_roles_update(response: httpx.Response) -> UpdateWorkspaceRoleResponse:
    return UpdateWorkspaceRoleResponse.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    401: Errors.from_dict,
    403: Errors.from_dict,
    404: Errors.from_dict,
    409: Errors.from_dict,
    422: Errors.from_dict,
    429: Errors.from_dict,
}


class WorkspacePermissionsResource:
    """Operations on `client.workspace_permissions`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> WorkspacePermissionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return WorkspacePermissionsResourceWithRawResponse(self)

    def index(
        self,
        account_id: str | UUID,
        workspace_id: str | UUID,
        *,
        include_deactivated: bool | Unset = UNSET,
        sort: UserRoleSort | Unset = UNSET,
        after: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        includ_deactivated: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[UserRole]:
        """List workspace members.

        Rate limit: 100 calls per 1 minute per account_user.

        `GET /v4/accounts/{account_id}/workspaces/{workspace_id}/users`

        Args:
            account_id: The account that owns the resource.
            workspace_id: A workspace inside the account.
            include_deactivated: Also list users whose access has been deactivated (off unless set).
            sort: Field and direction used to order the results.
            after: Cursor returned in `links.next` of the previous page; leave out to start at the first
                page.
            page_size: How many items to return per page (1 to 100).
            include_total_count: Ask the server to fill `total_count` in the page (costs an extra count query).
            max_items: Stop after this many items (all pages are read when not given).
            includ_deactivated: Another name for `include_deactivated` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `UserRole`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `UserRolesResponse` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        if not isinstance(includ_deactivated, Unset):
            include_deactivated = includ_deactivated
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/workspaces/{encode_path(workspace_id)}/users",
                params=query_params(
                    {
                        "include_deactivated": include_deactivated,
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

    def workspace_user_roles_delete(
        self,
        account_id: str | UUID,
        workspace_id: str | UUID,
        user_id: str | UUID,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove a workspace member.

        Rate limit: 60 calls per 1 minute per account_user.

        `DELETE /v4/accounts/{account_id}/workspaces/{workspace_id}/users/{user_id}`

        Args:
            account_id: The account that owns the resource.
            workspace_id: A workspace inside the account.
            user_id: A Frame.io user.
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
                f"/v4/accounts/{encode_path(account_id)}/workspaces/{encode_path(workspace_id)}/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_workspace_user_roles_delete,
        )

    def workspace_user_roles_update(
        self,
        account_id: str | UUID,
        workspace_id: str | UUID,
        user_id: str | UUID,
        *,
        data: UpdateWorkspaceRoleParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> UpdateWorkspaceRoleResponse:
        """Set a member's workspace role.

        Changes the user's role in the workspace, adding them first if they are not a member yet.

        Rate limit: 10 calls per 1 minute per account_user.

        `PATCH /v4/accounts/{account_id}/workspaces/{workspace_id}/users/{user_id}`

        Args:
            account_id: The account that owns the resource.
            workspace_id: A workspace inside the account.
            user_id: A Frame.io user.
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UpdateWorkspaceRoleResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/v4/accounts/{encode_path(account_id)}/workspaces/{encode_path(workspace_id)}/users/{encode_path(user_id)}",
                json=UpdateWorkspaceRoleParams(data=as_model(UpdateWorkspaceRoleParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_workspace_user_roles_update,
        )


class WorkspacePermissionsResourceWithRawResponse:
    """`workspace_permissions` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: WorkspacePermissionsResource) -> None:
        self.index = to_raw_response(resource.index)
        self.workspace_user_roles_delete = to_raw_response(resource.workspace_user_roles_delete)
        self.workspace_user_roles_update = to_raw_response(resource.workspace_user_roles_update)


class AsyncWorkspacePermissionsResource:
    """Operations on `client.workspace_permissions`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncWorkspacePermissionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncWorkspacePermissionsResourceWithRawResponse(self)

    def index(
        self,
        account_id: str | UUID,
        workspace_id: str | UUID,
        *,
        include_deactivated: bool | Unset = UNSET,
        sort: UserRoleSort | Unset = UNSET,
        after: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        includ_deactivated: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[UserRole]:
        """List workspace members.

        Rate limit: 100 calls per 1 minute per account_user.

        `GET /v4/accounts/{account_id}/workspaces/{workspace_id}/users`

        Args:
            account_id: The account that owns the resource.
            workspace_id: A workspace inside the account.
            include_deactivated: Also list users whose access has been deactivated (off unless set).
            sort: Field and direction used to order the results.
            after: Cursor returned in `links.next` of the previous page; leave out to start at the first
                page.
            page_size: How many items to return per page (1 to 100).
            include_total_count: Ask the server to fill `total_count` in the page (costs an extra count query).
            max_items: Stop after this many items (all pages are read when not given).
            includ_deactivated: Another name for `include_deactivated` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `UserRole`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `UserRolesResponse` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        if not isinstance(includ_deactivated, Unset):
            include_deactivated = includ_deactivated
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/workspaces/{encode_path(workspace_id)}/users",
                params=query_params(
                    {
                        "include_deactivated": include_deactivated,
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

    async def workspace_user_roles_delete(
        self,
        account_id: str | UUID,
        workspace_id: str | UUID,
        user_id: str | UUID,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove a workspace member.

        Rate limit: 60 calls per 1 minute per account_user.

        `DELETE /v4/accounts/{account_id}/workspaces/{workspace_id}/users/{user_id}`

        Args:
            account_id: The account that owns the resource.
            workspace_id: A workspace inside the account.
            user_id: A Frame.io user.
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
                f"/v4/accounts/{encode_path(account_id)}/workspaces/{encode_path(workspace_id)}/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_workspace_user_roles_delete,
        )

    async def workspace_user_roles_update(
        self,
        account_id: str | UUID,
        workspace_id: str | UUID,
        user_id: str | UUID,
        *,
        data: UpdateWorkspaceRoleParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> UpdateWorkspaceRoleResponse:
        """Set a member's workspace role.

        Changes the user's role in the workspace, adding them first if they are not a member yet.

        Rate limit: 10 calls per 1 minute per account_user.

        `PATCH /v4/accounts/{account_id}/workspaces/{workspace_id}/users/{user_id}`

        Args:
            account_id: The account that owns the resource.
            workspace_id: A workspace inside the account.
            user_id: A Frame.io user.
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UpdateWorkspaceRoleResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/v4/accounts/{encode_path(account_id)}/workspaces/{encode_path(workspace_id)}/users/{encode_path(user_id)}",
                json=UpdateWorkspaceRoleParams(data=as_model(UpdateWorkspaceRoleParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_workspace_user_roles_update,
        )


class AsyncWorkspacePermissionsResourceWithRawResponse:
    """`workspace_permissions` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncWorkspacePermissionsResource) -> None:
        self.index = to_async_raw_response(resource.index)
        self.workspace_user_roles_delete = to_async_raw_response(resource.workspace_user_roles_delete)
        self.workspace_user_roles_update = to_async_raw_response(resource.workspace_user_roles_update)
