"""Operations on `client.exports`."""

from __future__ import annotations

from functools import cached_property

import httpx

from .._core._encode import encode_path
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.export_job import ExportJob


def _parse_get(response: httpx.Response) -> ExportJob:
    return ExportJob.from_dict(response.json())


class ExportsResource:
    """Operations on `client.exports`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ExportsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ExportsResourceWithRawResponse(self)

    def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ExportJob:
        """Get (exports).

        `GET /exports/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ExportJob

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/exports/{encode_path(id)}",
                options=request_options,
            ),
            cast=_parse_get,
        )


class ExportsResourceWithRawResponse:
    """`exports` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ExportsResource) -> None:
        self.get = to_raw_response(resource.get)


class AsyncExportsResource:
    """Operations on `client.exports`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncExportsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncExportsResourceWithRawResponse(self)

    async def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ExportJob:
        """Get (exports).

        `GET /exports/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ExportJob

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/exports/{encode_path(id)}",
                options=request_options,
            ),
            cast=_parse_get,
        )


class AsyncExportsResourceWithRawResponse:
    """`exports` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncExportsResource) -> None:
        self.get = to_async_raw_response(resource.get)
