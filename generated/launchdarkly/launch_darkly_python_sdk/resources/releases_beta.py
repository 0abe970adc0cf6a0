"""Operations on `client.releases_beta`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, header_values, jsonable
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
from ..models.release import Release
from ..models.unauthorized_error_rep import UnauthorizedErrorRep


def _parse_get_current_release(response: httpx.Response) -> Release:
    return Release.from_dict(response.json())


def _parse_update_active_release_patch(response: httpx.Response) -> Release:
    return Release.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
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


class ReleasesBetaResource:
    """Operations on `client.releases_beta`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> ReleasesBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ReleasesBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> ReleasesBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def get_current_release(
        self,
        project_key: str,
        flag_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Release:
        """Current release of a flag.

        `GET /api/v2/flags/{projectKey}/{flagKey}/release`

        Args:
            project_key: Key of the project.
            flag_key: Flag key.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Release

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(flag_key)}/release",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_current_release,
        )

    def update_active_release_patch(
        self,
        project_key: str,
        flag_key: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> Release:
        """Change release by flag key.

        `PATCH /api/v2/flags/{projectKey}/{flagKey}/release`

        Args:
            project_key: The `projectKey` path parameter.
            flag_key: The `flagKey` path parameter.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Release

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(flag_key)}/release",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update_active_release_patch,
        )

    async def aget_current_release(
        self,
        project_key: str,
        flag_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Release:
        """Coroutine twin of `get_current_release`: same arguments, same result, awaitable."""
        return await AsyncReleasesBetaResource(self._async_client()).get_current_release(
            project_key,
            flag_key,
            request_options=request_options,
        )

    async def aupdate_active_release_patch(
        self,
        project_key: str,
        flag_key: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> Release:
        """Coroutine twin of `update_active_release_patch`: same arguments, same result, awaitable."""
        return await AsyncReleasesBetaResource(self._async_client()).update_active_release_patch(
            project_key,
            flag_key,
            body=body,
            request_options=request_options,
        )


class ReleasesBetaResourceWithRawResponse:
    """`releases_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ReleasesBetaResource) -> None:
        self.get_current_release = to_raw_response(resource.get_current_release)
        self.update_active_release_patch = to_raw_response(resource.update_active_release_patch)


class AsyncReleasesBetaResource:
    """Operations on `client.releases_beta`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncReleasesBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncReleasesBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncReleasesBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    async def get_current_release(
        self,
        project_key: str,
        flag_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Release:
        """Current release of a flag.

        `GET /api/v2/flags/{projectKey}/{flagKey}/release`

        Args:
            project_key: Key of the project.
            flag_key: Flag key.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Release

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(flag_key)}/release",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_current_release,
        )

    async def update_active_release_patch(
        self,
        project_key: str,
        flag_key: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> Release:
        """Change release by flag key.

        `PATCH /api/v2/flags/{projectKey}/{flagKey}/release`

        Args:
            project_key: The `projectKey` path parameter.
            flag_key: The `flagKey` path parameter.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Release

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(flag_key)}/release",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update_active_release_patch,
        )


class AsyncReleasesBetaResourceWithRawResponse:
    """`releases_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncReleasesBetaResource) -> None:
        self.get_current_release = to_async_raw_response(resource.get_current_release)
        self.update_active_release_patch = to_async_raw_response(resource.update_active_release_patch)
