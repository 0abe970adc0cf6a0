"""Operations on `client.widgets`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, jsonable
from .._core._request import ApiRequest
from .._core._types import as_model
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.client_problem import ClientProblem
from ..models.missing_model import Missing
from ..models.problem_model import Problem
from ..models.server_problem import ServerProblem
from ..models.widget import Widget


def _parse_get(response: httpx.Response) -> Widget:
    return Widget.from_dict(response.json())


def _parse_create(response: httpx.Response) -> Widget:
    return Widget.from_dict(response.json())


_ERRORS: dict[int | str, Callable[[Any], object]] = {
    404: Missing.from_dict,
    "4XX": ClientProblem.from_dict,
    "5XX": ServerProblem.from_dict,
    "default": Problem.from_dict,
}


_ERRORS_2: dict[int | str, Callable[[Any], object]] = {
    "default": Problem.from_dict,
}


class WidgetsResource:
    """Operations on `client.widgets`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> WidgetsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return WidgetsResourceWithRawResponse(self)

    def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Widget:
        """Get (widgets).

        `GET /widgets/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Widget

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/widgets/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )

    def create(
        self,
        *,
        request: Widget | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> Widget:
        """Create (widgets).

        `POST /widgets`

        Args:
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Widget

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/widgets",
                json=jsonable(as_model(Widget, request)),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create,
        )


class WidgetsResourceWithRawResponse:
    """`widgets` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: WidgetsResource) -> None:
        self.get = to_raw_response(resource.get)
        self.create = to_raw_response(resource.create)


class AsyncWidgetsResource:
    """Operations on `client.widgets`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncWidgetsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncWidgetsResourceWithRawResponse(self)

    async def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Widget:
        """Get (widgets).

        `GET /widgets/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Widget

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/widgets/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )

    async def create(
        self,
        *,
        request: Widget | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> Widget:
        """Create (widgets).

        `POST /widgets`

        Args:
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Widget

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/widgets",
                json=jsonable(as_model(Widget, request)),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create,
        )


class AsyncWidgetsResourceWithRawResponse:
    """`widgets` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncWidgetsResource) -> None:
        self.get = to_async_raw_response(resource.get)
        self.create = to_async_raw_response(resource.create)
