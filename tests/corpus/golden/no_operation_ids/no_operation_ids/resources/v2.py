"""Operations on `client.v2`."""

from __future__ import annotations

from functools import cached_property

import httpx

from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions


def _parse_list_pet_owners_json(response: httpx.Response) -> None:
    return None


class V2Resource:
    """Operations on `client.v2`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> V2ResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return V2ResourceWithRawResponse(self)

    def list_pet_owners_json(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """List pet owners json (v2).

        `GET /v2/pet-owners.json`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/v2/pet-owners.json",
                options=request_options,
            ),
            cast=_parse_list_pet_owners_json,
        )


class V2ResourceWithRawResponse:
    """`v2` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: V2Resource) -> None:
        self.list_pet_owners_json = to_raw_response(resource.list_pet_owners_json)


class AsyncV2Resource:
    """Operations on `client.v2`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncV2ResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncV2ResourceWithRawResponse(self)

    async def list_pet_owners_json(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """List pet owners json (v2).

        `GET /v2/pet-owners.json`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/v2/pet-owners.json",
                options=request_options,
            ),
            cast=_parse_list_pet_owners_json,
        )


class AsyncV2ResourceWithRawResponse:
    """`v2` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncV2Resource) -> None:
        self.list_pet_owners_json = to_async_raw_response(resource.list_pet_owners_json)
