"""Operations on `client.integrations_beta`."""

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
from ..models.big_segment_store_integration import BigSegmentStoreIntegration
from ..models.big_segment_store_integration_collection import BigSegmentStoreIntegrationCollection
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.form_variable_config import FormVariableConfig
from ..models.integration_delivery_configuration_post import IntegrationDeliveryConfigurationPost
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.patch_operation import PatchOperation
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.status_conflict_error_rep import StatusConflictErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, Unset


def _parse_list_big_segment_store_integrations(response: httpx.Response) -> BigSegmentStoreIntegrationCollection:
    return BigSegmentStoreIntegrationCollection.from_dict(response.json())


def _parse_create_persistent_store_integration(response: httpx.Response) -> BigSegmentStoreIntegration:
    return BigSegmentStoreIntegration.from_dict(response.json())


def _parse_get_big_segment_store_integration_by_id(response: httpx.Response) -> BigSegmentStoreIntegration:
    return BigSegmentStoreIntegration.from_dict(response.json())


def _parse_delete_big_segment_store_integration(response: httpx.Response) -> None:
    return None


def _parse_update_big_segment_store(response: httpx.Response) -> BigSegmentStoreIntegration:
    return BigSegmentStoreIntegration.from_dict(response.json())


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
    409: StatusConflictErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_3: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    409: StatusConflictErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class IntegrationsBetaResource:
    """Operations on `client.integrations_beta`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> IntegrationsBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return IntegrationsBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> IntegrationsBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_big_segment_store_integrations(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> BigSegmentStoreIntegrationCollection:
        """List persistent store integrations.

        `GET /api/v2/integration-capabilities/big-segment-store`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            BigSegmentStoreIntegrationCollection

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/integration-capabilities/big-segment-store",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_big_segment_store_integrations,
        )

    def create_persistent_store_integration(
        self,
        project_key: str,
        environment_key: str,
        integration_key: str,
        *,
        config: FormVariableConfig | Mapping[str, Any],
        on: bool | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        name: str | Unset = UNSET,
        _true: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> BigSegmentStoreIntegration:
        """Add big segment store integration.

        `POST /api/v2/integration-capabilities/big-segment-store/{projectKey}/{environmentKey}/{integrationKey}`

        Args:
            project_key: The `projectKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            integration_key: The `integrationKey` path parameter.
            config: The `config` field of the request body.
            on: The `on` field of the request body.
            tags: The `tags` field of the request body.
            name: The `name` field of the request body.
            _true: Another name for `on` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            BigSegmentStoreIntegration

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        if not isinstance(_true, Unset):
            on = _true
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/integration-capabilities/big-segment-store/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(integration_key)}",
                json=IntegrationDeliveryConfigurationPost(
                    config=as_model(FormVariableConfig, config), on=on, tags=tags, name=name
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_persistent_store_integration,
        )

    def get_big_segment_store_integration_by_id(
        self,
        project_key: str,
        environment_key: str,
        integration_key: str,
        integration_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> BigSegmentStoreIntegration:
        """Fetch big segment store integration.

        `GET /api/v2/integration-capabilities/big-segment-store/{projectKey}/{environmentKey}/{integrationKey}/{integrationId}`

        Args:
            project_key: The `projectKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            integration_key: The `integrationKey` path parameter.
            integration_id: The `integrationId` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            BigSegmentStoreIntegration

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/integration-capabilities/big-segment-store/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(integration_key)}/{encode_path(integration_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_big_segment_store_integration_by_id,
        )

    def delete_big_segment_store_integration(
        self,
        project_key: str,
        environment_key: str,
        integration_key: str,
        integration_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove big segment store integration.

        `DELETE /api/v2/integration-capabilities/big-segment-store/{projectKey}/{environmentKey}/{integrationKey}/{integrationId}`

        Args:
            project_key: The `projectKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            integration_key: The `integrationKey` path parameter.
            integration_id: The `integrationId` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 409, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/integration-capabilities/big-segment-store/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(integration_key)}/{encode_path(integration_id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_delete_big_segment_store_integration,
        )

    def update_big_segment_store(
        self,
        project_key: str,
        environment_key: str,
        integration_key: str,
        integration_id: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> BigSegmentStoreIntegration:
        """Change big segment store integration.

        `PATCH /api/v2/integration-capabilities/big-segment-store/{projectKey}/{environmentKey}/{integrationKey}/{integrationId}`

        Args:
            project_key: The `projectKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            integration_key: The `integrationKey` path parameter.
            integration_id: The `integrationId` path parameter.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            BigSegmentStoreIntegration

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/integration-capabilities/big-segment-store/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(integration_key)}/{encode_path(integration_id)}",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update_big_segment_store,
        )

    async def alist_big_segment_store_integrations(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> BigSegmentStoreIntegrationCollection:
        """Coroutine twin of `list_big_segment_store_integrations`: same arguments, same result, awaitable."""
        return await AsyncIntegrationsBetaResource(self._async_client()).list_big_segment_store_integrations(
            request_options=request_options,
        )

    async def acreate_persistent_store_integration(
        self,
        project_key: str,
        environment_key: str,
        integration_key: str,
        *,
        config: FormVariableConfig | Mapping[str, Any],
        on: bool | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        name: str | Unset = UNSET,
        _true: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> BigSegmentStoreIntegration:
        """Coroutine twin of `create_persistent_store_integration`: same arguments, same result, awaitable."""
        return await AsyncIntegrationsBetaResource(self._async_client()).create_persistent_store_integration(
            project_key,
            environment_key,
            integration_key,
            config=config,
            on=on,
            tags=tags,
            name=name,
            _true=_true,
            request_options=request_options,
        )

    async def aget_big_segment_store_integration_by_id(
        self,
        project_key: str,
        environment_key: str,
        integration_key: str,
        integration_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> BigSegmentStoreIntegration:
        """Coroutine twin of `get_big_segment_store_integration_by_id`: same arguments, same result, awaitable."""
        return await AsyncIntegrationsBetaResource(self._async_client()).get_big_segment_store_integration_by_id(
            project_key,
            environment_key,
            integration_key,
            integration_id,
            request_options=request_options,
        )

    async def adelete_big_segment_store_integration(
        self,
        project_key: str,
        environment_key: str,
        integration_key: str,
        integration_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `delete_big_segment_store_integration`: same arguments, same result, awaitable."""
        return await AsyncIntegrationsBetaResource(self._async_client()).delete_big_segment_store_integration(
            project_key,
            environment_key,
            integration_key,
            integration_id,
            request_options=request_options,
        )

    async def aupdate_big_segment_store(
        self,
        project_key: str,
        environment_key: str,
        integration_key: str,
        integration_id: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> BigSegmentStoreIntegration:
        """Coroutine twin of `update_big_segment_store`: same arguments, same result, awaitable."""
        return await AsyncIntegrationsBetaResource(self._async_client()).update_big_segment_store(
            project_key,
            environment_key,
            integration_key,
            integration_id,
            body=body,
            request_options=request_options,
        )


class IntegrationsBetaResourceWithRawResponse:
    """`integrations_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: IntegrationsBetaResource) -> None:
        self.list_big_segment_store_integrations = to_raw_response(resource.list_big_segment_store_integrations)
        self.create_persistent_store_integration = to_raw_response(resource.create_persistent_store_integration)
        self.get_big_segment_store_integration_by_id = to_raw_response(resource.get_big_segment_store_integration_by_id)
        self.delete_big_segment_store_integration = to_raw_response(resource.delete_big_segment_store_integration)
        self.update_big_segment_store = to_raw_response(resource.update_big_segment_store)


class AsyncIntegrationsBetaResource:
    """Operations on `client.integrations_beta`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncIntegrationsBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncIntegrationsBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncIntegrationsBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    async def list_big_segment_store_integrations(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> BigSegmentStoreIntegrationCollection:
        """List persistent store integrations.

        `GET /api/v2/integration-capabilities/big-segment-store`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            BigSegmentStoreIntegrationCollection

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/integration-capabilities/big-segment-store",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_big_segment_store_integrations,
        )

    async def create_persistent_store_integration(
        self,
        project_key: str,
        environment_key: str,
        integration_key: str,
        *,
        config: FormVariableConfig | Mapping[str, Any],
        on: bool | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        name: str | Unset = UNSET,
        _true: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> BigSegmentStoreIntegration:
        """Add big segment store integration.

        `POST /api/v2/integration-capabilities/big-segment-store/{projectKey}/{environmentKey}/{integrationKey}`

        Args:
            project_key: The `projectKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            integration_key: The `integrationKey` path parameter.
            config: The `config` field of the request body.
            on: The `on` field of the request body.
            tags: The `tags` field of the request body.
            name: The `name` field of the request body.
            _true: Another name for `on` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            BigSegmentStoreIntegration

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        if not isinstance(_true, Unset):
            on = _true
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/integration-capabilities/big-segment-store/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(integration_key)}",
                json=IntegrationDeliveryConfigurationPost(
                    config=as_model(FormVariableConfig, config), on=on, tags=tags, name=name
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_persistent_store_integration,
        )

    async def get_big_segment_store_integration_by_id(
        self,
        project_key: str,
        environment_key: str,
        integration_key: str,
        integration_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> BigSegmentStoreIntegration:
        """Fetch big segment store integration.

        `GET /api/v2/integration-capabilities/big-segment-store/{projectKey}/{environmentKey}/{integrationKey}/{integrationId}`

        Args:
            project_key: The `projectKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            integration_key: The `integrationKey` path parameter.
            integration_id: The `integrationId` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            BigSegmentStoreIntegration

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/integration-capabilities/big-segment-store/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(integration_key)}/{encode_path(integration_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_big_segment_store_integration_by_id,
        )

    async def delete_big_segment_store_integration(
        self,
        project_key: str,
        environment_key: str,
        integration_key: str,
        integration_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove big segment store integration.

        `DELETE /api/v2/integration-capabilities/big-segment-store/{projectKey}/{environmentKey}/{integrationKey}/{integrationId}`

        Args:
            project_key: The `projectKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            integration_key: The `integrationKey` path parameter.
            integration_id: The `integrationId` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 409, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/integration-capabilities/big-segment-store/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(integration_key)}/{encode_path(integration_id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_delete_big_segment_store_integration,
        )

    async def update_big_segment_store(
        self,
        project_key: str,
        environment_key: str,
        integration_key: str,
        integration_id: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> BigSegmentStoreIntegration:
        """Change big segment store integration.

        `PATCH /api/v2/integration-capabilities/big-segment-store/{projectKey}/{environmentKey}/{integrationKey}/{integrationId}`

        Args:
            project_key: The `projectKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            integration_key: The `integrationKey` path parameter.
            integration_id: The `integrationId` path parameter.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            BigSegmentStoreIntegration

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/integration-capabilities/big-segment-store/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(integration_key)}/{encode_path(integration_id)}",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update_big_segment_store,
        )


class AsyncIntegrationsBetaResourceWithRawResponse:
    """`integrations_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncIntegrationsBetaResource) -> None:
        self.list_big_segment_store_integrations = to_async_raw_response(resource.list_big_segment_store_integrations)
        self.create_persistent_store_integration = to_async_raw_response(resource.create_persistent_store_integration)
        self.get_big_segment_store_integration_by_id = to_async_raw_response(
            resource.get_big_segment_store_integration_by_id
        )
        self.delete_big_segment_store_integration = to_async_raw_response(resource.delete_big_segment_store_integration)
        self.update_big_segment_store = to_async_raw_response(resource.update_big_segment_store)
