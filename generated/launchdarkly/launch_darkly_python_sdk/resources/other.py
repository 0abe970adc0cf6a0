"""Operations on `client.other`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.get_openapi_spec_response_200 import GetOpenapiSpecResponse200
from ..models.ip_list import IpList
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.root_response import RootResponse
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..models.versions_rep import VersionsRep


def _parse_get_resource_categories(response: httpx.Response) -> RootResponse:
    return RootResponse.from_dict(response.json())


def _parse_get_openapi_spec(response: httpx.Response) -> GetOpenapiSpecResponse200:
    return GetOpenapiSpecResponse200.from_dict(response.json())


def _parse_get_ip_list(response: httpx.Response) -> IpList:
    return IpList.from_dict(response.json())


def _parse_get_version_information(response: httpx.Response) -> VersionsRep:
    return VersionsRep.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class OtherResource:
    """Operations on `client.other`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> OtherResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return OtherResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> OtherResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def get_resource_categories(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> RootResponse:
        """Top-level resource links.

        `GET /api/v2`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RootResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/api/v2",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_resource_categories,
        )

    def get_openapi_spec(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> GetOpenapiSpecResponse200:
        """Download the API description.

        Returns the machine-readable description of this API.

        `GET /api/v2/openapi.json`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GetOpenapiSpecResponse200

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/openapi.json",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_openapi_spec,
        )

    def get_ip_list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> IpList:
        """LaunchDarkly IP ranges.

        `GET /api/v2/public-ip-list`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            IpList

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/public-ip-list",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_ip_list,
        )

    def get_version_information(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> VersionsRep:
        """API version details.

        `GET /api/v2/versions`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            VersionsRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/versions",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_version_information,
        )

    async def aget_resource_categories(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> RootResponse:
        """Coroutine twin of `get_resource_categories`: same arguments, same result, awaitable."""
        return await AsyncOtherResource(self._async_client()).get_resource_categories(
            request_options=request_options,
        )

    async def aget_openapi_spec(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> GetOpenapiSpecResponse200:
        """Coroutine twin of `get_openapi_spec`: same arguments, same result, awaitable."""
        return await AsyncOtherResource(self._async_client()).get_openapi_spec(
            request_options=request_options,
        )

    async def aget_ip_list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> IpList:
        """Coroutine twin of `get_ip_list`: same arguments, same result, awaitable."""
        return await AsyncOtherResource(self._async_client()).get_ip_list(
            request_options=request_options,
        )

    async def aget_version_information(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> VersionsRep:
        """Coroutine twin of `get_version_information`: same arguments, same result, awaitable."""
        return await AsyncOtherResource(self._async_client()).get_version_information(
            request_options=request_options,
        )


class OtherResourceWithRawResponse:
    """`other` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: OtherResource) -> None:
        self.get_resource_categories = to_raw_response(resource.get_resource_categories)
        self.get_openapi_spec = to_raw_response(resource.get_openapi_spec)
        self.get_ip_list = to_raw_response(resource.get_ip_list)
        self.get_version_information = to_raw_response(resource.get_version_information)


class AsyncOtherResource:
    """Operations on `client.other`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOtherResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncOtherResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncOtherResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    async def get_resource_categories(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> RootResponse:
        """Top-level resource links.

        `GET /api/v2`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RootResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/api/v2",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_resource_categories,
        )

    async def get_openapi_spec(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> GetOpenapiSpecResponse200:
        """Download the API description.

        Returns the machine-readable description of this API.

        `GET /api/v2/openapi.json`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GetOpenapiSpecResponse200

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/openapi.json",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_openapi_spec,
        )

    async def get_ip_list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> IpList:
        """LaunchDarkly IP ranges.

        `GET /api/v2/public-ip-list`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            IpList

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/public-ip-list",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_ip_list,
        )

    async def get_version_information(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> VersionsRep:
        """API version details.

        `GET /api/v2/versions`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            VersionsRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/versions",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_version_information,
        )


class AsyncOtherResourceWithRawResponse:
    """`other` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncOtherResource) -> None:
        self.get_resource_categories = to_async_raw_response(resource.get_resource_categories)
        self.get_openapi_spec = to_async_raw_response(resource.get_openapi_spec)
        self.get_ip_list = to_async_raw_response(resource.get_ip_list)
        self.get_version_information = to_async_raw_response(resource.get_version_information)
