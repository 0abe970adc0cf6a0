"""Operations on `client.users`."""

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
from ..models.assign_actor_role_request import AssignActorRoleRequest
from ..models.assign_role_response import AssignRoleResponse
from ..models.errors_model import Errors
from ..models.list_actor_roles_response import ListActorRolesResponse
from ..models.list_users_response import ListUsersResponse
from ..models.list_users_sort_field import ListUsersSortField
from ..models.sort_direction import SortDirection
from ..models.success import Success
from ..models.user import User
from ..models.user_response import UserResponse
from ..models.user_with_roles_response import UserWithRolesResponse
from ..models.users_assign_user_role_body import UsersAssignUserRoleBody
from ..models.users_create_and_invite_body import UsersCreateAndInviteBody
from ..models.users_update_body import UsersUpdateBody
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> ListUsersResponse:
    return ListUsersResponse.from_dict(response.json())


def _parse_create_and_invite(response: httpx.Response) -> UserWithRolesResponse:
    return UserWithRolesResponse.from_dict(response.json())


def _parse_resend_invite(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


def _parse_get(response: httpx.Response) -> UserResponse:
    return UserResponse.from_dict(response.json())


def _parse_delete(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


def _parse_update(response: httpx.Response) -> UserResponse:
    return UserResponse.from_dict(response.json())


def _parse_list_user_roles(response: httpx.Response) -> ListActorRolesResponse:
    return ListActorRolesResponse.from_dict(response.json())


def _parse_assign_user_role(response: httpx.Response) -> AssignRoleResponse:
    return AssignRoleResponse.from_dict(response.json())


def _parse_delete_user_role(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    403: Errors.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    403: Errors.from_dict,
    404: Errors.from_dict,
}


class UsersResource:
    """Operations on `client.users`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> UsersResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return UsersResourceWithRawResponse(self)

    def list(
        self,
        *,
        email: str | Unset = UNSET,
        search: str | Unset = UNSET,
        sort_field: ListUsersSortField | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[User]:
        """List users.

        Returns a page of account members, with search and sorting.

        `GET /users`

        Args:
            email: Only the user with this email.
            search: Text matched against name and email.
            sort_field: Field to sort by.
            sort_direction: Sort order.
            page_size: How many users to return per page.
            page_number: Page to return, starting at 1.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `User`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `ListUsersResponse` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/users",
                params=query_params(
                    {
                        "email": email,
                        "search": search,
                        "sortField": sort_field,
                        "sortDirection": sort_direction,
                        "pageSize": page_size,
                        "pageNumber": page_number,
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

    def create_and_invite(
        self,
        *,
        email: str,
        name: str,
        actor_roles: Sequence[AssignActorRoleRequest | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> UserWithRolesResponse:
        """Invite a user.

        Creates an account member with roles and emails them an invitation.

        `POST /users/invite`

        Args:
            email: The `email` field of the request body.
            name: The `name` field of the request body.
            actor_roles: The `actorRoles` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UserWithRolesResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/users/invite",
                json=UsersCreateAndInviteBody(
                    email=email, name=name, actor_roles=as_models(AssignActorRoleRequest, actor_roles)
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create_and_invite,
        )

    def resend_invite(
        self,
        user_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Resend an invitation.

        Emails the invitation to a user again.

        `POST /users/{userId}/resend-invite`

        Args:
            user_id: User identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403, 404.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/users/{encode_path(user_id)}/resend-invite",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_resend_invite,
        )

    def get(
        self,
        user_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> UserResponse:
        """Get a user.

        Fetches one account member.

        `GET /users/{userId}`

        Args:
            user_id: User identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UserResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/users/{encode_path(user_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get,
        )

    def delete(
        self,
        user_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete a user.

        Removes a member from the account.

        `DELETE /users/{userId}`

        Args:
            user_id: User identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403, 404.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/users/{encode_path(user_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    def update(
        self,
        user_id: str,
        *,
        name: str | Unset = UNSET,
        dashboard: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UserResponse:
        """Update a user.

        Changes the name or dashboard of a user.

        `PATCH /users/{userId}`

        Args:
            user_id: User identifier.
            name: The `name` field of the request body.
            dashboard: Dashboard variant.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UserResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403, 404.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/users/{encode_path(user_id)}",
                json=UsersUpdateBody(name=name, dashboard=dashboard).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update,
        )

    def list_user_roles(
        self,
        user_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ListActorRolesResponse:
        """List roles of a user.

        Returns the roles granted to a user.

        `GET /users/{userId}/roles`

        Args:
            user_id: User identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ListActorRolesResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/users/{encode_path(user_id)}/roles",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_list_user_roles,
        )

    def assign_user_role(
        self,
        user_id: str,
        *,
        role_id: str,
        resource_id: str,
        request_options: RequestOptions | None = None,
    ) -> AssignRoleResponse:
        """Grant a role to a user.

        Gives a user a role on an account, environment or space.

        `POST /users/{userId}/roles`

        Args:
            user_id: User identifier.
            role_id: Role to grant.
            resource_id: Account, environment or space the role applies to.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            AssignRoleResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403, 404.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/users/{encode_path(user_id)}/roles",
                json=UsersAssignUserRoleBody(role_id=role_id, resource_id=resource_id).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_assign_user_role,
        )

    def delete_user_role(
        self,
        user_id: str,
        actor_role_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Revoke a role from a user.

        Removes one role grant from a user.

        `DELETE /users/{userId}/roles/{actorRoleId}`

        Args:
            user_id: User identifier.
            actor_role_id: Role grant to remove.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403, 404.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/users/{encode_path(user_id)}/roles/{encode_path(actor_role_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete_user_role,
        )


class UsersResourceWithRawResponse:
    """`users` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: UsersResource) -> None:
        self.list = to_raw_response(resource.list)
        self.create_and_invite = to_raw_response(resource.create_and_invite)
        self.resend_invite = to_raw_response(resource.resend_invite)
        self.get = to_raw_response(resource.get)
        self.delete = to_raw_response(resource.delete)
        self.update = to_raw_response(resource.update)
        self.list_user_roles = to_raw_response(resource.list_user_roles)
        self.assign_user_role = to_raw_response(resource.assign_user_role)
        self.delete_user_role = to_raw_response(resource.delete_user_role)


class AsyncUsersResource:
    """Operations on `client.users`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncUsersResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncUsersResourceWithRawResponse(self)

    def list(
        self,
        *,
        email: str | Unset = UNSET,
        search: str | Unset = UNSET,
        sort_field: ListUsersSortField | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[User]:
        """List users.

        Returns a page of account members, with search and sorting.

        `GET /users`

        Args:
            email: Only the user with this email.
            search: Text matched against name and email.
            sort_field: Field to sort by.
            sort_direction: Sort order.
            page_size: How many users to return per page.
            page_number: Page to return, starting at 1.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `User`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `ListUsersResponse` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/users",
                params=query_params(
                    {
                        "email": email,
                        "search": search,
                        "sortField": sort_field,
                        "sortDirection": sort_direction,
                        "pageSize": page_size,
                        "pageNumber": page_number,
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

    async def create_and_invite(
        self,
        *,
        email: str,
        name: str,
        actor_roles: Sequence[AssignActorRoleRequest | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> UserWithRolesResponse:
        """Invite a user.

        Creates an account member with roles and emails them an invitation.

        `POST /users/invite`

        Args:
            email: The `email` field of the request body.
            name: The `name` field of the request body.
            actor_roles: The `actorRoles` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UserWithRolesResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/users/invite",
                json=UsersCreateAndInviteBody(
                    email=email, name=name, actor_roles=as_models(AssignActorRoleRequest, actor_roles)
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create_and_invite,
        )

    async def resend_invite(
        self,
        user_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Resend an invitation.

        Emails the invitation to a user again.

        `POST /users/{userId}/resend-invite`

        Args:
            user_id: User identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403, 404.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/users/{encode_path(user_id)}/resend-invite",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_resend_invite,
        )

    async def get(
        self,
        user_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> UserResponse:
        """Get a user.

        Fetches one account member.

        `GET /users/{userId}`

        Args:
            user_id: User identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UserResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/users/{encode_path(user_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get,
        )

    async def delete(
        self,
        user_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete a user.

        Removes a member from the account.

        `DELETE /users/{userId}`

        Args:
            user_id: User identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403, 404.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/users/{encode_path(user_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    async def update(
        self,
        user_id: str,
        *,
        name: str | Unset = UNSET,
        dashboard: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UserResponse:
        """Update a user.

        Changes the name or dashboard of a user.

        `PATCH /users/{userId}`

        Args:
            user_id: User identifier.
            name: The `name` field of the request body.
            dashboard: Dashboard variant.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UserResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403, 404.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/users/{encode_path(user_id)}",
                json=UsersUpdateBody(name=name, dashboard=dashboard).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update,
        )

    async def list_user_roles(
        self,
        user_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ListActorRolesResponse:
        """List roles of a user.

        Returns the roles granted to a user.

        `GET /users/{userId}/roles`

        Args:
            user_id: User identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ListActorRolesResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/users/{encode_path(user_id)}/roles",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_list_user_roles,
        )

    async def assign_user_role(
        self,
        user_id: str,
        *,
        role_id: str,
        resource_id: str,
        request_options: RequestOptions | None = None,
    ) -> AssignRoleResponse:
        """Grant a role to a user.

        Gives a user a role on an account, environment or space.

        `POST /users/{userId}/roles`

        Args:
            user_id: User identifier.
            role_id: Role to grant.
            resource_id: Account, environment or space the role applies to.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            AssignRoleResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403, 404.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/users/{encode_path(user_id)}/roles",
                json=UsersAssignUserRoleBody(role_id=role_id, resource_id=resource_id).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_assign_user_role,
        )

    async def delete_user_role(
        self,
        user_id: str,
        actor_role_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Revoke a role from a user.

        Removes one role grant from a user.

        `DELETE /users/{userId}/roles/{actorRoleId}`

        Args:
            user_id: User identifier.
            actor_role_id: Role grant to remove.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403, 404.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/users/{encode_path(user_id)}/roles/{encode_path(actor_role_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete_user_role,
        )


class AsyncUsersResourceWithRawResponse:
    """`users` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncUsersResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create_and_invite = to_async_raw_response(resource.create_and_invite)
        self.resend_invite = to_async_raw_response(resource.resend_invite)
        self.get = to_async_raw_response(resource.get)
        self.delete = to_async_raw_response(resource.delete)
        self.update = to_async_raw_response(resource.update)
        self.list_user_roles = to_async_raw_response(resource.list_user_roles)
        self.assign_user_role = to_async_raw_response(resource.assign_user_role)
        self.delete_user_role = to_async_raw_response(resource.delete_user_role)
