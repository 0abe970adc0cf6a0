"""Operations on `client.boards`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

from .. import models as _models
from .._core import _decode as decode
from .._core._encode import encode_path, header_values, query_params
from .._core._request import ApiRequest
from .._core._streaming import AsyncStream, ServerSentEvent, ServerSentEvents, Stream
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.board_activity import BoardActivity
from ..models.problem import Problem
from ..types import UNSET, Unset


def _parse_feed(data: Any) -> BoardActivity:
    item = decode.model(_models.BoardActivity.from_dict, data)

    return item


_ERRORS: dict[int, Callable[[Any], object]] = {
    404: Problem.from_dict,
}


class BoardsResource:
    """Operations on `client.boards`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BoardsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return BoardsResourceWithRawResponse(self)

    def feed(
        self,
        board_id: str,
        *,
        kinds: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Stream[ServerSentEvent[BoardActivity]]:
        """Follow a board's activity as it happens.

        `GET /boards/{boardId}/feed`

        Args:
            board_id: The `boardId` path parameter.
            kinds: The `kinds` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A stream of `ServerSentEvent[BoardActivity]`, each decoded as it arrives; iterate it with
            for or async for. The connection closes when the iteration ends or is left, and with `with`
            or `close()`.

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 404.
        """
        return Stream.open(
            self._client,
            ApiRequest(
                "GET",
                f"/boards/{encode_path(board_id)}/feed",
                params=query_params(
                    {
                        "kinds": kinds,
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
            events=ServerSentEvents(_parse_feed),
        )


class BoardsResourceWithRawResponse:
    """`boards` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: BoardsResource) -> None:
        self.feed = to_raw_response(resource.feed)


class AsyncBoardsResource:
    """Operations on `client.boards`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBoardsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncBoardsResourceWithRawResponse(self)

    def feed(
        self,
        board_id: str,
        *,
        kinds: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AsyncStream[ServerSentEvent[BoardActivity]]:
        """Follow a board's activity as it happens.

        `GET /boards/{boardId}/feed`

        Args:
            board_id: The `boardId` path parameter.
            kinds: The `kinds` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A stream of `ServerSentEvent[BoardActivity]`, each decoded as it arrives; iterate it with
            for or async for. The connection closes when the iteration ends or is left, and with `with`
            or `close()`.

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 404.
        """
        return AsyncStream(
            self._client,
            ApiRequest(
                "GET",
                f"/boards/{encode_path(board_id)}/feed",
                params=query_params(
                    {
                        "kinds": kinds,
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
            events=ServerSentEvents(_parse_feed),
        )


class AsyncBoardsResourceWithRawResponse:
    """`boards` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncBoardsResource) -> None:
        self.feed = to_async_raw_response(resource.feed)
