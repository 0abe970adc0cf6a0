"""Operations on `client.insights_pull_requests_beta`."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import header_values, query_params
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    CursorStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.insights_item_collection import InsightsItemCollection
from ..models.insights_item_collection_items_item import InsightsItemCollectionItemsItem
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, Unset


def _parse_list_pull_requests(response: httpx.Response) -> InsightsItemCollection:
    return InsightsItemCollection.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class InsightsPullRequestsBetaResource:
    """Operations on `client.insights_pull_requests_beta`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> InsightsPullRequestsBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return InsightsPullRequestsBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> InsightsPullRequestsBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_pull_requests(
        self,
        *,
        project_key: str,
        environment_key: str | Unset = UNSET,
        application_key: str | Unset = UNSET,
        status: str | Unset = UNSET,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        expand: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        from_: datetime.datetime | Unset = UNSET,
        to: datetime.datetime | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        _from: datetime.datetime | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[InsightsItemCollectionItemsItem]:
        """Pull requests tracked by insights.

        `GET /api/v2/engineering-insights/pull-requests`

        Args:
            project_key: Key of the project to report on.
            environment_key: Key of the environment to report on.
            application_key: Only data for this application.
            status: Only items with this status.
            query: Free-text search.
            limit: Page size: at most this many items come back.
            expand: Comma-separated list of optional fields to include.
            sort: Field to sort by; prefix `-` for descending order.
            from_: Start of the period.
            to: End of the period.
            after: Only return items after this point.
            before: Only return items before this point.
            max_items: Stop after this many items (all pages are read when not given).
            _from: Another name for `from_` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `InsightsItemCollectionItemsItem`: iterating it yields every item across pages,
            fetching them as needed; `iter_pages()` yields each page (its items, the parsed
            `InsightsItemCollection` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        if not isinstance(_from, Unset):
            from_ = _from
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/api/v2/engineering-insights/pull-requests",
                params=query_params(
                    {
                        "projectKey": project_key,
                        "environmentKey": environment_key,
                        "applicationKey": application_key,
                        "status": status,
                        "query": query,
                        "limit": limit,
                        "expand": expand,
                        "sort": sort,
                        "from": from_,
                        "to": to,
                        "after": after,
                        "before": before,
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
            cast=_parse_list_pull_requests,
            strategy=CursorStrategy(param="after", next_link="_links.next"),
            items=("items",),
            max_items=max_items,
        )

    async def alist_pull_requests(
        self,
        *,
        project_key: str,
        environment_key: str | Unset = UNSET,
        application_key: str | Unset = UNSET,
        status: str | Unset = UNSET,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        expand: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        from_: datetime.datetime | Unset = UNSET,
        to: datetime.datetime | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        _from: datetime.datetime | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[InsightsItemCollectionItemsItem]:
        """Coroutine twin of `list_pull_requests`: same arguments, same result, awaitable."""
        return await AsyncInsightsPullRequestsBetaResource(self._async_client()).list_pull_requests(
            project_key=project_key,
            environment_key=environment_key,
            application_key=application_key,
            status=status,
            query=query,
            limit=limit,
            expand=expand,
            sort=sort,
            from_=from_,
            to=to,
            after=after,
            before=before,
            _from=_from,
            max_items=max_items,
            request_options=request_options,
        )


class InsightsPullRequestsBetaResourceWithRawResponse:
    """`insights_pull_requests_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: InsightsPullRequestsBetaResource) -> None:
        self.list_pull_requests = to_raw_response(resource.list_pull_requests)


class AsyncInsightsPullRequestsBetaResource:
    """Operations on `client.insights_pull_requests_beta`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncInsightsPullRequestsBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncInsightsPullRequestsBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncInsightsPullRequestsBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_pull_requests(
        self,
        *,
        project_key: str,
        environment_key: str | Unset = UNSET,
        application_key: str | Unset = UNSET,
        status: str | Unset = UNSET,
        query: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        expand: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        from_: datetime.datetime | Unset = UNSET,
        to: datetime.datetime | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        _from: datetime.datetime | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[InsightsItemCollectionItemsItem]:
        """Pull requests tracked by insights.

        `GET /api/v2/engineering-insights/pull-requests`

        Args:
            project_key: Key of the project to report on.
            environment_key: Key of the environment to report on.
            application_key: Only data for this application.
            status: Only items with this status.
            query: Free-text search.
            limit: Page size: at most this many items come back.
            expand: Comma-separated list of optional fields to include.
            sort: Field to sort by; prefix `-` for descending order.
            from_: Start of the period.
            to: End of the period.
            after: Only return items after this point.
            before: Only return items before this point.
            max_items: Stop after this many items (all pages are read when not given).
            _from: Another name for `from_` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `InsightsItemCollectionItemsItem`: iterating it yields every item across pages,
            fetching them as needed; `iter_pages()` yields each page (its items, the parsed
            `InsightsItemCollection` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        if not isinstance(_from, Unset):
            from_ = _from
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/api/v2/engineering-insights/pull-requests",
                params=query_params(
                    {
                        "projectKey": project_key,
                        "environmentKey": environment_key,
                        "applicationKey": application_key,
                        "status": status,
                        "query": query,
                        "limit": limit,
                        "expand": expand,
                        "sort": sort,
                        "from": from_,
                        "to": to,
                        "after": after,
                        "before": before,
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
            cast=_parse_list_pull_requests,
            strategy=CursorStrategy(param="after", next_link="_links.next"),
            items=("items",),
            max_items=max_items,
        )


class AsyncInsightsPullRequestsBetaResourceWithRawResponse:
    """`insights_pull_requests_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncInsightsPullRequestsBetaResource) -> None:
        self.list_pull_requests = to_async_raw_response(resource.list_pull_requests)
