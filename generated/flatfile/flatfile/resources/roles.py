"""Operations on `client.roles`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.errors_model import Errors
from ..models.list_roles_response import ListRolesResponse


def _parse_list(response: httpx.Response) -> ListRolesResponse:
    return ListRolesResponse.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    403: Errors.from_dict,
}


class RolesResource:
    """Operations on `client.roles`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> RolesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return RolesResourceWithRawResponse(self)

    def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ListRolesResponse:
        """List roles.

        Returns the roles available in the account.

        `GET /roles`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ListRolesResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/roles",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )


class RolesResourceWithRawResponse:
    """`roles` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: RolesResource) -> None:
        self.list = to_raw_response(resource.list)


class AsyncRolesResource:
    """Operations on `client.roles`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncRolesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncRolesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ListRolesResponse:
        """List roles.

        Returns the roles available in the account.

        `GET /roles`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ListRolesResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/roles",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )


class AsyncRolesResourceWithRawResponse:
    """`roles` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncRolesResource) -> None:
        self.list = to_async_raw_response(resource.list)
