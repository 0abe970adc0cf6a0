"""Operations on `client.release_pipelines_beta`."""

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
from ..models.create_phase_input import CreatePhaseInput
from ..models.create_release_pipeline_input import CreateReleasePipelineInput
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.patch_operation import PatchOperation
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.release_pipeline import ReleasePipeline
from ..models.release_pipeline_collection import ReleasePipelineCollection
from ..models.status_conflict_error_rep import StatusConflictErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, Unset


def _parse_get_all_release_pipelines(response: httpx.Response) -> ReleasePipelineCollection:
    return ReleasePipelineCollection.from_dict(response.json())


def _parse_create_new_pipeline(response: httpx.Response) -> ReleasePipeline:
    return ReleasePipeline.from_dict(response.json())


def _parse_get_by_pipe_key(response: httpx.Response) -> ReleasePipeline:
    return ReleasePipeline.from_dict(response.json())


def _parse_delete_pipeline(response: httpx.Response) -> None:
    return None


def _parse_update_pipeline_patch(response: httpx.Response) -> ReleasePipeline:
    return ReleasePipeline.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    409: StatusConflictErrorRep.from_dict,
}


_ERRORS_3: dict[int, Callable[[Any], object]] = {
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
}


_ERRORS_4: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class ReleasePipelinesBetaResource:
    """Operations on `client.release_pipelines_beta`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> ReleasePipelinesBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ReleasePipelinesBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> ReleasePipelinesBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def get_all_release_pipelines(
        self,
        project_key: str,
        *,
        filter: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[ReleasePipeline]:
        """List release pipelines.

        `GET /api/v2/projects/{projectKey}/release-pipelines`

        Args:
            project_key: Key of the project.
            filter: Filter expression, such as `field:value`.
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ReleasePipeline`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `ReleasePipelineCollection`
            and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/release-pipelines",
                params=query_params(
                    {
                        "filter": filter,
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
            cast=_parse_get_all_release_pipelines,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    def create_new_pipeline(
        self,
        project_key: str,
        *,
        key: str,
        name: str,
        phases: Sequence[CreatePhaseInput | Mapping[str, Any]],
        description: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        is_project_default: bool | Unset = UNSET,
        is_legacy: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ReleasePipeline:
        """Add release pipeline.

        `POST /api/v2/projects/{projectKey}/release-pipelines`

        Args:
            project_key: The `projectKey` path parameter.
            key: The `key` field of the request body.
            name: The `name` field of the request body.
            phases: The `phases` field of the request body.
            description: The `description` field of the request body.
            tags: The `tags` field of the request body.
            is_project_default: The `isProjectDefault` field of the request body.
            is_legacy: The `isLegacy` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ReleasePipeline

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403, 404, 409.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/release-pipelines",
                json=CreateReleasePipelineInput(
                    key=key,
                    name=name,
                    phases=as_models(CreatePhaseInput, phases),
                    description=description,
                    tags=tags,
                    is_project_default=is_project_default,
                    is_legacy=is_legacy,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_new_pipeline,
        )

    def get_by_pipe_key(
        self,
        project_key: str,
        pipeline_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ReleasePipeline:
        """Get a release pipeline.

        `GET /api/v2/projects/{projectKey}/release-pipelines/{pipelineKey}`

        Args:
            project_key: Key of the project.
            pipeline_key: Release pipeline key.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ReleasePipeline

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/release-pipelines/{encode_path(pipeline_key)}",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_by_pipe_key,
        )

    def delete_pipeline(
        self,
        project_key: str,
        pipeline_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove release pipeline.

        `DELETE /api/v2/projects/{projectKey}/release-pipelines/{pipelineKey}`

        Args:
            project_key: The `projectKey` path parameter.
            pipeline_key: The `pipelineKey` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 403, 404.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/projects/{encode_path(project_key)}/release-pipelines/{encode_path(pipeline_key)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_delete_pipeline,
        )

    def update_pipeline_patch(
        self,
        project_key: str,
        pipeline_key: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ReleasePipeline:
        """Change a release pipeline with a JSON patch.

        Documented by the previous SDK; the published API description no longer lists it.

        `PATCH /api/v2/projects/{projectKey}/release-pipelines/{pipelineKey}`

        Args:
            project_key: Key of the project.
            pipeline_key: The pipeline key.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ReleasePipeline

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/projects/{encode_path(project_key)}/release-pipelines/{encode_path(pipeline_key)}",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_update_pipeline_patch,
        )

    async def aget_all_release_pipelines(
        self,
        project_key: str,
        *,
        filter: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[ReleasePipeline]:
        """Coroutine twin of `get_all_release_pipelines`: same arguments, same result, awaitable."""
        return await AsyncReleasePipelinesBetaResource(self._async_client()).get_all_release_pipelines(
            project_key,
            filter=filter,
            limit=limit,
            offset=offset,
            max_items=max_items,
            request_options=request_options,
        )

    async def acreate_new_pipeline(
        self,
        project_key: str,
        *,
        key: str,
        name: str,
        phases: Sequence[CreatePhaseInput | Mapping[str, Any]],
        description: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        is_project_default: bool | Unset = UNSET,
        is_legacy: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ReleasePipeline:
        """Coroutine twin of `create_new_pipeline`: same arguments, same result, awaitable."""
        return await AsyncReleasePipelinesBetaResource(self._async_client()).create_new_pipeline(
            project_key,
            key=key,
            name=name,
            phases=phases,
            description=description,
            tags=tags,
            is_project_default=is_project_default,
            is_legacy=is_legacy,
            request_options=request_options,
        )

    async def aget_by_pipe_key(
        self,
        project_key: str,
        pipeline_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ReleasePipeline:
        """Coroutine twin of `get_by_pipe_key`: same arguments, same result, awaitable."""
        return await AsyncReleasePipelinesBetaResource(self._async_client()).get_by_pipe_key(
            project_key,
            pipeline_key,
            request_options=request_options,
        )

    async def adelete_pipeline(
        self,
        project_key: str,
        pipeline_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `delete_pipeline`: same arguments, same result, awaitable."""
        return await AsyncReleasePipelinesBetaResource(self._async_client()).delete_pipeline(
            project_key,
            pipeline_key,
            request_options=request_options,
        )

    async def aupdate_pipeline_patch(
        self,
        project_key: str,
        pipeline_key: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ReleasePipeline:
        """Coroutine twin of `update_pipeline_patch`: same arguments, same result, awaitable."""
        return await AsyncReleasePipelinesBetaResource(self._async_client()).update_pipeline_patch(
            project_key,
            pipeline_key,
            body=body,
            request_options=request_options,
        )


class ReleasePipelinesBetaResourceWithRawResponse:
    """`release_pipelines_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ReleasePipelinesBetaResource) -> None:
        self.get_all_release_pipelines = to_raw_response(resource.get_all_release_pipelines)
        self.create_new_pipeline = to_raw_response(resource.create_new_pipeline)
        self.get_by_pipe_key = to_raw_response(resource.get_by_pipe_key)
        self.delete_pipeline = to_raw_response(resource.delete_pipeline)
        self.update_pipeline_patch = to_raw_response(resource.update_pipeline_patch)


class AsyncReleasePipelinesBetaResource:
    """Operations on `client.release_pipelines_beta`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncReleasePipelinesBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncReleasePipelinesBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncReleasePipelinesBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def get_all_release_pipelines(
        self,
        project_key: str,
        *,
        filter: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[ReleasePipeline]:
        """List release pipelines.

        `GET /api/v2/projects/{projectKey}/release-pipelines`

        Args:
            project_key: Key of the project.
            filter: Filter expression, such as `field:value`.
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ReleasePipeline`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `ReleasePipelineCollection`
            and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/release-pipelines",
                params=query_params(
                    {
                        "filter": filter,
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
            cast=_parse_get_all_release_pipelines,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    async def create_new_pipeline(
        self,
        project_key: str,
        *,
        key: str,
        name: str,
        phases: Sequence[CreatePhaseInput | Mapping[str, Any]],
        description: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        is_project_default: bool | Unset = UNSET,
        is_legacy: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ReleasePipeline:
        """Add release pipeline.

        `POST /api/v2/projects/{projectKey}/release-pipelines`

        Args:
            project_key: The `projectKey` path parameter.
            key: The `key` field of the request body.
            name: The `name` field of the request body.
            phases: The `phases` field of the request body.
            description: The `description` field of the request body.
            tags: The `tags` field of the request body.
            is_project_default: The `isProjectDefault` field of the request body.
            is_legacy: The `isLegacy` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ReleasePipeline

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403, 404, 409.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/release-pipelines",
                json=CreateReleasePipelineInput(
                    key=key,
                    name=name,
                    phases=as_models(CreatePhaseInput, phases),
                    description=description,
                    tags=tags,
                    is_project_default=is_project_default,
                    is_legacy=is_legacy,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_new_pipeline,
        )

    async def get_by_pipe_key(
        self,
        project_key: str,
        pipeline_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ReleasePipeline:
        """Get a release pipeline.

        `GET /api/v2/projects/{projectKey}/release-pipelines/{pipelineKey}`

        Args:
            project_key: Key of the project.
            pipeline_key: Release pipeline key.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ReleasePipeline

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/release-pipelines/{encode_path(pipeline_key)}",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_by_pipe_key,
        )

    async def delete_pipeline(
        self,
        project_key: str,
        pipeline_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove release pipeline.

        `DELETE /api/v2/projects/{projectKey}/release-pipelines/{pipelineKey}`

        Args:
            project_key: The `projectKey` path parameter.
            pipeline_key: The `pipelineKey` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 403, 404.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/projects/{encode_path(project_key)}/release-pipelines/{encode_path(pipeline_key)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_delete_pipeline,
        )

    async def update_pipeline_patch(
        self,
        project_key: str,
        pipeline_key: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ReleasePipeline:
        """Change a release pipeline with a JSON patch.

        Documented by the previous SDK; the published API description no longer lists it.

        `PATCH /api/v2/projects/{projectKey}/release-pipelines/{pipelineKey}`

        Args:
            project_key: Key of the project.
            pipeline_key: The pipeline key.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ReleasePipeline

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/projects/{encode_path(project_key)}/release-pipelines/{encode_path(pipeline_key)}",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_update_pipeline_patch,
        )


class AsyncReleasePipelinesBetaResourceWithRawResponse:
    """`release_pipelines_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncReleasePipelinesBetaResource) -> None:
        self.get_all_release_pipelines = to_async_raw_response(resource.get_all_release_pipelines)
        self.create_new_pipeline = to_async_raw_response(resource.create_new_pipeline)
        self.get_by_pipe_key = to_async_raw_response(resource.get_by_pipe_key)
        self.delete_pipeline = to_async_raw_response(resource.delete_pipeline)
        self.update_pipeline_patch = to_async_raw_response(resource.update_pipeline_patch)
