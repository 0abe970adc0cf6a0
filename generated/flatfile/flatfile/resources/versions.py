"""Operations on `client.versions`."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.errors_model import Errors
from ..models.version_response import VersionResponse
from ..models.versions_create_id_body import VersionsCreateIdBody
from ..types import UNSET, Unset


def _parse_create_id(response: httpx.Response) -> VersionResponse:
    return VersionResponse.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
}


class VersionsResource:
    """Operations on `client.versions`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> VersionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return VersionsResourceWithRawResponse(self)

    def create_id(
        self,
        *,
        sheet_id: str | Unset = UNSET,
        parent_version_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> VersionResponse:
        """Create a version id.

        Reserves a new version id for a sheet. Rarely needed: writing records creates versions
        automatically.

        `POST /versions`

        Args:
            sheet_id: Sheet the version is for.
            parent_version_id: Deprecated. Deprecated; versions are now created automatically.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            VersionResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        if not isinstance(parent_version_id, Unset):
            warnings.warn("`parent_version_id` of versions.create_id is deprecated", DeprecationWarning, stacklevel=2)
        return self._client.request(
            ApiRequest(
                "POST",
                "/versions",
                json=VersionsCreateIdBody(sheet_id=sheet_id, parent_version_id=parent_version_id).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        sheet_id,
                        parent_version_id,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create_id,
        )


class VersionsResourceWithRawResponse:
    """`versions` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: VersionsResource) -> None:
        self.create_id = to_raw_response(resource.create_id)


class AsyncVersionsResource:
    """Operations on `client.versions`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncVersionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncVersionsResourceWithRawResponse(self)

    async def create_id(
        self,
        *,
        sheet_id: str | Unset = UNSET,
        parent_version_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> VersionResponse:
        """Create a version id.

        Reserves a new version id for a sheet. Rarely needed: writing records creates versions
        automatically.

        `POST /versions`

        Args:
            sheet_id: Sheet the version is for.
            parent_version_id: Deprecated. Deprecated; versions are now created automatically.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            VersionResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        if not isinstance(parent_version_id, Unset):
            warnings.warn("`parent_version_id` of versions.create_id is deprecated", DeprecationWarning, stacklevel=2)
        return await self._client.request(
            ApiRequest(
                "POST",
                "/versions",
                json=VersionsCreateIdBody(sheet_id=sheet_id, parent_version_id=parent_version_id).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        sheet_id,
                        parent_version_id,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create_id,
        )


class AsyncVersionsResourceWithRawResponse:
    """`versions` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncVersionsResource) -> None:
        self.create_id = to_async_raw_response(resource.create_id)
