"""Operations on `client.o_auth2_clients`."""

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
from ..models.client import Client
from ..models.client_collection import ClientCollection
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.o_auth_client_post import OAuthClientPost
from ..models.patch_operation import PatchOperation
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> ClientCollection:
    return ClientCollection.from_dict(response.json())


def _parse_create_client(response: httpx.Response) -> Client:
    return Client.from_dict(response.json())


def _parse_get_client_by_id(response: httpx.Response) -> Client:
    return Client.from_dict(response.json())


def _parse_delete_client_by_id(response: httpx.Response) -> None:
    return None


def _parse_update_client_by_id(response: httpx.Response) -> Client:
    return Client.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
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


class OAuth2ClientsResource:
    """Operations on `client.o_auth2_clients`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> OAuth2ClientsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return OAuth2ClientsResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> OAuth2ClientsResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ClientCollection:
        """List OAuth2 clients.

        `GET /api/v2/oauth/clients`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ClientCollection

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/oauth/clients",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )

    def create_client(
        self,
        *,
        name: str | Unset = UNSET,
        redirect_uri: str | Unset = UNSET,
        description: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Client:
        """Register an OAuth2 client.

        `POST /api/v2/oauth/clients`

        Args:
            name: The `name` field of the request body.
            redirect_uri: The `redirectUri` field of the request body.
            description: The `description` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Client

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/api/v2/oauth/clients",
                json=OAuthClientPost(name=name, redirect_uri=redirect_uri, description=description).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create_client,
        )

    def get_client_by_id(
        self,
        client_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Client:
        """Get an OAuth2 client.

        `GET /api/v2/oauth/clients/{clientId}`

        Args:
            client_id: Identifier of the OAuth2 client.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Client

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/oauth/clients/{encode_path(client_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_client_by_id,
        )

    def delete_client_by_id(
        self,
        client_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete an OAuth2 client.

        `DELETE /api/v2/oauth/clients/{clientId}`

        Args:
            client_id: Identifier of the OAuth2 client.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/oauth/clients/{encode_path(client_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete_client_by_id,
        )

    def update_client_by_id(
        self,
        client_id: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> Client:
        """Change an OAuth2 client.

        `PATCH /api/v2/oauth/clients/{clientId}`

        Args:
            client_id: Identifier of the OAuth2 client.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Client

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/oauth/clients/{encode_path(client_id)}",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update_client_by_id,
        )

    async def alist(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ClientCollection:
        """Coroutine twin of `list`: same arguments, same result, awaitable."""
        return await AsyncOAuth2ClientsResource(self._async_client()).list(
            request_options=request_options,
        )

    async def acreate_client(
        self,
        *,
        name: str | Unset = UNSET,
        redirect_uri: str | Unset = UNSET,
        description: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Client:
        """Coroutine twin of `create_client`: same arguments, same result, awaitable."""
        return await AsyncOAuth2ClientsResource(self._async_client()).create_client(
            name=name,
            redirect_uri=redirect_uri,
            description=description,
            request_options=request_options,
        )

    async def aget_client_by_id(
        self,
        client_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Client:
        """Coroutine twin of `get_client_by_id`: same arguments, same result, awaitable."""
        return await AsyncOAuth2ClientsResource(self._async_client()).get_client_by_id(
            client_id,
            request_options=request_options,
        )

    async def adelete_client_by_id(
        self,
        client_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `delete_client_by_id`: same arguments, same result, awaitable."""
        return await AsyncOAuth2ClientsResource(self._async_client()).delete_client_by_id(
            client_id,
            request_options=request_options,
        )

    async def aupdate_client_by_id(
        self,
        client_id: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> Client:
        """Coroutine twin of `update_client_by_id`: same arguments, same result, awaitable."""
        return await AsyncOAuth2ClientsResource(self._async_client()).update_client_by_id(
            client_id,
            body=body,
            request_options=request_options,
        )


class OAuth2ClientsResourceWithRawResponse:
    """`o_auth2_clients` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: OAuth2ClientsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.create_client = to_raw_response(resource.create_client)
        self.get_client_by_id = to_raw_response(resource.get_client_by_id)
        self.delete_client_by_id = to_raw_response(resource.delete_client_by_id)
        self.update_client_by_id = to_raw_response(resource.update_client_by_id)


class AsyncOAuth2ClientsResource:
    """Operations on `client.o_auth2_clients`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOAuth2ClientsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncOAuth2ClientsResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncOAuth2ClientsResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    async def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ClientCollection:
        """List OAuth2 clients.

        `GET /api/v2/oauth/clients`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ClientCollection

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/oauth/clients",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )

    async def create_client(
        self,
        *,
        name: str | Unset = UNSET,
        redirect_uri: str | Unset = UNSET,
        description: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Client:
        """Register an OAuth2 client.

        `POST /api/v2/oauth/clients`

        Args:
            name: The `name` field of the request body.
            redirect_uri: The `redirectUri` field of the request body.
            description: The `description` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Client

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/api/v2/oauth/clients",
                json=OAuthClientPost(name=name, redirect_uri=redirect_uri, description=description).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create_client,
        )

    async def get_client_by_id(
        self,
        client_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Client:
        """Get an OAuth2 client.

        `GET /api/v2/oauth/clients/{clientId}`

        Args:
            client_id: Identifier of the OAuth2 client.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Client

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/oauth/clients/{encode_path(client_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_client_by_id,
        )

    async def delete_client_by_id(
        self,
        client_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete an OAuth2 client.

        `DELETE /api/v2/oauth/clients/{clientId}`

        Args:
            client_id: Identifier of the OAuth2 client.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/oauth/clients/{encode_path(client_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete_client_by_id,
        )

    async def update_client_by_id(
        self,
        client_id: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> Client:
        """Change an OAuth2 client.

        `PATCH /api/v2/oauth/clients/{clientId}`

        Args:
            client_id: Identifier of the OAuth2 client.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Client

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/oauth/clients/{encode_path(client_id)}",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update_client_by_id,
        )


class AsyncOAuth2ClientsResourceWithRawResponse:
    """`o_auth2_clients` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncOAuth2ClientsResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create_client = to_async_raw_response(resource.create_client)
        self.get_client_by_id = to_async_raw_response(resource.get_client_by_id)
        self.delete_client_by_id = to_async_raw_response(resource.delete_client_by_id)
        self.update_client_by_id = to_async_raw_response(resource.update_client_by_id)
