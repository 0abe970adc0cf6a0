"""Operations on `client.webhooks`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any
from uuid import UUID

import httpx

from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest
from .._core._types import as_model
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    CursorStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.creator_include import CreatorInclude
from ..models.errors_model import Errors
from ..models.webhook_create_params import WebhookCreateParams
from ..models.webhook_create_params_data import WebhookCreateParamsData
from ..models.webhook_create_response import WebhookCreateResponse
from ..models.webhook_response import WebhookResponse
from ..models.webhook_update_params import WebhookUpdateParams
from ..models.webhook_update_params_data import WebhookUpdateParamsData
from ..models.webhook_with_includes import WebhookWithIncludes
from ..models.webhook_with_includes_response import WebhookWithIncludesResponse
from ..models.webhooks_with_includes_response import WebhooksWithIncludesResponse
from ..types import UNSET, Unset


def _parse_index(response: httpx.Response) -> WebhooksWithIncludesResponse:
    return WebhooksWithIncludesResponse.from_dict(response.json())


def _parse_create(response: httpx.Response) -> WebhookCreateResponse:
    return WebhookCreateResponse.from_dict(response.json())


def _parse_show(response: httpx.Response) -> WebhookWithIncludesResponse:
    return WebhookWithIncludesResponse.from_dict(response.json())


def _parse_delete(response: httpx.Response) -> None:
    return None


def _parse_update(response: httpx.Response) -> WebhookResponse:
    return WebhookResponse.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    401: Errors.from_dict,
    403: Errors.from_dict,
    404: Errors.from_dict,
    409: Errors.from_dict,
    422: Errors.from_dict,
    429: Errors.from_dict,
}


class WebhooksResource:
    """Operations on `client.webhooks`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> WebhooksResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return WebhooksResourceWithRawResponse(self)

    def index(
        self,
        account_id: str | UUID,
        workspace_id: str | UUID,
        *,
        include: CreatorInclude | Unset = UNSET,
        after: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[WebhookWithIncludes]:
        """List webhooks.

        Rate limit: 100 calls per 1 minute per account_user.

        `GET /v4/accounts/{account_id}/workspaces/{workspace_id}/webhooks`

        Args:
            account_id: The account that owns the resource.
            workspace_id: A workspace inside the account.
            include: Extra related objects to embed in the response.
            after: Cursor returned in `links.next` of the previous page; leave out to start at the first
                page.
            page_size: How many items to return per page (1 to 100).
            include_total_count: Ask the server to fill `total_count` in the page (costs an extra count query).
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `WebhookWithIncludes`: iterating it yields every item across pages, fetching them
            as needed; `iter_pages()` yields each page (its items, the parsed
            `WebhooksWithIncludesResponse` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/workspaces/{encode_path(workspace_id)}/webhooks",
                params=query_params(
                    {
                        "include": include,
                        "after": after,
                        "page_size": page_size,
                        "include_total_count": include_total_count,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_index,
            strategy=CursorStrategy(param="after", next_link="links.next"),
            items=("data",),
            max_items=max_items,
        )

    def create(
        self,
        account_id: str | UUID,
        workspace_id: str | UUID,
        *,
        data: WebhookCreateParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> WebhookCreateResponse:
        """Create a webhook.

        Registers a callback URL for the chosen events. The response carries the signing secret, which
        is not shown again.

        Rate limit: 10 calls per 1 minute per account.

        `POST /v4/accounts/{account_id}/workspaces/{workspace_id}/webhooks`

        Args:
            account_id: The account that owns the resource.
            workspace_id: A workspace inside the account.
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            WebhookCreateResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/v4/accounts/{encode_path(account_id)}/workspaces/{encode_path(workspace_id)}/webhooks",
                json=WebhookCreateParams(data=as_model(WebhookCreateParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    def show(
        self,
        account_id: str | UUID,
        webhook_id: str | UUID,
        *,
        include: CreatorInclude | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> WebhookWithIncludesResponse:
        """Get a webhook.

        Rate limit: 100 calls per 1 minute per account_user.

        `GET /v4/accounts/{account_id}/webhooks/{webhook_id}`

        Args:
            account_id: The account that owns the resource.
            webhook_id: A webhook subscription.
            include: Extra related objects to embed in the response.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            WebhookWithIncludesResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/webhooks/{encode_path(webhook_id)}",
                params=query_params(
                    {
                        "include": include,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_show,
        )

    def delete(
        self,
        account_id: str | UUID,
        webhook_id: str | UUID,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a webhook.

        Rate limit: 60 calls per 1 minute per account_user.

        `DELETE /v4/accounts/{account_id}/webhooks/{webhook_id}`

        Args:
            account_id: The account that owns the resource.
            webhook_id: A webhook subscription.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/v4/accounts/{encode_path(account_id)}/webhooks/{encode_path(webhook_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    def update(
        self,
        account_id: str | UUID,
        webhook_id: str | UUID,
        *,
        data: WebhookUpdateParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> WebhookResponse:
        """Change a webhook.

        Rate limit: 10 calls per 1 minute per account_user.

        `PATCH /v4/accounts/{account_id}/webhooks/{webhook_id}`

        Args:
            account_id: The account that owns the resource.
            webhook_id: A webhook subscription.
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            WebhookResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/v4/accounts/{encode_path(account_id)}/webhooks/{encode_path(webhook_id)}",
                json=WebhookUpdateParams(data=as_model(WebhookUpdateParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_update,
        )


class WebhooksResourceWithRawResponse:
    """`webhooks` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: WebhooksResource) -> None:
        self.index = to_raw_response(resource.index)
        self.create = to_raw_response(resource.create)
        self.show = to_raw_response(resource.show)
        self.delete = to_raw_response(resource.delete)
        self.update = to_raw_response(resource.update)


class AsyncWebhooksResource:
    """Operations on `client.webhooks`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncWebhooksResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncWebhooksResourceWithRawResponse(self)

    def index(
        self,
        account_id: str | UUID,
        workspace_id: str | UUID,
        *,
        include: CreatorInclude | Unset = UNSET,
        after: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[WebhookWithIncludes]:
        """List webhooks.

        Rate limit: 100 calls per 1 minute per account_user.

        `GET /v4/accounts/{account_id}/workspaces/{workspace_id}/webhooks`

        Args:
            account_id: The account that owns the resource.
            workspace_id: A workspace inside the account.
            include: Extra related objects to embed in the response.
            after: Cursor returned in `links.next` of the previous page; leave out to start at the first
                page.
            page_size: How many items to return per page (1 to 100).
            include_total_count: Ask the server to fill `total_count` in the page (costs an extra count query).
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `WebhookWithIncludes`: iterating it yields every item across pages, fetching them
            as needed; `iter_pages()` yields each page (its items, the parsed
            `WebhooksWithIncludesResponse` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/workspaces/{encode_path(workspace_id)}/webhooks",
                params=query_params(
                    {
                        "include": include,
                        "after": after,
                        "page_size": page_size,
                        "include_total_count": include_total_count,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_index,
            strategy=CursorStrategy(param="after", next_link="links.next"),
            items=("data",),
            max_items=max_items,
        )

    async def create(
        self,
        account_id: str | UUID,
        workspace_id: str | UUID,
        *,
        data: WebhookCreateParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> WebhookCreateResponse:
        """Create a webhook.

        Registers a callback URL for the chosen events. The response carries the signing secret, which
        is not shown again.

        Rate limit: 10 calls per 1 minute per account.

        `POST /v4/accounts/{account_id}/workspaces/{workspace_id}/webhooks`

        Args:
            account_id: The account that owns the resource.
            workspace_id: A workspace inside the account.
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            WebhookCreateResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/v4/accounts/{encode_path(account_id)}/workspaces/{encode_path(workspace_id)}/webhooks",
                json=WebhookCreateParams(data=as_model(WebhookCreateParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    async def show(
        self,
        account_id: str | UUID,
        webhook_id: str | UUID,
        *,
        include: CreatorInclude | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> WebhookWithIncludesResponse:
        """Get a webhook.

        Rate limit: 100 calls per 1 minute per account_user.

        `GET /v4/accounts/{account_id}/webhooks/{webhook_id}`

        Args:
            account_id: The account that owns the resource.
            webhook_id: A webhook subscription.
            include: Extra related objects to embed in the response.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            WebhookWithIncludesResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/webhooks/{encode_path(webhook_id)}",
                params=query_params(
                    {
                        "include": include,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_show,
        )

    async def delete(
        self,
        account_id: str | UUID,
        webhook_id: str | UUID,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a webhook.

        Rate limit: 60 calls per 1 minute per account_user.

        `DELETE /v4/accounts/{account_id}/webhooks/{webhook_id}`

        Args:
            account_id: The account that owns the resource.
            webhook_id: A webhook subscription.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/v4/accounts/{encode_path(account_id)}/webhooks/{encode_path(webhook_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    async def update(
        self,
        account_id: str | UUID,
        webhook_id: str | UUID,
        *,
        data: WebhookUpdateParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> WebhookResponse:
        """Change a webhook.

        Rate limit: 10 calls per 1 minute per account_user.

        `PATCH /v4/accounts/{account_id}/webhooks/{webhook_id}`

        Args:
            account_id: The account that owns the resource.
            webhook_id: A webhook subscription.
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            WebhookResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/v4/accounts/{encode_path(account_id)}/webhooks/{encode_path(webhook_id)}",
                json=WebhookUpdateParams(data=as_model(WebhookUpdateParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_update,
        )


class AsyncWebhooksResourceWithRawResponse:
    """`webhooks` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncWebhooksResource) -> None:
        self.index = to_async_raw_response(resource.index)
        self.create = to_async_raw_response(resource.create)
        self.show = to_async_raw_response(resource.show)
        self.delete = to_async_raw_response(resource.delete)
        self.update = to_async_raw_response(resource.update)
