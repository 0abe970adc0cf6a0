"""Operations on `client.secrets`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.errors_model import Errors
from ..models.secrets_response import SecretsResponse
from ..models.secrets_upsert_body import SecretsUpsertBody
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> SecretsResponse:
    return SecretsResponse.from_dict(response.json())


def _parse_upsert(response: httpx.Response) -> SecretsResponse:
    return SecretsResponse.from_dict(response.json())


def _parse_delete(response: httpx.Response) -> SecretsResponse:
    return SecretsResponse.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    403: Errors.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    403: Errors.from_dict,
    404: Errors.from_dict,
}


class SecretsResource:
    """Operations on `client.secrets`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SecretsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return SecretsResourceWithRawResponse(self)

    def list(
        self,
        *,
        environment_id: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        actor_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SecretsResponse:
        """List secrets.

        Returns the secrets visible for an environment, space or actor.

        `GET /secrets`

        Args:
            environment_id: Environment scope.
            space_id: Space scope.
            actor_id: Actor scope.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SecretsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/secrets",
                params=query_params(
                    {
                        "environmentId": environment_id,
                        "spaceId": space_id,
                        "actorId": actor_id,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )

    def upsert(
        self,
        *,
        name: str,
        value: str,
        environment_id: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        actor_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SecretsResponse:
        """Create or update a secret.

        Stores a secret value under a name, replacing any existing value with the same name and scope.

        `POST /secrets`

        Args:
            name: Name agents use to read the secret.
            value: Secret value; never shown again in the UI.
            environment_id: Environment the secret is scoped to.
            space_id: Space the secret is scoped to.
            actor_id: User, guest or agent the secret is scoped to.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SecretsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/secrets",
                json=SecretsUpsertBody(
                    name=name, value=value, environment_id=environment_id, space_id=space_id, actor_id=actor_id
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_upsert,
        )

    def delete(
        self,
        secret_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> SecretsResponse:
        """Delete a secret.

        Removes a secret and returns the remaining ones.

        `DELETE /secrets/{secretId}`

        Args:
            secret_id: Secret identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SecretsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403, 404.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/secrets/{encode_path(secret_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete,
        )


class SecretsResourceWithRawResponse:
    """`secrets` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: SecretsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.upsert = to_raw_response(resource.upsert)
        self.delete = to_raw_response(resource.delete)


class AsyncSecretsResource:
    """Operations on `client.secrets`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSecretsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncSecretsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        environment_id: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        actor_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SecretsResponse:
        """List secrets.

        Returns the secrets visible for an environment, space or actor.

        `GET /secrets`

        Args:
            environment_id: Environment scope.
            space_id: Space scope.
            actor_id: Actor scope.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SecretsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/secrets",
                params=query_params(
                    {
                        "environmentId": environment_id,
                        "spaceId": space_id,
                        "actorId": actor_id,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )

    async def upsert(
        self,
        *,
        name: str,
        value: str,
        environment_id: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        actor_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SecretsResponse:
        """Create or update a secret.

        Stores a secret value under a name, replacing any existing value with the same name and scope.

        `POST /secrets`

        Args:
            name: Name agents use to read the secret.
            value: Secret value; never shown again in the UI.
            environment_id: Environment the secret is scoped to.
            space_id: Space the secret is scoped to.
            actor_id: User, guest or agent the secret is scoped to.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SecretsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/secrets",
                json=SecretsUpsertBody(
                    name=name, value=value, environment_id=environment_id, space_id=space_id, actor_id=actor_id
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_upsert,
        )

    async def delete(
        self,
        secret_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> SecretsResponse:
        """Delete a secret.

        Removes a secret and returns the remaining ones.

        `DELETE /secrets/{secretId}`

        Args:
            secret_id: Secret identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SecretsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403, 404.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/secrets/{encode_path(secret_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete,
        )


class AsyncSecretsResourceWithRawResponse:
    """`secrets` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncSecretsResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.upsert = to_async_raw_response(resource.upsert)
        self.delete = to_async_raw_response(resource.delete)
