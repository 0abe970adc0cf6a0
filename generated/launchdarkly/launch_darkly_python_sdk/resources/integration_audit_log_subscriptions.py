"""Operations on `client.integration_audit_log_subscriptions`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, jsonable
from .._core._request import ApiRequest
from .._core._types import as_model, as_models
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.integration import Integration
from ..models.integrations import Integrations
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.patch_operation import PatchOperation
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.statement import Statement
from ..models.status_conflict_error_rep import StatusConflictErrorRep
from ..models.subscription_post import SubscriptionPost
from ..models.subscription_post_config import SubscriptionPostConfig
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, Unset


def _parse_list_by_integration(response: httpx.Response) -> Integrations:
    return Integrations.from_dict(response.json())


def _parse_create_subscription(response: httpx.Response) -> Integration:
    return Integration.from_dict(response.json())


def _parse_get_by_id(response: httpx.Response) -> Integration:
    return Integration.from_dict(response.json())


def _parse_delete_subscription(response: httpx.Response) -> None:
    return None


def _parse_update_subscription(response: httpx.Response) -> Integration:
    return Integration.from_dict(response.json())


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
    400: InvalidRequestErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    409: StatusConflictErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class IntegrationAuditLogSubscriptionsResource:
    """Operations on `client.integration_audit_log_subscriptions`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> IntegrationAuditLogSubscriptionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return IntegrationAuditLogSubscriptionsResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> IntegrationAuditLogSubscriptionsResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_by_integration(
        self,
        integration_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Integrations:
        """List subscriptions of an integration.

        `GET /api/v2/integrations/{integrationKey}`

        Args:
            integration_key: Key of the integration, such as `datadog`.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Integrations

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/integrations/{encode_path(integration_key)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_by_integration,
        )

    def create_subscription(
        self,
        integration_key: str,
        *,
        name: str,
        config: SubscriptionPostConfig | Mapping[str, Any],
        statements: Sequence[Statement | Mapping[str, Any]] | Unset = UNSET,
        on: bool | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        url: str | Unset = UNSET,
        api_key: str | Unset = UNSET,
        _true: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Integration:
        """Create a subscription.

        `POST /api/v2/integrations/{integrationKey}`

        Args:
            integration_key: Key of the integration, such as `datadog`.
            name: The `name` field of the request body.
            config: Settings required by the integration.
            statements: The `statements` field of the request body.
            on: The `on` field of the request body.
            tags: The `tags` field of the request body.
            url: The `url` field of the request body.
            api_key: The `apiKey` field of the request body.
            _true: Another name for `on` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Integration

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        if not isinstance(_true, Unset):
            on = _true
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/integrations/{encode_path(integration_key)}",
                json=SubscriptionPost(
                    name=name,
                    config=as_model(SubscriptionPostConfig, config),
                    statements=as_models(Statement, statements),
                    on=on,
                    tags=tags,
                    url=url,
                    api_key=api_key,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_subscription,
        )

    def get_by_id(
        self,
        integration_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Integration:
        """Get a subscription.

        `GET /api/v2/integrations/{integrationKey}/{id}`

        Args:
            integration_key: Key of the integration, such as `datadog`.
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Integration

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/integrations/{encode_path(integration_key)}/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_by_id,
        )

    def delete_subscription(
        self,
        integration_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a subscription.

        `DELETE /api/v2/integrations/{integrationKey}/{id}`

        Args:
            integration_key: Key of the integration, such as `datadog`.
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/integrations/{encode_path(integration_key)}/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_subscription,
        )

    def update_subscription(
        self,
        integration_key: str,
        id: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> Integration:
        """Change subscription.

        `PATCH /api/v2/integrations/{integrationKey}/{id}`

        Args:
            integration_key: The `integrationKey` path parameter.
            id: The `id` path parameter.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Integration

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403, 404, 409, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/integrations/{encode_path(integration_key)}/{encode_path(id)}",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_update_subscription,
        )

    async def alist_by_integration(
        self,
        integration_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Integrations:
        """Coroutine twin of `list_by_integration`: same arguments, same result, awaitable."""
        return await AsyncIntegrationAuditLogSubscriptionsResource(self._async_client()).list_by_integration(
            integration_key,
            request_options=request_options,
        )

    async def acreate_subscription(
        self,
        integration_key: str,
        *,
        name: str,
        config: SubscriptionPostConfig | Mapping[str, Any],
        statements: Sequence[Statement | Mapping[str, Any]] | Unset = UNSET,
        on: bool | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        url: str | Unset = UNSET,
        api_key: str | Unset = UNSET,
        _true: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Integration:
        """Coroutine twin of `create_subscription`: same arguments, same result, awaitable."""
        return await AsyncIntegrationAuditLogSubscriptionsResource(self._async_client()).create_subscription(
            integration_key,
            name=name,
            config=config,
            statements=statements,
            on=on,
            tags=tags,
            url=url,
            api_key=api_key,
            _true=_true,
            request_options=request_options,
        )

    async def aget_by_id(
        self,
        integration_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Integration:
        """Coroutine twin of `get_by_id`: same arguments, same result, awaitable."""
        return await AsyncIntegrationAuditLogSubscriptionsResource(self._async_client()).get_by_id(
            integration_key,
            id,
            request_options=request_options,
        )

    async def adelete_subscription(
        self,
        integration_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `delete_subscription`: same arguments, same result, awaitable."""
        return await AsyncIntegrationAuditLogSubscriptionsResource(self._async_client()).delete_subscription(
            integration_key,
            id,
            request_options=request_options,
        )

    async def aupdate_subscription(
        self,
        integration_key: str,
        id: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> Integration:
        """Coroutine twin of `update_subscription`: same arguments, same result, awaitable."""
        return await AsyncIntegrationAuditLogSubscriptionsResource(self._async_client()).update_subscription(
            integration_key,
            id,
            body=body,
            request_options=request_options,
        )


class IntegrationAuditLogSubscriptionsResourceWithRawResponse:
    """`integration_audit_log_subscriptions` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: IntegrationAuditLogSubscriptionsResource) -> None:
        self.list_by_integration = to_raw_response(resource.list_by_integration)
        self.create_subscription = to_raw_response(resource.create_subscription)
        self.get_by_id = to_raw_response(resource.get_by_id)
        self.delete_subscription = to_raw_response(resource.delete_subscription)
        self.update_subscription = to_raw_response(resource.update_subscription)


class AsyncIntegrationAuditLogSubscriptionsResource:
    """Operations on `client.integration_audit_log_subscriptions`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncIntegrationAuditLogSubscriptionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncIntegrationAuditLogSubscriptionsResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncIntegrationAuditLogSubscriptionsResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    async def list_by_integration(
        self,
        integration_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Integrations:
        """List subscriptions of an integration.

        `GET /api/v2/integrations/{integrationKey}`

        Args:
            integration_key: Key of the integration, such as `datadog`.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Integrations

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/integrations/{encode_path(integration_key)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_by_integration,
        )

    async def create_subscription(
        self,
        integration_key: str,
        *,
        name: str,
        config: SubscriptionPostConfig | Mapping[str, Any],
        statements: Sequence[Statement | Mapping[str, Any]] | Unset = UNSET,
        on: bool | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        url: str | Unset = UNSET,
        api_key: str | Unset = UNSET,
        _true: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Integration:
        """Create a subscription.

        `POST /api/v2/integrations/{integrationKey}`

        Args:
            integration_key: Key of the integration, such as `datadog`.
            name: The `name` field of the request body.
            config: Settings required by the integration.
            statements: The `statements` field of the request body.
            on: The `on` field of the request body.
            tags: The `tags` field of the request body.
            url: The `url` field of the request body.
            api_key: The `apiKey` field of the request body.
            _true: Another name for `on` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Integration

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        if not isinstance(_true, Unset):
            on = _true
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/integrations/{encode_path(integration_key)}",
                json=SubscriptionPost(
                    name=name,
                    config=as_model(SubscriptionPostConfig, config),
                    statements=as_models(Statement, statements),
                    on=on,
                    tags=tags,
                    url=url,
                    api_key=api_key,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_subscription,
        )

    async def get_by_id(
        self,
        integration_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Integration:
        """Get a subscription.

        `GET /api/v2/integrations/{integrationKey}/{id}`

        Args:
            integration_key: Key of the integration, such as `datadog`.
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Integration

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/integrations/{encode_path(integration_key)}/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_by_id,
        )

    async def delete_subscription(
        self,
        integration_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a subscription.

        `DELETE /api/v2/integrations/{integrationKey}/{id}`

        Args:
            integration_key: Key of the integration, such as `datadog`.
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/integrations/{encode_path(integration_key)}/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_subscription,
        )

    async def update_subscription(
        self,
        integration_key: str,
        id: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> Integration:
        """Change subscription.

        `PATCH /api/v2/integrations/{integrationKey}/{id}`

        Args:
            integration_key: The `integrationKey` path parameter.
            id: The `id` path parameter.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Integration

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403, 404, 409, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/integrations/{encode_path(integration_key)}/{encode_path(id)}",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_update_subscription,
        )


class AsyncIntegrationAuditLogSubscriptionsResourceWithRawResponse:
    """`integration_audit_log_subscriptions` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncIntegrationAuditLogSubscriptionsResource) -> None:
        self.list_by_integration = to_async_raw_response(resource.list_by_integration)
        self.create_subscription = to_async_raw_response(resource.create_subscription)
        self.get_by_id = to_async_raw_response(resource.get_by_id)
        self.delete_subscription = to_async_raw_response(resource.delete_subscription)
        self.update_subscription = to_async_raw_response(resource.update_subscription)
