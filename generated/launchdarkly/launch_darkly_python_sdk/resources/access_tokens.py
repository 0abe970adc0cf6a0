"""Operations on `client.access_tokens`."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, jsonable, query_params
from .._core._request import ApiRequest
from .._core._types import as_models
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    OffsetStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.access_token_post import AccessTokenPost
from ..models.access_token_post_role import AccessTokenPostRole
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.patch_operation import PatchOperation
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.statement import Statement
from ..models.status_conflict_error_rep import StatusConflictErrorRep
from ..models.token_model import Token
from ..models.tokens import Tokens
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> Tokens:
    return Tokens.from_dict(response.json())


def _parse_create_new_token(response: httpx.Response) -> Token:
    return Token.from_dict(response.json())


def _parse_get_by_id(response: httpx.Response) -> Token:
    return Token.from_dict(response.json())


def _parse_delete_by_id(response: httpx.Response) -> None:
    return None


def _parse_update_settings(response: httpx.Response) -> Token:
    return Token.from_dict(response.json())


def _parse_reset_secret_key(response: httpx.Response) -> Token:
    return Token.from_dict(response.json())


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
    409: StatusConflictErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class AccessTokensResource:
    """Operations on `client.access_tokens`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> AccessTokensResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AccessTokensResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AccessTokensResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list(
        self,
        *,
        show_all: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[Token]:
        """Access tokens in the account.

        `GET /api/v2/tokens`

        Args:
            show_all: With an admin token, include tokens of every member.
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Token`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `Tokens` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/api/v2/tokens",
                params=query_params(
                    {
                        "showAll": show_all,
                        "limit": limit,
                        "offset": offset,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    def create_new_token(
        self,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        role: AccessTokenPostRole | str | Unset = UNSET,
        custom_role_ids: builtins.list[str] | Unset = UNSET,
        inline_role: Sequence[Statement | Mapping[str, Any]] | Unset = UNSET,
        service_token: bool | Unset = UNSET,
        default_api_version: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Token:
        """Create an access token.

        `POST /api/v2/tokens`

        Args:
            name: The `name` field of the request body.
            description: The `description` field of the request body.
            role: The `role` field of the request body.
            custom_role_ids: The `customRoleIds` field of the request body.
            inline_role: The `inlineRole` field of the request body.
            service_token: The `serviceToken` field of the request body.
            default_api_version: The `defaultApiVersion` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Token

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/api/v2/tokens",
                json=AccessTokenPost(
                    name=name,
                    description=description,
                    role=role,
                    custom_role_ids=custom_role_ids,
                    inline_role=as_models(Statement, inline_role),
                    service_token=service_token,
                    default_api_version=default_api_version,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_new_token,
        )

    def get_by_id(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Token:
        """Get an access token.

        `GET /api/v2/tokens/{id}`

        Args:
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Token

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/tokens/{encode_path(id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_by_id,
        )

    def delete_by_id(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete an access token.

        `DELETE /api/v2/tokens/{id}`

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
                f"/api/v2/tokens/{encode_path(id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_delete_by_id,
        )

    def update_settings(
        self,
        id: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> Token:
        """Change an access token.

        `PATCH /api/v2/tokens/{id}`

        Args:
            id: Identifier of the resource.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Token

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/tokens/{encode_path(id)}",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_update_settings,
        )

    def reset_secret_key(
        self,
        id: str,
        *,
        expiry: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Token:
        """Issue a new secret for an access token.

        `POST /api/v2/tokens/{id}/reset`

        Args:
            id: Identifier of the resource.
            expiry: Milliseconds since epoch when the old key stops working; omit to revoke it now.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Token

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/tokens/{encode_path(id)}/reset",
                params=query_params(
                    {
                        "expiry": expiry,
                    }
                ),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_reset_secret_key,
        )

    async def alist(
        self,
        *,
        show_all: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Token]:
        """Coroutine twin of `list`: same arguments, same result, awaitable."""
        return await AsyncAccessTokensResource(self._async_client()).list(
            show_all=show_all,
            limit=limit,
            offset=offset,
            max_items=max_items,
            request_options=request_options,
        )

    async def acreate_new_token(
        self,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        role: AccessTokenPostRole | str | Unset = UNSET,
        custom_role_ids: builtins.list[str] | Unset = UNSET,
        inline_role: Sequence[Statement | Mapping[str, Any]] | Unset = UNSET,
        service_token: bool | Unset = UNSET,
        default_api_version: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Token:
        """Coroutine twin of `create_new_token`: same arguments, same result, awaitable."""
        return await AsyncAccessTokensResource(self._async_client()).create_new_token(
            name=name,
            description=description,
            role=role,
            custom_role_ids=custom_role_ids,
            inline_role=inline_role,
            service_token=service_token,
            default_api_version=default_api_version,
            request_options=request_options,
        )

    async def aget_by_id(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Token:
        """Coroutine twin of `get_by_id`: same arguments, same result, awaitable."""
        return await AsyncAccessTokensResource(self._async_client()).get_by_id(
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
        return await AsyncAccessTokensResource(self._async_client()).delete_by_id(
            id,
            request_options=request_options,
        )

    async def aupdate_settings(
        self,
        id: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> Token:
        """Coroutine twin of `update_settings`: same arguments, same result, awaitable."""
        return await AsyncAccessTokensResource(self._async_client()).update_settings(
            id,
            body=body,
            request_options=request_options,
        )

    async def areset_secret_key(
        self,
        id: str,
        *,
        expiry: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Token:
        """Coroutine twin of `reset_secret_key`: same arguments, same result, awaitable."""
        return await AsyncAccessTokensResource(self._async_client()).reset_secret_key(
            id,
            expiry=expiry,
            request_options=request_options,
        )


class AccessTokensResourceWithRawResponse:
    """`access_tokens` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AccessTokensResource) -> None:
        self.list = to_raw_response(resource.list)
        self.create_new_token = to_raw_response(resource.create_new_token)
        self.get_by_id = to_raw_response(resource.get_by_id)
        self.delete_by_id = to_raw_response(resource.delete_by_id)
        self.update_settings = to_raw_response(resource.update_settings)
        self.reset_secret_key = to_raw_response(resource.reset_secret_key)


class AsyncAccessTokensResource:
    """Operations on `client.access_tokens`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAccessTokensResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncAccessTokensResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncAccessTokensResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list(
        self,
        *,
        show_all: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Token]:
        """Access tokens in the account.

        `GET /api/v2/tokens`

        Args:
            show_all: With an admin token, include tokens of every member.
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Token`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `Tokens` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/api/v2/tokens",
                params=query_params(
                    {
                        "showAll": show_all,
                        "limit": limit,
                        "offset": offset,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    async def create_new_token(
        self,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        role: AccessTokenPostRole | str | Unset = UNSET,
        custom_role_ids: builtins.list[str] | Unset = UNSET,
        inline_role: Sequence[Statement | Mapping[str, Any]] | Unset = UNSET,
        service_token: bool | Unset = UNSET,
        default_api_version: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Token:
        """Create an access token.

        `POST /api/v2/tokens`

        Args:
            name: The `name` field of the request body.
            description: The `description` field of the request body.
            role: The `role` field of the request body.
            custom_role_ids: The `customRoleIds` field of the request body.
            inline_role: The `inlineRole` field of the request body.
            service_token: The `serviceToken` field of the request body.
            default_api_version: The `defaultApiVersion` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Token

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/api/v2/tokens",
                json=AccessTokenPost(
                    name=name,
                    description=description,
                    role=role,
                    custom_role_ids=custom_role_ids,
                    inline_role=as_models(Statement, inline_role),
                    service_token=service_token,
                    default_api_version=default_api_version,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_new_token,
        )

    async def get_by_id(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Token:
        """Get an access token.

        `GET /api/v2/tokens/{id}`

        Args:
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Token

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/tokens/{encode_path(id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_by_id,
        )

    async def delete_by_id(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete an access token.

        `DELETE /api/v2/tokens/{id}`

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
                f"/api/v2/tokens/{encode_path(id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_delete_by_id,
        )

    async def update_settings(
        self,
        id: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> Token:
        """Change an access token.

        `PATCH /api/v2/tokens/{id}`

        Args:
            id: Identifier of the resource.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Token

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/tokens/{encode_path(id)}",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_update_settings,
        )

    async def reset_secret_key(
        self,
        id: str,
        *,
        expiry: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Token:
        """Issue a new secret for an access token.

        `POST /api/v2/tokens/{id}/reset`

        Args:
            id: Identifier of the resource.
            expiry: Milliseconds since epoch when the old key stops working; omit to revoke it now.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Token

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/tokens/{encode_path(id)}/reset",
                params=query_params(
                    {
                        "expiry": expiry,
                    }
                ),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_reset_secret_key,
        )


class AsyncAccessTokensResourceWithRawResponse:
    """`access_tokens` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncAccessTokensResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create_new_token = to_async_raw_response(resource.create_new_token)
        self.get_by_id = to_async_raw_response(resource.get_by_id)
        self.delete_by_id = to_async_raw_response(resource.delete_by_id)
        self.update_settings = to_async_raw_response(resource.update_settings)
        self.reset_secret_key = to_async_raw_response(resource.reset_secret_key)
