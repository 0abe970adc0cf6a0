"""Operations on `client.metadata`."""

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
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.bulk_update_metadata_params import BulkUpdateMetadataParams
from ..models.bulk_update_metadata_params_data import BulkUpdateMetadataParamsData
from ..models.errors_model import Errors
from ..models.metadata_response import MetadataResponse
from ..types import UNSET, Unset


def _parse_bulk_update(response: httpx.Response) -> None:
    return None


def _parse_show(response: httpx.Response) -> MetadataResponse:
    return MetadataResponse.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    401: Errors.from_dict,
    403: Errors.from_dict,
    404: Errors.from_dict,
    409: Errors.from_dict,
    422: Errors.from_dict,
    429: Errors.from_dict,
}


class MetadataResource:
    """Operations on `client.metadata`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MetadataResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return MetadataResourceWithRawResponse(self)

    def bulk_update(
        self,
        account_id: str | UUID,
        project_id: str | UUID,
        *,
        data: BulkUpdateMetadataParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> None:
        """Set metadata on many files.

        Writes the same field values to up to 100 files of the project in one call.

        Rate limit: 10 calls per 1 minute per account_user.

        `PATCH /v4/accounts/{account_id}/projects/{project_id}/metadata/values`

        Args:
            account_id: The account that owns the resource.
            project_id: A project inside the account.
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/v4/accounts/{encode_path(account_id)}/projects/{encode_path(project_id)}/metadata/values",
                json=BulkUpdateMetadataParams(data=as_model(BulkUpdateMetadataParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_bulk_update,
        )

    def show(
        self,
        account_id: str | UUID,
        file_id: str | UUID,
        *,
        show_null: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> MetadataResponse:
        """Get a file's metadata.

        Rate limit: 100 calls per 1 minute per account_user.

        `GET /v4/accounts/{account_id}/files/{file_id}/metadata`

        Args:
            account_id: The account that owns the resource.
            file_id: A file asset.
            show_null: Also list fields that have no value.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            MetadataResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/files/{encode_path(file_id)}/metadata",
                params=query_params(
                    {
                        "show_null": show_null,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_show,
        )


class MetadataResourceWithRawResponse:
    """`metadata` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: MetadataResource) -> None:
        self.bulk_update = to_raw_response(resource.bulk_update)
        self.show = to_raw_response(resource.show)


class AsyncMetadataResource:
    """Operations on `client.metadata`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMetadataResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncMetadataResourceWithRawResponse(self)

    async def bulk_update(
        self,
        account_id: str | UUID,
        project_id: str | UUID,
        *,
        data: BulkUpdateMetadataParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> None:
        """Set metadata on many files.

        Writes the same field values to up to 100 files of the project in one call.

        Rate limit: 10 calls per 1 minute per account_user.

        `PATCH /v4/accounts/{account_id}/projects/{project_id}/metadata/values`

        Args:
            account_id: The account that owns the resource.
            project_id: A project inside the account.
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/v4/accounts/{encode_path(account_id)}/projects/{encode_path(project_id)}/metadata/values",
                json=BulkUpdateMetadataParams(data=as_model(BulkUpdateMetadataParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_bulk_update,
        )

    async def show(
        self,
        account_id: str | UUID,
        file_id: str | UUID,
        *,
        show_null: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> MetadataResponse:
        """Get a file's metadata.

        Rate limit: 100 calls per 1 minute per account_user.

        `GET /v4/accounts/{account_id}/files/{file_id}/metadata`

        Args:
            account_id: The account that owns the resource.
            file_id: A file asset.
            show_null: Also list fields that have no value.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            MetadataResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/files/{encode_path(file_id)}/metadata",
                params=query_params(
                    {
                        "show_null": show_null,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_show,
        )


class AsyncMetadataResourceWithRawResponse:
    """`metadata` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncMetadataResource) -> None:
        self.bulk_update = to_async_raw_response(resource.bulk_update)
        self.show = to_async_raw_response(resource.show)
