"""Operations on `client.search`."""

from __future__ import annotations

from functools import cached_property

import httpx

from .._core._encode import cookie_header, header_values, query_params
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.result import Result
from ..types import UNSET, Unset


def _parse_run(response: httpx.Response) -> Result:
    return Result.from_dict(response.json())


class SearchResource:
    """Operations on `client.search`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SearchResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return SearchResourceWithRawResponse(self)

    def run(
        self,
        *,
        foo_bar: str | Unset = UNSET,
        foo_bar_query: str | Unset = UNSET,
        foo_bar_header: str | Unset = UNSET,
        foo_bar_cookie: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Result:
        """Run (search).

        `GET /search`

        Args:
            foo_bar: The `fooBar` query parameter.
            foo_bar_query: The `foo_bar` query parameter.
            foo_bar_header: The `foo-bar` header parameter.
            foo_bar_cookie: The `FOO_BAR` cookie parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Result

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/search",
                params=query_params(
                    {
                        "fooBar": foo_bar,
                        "foo_bar": foo_bar_query,
                    }
                ),
                headers=header_values(
                    {
                        "foo-bar": foo_bar_header,
                        "Cookie": cookie_header({"FOO_BAR": foo_bar_cookie}),
                    }
                ),
                options=request_options,
            ),
            cast=_parse_run,
        )


class SearchResourceWithRawResponse:
    """`search` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: SearchResource) -> None:
        self.run = to_raw_response(resource.run)


class AsyncSearchResource:
    """Operations on `client.search`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSearchResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncSearchResourceWithRawResponse(self)

    async def run(
        self,
        *,
        foo_bar: str | Unset = UNSET,
        foo_bar_query: str | Unset = UNSET,
        foo_bar_header: str | Unset = UNSET,
        foo_bar_cookie: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Result:
        """Run (search).

        `GET /search`

        Args:
            foo_bar: The `fooBar` query parameter.
            foo_bar_query: The `foo_bar` query parameter.
            foo_bar_header: The `foo-bar` header parameter.
            foo_bar_cookie: The `FOO_BAR` cookie parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Result

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/search",
                params=query_params(
                    {
                        "fooBar": foo_bar,
                        "foo_bar": foo_bar_query,
                    }
                ),
                headers=header_values(
                    {
                        "foo-bar": foo_bar_header,
                        "Cookie": cookie_header({"FOO_BAR": foo_bar_cookie}),
                    }
                ),
                options=request_options,
            ),
            cast=_parse_run,
        )


class AsyncSearchResourceWithRawResponse:
    """`search` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncSearchResource) -> None:
        self.run = to_async_raw_response(resource.run)
