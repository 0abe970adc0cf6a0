"""Operations on `client.flag_links_beta`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, header_values, jsonable
from .._core._request import ApiRequest
from .._core._types import as_model, as_models
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.flag_link_collection_rep import FlagLinkCollectionRep
from ..models.flag_link_post import FlagLinkPost
from ..models.flag_link_post_metadata import FlagLinkPostMetadata
from ..models.flag_link_rep import FlagLinkRep
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.patch_operation import PatchOperation
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.status_conflict_error_rep import StatusConflictErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, Unset


def _parse_list_links(response: httpx.Response) -> FlagLinkCollectionRep:
    return FlagLinkCollectionRep.from_dict(response.json())


def _parse_create_flag_link(response: httpx.Response) -> FlagLinkRep:
    return FlagLinkRep.from_dict(response.json())


def _parse_delete_flag_link(response: httpx.Response) -> None:
    return None


def _parse_update_flag_link(response: httpx.Response) -> FlagLinkRep:
    return FlagLinkRep.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
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
    404: NotFoundErrorRep.from_dict,
    409: StatusConflictErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class FlagLinksBetaResource:
    """Operations on `client.flag_links_beta`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> FlagLinksBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return FlagLinksBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> FlagLinksBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_links(
        self,
        project_key: str,
        feature_flag_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> FlagLinkCollectionRep:
        """List links on a flag.

        `GET /api/v2/flag-links/projects/{projectKey}/flags/{featureFlagKey}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FlagLinkCollectionRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/flag-links/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_links,
        )

    def create_flag_link(
        self,
        project_key: str,
        feature_flag_key: str,
        *,
        key: str | Unset = UNSET,
        integration_key: str | Unset = UNSET,
        timestamp: int | Unset = UNSET,
        deep_link: str | Unset = UNSET,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
        metadata: FlagLinkPostMetadata | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FlagLinkRep:
        """Add a link to a flag.

        `POST /api/v2/flag-links/projects/{projectKey}/flags/{featureFlagKey}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            key: The `key` field of the request body.
            integration_key: The `integrationKey` field of the request body.
            timestamp: Milliseconds since the Unix epoch.
            deep_link: The `deepLink` field of the request body.
            title: The `title` field of the request body.
            description: The `description` field of the request body.
            metadata: The `metadata` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FlagLinkRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/flag-links/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                json=FlagLinkPost(
                    key=key,
                    integration_key=integration_key,
                    timestamp=timestamp,
                    deep_link=deep_link,
                    title=title,
                    description=description,
                    metadata=as_model(FlagLinkPostMetadata, metadata),
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_flag_link,
        )

    def delete_flag_link(
        self,
        project_key: str,
        feature_flag_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove a link from a flag.

        `DELETE /api/v2/flag-links/projects/{projectKey}/flags/{featureFlagKey}/{id}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
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
                f"/api/v2/flag-links/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/{encode_path(id)}",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete_flag_link,
        )

    def update_flag_link(
        self,
        project_key: str,
        feature_flag_key: str,
        id: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> FlagLinkRep:
        """Change flag link.

        `PATCH /api/v2/flag-links/projects/{projectKey}/flags/{featureFlagKey}/{id}`

        Args:
            project_key: The `projectKey` path parameter.
            feature_flag_key: The `featureFlagKey` path parameter.
            id: The `id` path parameter.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FlagLinkRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/flag-links/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/{encode_path(id)}",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_update_flag_link,
        )

    async def alist_links(
        self,
        project_key: str,
        feature_flag_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> FlagLinkCollectionRep:
        """Coroutine twin of `list_links`: same arguments, same result, awaitable."""
        return await AsyncFlagLinksBetaResource(self._async_client()).list_links(
            project_key,
            feature_flag_key,
            request_options=request_options,
        )

    async def acreate_flag_link(
        self,
        project_key: str,
        feature_flag_key: str,
        *,
        key: str | Unset = UNSET,
        integration_key: str | Unset = UNSET,
        timestamp: int | Unset = UNSET,
        deep_link: str | Unset = UNSET,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
        metadata: FlagLinkPostMetadata | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FlagLinkRep:
        """Coroutine twin of `create_flag_link`: same arguments, same result, awaitable."""
        return await AsyncFlagLinksBetaResource(self._async_client()).create_flag_link(
            project_key,
            feature_flag_key,
            key=key,
            integration_key=integration_key,
            timestamp=timestamp,
            deep_link=deep_link,
            title=title,
            description=description,
            metadata=metadata,
            request_options=request_options,
        )

    async def adelete_flag_link(
        self,
        project_key: str,
        feature_flag_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `delete_flag_link`: same arguments, same result, awaitable."""
        return await AsyncFlagLinksBetaResource(self._async_client()).delete_flag_link(
            project_key,
            feature_flag_key,
            id,
            request_options=request_options,
        )

    async def aupdate_flag_link(
        self,
        project_key: str,
        feature_flag_key: str,
        id: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> FlagLinkRep:
        """Coroutine twin of `update_flag_link`: same arguments, same result, awaitable."""
        return await AsyncFlagLinksBetaResource(self._async_client()).update_flag_link(
            project_key,
            feature_flag_key,
            id,
            body=body,
            request_options=request_options,
        )


class FlagLinksBetaResourceWithRawResponse:
    """`flag_links_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: FlagLinksBetaResource) -> None:
        self.list_links = to_raw_response(resource.list_links)
        self.create_flag_link = to_raw_response(resource.create_flag_link)
        self.delete_flag_link = to_raw_response(resource.delete_flag_link)
        self.update_flag_link = to_raw_response(resource.update_flag_link)


class AsyncFlagLinksBetaResource:
    """Operations on `client.flag_links_beta`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncFlagLinksBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncFlagLinksBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncFlagLinksBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    async def list_links(
        self,
        project_key: str,
        feature_flag_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> FlagLinkCollectionRep:
        """List links on a flag.

        `GET /api/v2/flag-links/projects/{projectKey}/flags/{featureFlagKey}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FlagLinkCollectionRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/flag-links/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_links,
        )

    async def create_flag_link(
        self,
        project_key: str,
        feature_flag_key: str,
        *,
        key: str | Unset = UNSET,
        integration_key: str | Unset = UNSET,
        timestamp: int | Unset = UNSET,
        deep_link: str | Unset = UNSET,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
        metadata: FlagLinkPostMetadata | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FlagLinkRep:
        """Add a link to a flag.

        `POST /api/v2/flag-links/projects/{projectKey}/flags/{featureFlagKey}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            key: The `key` field of the request body.
            integration_key: The `integrationKey` field of the request body.
            timestamp: Milliseconds since the Unix epoch.
            deep_link: The `deepLink` field of the request body.
            title: The `title` field of the request body.
            description: The `description` field of the request body.
            metadata: The `metadata` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FlagLinkRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/flag-links/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                json=FlagLinkPost(
                    key=key,
                    integration_key=integration_key,
                    timestamp=timestamp,
                    deep_link=deep_link,
                    title=title,
                    description=description,
                    metadata=as_model(FlagLinkPostMetadata, metadata),
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_flag_link,
        )

    async def delete_flag_link(
        self,
        project_key: str,
        feature_flag_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove a link from a flag.

        `DELETE /api/v2/flag-links/projects/{projectKey}/flags/{featureFlagKey}/{id}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
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
                f"/api/v2/flag-links/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/{encode_path(id)}",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete_flag_link,
        )

    async def update_flag_link(
        self,
        project_key: str,
        feature_flag_key: str,
        id: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> FlagLinkRep:
        """Change flag link.

        `PATCH /api/v2/flag-links/projects/{projectKey}/flags/{featureFlagKey}/{id}`

        Args:
            project_key: The `projectKey` path parameter.
            feature_flag_key: The `featureFlagKey` path parameter.
            id: The `id` path parameter.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FlagLinkRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/flag-links/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/{encode_path(id)}",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_update_flag_link,
        )


class AsyncFlagLinksBetaResourceWithRawResponse:
    """`flag_links_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncFlagLinksBetaResource) -> None:
        self.list_links = to_async_raw_response(resource.list_links)
        self.create_flag_link = to_async_raw_response(resource.create_flag_link)
        self.delete_flag_link = to_async_raw_response(resource.delete_flag_link)
        self.update_flag_link = to_async_raw_response(resource.update_flag_link)
