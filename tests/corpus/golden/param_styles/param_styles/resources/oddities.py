"""Operations on `client.oddities`."""

from __future__ import annotations

from functools import cached_property

import httpx

from .._core._encode import query_params
from .._core._request import ApiRequest, ParamStyle
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> None:
    return None


class OdditiesResource:
    """Operations on `client.oddities`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OdditiesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return OdditiesResourceWithRawResponse(self)

    def list(
        self,
        *,
        grid: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        bars: list[str] | Unset = UNSET,
        pairs: list[list[int]] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Parameters no style expresses; each is a warning in the generation report.

        `GET /oddities`

        Args:
            grid: The `grid` query parameter.
            tags: The `tags` query parameter.
            bars: The `bars` query parameter.
            pairs: The `pairs` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/oddities",
                params=query_params(
                    {
                        "grid": grid,
                        "tags": tags,
                        "bars": bars,
                        "pairs": pairs,
                    }
                ),
                query_styles={
                    "tags": ParamStyle("deepObject", explode=True),
                    "bars": ParamStyle("pipeDelimited", explode=True),
                },
                options=request_options,
            ),
            cast=_parse_list,
        )


class OdditiesResourceWithRawResponse:
    """`oddities` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: OdditiesResource) -> None:
        self.list = to_raw_response(resource.list)


class AsyncOdditiesResource:
    """Operations on `client.oddities`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOdditiesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncOdditiesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        grid: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        bars: list[str] | Unset = UNSET,
        pairs: list[list[int]] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Parameters no style expresses; each is a warning in the generation report.

        `GET /oddities`

        Args:
            grid: The `grid` query parameter.
            tags: The `tags` query parameter.
            bars: The `bars` query parameter.
            pairs: The `pairs` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/oddities",
                params=query_params(
                    {
                        "grid": grid,
                        "tags": tags,
                        "bars": bars,
                        "pairs": pairs,
                    }
                ),
                query_styles={
                    "tags": ParamStyle("deepObject", explode=True),
                    "bars": ParamStyle("pipeDelimited", explode=True),
                },
                options=request_options,
            ),
            cast=_parse_list,
        )


class AsyncOdditiesResourceWithRawResponse:
    """`oddities` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncOdditiesResource) -> None:
        self.list = to_async_raw_response(resource.list)
