"""Operations on `client.endpoints`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.error_model import Error
from ..models.get_endpoints_response_200 import GetEndpointsResponse200


def _parse_list(response: httpx.Response) -> GetEndpointsResponse200:
    return GetEndpointsResponse200.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Error.from_dict,
    401: Error.from_dict,
    403: Error.from_dict,
    404: Error.from_dict,
    429: Error.from_dict,
}


class EndpointsResource:
    """Operations on `client.endpoints`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> EndpointsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return EndpointsResourceWithRawResponse(self)

    def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> GetEndpointsResponse200:
        """Get the API description.

        Returns the machine-readable description of every endpoint available to the caller.

        `GET /endpoints/`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GetEndpointsResponse200

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/endpoints/",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )


class EndpointsResourceWithRawResponse:
    """`endpoints` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: EndpointsResource) -> None:
        self.list = to_raw_response(resource.list)


class AsyncEndpointsResource:
    """Operations on `client.endpoints`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncEndpointsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncEndpointsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> GetEndpointsResponse200:
        """Get the API description.

        Returns the machine-readable description of every endpoint available to the caller.

        `GET /endpoints/`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GetEndpointsResponse200

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/endpoints/",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )


class AsyncEndpointsResourceWithRawResponse:
    """`endpoints` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncEndpointsResource) -> None:
        self.list = to_async_raw_response(resource.list)
