"""Operations on `client.data_retention_policies`."""

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
from ..models.data_retention_policies_create_body import DataRetentionPoliciesCreateBody
from ..models.data_retention_policies_update_body import DataRetentionPoliciesUpdateBody
from ..models.data_retention_policy_enum import DataRetentionPolicyEnum
from ..models.data_retention_policy_response import DataRetentionPolicyResponse
from ..models.errors_model import Errors
from ..models.list_data_retention_policies_response import ListDataRetentionPoliciesResponse
from ..models.success import Success
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> ListDataRetentionPoliciesResponse:
    return ListDataRetentionPoliciesResponse.from_dict(response.json())


def _parse_create(response: httpx.Response) -> DataRetentionPolicyResponse:
    return DataRetentionPolicyResponse.from_dict(response.json())


def _parse_get(response: httpx.Response) -> DataRetentionPolicyResponse:
    return DataRetentionPolicyResponse.from_dict(response.json())


def _parse_delete(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


def _parse_update(response: httpx.Response) -> DataRetentionPolicyResponse:
    return DataRetentionPolicyResponse.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    404: Errors.from_dict,
}


class DataRetentionPoliciesResource:
    """Operations on `client.data_retention_policies`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> DataRetentionPoliciesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return DataRetentionPoliciesResourceWithRawResponse(self)

    def list(
        self,
        *,
        environment_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListDataRetentionPoliciesResponse:
        """List retention policies.

        Returns the data retention policies, optionally for a single environment.

        `GET /data-retention-policies`

        Args:
            environment_id: Only policies of this environment.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ListDataRetentionPoliciesResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/data-retention-policies",
                params=query_params(
                    {
                        "environmentId": environment_id,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )

    def create(
        self,
        *,
        type: DataRetentionPolicyEnum | str,
        period: int,
        environment_id: str,
        request_options: RequestOptions | None = None,
    ) -> DataRetentionPolicyResponse:
        """Create a retention policy.

        Sets how long spaces in an environment are kept.

        `POST /data-retention-policies`

        Args:
            type: Clock that the retention period counts from.
            period: Days before spaces are removed.
            environment_id: Environment identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            DataRetentionPolicyResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/data-retention-policies",
                json=DataRetentionPoliciesCreateBody(
                    type_=type, period=period, environment_id=environment_id
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DataRetentionPolicyResponse:
        """Get a retention policy.

        Fetches one data retention policy.

        `GET /data-retention-policies/{id}`

        Args:
            id: Policy identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            DataRetentionPolicyResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/data-retention-policies/{encode_path(id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get,
        )

    def delete(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete a retention policy.

        Removes a retention policy; spaces are then kept indefinitely.

        `DELETE /data-retention-policies/{id}`

        Args:
            id: Policy to remove.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/data-retention-policies/{encode_path(id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    def update(
        self,
        id: str,
        *,
        type: DataRetentionPolicyEnum | str,
        period: int,
        environment_id: str,
        request_options: RequestOptions | None = None,
    ) -> DataRetentionPolicyResponse:
        """Update a retention policy.

        Changes the type or period of a retention policy.

        `PATCH /data-retention-policies/{id}`

        Args:
            id: Policy to change.
            type: Clock that the retention period counts from.
            period: Days before spaces are removed.
            environment_id: Environment identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            DataRetentionPolicyResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/data-retention-policies/{encode_path(id)}",
                json=DataRetentionPoliciesUpdateBody(
                    type_=type, period=period, environment_id=environment_id
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update,
        )


class DataRetentionPoliciesResourceWithRawResponse:
    """`data_retention_policies` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: DataRetentionPoliciesResource) -> None:
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.get = to_raw_response(resource.get)
        self.delete = to_raw_response(resource.delete)
        self.update = to_raw_response(resource.update)


class AsyncDataRetentionPoliciesResource:
    """Operations on `client.data_retention_policies`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncDataRetentionPoliciesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncDataRetentionPoliciesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        environment_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListDataRetentionPoliciesResponse:
        """List retention policies.

        Returns the data retention policies, optionally for a single environment.

        `GET /data-retention-policies`

        Args:
            environment_id: Only policies of this environment.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ListDataRetentionPoliciesResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/data-retention-policies",
                params=query_params(
                    {
                        "environmentId": environment_id,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )

    async def create(
        self,
        *,
        type: DataRetentionPolicyEnum | str,
        period: int,
        environment_id: str,
        request_options: RequestOptions | None = None,
    ) -> DataRetentionPolicyResponse:
        """Create a retention policy.

        Sets how long spaces in an environment are kept.

        `POST /data-retention-policies`

        Args:
            type: Clock that the retention period counts from.
            period: Days before spaces are removed.
            environment_id: Environment identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            DataRetentionPolicyResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/data-retention-policies",
                json=DataRetentionPoliciesCreateBody(
                    type_=type, period=period, environment_id=environment_id
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    async def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DataRetentionPolicyResponse:
        """Get a retention policy.

        Fetches one data retention policy.

        `GET /data-retention-policies/{id}`

        Args:
            id: Policy identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            DataRetentionPolicyResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/data-retention-policies/{encode_path(id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get,
        )

    async def delete(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete a retention policy.

        Removes a retention policy; spaces are then kept indefinitely.

        `DELETE /data-retention-policies/{id}`

        Args:
            id: Policy to remove.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/data-retention-policies/{encode_path(id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    async def update(
        self,
        id: str,
        *,
        type: DataRetentionPolicyEnum | str,
        period: int,
        environment_id: str,
        request_options: RequestOptions | None = None,
    ) -> DataRetentionPolicyResponse:
        """Update a retention policy.

        Changes the type or period of a retention policy.

        `PATCH /data-retention-policies/{id}`

        Args:
            id: Policy to change.
            type: Clock that the retention period counts from.
            period: Days before spaces are removed.
            environment_id: Environment identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            DataRetentionPolicyResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/data-retention-policies/{encode_path(id)}",
                json=DataRetentionPoliciesUpdateBody(
                    type_=type, period=period, environment_id=environment_id
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update,
        )


class AsyncDataRetentionPoliciesResourceWithRawResponse:
    """`data_retention_policies` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncDataRetentionPoliciesResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create = to_async_raw_response(resource.create)
        self.get = to_async_raw_response(resource.get)
        self.delete = to_async_raw_response(resource.delete)
        self.update = to_async_raw_response(resource.update)
