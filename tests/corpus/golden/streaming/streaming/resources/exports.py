"""Operations on `client.exports`."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from .. import models as _models
from .._core import _decode as decode
from .._core._encode import encode_path, header_values
from .._core._request import ApiRequest
from .._core._streaming import AsyncStream, JsonLines, Stream
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.exports_counts_response_200 import ExportsCountsResponse200
from ..models.record import Record


def _parse_records(data: Any) -> Record:
    item = decode.model(_models.Record.from_dict, data)

    return item


def _parse_counts(data: Any) -> ExportsCountsResponse200:
    item = decode.model(_models.ExportsCountsResponse200.from_dict, data)

    return item


class ExportsResource:
    """Operations on `client.exports`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ExportsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ExportsResourceWithRawResponse(self)

    def records(
        self,
        export_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Stream[Record]:
        """Read an export's records, one JSON object per line.

        `GET /exports/{exportId}/records`

        Args:
            export_id: The `exportId` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A stream of `Record`, each decoded as it arrives; iterate it with for or async for. The
            connection closes when the iteration ends or is left, and with `with` or `close()`.

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return Stream.open(
            self._client,
            ApiRequest(
                "GET",
                f"/exports/{encode_path(export_id)}/records",
                headers=header_values(
                    {
                        "Accept": "application/x-ndjson",
                    }
                ),
                options=request_options,
            ),
            events=JsonLines(_parse_records),
        )

    def counts(
        self,
        export_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Stream[ExportsCountsResponse200]:
        """Running totals as JSON Lines.

        `GET /exports/{exportId}/counts`

        Args:
            export_id: The `exportId` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A stream of `ExportsCountsResponse200`, each decoded as it arrives; iterate it with for or
            async for. The connection closes when the iteration ends or is left, and with `with` or
            `close()`.

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return Stream.open(
            self._client,
            ApiRequest(
                "GET",
                f"/exports/{encode_path(export_id)}/counts",
                headers=header_values(
                    {
                        "Accept": "application/jsonl",
                    }
                ),
                options=request_options,
            ),
            events=JsonLines(_parse_counts),
        )


class ExportsResourceWithRawResponse:
    """`exports` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ExportsResource) -> None:
        self.records = to_raw_response(resource.records)
        self.counts = to_raw_response(resource.counts)


class AsyncExportsResource:
    """Operations on `client.exports`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncExportsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncExportsResourceWithRawResponse(self)

    def records(
        self,
        export_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> AsyncStream[Record]:
        """Read an export's records, one JSON object per line.

        `GET /exports/{exportId}/records`

        Args:
            export_id: The `exportId` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A stream of `Record`, each decoded as it arrives; iterate it with for or async for. The
            connection closes when the iteration ends or is left, and with `with` or `close()`.

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return AsyncStream(
            self._client,
            ApiRequest(
                "GET",
                f"/exports/{encode_path(export_id)}/records",
                headers=header_values(
                    {
                        "Accept": "application/x-ndjson",
                    }
                ),
                options=request_options,
            ),
            events=JsonLines(_parse_records),
        )

    def counts(
        self,
        export_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> AsyncStream[ExportsCountsResponse200]:
        """Running totals as JSON Lines.

        `GET /exports/{exportId}/counts`

        Args:
            export_id: The `exportId` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A stream of `ExportsCountsResponse200`, each decoded as it arrives; iterate it with for or
            async for. The connection closes when the iteration ends or is left, and with `with` or
            `close()`.

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return AsyncStream(
            self._client,
            ApiRequest(
                "GET",
                f"/exports/{encode_path(export_id)}/counts",
                headers=header_values(
                    {
                        "Accept": "application/jsonl",
                    }
                ),
                options=request_options,
            ),
            events=JsonLines(_parse_counts),
        )


class AsyncExportsResourceWithRawResponse:
    """`exports` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncExportsResource) -> None:
        self.records = to_async_raw_response(resource.records)
        self.counts = to_async_raw_response(resource.counts)
