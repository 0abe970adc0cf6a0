"""Operations on `client.replies`."""

from __future__ import annotations

from functools import cached_property

from .._core._encode import header_values
from .._core._request import ApiRequest
from .._core._streaming import AsyncStream, ServerSentEvent, ServerSentEvents, Stream
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.replies_compose_body import RepliesComposeBody
from ..types import UNSET, Unset


class RepliesResource:
    """Operations on `client.replies`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> RepliesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return RepliesResourceWithRawResponse(self)

    def compose(
        self,
        *,
        prompt: str,
        temperature: float | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Stream[ServerSentEvent[str]]:
        """Compose a reply, streamed as it is written.

        `POST /replies`

        Args:
            prompt: The `prompt` field of the request body.
            temperature: The `temperature` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A stream of `ServerSentEvent[str]`, each decoded as it arrives; iterate it with for or async
            for. The connection closes when the iteration ends or is left, and with `with` or `close()`.

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return Stream.open(
            self._client,
            ApiRequest(
                "POST",
                "/replies",
                headers=header_values(
                    {
                        "Accept": "text/event-stream",
                    }
                ),
                json=RepliesComposeBody(prompt=prompt, temperature=temperature).to_dict(),
                options=request_options,
            ),
            events=ServerSentEvents(str, json=False),
        )


class RepliesResourceWithRawResponse:
    """`replies` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: RepliesResource) -> None:
        self.compose = to_raw_response(resource.compose)


class AsyncRepliesResource:
    """Operations on `client.replies`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncRepliesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncRepliesResourceWithRawResponse(self)

    def compose(
        self,
        *,
        prompt: str,
        temperature: float | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AsyncStream[ServerSentEvent[str]]:
        """Compose a reply, streamed as it is written.

        `POST /replies`

        Args:
            prompt: The `prompt` field of the request body.
            temperature: The `temperature` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A stream of `ServerSentEvent[str]`, each decoded as it arrives; iterate it with for or async
            for. The connection closes when the iteration ends or is left, and with `with` or `close()`.

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return AsyncStream(
            self._client,
            ApiRequest(
                "POST",
                "/replies",
                headers=header_values(
                    {
                        "Accept": "text/event-stream",
                    }
                ),
                json=RepliesComposeBody(prompt=prompt, temperature=temperature).to_dict(),
                options=request_options,
            ),
            events=ServerSentEvents(str, json=False),
        )


class AsyncRepliesResourceWithRawResponse:
    """`replies` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncRepliesResource) -> None:
        self.compose = to_async_raw_response(resource.compose)
