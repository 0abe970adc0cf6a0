"""Operations on `client.expressions`."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import jsonable
from .._core._request import ApiRequest
from .._core._types import as_model
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.department import Department
from ..models.expression import Expression


def _parse_evaluate(response: httpx.Response) -> Department:
    return Department.from_dict(response.json())


class ExpressionsResource:
    """Operations on `client.expressions`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ExpressionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ExpressionsResourceWithRawResponse(self)

    def evaluate(
        self,
        *,
        request: Expression | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> Department:
        """Evaluate (expressions).

        `POST /expressions`

        Args:
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Department

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/expressions",
                json=jsonable(as_model(Expression, request)),
                options=request_options,
            ),
            cast=_parse_evaluate,
        )


class ExpressionsResourceWithRawResponse:
    """`expressions` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ExpressionsResource) -> None:
        self.evaluate = to_raw_response(resource.evaluate)


class AsyncExpressionsResource:
    """Operations on `client.expressions`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncExpressionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncExpressionsResourceWithRawResponse(self)

    async def evaluate(
        self,
        *,
        request: Expression | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> Department:
        """Evaluate (expressions).

        `POST /expressions`

        Args:
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Department

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/expressions",
                json=jsonable(as_model(Expression, request)),
                options=request_options,
            ),
            cast=_parse_evaluate,
        )


class AsyncExpressionsResourceWithRawResponse:
    """`expressions` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncExpressionsResource) -> None:
        self.evaluate = to_async_raw_response(resource.evaluate)
