"""Operations on `client.session`."""

from __future__ import annotations

from functools import cached_property

import httpx

from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.session_login_body import SessionLoginBody
from ..models.session_login_response_200 import SessionLoginResponse200
from ..types import UNSET, Unset


def _parse_login(response: httpx.Response) -> SessionLoginResponse200:
    return SessionLoginResponse200.from_dict(response.json())


class SessionResource:
    """Operations on `client.session`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SessionResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return SessionResourceWithRawResponse(self)

    def login(
        self,
        *,
        username: str,
        password: str,
        remember: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SessionLoginResponse200:
        """Login (session).

        `POST /login`

        Args:
            username: The `username` field of the request body.
            password: The `password` field of the request body.
            remember: The `remember` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SessionLoginResponse200

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/login",
                data=SessionLoginBody(username=username, password=password, remember=remember).to_dict(),
                options=request_options,
            ),
            cast=_parse_login,
        )


class SessionResourceWithRawResponse:
    """`session` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: SessionResource) -> None:
        self.login = to_raw_response(resource.login)


class AsyncSessionResource:
    """Operations on `client.session`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSessionResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncSessionResourceWithRawResponse(self)

    async def login(
        self,
        *,
        username: str,
        password: str,
        remember: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SessionLoginResponse200:
        """Login (session).

        `POST /login`

        Args:
            username: The `username` field of the request body.
            password: The `password` field of the request body.
            remember: The `remember` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SessionLoginResponse200

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/login",
                data=SessionLoginBody(username=username, password=password, remember=remember).to_dict(),
                options=request_options,
            ),
            cast=_parse_login,
        )


class AsyncSessionResourceWithRawResponse:
    """`session` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncSessionResource) -> None:
        self.login = to_async_raw_response(resource.login)
