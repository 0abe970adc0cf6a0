"""Operations on `client.events`."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest
from .._core._types import as_model
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    PageNumberStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.context import Context
from ..models.domain import Domain
from ..models.errors_model import Errors
from ..models.event import Event
from ..models.event_attributes import EventAttributes
from ..models.event_response import EventResponse
from ..models.event_token_response import EventTokenResponse
from ..models.event_topic import EventTopic
from ..models.events_create_body import EventsCreateBody
from ..models.events_create_body_payload import EventsCreateBodyPayload
from ..models.list_all_events_response import ListAllEventsResponse
from ..models.origin import Origin
from ..models.success import Success
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> ListAllEventsResponse:
    return ListAllEventsResponse.from_dict(response.json())


def _parse_create(response: httpx.Response) -> EventResponse:
    return EventResponse.from_dict(response.json())


def _parse_get(response: httpx.Response) -> EventResponse:
    return EventResponse.from_dict(response.json())


def _parse_ack(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


def _parse_get_event_token(response: httpx.Response) -> EventTokenResponse:
    return EventTokenResponse.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    404: Errors.from_dict,
}


class EventsResource:
    """Operations on `client.events`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> EventsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return EventsResourceWithRawResponse(self)

    def list(
        self,
        *,
        environment_id: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        domain: str | Unset = UNSET,
        topic: str | Unset = UNSET,
        since: datetime.datetime | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        include_acknowledged: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[Event]:
        """List events.

        Returns a page of platform events, filtered by environment, space, domain, topic or time.

        `GET /events`

        Args:
            environment_id: Only events of this environment.
            space_id: Only events of this space.
            domain: Only events of this domain.
            topic: Only events with this topic.
            since: Only events created after this time.
            page_size: How many events to return per page.
            page_number: Page to return, starting at 1.
            include_acknowledged: Also return events a listener already acknowledged.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Event`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `ListAllEventsResponse` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/events",
                params=query_params(
                    {
                        "environmentId": environment_id,
                        "spaceId": space_id,
                        "domain": domain,
                        "topic": topic,
                        "since": since,
                        "pageSize": page_size,
                        "pageNumber": page_number,
                        "includeAcknowledged": include_acknowledged,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
            strategy=PageNumberStrategy(
                page_param="pageNumber", size_param="pageSize", page_count_field="pagination.pageCount"
            ),
            items=("data",),
            max_items=max_items,
        )

    def create(
        self,
        *,
        topic: EventTopic | str,
        payload: EventsCreateBodyPayload | Mapping[str, Any],
        domain: Domain | str,
        context: Context | Mapping[str, Any],
        deleted_at: datetime.datetime | Unset = UNSET,
        attributes: EventAttributes | Mapping[str, Any] | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        data_url: str | Unset = UNSET,
        target: str | Unset = UNSET,
        origin: Origin | Mapping[str, Any] | Unset = UNSET,
        namespaces: builtins.list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EventResponse:
        """Publish an event.

        Emits a custom event that agents can react to.

        `POST /events`

        Args:
            topic: Name of an event emitted by the platform.
            payload: Event data.
            domain: Area of the platform an event belongs to.
            context: Resources an event is about.
            deleted_at: The `deletedAt` field of the request body.
            attributes: Extra facts about an event.
            callback_url: URL that acknowledges the event.
            data_url: URL with the data the event refers to.
            target: The `target` field of the request body.
            origin: Where an event came from.
            namespaces: The `namespaces` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            EventResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/events",
                json=EventsCreateBody(
                    topic=topic,
                    payload=as_model(EventsCreateBodyPayload, payload),
                    domain=domain,
                    context=as_model(Context, context),
                    deleted_at=deleted_at,
                    attributes=as_model(EventAttributes, attributes),
                    callback_url=callback_url,
                    data_url=data_url,
                    target=target,
                    origin=as_model(Origin, origin),
                    namespaces=namespaces,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    def get(
        self,
        event_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> EventResponse:
        """Get an event.

        Fetches one event with its context and payload.

        `GET /events/{eventId}`

        Args:
            event_id: Event identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            EventResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/events/{encode_path(event_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get,
        )

    def ack(
        self,
        event_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Acknowledge an event.

        Records that a listener has handled an event.

        `POST /events/{eventId}/ack`

        Args:
            event_id: Event identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/events/{encode_path(event_id)}/ack",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_ack,
        )

    def get_event_token(
        self,
        *,
        scope: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EventTokenResponse:
        """Get an event token.

        Returns credentials for subscribing to the live event stream of a space or environment.

        `GET /subscription`

        Args:
            scope: Space or environment id of the stream.
            space_id: Space whose stream to join.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            EventTokenResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/subscription",
                params=query_params(
                    {
                        "scope": scope,
                        "spaceId": space_id,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_event_token,
        )


class EventsResourceWithRawResponse:
    """`events` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: EventsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.get = to_raw_response(resource.get)
        self.ack = to_raw_response(resource.ack)
        self.get_event_token = to_raw_response(resource.get_event_token)


class AsyncEventsResource:
    """Operations on `client.events`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncEventsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncEventsResourceWithRawResponse(self)

    def list(
        self,
        *,
        environment_id: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        domain: str | Unset = UNSET,
        topic: str | Unset = UNSET,
        since: datetime.datetime | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        include_acknowledged: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Event]:
        """List events.

        Returns a page of platform events, filtered by environment, space, domain, topic or time.

        `GET /events`

        Args:
            environment_id: Only events of this environment.
            space_id: Only events of this space.
            domain: Only events of this domain.
            topic: Only events with this topic.
            since: Only events created after this time.
            page_size: How many events to return per page.
            page_number: Page to return, starting at 1.
            include_acknowledged: Also return events a listener already acknowledged.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Event`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `ListAllEventsResponse` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/events",
                params=query_params(
                    {
                        "environmentId": environment_id,
                        "spaceId": space_id,
                        "domain": domain,
                        "topic": topic,
                        "since": since,
                        "pageSize": page_size,
                        "pageNumber": page_number,
                        "includeAcknowledged": include_acknowledged,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
            strategy=PageNumberStrategy(
                page_param="pageNumber", size_param="pageSize", page_count_field="pagination.pageCount"
            ),
            items=("data",),
            max_items=max_items,
        )

    async def create(
        self,
        *,
        topic: EventTopic | str,
        payload: EventsCreateBodyPayload | Mapping[str, Any],
        domain: Domain | str,
        context: Context | Mapping[str, Any],
        deleted_at: datetime.datetime | Unset = UNSET,
        attributes: EventAttributes | Mapping[str, Any] | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        data_url: str | Unset = UNSET,
        target: str | Unset = UNSET,
        origin: Origin | Mapping[str, Any] | Unset = UNSET,
        namespaces: builtins.list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EventResponse:
        """Publish an event.

        Emits a custom event that agents can react to.

        `POST /events`

        Args:
            topic: Name of an event emitted by the platform.
            payload: Event data.
            domain: Area of the platform an event belongs to.
            context: Resources an event is about.
            deleted_at: The `deletedAt` field of the request body.
            attributes: Extra facts about an event.
            callback_url: URL that acknowledges the event.
            data_url: URL with the data the event refers to.
            target: The `target` field of the request body.
            origin: Where an event came from.
            namespaces: The `namespaces` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            EventResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/events",
                json=EventsCreateBody(
                    topic=topic,
                    payload=as_model(EventsCreateBodyPayload, payload),
                    domain=domain,
                    context=as_model(Context, context),
                    deleted_at=deleted_at,
                    attributes=as_model(EventAttributes, attributes),
                    callback_url=callback_url,
                    data_url=data_url,
                    target=target,
                    origin=as_model(Origin, origin),
                    namespaces=namespaces,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    async def get(
        self,
        event_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> EventResponse:
        """Get an event.

        Fetches one event with its context and payload.

        `GET /events/{eventId}`

        Args:
            event_id: Event identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            EventResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/events/{encode_path(event_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get,
        )

    async def ack(
        self,
        event_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Acknowledge an event.

        Records that a listener has handled an event.

        `POST /events/{eventId}/ack`

        Args:
            event_id: Event identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/events/{encode_path(event_id)}/ack",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_ack,
        )

    async def get_event_token(
        self,
        *,
        scope: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EventTokenResponse:
        """Get an event token.

        Returns credentials for subscribing to the live event stream of a space or environment.

        `GET /subscription`

        Args:
            scope: Space or environment id of the stream.
            space_id: Space whose stream to join.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            EventTokenResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/subscription",
                params=query_params(
                    {
                        "scope": scope,
                        "spaceId": space_id,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_event_token,
        )


class AsyncEventsResourceWithRawResponse:
    """`events` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncEventsResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create = to_async_raw_response(resource.create)
        self.get = to_async_raw_response(resource.get)
        self.ack = to_async_raw_response(resource.ack)
        self.get_event_token = to_async_raw_response(resource.get_event_token)
