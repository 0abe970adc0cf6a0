"""Operations on `client.remote_hosts`."""

from __future__ import annotations

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
from ..models.error_model import Error
from ..models.post_remote_hosts_body import PostRemoteHostsBody
from ..models.remote_host import RemoteHost
from ..models.remote_host_summary import RemoteHostSummary
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> list[RemoteHostSummary]:
    response_200 = decode.model_array(_models.RemoteHostSummary.from_dict, response.json())

    return response_200


def _parse_post(response: httpx.Response) -> RemoteHost:
    return RemoteHost.from_dict(response.json())


def _parse_get(response: httpx.Response) -> RemoteHost:
    return RemoteHost.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Error.from_dict,
    401: Error.from_dict,
    403: Error.from_dict,
    404: Error.from_dict,
    429: Error.from_dict,
}


class RemoteHostsResource:
    """Operations on `client.remote_hosts`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> RemoteHostsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return RemoteHostsResourceWithRawResponse(self)

    def list(
        self,
        *,
        type: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[RemoteHostSummary]:
        """List remote hosts.

        `GET /remote_hosts/`

        Args:
            type: Only this host kind.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[RemoteHostSummary]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/remote_hosts/",
                params=query_params(
                    {
                        "type": type,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )

    def post(
        self,
        name: str,
        type: str,
        url: str,
        *,
        description: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RemoteHost:
        """Register a remote host.

        `POST /remote_hosts/`

        Args:
            name: The `name` field of the request body.
            type: Host kind, e.g. RemoteHostTypes::Postgres.
            url: The `url` field of the request body.
            description: The `description` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RemoteHost

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/remote_hosts/",
                json=PostRemoteHostsBody(name=name, type_=type, url=url, description=description).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post,
        )

    def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> RemoteHost:
        """Get a remote host.

        `GET /remote_hosts/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RemoteHost

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/remote_hosts/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )


class RemoteHostsResourceWithRawResponse:
    """`remote_hosts` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: RemoteHostsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.post = to_raw_response(resource.post)
        self.get = to_raw_response(resource.get)


class AsyncRemoteHostsResource:
    """Operations on `client.remote_hosts`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncRemoteHostsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncRemoteHostsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        type: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[RemoteHostSummary]:
        """List remote hosts.

        `GET /remote_hosts/`

        Args:
            type: Only this host kind.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[RemoteHostSummary]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/remote_hosts/",
                params=query_params(
                    {
                        "type": type,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )

    async def post(
        self,
        name: str,
        type: str,
        url: str,
        *,
        description: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RemoteHost:
        """Register a remote host.

        `POST /remote_hosts/`

        Args:
            name: The `name` field of the request body.
            type: Host kind, e.g. RemoteHostTypes::Postgres.
            url: The `url` field of the request body.
            description: The `description` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RemoteHost

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/remote_hosts/",
                json=PostRemoteHostsBody(name=name, type_=type, url=url, description=description).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post,
        )

    async def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> RemoteHost:
        """Get a remote host.

        `GET /remote_hosts/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RemoteHost

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/remote_hosts/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )


class AsyncRemoteHostsResourceWithRawResponse:
    """`remote_hosts` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncRemoteHostsResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.post = to_async_raw_response(resource.post)
        self.get = to_async_raw_response(resource.get)
