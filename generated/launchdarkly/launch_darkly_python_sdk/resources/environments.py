"""Operations on `client.environments`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, jsonable, query_params
from .._core._request import ApiRequest
from .._core._types import as_model, as_models
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    OffsetStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.environment import Environment
from ..models.environment_post import EnvironmentPost
from ..models.environment_source import EnvironmentSource
from ..models.environments import Environments
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.patch_operation import PatchOperation
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.status_conflict_error_rep import StatusConflictErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, Unset


def _parse_list_environments(response: httpx.Response) -> Environments:
    return Environments.from_dict(response.json())


def _parse_create_new_environment(response: httpx.Response) -> Environment:
    return Environment.from_dict(response.json())


def _parse_get_by_project_and_key(response: httpx.Response) -> Environment:
    return Environment.from_dict(response.json())


def _parse_remove_by_environment_key(response: httpx.Response) -> None:
    return None


def _parse_update_environment_patch(response: httpx.Response) -> Environment:
    return Environment.from_dict(response.json())


def _parse_reset_sdk_key(response: httpx.Response) -> Environment:
    return Environment.from_dict(response.json())


def _parse_reset_mobile_sdk_key(response: httpx.Response) -> Environment:
    return Environment.from_dict(response.json())


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


class EnvironmentsResource:
    """Operations on `client.environments`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> EnvironmentsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return EnvironmentsResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> EnvironmentsResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_environments(
        self,
        project_key: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filter: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[Environment]:
        """List environments of a project.

        `GET /api/v2/projects/{projectKey}/environments`

        Args:
            project_key: Key of the project.
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            filter: Filter expression, such as `field:value`.
            sort: Field to sort by; prefix `-` for descending order.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Environment`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `Environments` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/environments",
                params=query_params(
                    {
                        "limit": limit,
                        "offset": offset,
                        "filter": filter,
                        "sort": sort,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_environments,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    def create_new_environment(
        self,
        project_key: str,
        *,
        name: str,
        key: str,
        color: str,
        default_ttl: int | Unset = UNSET,
        secure_mode: bool | Unset = UNSET,
        default_track_events: bool | Unset = UNSET,
        confirm_changes: bool | Unset = UNSET,
        require_comments: bool | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        source: EnvironmentSource | Mapping[str, Any] | Unset = UNSET,
        critical: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Environment:
        """Create an environment.

        `POST /api/v2/projects/{projectKey}/environments`

        Args:
            project_key: Key of the project.
            name: The `name` field of the request body.
            key: The `key` field of the request body.
            color: The `color` field of the request body.
            default_ttl: The `defaultTtl` field of the request body.
            secure_mode: The `secureMode` field of the request body.
            default_track_events: The `defaultTrackEvents` field of the request body.
            confirm_changes: The `confirmChanges` field of the request body.
            require_comments: The `requireComments` field of the request body.
            tags: The `tags` field of the request body.
            source: An environment to copy settings from.
            critical: The `critical` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Environment

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/environments",
                json=EnvironmentPost(
                    name=name,
                    key=key,
                    color=color,
                    default_ttl=default_ttl,
                    secure_mode=secure_mode,
                    default_track_events=default_track_events,
                    confirm_changes=confirm_changes,
                    require_comments=require_comments,
                    tags=tags,
                    source=as_model(EnvironmentSource, source),
                    critical=critical,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_new_environment,
        )

    def get_by_project_and_key(
        self,
        project_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Environment:
        """Get an environment.

        `GET /api/v2/projects/{projectKey}/environments/{environmentKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Environment

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_by_project_and_key,
        )

    def remove_by_environment_key(
        self,
        project_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete an environment.

        `DELETE /api/v2/projects/{projectKey}/environments/{environmentKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_remove_by_environment_key,
        )

    def update_environment_patch(
        self,
        project_key: str,
        environment_key: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> Environment:
        """Change an environment.

        The body is a plain JSON Patch array.

        `PATCH /api/v2/projects/{projectKey}/environments/{environmentKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Environment

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 404, 409, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_update_environment_patch,
        )

    def reset_sdk_key(
        self,
        project_key: str,
        environment_key: str,
        *,
        expiry: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Environment:
        """Issue a new server-side SDK key.

        `POST /api/v2/projects/{projectKey}/environments/{environmentKey}/apiKey`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            expiry: Milliseconds since epoch when the old key stops working; omit to revoke it now.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Environment

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/apiKey",
                params=query_params(
                    {
                        "expiry": expiry,
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_reset_sdk_key,
        )

    def reset_mobile_sdk_key(
        self,
        project_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Environment:
        """Issue a new mobile key.

        `POST /api/v2/projects/{projectKey}/environments/{environmentKey}/mobileKey`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Environment

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/mobileKey",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_reset_mobile_sdk_key,
        )

    async def alist_environments(
        self,
        project_key: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filter: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Environment]:
        """Coroutine twin of `list_environments`: same arguments, same result, awaitable."""
        return await AsyncEnvironmentsResource(self._async_client()).list_environments(
            project_key,
            limit=limit,
            offset=offset,
            filter=filter,
            sort=sort,
            max_items=max_items,
            request_options=request_options,
        )

    async def acreate_new_environment(
        self,
        project_key: str,
        *,
        name: str,
        key: str,
        color: str,
        default_ttl: int | Unset = UNSET,
        secure_mode: bool | Unset = UNSET,
        default_track_events: bool | Unset = UNSET,
        confirm_changes: bool | Unset = UNSET,
        require_comments: bool | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        source: EnvironmentSource | Mapping[str, Any] | Unset = UNSET,
        critical: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Environment:
        """Coroutine twin of `create_new_environment`: same arguments, same result, awaitable."""
        return await AsyncEnvironmentsResource(self._async_client()).create_new_environment(
            project_key,
            name=name,
            key=key,
            color=color,
            default_ttl=default_ttl,
            secure_mode=secure_mode,
            default_track_events=default_track_events,
            confirm_changes=confirm_changes,
            require_comments=require_comments,
            tags=tags,
            source=source,
            critical=critical,
            request_options=request_options,
        )

    async def aget_by_project_and_key(
        self,
        project_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Environment:
        """Coroutine twin of `get_by_project_and_key`: same arguments, same result, awaitable."""
        return await AsyncEnvironmentsResource(self._async_client()).get_by_project_and_key(
            project_key,
            environment_key,
            request_options=request_options,
        )

    async def aremove_by_environment_key(
        self,
        project_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `remove_by_environment_key`: same arguments, same result, awaitable."""
        return await AsyncEnvironmentsResource(self._async_client()).remove_by_environment_key(
            project_key,
            environment_key,
            request_options=request_options,
        )

    async def aupdate_environment_patch(
        self,
        project_key: str,
        environment_key: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> Environment:
        """Coroutine twin of `update_environment_patch`: same arguments, same result, awaitable."""
        return await AsyncEnvironmentsResource(self._async_client()).update_environment_patch(
            project_key,
            environment_key,
            body=body,
            request_options=request_options,
        )

    async def areset_sdk_key(
        self,
        project_key: str,
        environment_key: str,
        *,
        expiry: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Environment:
        """Coroutine twin of `reset_sdk_key`: same arguments, same result, awaitable."""
        return await AsyncEnvironmentsResource(self._async_client()).reset_sdk_key(
            project_key,
            environment_key,
            expiry=expiry,
            request_options=request_options,
        )

    async def areset_mobile_sdk_key(
        self,
        project_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Environment:
        """Coroutine twin of `reset_mobile_sdk_key`: same arguments, same result, awaitable."""
        return await AsyncEnvironmentsResource(self._async_client()).reset_mobile_sdk_key(
            project_key,
            environment_key,
            request_options=request_options,
        )


class EnvironmentsResourceWithRawResponse:
    """`environments` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: EnvironmentsResource) -> None:
        self.list_environments = to_raw_response(resource.list_environments)
        self.create_new_environment = to_raw_response(resource.create_new_environment)
        self.get_by_project_and_key = to_raw_response(resource.get_by_project_and_key)
        self.remove_by_environment_key = to_raw_response(resource.remove_by_environment_key)
        self.update_environment_patch = to_raw_response(resource.update_environment_patch)
        self.reset_sdk_key = to_raw_response(resource.reset_sdk_key)
        self.reset_mobile_sdk_key = to_raw_response(resource.reset_mobile_sdk_key)


class AsyncEnvironmentsResource:
    """Operations on `client.environments`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncEnvironmentsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncEnvironmentsResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncEnvironmentsResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_environments(
        self,
        project_key: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filter: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Environment]:
        """List environments of a project.

        `GET /api/v2/projects/{projectKey}/environments`

        Args:
            project_key: Key of the project.
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            filter: Filter expression, such as `field:value`.
            sort: Field to sort by; prefix `-` for descending order.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Environment`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `Environments` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/environments",
                params=query_params(
                    {
                        "limit": limit,
                        "offset": offset,
                        "filter": filter,
                        "sort": sort,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_environments,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    async def create_new_environment(
        self,
        project_key: str,
        *,
        name: str,
        key: str,
        color: str,
        default_ttl: int | Unset = UNSET,
        secure_mode: bool | Unset = UNSET,
        default_track_events: bool | Unset = UNSET,
        confirm_changes: bool | Unset = UNSET,
        require_comments: bool | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        source: EnvironmentSource | Mapping[str, Any] | Unset = UNSET,
        critical: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Environment:
        """Create an environment.

        `POST /api/v2/projects/{projectKey}/environments`

        Args:
            project_key: Key of the project.
            name: The `name` field of the request body.
            key: The `key` field of the request body.
            color: The `color` field of the request body.
            default_ttl: The `defaultTtl` field of the request body.
            secure_mode: The `secureMode` field of the request body.
            default_track_events: The `defaultTrackEvents` field of the request body.
            confirm_changes: The `confirmChanges` field of the request body.
            require_comments: The `requireComments` field of the request body.
            tags: The `tags` field of the request body.
            source: An environment to copy settings from.
            critical: The `critical` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Environment

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/environments",
                json=EnvironmentPost(
                    name=name,
                    key=key,
                    color=color,
                    default_ttl=default_ttl,
                    secure_mode=secure_mode,
                    default_track_events=default_track_events,
                    confirm_changes=confirm_changes,
                    require_comments=require_comments,
                    tags=tags,
                    source=as_model(EnvironmentSource, source),
                    critical=critical,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_new_environment,
        )

    async def get_by_project_and_key(
        self,
        project_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Environment:
        """Get an environment.

        `GET /api/v2/projects/{projectKey}/environments/{environmentKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Environment

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_by_project_and_key,
        )

    async def remove_by_environment_key(
        self,
        project_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete an environment.

        `DELETE /api/v2/projects/{projectKey}/environments/{environmentKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_remove_by_environment_key,
        )

    async def update_environment_patch(
        self,
        project_key: str,
        environment_key: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> Environment:
        """Change an environment.

        The body is a plain JSON Patch array.

        `PATCH /api/v2/projects/{projectKey}/environments/{environmentKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Environment

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 404, 409, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_update_environment_patch,
        )

    async def reset_sdk_key(
        self,
        project_key: str,
        environment_key: str,
        *,
        expiry: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Environment:
        """Issue a new server-side SDK key.

        `POST /api/v2/projects/{projectKey}/environments/{environmentKey}/apiKey`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            expiry: Milliseconds since epoch when the old key stops working; omit to revoke it now.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Environment

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/apiKey",
                params=query_params(
                    {
                        "expiry": expiry,
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_reset_sdk_key,
        )

    async def reset_mobile_sdk_key(
        self,
        project_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Environment:
        """Issue a new mobile key.

        `POST /api/v2/projects/{projectKey}/environments/{environmentKey}/mobileKey`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Environment

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/mobileKey",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_reset_mobile_sdk_key,
        )


class AsyncEnvironmentsResourceWithRawResponse:
    """`environments` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncEnvironmentsResource) -> None:
        self.list_environments = to_async_raw_response(resource.list_environments)
        self.create_new_environment = to_async_raw_response(resource.create_new_environment)
        self.get_by_project_and_key = to_async_raw_response(resource.get_by_project_and_key)
        self.remove_by_environment_key = to_async_raw_response(resource.remove_by_environment_key)
        self.update_environment_patch = to_async_raw_response(resource.update_environment_patch)
        self.reset_sdk_key = to_async_raw_response(resource.reset_sdk_key)
        self.reset_mobile_sdk_key = to_async_raw_response(resource.reset_mobile_sdk_key)
