"""Operations on `client.results`."""

from __future__ import annotations

from functools import cached_property

import httpx

from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.result_2 import Result2


def _parse_latest(response: httpx.Response) -> Result2:
    return Result2.from_dict(response.json())


class ResultsResource:
    """Operations on `client.results`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ResultsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ResultsResourceWithRawResponse(self)

    def latest(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Result2:
        """Latest (results).

        `GET /results/latest`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Result2

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/results/latest",
                options=request_options,
            ),
            cast=_parse_latest,
        )


class ResultsResourceWithRawResponse:
    """`results` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ResultsResource) -> None:
        self.latest = to_raw_response(resource.latest)


class AsyncResultsResource:
    """Operations on `client.results`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncResultsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncResultsResourceWithRawResponse(self)

    async def latest(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Result2:
        """Latest (results).

        `GET /results/latest`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Result2

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/results/latest",
                options=request_options,
            ),
            cast=_parse_latest,
        )


class AsyncResultsResourceWithRawResponse:
    """`results` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncResultsResource) -> None:
        self.latest = to_async_raw_response(resource.latest)
