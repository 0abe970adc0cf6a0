"""Operations on `client.experiments_beta`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, header_values, query_params
from .._core._request import ApiRequest
from .._core._types import as_model
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    OffsetStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.experiment import Experiment
from ..models.experiment_collection_rep import ExperimentCollectionRep
from ..models.experiment_post import ExperimentPost
from ..models.experiment_post_iteration import ExperimentPostIteration
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, Unset


def _parse_list_experiments_in_environment(response: httpx.Response) -> ExperimentCollectionRep:
    return ExperimentCollectionRep.from_dict(response.json())


def _parse_create_new(response: httpx.Response) -> Experiment:
    return Experiment.from_dict(response.json())


def _parse_get_details(response: httpx.Response) -> Experiment:
    return Experiment.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class ExperimentsBetaResource:
    """Operations on `client.experiments_beta`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> ExperimentsBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ExperimentsBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> ExperimentsBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_experiments_in_environment(
        self,
        project_key: str,
        environment_key: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filter: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        lifecycle_state: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[Experiment]:
        """List experiments.

        `GET /api/v2/projects/{projectKey}/environments/{environmentKey}/experiments`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            filter: Filter expression, such as `field:value`.
            expand: Comma-separated list of optional fields to include.
            lifecycle_state: Only experiments in these lifecycle states.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Experiment`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `ExperimentCollectionRep` and
            the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/experiments",
                params=query_params(
                    {
                        "limit": limit,
                        "offset": offset,
                        "filter": filter,
                        "expand": expand,
                        "lifecycleState": lifecycle_state,
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
            cast=_parse_list_experiments_in_environment,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="total_count"),
            items=("items",),
            max_items=max_items,
        )

    def create_new(
        self,
        project_key: str,
        environment_key: str,
        *,
        name: str,
        key: str,
        iteration: ExperimentPostIteration | Mapping[str, Any],
        description: str | Unset = UNSET,
        maintainer_id: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Experiment:
        """Create an experiment.

        `POST /api/v2/projects/{projectKey}/environments/{environmentKey}/experiments`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            name: The `name` field of the request body.
            key: The `key` field of the request body.
            iteration: Hypothesis, metrics, treatments and flags of the first iteration.
            description: The `description` field of the request body.
            maintainer_id: The `maintainerId` field of the request body.
            tags: The `tags` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Experiment

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/experiments",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                json=ExperimentPost(
                    name=name,
                    key=key,
                    iteration=as_model(ExperimentPostIteration, iteration),
                    description=description,
                    maintainer_id=maintainer_id,
                    tags=tags,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create_new,
        )

    def get_details(
        self,
        project_key: str,
        environment_key: str,
        experiment_key: str,
        *,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Experiment:
        """Get an experiment.

        `GET /api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            experiment_key: Key of the experiment.
            expand: Comma-separated list of optional fields to include.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Experiment

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/experiments/{encode_path(experiment_key)}",
                params=query_params(
                    {
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
            cast=_parse_get_details,
        )

    async def alist_experiments_in_environment(
        self,
        project_key: str,
        environment_key: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filter: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        lifecycle_state: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Experiment]:
        """Coroutine twin of `list_experiments_in_environment`: same arguments, same result, awaitable."""
        return await AsyncExperimentsBetaResource(self._async_client()).list_experiments_in_environment(
            project_key,
            environment_key,
            limit=limit,
            offset=offset,
            filter=filter,
            expand=expand,
            lifecycle_state=lifecycle_state,
            max_items=max_items,
            request_options=request_options,
        )

    async def acreate_new(
        self,
        project_key: str,
        environment_key: str,
        *,
        name: str,
        key: str,
        iteration: ExperimentPostIteration | Mapping[str, Any],
        description: str | Unset = UNSET,
        maintainer_id: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Experiment:
        """Coroutine twin of `create_new`: same arguments, same result, awaitable."""
        return await AsyncExperimentsBetaResource(self._async_client()).create_new(
            project_key,
            environment_key,
            name=name,
            key=key,
            iteration=iteration,
            description=description,
            maintainer_id=maintainer_id,
            tags=tags,
            request_options=request_options,
        )

    async def aget_details(
        self,
        project_key: str,
        environment_key: str,
        experiment_key: str,
        *,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Experiment:
        """Coroutine twin of `get_details`: same arguments, same result, awaitable."""
        return await AsyncExperimentsBetaResource(self._async_client()).get_details(
            project_key,
            environment_key,
            experiment_key,
            expand=expand,
            request_options=request_options,
        )


class ExperimentsBetaResourceWithRawResponse:
    """`experiments_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ExperimentsBetaResource) -> None:
        self.list_experiments_in_environment = to_raw_response(resource.list_experiments_in_environment)
        self.create_new = to_raw_response(resource.create_new)
        self.get_details = to_raw_response(resource.get_details)


class AsyncExperimentsBetaResource:
    """Operations on `client.experiments_beta`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncExperimentsBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncExperimentsBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncExperimentsBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_experiments_in_environment(
        self,
        project_key: str,
        environment_key: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filter: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        lifecycle_state: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Experiment]:
        """List experiments.

        `GET /api/v2/projects/{projectKey}/environments/{environmentKey}/experiments`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            filter: Filter expression, such as `field:value`.
            expand: Comma-separated list of optional fields to include.
            lifecycle_state: Only experiments in these lifecycle states.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Experiment`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `ExperimentCollectionRep` and
            the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/experiments",
                params=query_params(
                    {
                        "limit": limit,
                        "offset": offset,
                        "filter": filter,
                        "expand": expand,
                        "lifecycleState": lifecycle_state,
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
            cast=_parse_list_experiments_in_environment,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="total_count"),
            items=("items",),
            max_items=max_items,
        )

    async def create_new(
        self,
        project_key: str,
        environment_key: str,
        *,
        name: str,
        key: str,
        iteration: ExperimentPostIteration | Mapping[str, Any],
        description: str | Unset = UNSET,
        maintainer_id: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Experiment:
        """Create an experiment.

        `POST /api/v2/projects/{projectKey}/environments/{environmentKey}/experiments`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            name: The `name` field of the request body.
            key: The `key` field of the request body.
            iteration: Hypothesis, metrics, treatments and flags of the first iteration.
            description: The `description` field of the request body.
            maintainer_id: The `maintainerId` field of the request body.
            tags: The `tags` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Experiment

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/experiments",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                json=ExperimentPost(
                    name=name,
                    key=key,
                    iteration=as_model(ExperimentPostIteration, iteration),
                    description=description,
                    maintainer_id=maintainer_id,
                    tags=tags,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create_new,
        )

    async def get_details(
        self,
        project_key: str,
        environment_key: str,
        experiment_key: str,
        *,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Experiment:
        """Get an experiment.

        `GET /api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            experiment_key: Key of the experiment.
            expand: Comma-separated list of optional fields to include.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Experiment

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/experiments/{encode_path(experiment_key)}",
                params=query_params(
                    {
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
            cast=_parse_get_details,
        )


class AsyncExperimentsBetaResourceWithRawResponse:
    """`experiments_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncExperimentsBetaResource) -> None:
        self.list_experiments_in_environment = to_async_raw_response(resource.list_experiments_in_environment)
        self.create_new = to_async_raw_response(resource.create_new)
        self.get_details = to_async_raw_response(resource.get_details)
