"""Operations on `client.integration_delivery_configurations_beta`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, header_values
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.integration_delivery_configuration import IntegrationDeliveryConfiguration
from ..models.integration_delivery_configuration_collection import IntegrationDeliveryConfigurationCollection
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep


def _parse_list_delivery_configurations(response: httpx.Response) -> IntegrationDeliveryConfigurationCollection:
    return IntegrationDeliveryConfigurationCollection.from_dict(response.json())


def _parse_get_by_id(response: httpx.Response) -> IntegrationDeliveryConfiguration:
    return IntegrationDeliveryConfiguration.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    404: NotFoundErrorRep.from_dict,
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
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_by_id,
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


class IntegrationDeliveryConfigurationsBetaResourceWithRawResponse:
    """`integration_delivery_configurations_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: IntegrationDeliveryConfigurationsBetaResource) -> None:
        self.list_delivery_configurations = to_raw_response(resource.list_delivery_configurations)
        self.get_by_id = to_raw_response(resource.get_by_id)


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
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_by_id,
        )


class AsyncIntegrationDeliveryConfigurationsBetaResourceWithRawResponse:
    """`integration_delivery_configurations_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncIntegrationDeliveryConfigurationsBetaResource) -> None:
        self.list_delivery_configurations = to_async_raw_response(resource.list_delivery_configurations)
        self.get_by_id = to_async_raw_response(resource.get_by_id)
