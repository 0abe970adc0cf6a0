"""Operations on `client.jobs`."""

from __future__ import annotations

from functools import cached_property

import httpx

from .. import models as _models
from .._core import _decode as decode
from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.job import Job
from ..models.job_status import JobStatus, check_job_status
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> list[Job]:
    response_200 = decode.model_array(_models.Job.from_dict, response.json())

    return response_200


def _parse_get(response: httpx.Response) -> Job:
    return Job.from_dict(response.json())


def _parse_status(response: httpx.Response) -> JobStatus | str:
    response_200 = check_job_status(response.json())

    return response_200


class JobsResource:
    """Operations on `client.jobs`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> JobsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return JobsResourceWithRawResponse(self)

    def list(
        self,
        *,
        status: JobStatus | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[Job]:
        """List (jobs).

        `GET /jobs`

        Args:
            status: The `status` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Job]

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/jobs",
                params=query_params(
                    {
                        "status": status,
                    }
                ),
                options=request_options,
            ),
            cast=_parse_list,
        )

    def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Job:
        """Get (jobs).

        `GET /jobs/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Job

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/jobs/{encode_path(id)}",
                options=request_options,
            ),
            cast=_parse_get,
        )

    def status(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobStatus | str:
        """Status (jobs).

        `GET /jobs/{id}/status`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobStatus | str

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/jobs/{encode_path(id)}/status",
                options=request_options,
            ),
            cast=_parse_status,
        )


class JobsResourceWithRawResponse:
    """`jobs` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: JobsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.get = to_raw_response(resource.get)
        self.status = to_raw_response(resource.status)


class AsyncJobsResource:
    """Operations on `client.jobs`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncJobsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncJobsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        status: JobStatus | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[Job]:
        """List (jobs).

        `GET /jobs`

        Args:
            status: The `status` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Job]

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/jobs",
                params=query_params(
                    {
                        "status": status,
                    }
                ),
                options=request_options,
            ),
            cast=_parse_list,
        )

    async def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Job:
        """Get (jobs).

        `GET /jobs/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Job

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/jobs/{encode_path(id)}",
                options=request_options,
            ),
            cast=_parse_get,
        )

    async def status(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobStatus | str:
        """Status (jobs).

        `GET /jobs/{id}/status`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobStatus | str

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/jobs/{encode_path(id)}/status",
                options=request_options,
            ),
            cast=_parse_status,
        )


class AsyncJobsResourceWithRawResponse:
    """`jobs` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncJobsResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.get = to_async_raw_response(resource.get)
        self.status = to_async_raw_response(resource.status)
