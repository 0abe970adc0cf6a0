"""Operations on `client.shapes`."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import Literal, cast

import httpx

from .. import models as _models
from .._core import _decode as decode
from .._core._encode import header_values, query_params
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.circle import Circle
from ..models.shape_unknown import ShapeUnknown
from ..models.square import Square
from ..models.version import Version
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> list[Circle | ShapeUnknown | Square]:
    def _parse_response_200_item(data: object) -> Circle | ShapeUnknown | Square:
        if isinstance(data, dict):
            tag = data.get("kind")
            if tag == "circle":
                try:
                    return decode.variant(_models.Circle.from_dict, data)
                except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                    pass

            elif tag == "square":
                try:
                    return decode.variant(_models.Square.from_dict, data)
                except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                    pass

        try:
            return decode.variant(_models.Circle.from_dict, data)
        except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
            pass

        try:
            return decode.variant(_models.Square.from_dict, data)
        except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
            pass

        try:
            return decode.variant(_models.ShapeUnknown.from_dict, data)
        except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
            pass

        return cast("Circle | ShapeUnknown | Square", decode.mismatch("one of Circle | ShapeUnknown | Square", data))

    response_200 = decode.items(_parse_response_200_item, response.json())

    return response_200


def _parse_search(response: httpx.Response) -> list[Circle | ShapeUnknown | Square]:
    def _parse_response_200_item(data: object) -> Circle | ShapeUnknown | Square:
        if isinstance(data, dict):
            tag = data.get("kind")
            if tag == "circle":
                try:
                    return decode.variant(_models.Circle.from_dict, data)
                except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                    pass

            elif tag == "square":
                try:
                    return decode.variant(_models.Square.from_dict, data)
                except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                    pass

        try:
            return decode.variant(_models.Circle.from_dict, data)
        except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
            pass

        try:
            return decode.variant(_models.Square.from_dict, data)
        except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
            pass

        try:
            return decode.variant(_models.ShapeUnknown.from_dict, data)
        except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
            pass

        return cast("Circle | ShapeUnknown | Square", decode.mismatch("one of Circle | ShapeUnknown | Square", data))

    response_200 = decode.items(_parse_response_200_item, response.json())

    return response_200


class ShapesResource:
    """Operations on `client.shapes`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ShapesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ShapesResourceWithRawResponse(self)

    def list(
        self,
        *,
        mode: Literal["fast"] | Unset = UNSET,
        version: Version | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[Circle | ShapeUnknown | Square]:
        """List (shapes).

        `GET /shapes`

        Args:
            mode: The `mode` query parameter.
            version: The `version` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Circle | ShapeUnknown | Square]

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/shapes",
                params=query_params(
                    {
                        "mode": mode,
                        "version": version,
                    }
                ),
                headers=header_values(
                    {
                        "X-Api-Version": "beta",
                    }
                ),
                options=request_options,
            ),
            cast=_parse_list,
        )

    def search(
        self,
        *,
        ids: builtins.list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[Circle | ShapeUnknown | Square]:
        """Search (shapes).

        `GET /shapes/search`

        Args:
            ids: The `ids` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Circle | ShapeUnknown | Square]

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/shapes/search",
                params=query_params(
                    {
                        "ids": ids,
                    }
                ),
                options=request_options,
            ),
            cast=_parse_search,
        )


class ShapesResourceWithRawResponse:
    """`shapes` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ShapesResource) -> None:
        self.list = to_raw_response(resource.list)
        self.search = to_raw_response(resource.search)


class AsyncShapesResource:
    """Operations on `client.shapes`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncShapesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncShapesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        mode: Literal["fast"] | Unset = UNSET,
        version: Version | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[Circle | ShapeUnknown | Square]:
        """List (shapes).

        `GET /shapes`

        Args:
            mode: The `mode` query parameter.
            version: The `version` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Circle | ShapeUnknown | Square]

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/shapes",
                params=query_params(
                    {
                        "mode": mode,
                        "version": version,
                    }
                ),
                headers=header_values(
                    {
                        "X-Api-Version": "beta",
                    }
                ),
                options=request_options,
            ),
            cast=_parse_list,
        )

    async def search(
        self,
        *,
        ids: builtins.list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[Circle | ShapeUnknown | Square]:
        """Search (shapes).

        `GET /shapes/search`

        Args:
            ids: The `ids` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Circle | ShapeUnknown | Square]

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/shapes/search",
                params=query_params(
                    {
                        "ids": ids,
                    }
                ),
                options=request_options,
            ),
            cast=_parse_search,
        )


class AsyncShapesResourceWithRawResponse:
    """`shapes` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncShapesResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.search = to_async_raw_response(resource.search)
