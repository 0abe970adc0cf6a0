"""Operations on `client.contexts`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, jsonable, query_params
from .._core._request import ApiRequest
from .._core._types import as_model
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    CursorStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.context_attribute_names_collection import ContextAttributeNamesCollection
from ..models.context_attribute_values_collection import ContextAttributeValuesCollection
from ..models.context_instance import ContextInstance
from ..models.context_instance_evaluations import ContextInstanceEvaluations
from ..models.context_instance_record import ContextInstanceRecord
from ..models.context_instance_search import ContextInstanceSearch
from ..models.context_instances import ContextInstances
from ..models.context_kinds_collection_rep import ContextKindsCollectionRep
from ..models.context_record import ContextRecord
from ..models.context_search import ContextSearch
from ..models.contexts import Contexts
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..models.upsert_context_kind_payload import UpsertContextKindPayload
from ..models.upsert_response_rep import UpsertResponseRep
from ..types import UNSET, Unset


def _parse_list_context_kinds_by_project(response: httpx.Response) -> ContextKindsCollectionRep:
    return ContextKindsCollectionRep.from_dict(response.json())


def _parse_create_or_update_kind(response: httpx.Response) -> UpsertResponseRep:
    return UpsertResponseRep.from_dict(response.json())


def _parse_get_attribute_names(response: httpx.Response) -> ContextAttributeNamesCollection:
    return ContextAttributeNamesCollection.from_dict(response.json())


def _parse_get_context_attribute_values(response: httpx.Response) -> ContextAttributeValuesCollection:
    return ContextAttributeValuesCollection.from_dict(response.json())


def _parse_search_context_instances(response: httpx.Response) -> ContextInstances:
    return ContextInstances.from_dict(response.json())


def _parse_get_context_instances(response: httpx.Response) -> ContextInstances:
    return ContextInstances.from_dict(response.json())


def _parse_delete_context_instance(response: httpx.Response) -> None:
    return None


def _parse_search_contexts(response: httpx.Response) -> Contexts:
    return Contexts.from_dict(response.json())


def _parse_get_by_kind_and_key(response: httpx.Response) -> Contexts:
    return Contexts.from_dict(response.json())


def _parse_evaluate_flags_for_context_instance(response: httpx.Response) -> ContextInstanceEvaluations:
    return ContextInstanceEvaluations.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
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
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_3: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class ContextsResource:
    """Operations on `client.contexts`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> ContextsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ContextsResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> ContextsResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_context_kinds_by_project(
        self,
        project_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ContextKindsCollectionRep:
        """List context kinds.

        `GET /api/v2/projects/{projectKey}/context-kinds`

        Args:
            project_key: Key of the project.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ContextKindsCollectionRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/context-kinds",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_context_kinds_by_project,
        )

    def create_or_update_kind(
        self,
        project_key: str,
        key: str,
        *,
        name: str,
        description: str | Unset = UNSET,
        hide_in_targeting: bool | Unset = UNSET,
        archived: bool | Unset = UNSET,
        version: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpsertResponseRep:
        """Upsert a context kind.

        `PUT /api/v2/projects/{projectKey}/context-kinds/{key}`

        Args:
            project_key: Key of the project.
            key: Key of the context kind.
            name: The `name` field of the request body.
            description: The `description` field of the request body.
            hide_in_targeting: The `hideInTargeting` field of the request body.
            archived: The `archived` field of the request body.
            version: The `version` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UpsertResponseRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/api/v2/projects/{encode_path(project_key)}/context-kinds/{encode_path(key)}",
                json=UpsertContextKindPayload(
                    name=name,
                    description=description,
                    hide_in_targeting=hide_in_targeting,
                    archived=archived,
                    version=version,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_or_update_kind,
        )

    def get_attribute_names(
        self,
        project_key: str,
        environment_key: str,
        *,
        filter: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ContextAttributeNamesCollection:
        """Fetch context attribute names.

        `GET /api/v2/projects/{projectKey}/environments/{environmentKey}/context-attributes`

        Args:
            project_key: The `projectKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            filter: The `filter` query parameter.
            limit: The `limit` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ContextAttributeNamesCollection

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/context-attributes",
                params=query_params(
                    {
                        "filter": filter,
                        "limit": limit,
                    }
                ),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_attribute_names,
        )

    def get_context_attribute_values(
        self,
        project_key: str,
        environment_key: str,
        attribute_name: str,
        *,
        filter: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ContextAttributeValuesCollection:
        """Fetch context attribute values.

        `GET /api/v2/projects/{projectKey}/environments/{environmentKey}/context-attributes/{attributeName}`

        Args:
            project_key: The `projectKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            attribute_name: The `attributeName` path parameter.
            filter: The `filter` query parameter.
            limit: The `limit` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ContextAttributeValuesCollection

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/context-attributes/{encode_path(attribute_name)}",
                params=query_params(
                    {
                        "filter": filter,
                        "limit": limit,
                    }
                ),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_context_attribute_values,
        )

    def search_context_instances(
        self,
        project_key: str,
        environment_key: str,
        *,
        limit_query: int | Unset = UNSET,
        continuation_token_query: str | Unset = UNSET,
        sort_query: str | Unset = UNSET,
        filter_query: str | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        filter: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        continuation_token: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ContextInstances:
        """Search context instances.

        Accepts the same settings in the query string and in the body.

        `POST /api/v2/projects/{projectKey}/environments/{environmentKey}/context-instances/search`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            limit_query: Page size: at most this many items come back.
            continuation_token_query: Opaque token from the previous page; prefer following `_links.next`.
            sort_query: Field to sort by; prefix `-` for descending order.
            filter_query: Filter expression, such as `field:value`.
            include_total_count: Report the total number of matches.
            filter: The `filter` field of the request body.
            sort: The `sort` field of the request body.
            limit: The `limit` field of the request body.
            continuation_token: The `continuationToken` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ContextInstances

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/context-instances/search",
                params=query_params(
                    {
                        "limit": limit_query,
                        "continuationToken": continuation_token_query,
                        "sort": sort_query,
                        "filter": filter_query,
                        "includeTotalCount": include_total_count,
                    }
                ),
                json=ContextInstanceSearch(
                    filter_=filter, sort=sort, limit=limit, continuation_token=continuation_token
                ).to_dict(),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_search_context_instances,
        )

    def get_context_instances(
        self,
        project_key: str,
        environment_key: str,
        id: str,
        *,
        limit: int | Unset = UNSET,
        continuation_token: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        filter: str | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[ContextInstanceRecord]:
        """Fetch context instances.

        `GET /api/v2/projects/{projectKey}/environments/{environmentKey}/context-instances/{id}`

        Args:
            project_key: The `projectKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            id: The `id` path parameter.
            limit: The `limit` query parameter.
            continuation_token: The `continuationToken` query parameter.
            sort: The `sort` query parameter.
            filter: The `filter` query parameter.
            include_total_count: The `includeTotalCount` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ContextInstanceRecord`: iterating it yields every item across pages, fetching
            them as needed; `iter_pages()` yields each page (its items, the parsed `ContextInstances`
            and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/context-instances/{encode_path(id)}",
                params=query_params(
                    {
                        "limit": limit,
                        "continuationToken": continuation_token,
                        "sort": sort,
                        "filter": filter,
                        "includeTotalCount": include_total_count,
                    }
                ),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_context_instances,
            strategy=CursorStrategy(param="continuationToken", cursor_field="continuationToken"),
            items=("items",),
            max_items=max_items,
        )

    def delete_context_instance(
        self,
        project_key: str,
        environment_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a context instance.

        `DELETE /api/v2/projects/{projectKey}/environments/{environmentKey}/context-instances/{id}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/context-instances/{encode_path(id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete_context_instance,
        )

    def search_contexts(
        self,
        project_key: str,
        environment_key: str,
        *,
        limit_query: int | Unset = UNSET,
        continuation_token_query: str | Unset = UNSET,
        sort_query: str | Unset = UNSET,
        filter_query: str | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        filter: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        continuation_token: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Contexts:
        """Search contexts.

        Paging and filter settings can be sent in the query string, the body, or both. Follow
        `_links.next` (or pass `continuationToken`) to fetch the next page.

        `POST /api/v2/projects/{projectKey}/environments/{environmentKey}/contexts/search`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            limit_query: Page size: at most this many items come back.
            continuation_token_query: Opaque token from the previous page; prefer following `_links.next`.
            sort_query: Field to sort by; prefix `-` for descending order.
            filter_query: Filter expression, such as `field:value`.
            include_total_count: Report the total number of matches.
            filter: Filter expression.
            sort: The `sort` field of the request body.
            limit: The `limit` field of the request body.
            continuation_token: The `continuationToken` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Contexts

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/contexts/search",
                params=query_params(
                    {
                        "limit": limit_query,
                        "continuationToken": continuation_token_query,
                        "sort": sort_query,
                        "filter": filter_query,
                        "includeTotalCount": include_total_count,
                    }
                ),
                json=ContextSearch(
                    filter_=filter, sort=sort, limit=limit, continuation_token=continuation_token
                ).to_dict(),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_search_contexts,
        )

    def get_by_kind_and_key(
        self,
        project_key: str,
        environment_key: str,
        kind: str,
        key: str,
        *,
        limit: int | Unset = UNSET,
        continuation_token: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        filter: str | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[ContextRecord]:
        """Get contexts by kind and key.

        `GET /api/v2/projects/{projectKey}/environments/{environmentKey}/contexts/{kind}/{key}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            kind: Kind of the context.
            key: Key of the context kind.
            limit: Page size: at most this many items come back.
            continuation_token: Opaque token from the previous page; prefer following `_links.next`.
            sort: Field to sort by; prefix `-` for descending order.
            filter: Filter expression, such as `field:value`.
            include_total_count: Report the total number of matches.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ContextRecord`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `Contexts` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/contexts/{encode_path(kind)}/{encode_path(key)}",
                params=query_params(
                    {
                        "limit": limit,
                        "continuationToken": continuation_token,
                        "sort": sort,
                        "filter": filter,
                        "includeTotalCount": include_total_count,
                    }
                ),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_by_kind_and_key,
            strategy=CursorStrategy(param="continuationToken", cursor_field="continuationToken"),
            items=("items",),
            max_items=max_items,
        )

    def evaluate_flags_for_context_instance(
        self,
        project_key: str,
        environment_key: str,
        *,
        body: ContextInstance | Mapping[str, Any],
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        filter: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ContextInstanceEvaluations:
        """Evaluate all flags for a context.

        `POST /api/v2/projects/{projectKey}/environments/{environmentKey}/flags/evaluate`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            sort: Field to sort by; prefix `-` for descending order.
            filter: Filter expression, such as `field:value`.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ContextInstanceEvaluations

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/flags/evaluate",
                params=query_params(
                    {
                        "limit": limit,
                        "offset": offset,
                        "sort": sort,
                        "filter": filter,
                    }
                ),
                json=jsonable(as_model(ContextInstance, body)),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_evaluate_flags_for_context_instance,
        )

    async def alist_context_kinds_by_project(
        self,
        project_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ContextKindsCollectionRep:
        """Coroutine twin of `list_context_kinds_by_project`: same arguments, same result, awaitable."""
        return await AsyncContextsResource(self._async_client()).list_context_kinds_by_project(
            project_key,
            request_options=request_options,
        )

    async def acreate_or_update_kind(
        self,
        project_key: str,
        key: str,
        *,
        name: str,
        description: str | Unset = UNSET,
        hide_in_targeting: bool | Unset = UNSET,
        archived: bool | Unset = UNSET,
        version: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpsertResponseRep:
        """Coroutine twin of `create_or_update_kind`: same arguments, same result, awaitable."""
        return await AsyncContextsResource(self._async_client()).create_or_update_kind(
            project_key,
            key,
            name=name,
            description=description,
            hide_in_targeting=hide_in_targeting,
            archived=archived,
            version=version,
            request_options=request_options,
        )

    async def aget_attribute_names(
        self,
        project_key: str,
        environment_key: str,
        *,
        filter: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ContextAttributeNamesCollection:
        """Coroutine twin of `get_attribute_names`: same arguments, same result, awaitable."""
        return await AsyncContextsResource(self._async_client()).get_attribute_names(
            project_key,
            environment_key,
            filter=filter,
            limit=limit,
            request_options=request_options,
        )

    async def aget_context_attribute_values(
        self,
        project_key: str,
        environment_key: str,
        attribute_name: str,
        *,
        filter: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ContextAttributeValuesCollection:
        """Coroutine twin of `get_context_attribute_values`: same arguments, same result, awaitable."""
        return await AsyncContextsResource(self._async_client()).get_context_attribute_values(
            project_key,
            environment_key,
            attribute_name,
            filter=filter,
            limit=limit,
            request_options=request_options,
        )

    async def asearch_context_instances(
        self,
        project_key: str,
        environment_key: str,
        *,
        limit_query: int | Unset = UNSET,
        continuation_token_query: str | Unset = UNSET,
        sort_query: str | Unset = UNSET,
        filter_query: str | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        filter: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        continuation_token: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ContextInstances:
        """Coroutine twin of `search_context_instances`: same arguments, same result, awaitable."""
        return await AsyncContextsResource(self._async_client()).search_context_instances(
            project_key,
            environment_key,
            limit_query=limit_query,
            continuation_token_query=continuation_token_query,
            sort_query=sort_query,
            filter_query=filter_query,
            include_total_count=include_total_count,
            filter=filter,
            sort=sort,
            limit=limit,
            continuation_token=continuation_token,
            request_options=request_options,
        )

    async def aget_context_instances(
        self,
        project_key: str,
        environment_key: str,
        id: str,
        *,
        limit: int | Unset = UNSET,
        continuation_token: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        filter: str | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[ContextInstanceRecord]:
        """Coroutine twin of `get_context_instances`: same arguments, same result, awaitable."""
        return await AsyncContextsResource(self._async_client()).get_context_instances(
            project_key,
            environment_key,
            id,
            limit=limit,
            continuation_token=continuation_token,
            sort=sort,
            filter=filter,
            include_total_count=include_total_count,
            max_items=max_items,
            request_options=request_options,
        )

    async def adelete_context_instance(
        self,
        project_key: str,
        environment_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `delete_context_instance`: same arguments, same result, awaitable."""
        return await AsyncContextsResource(self._async_client()).delete_context_instance(
            project_key,
            environment_key,
            id,
            request_options=request_options,
        )

    async def asearch_contexts(
        self,
        project_key: str,
        environment_key: str,
        *,
        limit_query: int | Unset = UNSET,
        continuation_token_query: str | Unset = UNSET,
        sort_query: str | Unset = UNSET,
        filter_query: str | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        filter: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        continuation_token: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Contexts:
        """Coroutine twin of `search_contexts`: same arguments, same result, awaitable."""
        return await AsyncContextsResource(self._async_client()).search_contexts(
            project_key,
            environment_key,
            limit_query=limit_query,
            continuation_token_query=continuation_token_query,
            sort_query=sort_query,
            filter_query=filter_query,
            include_total_count=include_total_count,
            filter=filter,
            sort=sort,
            limit=limit,
            continuation_token=continuation_token,
            request_options=request_options,
        )

    async def aget_by_kind_and_key(
        self,
        project_key: str,
        environment_key: str,
        kind: str,
        key: str,
        *,
        limit: int | Unset = UNSET,
        continuation_token: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        filter: str | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[ContextRecord]:
        """Coroutine twin of `get_by_kind_and_key`: same arguments, same result, awaitable."""
        return await AsyncContextsResource(self._async_client()).get_by_kind_and_key(
            project_key,
            environment_key,
            kind,
            key,
            limit=limit,
            continuation_token=continuation_token,
            sort=sort,
            filter=filter,
            include_total_count=include_total_count,
            max_items=max_items,
            request_options=request_options,
        )

    async def aevaluate_flags_for_context_instance(
        self,
        project_key: str,
        environment_key: str,
        *,
        body: ContextInstance | Mapping[str, Any],
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        filter: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ContextInstanceEvaluations:
        """Coroutine twin of `evaluate_flags_for_context_instance`: same arguments, same result, awaitable."""
        return await AsyncContextsResource(self._async_client()).evaluate_flags_for_context_instance(
            project_key,
            environment_key,
            body=body,
            limit=limit,
            offset=offset,
            sort=sort,
            filter=filter,
            request_options=request_options,
        )


class ContextsResourceWithRawResponse:
    """`contexts` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ContextsResource) -> None:
        self.list_context_kinds_by_project = to_raw_response(resource.list_context_kinds_by_project)
        self.create_or_update_kind = to_raw_response(resource.create_or_update_kind)
        self.get_attribute_names = to_raw_response(resource.get_attribute_names)
        self.get_context_attribute_values = to_raw_response(resource.get_context_attribute_values)
        self.search_context_instances = to_raw_response(resource.search_context_instances)
        self.get_context_instances = to_raw_response(resource.get_context_instances)
        self.delete_context_instance = to_raw_response(resource.delete_context_instance)
        self.search_contexts = to_raw_response(resource.search_contexts)
        self.get_by_kind_and_key = to_raw_response(resource.get_by_kind_and_key)
        self.evaluate_flags_for_context_instance = to_raw_response(resource.evaluate_flags_for_context_instance)


class AsyncContextsResource:
    """Operations on `client.contexts`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncContextsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncContextsResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncContextsResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    async def list_context_kinds_by_project(
        self,
        project_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ContextKindsCollectionRep:
        """List context kinds.

        `GET /api/v2/projects/{projectKey}/context-kinds`

        Args:
            project_key: Key of the project.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ContextKindsCollectionRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/context-kinds",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_context_kinds_by_project,
        )

    async def create_or_update_kind(
        self,
        project_key: str,
        key: str,
        *,
        name: str,
        description: str | Unset = UNSET,
        hide_in_targeting: bool | Unset = UNSET,
        archived: bool | Unset = UNSET,
        version: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpsertResponseRep:
        """Upsert a context kind.

        `PUT /api/v2/projects/{projectKey}/context-kinds/{key}`

        Args:
            project_key: Key of the project.
            key: Key of the context kind.
            name: The `name` field of the request body.
            description: The `description` field of the request body.
            hide_in_targeting: The `hideInTargeting` field of the request body.
            archived: The `archived` field of the request body.
            version: The `version` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UpsertResponseRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/api/v2/projects/{encode_path(project_key)}/context-kinds/{encode_path(key)}",
                json=UpsertContextKindPayload(
                    name=name,
                    description=description,
                    hide_in_targeting=hide_in_targeting,
                    archived=archived,
                    version=version,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_or_update_kind,
        )

    async def get_attribute_names(
        self,
        project_key: str,
        environment_key: str,
        *,
        filter: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ContextAttributeNamesCollection:
        """Fetch context attribute names.

        `GET /api/v2/projects/{projectKey}/environments/{environmentKey}/context-attributes`

        Args:
            project_key: The `projectKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            filter: The `filter` query parameter.
            limit: The `limit` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ContextAttributeNamesCollection

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/context-attributes",
                params=query_params(
                    {
                        "filter": filter,
                        "limit": limit,
                    }
                ),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_attribute_names,
        )

    async def get_context_attribute_values(
        self,
        project_key: str,
        environment_key: str,
        attribute_name: str,
        *,
        filter: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ContextAttributeValuesCollection:
        """Fetch context attribute values.

        `GET /api/v2/projects/{projectKey}/environments/{environmentKey}/context-attributes/{attributeName}`

        Args:
            project_key: The `projectKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            attribute_name: The `attributeName` path parameter.
            filter: The `filter` query parameter.
            limit: The `limit` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ContextAttributeValuesCollection

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/context-attributes/{encode_path(attribute_name)}",
                params=query_params(
                    {
                        "filter": filter,
                        "limit": limit,
                    }
                ),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_context_attribute_values,
        )

    async def search_context_instances(
        self,
        project_key: str,
        environment_key: str,
        *,
        limit_query: int | Unset = UNSET,
        continuation_token_query: str | Unset = UNSET,
        sort_query: str | Unset = UNSET,
        filter_query: str | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        filter: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        continuation_token: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ContextInstances:
        """Search context instances.

        Accepts the same settings in the query string and in the body.

        `POST /api/v2/projects/{projectKey}/environments/{environmentKey}/context-instances/search`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            limit_query: Page size: at most this many items come back.
            continuation_token_query: Opaque token from the previous page; prefer following `_links.next`.
            sort_query: Field to sort by; prefix `-` for descending order.
            filter_query: Filter expression, such as `field:value`.
            include_total_count: Report the total number of matches.
            filter: The `filter` field of the request body.
            sort: The `sort` field of the request body.
            limit: The `limit` field of the request body.
            continuation_token: The `continuationToken` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ContextInstances

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/context-instances/search",
                params=query_params(
                    {
                        "limit": limit_query,
                        "continuationToken": continuation_token_query,
                        "sort": sort_query,
                        "filter": filter_query,
                        "includeTotalCount": include_total_count,
                    }
                ),
                json=ContextInstanceSearch(
                    filter_=filter, sort=sort, limit=limit, continuation_token=continuation_token
                ).to_dict(),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_search_context_instances,
        )

    def get_context_instances(
        self,
        project_key: str,
        environment_key: str,
        id: str,
        *,
        limit: int | Unset = UNSET,
        continuation_token: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        filter: str | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[ContextInstanceRecord]:
        """Fetch context instances.

        `GET /api/v2/projects/{projectKey}/environments/{environmentKey}/context-instances/{id}`

        Args:
            project_key: The `projectKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            id: The `id` path parameter.
            limit: The `limit` query parameter.
            continuation_token: The `continuationToken` query parameter.
            sort: The `sort` query parameter.
            filter: The `filter` query parameter.
            include_total_count: The `includeTotalCount` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ContextInstanceRecord`: iterating it yields every item across pages, fetching
            them as needed; `iter_pages()` yields each page (its items, the parsed `ContextInstances`
            and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/context-instances/{encode_path(id)}",
                params=query_params(
                    {
                        "limit": limit,
                        "continuationToken": continuation_token,
                        "sort": sort,
                        "filter": filter,
                        "includeTotalCount": include_total_count,
                    }
                ),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_context_instances,
            strategy=CursorStrategy(param="continuationToken", cursor_field="continuationToken"),
            items=("items",),
            max_items=max_items,
        )

    async def delete_context_instance(
        self,
        project_key: str,
        environment_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a context instance.

        `DELETE /api/v2/projects/{projectKey}/environments/{environmentKey}/context-instances/{id}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/context-instances/{encode_path(id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete_context_instance,
        )

    async def search_contexts(
        self,
        project_key: str,
        environment_key: str,
        *,
        limit_query: int | Unset = UNSET,
        continuation_token_query: str | Unset = UNSET,
        sort_query: str | Unset = UNSET,
        filter_query: str | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        filter: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        continuation_token: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Contexts:
        """Search contexts.

        Paging and filter settings can be sent in the query string, the body, or both. Follow
        `_links.next` (or pass `continuationToken`) to fetch the next page.

        `POST /api/v2/projects/{projectKey}/environments/{environmentKey}/contexts/search`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            limit_query: Page size: at most this many items come back.
            continuation_token_query: Opaque token from the previous page; prefer following `_links.next`.
            sort_query: Field to sort by; prefix `-` for descending order.
            filter_query: Filter expression, such as `field:value`.
            include_total_count: Report the total number of matches.
            filter: Filter expression.
            sort: The `sort` field of the request body.
            limit: The `limit` field of the request body.
            continuation_token: The `continuationToken` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Contexts

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/contexts/search",
                params=query_params(
                    {
                        "limit": limit_query,
                        "continuationToken": continuation_token_query,
                        "sort": sort_query,
                        "filter": filter_query,
                        "includeTotalCount": include_total_count,
                    }
                ),
                json=ContextSearch(
                    filter_=filter, sort=sort, limit=limit, continuation_token=continuation_token
                ).to_dict(),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_search_contexts,
        )

    def get_by_kind_and_key(
        self,
        project_key: str,
        environment_key: str,
        kind: str,
        key: str,
        *,
        limit: int | Unset = UNSET,
        continuation_token: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        filter: str | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[ContextRecord]:
        """Get contexts by kind and key.

        `GET /api/v2/projects/{projectKey}/environments/{environmentKey}/contexts/{kind}/{key}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            kind: Kind of the context.
            key: Key of the context kind.
            limit: Page size: at most this many items come back.
            continuation_token: Opaque token from the previous page; prefer following `_links.next`.
            sort: Field to sort by; prefix `-` for descending order.
            filter: Filter expression, such as `field:value`.
            include_total_count: Report the total number of matches.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ContextRecord`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `Contexts` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/contexts/{encode_path(kind)}/{encode_path(key)}",
                params=query_params(
                    {
                        "limit": limit,
                        "continuationToken": continuation_token,
                        "sort": sort,
                        "filter": filter,
                        "includeTotalCount": include_total_count,
                    }
                ),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_by_kind_and_key,
            strategy=CursorStrategy(param="continuationToken", cursor_field="continuationToken"),
            items=("items",),
            max_items=max_items,
        )

    async def evaluate_flags_for_context_instance(
        self,
        project_key: str,
        environment_key: str,
        *,
        body: ContextInstance | Mapping[str, Any],
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        filter: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ContextInstanceEvaluations:
        """Evaluate all flags for a context.

        `POST /api/v2/projects/{projectKey}/environments/{environmentKey}/flags/evaluate`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            sort: Field to sort by; prefix `-` for descending order.
            filter: Filter expression, such as `field:value`.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ContextInstanceEvaluations

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/flags/evaluate",
                params=query_params(
                    {
                        "limit": limit,
                        "offset": offset,
                        "sort": sort,
                        "filter": filter,
                    }
                ),
                json=jsonable(as_model(ContextInstance, body)),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_evaluate_flags_for_context_instance,
        )


class AsyncContextsResourceWithRawResponse:
    """`contexts` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncContextsResource) -> None:
        self.list_context_kinds_by_project = to_async_raw_response(resource.list_context_kinds_by_project)
        self.create_or_update_kind = to_async_raw_response(resource.create_or_update_kind)
        self.get_attribute_names = to_async_raw_response(resource.get_attribute_names)
        self.get_context_attribute_values = to_async_raw_response(resource.get_context_attribute_values)
        self.search_context_instances = to_async_raw_response(resource.search_context_instances)
        self.get_context_instances = to_async_raw_response(resource.get_context_instances)
        self.delete_context_instance = to_async_raw_response(resource.delete_context_instance)
        self.search_contexts = to_async_raw_response(resource.search_contexts)
        self.get_by_kind_and_key = to_async_raw_response(resource.get_by_kind_and_key)
        self.evaluate_flags_for_context_instance = to_async_raw_response(resource.evaluate_flags_for_context_instance)
