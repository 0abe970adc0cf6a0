"""Operations on `client.unicode`."""

from __future__ import annotations

from functools import cached_property
from typing import cast

import httpx

from .._core import _decode as decode
from .._core._encode import encode_path
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions


def _parse_get(response: httpx.Response) -> int | list[float] | None | str:
    def _parse_response_200(data: object) -> int | list[float] | None | str:
        if data is None:
            return data
        if type(data) is str:
            return data
        try:
            with decode.strictly():
                response_200_type_0 = data
                if type(response_200_type_0) is not str:
                    response_200_type_0 = decode.expect(response_200_type_0, str)

            return response_200_type_0
        except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
            pass

        if type(data) is int:
            return data
        try:
            with decode.strictly():
                response_200_type_1 = data
                if type(response_200_type_1) is not int:
                    response_200_type_1 = decode.expect(response_200_type_1, int)

            return response_200_type_1
        except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
            pass

        try:
            with decode.strictly():
                response_200_type_2 = decode.scalar_array(data, float)

            return response_200_type_2
        except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
            pass

        return cast("int | list[float] | None | str", decode.mismatch("one of int | list[float] | None | str", data))

    response_200 = _parse_response_200(response.json())

    return response_200


class UnicodeResource:
    """Operations on `client.unicode`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> UnicodeResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return UnicodeResourceWithRawResponse(self)

    def get(
        self,
        naive: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> int | list[float] | None | str:
        """Get (unicode).

        `GET /café/{naive}`

        Args:
            naive: The `naive` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            int | list[float] | None | str

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/caf\u00e9/" + encode_path(naive),
                options=request_options,
            ),
            cast=_parse_get,
        )


class UnicodeResourceWithRawResponse:
    """`unicode` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: UnicodeResource) -> None:
        self.get = to_raw_response(resource.get)


class AsyncUnicodeResource:
    """Operations on `client.unicode`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncUnicodeResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncUnicodeResourceWithRawResponse(self)

    async def get(
        self,
        naive: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> int | list[float] | None | str:
        """Get (unicode).

        `GET /café/{naive}`

        Args:
            naive: The `naive` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            int | list[float] | None | str

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/caf\u00e9/" + encode_path(naive),
                options=request_options,
            ),
            cast=_parse_get,
        )


class AsyncUnicodeResourceWithRawResponse:
    """`unicode` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncUnicodeResource) -> None:
        self.get = to_async_raw_response(resource.get)
