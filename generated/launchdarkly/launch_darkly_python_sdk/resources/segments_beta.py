"""Operations on `client.segments_beta`."""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cached_property
from typing import IO, Any

import httpx

from .._core._encode import encode_path, header_values, multipart_files
from .._core._request import ApiRequest
from .._core._types import as_file
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.create_big_segment_import_body import CreateBigSegmentImportBody
from ..models.create_big_segment_import_body_mode import (
    CreateBigSegmentImportBodyMode,
)
from ..models.export import Export
from ..models.import_ import Import
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.status_conflict_error_rep import StatusConflictErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, File, Unset


def _parse_start_big_segment_export(response: httpx.Response) -> None:
    return None


def _parse_get_big_segment_export_info(response: httpx.Response) -> Export:
    return Export.from_dict(response.json())


def _parse_start_big_segment_import(response: httpx.Response) -> None:
    return None


def _parse_get_import_info(response: httpx.Response) -> Import:
    return Import.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_3: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    409: StatusConflictErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class SegmentsBetaResource:
    """Operations on `client.segments_beta`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> SegmentsBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return SegmentsBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> SegmentsBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def start_big_segment_export(
        self,
        project_key: str,
        environment_key: str,
        segment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Start a big-segment export.

        `POST /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/exports`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            segment_key: Key of the segment.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/segments/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(segment_key)}/exports",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_start_big_segment_export,
        )

    def get_big_segment_export_info(
        self,
        project_key: str,
        environment_key: str,
        segment_key: str,
        export_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Export:
        """Get a big-segment export.

        `GET /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/exports/{exportID}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            segment_key: Key of the segment.
            export_id: Identifier of the export job.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Export

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/segments/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(segment_key)}/exports/{encode_path(export_id)}",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_big_segment_export_info,
        )

    def start_big_segment_import(
        self,
        project_key: str,
        environment_key: str,
        segment_key: str,
        *,
        file: File | bytes | IO[bytes] | os.PathLike[str],
        mode: CreateBigSegmentImportBodyMode | str | Unset = UNSET,
        wait_on_approvals: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Upload keys into a big segment.

        Upload a CSV of context keys. `mode` chooses whether the file is merged into, or replaces, the
        current list. Poll the import to follow progress.

        `POST /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/imports`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            segment_key: Key of the segment.
            file: CSV file to upload.
            mode: Merge the keys into the segment or replace its contents.
            wait_on_approvals: Hold the import until required approvals are given.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 404, 409, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/segments/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(segment_key)}/imports",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                files=multipart_files(
                    CreateBigSegmentImportBody(
                        file=as_file(file), mode=mode, wait_on_approvals=wait_on_approvals
                    ).to_dict()
                ),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_start_big_segment_import,
        )

    def get_import_info(
        self,
        project_key: str,
        environment_key: str,
        segment_key: str,
        import_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Import:
        """Get a big-segment import.

        `GET /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/imports/{importID}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            segment_key: Key of the segment.
            import_id: Identifier of the import job.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Import

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/segments/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(segment_key)}/imports/{encode_path(import_id)}",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_import_info,
        )

    async def astart_big_segment_export(
        self,
        project_key: str,
        environment_key: str,
        segment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `start_big_segment_export`: same arguments, same result, awaitable."""
        return await AsyncSegmentsBetaResource(self._async_client()).start_big_segment_export(
            project_key,
            environment_key,
            segment_key,
            request_options=request_options,
        )

    async def aget_big_segment_export_info(
        self,
        project_key: str,
        environment_key: str,
        segment_key: str,
        export_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Export:
        """Coroutine twin of `get_big_segment_export_info`: same arguments, same result, awaitable."""
        return await AsyncSegmentsBetaResource(self._async_client()).get_big_segment_export_info(
            project_key,
            environment_key,
            segment_key,
            export_id,
            request_options=request_options,
        )

    async def astart_big_segment_import(
        self,
        project_key: str,
        environment_key: str,
        segment_key: str,
        *,
        file: File | bytes | IO[bytes] | os.PathLike[str],
        mode: CreateBigSegmentImportBodyMode | str | Unset = UNSET,
        wait_on_approvals: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `start_big_segment_import`: same arguments, same result, awaitable."""
        return await AsyncSegmentsBetaResource(self._async_client()).start_big_segment_import(
            project_key,
            environment_key,
            segment_key,
            file=file,
            mode=mode,
            wait_on_approvals=wait_on_approvals,
            request_options=request_options,
        )

    async def aget_import_info(
        self,
        project_key: str,
        environment_key: str,
        segment_key: str,
        import_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Import:
        """Coroutine twin of `get_import_info`: same arguments, same result, awaitable."""
        return await AsyncSegmentsBetaResource(self._async_client()).get_import_info(
            project_key,
            environment_key,
            segment_key,
            import_id,
            request_options=request_options,
        )


class SegmentsBetaResourceWithRawResponse:
    """`segments_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: SegmentsBetaResource) -> None:
        self.start_big_segment_export = to_raw_response(resource.start_big_segment_export)
        self.get_big_segment_export_info = to_raw_response(resource.get_big_segment_export_info)
        self.start_big_segment_import = to_raw_response(resource.start_big_segment_import)
        self.get_import_info = to_raw_response(resource.get_import_info)


class AsyncSegmentsBetaResource:
    """Operations on `client.segments_beta`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSegmentsBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncSegmentsBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncSegmentsBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    async def start_big_segment_export(
        self,
        project_key: str,
        environment_key: str,
        segment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Start a big-segment export.

        `POST /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/exports`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            segment_key: Key of the segment.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/segments/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(segment_key)}/exports",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_start_big_segment_export,
        )

    async def get_big_segment_export_info(
        self,
        project_key: str,
        environment_key: str,
        segment_key: str,
        export_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Export:
        """Get a big-segment export.

        `GET /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/exports/{exportID}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            segment_key: Key of the segment.
            export_id: Identifier of the export job.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Export

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/segments/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(segment_key)}/exports/{encode_path(export_id)}",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_big_segment_export_info,
        )

    async def start_big_segment_import(
        self,
        project_key: str,
        environment_key: str,
        segment_key: str,
        *,
        file: File | bytes | IO[bytes] | os.PathLike[str],
        mode: CreateBigSegmentImportBodyMode | str | Unset = UNSET,
        wait_on_approvals: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Upload keys into a big segment.

        Upload a CSV of context keys. `mode` chooses whether the file is merged into, or replaces, the
        current list. Poll the import to follow progress.

        `POST /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/imports`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            segment_key: Key of the segment.
            file: CSV file to upload.
            mode: Merge the keys into the segment or replace its contents.
            wait_on_approvals: Hold the import until required approvals are given.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 404, 409, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/segments/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(segment_key)}/imports",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                files=multipart_files(
                    CreateBigSegmentImportBody(
                        file=as_file(file), mode=mode, wait_on_approvals=wait_on_approvals
                    ).to_dict()
                ),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_start_big_segment_import,
        )

    async def get_import_info(
        self,
        project_key: str,
        environment_key: str,
        segment_key: str,
        import_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Import:
        """Get a big-segment import.

        `GET /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/imports/{importID}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            segment_key: Key of the segment.
            import_id: Identifier of the import job.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Import

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/segments/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(segment_key)}/imports/{encode_path(import_id)}",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_import_info,
        )


class AsyncSegmentsBetaResourceWithRawResponse:
    """`segments_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncSegmentsBetaResource) -> None:
        self.start_big_segment_export = to_async_raw_response(resource.start_big_segment_export)
        self.get_big_segment_export_info = to_async_raw_response(resource.get_big_segment_export_info)
        self.start_big_segment_import = to_async_raw_response(resource.start_big_segment_import)
        self.get_import_info = to_async_raw_response(resource.get_import_info)
