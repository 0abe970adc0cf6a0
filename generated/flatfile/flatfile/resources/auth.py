"""Operations on `client.auth`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import query_params
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.errors_model import Errors
from ..models.sftp_credentials import SftpCredentials


def _parse_get_sftp_credentials(response: httpx.Response) -> SftpCredentials:
    return SftpCredentials.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    403: Errors.from_dict,
}


class AuthResource:
    """Operations on `client.auth`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AuthResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AuthResourceWithRawResponse(self)

    def get_sftp_credentials(
        self,
        *,
        space_id: str,
        request_options: RequestOptions | None = None,
    ) -> SftpCredentials:
        """Get SFTP credentials.

        Returns a username and password for uploading files to a space over SFTP.

        `GET /auth/sftp-credentials`

        Args:
            space_id: Space the credentials are for.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SftpCredentials

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/auth/sftp-credentials",
                params=query_params(
                    {
                        "spaceId": space_id,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_sftp_credentials,
        )


class AuthResourceWithRawResponse:
    """`auth` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AuthResource) -> None:
        self.get_sftp_credentials = to_raw_response(resource.get_sftp_credentials)


class AsyncAuthResource:
    """Operations on `client.auth`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAuthResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncAuthResourceWithRawResponse(self)

    async def get_sftp_credentials(
        self,
        *,
        space_id: str,
        request_options: RequestOptions | None = None,
    ) -> SftpCredentials:
        """Get SFTP credentials.

        Returns a username and password for uploading files to a space over SFTP.

        `GET /auth/sftp-credentials`

        Args:
            space_id: Space the credentials are for.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SftpCredentials

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/auth/sftp-credentials",
                params=query_params(
                    {
                        "spaceId": space_id,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_sftp_credentials,
        )


class AsyncAuthResourceWithRawResponse:
    """`auth` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncAuthResource) -> None:
        self.get_sftp_credentials = to_async_raw_response(resource.get_sftp_credentials)
