"""Operations on `client.events`."""

from __future__ import annotations

import datetime
from functools import cached_property

import httpx

from .._core._encode import multipart_files, query_params
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.event import Event
from ..models.events_create_body import EventsCreateBody
from ..models.events_submit_body import EventsSubmitBody
from ..models.events_upload_body import EventsUploadBody
from ..types import UNSET, Unset


def _parse_create(response: httpx.Response) -> Event:
    return Event.from_dict(response.json())


def _parse_submit(response: httpx.Response) -> None:
    return None


def _parse_upload(response: httpx.Response) -> None:
    return None


class EventsResource:
    """Operations on `client.events`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> EventsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return EventsResourceWithRawResponse(self)

    def create(
        self,
        *,
        at: datetime.datetime,
        since: datetime.datetime | Unset = UNSET,
        day: datetime.date | Unset = UNSET,
        history: list[datetime.datetime] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Event:
        """Create (events).

        `POST /events`

        Args:
            since: The `since` query parameter.
            at: The `at` field of the request body.
            day: The `day` field of the request body.
            history: The `history` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Event

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/events",
                params=query_params(
                    {
                        "since": since,
                    }
                ),
                json=EventsCreateBody(at=at, day=day, history=history).to_dict(),
                options=request_options,
            ),
            cast=_parse_create,
        )

    def submit(
        self,
        *,
        at: datetime.datetime,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Submit (events).

        `POST /events/form`

        Args:
            at: The `at` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/events/form",
                data=EventsSubmitBody(at=at).to_dict(),
                options=request_options,
            ),
            cast=_parse_submit,
        )

    def upload(
        self,
        *,
        at: datetime.datetime,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Upload (events).

        `POST /events/upload`

        Args:
            at: The `at` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/events/upload",
                files=multipart_files(EventsUploadBody(at=at).to_dict()),
                options=request_options,
            ),
            cast=_parse_upload,
        )


class EventsResourceWithRawResponse:
    """`events` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: EventsResource) -> None:
        self.create = to_raw_response(resource.create)
        self.submit = to_raw_response(resource.submit)
        self.upload = to_raw_response(resource.upload)


class AsyncEventsResource:
    """Operations on `client.events`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncEventsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncEventsResourceWithRawResponse(self)

    async def create(
        self,
        *,
        at: datetime.datetime,
        since: datetime.datetime | Unset = UNSET,
        day: datetime.date | Unset = UNSET,
        history: list[datetime.datetime] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Event:
        """Create (events).

        `POST /events`

        Args:
            since: The `since` query parameter.
            at: The `at` field of the request body.
            day: The `day` field of the request body.
            history: The `history` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Event

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/events",
                params=query_params(
                    {
                        "since": since,
                    }
                ),
                json=EventsCreateBody(at=at, day=day, history=history).to_dict(),
                options=request_options,
            ),
            cast=_parse_create,
        )

    async def submit(
        self,
        *,
        at: datetime.datetime,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Submit (events).

        `POST /events/form`

        Args:
            at: The `at` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/events/form",
                data=EventsSubmitBody(at=at).to_dict(),
                options=request_options,
            ),
            cast=_parse_submit,
        )

    async def upload(
        self,
        *,
        at: datetime.datetime,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Upload (events).

        `POST /events/upload`

        Args:
            at: The `at` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/events/upload",
                files=multipart_files(EventsUploadBody(at=at).to_dict()),
                options=request_options,
            ),
            cast=_parse_upload,
        )


class AsyncEventsResourceWithRawResponse:
    """`events` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncEventsResource) -> None:
        self.create = to_async_raw_response(resource.create)
        self.submit = to_async_raw_response(resource.submit)
        self.upload = to_async_raw_response(resource.upload)
