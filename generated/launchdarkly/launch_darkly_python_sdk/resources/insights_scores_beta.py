"""Operations on `client.insights_scores_beta`."""

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
from ..models.insight_group import InsightGroup
from ..models.insight_scores import InsightScores
from ..models.insights_item_collection import InsightsItemCollection
from ..models.insights_item_collection_items_item import InsightsItemCollectionItemsItem
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.patch_failed_error_rep import PatchFailedErrorRep
from ..models.patch_operation import PatchOperation
from ..models.post_insight_group_params import PostInsightGroupParams
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.status_conflict_error_rep import StatusConflictErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, Unset


def _parse_create_insight_group(response: httpx.Response) -> InsightGroup:
    return InsightGroup.from_dict(response.json())


def _parse_list_group_insight_scores(response: httpx.Response) -> InsightsItemCollection:
    return InsightsItemCollection.from_dict(response.json())


def _parse_expand_group_insight_scores(response: httpx.Response) -> InsightGroup:
    return InsightGroup.from_dict(response.json())


def _parse_delete_insight_group(response: httpx.Response) -> None:
    return None


def _parse_update_insight_group_patch(response: httpx.Response) -> InsightGroup:
    return InsightGroup.from_dict(response.json())


def _parse_get_insight_scores(response: httpx.Response) -> InsightScores:
    return InsightScores.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    409: StatusConflictErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_3: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_4: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    422: PatchFailedErrorRep.from_dict,
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

    def create_insight_group(
        self,
        *,
        name: str,
        key: str,
        project_key: str,
        environment_key: str,
        application_keys: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InsightGroup:
        """Add insight group.

        `POST /api/v2/engineering-insights/insights/group`

        Args:
            name: The `name` field of the request body.
            key: The `key` field of the request body.
            project_key: The `projectKey` field of the request body.
            environment_key: The `environmentKey` field of the request body.
            application_keys: The `applicationKeys` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            InsightGroup

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/api/v2/engineering-insights/insights/group",
                json=PostInsightGroupParams(
                    name=name,
                    key=key,
                    project_key=project_key,
                    environment_key=environment_key,
                    application_keys=application_keys,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create_insight_group,
        )

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
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_list_group_insight_scores,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    def expand_group_insight_scores(
        self,
        insight_group_key: str,
        *,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InsightGroup:
        """Fetch insight group.

        `GET /api/v2/engineering-insights/insights/groups/{insightGroupKey}`

        Args:
            insight_group_key: The `insightGroupKey` path parameter.
            expand: The `expand` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            InsightGroup

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/engineering-insights/insights/groups/{encode_path(insight_group_key)}",
                params=query_params(
                    {
                        "expand": expand,
                    }
                ),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_expand_group_insight_scores,
        )

    def delete_insight_group(
        self,
        insight_group_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove insight group.

        `DELETE /api/v2/engineering-insights/insights/groups/{insightGroupKey}`

        Args:
            insight_group_key: The `insightGroupKey` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/engineering-insights/insights/groups/{encode_path(insight_group_key)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_delete_insight_group,
        )

    def update_insight_group_patch(
        self,
        insight_group_key: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> InsightGroup:
        """Change insight group.

        `PATCH /api/v2/engineering-insights/insights/groups/{insightGroupKey}`

        Args:
            insight_group_key: The `insightGroupKey` path parameter.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            InsightGroup

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 422,
                429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/engineering-insights/insights/groups/{encode_path(insight_group_key)}",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_update_insight_group_patch,
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
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_insight_scores,
        )

    async def acreate_insight_group(
        self,
        *,
        name: str,
        key: str,
        project_key: str,
        environment_key: str,
        application_keys: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InsightGroup:
        """Coroutine twin of `create_insight_group`: same arguments, same result, awaitable."""
        return await AsyncInsightsScoresBetaResource(self._async_client()).create_insight_group(
            name=name,
            key=key,
            project_key=project_key,
            environment_key=environment_key,
            application_keys=application_keys,
            request_options=request_options,
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

    async def aexpand_group_insight_scores(
        self,
        insight_group_key: str,
        *,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InsightGroup:
        """Coroutine twin of `expand_group_insight_scores`: same arguments, same result, awaitable."""
        return await AsyncInsightsScoresBetaResource(self._async_client()).expand_group_insight_scores(
            insight_group_key,
            expand=expand,
            request_options=request_options,
        )

    async def adelete_insight_group(
        self,
        insight_group_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `delete_insight_group`: same arguments, same result, awaitable."""
        return await AsyncInsightsScoresBetaResource(self._async_client()).delete_insight_group(
            insight_group_key,
            request_options=request_options,
        )

    async def aupdate_insight_group_patch(
        self,
        insight_group_key: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> InsightGroup:
        """Coroutine twin of `update_insight_group_patch`: same arguments, same result, awaitable."""
        return await AsyncInsightsScoresBetaResource(self._async_client()).update_insight_group_patch(
            insight_group_key,
            body=body,
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
        self.create_insight_group = to_raw_response(resource.create_insight_group)
        self.list_group_insight_scores = to_raw_response(resource.list_group_insight_scores)
        self.expand_group_insight_scores = to_raw_response(resource.expand_group_insight_scores)
        self.delete_insight_group = to_raw_response(resource.delete_insight_group)
        self.update_insight_group_patch = to_raw_response(resource.update_insight_group_patch)
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

    async def create_insight_group(
        self,
        *,
        name: str,
        key: str,
        project_key: str,
        environment_key: str,
        application_keys: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InsightGroup:
        """Add insight group.

        `POST /api/v2/engineering-insights/insights/group`

        Args:
            name: The `name` field of the request body.
            key: The `key` field of the request body.
            project_key: The `projectKey` field of the request body.
            environment_key: The `environmentKey` field of the request body.
            application_keys: The `applicationKeys` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            InsightGroup

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/api/v2/engineering-insights/insights/group",
                json=PostInsightGroupParams(
                    name=name,
                    key=key,
                    project_key=project_key,
                    environment_key=environment_key,
                    application_keys=application_keys,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create_insight_group,
        )

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
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_list_group_insight_scores,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    async def expand_group_insight_scores(
        self,
        insight_group_key: str,
        *,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InsightGroup:
        """Fetch insight group.

        `GET /api/v2/engineering-insights/insights/groups/{insightGroupKey}`

        Args:
            insight_group_key: The `insightGroupKey` path parameter.
            expand: The `expand` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            InsightGroup

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/engineering-insights/insights/groups/{encode_path(insight_group_key)}",
                params=query_params(
                    {
                        "expand": expand,
                    }
                ),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_expand_group_insight_scores,
        )

    async def delete_insight_group(
        self,
        insight_group_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove insight group.

        `DELETE /api/v2/engineering-insights/insights/groups/{insightGroupKey}`

        Args:
            insight_group_key: The `insightGroupKey` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/engineering-insights/insights/groups/{encode_path(insight_group_key)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_delete_insight_group,
        )

    async def update_insight_group_patch(
        self,
        insight_group_key: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> InsightGroup:
        """Change insight group.

        `PATCH /api/v2/engineering-insights/insights/groups/{insightGroupKey}`

        Args:
            insight_group_key: The `insightGroupKey` path parameter.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            InsightGroup

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 422,
                429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/engineering-insights/insights/groups/{encode_path(insight_group_key)}",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_update_insight_group_patch,
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
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_insight_scores,
        )


class AsyncInsightsScoresBetaResourceWithRawResponse:
    """`insights_scores_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncInsightsScoresBetaResource) -> None:
        self.create_insight_group = to_async_raw_response(resource.create_insight_group)
        self.list_group_insight_scores = to_async_raw_response(resource.list_group_insight_scores)
        self.expand_group_insight_scores = to_async_raw_response(resource.expand_group_insight_scores)
        self.delete_insight_group = to_async_raw_response(resource.delete_insight_group)
        self.update_insight_group_patch = to_async_raw_response(resource.update_insight_group_patch)
        self.get_insight_scores = to_async_raw_response(resource.get_insight_scores)
