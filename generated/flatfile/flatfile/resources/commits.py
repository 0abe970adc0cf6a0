"""Operations on `client.commits`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.commit_response import CommitResponse
from ..models.errors_model import Errors
from ..models.success import Success


def _parse_get(response: httpx.Response) -> CommitResponse:
    return CommitResponse.from_dict(response.json())


def _parse_complete(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


def _parse_replay(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    404: Errors.from_dict,
}


class CommitsResource:
    """Operations on `client.commits`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CommitsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return CommitsResourceWithRawResponse(self)

    def get(
        self,
        commit_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> CommitResponse:
        """Get a commit.

        Fetches one commit of record changes.

        `GET /commits/{commitId}`

        Args:
            commit_id: Commit identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CommitResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/commits/{encode_path(commit_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )

    def complete(
        self,
        commit_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Complete a commit.

        Marks a commit as fully processed by the caller.

        `POST /commits/{commitId}/complete`

        Args:
            commit_id: Commit to mark complete.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/commits/{encode_path(commit_id)}/complete",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_complete,
        )

    def replay(
        self,
        commit_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Replay a commit.

        Emits the commit:created event for an existing commit again so listeners reprocess it.

        `POST /commits/{commitId}/replay`

        Args:
            commit_id: Commit to replay.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/commits/{encode_path(commit_id)}/replay",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_replay,
        )


class CommitsResourceWithRawResponse:
    """`commits` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: CommitsResource) -> None:
        self.get = to_raw_response(resource.get)
        self.complete = to_raw_response(resource.complete)
        self.replay = to_raw_response(resource.replay)


class AsyncCommitsResource:
    """Operations on `client.commits`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCommitsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncCommitsResourceWithRawResponse(self)

    async def get(
        self,
        commit_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> CommitResponse:
        """Get a commit.

        Fetches one commit of record changes.

        `GET /commits/{commitId}`

        Args:
            commit_id: Commit identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CommitResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/commits/{encode_path(commit_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )

    async def complete(
        self,
        commit_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Complete a commit.

        Marks a commit as fully processed by the caller.

        `POST /commits/{commitId}/complete`

        Args:
            commit_id: Commit to mark complete.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/commits/{encode_path(commit_id)}/complete",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_complete,
        )

    async def replay(
        self,
        commit_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Replay a commit.

        Emits the commit:created event for an existing commit again so listeners reprocess it.

        `POST /commits/{commitId}/replay`

        Args:
            commit_id: Commit to replay.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/commits/{encode_path(commit_id)}/replay",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_replay,
        )


class AsyncCommitsResourceWithRawResponse:
    """`commits` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncCommitsResource) -> None:
        self.get = to_async_raw_response(resource.get)
        self.complete = to_async_raw_response(resource.complete)
        self.replay = to_async_raw_response(resource.replay)
