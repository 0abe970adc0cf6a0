"""Operations on `client.users`."""

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
from ..models.profile_response import ProfileResponse


def _parse_show(response: httpx.Response) -> ProfileResponse:
    return ProfileResponse.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    401: Errors.from_dict,
    403: Errors.from_dict,
    404: Errors.from_dict,
    409: Errors.from_dict,
    422: Errors.from_dict,
    429: Errors.from_dict,
}


class UsersResource:
    """Operations on `client.users`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> UsersResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return UsersResourceWithRawResponse(self)

    def show(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ProfileResponse:
        """Get the current user.

        Returns the profile of the person the bearer token was issued to.

        Rate limit: 100 calls per 1 minute per account_user.

        `GET /v4/me`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ProfileResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/v4/me",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_show,
        )


class UsersResourceWithRawResponse:
    """`users` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: UsersResource) -> None:
        self.show = to_raw_response(resource.show)


class AsyncUsersResource:
    """Operations on `client.users`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncUsersResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncUsersResourceWithRawResponse(self)

    async def show(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ProfileResponse:
        """Get the current user.

        Returns the profile of the person the bearer token was issued to.

        Rate limit: 100 calls per 1 minute per account_user.

        `GET /v4/me`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ProfileResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/v4/me",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_show,
        )


class AsyncUsersResourceWithRawResponse:
    """`users` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncUsersResource) -> None:
        self.show = to_async_raw_response(resource.show)
