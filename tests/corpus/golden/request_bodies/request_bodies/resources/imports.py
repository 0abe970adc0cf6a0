"""Operations on `client.imports`."""

from __future__ import annotations

import os
from functools import cached_property
from typing import IO

import httpx

from .._core._encode import header_values
from .._core._request import ApiRequest
from .._core._upload import raw_body
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..types import UNSET, File, Unset


def _parse_csv(response: httpx.Response) -> None:
    return None


def _parse_legacy(response: httpx.Response) -> None:
    return None


class ImportsResource:
    """Operations on `client.imports`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ImportsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ImportsResourceWithRawResponse(self)

    def csv(
        self,
        *,
        request: str | File | bytes | IO[bytes] | os.PathLike[str],
        request_options: RequestOptions | None = None,
    ) -> None:
        """Csv (imports).

        A text/csv body that no response uses.

        `POST /imports/csv`

        Args:
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/imports/csv",
                headers=header_values(
                    {
                        "Content-Type": "text/csv",
                    }
                ),
                content=raw_body(request, "utf-8"),
                options=request_options,
            ),
            cast=_parse_csv,
        )

    def legacy(
        self,
        *,
        request: str | File | bytes | IO[bytes] | os.PathLike[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Legacy (imports).

        A text body whose media type names its own charset.

        `POST /imports/legacy`

        Args:
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/imports/legacy",
                headers=header_values(
                    {
                        "Content-Type": "text/plain; charset=iso-8859-1" if not isinstance(request, Unset) else None,
                    }
                ),
                content=raw_body(request, "iso8859-1") if not isinstance(request, Unset) else None,
                options=request_options,
            ),
            cast=_parse_legacy,
        )


class ImportsResourceWithRawResponse:
    """`imports` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ImportsResource) -> None:
        self.csv = to_raw_response(resource.csv)
        self.legacy = to_raw_response(resource.legacy)


class AsyncImportsResource:
    """Operations on `client.imports`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncImportsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncImportsResourceWithRawResponse(self)

    async def csv(
        self,
        *,
        request: str | File | bytes | IO[bytes] | os.PathLike[str],
        request_options: RequestOptions | None = None,
    ) -> None:
        """Csv (imports).

        A text/csv body that no response uses.

        `POST /imports/csv`

        Args:
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/imports/csv",
                headers=header_values(
                    {
                        "Content-Type": "text/csv",
                    }
                ),
                content=raw_body(request, "utf-8"),
                options=request_options,
            ),
            cast=_parse_csv,
        )

    async def legacy(
        self,
        *,
        request: str | File | bytes | IO[bytes] | os.PathLike[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Legacy (imports).

        A text body whose media type names its own charset.

        `POST /imports/legacy`

        Args:
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/imports/legacy",
                headers=header_values(
                    {
                        "Content-Type": "text/plain; charset=iso-8859-1" if not isinstance(request, Unset) else None,
                    }
                ),
                content=raw_body(request, "iso8859-1") if not isinstance(request, Unset) else None,
                options=request_options,
            ),
            cast=_parse_legacy,
        )


class AsyncImportsResourceWithRawResponse:
    """`imports` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncImportsResource) -> None:
        self.csv = to_async_raw_response(resource.csv)
        self.legacy = to_async_raw_response(resource.legacy)
