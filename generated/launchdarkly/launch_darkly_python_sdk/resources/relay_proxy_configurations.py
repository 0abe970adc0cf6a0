"""Operations on `client.relay_proxy_configurations`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest
from .._core._types import as_models
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.patch_operation import PatchOperation
from ..models.patch_with_comment import PatchWithComment
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.relay_auto_config_collection_rep import RelayAutoConfigCollectionRep
from ..models.relay_auto_config_post import RelayAutoConfigPost
from ..models.relay_auto_config_rep import RelayAutoConfigRep
from ..models.statement import Statement
from ..models.status_conflict_error_rep import StatusConflictErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> RelayAutoConfigCollectionRep:
    return RelayAutoConfigCollectionRep.from_dict(response.json())


def _parse_create_new_config(response: httpx.Response) -> RelayAutoConfigRep:
    return RelayAutoConfigRep.from_dict(response.json())


def _parse_get_single_by_id(response: httpx.Response) -> RelayAutoConfigRep:
    return RelayAutoConfigRep.from_dict(response.json())


def _parse_delete_by_id(response: httpx.Response) -> None:
    return None


def _parse_update_config_patch(response: httpx.Response) -> RelayAutoConfigRep:
    return RelayAutoConfigRep.from_dict(response.json())


def _parse_reset_secret_key_with_expiry(response: httpx.Response) -> RelayAutoConfigRep:
    return RelayAutoConfigRep.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_3: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_4: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    409: StatusConflictErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_5: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    409: StatusConflictErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class RelayProxyConfigurationsResource:
    """Operations on `client.relay_proxy_configurations`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> RelayProxyConfigurationsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return RelayProxyConfigurationsResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> RelayProxyConfigurationsResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> RelayAutoConfigCollectionRep:
        """List Relay Proxy configurations.

        `GET /api/v2/account/relay-auto-configs`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RelayAutoConfigCollectionRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/account/relay-auto-configs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )

    def create_new_config(
        self,
        *,
        name: str,
        policy: Sequence[Statement | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> RelayAutoConfigRep:
        """Create a Relay Proxy configuration.

        `POST /api/v2/account/relay-auto-configs`

        Args:
            name: The `name` field of the request body.
            policy: The `policy` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RelayAutoConfigRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/api/v2/account/relay-auto-configs",
                json=RelayAutoConfigPost(name=name, policy=as_models(Statement, policy)).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_new_config,
        )

    def get_single_by_id(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RelayAutoConfigRep:
        """Get a Relay Proxy configuration.

        `GET /api/v2/account/relay-auto-configs/{id}`

        Args:
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RelayAutoConfigRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/account/relay-auto-configs/{encode_path(id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_single_by_id,
        )

    def delete_by_id(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a Relay Proxy configuration.

        `DELETE /api/v2/account/relay-auto-configs/{id}`

        Args:
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 404, 409, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/account/relay-auto-configs/{encode_path(id)}",
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_delete_by_id,
        )

    def update_config_patch(
        self,
        id: str,
        *,
        patch: Sequence[PatchOperation | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RelayAutoConfigRep:
        """Change a Relay Proxy configuration.

        `PATCH /api/v2/account/relay-auto-configs/{id}`

        Args:
            id: Identifier of the resource.
            patch: A list of JSON Patch operations applied in order.
            comment: Shown next to the change in the audit log.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RelayAutoConfigRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 404, 409, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/account/relay-auto-configs/{encode_path(id)}",
                json=PatchWithComment(patch=as_models(PatchOperation, patch), comment=comment).to_dict(),
                error_types=_ERRORS_5,
                options=request_options,
            ),
            cast=_parse_update_config_patch,
        )

    def reset_secret_key_with_expiry(
        self,
        id: str,
        *,
        expiry: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RelayAutoConfigRep:
        """Issue a new Relay Proxy key.

        `POST /api/v2/account/relay-auto-configs/{id}/reset`

        Args:
            id: Identifier of the resource.
            expiry: Milliseconds since epoch when the old key stops working; omit to revoke it now.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RelayAutoConfigRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/account/relay-auto-configs/{encode_path(id)}/reset",
                params=query_params(
                    {
                        "expiry": expiry,
                    }
                ),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_reset_secret_key_with_expiry,
        )

    async def alist(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> RelayAutoConfigCollectionRep:
        """Coroutine twin of `list`: same arguments, same result, awaitable."""
        return await AsyncRelayProxyConfigurationsResource(self._async_client()).list(
            request_options=request_options,
        )

    async def acreate_new_config(
        self,
        *,
        name: str,
        policy: Sequence[Statement | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> RelayAutoConfigRep:
        """Coroutine twin of `create_new_config`: same arguments, same result, awaitable."""
        return await AsyncRelayProxyConfigurationsResource(self._async_client()).create_new_config(
            name=name,
            policy=policy,
            request_options=request_options,
        )

    async def aget_single_by_id(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RelayAutoConfigRep:
        """Coroutine twin of `get_single_by_id`: same arguments, same result, awaitable."""
        return await AsyncRelayProxyConfigurationsResource(self._async_client()).get_single_by_id(
            id,
            request_options=request_options,
        )

    async def adelete_by_id(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `delete_by_id`: same arguments, same result, awaitable."""
        return await AsyncRelayProxyConfigurationsResource(self._async_client()).delete_by_id(
            id,
            request_options=request_options,
        )

    async def aupdate_config_patch(
        self,
        id: str,
        *,
        patch: Sequence[PatchOperation | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RelayAutoConfigRep:
        """Coroutine twin of `update_config_patch`: same arguments, same result, awaitable."""
        return await AsyncRelayProxyConfigurationsResource(self._async_client()).update_config_patch(
            id,
            patch=patch,
            comment=comment,
            request_options=request_options,
        )

    async def areset_secret_key_with_expiry(
        self,
        id: str,
        *,
        expiry: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RelayAutoConfigRep:
        """Coroutine twin of `reset_secret_key_with_expiry`: same arguments, same result, awaitable."""
        return await AsyncRelayProxyConfigurationsResource(self._async_client()).reset_secret_key_with_expiry(
            id,
            expiry=expiry,
            request_options=request_options,
        )


class RelayProxyConfigurationsResourceWithRawResponse:
    """`relay_proxy_configurations` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: RelayProxyConfigurationsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.create_new_config = to_raw_response(resource.create_new_config)
        self.get_single_by_id = to_raw_response(resource.get_single_by_id)
        self.delete_by_id = to_raw_response(resource.delete_by_id)
        self.update_config_patch = to_raw_response(resource.update_config_patch)
        self.reset_secret_key_with_expiry = to_raw_response(resource.reset_secret_key_with_expiry)


class AsyncRelayProxyConfigurationsResource:
    """Operations on `client.relay_proxy_configurations`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncRelayProxyConfigurationsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncRelayProxyConfigurationsResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncRelayProxyConfigurationsResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    async def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> RelayAutoConfigCollectionRep:
        """List Relay Proxy configurations.

        `GET /api/v2/account/relay-auto-configs`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RelayAutoConfigCollectionRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/account/relay-auto-configs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )

    async def create_new_config(
        self,
        *,
        name: str,
        policy: Sequence[Statement | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> RelayAutoConfigRep:
        """Create a Relay Proxy configuration.

        `POST /api/v2/account/relay-auto-configs`

        Args:
            name: The `name` field of the request body.
            policy: The `policy` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RelayAutoConfigRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/api/v2/account/relay-auto-configs",
                json=RelayAutoConfigPost(name=name, policy=as_models(Statement, policy)).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_new_config,
        )

    async def get_single_by_id(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RelayAutoConfigRep:
        """Get a Relay Proxy configuration.

        `GET /api/v2/account/relay-auto-configs/{id}`

        Args:
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RelayAutoConfigRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/account/relay-auto-configs/{encode_path(id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_single_by_id,
        )

    async def delete_by_id(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a Relay Proxy configuration.

        `DELETE /api/v2/account/relay-auto-configs/{id}`

        Args:
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 404, 409, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/account/relay-auto-configs/{encode_path(id)}",
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_delete_by_id,
        )

    async def update_config_patch(
        self,
        id: str,
        *,
        patch: Sequence[PatchOperation | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RelayAutoConfigRep:
        """Change a Relay Proxy configuration.

        `PATCH /api/v2/account/relay-auto-configs/{id}`

        Args:
            id: Identifier of the resource.
            patch: A list of JSON Patch operations applied in order.
            comment: Shown next to the change in the audit log.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RelayAutoConfigRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 404, 409, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/account/relay-auto-configs/{encode_path(id)}",
                json=PatchWithComment(patch=as_models(PatchOperation, patch), comment=comment).to_dict(),
                error_types=_ERRORS_5,
                options=request_options,
            ),
            cast=_parse_update_config_patch,
        )

    async def reset_secret_key_with_expiry(
        self,
        id: str,
        *,
        expiry: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RelayAutoConfigRep:
        """Issue a new Relay Proxy key.

        `POST /api/v2/account/relay-auto-configs/{id}/reset`

        Args:
            id: Identifier of the resource.
            expiry: Milliseconds since epoch when the old key stops working; omit to revoke it now.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RelayAutoConfigRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/account/relay-auto-configs/{encode_path(id)}/reset",
                params=query_params(
                    {
                        "expiry": expiry,
                    }
                ),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_reset_secret_key_with_expiry,
        )


class AsyncRelayProxyConfigurationsResourceWithRawResponse:
    """`relay_proxy_configurations` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncRelayProxyConfigurationsResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create_new_config = to_async_raw_response(resource.create_new_config)
        self.get_single_by_id = to_async_raw_response(resource.get_single_by_id)
        self.delete_by_id = to_async_raw_response(resource.delete_by_id)
        self.update_config_patch = to_async_raw_response(resource.update_config_patch)
        self.reset_secret_key_with_expiry = to_async_raw_response(resource.reset_secret_key_with_expiry)
