"""Operations on `client.insights_flag_events_beta`."""

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


def _parse_list_flag_events(response: httpx.Response) -> InsightsItemCollection:
    return InsightsItemCollection.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class InsightsFlagEventsBetaResource:
    """Operations on `client.insights_flag_events_beta`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> InsightsFlagEventsBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return InsightsFlagEventsBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> InsightsFlagEventsBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_flag_events(
        self,
        *,
        project_key: str,
        environment_key: str,
        application_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        impact_size: str | Unset = UNSET,
        has_experiments: bool | Unset = UNSET,
        global_: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        from_: int | Unset = UNSET,
        to: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        _from: int | Unset = UNSET,
        _global: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[InsightsItemCollectionItemsItem]:
        """Flag change events.

        `GET /api/v2/engineering-insights/flag-events`

        Args:
            project_key: Key of the project to report on.
            environment_key: Key of the environment to report on.
            application_key: Only data for this application.
            query: Free-text search.
            impact_size: Only events of this impact size.
            has_experiments: Only events for flags used in experiments.
            global_: Restrict to global or environment-specific events.
            expand: Comma-separated list of optional fields to include.
            limit: Page size: at most this many items come back.
            from_: Start of the period.
            to: End of the period.
            after: Only return items after this point.
            before: Only return items before this point.
            max_items: Stop after this many items (all pages are read when not given).
            _from: Another name for `from_` (give one of the two).
            _global: Another name for `global_` (give one of the two).
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
        if not isinstance(_global, Unset):
            global_ = _global
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/api/v2/engineering-insights/flag-events",
                params=query_params(
                    {
                        "projectKey": project_key,
                        "environmentKey": environment_key,
                        "applicationKey": application_key,
                        "query": query,
                        "impactSize": impact_size,
                        "hasExperiments": has_experiments,
                        "global": global_,
                        "expand": expand,
                        "limit": limit,
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
            cast=_parse_list_flag_events,
            strategy=CursorStrategy(param="after", next_link="_links.next"),
            items=("items",),
            max_items=max_items,
        )

    async def alist_flag_events(
        self,
        *,
        project_key: str,
        environment_key: str,
        application_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        impact_size: str | Unset = UNSET,
        has_experiments: bool | Unset = UNSET,
        global_: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        from_: int | Unset = UNSET,
        to: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        _from: int | Unset = UNSET,
        _global: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[InsightsItemCollectionItemsItem]:
        """Coroutine twin of `list_flag_events`: same arguments, same result, awaitable."""
        return await AsyncInsightsFlagEventsBetaResource(self._async_client()).list_flag_events(
            project_key=project_key,
            environment_key=environment_key,
            application_key=application_key,
            query=query,
            impact_size=impact_size,
            has_experiments=has_experiments,
            global_=global_,
            expand=expand,
            limit=limit,
            from_=from_,
            to=to,
            after=after,
            before=before,
            _from=_from,
            _global=_global,
            max_items=max_items,
            request_options=request_options,
        )


class InsightsFlagEventsBetaResourceWithRawResponse:
    """`insights_flag_events_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: InsightsFlagEventsBetaResource) -> None:
        self.list_flag_events = to_raw_response(resource.list_flag_events)


class AsyncInsightsFlagEventsBetaResource:
    """Operations on `client.insights_flag_events_beta`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncInsightsFlagEventsBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncInsightsFlagEventsBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncInsightsFlagEventsBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_flag_events(
        self,
        *,
        project_key: str,
        environment_key: str,
        application_key: str | Unset = UNSET,
        query: str | Unset = UNSET,
        impact_size: str | Unset = UNSET,
        has_experiments: bool | Unset = UNSET,
        global_: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        from_: int | Unset = UNSET,
        to: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        _from: int | Unset = UNSET,
        _global: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[InsightsItemCollectionItemsItem]:
        """Flag change events.

        `GET /api/v2/engineering-insights/flag-events`

        Args:
            project_key: Key of the project to report on.
            environment_key: Key of the environment to report on.
            application_key: Only data for this application.
            query: Free-text search.
            impact_size: Only events of this impact size.
            has_experiments: Only events for flags used in experiments.
            global_: Restrict to global or environment-specific events.
            expand: Comma-separated list of optional fields to include.
            limit: Page size: at most this many items come back.
            from_: Start of the period.
            to: End of the period.
            after: Only return items after this point.
            before: Only return items before this point.
            max_items: Stop after this many items (all pages are read when not given).
            _from: Another name for `from_` (give one of the two).
            _global: Another name for `global_` (give one of the two).
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
        if not isinstance(_global, Unset):
            global_ = _global
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/api/v2/engineering-insights/flag-events",
                params=query_params(
                    {
                        "projectKey": project_key,
                        "environmentKey": environment_key,
                        "applicationKey": application_key,
                        "query": query,
                        "impactSize": impact_size,
                        "hasExperiments": has_experiments,
                        "global": global_,
                        "expand": expand,
                        "limit": limit,
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
            cast=_parse_list_flag_events,
            strategy=CursorStrategy(param="after", next_link="_links.next"),
            items=("items",),
            max_items=max_items,
        )


class AsyncInsightsFlagEventsBetaResourceWithRawResponse:
    """`insights_flag_events_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncInsightsFlagEventsBetaResource) -> None:
        self.list_flag_events = to_async_raw_response(resource.list_flag_events)
