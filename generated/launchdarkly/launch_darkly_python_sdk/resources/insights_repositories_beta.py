"""Operations on `client.insights_repositories_beta`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, header_values, query_params
from .._core._request import ApiRequest
from .._core._types import as_models
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.insights_item_collection import InsightsItemCollection
from ..models.insights_repository_project import InsightsRepositoryProject
from ..models.insights_repository_project_collection import InsightsRepositoryProjectCollection
from ..models.insights_repository_project_mappings import InsightsRepositoryProjectMappings
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, Unset


def _parse_list_repositories(response: httpx.Response) -> InsightsItemCollection:
    return InsightsItemCollection.from_dict(response.json())


def _parse_associate_repositories_and_projects(response: httpx.Response) -> InsightsRepositoryProjectCollection:
    return InsightsRepositoryProjectCollection.from_dict(response.json())


def _parse_remove_repository_project_association(response: httpx.Response) -> None:
    return None


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class InsightsRepositoriesBetaResource:
    """Operations on `client.insights_repositories_beta`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> InsightsRepositoriesBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return InsightsRepositoriesBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> InsightsRepositoriesBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_repositories(
        self,
        *,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InsightsItemCollection:
        """List insights repositories.

        `GET /api/v2/engineering-insights/repositories`

        Args:
            expand: Comma-separated list of optional fields to include.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            InsightsItemCollection

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/engineering-insights/repositories",
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
            cast=_parse_list_repositories,
        )

    def associate_repositories_and_projects(
        self,
        *,
        mappings: Sequence[InsightsRepositoryProject | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> InsightsRepositoryProjectCollection:
        """Associate repositories and projects.

        `PUT /api/v2/engineering-insights/repositories/projects`

        Args:
            mappings: The `mappings` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            InsightsRepositoryProjectCollection

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                "/api/v2/engineering-insights/repositories/projects",
                json=InsightsRepositoryProjectMappings(
                    mappings=as_models(InsightsRepositoryProject, mappings)
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_associate_repositories_and_projects,
        )

    def remove_repository_project_association(
        self,
        repository_key: str,
        project_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove repository project.

        `DELETE /api/v2/engineering-insights/repositories/{repositoryKey}/projects/{projectKey}`

        Args:
            repository_key: The `repositoryKey` path parameter.
            project_key: The `projectKey` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/engineering-insights/repositories/{encode_path(repository_key)}/projects/{encode_path(project_key)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_remove_repository_project_association,
        )

    async def alist_repositories(
        self,
        *,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InsightsItemCollection:
        """Coroutine twin of `list_repositories`: same arguments, same result, awaitable."""
        return await AsyncInsightsRepositoriesBetaResource(self._async_client()).list_repositories(
            expand=expand,
            request_options=request_options,
        )

    async def aassociate_repositories_and_projects(
        self,
        *,
        mappings: Sequence[InsightsRepositoryProject | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> InsightsRepositoryProjectCollection:
        """Coroutine twin of `associate_repositories_and_projects`: same arguments, same result, awaitable."""
        return await AsyncInsightsRepositoriesBetaResource(self._async_client()).associate_repositories_and_projects(
            mappings=mappings,
            request_options=request_options,
        )

    async def aremove_repository_project_association(
        self,
        repository_key: str,
        project_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `remove_repository_project_association`: same arguments, same result, awaitable."""
        return await AsyncInsightsRepositoriesBetaResource(self._async_client()).remove_repository_project_association(
            repository_key,
            project_key,
            request_options=request_options,
        )


class InsightsRepositoriesBetaResourceWithRawResponse:
    """`insights_repositories_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: InsightsRepositoriesBetaResource) -> None:
        self.list_repositories = to_raw_response(resource.list_repositories)
        self.associate_repositories_and_projects = to_raw_response(resource.associate_repositories_and_projects)
        self.remove_repository_project_association = to_raw_response(resource.remove_repository_project_association)


class AsyncInsightsRepositoriesBetaResource:
    """Operations on `client.insights_repositories_beta`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncInsightsRepositoriesBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncInsightsRepositoriesBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncInsightsRepositoriesBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    async def list_repositories(
        self,
        *,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InsightsItemCollection:
        """List insights repositories.

        `GET /api/v2/engineering-insights/repositories`

        Args:
            expand: Comma-separated list of optional fields to include.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            InsightsItemCollection

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/engineering-insights/repositories",
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
            cast=_parse_list_repositories,
        )

    async def associate_repositories_and_projects(
        self,
        *,
        mappings: Sequence[InsightsRepositoryProject | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> InsightsRepositoryProjectCollection:
        """Associate repositories and projects.

        `PUT /api/v2/engineering-insights/repositories/projects`

        Args:
            mappings: The `mappings` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            InsightsRepositoryProjectCollection

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                "/api/v2/engineering-insights/repositories/projects",
                json=InsightsRepositoryProjectMappings(
                    mappings=as_models(InsightsRepositoryProject, mappings)
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_associate_repositories_and_projects,
        )

    async def remove_repository_project_association(
        self,
        repository_key: str,
        project_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove repository project.

        `DELETE /api/v2/engineering-insights/repositories/{repositoryKey}/projects/{projectKey}`

        Args:
            repository_key: The `repositoryKey` path parameter.
            project_key: The `projectKey` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/engineering-insights/repositories/{encode_path(repository_key)}/projects/{encode_path(project_key)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_remove_repository_project_association,
        )


class AsyncInsightsRepositoriesBetaResourceWithRawResponse:
    """`insights_repositories_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncInsightsRepositoriesBetaResource) -> None:
        self.list_repositories = to_async_raw_response(resource.list_repositories)
        self.associate_repositories_and_projects = to_async_raw_response(resource.associate_repositories_and_projects)
        self.remove_repository_project_association = to_async_raw_response(
            resource.remove_repository_project_association
        )
