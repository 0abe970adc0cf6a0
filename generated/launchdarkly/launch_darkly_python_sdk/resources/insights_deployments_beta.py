"""Operations on `client.insights_deployments_beta`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, header_values, jsonable, query_params
from .._core._request import ApiRequest
from .._core._types import as_model, as_models
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    CursorStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.deployment_rep import DeploymentRep
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.insights_item_collection import InsightsItemCollection
from ..models.insights_item_collection_items_item import InsightsItemCollectionItemsItem
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.patch_operation import PatchOperation
from ..models.post_deployment_event_input import PostDeploymentEventInput
from ..models.post_deployment_event_input_application_kind import (
    PostDeploymentEventInputApplicationKind,
)
from ..models.post_deployment_event_input_deployment_metadata import PostDeploymentEventInputDeploymentMetadata
from ..models.post_deployment_event_input_event_metadata import PostDeploymentEventInputEventMetadata
from ..models.post_deployment_event_input_event_type import (
    PostDeploymentEventInputEventType,
)
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, Unset


def _parse_create_deployment_event(response: httpx.Response) -> None:
    return None


def _parse_list_deployments(response: httpx.Response) -> InsightsItemCollection:
    return InsightsItemCollection.from_dict(response.json())


def _parse_get_deployment_by_id(response: httpx.Response) -> DeploymentRep:
    return DeploymentRep.from_dict(response.json())


def _parse_update_deployment_by_id(response: httpx.Response) -> DeploymentRep:
    return DeploymentRep.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class InsightsDeploymentsBetaResource:
    """Operations on `client.insights_deployments_beta`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> InsightsDeploymentsBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return InsightsDeploymentsBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> InsightsDeploymentsBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def create_deployment_event(
        self,
        *,
        project_key: str,
        environment_key: str,
        application_key: str,
        version: str,
        event_type: PostDeploymentEventInputEventType | str,
        application_name: str | Unset = UNSET,
        application_kind: PostDeploymentEventInputApplicationKind | str | Unset = UNSET,
        version_name: str | Unset = UNSET,
        event_time: int | Unset = UNSET,
        event_metadata: PostDeploymentEventInputEventMetadata | Mapping[str, Any] | Unset = UNSET,
        deployment_metadata: PostDeploymentEventInputDeploymentMetadata | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Report a deployment event.

        `POST /api/v2/engineering-insights/deployment-events`

        Args:
            project_key: The `projectKey` field of the request body.
            environment_key: The `environmentKey` field of the request body.
            application_key: The `applicationKey` field of the request body.
            version: The `version` field of the request body.
            event_type: The `eventType` field of the request body.
            application_name: The `applicationName` field of the request body.
            application_kind: The `applicationKind` field of the request body.
            version_name: The `versionName` field of the request body.
            event_time: Milliseconds since the Unix epoch.
            event_metadata: The `eventMetadata` field of the request body.
            deployment_metadata: The `deploymentMetadata` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/api/v2/engineering-insights/deployment-events",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                json=PostDeploymentEventInput(
                    project_key=project_key,
                    environment_key=environment_key,
                    application_key=application_key,
                    version=version,
                    event_type=event_type,
                    application_name=application_name,
                    application_kind=application_kind,
                    version_name=version_name,
                    event_time=event_time,
                    event_metadata=as_model(PostDeploymentEventInputEventMetadata, event_metadata),
                    deployment_metadata=as_model(PostDeploymentEventInputDeploymentMetadata, deployment_metadata),
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create_deployment_event,
        )

    def list_deployments(
        self,
        *,
        project_key: str,
        environment_key: str,
        application_key: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        expand: str | Unset = UNSET,
        from_: int | Unset = UNSET,
        to: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        kind: str | Unset = UNSET,
        status: str | Unset = UNSET,
        _from: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[InsightsItemCollectionItemsItem]:
        """Recorded deployments.

        `GET /api/v2/engineering-insights/deployments`

        Args:
            project_key: Key of the project to report on.
            environment_key: Key of the environment to report on.
            application_key: Only data for this application.
            limit: Page size: at most this many items come back.
            expand: Comma-separated list of optional fields to include.
            from_: Start of the period.
            to: End of the period.
            after: Only return items after this point.
            before: Only return items before this point.
            kind: Only tags used on these resource kinds.
            status: Only items with this status.
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
                "/api/v2/engineering-insights/deployments",
                params=query_params(
                    {
                        "projectKey": project_key,
                        "environmentKey": environment_key,
                        "applicationKey": application_key,
                        "limit": limit,
                        "expand": expand,
                        "from": from_,
                        "to": to,
                        "after": after,
                        "before": before,
                        "kind": kind,
                        "status": status,
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
            cast=_parse_list_deployments,
            strategy=CursorStrategy(param="after", next_link="_links.next"),
            items=("items",),
            max_items=max_items,
        )

    def get_deployment_by_id(
        self,
        deployment_id: str,
        *,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DeploymentRep:
        """Fetch deployment.

        `GET /api/v2/engineering-insights/deployments/{deploymentID}`

        Args:
            deployment_id: The `deploymentID` path parameter.
            expand: The `expand` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            DeploymentRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/engineering-insights/deployments/{encode_path(deployment_id)}",
                params=query_params(
                    {
                        "expand": expand,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_deployment_by_id,
        )

    def update_deployment_by_id(
        self,
        deployment_id: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> DeploymentRep:
        """Change deployment.

        `PATCH /api/v2/engineering-insights/deployments/{deploymentID}`

        Args:
            deployment_id: The `deploymentID` path parameter.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            DeploymentRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/engineering-insights/deployments/{encode_path(deployment_id)}",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_update_deployment_by_id,
        )

    async def acreate_deployment_event(
        self,
        *,
        project_key: str,
        environment_key: str,
        application_key: str,
        version: str,
        event_type: PostDeploymentEventInputEventType | str,
        application_name: str | Unset = UNSET,
        application_kind: PostDeploymentEventInputApplicationKind | str | Unset = UNSET,
        version_name: str | Unset = UNSET,
        event_time: int | Unset = UNSET,
        event_metadata: PostDeploymentEventInputEventMetadata | Mapping[str, Any] | Unset = UNSET,
        deployment_metadata: PostDeploymentEventInputDeploymentMetadata | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `create_deployment_event`: same arguments, same result, awaitable."""
        return await AsyncInsightsDeploymentsBetaResource(self._async_client()).create_deployment_event(
            project_key=project_key,
            environment_key=environment_key,
            application_key=application_key,
            version=version,
            event_type=event_type,
            application_name=application_name,
            application_kind=application_kind,
            version_name=version_name,
            event_time=event_time,
            event_metadata=event_metadata,
            deployment_metadata=deployment_metadata,
            request_options=request_options,
        )

    async def alist_deployments(
        self,
        *,
        project_key: str,
        environment_key: str,
        application_key: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        expand: str | Unset = UNSET,
        from_: int | Unset = UNSET,
        to: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        kind: str | Unset = UNSET,
        status: str | Unset = UNSET,
        _from: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[InsightsItemCollectionItemsItem]:
        """Coroutine twin of `list_deployments`: same arguments, same result, awaitable."""
        return await AsyncInsightsDeploymentsBetaResource(self._async_client()).list_deployments(
            project_key=project_key,
            environment_key=environment_key,
            application_key=application_key,
            limit=limit,
            expand=expand,
            from_=from_,
            to=to,
            after=after,
            before=before,
            kind=kind,
            status=status,
            _from=_from,
            max_items=max_items,
            request_options=request_options,
        )

    async def aget_deployment_by_id(
        self,
        deployment_id: str,
        *,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DeploymentRep:
        """Coroutine twin of `get_deployment_by_id`: same arguments, same result, awaitable."""
        return await AsyncInsightsDeploymentsBetaResource(self._async_client()).get_deployment_by_id(
            deployment_id,
            expand=expand,
            request_options=request_options,
        )

    async def aupdate_deployment_by_id(
        self,
        deployment_id: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> DeploymentRep:
        """Coroutine twin of `update_deployment_by_id`: same arguments, same result, awaitable."""
        return await AsyncInsightsDeploymentsBetaResource(self._async_client()).update_deployment_by_id(
            deployment_id,
            body=body,
            request_options=request_options,
        )


class InsightsDeploymentsBetaResourceWithRawResponse:
    """`insights_deployments_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: InsightsDeploymentsBetaResource) -> None:
        self.create_deployment_event = to_raw_response(resource.create_deployment_event)
        self.list_deployments = to_raw_response(resource.list_deployments)
        self.get_deployment_by_id = to_raw_response(resource.get_deployment_by_id)
        self.update_deployment_by_id = to_raw_response(resource.update_deployment_by_id)


class AsyncInsightsDeploymentsBetaResource:
    """Operations on `client.insights_deployments_beta`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncInsightsDeploymentsBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncInsightsDeploymentsBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncInsightsDeploymentsBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    async def create_deployment_event(
        self,
        *,
        project_key: str,
        environment_key: str,
        application_key: str,
        version: str,
        event_type: PostDeploymentEventInputEventType | str,
        application_name: str | Unset = UNSET,
        application_kind: PostDeploymentEventInputApplicationKind | str | Unset = UNSET,
        version_name: str | Unset = UNSET,
        event_time: int | Unset = UNSET,
        event_metadata: PostDeploymentEventInputEventMetadata | Mapping[str, Any] | Unset = UNSET,
        deployment_metadata: PostDeploymentEventInputDeploymentMetadata | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Report a deployment event.

        `POST /api/v2/engineering-insights/deployment-events`

        Args:
            project_key: The `projectKey` field of the request body.
            environment_key: The `environmentKey` field of the request body.
            application_key: The `applicationKey` field of the request body.
            version: The `version` field of the request body.
            event_type: The `eventType` field of the request body.
            application_name: The `applicationName` field of the request body.
            application_kind: The `applicationKind` field of the request body.
            version_name: The `versionName` field of the request body.
            event_time: Milliseconds since the Unix epoch.
            event_metadata: The `eventMetadata` field of the request body.
            deployment_metadata: The `deploymentMetadata` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/api/v2/engineering-insights/deployment-events",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                json=PostDeploymentEventInput(
                    project_key=project_key,
                    environment_key=environment_key,
                    application_key=application_key,
                    version=version,
                    event_type=event_type,
                    application_name=application_name,
                    application_kind=application_kind,
                    version_name=version_name,
                    event_time=event_time,
                    event_metadata=as_model(PostDeploymentEventInputEventMetadata, event_metadata),
                    deployment_metadata=as_model(PostDeploymentEventInputDeploymentMetadata, deployment_metadata),
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create_deployment_event,
        )

    def list_deployments(
        self,
        *,
        project_key: str,
        environment_key: str,
        application_key: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        expand: str | Unset = UNSET,
        from_: int | Unset = UNSET,
        to: int | Unset = UNSET,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        kind: str | Unset = UNSET,
        status: str | Unset = UNSET,
        _from: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[InsightsItemCollectionItemsItem]:
        """Recorded deployments.

        `GET /api/v2/engineering-insights/deployments`

        Args:
            project_key: Key of the project to report on.
            environment_key: Key of the environment to report on.
            application_key: Only data for this application.
            limit: Page size: at most this many items come back.
            expand: Comma-separated list of optional fields to include.
            from_: Start of the period.
            to: End of the period.
            after: Only return items after this point.
            before: Only return items before this point.
            kind: Only tags used on these resource kinds.
            status: Only items with this status.
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
                "/api/v2/engineering-insights/deployments",
                params=query_params(
                    {
                        "projectKey": project_key,
                        "environmentKey": environment_key,
                        "applicationKey": application_key,
                        "limit": limit,
                        "expand": expand,
                        "from": from_,
                        "to": to,
                        "after": after,
                        "before": before,
                        "kind": kind,
                        "status": status,
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
            cast=_parse_list_deployments,
            strategy=CursorStrategy(param="after", next_link="_links.next"),
            items=("items",),
            max_items=max_items,
        )

    async def get_deployment_by_id(
        self,
        deployment_id: str,
        *,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DeploymentRep:
        """Fetch deployment.

        `GET /api/v2/engineering-insights/deployments/{deploymentID}`

        Args:
            deployment_id: The `deploymentID` path parameter.
            expand: The `expand` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            DeploymentRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/engineering-insights/deployments/{encode_path(deployment_id)}",
                params=query_params(
                    {
                        "expand": expand,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_deployment_by_id,
        )

    async def update_deployment_by_id(
        self,
        deployment_id: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> DeploymentRep:
        """Change deployment.

        `PATCH /api/v2/engineering-insights/deployments/{deploymentID}`

        Args:
            deployment_id: The `deploymentID` path parameter.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            DeploymentRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/engineering-insights/deployments/{encode_path(deployment_id)}",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_update_deployment_by_id,
        )


class AsyncInsightsDeploymentsBetaResourceWithRawResponse:
    """`insights_deployments_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncInsightsDeploymentsBetaResource) -> None:
        self.create_deployment_event = to_async_raw_response(resource.create_deployment_event)
        self.list_deployments = to_async_raw_response(resource.list_deployments)
        self.get_deployment_by_id = to_async_raw_response(resource.get_deployment_by_id)
        self.update_deployment_by_id = to_async_raw_response(resource.update_deployment_by_id)
