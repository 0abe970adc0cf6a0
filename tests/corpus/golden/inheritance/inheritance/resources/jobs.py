"""Operations on `client.jobs`."""

from __future__ import annotations

from functools import cached_property
from typing import cast

import httpx

from .. import models as _models
from .._core import _decode as decode
from .._core._encode import encode_path
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.export_job import ExportJob
from ..models.import_job import ImportJob
from ..models.job import Job
from ..models.job_page import JobPage
from ..models.kind_unknown import KindUnknown


def _parse_get(response: httpx.Response) -> ExportJob | ImportJob | Job | KindUnknown:
    def _parse_response_200(data: object) -> ExportJob | ImportJob | Job | KindUnknown:
        if isinstance(data, dict):
            tag = data.get("kind")
            if tag == "export":
                try:
                    return decode.variant(_models.ExportJob.from_dict, data)
                except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                    pass

            elif tag == "ImportJob":
                try:
                    return decode.variant(_models.ImportJob.from_dict, data)
                except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                    pass

        try:
            return decode.variant(_models.ExportJob.from_dict, data)
        except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
            pass

        try:
            return decode.variant(_models.ImportJob.from_dict, data)
        except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
            pass

        try:
            return decode.variant(_models.Job.from_dict, data)
        except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
            pass

        try:
            return decode.variant(_models.KindUnknown.from_dict, data)
        except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
            pass

        return cast(
            "ExportJob | ImportJob | Job | KindUnknown",
            decode.mismatch("one of ExportJob | ImportJob | Job | KindUnknown", data),
        )

    response_200 = _parse_response_200(response.json())

    return response_200


def _parse_list(response: httpx.Response) -> JobPage:
    return JobPage.from_dict(response.json())


class JobsResource:
    """Operations on `client.jobs`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> JobsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return JobsResourceWithRawResponse(self)

    def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ExportJob | ImportJob | Job | KindUnknown:
        """Get (jobs).

        `GET /jobs/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ExportJob | ImportJob | Job | KindUnknown

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

    def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobPage:
        """List (jobs).

        `GET /jobs`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobPage

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/jobs",
                options=request_options,
            ),
            cast=_parse_list,
        )


class JobsResourceWithRawResponse:
    """`jobs` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: JobsResource) -> None:
        self.get = to_raw_response(resource.get)
        self.list = to_raw_response(resource.list)


class AsyncJobsResource:
    """Operations on `client.jobs`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncJobsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncJobsResourceWithRawResponse(self)

    async def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ExportJob | ImportJob | Job | KindUnknown:
        """Get (jobs).

        `GET /jobs/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ExportJob | ImportJob | Job | KindUnknown

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

    async def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobPage:
        """List (jobs).

        `GET /jobs`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobPage

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/jobs",
                options=request_options,
            ),
            cast=_parse_list,
        )


class AsyncJobsResourceWithRawResponse:
    """`jobs` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncJobsResource) -> None:
        self.get = to_async_raw_response(resource.get)
        self.list = to_async_raw_response(resource.list)
