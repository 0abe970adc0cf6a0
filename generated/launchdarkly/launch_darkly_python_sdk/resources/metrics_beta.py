"""Operations on `client.metrics_beta`."""

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
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.method_not_allowed_error_rep import MethodNotAllowedErrorRep
from ..models.metric_group_collection_rep import MetricGroupCollectionRep
from ..models.metric_group_post import MetricGroupPost
from ..models.metric_group_post_kind import MetricGroupPostKind
from ..models.metric_group_rep import MetricGroupRep
from ..models.metric_in_metric_group_input import MetricInMetricGroupInput
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.patch_operation import PatchOperation
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, Unset


def _parse_list_metric_groups(response: httpx.Response) -> MetricGroupCollectionRep:
    return MetricGroupCollectionRep.from_dict(response.json())


def _parse_create_metric_group(response: httpx.Response) -> MetricGroupRep:
    return MetricGroupRep.from_dict(response.json())


def _parse_get_metric_group_details(response: httpx.Response) -> MetricGroupRep:
    return MetricGroupRep.from_dict(response.json())


def _parse_delete_metric_group(response: httpx.Response) -> None:
    return None


def _parse_update_metric_group_by_key(response: httpx.Response) -> MetricGroupRep:
    return MetricGroupRep.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    405: MethodNotAllowedErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class MetricsBetaResource:
    """Operations on `client.metrics_beta`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> MetricsBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return MetricsBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> MetricsBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_metric_groups(
        self,
        project_key: str,
        *,
        filter: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[MetricGroupRep]:
        """Metric groups of a project.

        `GET /api/v2/projects/{projectKey}/metric-groups`

        Args:
            project_key: Key of the project.
            filter: Filter expression, such as `field:value`.
            sort: Field to sort by; prefix `-` for descending order.
            expand: Comma-separated list of optional fields to include.
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `MetricGroupRep`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `MetricGroupCollectionRep`
            and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/metric-groups",
                params=query_params(
                    {
                        "filter": filter,
                        "sort": sort,
                        "expand": expand,
                        "limit": limit,
                        "offset": offset,
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
            cast=_parse_list_metric_groups,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    def create_metric_group(
        self,
        project_key: str,
        *,
        name: str,
        kind: MetricGroupPostKind | str,
        maintainer_id: str,
        tags: list[str],
        metrics: Sequence[MetricInMetricGroupInput | Mapping[str, Any]],
        key: str | Unset = UNSET,
        description: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> MetricGroupRep:
        """Add metric group.

        `POST /api/v2/projects/{projectKey}/metric-groups`

        Args:
            project_key: The `projectKey` path parameter.
            name: The `name` field of the request body.
            kind: The `kind` field of the request body.
            maintainer_id: The `maintainerId` field of the request body.
            tags: The `tags` field of the request body.
            metrics: The `metrics` field of the request body.
            key: The `key` field of the request body.
            description: The `description` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            MetricGroupRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 405,
                429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/metric-groups",
                json=MetricGroupPost(
                    name=name,
                    kind=kind,
                    maintainer_id=maintainer_id,
                    tags=tags,
                    metrics=as_models(MetricInMetricGroupInput, metrics),
                    key=key,
                    description=description,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_metric_group,
        )

    def get_metric_group_details(
        self,
        project_key: str,
        metric_group_key: str,
        *,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> MetricGroupRep:
        """Get a metric group.

        `GET /api/v2/projects/{projectKey}/metric-groups/{metricGroupKey}`

        Args:
            project_key: Key of the project.
            metric_group_key: Key of the metric group.
            expand: Comma-separated list of optional fields to include.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            MetricGroupRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/metric-groups/{encode_path(metric_group_key)}",
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
            cast=_parse_get_metric_group_details,
        )

    def delete_metric_group(
        self,
        project_key: str,
        metric_group_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove metric group.

        `DELETE /api/v2/projects/{projectKey}/metric-groups/{metricGroupKey}`

        Args:
            project_key: The `projectKey` path parameter.
            metric_group_key: The `metricGroupKey` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 405,
                429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/projects/{encode_path(project_key)}/metric-groups/{encode_path(metric_group_key)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete_metric_group,
        )

    def update_metric_group_by_key(
        self,
        project_key: str,
        metric_group_key: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> MetricGroupRep:
        """Change metric group.

        `PATCH /api/v2/projects/{projectKey}/metric-groups/{metricGroupKey}`

        Args:
            project_key: The `projectKey` path parameter.
            metric_group_key: The `metricGroupKey` path parameter.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            MetricGroupRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 405,
                429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/projects/{encode_path(project_key)}/metric-groups/{encode_path(metric_group_key)}",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update_metric_group_by_key,
        )

    async def alist_metric_groups(
        self,
        project_key: str,
        *,
        filter: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[MetricGroupRep]:
        """Coroutine twin of `list_metric_groups`: same arguments, same result, awaitable."""
        return await AsyncMetricsBetaResource(self._async_client()).list_metric_groups(
            project_key,
            filter=filter,
            sort=sort,
            expand=expand,
            limit=limit,
            offset=offset,
            max_items=max_items,
            request_options=request_options,
        )

    async def acreate_metric_group(
        self,
        project_key: str,
        *,
        name: str,
        kind: MetricGroupPostKind | str,
        maintainer_id: str,
        tags: list[str],
        metrics: Sequence[MetricInMetricGroupInput | Mapping[str, Any]],
        key: str | Unset = UNSET,
        description: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> MetricGroupRep:
        """Coroutine twin of `create_metric_group`: same arguments, same result, awaitable."""
        return await AsyncMetricsBetaResource(self._async_client()).create_metric_group(
            project_key,
            name=name,
            kind=kind,
            maintainer_id=maintainer_id,
            tags=tags,
            metrics=metrics,
            key=key,
            description=description,
            request_options=request_options,
        )

    async def aget_metric_group_details(
        self,
        project_key: str,
        metric_group_key: str,
        *,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> MetricGroupRep:
        """Coroutine twin of `get_metric_group_details`: same arguments, same result, awaitable."""
        return await AsyncMetricsBetaResource(self._async_client()).get_metric_group_details(
            project_key,
            metric_group_key,
            expand=expand,
            request_options=request_options,
        )

    async def adelete_metric_group(
        self,
        project_key: str,
        metric_group_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `delete_metric_group`: same arguments, same result, awaitable."""
        return await AsyncMetricsBetaResource(self._async_client()).delete_metric_group(
            project_key,
            metric_group_key,
            request_options=request_options,
        )

    async def aupdate_metric_group_by_key(
        self,
        project_key: str,
        metric_group_key: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> MetricGroupRep:
        """Coroutine twin of `update_metric_group_by_key`: same arguments, same result, awaitable."""
        return await AsyncMetricsBetaResource(self._async_client()).update_metric_group_by_key(
            project_key,
            metric_group_key,
            body=body,
            request_options=request_options,
        )


class MetricsBetaResourceWithRawResponse:
    """`metrics_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: MetricsBetaResource) -> None:
        self.list_metric_groups = to_raw_response(resource.list_metric_groups)
        self.create_metric_group = to_raw_response(resource.create_metric_group)
        self.get_metric_group_details = to_raw_response(resource.get_metric_group_details)
        self.delete_metric_group = to_raw_response(resource.delete_metric_group)
        self.update_metric_group_by_key = to_raw_response(resource.update_metric_group_by_key)


class AsyncMetricsBetaResource:
    """Operations on `client.metrics_beta`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMetricsBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncMetricsBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncMetricsBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_metric_groups(
        self,
        project_key: str,
        *,
        filter: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[MetricGroupRep]:
        """Metric groups of a project.

        `GET /api/v2/projects/{projectKey}/metric-groups`

        Args:
            project_key: Key of the project.
            filter: Filter expression, such as `field:value`.
            sort: Field to sort by; prefix `-` for descending order.
            expand: Comma-separated list of optional fields to include.
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `MetricGroupRep`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `MetricGroupCollectionRep`
            and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/metric-groups",
                params=query_params(
                    {
                        "filter": filter,
                        "sort": sort,
                        "expand": expand,
                        "limit": limit,
                        "offset": offset,
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
            cast=_parse_list_metric_groups,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    async def create_metric_group(
        self,
        project_key: str,
        *,
        name: str,
        kind: MetricGroupPostKind | str,
        maintainer_id: str,
        tags: list[str],
        metrics: Sequence[MetricInMetricGroupInput | Mapping[str, Any]],
        key: str | Unset = UNSET,
        description: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> MetricGroupRep:
        """Add metric group.

        `POST /api/v2/projects/{projectKey}/metric-groups`

        Args:
            project_key: The `projectKey` path parameter.
            name: The `name` field of the request body.
            kind: The `kind` field of the request body.
            maintainer_id: The `maintainerId` field of the request body.
            tags: The `tags` field of the request body.
            metrics: The `metrics` field of the request body.
            key: The `key` field of the request body.
            description: The `description` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            MetricGroupRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 405,
                429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/metric-groups",
                json=MetricGroupPost(
                    name=name,
                    kind=kind,
                    maintainer_id=maintainer_id,
                    tags=tags,
                    metrics=as_models(MetricInMetricGroupInput, metrics),
                    key=key,
                    description=description,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_metric_group,
        )

    async def get_metric_group_details(
        self,
        project_key: str,
        metric_group_key: str,
        *,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> MetricGroupRep:
        """Get a metric group.

        `GET /api/v2/projects/{projectKey}/metric-groups/{metricGroupKey}`

        Args:
            project_key: Key of the project.
            metric_group_key: Key of the metric group.
            expand: Comma-separated list of optional fields to include.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            MetricGroupRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/metric-groups/{encode_path(metric_group_key)}",
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
            cast=_parse_get_metric_group_details,
        )

    async def delete_metric_group(
        self,
        project_key: str,
        metric_group_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove metric group.

        `DELETE /api/v2/projects/{projectKey}/metric-groups/{metricGroupKey}`

        Args:
            project_key: The `projectKey` path parameter.
            metric_group_key: The `metricGroupKey` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 405,
                429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/projects/{encode_path(project_key)}/metric-groups/{encode_path(metric_group_key)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete_metric_group,
        )

    async def update_metric_group_by_key(
        self,
        project_key: str,
        metric_group_key: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> MetricGroupRep:
        """Change metric group.

        `PATCH /api/v2/projects/{projectKey}/metric-groups/{metricGroupKey}`

        Args:
            project_key: The `projectKey` path parameter.
            metric_group_key: The `metricGroupKey` path parameter.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            MetricGroupRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 405,
                429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/projects/{encode_path(project_key)}/metric-groups/{encode_path(metric_group_key)}",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update_metric_group_by_key,
        )


class AsyncMetricsBetaResourceWithRawResponse:
    """`metrics_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncMetricsBetaResource) -> None:
        self.list_metric_groups = to_async_raw_response(resource.list_metric_groups)
        self.create_metric_group = to_async_raw_response(resource.create_metric_group)
        self.get_metric_group_details = to_async_raw_response(resource.get_metric_group_details)
        self.delete_metric_group = to_async_raw_response(resource.delete_metric_group)
        self.update_metric_group_by_key = to_async_raw_response(resource.update_metric_group_by_key)
