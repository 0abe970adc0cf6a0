"""Operations on `client.webhooks`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, jsonable
from .._core._request import ApiRequest
from .._core._types import as_models
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.patch_operation import PatchOperation
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.statement import Statement
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..models.webhook import Webhook
from ..models.webhook_post import WebhookPost
from ..models.webhooks import Webhooks
from ..types import UNSET, Unset


def _parse_list_webhooks(response: httpx.Response) -> Webhooks:
    return Webhooks.from_dict(response.json())


def _parse_create_new_webhook(response: httpx.Response) -> Webhook:
    return Webhook.from_dict(response.json())


def _parse_get_single_by_id(response: httpx.Response) -> Webhook:
    return Webhook.from_dict(response.json())


def _parse_delete_by_id(response: httpx.Response) -> None:
    return None


def _parse_update_settings_patch(response: httpx.Response) -> Webhook:
    return Webhook.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_3: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_4: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class WebhooksResource:
    """Operations on `client.webhooks`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> WebhooksResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return WebhooksResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> WebhooksResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_webhooks(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Webhooks:
        """Webhooks in the account.

        `GET /api/v2/webhooks`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Webhooks

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/webhooks",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_webhooks,
        )

    def create_new_webhook(
        self,
        *,
        url: str,
        sign: bool,
        on: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        secret: str | Unset = UNSET,
        statements: Sequence[Statement | Mapping[str, Any]] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        _true: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Webhook:
        """Create a webhook.

        `POST /api/v2/webhooks`

        Args:
            url: The `url` field of the request body.
            sign: Whether to sign payloads with the secret.
            on: The `on` field of the request body.
            name: The `name` field of the request body.
            secret: The `secret` field of the request body.
            statements: The `statements` field of the request body.
            tags: The `tags` field of the request body.
            _true: Another name for `on` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Webhook

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        if not isinstance(_true, Unset):
            on = _true
        if isinstance(on, Unset):
            raise TypeError("create_new_webhook() missing required argument: 'on'")
        return self._client.request(
            ApiRequest(
                "POST",
                "/api/v2/webhooks",
                json=WebhookPost(
                    url=url,
                    sign=sign,
                    on=on,
                    name=name,
                    secret=secret,
                    statements=as_models(Statement, statements),
                    tags=tags,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_new_webhook,
        )

    def get_single_by_id(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Webhook:
        """Get a webhook.

        `GET /api/v2/webhooks/{id}`

        Args:
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Webhook

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/webhooks/{encode_path(id)}",
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
        """Delete a webhook.

        `DELETE /api/v2/webhooks/{id}`

        Args:
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
                f"/api/v2/webhooks/{encode_path(id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_delete_by_id,
        )

    def update_settings_patch(
        self,
        id: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> Webhook:
        """Change a webhook.

        `PATCH /api/v2/webhooks/{id}`

        Args:
            id: Identifier of the resource.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Webhook

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/webhooks/{encode_path(id)}",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_update_settings_patch,
        )

    async def alist_webhooks(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Webhooks:
        """Coroutine twin of `list_webhooks`: same arguments, same result, awaitable."""
        return await AsyncWebhooksResource(self._async_client()).list_webhooks(
            request_options=request_options,
        )

    async def acreate_new_webhook(
        self,
        *,
        url: str,
        sign: bool,
        on: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        secret: str | Unset = UNSET,
        statements: Sequence[Statement | Mapping[str, Any]] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        _true: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Webhook:
        """Coroutine twin of `create_new_webhook`: same arguments, same result, awaitable."""
        return await AsyncWebhooksResource(self._async_client()).create_new_webhook(
            url=url,
            sign=sign,
            on=on,
            name=name,
            secret=secret,
            statements=statements,
            tags=tags,
            _true=_true,
            request_options=request_options,
        )

    async def aget_single_by_id(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Webhook:
        """Coroutine twin of `get_single_by_id`: same arguments, same result, awaitable."""
        return await AsyncWebhooksResource(self._async_client()).get_single_by_id(
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
        return await AsyncWebhooksResource(self._async_client()).delete_by_id(
            id,
            request_options=request_options,
        )

    async def aupdate_settings_patch(
        self,
        id: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> Webhook:
        """Coroutine twin of `update_settings_patch`: same arguments, same result, awaitable."""
        return await AsyncWebhooksResource(self._async_client()).update_settings_patch(
            id,
            body=body,
            request_options=request_options,
        )


class WebhooksResourceWithRawResponse:
    """`webhooks` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: WebhooksResource) -> None:
        self.list_webhooks = to_raw_response(resource.list_webhooks)
        self.create_new_webhook = to_raw_response(resource.create_new_webhook)
        self.get_single_by_id = to_raw_response(resource.get_single_by_id)
        self.delete_by_id = to_raw_response(resource.delete_by_id)
        self.update_settings_patch = to_raw_response(resource.update_settings_patch)


class AsyncWebhooksResource:
    """Operations on `client.webhooks`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncWebhooksResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncWebhooksResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncWebhooksResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    async def list_webhooks(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Webhooks:
        """Webhooks in the account.

        `GET /api/v2/webhooks`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Webhooks

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/webhooks",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_webhooks,
        )

    async def create_new_webhook(
        self,
        *,
        url: str,
        sign: bool,
        on: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        secret: str | Unset = UNSET,
        statements: Sequence[Statement | Mapping[str, Any]] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        _true: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Webhook:
        """Create a webhook.

        `POST /api/v2/webhooks`

        Args:
            url: The `url` field of the request body.
            sign: Whether to sign payloads with the secret.
            on: The `on` field of the request body.
            name: The `name` field of the request body.
            secret: The `secret` field of the request body.
            statements: The `statements` field of the request body.
            tags: The `tags` field of the request body.
            _true: Another name for `on` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Webhook

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        if not isinstance(_true, Unset):
            on = _true
        if isinstance(on, Unset):
            raise TypeError("create_new_webhook() missing required argument: 'on'")
        return await self._client.request(
            ApiRequest(
                "POST",
                "/api/v2/webhooks",
                json=WebhookPost(
                    url=url,
                    sign=sign,
                    on=on,
                    name=name,
                    secret=secret,
                    statements=as_models(Statement, statements),
                    tags=tags,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_new_webhook,
        )

    async def get_single_by_id(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Webhook:
        """Get a webhook.

        `GET /api/v2/webhooks/{id}`

        Args:
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Webhook

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/webhooks/{encode_path(id)}",
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
        """Delete a webhook.

        `DELETE /api/v2/webhooks/{id}`

        Args:
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
                f"/api/v2/webhooks/{encode_path(id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_delete_by_id,
        )

    async def update_settings_patch(
        self,
        id: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> Webhook:
        """Change a webhook.

        `PATCH /api/v2/webhooks/{id}`

        Args:
            id: Identifier of the resource.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Webhook

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/webhooks/{encode_path(id)}",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_update_settings_patch,
        )


class AsyncWebhooksResourceWithRawResponse:
    """`webhooks` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncWebhooksResource) -> None:
        self.list_webhooks = to_async_raw_response(resource.list_webhooks)
        self.create_new_webhook = to_async_raw_response(resource.create_new_webhook)
        self.get_single_by_id = to_async_raw_response(resource.get_single_by_id)
        self.delete_by_id = to_async_raw_response(resource.delete_by_id)
        self.update_settings_patch = to_async_raw_response(resource.update_settings_patch)
