"""Operations on `client.integration_delivery_configurations_beta`."""

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
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.form_variable_config import FormVariableConfig
from ..models.integration_delivery_configuration import IntegrationDeliveryConfiguration
from ..models.integration_delivery_configuration_collection import IntegrationDeliveryConfigurationCollection
from ..models.integration_delivery_configuration_post import IntegrationDeliveryConfigurationPost
from ..models.integration_delivery_configuration_response import IntegrationDeliveryConfigurationResponse
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.patch_failed_error_rep import PatchFailedErrorRep
from ..models.patch_operation import PatchOperation
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, Unset


def _parse_list_delivery_configurations(response: httpx.Response) -> IntegrationDeliveryConfigurationCollection:
    return IntegrationDeliveryConfigurationCollection.from_dict(response.json())


def _parse_get_delivery_configurations_by_environment(
    response: httpx.Response,
) -> IntegrationDeliveryConfigurationCollection:
    return IntegrationDeliveryConfigurationCollection.from_dict(response.json())


def _parse_create_delivery_configuration(response: httpx.Response) -> IntegrationDeliveryConfiguration:
    return IntegrationDeliveryConfiguration.from_dict(response.json())


def _parse_get_by_id(response: httpx.Response) -> IntegrationDeliveryConfiguration:
    return IntegrationDeliveryConfiguration.from_dict(response.json())


def _parse_delete_delivery_configuration(response: httpx.Response) -> None:
    return None


def _parse_update_delivery_configuration(response: httpx.Response) -> IntegrationDeliveryConfiguration:
    return IntegrationDeliveryConfiguration.from_dict(response.json())


def _parse_validate_delivery_configuration(response: httpx.Response) -> IntegrationDeliveryConfigurationResponse:
    return IntegrationDeliveryConfigurationResponse.from_dict(response.json())


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


class IntegrationDeliveryConfigurationsBetaResource:
    """Operations on `client.integration_delivery_configurations_beta`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> IntegrationDeliveryConfigurationsBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return IntegrationDeliveryConfigurationsBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> IntegrationDeliveryConfigurationsBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_delivery_configurations(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> IntegrationDeliveryConfigurationCollection:
        """List delivery configurations.

        `GET /api/v2/integration-capabilities/featureStore`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            IntegrationDeliveryConfigurationCollection

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/integration-capabilities/featureStore",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_delivery_configurations,
        )

    def get_delivery_configurations_by_environment(
        self,
        project_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> IntegrationDeliveryConfigurationCollection:
        """Fetch integration delivery configuration by environment.

        `GET /api/v2/integration-capabilities/featureStore/{projectKey}/{environmentKey}`

        Args:
            project_key: The `projectKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            IntegrationDeliveryConfigurationCollection

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/integration-capabilities/featureStore/{encode_path(project_key)}/{encode_path(environment_key)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_delivery_configurations_by_environment,
        )

    def create_delivery_configuration(
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
    ) -> IntegrationDeliveryConfiguration:
        """Add integration delivery configuration.

        `POST /api/v2/integration-capabilities/featureStore/{projectKey}/{environmentKey}/{integrationKey}`

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
            IntegrationDeliveryConfiguration

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        if not isinstance(_true, Unset):
            on = _true
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/integration-capabilities/featureStore/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(integration_key)}",
                json=IntegrationDeliveryConfigurationPost(
                    config=as_model(FormVariableConfig, config), on=on, tags=tags, name=name
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_delivery_configuration,
        )

    def get_by_id(
        self,
        project_key: str,
        environment_key: str,
        integration_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> IntegrationDeliveryConfiguration:
        """Get a delivery configuration.

        `GET /api/v2/integration-capabilities/featureStore/{projectKey}/{environmentKey}/{integrationKey}/{id}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            integration_key: Key of the integration, such as `datadog`.
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            IntegrationDeliveryConfiguration

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/integration-capabilities/featureStore/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(integration_key)}/{encode_path(id)}",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_by_id,
        )

    def delete_delivery_configuration(
        self,
        project_key: str,
        environment_key: str,
        integration_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove integration delivery configuration.

        `DELETE /api/v2/integration-capabilities/featureStore/{projectKey}/{environmentKey}/{integrationKey}/{id}`

        Args:
            project_key: The `projectKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            integration_key: The `integrationKey` path parameter.
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/integration-capabilities/featureStore/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(integration_key)}/{encode_path(id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete_delivery_configuration,
        )

    def update_delivery_configuration(
        self,
        project_key: str,
        environment_key: str,
        integration_key: str,
        id: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> IntegrationDeliveryConfiguration:
        """Change integration delivery configuration.

        `PATCH /api/v2/integration-capabilities/featureStore/{projectKey}/{environmentKey}/{integrationKey}/{id}`

        Args:
            project_key: The `projectKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            integration_key: The `integrationKey` path parameter.
            id: The `id` path parameter.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            IntegrationDeliveryConfiguration

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 422,
                429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/integration-capabilities/featureStore/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(integration_key)}/{encode_path(id)}",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_update_delivery_configuration,
        )

    def validate_delivery_configuration(
        self,
        project_key: str,
        environment_key: str,
        integration_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> IntegrationDeliveryConfigurationResponse:
        """Validate integration delivery configuration.

        `POST /api/v2/integration-capabilities/featureStore/{projectKey}/{environmentKey}/{integrationKey}/{id}/validate`

        Args:
            project_key: The `projectKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            integration_key: The `integrationKey` path parameter.
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            IntegrationDeliveryConfigurationResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/integration-capabilities/featureStore/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(integration_key)}/{encode_path(id)}/validate",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_validate_delivery_configuration,
        )

    async def alist_delivery_configurations(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> IntegrationDeliveryConfigurationCollection:
        """Coroutine twin of `list_delivery_configurations`: same arguments, same result, awaitable."""
        return await AsyncIntegrationDeliveryConfigurationsBetaResource(
            self._async_client()
        ).list_delivery_configurations(
            request_options=request_options,
        )

    async def aget_delivery_configurations_by_environment(
        self,
        project_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> IntegrationDeliveryConfigurationCollection:
        """Coroutine twin of `get_delivery_configurations_by_environment`: same arguments, same result, awaitable."""
        return await AsyncIntegrationDeliveryConfigurationsBetaResource(
            self._async_client()
        ).get_delivery_configurations_by_environment(
            project_key,
            environment_key,
            request_options=request_options,
        )

    async def acreate_delivery_configuration(
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
    ) -> IntegrationDeliveryConfiguration:
        """Coroutine twin of `create_delivery_configuration`: same arguments, same result, awaitable."""
        return await AsyncIntegrationDeliveryConfigurationsBetaResource(
            self._async_client()
        ).create_delivery_configuration(
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

    async def aget_by_id(
        self,
        project_key: str,
        environment_key: str,
        integration_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> IntegrationDeliveryConfiguration:
        """Coroutine twin of `get_by_id`: same arguments, same result, awaitable."""
        return await AsyncIntegrationDeliveryConfigurationsBetaResource(self._async_client()).get_by_id(
            project_key,
            environment_key,
            integration_key,
            id,
            request_options=request_options,
        )

    async def adelete_delivery_configuration(
        self,
        project_key: str,
        environment_key: str,
        integration_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `delete_delivery_configuration`: same arguments, same result, awaitable."""
        return await AsyncIntegrationDeliveryConfigurationsBetaResource(
            self._async_client()
        ).delete_delivery_configuration(
            project_key,
            environment_key,
            integration_key,
            id,
            request_options=request_options,
        )

    async def aupdate_delivery_configuration(
        self,
        project_key: str,
        environment_key: str,
        integration_key: str,
        id: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> IntegrationDeliveryConfiguration:
        """Coroutine twin of `update_delivery_configuration`: same arguments, same result, awaitable."""
        return await AsyncIntegrationDeliveryConfigurationsBetaResource(
            self._async_client()
        ).update_delivery_configuration(
            project_key,
            environment_key,
            integration_key,
            id,
            body=body,
            request_options=request_options,
        )

    async def avalidate_delivery_configuration(
        self,
        project_key: str,
        environment_key: str,
        integration_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> IntegrationDeliveryConfigurationResponse:
        """Coroutine twin of `validate_delivery_configuration`: same arguments, same result, awaitable."""
        return await AsyncIntegrationDeliveryConfigurationsBetaResource(
            self._async_client()
        ).validate_delivery_configuration(
            project_key,
            environment_key,
            integration_key,
            id,
            request_options=request_options,
        )


class IntegrationDeliveryConfigurationsBetaResourceWithRawResponse:
    """`integration_delivery_configurations_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: IntegrationDeliveryConfigurationsBetaResource) -> None:
        self.list_delivery_configurations = to_raw_response(resource.list_delivery_configurations)
        self.get_delivery_configurations_by_environment = to_raw_response(
            resource.get_delivery_configurations_by_environment
        )
        self.create_delivery_configuration = to_raw_response(resource.create_delivery_configuration)
        self.get_by_id = to_raw_response(resource.get_by_id)
        self.delete_delivery_configuration = to_raw_response(resource.delete_delivery_configuration)
        self.update_delivery_configuration = to_raw_response(resource.update_delivery_configuration)
        self.validate_delivery_configuration = to_raw_response(resource.validate_delivery_configuration)


class AsyncIntegrationDeliveryConfigurationsBetaResource:
    """Operations on `client.integration_delivery_configurations_beta`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncIntegrationDeliveryConfigurationsBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncIntegrationDeliveryConfigurationsBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncIntegrationDeliveryConfigurationsBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    async def list_delivery_configurations(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> IntegrationDeliveryConfigurationCollection:
        """List delivery configurations.

        `GET /api/v2/integration-capabilities/featureStore`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            IntegrationDeliveryConfigurationCollection

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/integration-capabilities/featureStore",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_delivery_configurations,
        )

    async def get_delivery_configurations_by_environment(
        self,
        project_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> IntegrationDeliveryConfigurationCollection:
        """Fetch integration delivery configuration by environment.

        `GET /api/v2/integration-capabilities/featureStore/{projectKey}/{environmentKey}`

        Args:
            project_key: The `projectKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            IntegrationDeliveryConfigurationCollection

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/integration-capabilities/featureStore/{encode_path(project_key)}/{encode_path(environment_key)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_delivery_configurations_by_environment,
        )

    async def create_delivery_configuration(
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
    ) -> IntegrationDeliveryConfiguration:
        """Add integration delivery configuration.

        `POST /api/v2/integration-capabilities/featureStore/{projectKey}/{environmentKey}/{integrationKey}`

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
            IntegrationDeliveryConfiguration

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        if not isinstance(_true, Unset):
            on = _true
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/integration-capabilities/featureStore/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(integration_key)}",
                json=IntegrationDeliveryConfigurationPost(
                    config=as_model(FormVariableConfig, config), on=on, tags=tags, name=name
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_delivery_configuration,
        )

    async def get_by_id(
        self,
        project_key: str,
        environment_key: str,
        integration_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> IntegrationDeliveryConfiguration:
        """Get a delivery configuration.

        `GET /api/v2/integration-capabilities/featureStore/{projectKey}/{environmentKey}/{integrationKey}/{id}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            integration_key: Key of the integration, such as `datadog`.
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            IntegrationDeliveryConfiguration

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/integration-capabilities/featureStore/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(integration_key)}/{encode_path(id)}",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_by_id,
        )

    async def delete_delivery_configuration(
        self,
        project_key: str,
        environment_key: str,
        integration_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove integration delivery configuration.

        `DELETE /api/v2/integration-capabilities/featureStore/{projectKey}/{environmentKey}/{integrationKey}/{id}`

        Args:
            project_key: The `projectKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            integration_key: The `integrationKey` path parameter.
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/integration-capabilities/featureStore/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(integration_key)}/{encode_path(id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete_delivery_configuration,
        )

    async def update_delivery_configuration(
        self,
        project_key: str,
        environment_key: str,
        integration_key: str,
        id: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> IntegrationDeliveryConfiguration:
        """Change integration delivery configuration.

        `PATCH /api/v2/integration-capabilities/featureStore/{projectKey}/{environmentKey}/{integrationKey}/{id}`

        Args:
            project_key: The `projectKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            integration_key: The `integrationKey` path parameter.
            id: The `id` path parameter.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            IntegrationDeliveryConfiguration

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 422,
                429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/integration-capabilities/featureStore/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(integration_key)}/{encode_path(id)}",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_update_delivery_configuration,
        )

    async def validate_delivery_configuration(
        self,
        project_key: str,
        environment_key: str,
        integration_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> IntegrationDeliveryConfigurationResponse:
        """Validate integration delivery configuration.

        `POST /api/v2/integration-capabilities/featureStore/{projectKey}/{environmentKey}/{integrationKey}/{id}/validate`

        Args:
            project_key: The `projectKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            integration_key: The `integrationKey` path parameter.
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            IntegrationDeliveryConfigurationResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/integration-capabilities/featureStore/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(integration_key)}/{encode_path(id)}/validate",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_validate_delivery_configuration,
        )


class AsyncIntegrationDeliveryConfigurationsBetaResourceWithRawResponse:
    """`integration_delivery_configurations_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncIntegrationDeliveryConfigurationsBetaResource) -> None:
        self.list_delivery_configurations = to_async_raw_response(resource.list_delivery_configurations)
        self.get_delivery_configurations_by_environment = to_async_raw_response(
            resource.get_delivery_configurations_by_environment
        )
        self.create_delivery_configuration = to_async_raw_response(resource.create_delivery_configuration)
        self.get_by_id = to_async_raw_response(resource.get_by_id)
        self.delete_delivery_configuration = to_async_raw_response(resource.delete_delivery_configuration)
        self.update_delivery_configuration = to_async_raw_response(resource.update_delivery_configuration)
        self.validate_delivery_configuration = to_async_raw_response(resource.validate_delivery_configuration)
