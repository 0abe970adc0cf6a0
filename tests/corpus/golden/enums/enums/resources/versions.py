"""Operations on `client.versions`."""

from __future__ import annotations

from functools import cached_property

import httpx

from .._core._encode import query_params
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.api_version import ApiVersion
from ..models.catalog import Catalog
from ..models.versions_list_sign import VersionsListSign
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> Catalog:
    return Catalog.from_dict(response.json())


class VersionsResource:
    """Operations on `client.versions`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> VersionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return VersionsResourceWithRawResponse(self)

    def list(
        self,
        *,
        api: ApiVersion | Unset = UNSET,
        sign: VersionsListSign | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Catalog:
        """List (versions).

        `GET /versions`

        Args:
            api: The `api` query parameter.
            sign: The `sign` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Catalog

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/versions",
                params=query_params(
                    {
                        "api": api,
                        "sign": sign,
                    }
                ),
                options=request_options,
            ),
            cast=_parse_list,
        )


class VersionsResourceWithRawResponse:
    """`versions` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: VersionsResource) -> None:
        self.list = to_raw_response(resource.list)


class AsyncVersionsResource:
    """Operations on `client.versions`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncVersionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncVersionsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        api: ApiVersion | Unset = UNSET,
        sign: VersionsListSign | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Catalog:
        """List (versions).

        `GET /versions`

        Args:
            api: The `api` query parameter.
            sign: The `sign` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Catalog

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/versions",
                params=query_params(
                    {
                        "api": api,
                        "sign": sign,
                    }
                ),
                options=request_options,
            ),
            cast=_parse_list,
        )


class AsyncVersionsResourceWithRawResponse:
    """`versions` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncVersionsResource) -> None:
        self.list = to_async_raw_response(resource.list)
