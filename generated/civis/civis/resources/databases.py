"""Operations on `client.databases`."""

from __future__ import annotations

import builtins
from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .. import models as _models
from .._core import _decode as decode
from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.database import Database
from ..models.database_schema import DatabaseSchema
from ..models.error_model import Error
from ..models.post_databases_id_whitelist_ips_body import PostDatabasesIdWhitelistIpsBody
from ..models.record import Record
from ..models.whitelisted_ip import WhitelistedIp
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> list[Database]:
    response_200 = decode.model_array(_models.Database.from_dict, response.json())

    return response_200


def _parse_list_schemas(response: httpx.Response) -> list[DatabaseSchema]:
    response_200 = decode.model_array(_models.DatabaseSchema.from_dict, response.json())

    return response_200


def _parse_list_whitelist_ips(response: httpx.Response) -> list[WhitelistedIp]:
    response_200 = decode.model_array(_models.WhitelistedIp.from_dict, response.json())

    return response_200


def _parse_post_whitelist_ips(response: httpx.Response) -> Record:
    return Record.from_dict(response.json())


def _parse_get_whitelist_ips(response: httpx.Response) -> WhitelistedIp:
    return WhitelistedIp.from_dict(response.json())


def _parse_delete_whitelist_ips(response: httpx.Response) -> None:
    return None


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Error.from_dict,
    401: Error.from_dict,
    403: Error.from_dict,
    404: Error.from_dict,
    429: Error.from_dict,
}


class DatabasesResource:
    """Operations on `client.databases`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> DatabasesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return DatabasesResourceWithRawResponse(self)

    def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[Database]:
        """List databases.

        `GET /databases/`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Database]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/databases/",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )

    def list_schemas(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[DatabaseSchema]:
        """List schemas of a database.

        `GET /databases/{id}/schemas`

        Args:
            id: Object id.
            name: Filter by schema name.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[DatabaseSchema]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/databases/{encode_path(id)}/schemas",
                params=query_params(
                    {
                        "name": name,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_schemas,
        )

    def list_whitelist_ips(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[WhitelistedIp]:
        """List allowed address ranges.

        `GET /databases/{id}/whitelist-ips`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[WhitelistedIp]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/databases/{encode_path(id)}/whitelist-ips",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_whitelist_ips,
        )

    def post_whitelist_ips(
        self,
        id: int,
        subnet_mask: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Create databases whitelist ips.

        Documented by the previous client; absent from the current published API description.

        `POST /databases/{id}/whitelist-ips`

        Args:
            id: The `id` path parameter.
            subnet_mask: The `subnetMask` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/databases/{encode_path(id)}/whitelist-ips",
                json=PostDatabasesIdWhitelistIpsBody(subnet_mask=subnet_mask).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_whitelist_ips,
        )

    def get_whitelist_ips(
        self,
        id: int,
        whitelisted_ip_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> WhitelistedIp:
        """Get an allowed address range.

        `GET /databases/{id}/whitelist-ips/{whitelisted_ip_id}`

        Args:
            id: Object id.
            whitelisted_ip_id: Range id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            WhitelistedIp

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/databases/{encode_path(id)}/whitelist-ips/{encode_path(whitelisted_ip_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_whitelist_ips,
        )

    def delete_whitelist_ips(
        self,
        id: str,
        whitelisted_ip_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove databases whitelist ips.

        Documented by the previous client; absent from the current published API description.

        `DELETE /databases/{id}/whitelist-ips/{whitelisted_ip_id}`

        Args:
            id: The `id` path parameter.
            whitelisted_ip_id: The `whitelisted_ip_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/databases/{encode_path(id)}/whitelist-ips/{encode_path(whitelisted_ip_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_whitelist_ips,
        )


class DatabasesResourceWithRawResponse:
    """`databases` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: DatabasesResource) -> None:
        self.list = to_raw_response(resource.list)
        self.list_schemas = to_raw_response(resource.list_schemas)
        self.list_whitelist_ips = to_raw_response(resource.list_whitelist_ips)
        self.post_whitelist_ips = to_raw_response(resource.post_whitelist_ips)
        self.get_whitelist_ips = to_raw_response(resource.get_whitelist_ips)
        self.delete_whitelist_ips = to_raw_response(resource.delete_whitelist_ips)


class AsyncDatabasesResource:
    """Operations on `client.databases`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncDatabasesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncDatabasesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[Database]:
        """List databases.

        `GET /databases/`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Database]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/databases/",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )

    async def list_schemas(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[DatabaseSchema]:
        """List schemas of a database.

        `GET /databases/{id}/schemas`

        Args:
            id: Object id.
            name: Filter by schema name.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[DatabaseSchema]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/databases/{encode_path(id)}/schemas",
                params=query_params(
                    {
                        "name": name,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_schemas,
        )

    async def list_whitelist_ips(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[WhitelistedIp]:
        """List allowed address ranges.

        `GET /databases/{id}/whitelist-ips`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[WhitelistedIp]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/databases/{encode_path(id)}/whitelist-ips",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_whitelist_ips,
        )

    async def post_whitelist_ips(
        self,
        id: int,
        subnet_mask: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Create databases whitelist ips.

        Documented by the previous client; absent from the current published API description.

        `POST /databases/{id}/whitelist-ips`

        Args:
            id: The `id` path parameter.
            subnet_mask: The `subnetMask` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/databases/{encode_path(id)}/whitelist-ips",
                json=PostDatabasesIdWhitelistIpsBody(subnet_mask=subnet_mask).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_whitelist_ips,
        )

    async def get_whitelist_ips(
        self,
        id: int,
        whitelisted_ip_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> WhitelistedIp:
        """Get an allowed address range.

        `GET /databases/{id}/whitelist-ips/{whitelisted_ip_id}`

        Args:
            id: Object id.
            whitelisted_ip_id: Range id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            WhitelistedIp

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/databases/{encode_path(id)}/whitelist-ips/{encode_path(whitelisted_ip_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_whitelist_ips,
        )

    async def delete_whitelist_ips(
        self,
        id: str,
        whitelisted_ip_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove databases whitelist ips.

        Documented by the previous client; absent from the current published API description.

        `DELETE /databases/{id}/whitelist-ips/{whitelisted_ip_id}`

        Args:
            id: The `id` path parameter.
            whitelisted_ip_id: The `whitelisted_ip_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/databases/{encode_path(id)}/whitelist-ips/{encode_path(whitelisted_ip_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_whitelist_ips,
        )


class AsyncDatabasesResourceWithRawResponse:
    """`databases` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncDatabasesResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.list_schemas = to_async_raw_response(resource.list_schemas)
        self.list_whitelist_ips = to_async_raw_response(resource.list_whitelist_ips)
        self.post_whitelist_ips = to_async_raw_response(resource.post_whitelist_ips)
        self.get_whitelist_ips = to_async_raw_response(resource.get_whitelist_ips)
        self.delete_whitelist_ips = to_async_raw_response(resource.delete_whitelist_ips)
