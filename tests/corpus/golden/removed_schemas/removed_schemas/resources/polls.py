"""Operations on `client.polls`."""

from __future__ import annotations

from functools import cached_property

import httpx

from .. import models as _models
from .._core import _decode as decode
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.poll import Poll


def _parse_list(response: httpx.Response) -> list[Poll]:
    response_200 = decode.model_array(_models.Poll.from_dict, response.json())

    return response_200


class PollsResource:
    """Operations on `client.polls`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PollsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return PollsResourceWithRawResponse(self)

    def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[Poll]:
        """List (polls).

        `GET /polls`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Poll]

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/polls",
                options=request_options,
            ),
            cast=_parse_list,
        )


class PollsResourceWithRawResponse:
    """`polls` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: PollsResource) -> None:
        self.list = to_raw_response(resource.list)


class AsyncPollsResource:
    """Operations on `client.polls`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPollsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncPollsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[Poll]:
        """List (polls).

        `GET /polls`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Poll]

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/polls",
                options=request_options,
            ),
            cast=_parse_list,
        )


class AsyncPollsResourceWithRawResponse:
    """`polls` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncPollsResource) -> None:
        self.list = to_async_raw_response(resource.list)
