"""Operations on `client.guests`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, jsonable, query_params
from .._core._request import ApiRequest
from .._core._types import as_models
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.assign_role_response import AssignRoleResponse
from ..models.create_guest_response import CreateGuestResponse
from ..models.errors_model import Errors
from ..models.guest_config import GuestConfig
from ..models.guest_response import GuestResponse
from ..models.guest_space import GuestSpace
from ..models.guest_token_response import GuestTokenResponse
from ..models.guests_assign_guest_role_body import GuestsAssignGuestRoleBody
from ..models.guests_update_body import GuestsUpdateBody
from ..models.invite import Invite
from ..models.list_actor_roles_response import ListActorRolesResponse
from ..models.list_guests_response import ListGuestsResponse
from ..models.success import Success
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> ListGuestsResponse:
    return ListGuestsResponse.from_dict(response.json())


def _parse_create(response: httpx.Response) -> CreateGuestResponse:
    return CreateGuestResponse.from_dict(response.json())


def _parse_get(response: httpx.Response) -> GuestResponse:
    return GuestResponse.from_dict(response.json())


def _parse_delete(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


def _parse_update(response: httpx.Response) -> GuestResponse:
    return GuestResponse.from_dict(response.json())


def _parse_get_guest_token(response: httpx.Response) -> GuestTokenResponse:
    return GuestTokenResponse.from_dict(response.json())


def _parse_list_guest_roles(response: httpx.Response) -> ListActorRolesResponse:
    return ListActorRolesResponse.from_dict(response.json())


def _parse_assign_guest_role(response: httpx.Response) -> AssignRoleResponse:
    return AssignRoleResponse.from_dict(response.json())


def _parse_delete_guest_role(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


def _parse_invite(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    403: Errors.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    404: Errors.from_dict,
}


_ERRORS_3: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    403: Errors.from_dict,
    404: Errors.from_dict,
}


class GuestsResource:
    """Operations on `client.guests`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> GuestsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return GuestsResourceWithRawResponse(self)

    def list(
        self,
        *,
        space_id: str,
        email: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListGuestsResponse:
        """List guests.

        Returns the guests that can reach a space, optionally matched by email.

        `GET /guests`

        Args:
            space_id: Space whose guests are listed.
            email: Only the guest with this email.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ListGuestsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/guests",
                params=query_params(
                    {
                        "spaceId": space_id,
                        "email": email,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )

    def create(
        self,
        *,
        request: Sequence[GuestConfig | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> CreateGuestResponse:
        """Create guests.

        Adds one or more guests and the spaces they may open.

        `POST /guests`

        Args:
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CreateGuestResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/guests",
                json=jsonable(as_models(GuestConfig, request)),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    def get(
        self,
        guest_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> GuestResponse:
        """Get a guest.

        Fetches one guest.

        `GET /guests/{guestId}`

        Args:
            guest_id: Guest identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GuestResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/guests/{encode_path(guest_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get,
        )

    def delete(
        self,
        guest_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete a guest.

        Removes a guest and their access.

        `DELETE /guests/{guestId}`

        Args:
            guest_id: Guest to remove.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403, 404.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/guests/{encode_path(guest_id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    def update(
        self,
        guest_id: str,
        *,
        environment_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        name: str | Unset = UNSET,
        spaces: Sequence[GuestSpace | Mapping[str, Any]] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GuestResponse:
        """Update a guest.

        Changes the guest properties that are sent.

        `PATCH /guests/{guestId}`

        Args:
            guest_id: Guest to change.
            environment_id: Environment identifier.
            email: The `email` field of the request body.
            name: The `name` field of the request body.
            spaces: The `spaces` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GuestResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403, 404.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/guests/{encode_path(guest_id)}",
                json=GuestsUpdateBody(
                    environment_id=environment_id, email=email, name=name, spaces=as_models(GuestSpace, spaces)
                ).to_dict(),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_update,
        )

    def get_guest_token(
        self,
        guest_id: str,
        *,
        space_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GuestTokenResponse:
        """Get a guest token.

        Returns an access token that lets the guest open a space.

        `GET /guests/{guestId}/token`

        Args:
            guest_id: Guest identifier.
            space_id: Space the token is valid for.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GuestTokenResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/guests/{encode_path(guest_id)}/token",
                params=query_params(
                    {
                        "spaceId": space_id,
                    }
                ),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_guest_token,
        )

    def list_guest_roles(
        self,
        guest_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ListActorRolesResponse:
        """List roles of a guest.

        Returns the roles granted to a guest.

        `GET /guests/{guestId}/roles`

        Args:
            guest_id: Guest identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ListActorRolesResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/guests/{encode_path(guest_id)}/roles",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_list_guest_roles,
        )

    def assign_guest_role(
        self,
        guest_id: str,
        *,
        role_id: str,
        resource_id: str,
        request_options: RequestOptions | None = None,
    ) -> AssignRoleResponse:
        """Grant a role to a guest.

        Gives a guest a role on an account, environment or space.

        `POST /guests/{guestId}/roles`

        Args:
            guest_id: Guest identifier.
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
                f"/guests/{encode_path(guest_id)}/roles",
                json=GuestsAssignGuestRoleBody(role_id=role_id, resource_id=resource_id).to_dict(),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_assign_guest_role,
        )

    def delete_guest_role(
        self,
        guest_id: str,
        actor_role_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Revoke a role from a guest.

        Removes one role grant from a guest.

        `DELETE /guests/{guestId}/roles/{actorRoleId}`

        Args:
            guest_id: Guest identifier.
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
                f"/guests/{encode_path(guest_id)}/roles/{encode_path(actor_role_id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_delete_guest_role,
        )

    def invite(
        self,
        *,
        request: Sequence[Invite | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Invite guests.

        Emails invitations so guests can open the spaces they were given.

        `POST /invitations`

        Args:
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/invitations",
                json=jsonable(as_models(Invite, request)),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_invite,
        )


class GuestsResourceWithRawResponse:
    """`guests` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: GuestsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.get = to_raw_response(resource.get)
        self.delete = to_raw_response(resource.delete)
        self.update = to_raw_response(resource.update)
        self.get_guest_token = to_raw_response(resource.get_guest_token)
        self.list_guest_roles = to_raw_response(resource.list_guest_roles)
        self.assign_guest_role = to_raw_response(resource.assign_guest_role)
        self.delete_guest_role = to_raw_response(resource.delete_guest_role)
        self.invite = to_raw_response(resource.invite)


class AsyncGuestsResource:
    """Operations on `client.guests`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncGuestsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncGuestsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        space_id: str,
        email: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListGuestsResponse:
        """List guests.

        Returns the guests that can reach a space, optionally matched by email.

        `GET /guests`

        Args:
            space_id: Space whose guests are listed.
            email: Only the guest with this email.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ListGuestsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/guests",
                params=query_params(
                    {
                        "spaceId": space_id,
                        "email": email,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )

    async def create(
        self,
        *,
        request: Sequence[GuestConfig | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> CreateGuestResponse:
        """Create guests.

        Adds one or more guests and the spaces they may open.

        `POST /guests`

        Args:
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CreateGuestResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/guests",
                json=jsonable(as_models(GuestConfig, request)),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    async def get(
        self,
        guest_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> GuestResponse:
        """Get a guest.

        Fetches one guest.

        `GET /guests/{guestId}`

        Args:
            guest_id: Guest identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GuestResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/guests/{encode_path(guest_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get,
        )

    async def delete(
        self,
        guest_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete a guest.

        Removes a guest and their access.

        `DELETE /guests/{guestId}`

        Args:
            guest_id: Guest to remove.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403, 404.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/guests/{encode_path(guest_id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    async def update(
        self,
        guest_id: str,
        *,
        environment_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        name: str | Unset = UNSET,
        spaces: Sequence[GuestSpace | Mapping[str, Any]] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GuestResponse:
        """Update a guest.

        Changes the guest properties that are sent.

        `PATCH /guests/{guestId}`

        Args:
            guest_id: Guest to change.
            environment_id: Environment identifier.
            email: The `email` field of the request body.
            name: The `name` field of the request body.
            spaces: The `spaces` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GuestResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403, 404.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/guests/{encode_path(guest_id)}",
                json=GuestsUpdateBody(
                    environment_id=environment_id, email=email, name=name, spaces=as_models(GuestSpace, spaces)
                ).to_dict(),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_update,
        )

    async def get_guest_token(
        self,
        guest_id: str,
        *,
        space_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GuestTokenResponse:
        """Get a guest token.

        Returns an access token that lets the guest open a space.

        `GET /guests/{guestId}/token`

        Args:
            guest_id: Guest identifier.
            space_id: Space the token is valid for.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GuestTokenResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/guests/{encode_path(guest_id)}/token",
                params=query_params(
                    {
                        "spaceId": space_id,
                    }
                ),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_guest_token,
        )

    async def list_guest_roles(
        self,
        guest_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ListActorRolesResponse:
        """List roles of a guest.

        Returns the roles granted to a guest.

        `GET /guests/{guestId}/roles`

        Args:
            guest_id: Guest identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ListActorRolesResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/guests/{encode_path(guest_id)}/roles",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_list_guest_roles,
        )

    async def assign_guest_role(
        self,
        guest_id: str,
        *,
        role_id: str,
        resource_id: str,
        request_options: RequestOptions | None = None,
    ) -> AssignRoleResponse:
        """Grant a role to a guest.

        Gives a guest a role on an account, environment or space.

        `POST /guests/{guestId}/roles`

        Args:
            guest_id: Guest identifier.
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
                f"/guests/{encode_path(guest_id)}/roles",
                json=GuestsAssignGuestRoleBody(role_id=role_id, resource_id=resource_id).to_dict(),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_assign_guest_role,
        )

    async def delete_guest_role(
        self,
        guest_id: str,
        actor_role_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Revoke a role from a guest.

        Removes one role grant from a guest.

        `DELETE /guests/{guestId}/roles/{actorRoleId}`

        Args:
            guest_id: Guest identifier.
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
                f"/guests/{encode_path(guest_id)}/roles/{encode_path(actor_role_id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_delete_guest_role,
        )

    async def invite(
        self,
        *,
        request: Sequence[Invite | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Invite guests.

        Emails invitations so guests can open the spaces they were given.

        `POST /invitations`

        Args:
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/invitations",
                json=jsonable(as_models(Invite, request)),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_invite,
        )


class AsyncGuestsResourceWithRawResponse:
    """`guests` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncGuestsResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create = to_async_raw_response(resource.create)
        self.get = to_async_raw_response(resource.get)
        self.delete = to_async_raw_response(resource.delete)
        self.update = to_async_raw_response(resource.update)
        self.get_guest_token = to_async_raw_response(resource.get_guest_token)
        self.list_guest_roles = to_async_raw_response(resource.list_guest_roles)
        self.assign_guest_role = to_async_raw_response(resource.assign_guest_role)
        self.delete_guest_role = to_async_raw_response(resource.delete_guest_role)
        self.invite = to_async_raw_response(resource.invite)
