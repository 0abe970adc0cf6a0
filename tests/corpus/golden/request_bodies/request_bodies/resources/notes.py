"""Operations on `client.notes`."""

from __future__ import annotations

import os
from functools import cached_property
from typing import IO

import httpx

from .._core import _decode as decode
from .._core._encode import encode_path, header_values
from .._core._request import ApiRequest
from .._core._upload import raw_body
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..types import File


def _parse_put(response: httpx.Response) -> str:
    response_200 = response.text
    if type(response_200) is not str:
        response_200 = decode.expect(response_200, str)

    return response_200


class NotesResource:
    """Operations on `client.notes`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NotesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return NotesResourceWithRawResponse(self)

    def put(
        self,
        job_id: str,
        *,
        request: str | File | bytes | IO[bytes] | os.PathLike[str],
        request_options: RequestOptions | None = None,
    ) -> str:
        """Put (notes).

        A text/plain body, while text/plain is also what the server answers.

        `PUT /notes/{jobId}`

        Args:
            job_id: The `jobId` path parameter.
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            str

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/notes/{encode_path(job_id)}",
                headers=header_values(
                    {
                        "Content-Type": "text/plain",
                    }
                ),
                content=raw_body(request, "utf-8"),
                options=request_options,
            ),
            cast=_parse_put,
        )


class NotesResourceWithRawResponse:
    """`notes` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: NotesResource) -> None:
        self.put = to_raw_response(resource.put)


class AsyncNotesResource:
    """Operations on `client.notes`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncNotesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncNotesResourceWithRawResponse(self)

    async def put(
        self,
        job_id: str,
        *,
        request: str | File | bytes | IO[bytes] | os.PathLike[str],
        request_options: RequestOptions | None = None,
    ) -> str:
        """Put (notes).

        A text/plain body, while text/plain is also what the server answers.

        `PUT /notes/{jobId}`

        Args:
            job_id: The `jobId` path parameter.
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            str

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/notes/{encode_path(job_id)}",
                headers=header_values(
                    {
                        "Content-Type": "text/plain",
                    }
                ),
                content=raw_body(request, "utf-8"),
                options=request_options,
            ),
            cast=_parse_put,
        )


class AsyncNotesResourceWithRawResponse:
    """`notes` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncNotesResource) -> None:
        self.put = to_async_raw_response(resource.put)
