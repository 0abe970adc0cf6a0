"""Operations on `client.notifications`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

from .._core._encode import header_values, query_params
from .._core._request import ApiRequest
from .._core._streaming import AsyncStream, ServerSentEvent, ServerSentEvents, Stream
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.error_model import Error
from ..types import UNSET, Unset

_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Error.from_dict,
    401: Error.from_dict,
    403: Error.from_dict,
    404: Error.from_dict,
    429: Error.from_dict,
}


class NotificationsResource:
    """Operations on `client.notifications`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NotificationsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return NotificationsResourceWithRawResponse(self)

    def list(
        self,
        *,
        last_event_id: str | Unset = UNSET,
        r: str | Unset = UNSET,
        mock: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Stream[ServerSentEvent[str]]:
        """Stream notifications.

        Server-sent event stream of notifications for the caller; the connection stays open.

        `GET /notifications/`

        Args:
            last_event_id: Resume after this event.
            r: Reconnect delay hint.
            mock: The `mock` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A stream of `ServerSentEvent[str]`, each decoded as it arrives; iterate it with for or async
            for. The connection closes when the iteration ends or is left, and with `with` or `close()`.

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return Stream.open(
            self._client,
            ApiRequest(
                "GET",
                "/notifications/",
                params=query_params(
                    {
                        "last_event_id": last_event_id,
                        "r": r,
                        "mock": mock,
                    }
                ),
                headers=header_values(
                    {
                        "Accept": "text/event-stream",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            events=ServerSentEvents(str, json=False),
        )


class NotificationsResourceWithRawResponse:
    """`notifications` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: NotificationsResource) -> None:
        self.list = to_raw_response(resource.list)


class AsyncNotificationsResource:
    """Operations on `client.notifications`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncNotificationsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncNotificationsResourceWithRawResponse(self)

    def list(
        self,
        *,
        last_event_id: str | Unset = UNSET,
        r: str | Unset = UNSET,
        mock: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AsyncStream[ServerSentEvent[str]]:
        """Stream notifications.

        Server-sent event stream of notifications for the caller; the connection stays open.

        `GET /notifications/`

        Args:
            last_event_id: Resume after this event.
            r: Reconnect delay hint.
            mock: The `mock` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A stream of `ServerSentEvent[str]`, each decoded as it arrives; iterate it with for or async
            for. The connection closes when the iteration ends or is left, and with `with` or `close()`.

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncStream(
            self._client,
            ApiRequest(
                "GET",
                "/notifications/",
                params=query_params(
                    {
                        "last_event_id": last_event_id,
                        "r": r,
                        "mock": mock,
                    }
                ),
                headers=header_values(
                    {
                        "Accept": "text/event-stream",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            events=ServerSentEvents(str, json=False),
        )


class AsyncNotificationsResourceWithRawResponse:
    """`notifications` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncNotificationsResource) -> None:
        self.list = to_async_raw_response(resource.list)
