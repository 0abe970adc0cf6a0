"""Operations on `client.clusters`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .. import models as _models
from .._core import _decode as decode
from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    PageNumberStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.error_model import Error
from ..models.get_clusters_kubernetes_order_dir import (
    GetClustersKubernetesOrderDir,
)
from ..models.kube_cluster import KubeCluster
from ..models.record import Record
from ..types import UNSET, Unset


def _parse_list_kubernetes(response: httpx.Response) -> list[KubeCluster]:
    response_200 = decode.model_array(_models.KubeCluster.from_dict, response.json())

    return response_200


def _parse_get_kubernetes(response: httpx.Response) -> KubeCluster:
    return KubeCluster.from_dict(response.json())


def _parse_get_workers(response: httpx.Response) -> Record:
    return Record.from_dict(response.json())


def _parse_list_workers(response: httpx.Response) -> list[Record]:
    response_200 = decode.model_array(_models.Record.from_dict, response.json())

    return response_200


def _parse_list_workers_active_jobs(response: httpx.Response) -> list[Record]:
    response_200 = decode.model_array(_models.Record.from_dict, response.json())

    return response_200


def _parse_list_workers_queued_jobs(response: httpx.Response) -> list[Record]:
    response_200 = decode.model_array(_models.Record.from_dict, response.json())

    return response_200


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Error.from_dict,
    401: Error.from_dict,
    403: Error.from_dict,
    404: Error.from_dict,
    429: Error.from_dict,
}


class ClustersResource:
    """Operations on `client.clusters`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ClustersResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ClustersResourceWithRawResponse(self)

    def list_kubernetes(
        self,
        *,
        organization_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetClustersKubernetesOrderDir | Unset = UNSET,
        organization_slug: str | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[KubeCluster]:
        """List Kubernetes clusters.

        `GET /clusters/kubernetes`

        Args:
            organization_id: Only this organisation's clusters.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            organization_slug: The `organization_slug` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `KubeCluster`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[KubeCluster]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/clusters/kubernetes",
                params=query_params(
                    {
                        "organization_id": organization_id,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                        "organization_slug": organization_slug,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_kubernetes,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def get_kubernetes(
        self,
        id: int,
        *,
        include_usage_stats: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> KubeCluster:
        """Get a Kubernetes cluster.

        `GET /clusters/kubernetes/{id}`

        Args:
            id: Object id.
            include_usage_stats: Add usage statistics to the partitions.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            KubeCluster

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/clusters/kubernetes/{encode_path(id)}",
                params=query_params(
                    {
                        "include_usage_stats": include_usage_stats,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_kubernetes,
        )

    def get_workers(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Get clusters workers.

        Documented by the previous client; absent from the current published API description.

        `GET /clusters/workers/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/clusters/workers/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_workers,
        )

    def list_workers(
        self,
        *,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: str | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[Record]:
        """List clusters workers.

        Documented by the previous client; absent from the current published API description.

        `GET /clusters/workers`

        Args:
            limit: The `limit` query parameter.
            page_num: The `page_num` query parameter.
            order: The `order` query parameter.
            order_dir: The `order_dir` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Record`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `list[Record]` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/clusters/workers",
                params=query_params(
                    {
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_workers,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def list_workers_active_jobs(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[Record]:
        """List clusters workers active jobs.

        Documented by the previous client; absent from the current published API description.

        `GET /clusters/workers/{id}/active_jobs`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Record]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/clusters/workers/{encode_path(id)}/active_jobs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_workers_active_jobs,
        )

    def list_workers_queued_jobs(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[Record]:
        """List clusters workers queued jobs.

        Documented by the previous client; absent from the current published API description.

        `GET /clusters/workers/{id}/queued_jobs`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Record]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/clusters/workers/{encode_path(id)}/queued_jobs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_workers_queued_jobs,
        )


class ClustersResourceWithRawResponse:
    """`clusters` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ClustersResource) -> None:
        self.list_kubernetes = to_raw_response(resource.list_kubernetes)
        self.get_kubernetes = to_raw_response(resource.get_kubernetes)
        self.get_workers = to_raw_response(resource.get_workers)
        self.list_workers = to_raw_response(resource.list_workers)
        self.list_workers_active_jobs = to_raw_response(resource.list_workers_active_jobs)
        self.list_workers_queued_jobs = to_raw_response(resource.list_workers_queued_jobs)


class AsyncClustersResource:
    """Operations on `client.clusters`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncClustersResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncClustersResourceWithRawResponse(self)

    def list_kubernetes(
        self,
        *,
        organization_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetClustersKubernetesOrderDir | Unset = UNSET,
        organization_slug: str | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[KubeCluster]:
        """List Kubernetes clusters.

        `GET /clusters/kubernetes`

        Args:
            organization_id: Only this organisation's clusters.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            organization_slug: The `organization_slug` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `KubeCluster`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[KubeCluster]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/clusters/kubernetes",
                params=query_params(
                    {
                        "organization_id": organization_id,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                        "organization_slug": organization_slug,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_kubernetes,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def get_kubernetes(
        self,
        id: int,
        *,
        include_usage_stats: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> KubeCluster:
        """Get a Kubernetes cluster.

        `GET /clusters/kubernetes/{id}`

        Args:
            id: Object id.
            include_usage_stats: Add usage statistics to the partitions.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            KubeCluster

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/clusters/kubernetes/{encode_path(id)}",
                params=query_params(
                    {
                        "include_usage_stats": include_usage_stats,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_kubernetes,
        )

    async def get_workers(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Get clusters workers.

        Documented by the previous client; absent from the current published API description.

        `GET /clusters/workers/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/clusters/workers/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_workers,
        )

    def list_workers(
        self,
        *,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: str | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Record]:
        """List clusters workers.

        Documented by the previous client; absent from the current published API description.

        `GET /clusters/workers`

        Args:
            limit: The `limit` query parameter.
            page_num: The `page_num` query parameter.
            order: The `order` query parameter.
            order_dir: The `order_dir` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Record`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `list[Record]` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/clusters/workers",
                params=query_params(
                    {
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_workers,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def list_workers_active_jobs(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[Record]:
        """List clusters workers active jobs.

        Documented by the previous client; absent from the current published API description.

        `GET /clusters/workers/{id}/active_jobs`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Record]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/clusters/workers/{encode_path(id)}/active_jobs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_workers_active_jobs,
        )

    async def list_workers_queued_jobs(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[Record]:
        """List clusters workers queued jobs.

        Documented by the previous client; absent from the current published API description.

        `GET /clusters/workers/{id}/queued_jobs`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Record]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/clusters/workers/{encode_path(id)}/queued_jobs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_workers_queued_jobs,
        )


class AsyncClustersResourceWithRawResponse:
    """`clusters` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncClustersResource) -> None:
        self.list_kubernetes = to_async_raw_response(resource.list_kubernetes)
        self.get_kubernetes = to_async_raw_response(resource.get_kubernetes)
        self.get_workers = to_async_raw_response(resource.get_workers)
        self.list_workers = to_async_raw_response(resource.list_workers)
        self.list_workers_active_jobs = to_async_raw_response(resource.list_workers_active_jobs)
        self.list_workers_queued_jobs = to_async_raw_response(resource.list_workers_queued_jobs)
