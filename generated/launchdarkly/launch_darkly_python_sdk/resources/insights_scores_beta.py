"""Operations on `client.insights_scores_beta`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import header_values, query_params
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    OffsetStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.insight_scores import InsightScores
from ..models.insights_item_collection import InsightsItemCollection
from ..models.insights_item_collection_items_item import InsightsItemCollectionItemsItem
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, Unset


def _parse_list_group_insight_scores(response: httpx.Response) -> InsightsItemCollection:
    return InsightsItemCollection.from_dict(response.json())


def _parse_get_insight_scores(response: httpx.Response) -> InsightScores:
    return InsightScores.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class InsightsScoresBetaResource:
    """Operations on `client.insights_scores_beta`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> InsightsScoresBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return InsightsScoresBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> InsightsScoresBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_group_insight_scores(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        query: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[InsightsItemCollectionItemsItem]:
        """Page through insight groups.

        `GET /api/v2/engineering-insights/insights/groups`

        Args:
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            sort: Field to sort by; prefix `-` for descending order.
            query: Free-text search.
            expand: Comma-separated list of optional fields to include.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `InsightsItemCollectionItemsItem`: iterating it yields every item across pages,
            fetching them as needed; `iter_pages()` yields each page (its items, the parsed
            `InsightsItemCollection` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/api/v2/engineering-insights/insights/groups",
                params=query_params(
                    {
                        "limit": limit,
                        "offset": offset,
                        "sort": sort,
                        "query": query,
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
            cast=_parse_list_group_insight_scores,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    def get_insight_scores(
        self,
        *,
        project_key: str,
        environment_key: str,
        application_key: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InsightScores:
        """Engineering-insights scores.

        `GET /api/v2/engineering-insights/insights/scores`

        Args:
            project_key: Key of the project to report on.
            environment_key: Key of the environment to report on.
            application_key: Only data for this application.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            InsightScores

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/engineering-insights/insights/scores",
                params=query_params(
                    {
                        "projectKey": project_key,
                        "environmentKey": environment_key,
                        "applicationKey": application_key,
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
            cast=_parse_get_insight_scores,
        )

    async def alist_group_insight_scores(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        query: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[InsightsItemCollectionItemsItem]:
        """Coroutine twin of `list_group_insight_scores`: same arguments, same result, awaitable."""
        return await AsyncInsightsScoresBetaResource(self._async_client()).list_group_insight_scores(
            limit=limit,
            offset=offset,
            sort=sort,
            query=query,
            expand=expand,
            max_items=max_items,
            request_options=request_options,
        )

    async def aget_insight_scores(
        self,
        *,
        project_key: str,
        environment_key: str,
        application_key: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InsightScores:
        """Coroutine twin of `get_insight_scores`: same arguments, same result, awaitable."""
        return await AsyncInsightsScoresBetaResource(self._async_client()).get_insight_scores(
            project_key=project_key,
            environment_key=environment_key,
            application_key=application_key,
            request_options=request_options,
        )


class InsightsScoresBetaResourceWithRawResponse:
    """`insights_scores_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: InsightsScoresBetaResource) -> None:
        self.list_group_insight_scores = to_raw_response(resource.list_group_insight_scores)
        self.get_insight_scores = to_raw_response(resource.get_insight_scores)


class AsyncInsightsScoresBetaResource:
    """Operations on `client.insights_scores_beta`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncInsightsScoresBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncInsightsScoresBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncInsightsScoresBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_group_insight_scores(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        query: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[InsightsItemCollectionItemsItem]:
        """Page through insight groups.

        `GET /api/v2/engineering-insights/insights/groups`

        Args:
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            sort: Field to sort by; prefix `-` for descending order.
            query: Free-text search.
            expand: Comma-separated list of optional fields to include.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `InsightsItemCollectionItemsItem`: iterating it yields every item across pages,
            fetching them as needed; `iter_pages()` yields each page (its items, the parsed
            `InsightsItemCollection` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/api/v2/engineering-insights/insights/groups",
                params=query_params(
                    {
                        "limit": limit,
                        "offset": offset,
                        "sort": sort,
                        "query": query,
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
            cast=_parse_list_group_insight_scores,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    async def get_insight_scores(
        self,
        *,
        project_key: str,
        environment_key: str,
        application_key: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InsightScores:
        """Engineering-insights scores.

        `GET /api/v2/engineering-insights/insights/scores`

        Args:
            project_key: Key of the project to report on.
            environment_key: Key of the environment to report on.
            application_key: Only data for this application.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            InsightScores

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/engineering-insights/insights/scores",
                params=query_params(
                    {
                        "projectKey": project_key,
                        "environmentKey": environment_key,
                        "applicationKey": application_key,
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
            cast=_parse_get_insight_scores,
        )


class AsyncInsightsScoresBetaResourceWithRawResponse:
    """`insights_scores_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncInsightsScoresBetaResource) -> None:
        self.list_group_insight_scores = to_async_raw_response(resource.list_group_insight_scores)
        self.get_insight_scores = to_async_raw_response(resource.get_insight_scores)
