"""Operations on `client.type`."""

from __future__ import annotations

from functools import cached_property

import httpx

from .. import models as _models
from .._core import _decode as decode
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.class_ import Class
from ..models.type_body import TypeBody
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> list[Class]:
    response_200 = decode.model_array(_models.Class.from_dict, response.json())

    return response_200


def _parse_type(response: httpx.Response) -> None:
    return None


class TypeResource:
    """Operations on `client.type`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> TypeResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return TypeResourceWithRawResponse(self)

    def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[Class]:
        """List (type).

        `GET /lists`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Class]

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/lists",
                options=request_options,
            ),
            cast=_parse_list,
        )

    def type(
        self,
        *,
        def_: str | Unset = UNSET,
        return_: int | Unset = UNSET,
        str: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Type (type).

        `POST /lists`

        Args:
            def_: The `def` field of the request body.
            return_: The `return` field of the request body.
            str: The `str` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/lists",
                json=TypeBody(def_=def_, return_=return_, str_=str).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        def_,
                        return_,
                        str,
                    )
                )
                else UNSET,
                options=request_options,
            ),
            cast=_parse_type,
        )


class TypeResourceWithRawResponse:
    """`type` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: TypeResource) -> None:
        self.list = to_raw_response(resource.list)
        self.type = to_raw_response(resource.type)


class AsyncTypeResource:
    """Operations on `client.type`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncTypeResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncTypeResourceWithRawResponse(self)

    async def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[Class]:
        """List (type).

        `GET /lists`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Class]

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/lists",
                options=request_options,
            ),
            cast=_parse_list,
        )

    async def type(
        self,
        *,
        def_: str | Unset = UNSET,
        return_: int | Unset = UNSET,
        str: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Type (type).

        `POST /lists`

        Args:
            def_: The `def` field of the request body.
            return_: The `return` field of the request body.
            str: The `str` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/lists",
                json=TypeBody(def_=def_, return_=return_, str_=str).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        def_,
                        return_,
                        str,
                    )
                )
                else UNSET,
                options=request_options,
            ),
            cast=_parse_type,
        )


class AsyncTypeResourceWithRawResponse:
    """`type` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncTypeResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.type = to_async_raw_response(resource.type)
