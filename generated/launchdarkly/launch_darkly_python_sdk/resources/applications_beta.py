"""Operations on `client.applications_beta`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, header_values, query_params
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    OffsetStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.application_collection_rep import ApplicationCollectionRep
from ..models.application_rep import ApplicationRep
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, Unset


def _parse_list_applications(response: httpx.Response) -> ApplicationCollectionRep:
    return ApplicationCollectionRep.from_dict(response.json())


def _parse_get_application_by_key(response: httpx.Response) -> ApplicationRep:
    return ApplicationRep.from_dict(response.json())


def _parse_remove_application(response: httpx.Response) -> None:
    return None


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class ApplicationsBetaResource:
    """Operations on `client.applications_beta`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> ApplicationsBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ApplicationsBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> ApplicationsBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_applications(
        self,
        *,
        filter: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[ApplicationRep]:
        """List applications.

        `GET /api/v2/applications`

        Args:
            filter: Filter expression, such as `field:value`.
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            sort: Field to sort by; prefix `-` for descending order.
            expand: Comma-separated list of optional fields to include.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ApplicationRep`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `ApplicationCollectionRep`
            and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/api/v2/applications",
                params=query_params(
                    {
                        "filter": filter,
                        "limit": limit,
                        "offset": offset,
                        "sort": sort,
                        "expand": expand,
                    }
                ),
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_applications,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    def get_application_by_key(
        self,
        application_key: str,
        *,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ApplicationRep:
        """Get an application.

        `GET /api/v2/applications/{applicationKey}`

        Args:
            application_key: Key of the application.
            expand: Comma-separated list of optional fields to include.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ApplicationRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/applications/{encode_path(application_key)}",
                params=query_params(
                    {
                        "expand": expand,
                    }
                ),
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_application_by_key,
        )

    def remove_application(
        self,
        application_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove an application.

        `DELETE /api/v2/applications/{applicationKey}`

        Args:
            application_key: Key of the application.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/applications/{encode_path(application_key)}",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_remove_application,
        )

    async def alist_applications(
        self,
        *,
        filter: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[ApplicationRep]:
        """Coroutine twin of `list_applications`: same arguments, same result, awaitable."""
        return await AsyncApplicationsBetaResource(self._async_client()).list_applications(
            filter=filter,
            limit=limit,
            offset=offset,
            sort=sort,
            expand=expand,
            max_items=max_items,
            request_options=request_options,
        )

    async def aget_application_by_key(
        self,
        application_key: str,
        *,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ApplicationRep:
        """Coroutine twin of `get_application_by_key`: same arguments, same result, awaitable."""
        return await AsyncApplicationsBetaResource(self._async_client()).get_application_by_key(
            application_key,
            expand=expand,
            request_options=request_options,
        )

    async def aremove_application(
        self,
        application_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `remove_application`: same arguments, same result, awaitable."""
        return await AsyncApplicationsBetaResource(self._async_client()).remove_application(
            application_key,
            request_options=request_options,
        )


class ApplicationsBetaResourceWithRawResponse:
    """`applications_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ApplicationsBetaResource) -> None:
        self.list_applications = to_raw_response(resource.list_applications)
        self.get_application_by_key = to_raw_response(resource.get_application_by_key)
        self.remove_application = to_raw_response(resource.remove_application)


class AsyncApplicationsBetaResource:
    """Operations on `client.applications_beta`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncApplicationsBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncApplicationsBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncApplicationsBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_applications(
        self,
        *,
        filter: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[ApplicationRep]:
        """List applications.

        `GET /api/v2/applications`

        Args:
            filter: Filter expression, such as `field:value`.
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            sort: Field to sort by; prefix `-` for descending order.
            expand: Comma-separated list of optional fields to include.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ApplicationRep`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `ApplicationCollectionRep`
            and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/api/v2/applications",
                params=query_params(
                    {
                        "filter": filter,
                        "limit": limit,
                        "offset": offset,
                        "sort": sort,
                        "expand": expand,
                    }
                ),
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_applications,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    async def get_application_by_key(
        self,
        application_key: str,
        *,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ApplicationRep:
        """Get an application.

        `GET /api/v2/applications/{applicationKey}`

        Args:
            application_key: Key of the application.
            expand: Comma-separated list of optional fields to include.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ApplicationRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/applications/{encode_path(application_key)}",
                params=query_params(
                    {
                        "expand": expand,
                    }
                ),
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_application_by_key,
        )

    async def remove_application(
        self,
        application_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove an application.

        `DELETE /api/v2/applications/{applicationKey}`

        Args:
            application_key: Key of the application.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/applications/{encode_path(application_key)}",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_remove_application,
        )


class AsyncApplicationsBetaResourceWithRawResponse:
    """`applications_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncApplicationsBetaResource) -> None:
        self.list_applications = to_async_raw_response(resource.list_applications)
        self.get_application_by_key = to_async_raw_response(resource.get_application_by_key)
        self.remove_application = to_async_raw_response(resource.remove_application)
