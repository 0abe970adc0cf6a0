"""Operations on `client.labels`."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any, Literal

import httpx

from .._core._request import ApiRequest
from .._core._types import as_model
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.labels_create_body import LabelsCreateBody
from ..models.parcel import Parcel
from ..types import UNSET, Unset


def _parse_create(response: httpx.Response) -> None:
    return None


class LabelsResource:
    """Operations on `client.labels`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> LabelsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return LabelsResourceWithRawResponse(self)

    def create(
        self,
        *,
        carrier: str,
        parcel: Parcel | Mapping[str, Any],
        schema_version: Literal[2] = 2,
        format: Literal["pdf"] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Create (labels).

        An inline body flattened into keyword arguments, with a required const and a nested model
        holding one.

        `POST /labels`

        Args:
            schema_version: The `schemaVersion` field of the request body.
            carrier: The `carrier` field of the request body.
            parcel: The `parcel` field of the request body.
            format: The `format` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/labels",
                json=LabelsCreateBody(
                    schema_version=schema_version, carrier=carrier, parcel=as_model(Parcel, parcel), format_=format
                ).to_dict(),
                options=request_options,
            ),
            cast=_parse_create,
        )


class LabelsResourceWithRawResponse:
    """`labels` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: LabelsResource) -> None:
        self.create = to_raw_response(resource.create)


class AsyncLabelsResource:
    """Operations on `client.labels`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncLabelsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncLabelsResourceWithRawResponse(self)

    async def create(
        self,
        *,
        carrier: str,
        parcel: Parcel | Mapping[str, Any],
        schema_version: Literal[2] = 2,
        format: Literal["pdf"] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Create (labels).

        An inline body flattened into keyword arguments, with a required const and a nested model
        holding one.

        `POST /labels`

        Args:
            schema_version: The `schemaVersion` field of the request body.
            carrier: The `carrier` field of the request body.
            parcel: The `parcel` field of the request body.
            format: The `format` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/labels",
                json=LabelsCreateBody(
                    schema_version=schema_version, carrier=carrier, parcel=as_model(Parcel, parcel), format_=format
                ).to_dict(),
                options=request_options,
            ),
            cast=_parse_create,
        )


class AsyncLabelsResourceWithRawResponse:
    """`labels` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncLabelsResource) -> None:
        self.create = to_async_raw_response(resource.create)
