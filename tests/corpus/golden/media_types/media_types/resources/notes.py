"""Operations on `client.notes`."""

from __future__ import annotations

import os
from functools import cached_property
from typing import IO

import httpx

from .._core import _decode as decode
from .._core._encode import header_values
from .._core._request import ApiRequest
from .._core._upload import raw_body
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..types import File


def _parse_create(response: httpx.Response) -> str:
    response_201 = response.text
    if type(response_201) is not str:
        response_201 = decode.expect(response_201, str)

    return response_201


class NotesResource:
    """Operations on `client.notes`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NotesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return NotesResourceWithRawResponse(self)

    def create(
        self,
        *,
        request: str | File | bytes | IO[bytes] | os.PathLike[str],
        request_options: RequestOptions | None = None,
    ) -> str:
        """Create (notes).

        A text/plain body while text/plain is also an answer type; sent as a str.

        `POST /notes`

        Args:
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            str

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/notes",
                headers=header_values(
                    {
                        "Content-Type": "text/plain",
                    }
                ),
                content=raw_body(request, "utf-8"),
                options=request_options,
            ),
            cast=_parse_create,
        )


class NotesResourceWithRawResponse:
    """`notes` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: NotesResource) -> None:
        self.create = to_raw_response(resource.create)


class AsyncNotesResource:
    """Operations on `client.notes`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncNotesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncNotesResourceWithRawResponse(self)

    async def create(
        self,
        *,
        request: str | File | bytes | IO[bytes] | os.PathLike[str],
        request_options: RequestOptions | None = None,
    ) -> str:
        """Create (notes).

        A text/plain body while text/plain is also an answer type; sent as a str.

        `POST /notes`

        Args:
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            str

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/notes",
                headers=header_values(
                    {
                        "Content-Type": "text/plain",
                    }
                ),
                content=raw_body(request, "utf-8"),
                options=request_options,
            ),
            cast=_parse_create,
        )


class AsyncNotesResourceWithRawResponse:
    """`notes` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncNotesResource) -> None:
        self.create = to_async_raw_response(resource.create)
