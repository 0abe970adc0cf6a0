"""Operations on `client.users_beta`."""

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
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..models.user_attribute_names_rep import UserAttributeNamesRep


def _parse_get_all_in_use_user_attributes(response: httpx.Response) -> UserAttributeNamesRep:
    return UserAttributeNamesRep.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class UsersBetaResource:
    """Operations on `client.users_beta`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> UsersBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return UsersBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> UsersBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def get_all_in_use_user_attributes(
        self,
        project_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> UserAttributeNamesRep:
        """Attribute names seen on users.

        `GET /api/v2/user-attributes/{projectKey}/{environmentKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UserAttributeNamesRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/user-attributes/{encode_path(project_key)}/{encode_path(environment_key)}",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_all_in_use_user_attributes,
        )

    async def aget_all_in_use_user_attributes(
        self,
        project_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> UserAttributeNamesRep:
        """Coroutine twin of `get_all_in_use_user_attributes`: same arguments, same result, awaitable."""
        return await AsyncUsersBetaResource(self._async_client()).get_all_in_use_user_attributes(
            project_key,
            environment_key,
            request_options=request_options,
        )


class UsersBetaResourceWithRawResponse:
    """`users_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: UsersBetaResource) -> None:
        self.get_all_in_use_user_attributes = to_raw_response(resource.get_all_in_use_user_attributes)


class AsyncUsersBetaResource:
    """Operations on `client.users_beta`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncUsersBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncUsersBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncUsersBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    async def get_all_in_use_user_attributes(
        self,
        project_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> UserAttributeNamesRep:
        """Attribute names seen on users.

        `GET /api/v2/user-attributes/{projectKey}/{environmentKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UserAttributeNamesRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/user-attributes/{encode_path(project_key)}/{encode_path(environment_key)}",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_all_in_use_user_attributes,
        )


class AsyncUsersBetaResourceWithRawResponse:
    """`users_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncUsersBetaResource) -> None:
        self.get_all_in_use_user_attributes = to_async_raw_response(resource.get_all_in_use_user_attributes)
