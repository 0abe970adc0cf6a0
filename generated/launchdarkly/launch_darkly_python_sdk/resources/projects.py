"""Operations on `client.projects`."""

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
from ..models.boolean_flag_defaults import BooleanFlagDefaults
from ..models.default_client_side_availability import DefaultClientSideAvailability
from ..models.environment_post import EnvironmentPost
from ..models.flag_defaults import FlagDefaults
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.patch_operation import PatchOperation
from ..models.project import Project
from ..models.project_post import ProjectPost
from ..models.project_post_default_client_side_availability import ProjectPostDefaultClientSideAvailability
from ..models.project_post_naming_convention import ProjectPostNamingConvention
from ..models.project_rep import ProjectRep
from ..models.projects import Projects
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.status_conflict_error_rep import StatusConflictErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..models.upsert_flag_defaults_payload import UpsertFlagDefaultsPayload
from ..models.upsert_payload_rep import UpsertPayloadRep
from ..types import UNSET, Unset


def _parse_list_projects_default(response: httpx.Response) -> Projects:
    return Projects.from_dict(response.json())


def _parse_create_new_project(response: httpx.Response) -> ProjectRep:
    return ProjectRep.from_dict(response.json())


def _parse_single_by_project_key(response: httpx.Response) -> Project:
    return Project.from_dict(response.json())


def _parse_delete_by_project_key(response: httpx.Response) -> None:
    return None


def _parse_update_project_patch(response: httpx.Response) -> ProjectRep:
    return ProjectRep.from_dict(response.json())


def _parse_get_flag_defaults(response: httpx.Response) -> FlagDefaults:
    return FlagDefaults.from_dict(response.json())


def _parse_update_flag_defaults_for_project(response: httpx.Response) -> UpsertPayloadRep:
    return UpsertPayloadRep.from_dict(response.json())


def _parse_update_flag_default(response: httpx.Response) -> UpsertPayloadRep:
    return UpsertPayloadRep.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    409: StatusConflictErrorRep.from_dict,
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
    409: StatusConflictErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_5: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class ProjectsResource:
    """Operations on `client.projects`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> ProjectsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ProjectsResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> ProjectsResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_projects_default(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filter: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[Project]:
        """Projects in the account.

        `GET /api/v2/projects`

        Args:
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            filter: Filter expression, such as `field:value`.
            sort: Field to sort by; prefix `-` for descending order.
            expand: Comma-separated list of optional fields to include.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Project`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `Projects` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/api/v2/projects",
                params=query_params(
                    {
                        "limit": limit,
                        "offset": offset,
                        "filter": filter,
                        "sort": sort,
                        "expand": expand,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_projects_default,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    def create_new_project(
        self,
        *,
        name: str,
        key: str,
        include_in_snippet_by_default: bool | Unset = UNSET,
        default_client_side_availability: ProjectPostDefaultClientSideAvailability | Mapping[str, Any] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        environments: Sequence[EnvironmentPost | Mapping[str, Any]] | Unset = UNSET,
        naming_convention: ProjectPostNamingConvention | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ProjectRep:
        """Create a project.

        `POST /api/v2/projects`

        Args:
            name: The `name` field of the request body.
            key: The `key` field of the request body.
            include_in_snippet_by_default: The `includeInSnippetByDefault` field of the request body.
            default_client_side_availability: The `defaultClientSideAvailability` field of the request body.
            tags: The `tags` field of the request body.
            environments: The `environments` field of the request body.
            naming_convention: The `namingConvention` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ProjectRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 409, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/api/v2/projects",
                json=ProjectPost(
                    name=name,
                    key=key,
                    include_in_snippet_by_default=include_in_snippet_by_default,
                    default_client_side_availability=as_model(
                        ProjectPostDefaultClientSideAvailability, default_client_side_availability
                    ),
                    tags=tags,
                    environments=as_models(EnvironmentPost, environments),
                    naming_convention=as_model(ProjectPostNamingConvention, naming_convention),
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_new_project,
        )

    def single_by_project_key(
        self,
        project_key: str,
        *,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Project:
        """Get a project.

        `GET /api/v2/projects/{projectKey}`

        Args:
            project_key: Key of the project.
            expand: Comma-separated list of optional fields to include.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Project

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}",
                params=query_params(
                    {
                        "expand": expand,
                    }
                ),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_single_by_project_key,
        )

    def delete_by_project_key(
        self,
        project_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a project.

        `DELETE /api/v2/projects/{projectKey}`

        Args:
            project_key: Key of the project.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/projects/{encode_path(project_key)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_delete_by_project_key,
        )

    def update_project_patch(
        self,
        project_key: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> ProjectRep:
        """Change a project.

        `PATCH /api/v2/projects/{projectKey}`

        Args:
            project_key: Key of the project.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ProjectRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/projects/{encode_path(project_key)}",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_update_project_patch,
        )

    def get_flag_defaults(
        self,
        project_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> FlagDefaults:
        """Flag defaults of a project.

        `GET /api/v2/projects/{projectKey}/flag-defaults`

        Args:
            project_key: Key of the project.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FlagDefaults

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/flag-defaults",
                error_types=_ERRORS_5,
                options=request_options,
            ),
            cast=_parse_get_flag_defaults,
        )

    def update_flag_defaults_for_project(
        self,
        project_key: str,
        *,
        tags: list[str],
        temporary: bool,
        boolean_defaults: BooleanFlagDefaults | Mapping[str, Any],
        default_client_side_availability: DefaultClientSideAvailability | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> UpsertPayloadRep:
        """Set flag defaults by project.

        `PUT /api/v2/projects/{projectKey}/flag-defaults`

        Args:
            project_key: The `projectKey` path parameter.
            tags: The `tags` field of the request body.
            temporary: The `temporary` field of the request body.
            boolean_defaults: The `booleanDefaults` field of the request body.
            default_client_side_availability: The `defaultClientSideAvailability` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UpsertPayloadRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/api/v2/projects/{encode_path(project_key)}/flag-defaults",
                json=UpsertFlagDefaultsPayload(
                    tags=tags,
                    temporary=temporary,
                    boolean_defaults=as_model(BooleanFlagDefaults, boolean_defaults),
                    default_client_side_availability=as_model(
                        DefaultClientSideAvailability, default_client_side_availability
                    ),
                ).to_dict(),
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_update_flag_defaults_for_project,
        )

    def update_flag_default(
        self,
        project_key: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> UpsertPayloadRep:
        """Change flag defaults by project.

        `PATCH /api/v2/projects/{projectKey}/flag-defaults`

        Args:
            project_key: The `projectKey` path parameter.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UpsertPayloadRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/projects/{encode_path(project_key)}/flag-defaults",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_update_flag_default,
        )

    async def alist_projects_default(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filter: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Project]:
        """Coroutine twin of `list_projects_default`: same arguments, same result, awaitable."""
        return await AsyncProjectsResource(self._async_client()).list_projects_default(
            limit=limit,
            offset=offset,
            filter=filter,
            sort=sort,
            expand=expand,
            max_items=max_items,
            request_options=request_options,
        )

    async def acreate_new_project(
        self,
        *,
        name: str,
        key: str,
        include_in_snippet_by_default: bool | Unset = UNSET,
        default_client_side_availability: ProjectPostDefaultClientSideAvailability | Mapping[str, Any] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        environments: Sequence[EnvironmentPost | Mapping[str, Any]] | Unset = UNSET,
        naming_convention: ProjectPostNamingConvention | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ProjectRep:
        """Coroutine twin of `create_new_project`: same arguments, same result, awaitable."""
        return await AsyncProjectsResource(self._async_client()).create_new_project(
            name=name,
            key=key,
            include_in_snippet_by_default=include_in_snippet_by_default,
            default_client_side_availability=default_client_side_availability,
            tags=tags,
            environments=environments,
            naming_convention=naming_convention,
            request_options=request_options,
        )

    async def asingle_by_project_key(
        self,
        project_key: str,
        *,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Project:
        """Coroutine twin of `single_by_project_key`: same arguments, same result, awaitable."""
        return await AsyncProjectsResource(self._async_client()).single_by_project_key(
            project_key,
            expand=expand,
            request_options=request_options,
        )

    async def adelete_by_project_key(
        self,
        project_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `delete_by_project_key`: same arguments, same result, awaitable."""
        return await AsyncProjectsResource(self._async_client()).delete_by_project_key(
            project_key,
            request_options=request_options,
        )

    async def aupdate_project_patch(
        self,
        project_key: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> ProjectRep:
        """Coroutine twin of `update_project_patch`: same arguments, same result, awaitable."""
        return await AsyncProjectsResource(self._async_client()).update_project_patch(
            project_key,
            body=body,
            request_options=request_options,
        )

    async def aget_flag_defaults(
        self,
        project_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> FlagDefaults:
        """Coroutine twin of `get_flag_defaults`: same arguments, same result, awaitable."""
        return await AsyncProjectsResource(self._async_client()).get_flag_defaults(
            project_key,
            request_options=request_options,
        )

    async def aupdate_flag_defaults_for_project(
        self,
        project_key: str,
        *,
        tags: list[str],
        temporary: bool,
        boolean_defaults: BooleanFlagDefaults | Mapping[str, Any],
        default_client_side_availability: DefaultClientSideAvailability | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> UpsertPayloadRep:
        """Coroutine twin of `update_flag_defaults_for_project`: same arguments, same result, awaitable."""
        return await AsyncProjectsResource(self._async_client()).update_flag_defaults_for_project(
            project_key,
            tags=tags,
            temporary=temporary,
            boolean_defaults=boolean_defaults,
            default_client_side_availability=default_client_side_availability,
            request_options=request_options,
        )

    async def aupdate_flag_default(
        self,
        project_key: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> UpsertPayloadRep:
        """Coroutine twin of `update_flag_default`: same arguments, same result, awaitable."""
        return await AsyncProjectsResource(self._async_client()).update_flag_default(
            project_key,
            body=body,
            request_options=request_options,
        )


class ProjectsResourceWithRawResponse:
    """`projects` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ProjectsResource) -> None:
        self.list_projects_default = to_raw_response(resource.list_projects_default)
        self.create_new_project = to_raw_response(resource.create_new_project)
        self.single_by_project_key = to_raw_response(resource.single_by_project_key)
        self.delete_by_project_key = to_raw_response(resource.delete_by_project_key)
        self.update_project_patch = to_raw_response(resource.update_project_patch)
        self.get_flag_defaults = to_raw_response(resource.get_flag_defaults)
        self.update_flag_defaults_for_project = to_raw_response(resource.update_flag_defaults_for_project)
        self.update_flag_default = to_raw_response(resource.update_flag_default)


class AsyncProjectsResource:
    """Operations on `client.projects`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncProjectsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncProjectsResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncProjectsResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_projects_default(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filter: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Project]:
        """Projects in the account.

        `GET /api/v2/projects`

        Args:
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            filter: Filter expression, such as `field:value`.
            sort: Field to sort by; prefix `-` for descending order.
            expand: Comma-separated list of optional fields to include.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Project`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `Projects` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/api/v2/projects",
                params=query_params(
                    {
                        "limit": limit,
                        "offset": offset,
                        "filter": filter,
                        "sort": sort,
                        "expand": expand,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_projects_default,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    async def create_new_project(
        self,
        *,
        name: str,
        key: str,
        include_in_snippet_by_default: bool | Unset = UNSET,
        default_client_side_availability: ProjectPostDefaultClientSideAvailability | Mapping[str, Any] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        environments: Sequence[EnvironmentPost | Mapping[str, Any]] | Unset = UNSET,
        naming_convention: ProjectPostNamingConvention | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ProjectRep:
        """Create a project.

        `POST /api/v2/projects`

        Args:
            name: The `name` field of the request body.
            key: The `key` field of the request body.
            include_in_snippet_by_default: The `includeInSnippetByDefault` field of the request body.
            default_client_side_availability: The `defaultClientSideAvailability` field of the request body.
            tags: The `tags` field of the request body.
            environments: The `environments` field of the request body.
            naming_convention: The `namingConvention` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ProjectRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 409, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/api/v2/projects",
                json=ProjectPost(
                    name=name,
                    key=key,
                    include_in_snippet_by_default=include_in_snippet_by_default,
                    default_client_side_availability=as_model(
                        ProjectPostDefaultClientSideAvailability, default_client_side_availability
                    ),
                    tags=tags,
                    environments=as_models(EnvironmentPost, environments),
                    naming_convention=as_model(ProjectPostNamingConvention, naming_convention),
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_new_project,
        )

    async def single_by_project_key(
        self,
        project_key: str,
        *,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Project:
        """Get a project.

        `GET /api/v2/projects/{projectKey}`

        Args:
            project_key: Key of the project.
            expand: Comma-separated list of optional fields to include.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Project

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}",
                params=query_params(
                    {
                        "expand": expand,
                    }
                ),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_single_by_project_key,
        )

    async def delete_by_project_key(
        self,
        project_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a project.

        `DELETE /api/v2/projects/{projectKey}`

        Args:
            project_key: Key of the project.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/projects/{encode_path(project_key)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_delete_by_project_key,
        )

    async def update_project_patch(
        self,
        project_key: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> ProjectRep:
        """Change a project.

        `PATCH /api/v2/projects/{projectKey}`

        Args:
            project_key: Key of the project.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ProjectRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/projects/{encode_path(project_key)}",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_update_project_patch,
        )

    async def get_flag_defaults(
        self,
        project_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> FlagDefaults:
        """Flag defaults of a project.

        `GET /api/v2/projects/{projectKey}/flag-defaults`

        Args:
            project_key: Key of the project.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FlagDefaults

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/flag-defaults",
                error_types=_ERRORS_5,
                options=request_options,
            ),
            cast=_parse_get_flag_defaults,
        )

    async def update_flag_defaults_for_project(
        self,
        project_key: str,
        *,
        tags: list[str],
        temporary: bool,
        boolean_defaults: BooleanFlagDefaults | Mapping[str, Any],
        default_client_side_availability: DefaultClientSideAvailability | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> UpsertPayloadRep:
        """Set flag defaults by project.

        `PUT /api/v2/projects/{projectKey}/flag-defaults`

        Args:
            project_key: The `projectKey` path parameter.
            tags: The `tags` field of the request body.
            temporary: The `temporary` field of the request body.
            boolean_defaults: The `booleanDefaults` field of the request body.
            default_client_side_availability: The `defaultClientSideAvailability` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UpsertPayloadRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/api/v2/projects/{encode_path(project_key)}/flag-defaults",
                json=UpsertFlagDefaultsPayload(
                    tags=tags,
                    temporary=temporary,
                    boolean_defaults=as_model(BooleanFlagDefaults, boolean_defaults),
                    default_client_side_availability=as_model(
                        DefaultClientSideAvailability, default_client_side_availability
                    ),
                ).to_dict(),
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_update_flag_defaults_for_project,
        )

    async def update_flag_default(
        self,
        project_key: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> UpsertPayloadRep:
        """Change flag defaults by project.

        `PATCH /api/v2/projects/{projectKey}/flag-defaults`

        Args:
            project_key: The `projectKey` path parameter.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UpsertPayloadRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/projects/{encode_path(project_key)}/flag-defaults",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_update_flag_default,
        )


class AsyncProjectsResourceWithRawResponse:
    """`projects` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncProjectsResource) -> None:
        self.list_projects_default = to_async_raw_response(resource.list_projects_default)
        self.create_new_project = to_async_raw_response(resource.create_new_project)
        self.single_by_project_key = to_async_raw_response(resource.single_by_project_key)
        self.delete_by_project_key = to_async_raw_response(resource.delete_by_project_key)
        self.update_project_patch = to_async_raw_response(resource.update_project_patch)
        self.get_flag_defaults = to_async_raw_response(resource.get_flag_defaults)
        self.update_flag_defaults_for_project = to_async_raw_response(resource.update_flag_defaults_for_project)
        self.update_flag_default = to_async_raw_response(resource.update_flag_default)
