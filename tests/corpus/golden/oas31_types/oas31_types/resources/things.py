"""Operations on `client.things`."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import Literal

import httpx

from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.thing import Thing
from ..models.things_update_body import ThingsUpdateBody
from ..types import UNSET, Unset


def _parse_get(response: httpx.Response) -> Thing:
    return Thing.from_dict(response.json())


def _parse_update(response: httpx.Response) -> Thing:
    return Thing.from_dict(response.json())


class ThingsResource:
    """Operations on `client.things`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ThingsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ThingsResourceWithRawResponse(self)

    def get(
        self,
        thing_id: str,
        *,
        since: datetime.datetime | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Thing:
        """Get (things).

        `GET /things/{thingId}`

        Args:
            thing_id: The `thingId` path parameter.
            since: The `since` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Thing

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/things/{encode_path(thing_id)}",
                params=query_params(
                    {
                        "since": since,
                    }
                ),
                options=request_options,
            ),
            cast=_parse_get,
        )

    def update(
        self,
        thing_id: str,
        *,
        label: None | str | Unset = UNSET,
        count: int | None | Unset = UNSET,
        kind: Literal["gadget"] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Thing:
        """Update (things).

        `PATCH /things/{thingId}`

        Args:
            thing_id: The `thingId` path parameter.
            label: The `label` field of the request body.
            count: The `count` field of the request body.
            kind: The `kind` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Thing

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/things/{encode_path(thing_id)}",
                json=ThingsUpdateBody(label=label, count=count, kind=kind).to_dict(),
                options=request_options,
            ),
            cast=_parse_update,
        )


class ThingsResourceWithRawResponse:
    """`things` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ThingsResource) -> None:
        self.get = to_raw_response(resource.get)
        self.update = to_raw_response(resource.update)


class AsyncThingsResource:
    """Operations on `client.things`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncThingsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncThingsResourceWithRawResponse(self)

    async def get(
        self,
        thing_id: str,
        *,
        since: datetime.datetime | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Thing:
        """Get (things).

        `GET /things/{thingId}`

        Args:
            thing_id: The `thingId` path parameter.
            since: The `since` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Thing

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/things/{encode_path(thing_id)}",
                params=query_params(
                    {
                        "since": since,
                    }
                ),
                options=request_options,
            ),
            cast=_parse_get,
        )

    async def update(
        self,
        thing_id: str,
        *,
        label: None | str | Unset = UNSET,
        count: int | None | Unset = UNSET,
        kind: Literal["gadget"] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Thing:
        """Update (things).

        `PATCH /things/{thingId}`

        Args:
            thing_id: The `thingId` path parameter.
            label: The `label` field of the request body.
            count: The `count` field of the request body.
            kind: The `kind` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Thing

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/things/{encode_path(thing_id)}",
                json=ThingsUpdateBody(label=label, count=count, kind=kind).to_dict(),
                options=request_options,
            ),
            cast=_parse_update,
        )


class AsyncThingsResourceWithRawResponse:
    """`things` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncThingsResource) -> None:
        self.get = to_async_raw_response(resource.get)
        self.update = to_async_raw_response(resource.update)
