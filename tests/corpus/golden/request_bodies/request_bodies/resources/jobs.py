"""Operations on `client.jobs`."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import IO, Any

import httpx

from .._core._encode import encode_path, header_values, jsonable, multipart_files
from .._core._request import ApiRequest
from .._core._types import as_file, as_files, as_model, as_models
from .._core._upload import raw_body
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.binding import Binding
from ..models.job import Job
from ..models.jobs_split_body import JobsSplitBody
from ..models.jobs_upload_artwork_body import JobsUploadArtworkBody
from ..models.page_range import PageRange
from ..models.part import Part
from ..models.staple import Staple
from ..types import UNSET, File, Unset


def _parse_split(response: httpx.Response) -> None:
    return None


def _parse_create(response: httpx.Response) -> None:
    return None


def _parse_upload_artwork(response: httpx.Response) -> None:
    return None


def _parse_put_source(response: httpx.Response) -> None:
    return None


def _parse_put_preview(response: httpx.Response) -> None:
    return None


class JobsResource:
    """Operations on `client.jobs`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> JobsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return JobsResourceWithRawResponse(self)

    def split(
        self,
        job_id: str,
        *,
        parts: Sequence[Part | Mapping[str, Any]],
        finishing: Binding | Staple | Mapping[str, Any] | Unset = UNSET,
        routing: Sequence[Binding | Staple | Mapping[str, Any]] | Unset = UNSET,
        cover_sheet: PageRange | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Split (jobs).

        An inline body flattened into keyword arguments; its fields hold models, lists of models and
        unions.

        `POST /jobs/{jobId}/split`

        Args:
            job_id: The `jobId` path parameter.
            parts: The `parts` field of the request body.
            finishing: The `finishing` field of the request body.
            routing: The `routing` field of the request body.
            cover_sheet: The `coverSheet` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/jobs/{encode_path(job_id)}/split",
                json=JobsSplitBody(
                    parts=as_models(Part, parts),
                    finishing=as_model((Staple, Binding), finishing),
                    routing=as_models((Staple, Binding), routing),
                    cover_sheet=as_model(PageRange, cover_sheet),
                ).to_dict(),
                options=request_options,
            ),
            cast=_parse_split,
        )

    def create(
        self,
        *,
        request: Job | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> None:
        """Create (jobs).

        A named body passed whole.

        `POST /jobs`

        Args:
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/jobs",
                json=jsonable(as_model(Job, request)),
                options=request_options,
            ),
            cast=_parse_create,
        )

    def upload_artwork(
        self,
        job_id: str,
        *,
        front: File | bytes | IO[bytes] | os.PathLike[str],
        proofs: Sequence[File | bytes | IO[bytes] | os.PathLike[str]] | Unset = UNSET,
        caption: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Upload artwork (jobs).

        A multipart body with one file, an array of files and a text field.

        `POST /jobs/{jobId}/artwork`

        Args:
            job_id: The `jobId` path parameter.
            front: The `front` field of the request body.
            proofs: The `proofs` field of the request body.
            caption: The `caption` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/jobs/{encode_path(job_id)}/artwork",
                files=multipart_files(
                    JobsUploadArtworkBody(front=as_file(front), proofs=as_files(proofs), caption=caption).to_dict()
                ),
                options=request_options,
            ),
            cast=_parse_upload_artwork,
        )

    def put_source(
        self,
        job_id: str,
        *,
        request: File | bytes | IO[bytes] | os.PathLike[str],
        request_options: RequestOptions | None = None,
    ) -> None:
        """Put source (jobs).

        A raw application/octet-stream body.

        `PUT /jobs/{jobId}/source`

        Args:
            job_id: The `jobId` path parameter.
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/jobs/{encode_path(job_id)}/source",
                headers=header_values(
                    {
                        "Content-Type": "application/octet-stream",
                    }
                ),
                content=raw_body(request),
                options=request_options,
            ),
            cast=_parse_put_source,
        )

    def put_preview(
        self,
        job_id: str,
        *,
        request: File | bytes | IO[bytes] | os.PathLike[str],
        request_options: RequestOptions | None = None,
    ) -> None:
        """Put preview (jobs).

        A raw image/png body.

        `PUT /jobs/{jobId}/preview`

        Args:
            job_id: The `jobId` path parameter.
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/jobs/{encode_path(job_id)}/preview",
                headers=header_values(
                    {
                        "Content-Type": "image/png",
                    }
                ),
                content=raw_body(request),
                options=request_options,
            ),
            cast=_parse_put_preview,
        )


class JobsResourceWithRawResponse:
    """`jobs` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: JobsResource) -> None:
        self.split = to_raw_response(resource.split)
        self.create = to_raw_response(resource.create)
        self.upload_artwork = to_raw_response(resource.upload_artwork)
        self.put_source = to_raw_response(resource.put_source)
        self.put_preview = to_raw_response(resource.put_preview)


class AsyncJobsResource:
    """Operations on `client.jobs`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncJobsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncJobsResourceWithRawResponse(self)

    async def split(
        self,
        job_id: str,
        *,
        parts: Sequence[Part | Mapping[str, Any]],
        finishing: Binding | Staple | Mapping[str, Any] | Unset = UNSET,
        routing: Sequence[Binding | Staple | Mapping[str, Any]] | Unset = UNSET,
        cover_sheet: PageRange | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Split (jobs).

        An inline body flattened into keyword arguments; its fields hold models, lists of models and
        unions.

        `POST /jobs/{jobId}/split`

        Args:
            job_id: The `jobId` path parameter.
            parts: The `parts` field of the request body.
            finishing: The `finishing` field of the request body.
            routing: The `routing` field of the request body.
            cover_sheet: The `coverSheet` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/jobs/{encode_path(job_id)}/split",
                json=JobsSplitBody(
                    parts=as_models(Part, parts),
                    finishing=as_model((Staple, Binding), finishing),
                    routing=as_models((Staple, Binding), routing),
                    cover_sheet=as_model(PageRange, cover_sheet),
                ).to_dict(),
                options=request_options,
            ),
            cast=_parse_split,
        )

    async def create(
        self,
        *,
        request: Job | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> None:
        """Create (jobs).

        A named body passed whole.

        `POST /jobs`

        Args:
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/jobs",
                json=jsonable(as_model(Job, request)),
                options=request_options,
            ),
            cast=_parse_create,
        )

    async def upload_artwork(
        self,
        job_id: str,
        *,
        front: File | bytes | IO[bytes] | os.PathLike[str],
        proofs: Sequence[File | bytes | IO[bytes] | os.PathLike[str]] | Unset = UNSET,
        caption: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Upload artwork (jobs).

        A multipart body with one file, an array of files and a text field.

        `POST /jobs/{jobId}/artwork`

        Args:
            job_id: The `jobId` path parameter.
            front: The `front` field of the request body.
            proofs: The `proofs` field of the request body.
            caption: The `caption` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/jobs/{encode_path(job_id)}/artwork",
                files=multipart_files(
                    JobsUploadArtworkBody(front=as_file(front), proofs=as_files(proofs), caption=caption).to_dict()
                ),
                options=request_options,
            ),
            cast=_parse_upload_artwork,
        )

    async def put_source(
        self,
        job_id: str,
        *,
        request: File | bytes | IO[bytes] | os.PathLike[str],
        request_options: RequestOptions | None = None,
    ) -> None:
        """Put source (jobs).

        A raw application/octet-stream body.

        `PUT /jobs/{jobId}/source`

        Args:
            job_id: The `jobId` path parameter.
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/jobs/{encode_path(job_id)}/source",
                headers=header_values(
                    {
                        "Content-Type": "application/octet-stream",
                    }
                ),
                content=raw_body(request),
                options=request_options,
            ),
            cast=_parse_put_source,
        )

    async def put_preview(
        self,
        job_id: str,
        *,
        request: File | bytes | IO[bytes] | os.PathLike[str],
        request_options: RequestOptions | None = None,
    ) -> None:
        """Put preview (jobs).

        A raw image/png body.

        `PUT /jobs/{jobId}/preview`

        Args:
            job_id: The `jobId` path parameter.
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/jobs/{encode_path(job_id)}/preview",
                headers=header_values(
                    {
                        "Content-Type": "image/png",
                    }
                ),
                content=raw_body(request),
                options=request_options,
            ),
            cast=_parse_put_preview,
        )


class AsyncJobsResourceWithRawResponse:
    """`jobs` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncJobsResource) -> None:
        self.split = to_async_raw_response(resource.split)
        self.create = to_async_raw_response(resource.create)
        self.upload_artwork = to_async_raw_response(resource.upload_artwork)
        self.put_source = to_async_raw_response(resource.put_source)
        self.put_preview = to_async_raw_response(resource.put_preview)
