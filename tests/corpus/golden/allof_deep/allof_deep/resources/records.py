"""Operations on `client.records`."""

from __future__ import annotations

import datetime
from functools import cached_property

import httpx

from .. import models as _models
from .._core import _decode as decode
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.level_6 import Level6
from ..models.records_create_body import RecordsCreateBody
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> list[Level6]:
    response_200 = decode.model_array(_models.Level6.from_dict, response.json())

    return response_200


def _parse_create(response: httpx.Response) -> Level6:
    return Level6.from_dict(response.json())


class RecordsResource:
    """Operations on `client.records`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> RecordsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return RecordsResourceWithRawResponse(self)

    def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[Level6]:
        """List (records).

        `GET /records`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Level6]

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/records",
                options=request_options,
            ),
            cast=_parse_list,
        )

    def create(
        self,
        *,
        id: str,
        name: str,
        created_at: datetime.datetime | Unset = UNSET,
        size: int | Unset = UNSET,
        note: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Level6:
        """Create (records).

        `POST /records`

        Args:
            id: The `id` field of the request body.
            name: The `name` field of the request body.
            created_at: The `createdAt` field of the request body.
            size: The `size` field of the request body.
            note: The `note` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Level6

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/records",
                json=RecordsCreateBody(id=id, name=name, created_at=created_at, size=size, note=note).to_dict(),
                options=request_options,
            ),
            cast=_parse_create,
        )


class RecordsResourceWithRawResponse:
    """`records` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: RecordsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)


class AsyncRecordsResource:
    """Operations on `client.records`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncRecordsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncRecordsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[Level6]:
        """List (records).

        `GET /records`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Level6]

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/records",
                options=request_options,
            ),
            cast=_parse_list,
        )

    async def create(
        self,
        *,
        id: str,
        name: str,
        created_at: datetime.datetime | Unset = UNSET,
        size: int | Unset = UNSET,
        note: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Level6:
        """Create (records).

        `POST /records`

        Args:
            id: The `id` field of the request body.
            name: The `name` field of the request body.
            created_at: The `createdAt` field of the request body.
            size: The `size` field of the request body.
            note: The `note` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Level6

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/records",
                json=RecordsCreateBody(id=id, name=name, created_at=created_at, size=size, note=note).to_dict(),
                options=request_options,
            ),
            cast=_parse_create,
        )


class AsyncRecordsResourceWithRawResponse:
    """`records` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncRecordsResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create = to_async_raw_response(resource.create)
