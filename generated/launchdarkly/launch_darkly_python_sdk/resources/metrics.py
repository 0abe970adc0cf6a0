"""Operations on `client.metrics`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, jsonable, query_params
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
from ..models.metric_collection_rep import MetricCollectionRep
from ..models.metric_post import MetricPost
from ..models.metric_post_kind import MetricPostKind
from ..models.metric_post_success_criteria import MetricPostSuccessCriteria
from ..models.metric_post_unit_aggregation_type import (
    MetricPostUnitAggregationType,
)
from ..models.metric_post_urls_item import MetricPostUrlsItem
from ..models.metric_rep import MetricRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.patch_operation import PatchOperation
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.status_conflict_error_rep import StatusConflictErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, Unset


def _parse_list_for_project(response: httpx.Response) -> MetricCollectionRep:
    return MetricCollectionRep.from_dict(response.json())


def _parse_create_new_metric(response: httpx.Response) -> MetricRep:
    return MetricRep.from_dict(response.json())


def _parse_get_single_metric(response: httpx.Response) -> MetricRep:
    return MetricRep.from_dict(response.json())


def _parse_delete_by_project_and_metric_key(response: httpx.Response) -> None:
    return None


def _parse_update_by_json_patch(response: httpx.Response) -> MetricRep:
    return MetricRep.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    409: StatusConflictErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_3: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_4: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    409: StatusConflictErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class MetricsResource:
    """Operations on `client.metrics`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> MetricsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return MetricsResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> MetricsResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_for_project(
        self,
        project_key: str,
        *,
        expand: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        filter: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[MetricRep]:
        """List metrics of a project.

        `GET /api/v2/metrics/{projectKey}`

        Args:
            project_key: Key of the project.
            expand: Comma-separated list of optional fields to include.
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            sort: Field to sort by; prefix `-` for descending order.
            filter: Filter expression, such as `field:value`.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `MetricRep`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `MetricCollectionRep` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/api/v2/metrics/{encode_path(project_key)}",
                params=query_params(
                    {
                        "expand": expand,
                        "limit": limit,
                        "offset": offset,
                        "sort": sort,
                        "filter": filter,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_for_project,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    def create_new_metric(
        self,
        project_key: str,
        *,
        key: str,
        kind: MetricPostKind | str,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        selector: str | Unset = UNSET,
        urls: Sequence[MetricPostUrlsItem | Mapping[str, Any]] | Unset = UNSET,
        is_numeric: bool | Unset = UNSET,
        unit: str | Unset = UNSET,
        event_key: str | Unset = UNSET,
        success_criteria: MetricPostSuccessCriteria | str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        randomization_units: list[str] | Unset = UNSET,
        unit_aggregation_type: MetricPostUnitAggregationType | str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> MetricRep:
        """Create a metric.

        `POST /api/v2/metrics/{projectKey}`

        Args:
            project_key: Key of the project.
            key: The `key` field of the request body.
            kind: The `kind` field of the request body.
            name: The `name` field of the request body.
            description: The `description` field of the request body.
            selector: The `selector` field of the request body.
            urls: The `urls` field of the request body.
            is_numeric: The `isNumeric` field of the request body.
            unit: The `unit` field of the request body.
            event_key: The `eventKey` field of the request body.
            success_criteria: The `successCriteria` field of the request body.
            tags: The `tags` field of the request body.
            randomization_units: The `randomizationUnits` field of the request body.
            unit_aggregation_type: The `unitAggregationType` field of the request body.
            is_active: Whether the metric is active (the previous SDK documented this field; the current API
                description no longer lists it).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            MetricRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/metrics/{encode_path(project_key)}",
                json=MetricPost(
                    key=key,
                    kind=kind,
                    name=name,
                    description=description,
                    selector=selector,
                    urls=as_models(MetricPostUrlsItem, urls),
                    is_numeric=is_numeric,
                    unit=unit,
                    event_key=event_key,
                    success_criteria=success_criteria,
                    tags=tags,
                    randomization_units=randomization_units,
                    unit_aggregation_type=unit_aggregation_type,
                    is_active=is_active,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_new_metric,
        )

    def get_single_metric(
        self,
        project_key: str,
        metric_key: str,
        *,
        expand: str | Unset = UNSET,
        version_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> MetricRep:
        """Get a metric.

        `GET /api/v2/metrics/{projectKey}/{metricKey}`

        Args:
            project_key: Key of the project.
            metric_key: Key of the metric.
            expand: Comma-separated list of optional fields to include.
            version_id: Return this version of the metric.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            MetricRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/metrics/{encode_path(project_key)}/{encode_path(metric_key)}",
                params=query_params(
                    {
                        "expand": expand,
                        "versionId": version_id,
                    }
                ),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_single_metric,
        )

    def delete_by_project_and_metric_key(
        self,
        project_key: str,
        metric_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a metric.

        `DELETE /api/v2/metrics/{projectKey}/{metricKey}`

        Args:
            project_key: Key of the project.
            metric_key: Key of the metric.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/metrics/{encode_path(project_key)}/{encode_path(metric_key)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_delete_by_project_and_metric_key,
        )

    def update_by_json_patch(
        self,
        project_key: str,
        metric_key: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> MetricRep:
        """Change a metric.

        `PATCH /api/v2/metrics/{projectKey}/{metricKey}`

        Args:
            project_key: Key of the project.
            metric_key: Key of the metric.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            MetricRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 404, 409, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/metrics/{encode_path(project_key)}/{encode_path(metric_key)}",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_update_by_json_patch,
        )

    async def alist_for_project(
        self,
        project_key: str,
        *,
        expand: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        filter: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[MetricRep]:
        """Coroutine twin of `list_for_project`: same arguments, same result, awaitable."""
        return await AsyncMetricsResource(self._async_client()).list_for_project(
            project_key,
            expand=expand,
            limit=limit,
            offset=offset,
            sort=sort,
            filter=filter,
            max_items=max_items,
            request_options=request_options,
        )

    async def acreate_new_metric(
        self,
        project_key: str,
        *,
        key: str,
        kind: MetricPostKind | str,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        selector: str | Unset = UNSET,
        urls: Sequence[MetricPostUrlsItem | Mapping[str, Any]] | Unset = UNSET,
        is_numeric: bool | Unset = UNSET,
        unit: str | Unset = UNSET,
        event_key: str | Unset = UNSET,
        success_criteria: MetricPostSuccessCriteria | str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        randomization_units: list[str] | Unset = UNSET,
        unit_aggregation_type: MetricPostUnitAggregationType | str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> MetricRep:
        """Coroutine twin of `create_new_metric`: same arguments, same result, awaitable."""
        return await AsyncMetricsResource(self._async_client()).create_new_metric(
            project_key,
            key=key,
            kind=kind,
            name=name,
            description=description,
            selector=selector,
            urls=urls,
            is_numeric=is_numeric,
            unit=unit,
            event_key=event_key,
            success_criteria=success_criteria,
            tags=tags,
            randomization_units=randomization_units,
            unit_aggregation_type=unit_aggregation_type,
            is_active=is_active,
            request_options=request_options,
        )

    async def aget_single_metric(
        self,
        project_key: str,
        metric_key: str,
        *,
        expand: str | Unset = UNSET,
        version_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> MetricRep:
        """Coroutine twin of `get_single_metric`: same arguments, same result, awaitable."""
        return await AsyncMetricsResource(self._async_client()).get_single_metric(
            project_key,
            metric_key,
            expand=expand,
            version_id=version_id,
            request_options=request_options,
        )

    async def adelete_by_project_and_metric_key(
        self,
        project_key: str,
        metric_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `delete_by_project_and_metric_key`: same arguments, same result, awaitable."""
        return await AsyncMetricsResource(self._async_client()).delete_by_project_and_metric_key(
            project_key,
            metric_key,
            request_options=request_options,
        )

    async def aupdate_by_json_patch(
        self,
        project_key: str,
        metric_key: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> MetricRep:
        """Coroutine twin of `update_by_json_patch`: same arguments, same result, awaitable."""
        return await AsyncMetricsResource(self._async_client()).update_by_json_patch(
            project_key,
            metric_key,
            body=body,
            request_options=request_options,
        )


class MetricsResourceWithRawResponse:
    """`metrics` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: MetricsResource) -> None:
        self.list_for_project = to_raw_response(resource.list_for_project)
        self.create_new_metric = to_raw_response(resource.create_new_metric)
        self.get_single_metric = to_raw_response(resource.get_single_metric)
        self.delete_by_project_and_metric_key = to_raw_response(resource.delete_by_project_and_metric_key)
        self.update_by_json_patch = to_raw_response(resource.update_by_json_patch)


class AsyncMetricsResource:
    """Operations on `client.metrics`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMetricsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncMetricsResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncMetricsResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_for_project(
        self,
        project_key: str,
        *,
        expand: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        filter: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[MetricRep]:
        """List metrics of a project.

        `GET /api/v2/metrics/{projectKey}`

        Args:
            project_key: Key of the project.
            expand: Comma-separated list of optional fields to include.
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            sort: Field to sort by; prefix `-` for descending order.
            filter: Filter expression, such as `field:value`.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `MetricRep`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `MetricCollectionRep` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/api/v2/metrics/{encode_path(project_key)}",
                params=query_params(
                    {
                        "expand": expand,
                        "limit": limit,
                        "offset": offset,
                        "sort": sort,
                        "filter": filter,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_for_project,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    async def create_new_metric(
        self,
        project_key: str,
        *,
        key: str,
        kind: MetricPostKind | str,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        selector: str | Unset = UNSET,
        urls: Sequence[MetricPostUrlsItem | Mapping[str, Any]] | Unset = UNSET,
        is_numeric: bool | Unset = UNSET,
        unit: str | Unset = UNSET,
        event_key: str | Unset = UNSET,
        success_criteria: MetricPostSuccessCriteria | str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        randomization_units: list[str] | Unset = UNSET,
        unit_aggregation_type: MetricPostUnitAggregationType | str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> MetricRep:
        """Create a metric.

        `POST /api/v2/metrics/{projectKey}`

        Args:
            project_key: Key of the project.
            key: The `key` field of the request body.
            kind: The `kind` field of the request body.
            name: The `name` field of the request body.
            description: The `description` field of the request body.
            selector: The `selector` field of the request body.
            urls: The `urls` field of the request body.
            is_numeric: The `isNumeric` field of the request body.
            unit: The `unit` field of the request body.
            event_key: The `eventKey` field of the request body.
            success_criteria: The `successCriteria` field of the request body.
            tags: The `tags` field of the request body.
            randomization_units: The `randomizationUnits` field of the request body.
            unit_aggregation_type: The `unitAggregationType` field of the request body.
            is_active: Whether the metric is active (the previous SDK documented this field; the current API
                description no longer lists it).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            MetricRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/metrics/{encode_path(project_key)}",
                json=MetricPost(
                    key=key,
                    kind=kind,
                    name=name,
                    description=description,
                    selector=selector,
                    urls=as_models(MetricPostUrlsItem, urls),
                    is_numeric=is_numeric,
                    unit=unit,
                    event_key=event_key,
                    success_criteria=success_criteria,
                    tags=tags,
                    randomization_units=randomization_units,
                    unit_aggregation_type=unit_aggregation_type,
                    is_active=is_active,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_new_metric,
        )

    async def get_single_metric(
        self,
        project_key: str,
        metric_key: str,
        *,
        expand: str | Unset = UNSET,
        version_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> MetricRep:
        """Get a metric.

        `GET /api/v2/metrics/{projectKey}/{metricKey}`

        Args:
            project_key: Key of the project.
            metric_key: Key of the metric.
            expand: Comma-separated list of optional fields to include.
            version_id: Return this version of the metric.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            MetricRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/metrics/{encode_path(project_key)}/{encode_path(metric_key)}",
                params=query_params(
                    {
                        "expand": expand,
                        "versionId": version_id,
                    }
                ),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_single_metric,
        )

    async def delete_by_project_and_metric_key(
        self,
        project_key: str,
        metric_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a metric.

        `DELETE /api/v2/metrics/{projectKey}/{metricKey}`

        Args:
            project_key: Key of the project.
            metric_key: Key of the metric.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/metrics/{encode_path(project_key)}/{encode_path(metric_key)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_delete_by_project_and_metric_key,
        )

    async def update_by_json_patch(
        self,
        project_key: str,
        metric_key: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> MetricRep:
        """Change a metric.

        `PATCH /api/v2/metrics/{projectKey}/{metricKey}`

        Args:
            project_key: Key of the project.
            metric_key: Key of the metric.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            MetricRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 404, 409, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/metrics/{encode_path(project_key)}/{encode_path(metric_key)}",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_update_by_json_patch,
        )


class AsyncMetricsResourceWithRawResponse:
    """`metrics` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncMetricsResource) -> None:
        self.list_for_project = to_async_raw_response(resource.list_for_project)
        self.create_new_metric = to_async_raw_response(resource.create_new_metric)
        self.get_single_metric = to_async_raw_response(resource.get_single_metric)
        self.delete_by_project_and_metric_key = to_async_raw_response(resource.delete_by_project_and_metric_key)
        self.update_by_json_patch = to_async_raw_response(resource.update_by_json_patch)
