"""Operations on `client.blobs`."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx

from .._core._request import ApiRequest
from .._core._types import as_model
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.blobs_put_body import BlobsPutBody
from ..models.blobs_put_body_closed import BlobsPutBodyClosed
from ..types import UNSET, Unset


def _parse_put(response: httpx.Response) -> None:
    return None


class BlobsResource:
    """Operations on `client.blobs`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BlobsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return BlobsResourceWithRawResponse(self)

    def put(
        self,
        *,
        data: str | Unset = UNSET,
        big: int | Unset = UNSET,
        tuple: list[int | str] | Unset = UNSET,
        free: Any | Unset = UNSET,
        closed: BlobsPutBodyClosed | Mapping[str, Any] | Unset = UNSET,
        choice: Any | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Put (blobs).

        `POST /blobs`

        Args:
            data: The `data` field of the request body.
            big: The `big` field of the request body.
            tuple: The `tuple` field of the request body.
            free: The `free` field of the request body.
            closed: The `closed` field of the request body.
            choice: The `choice` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/blobs",
                json=BlobsPutBody(
                    data=data,
                    big=big,
                    tuple_=tuple,
                    free=free,
                    closed=as_model(BlobsPutBodyClosed, closed),
                    choice=choice,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        data,
                        big,
                        tuple,
                        free,
                        closed,
                        choice,
                    )
                )
                else UNSET,
                options=request_options,
            ),
            cast=_parse_put,
        )


class BlobsResourceWithRawResponse:
    """`blobs` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: BlobsResource) -> None:
        self.put = to_raw_response(resource.put)


class AsyncBlobsResource:
    """Operations on `client.blobs`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBlobsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncBlobsResourceWithRawResponse(self)

    async def put(
        self,
        *,
        data: str | Unset = UNSET,
        big: int | Unset = UNSET,
        tuple: list[int | str] | Unset = UNSET,
        free: Any | Unset = UNSET,
        closed: BlobsPutBodyClosed | Mapping[str, Any] | Unset = UNSET,
        choice: Any | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Put (blobs).

        `POST /blobs`

        Args:
            data: The `data` field of the request body.
            big: The `big` field of the request body.
            tuple: The `tuple` field of the request body.
            free: The `free` field of the request body.
            closed: The `closed` field of the request body.
            choice: The `choice` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/blobs",
                json=BlobsPutBody(
                    data=data,
                    big=big,
                    tuple_=tuple,
                    free=free,
                    closed=as_model(BlobsPutBodyClosed, closed),
                    choice=choice,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        data,
                        big,
                        tuple,
                        free,
                        closed,
                        choice,
                    )
                )
                else UNSET,
                options=request_options,
            ),
            cast=_parse_put,
        )


class AsyncBlobsResourceWithRawResponse:
    """`blobs` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncBlobsResource) -> None:
        self.put = to_async_raw_response(resource.put)
