"""Operations on `client.applications_beta`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, header_values, jsonable, query_params
from .._core._request import ApiRequest
from .._core._types import as_models
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
from ..models.application_version_rep import ApplicationVersionRep
from ..models.application_versions_collection_rep import ApplicationVersionsCollectionRep
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.patch_operation import PatchOperation
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, Unset


def _parse_list_applications(response: httpx.Response) -> ApplicationCollectionRep:
    return ApplicationCollectionRep.from_dict(response.json())


def _parse_get_application_by_key(response: httpx.Response) -> ApplicationRep:
    return ApplicationRep.from_dict(response.json())


def _parse_remove_application(response: httpx.Response) -> None:
    return None


def _parse_update_application_patch(response: httpx.Response) -> ApplicationRep:
    return ApplicationRep.from_dict(response.json())


def _parse_get_application_versions(response: httpx.Response) -> ApplicationVersionsCollectionRep:
    return ApplicationVersionsCollectionRep.from_dict(response.json())


def _parse_remove_version(response: httpx.Response) -> None:
    return None


def _parse_update_version_patch(response: httpx.Response) -> ApplicationVersionRep:
    return ApplicationVersionRep.from_dict(response.json())


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

    def update_application_patch(
        self,
        application_key: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> ApplicationRep:
        """Change application.

        `PATCH /api/v2/applications/{applicationKey}`

        Args:
            application_key: The `applicationKey` path parameter.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ApplicationRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/applications/{encode_path(application_key)}",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_update_application_patch,
        )

    def get_application_versions(
        self,
        application_key: str,
        *,
        filter: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[ApplicationVersionRep]:
        """Fetch application versions.

        `GET /api/v2/applications/{applicationKey}/versions`

        Args:
            application_key: The `applicationKey` path parameter.
            filter: The `filter` query parameter.
            limit: The `limit` query parameter.
            offset: The `offset` query parameter.
            sort: The `sort` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ApplicationVersionRep`: iterating it yields every item across pages, fetching
            them as needed; `iter_pages()` yields each page (its items, the parsed
            `ApplicationVersionsCollectionRep` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/api/v2/applications/{encode_path(application_key)}/versions",
                params=query_params(
                    {
                        "filter": filter,
                        "limit": limit,
                        "offset": offset,
                        "sort": sort,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_application_versions,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    def remove_version(
        self,
        application_key: str,
        version_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove application version.

        `DELETE /api/v2/applications/{applicationKey}/versions/{versionKey}`

        Args:
            application_key: The `applicationKey` path parameter.
            version_key: The `versionKey` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/applications/{encode_path(application_key)}/versions/{encode_path(version_key)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_remove_version,
        )

    def update_version_patch(
        self,
        application_key: str,
        version_key: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> ApplicationVersionRep:
        """Change application version.

        `PATCH /api/v2/applications/{applicationKey}/versions/{versionKey}`

        Args:
            application_key: The `applicationKey` path parameter.
            version_key: The `versionKey` path parameter.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ApplicationVersionRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/applications/{encode_path(application_key)}/versions/{encode_path(version_key)}",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_update_version_patch,
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

    async def aupdate_application_patch(
        self,
        application_key: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> ApplicationRep:
        """Coroutine twin of `update_application_patch`: same arguments, same result, awaitable."""
        return await AsyncApplicationsBetaResource(self._async_client()).update_application_patch(
            application_key,
            body=body,
            request_options=request_options,
        )

    async def aget_application_versions(
        self,
        application_key: str,
        *,
        filter: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[ApplicationVersionRep]:
        """Coroutine twin of `get_application_versions`: same arguments, same result, awaitable."""
        return await AsyncApplicationsBetaResource(self._async_client()).get_application_versions(
            application_key,
            filter=filter,
            limit=limit,
            offset=offset,
            sort=sort,
            max_items=max_items,
            request_options=request_options,
        )

    async def aremove_version(
        self,
        application_key: str,
        version_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `remove_version`: same arguments, same result, awaitable."""
        return await AsyncApplicationsBetaResource(self._async_client()).remove_version(
            application_key,
            version_key,
            request_options=request_options,
        )

    async def aupdate_version_patch(
        self,
        application_key: str,
        version_key: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> ApplicationVersionRep:
        """Coroutine twin of `update_version_patch`: same arguments, same result, awaitable."""
        return await AsyncApplicationsBetaResource(self._async_client()).update_version_patch(
            application_key,
            version_key,
            body=body,
            request_options=request_options,
        )


class ApplicationsBetaResourceWithRawResponse:
    """`applications_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ApplicationsBetaResource) -> None:
        self.list_applications = to_raw_response(resource.list_applications)
        self.get_application_by_key = to_raw_response(resource.get_application_by_key)
        self.remove_application = to_raw_response(resource.remove_application)
        self.update_application_patch = to_raw_response(resource.update_application_patch)
        self.get_application_versions = to_raw_response(resource.get_application_versions)
        self.remove_version = to_raw_response(resource.remove_version)
        self.update_version_patch = to_raw_response(resource.update_version_patch)


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

    async def update_application_patch(
        self,
        application_key: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> ApplicationRep:
        """Change application.

        `PATCH /api/v2/applications/{applicationKey}`

        Args:
            application_key: The `applicationKey` path parameter.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ApplicationRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/applications/{encode_path(application_key)}",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_update_application_patch,
        )

    def get_application_versions(
        self,
        application_key: str,
        *,
        filter: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[ApplicationVersionRep]:
        """Fetch application versions.

        `GET /api/v2/applications/{applicationKey}/versions`

        Args:
            application_key: The `applicationKey` path parameter.
            filter: The `filter` query parameter.
            limit: The `limit` query parameter.
            offset: The `offset` query parameter.
            sort: The `sort` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ApplicationVersionRep`: iterating it yields every item across pages, fetching
            them as needed; `iter_pages()` yields each page (its items, the parsed
            `ApplicationVersionsCollectionRep` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/api/v2/applications/{encode_path(application_key)}/versions",
                params=query_params(
                    {
                        "filter": filter,
                        "limit": limit,
                        "offset": offset,
                        "sort": sort,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_application_versions,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    async def remove_version(
        self,
        application_key: str,
        version_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove application version.

        `DELETE /api/v2/applications/{applicationKey}/versions/{versionKey}`

        Args:
            application_key: The `applicationKey` path parameter.
            version_key: The `versionKey` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/applications/{encode_path(application_key)}/versions/{encode_path(version_key)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_remove_version,
        )

    async def update_version_patch(
        self,
        application_key: str,
        version_key: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> ApplicationVersionRep:
        """Change application version.

        `PATCH /api/v2/applications/{applicationKey}/versions/{versionKey}`

        Args:
            application_key: The `applicationKey` path parameter.
            version_key: The `versionKey` path parameter.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ApplicationVersionRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/applications/{encode_path(application_key)}/versions/{encode_path(version_key)}",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_update_version_patch,
        )


class AsyncApplicationsBetaResourceWithRawResponse:
    """`applications_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncApplicationsBetaResource) -> None:
        self.list_applications = to_async_raw_response(resource.list_applications)
        self.get_application_by_key = to_async_raw_response(resource.get_application_by_key)
        self.remove_application = to_async_raw_response(resource.remove_application)
        self.update_application_patch = to_async_raw_response(resource.update_application_patch)
        self.get_application_versions = to_async_raw_response(resource.get_application_versions)
        self.remove_version = to_async_raw_response(resource.remove_version)
        self.update_version_patch = to_async_raw_response(resource.update_version_patch)
