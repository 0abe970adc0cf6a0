"""Operations on `client.enhancements`."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any

import httpx

from .._core import _decode as decode
from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest
from .._core._types import as_model
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    PageNumberStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.cass_ncoa_enhancement import CassNcoaEnhancement
from ..models.cass_ncoa_run import CassNcoaRun
from ..models.enhancement_summary import EnhancementSummary
from ..models.enhancement_type import EnhancementType
from ..models.error_model import Error
from ..models.get_enhancements_order_dir import GetEnhancementsOrderDir
from ..models.job_schedule_input import JobScheduleInput
from ..models.post_enhancements_cass_ncoa_body import PostEnhancementsCassNcoaBody
from ..models.post_enhancements_cass_ncoa_body_destination import PostEnhancementsCassNcoaBodyDestination
from ..models.post_enhancements_cass_ncoa_body_source import PostEnhancementsCassNcoaBodySource
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> list[EnhancementSummary]:
    _response_200 = response.json()
    response_200: list[EnhancementSummary]
    if isinstance(_response_200, list):
        response_200 = []
        for response_200_index, response_200_item_data in enumerate(_response_200):
            with decode.at(None, response_200_index):
                response_200_item = decode.model(EnhancementSummary.from_dict, response_200_item_data)

            response_200.append(response_200_item)
    else:
        response_200 = decode.mismatch("an array", _response_200)

    return response_200


def _parse_list_types(response: httpx.Response) -> list[EnhancementType]:
    _response_200 = response.json()
    response_200: list[EnhancementType]
    if isinstance(_response_200, list):
        response_200 = []
        for response_200_index, response_200_item_data in enumerate(_response_200):
            with decode.at(None, response_200_index):
                response_200_item = decode.model(EnhancementType.from_dict, response_200_item_data)

            response_200.append(response_200_item)
    else:
        response_200 = decode.mismatch("an array", _response_200)

    return response_200


def _parse_post_cass_ncoa(response: httpx.Response) -> CassNcoaEnhancement:
    return CassNcoaEnhancement.from_dict(response.json())


def _parse_get_cass_ncoa(response: httpx.Response) -> CassNcoaEnhancement:
    return CassNcoaEnhancement.from_dict(response.json())


def _parse_post_cass_ncoa_runs(response: httpx.Response) -> CassNcoaRun:
    return CassNcoaRun.from_dict(response.json())


def _parse_get_cass_ncoa_runs(response: httpx.Response) -> CassNcoaRun:
    return CassNcoaRun.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Error.from_dict,
    401: Error.from_dict,
    403: Error.from_dict,
    404: Error.from_dict,
    429: Error.from_dict,
}


class EnhancementsResource:
    """Operations on `client.enhancements`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> EnhancementsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return EnhancementsResourceWithRawResponse(self)

    def list(
        self,
        *,
        type: str | Unset = UNSET,
        author: str | Unset = UNSET,
        archived: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetEnhancementsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[EnhancementSummary]:
        """List enhancements.

        `GET /enhancements/`

        Args:
            type: Only this enhancement kind.
            author: Comma-separated user ids whose objects to keep.
            archived: `true`, `false` or `all`; default `false`.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `EnhancementSummary`: iterating it yields every item across pages, fetching them
            as needed; `iter_pages()` yields each page (its items, the parsed `list[EnhancementSummary]`
            and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/enhancements/",
                params=query_params(
                    {
                        "type": type,
                        "author": author,
                        "archived": archived,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def list_types(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[EnhancementType]:
        """List enhancement kinds.

        `GET /enhancements/types`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[EnhancementType]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/enhancements/types",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_types,
        )

    def post_cass_ncoa(
        self,
        *,
        name: str,
        source: PostEnhancementsCassNcoaBodySource | Mapping[str, Any],
        destination: PostEnhancementsCassNcoaBodyDestination | Mapping[str, Any] | Unset = UNSET,
        perform_ncoa: bool | Unset = UNSET,
        ncoa_credential_id: int | Unset = UNSET,
        output_level: str | Unset = UNSET,
        limiting_sql: str | Unset = UNSET,
        batch_size: int | Unset = UNSET,
        schedule: JobScheduleInput | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CassNcoaEnhancement:
        """Set up a CASS/NCOA job.

        `POST /enhancements/cass-ncoa`

        Args:
            name: The `name` field of the request body.
            source: Table holding the addresses.
            destination: The `destination` field of the request body.
            perform_ncoa: Also look up change-of-address records.
            ncoa_credential_id: The `ncoaCredentialId` field of the request body.
            output_level: `cass` or `all` columns in the output.
            limiting_sql: The `limitingSQL` field of the request body.
            batch_size: The `batchSize` field of the request body.
            schedule: Schedule settings to store on a job; every field is optional.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CassNcoaEnhancement

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/enhancements/cass-ncoa",
                json=PostEnhancementsCassNcoaBody(
                    name=name,
                    source=as_model(PostEnhancementsCassNcoaBodySource, source),
                    destination=as_model(PostEnhancementsCassNcoaBodyDestination, destination),
                    perform_ncoa=perform_ncoa,
                    ncoa_credential_id=ncoa_credential_id,
                    output_level=output_level,
                    limiting_sql=limiting_sql,
                    batch_size=batch_size,
                    schedule=as_model(JobScheduleInput, schedule),
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_cass_ncoa,
        )

    def get_cass_ncoa(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> CassNcoaEnhancement:
        """Show a CASS/NCOA job.

        `GET /enhancements/cass-ncoa/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CassNcoaEnhancement

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/enhancements/cass-ncoa/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_cass_ncoa,
        )

    def post_cass_ncoa_runs(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> CassNcoaRun:
        """Start a CASS/NCOA run.

        `POST /enhancements/cass-ncoa/{id}/runs`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CassNcoaRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/enhancements/cass-ncoa/{encode_path(id)}/runs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_cass_ncoa_runs,
        )

    def get_cass_ncoa_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> CassNcoaRun:
        """Get a CASS/NCOA run.

        `GET /enhancements/cass-ncoa/{id}/runs/{run_id}`

        Args:
            id: Object id.
            run_id: Run id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CassNcoaRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/enhancements/cass-ncoa/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_cass_ncoa_runs,
        )


class EnhancementsResourceWithRawResponse:
    """`enhancements` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: EnhancementsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.list_types = to_raw_response(resource.list_types)
        self.post_cass_ncoa = to_raw_response(resource.post_cass_ncoa)
        self.get_cass_ncoa = to_raw_response(resource.get_cass_ncoa)
        self.post_cass_ncoa_runs = to_raw_response(resource.post_cass_ncoa_runs)
        self.get_cass_ncoa_runs = to_raw_response(resource.get_cass_ncoa_runs)


class AsyncEnhancementsResource:
    """Operations on `client.enhancements`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncEnhancementsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncEnhancementsResourceWithRawResponse(self)

    def list(
        self,
        *,
        type: str | Unset = UNSET,
        author: str | Unset = UNSET,
        archived: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetEnhancementsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[EnhancementSummary]:
        """List enhancements.

        `GET /enhancements/`

        Args:
            type: Only this enhancement kind.
            author: Comma-separated user ids whose objects to keep.
            archived: `true`, `false` or `all`; default `false`.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `EnhancementSummary`: iterating it yields every item across pages, fetching them
            as needed; `iter_pages()` yields each page (its items, the parsed `list[EnhancementSummary]`
            and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/enhancements/",
                params=query_params(
                    {
                        "type": type,
                        "author": author,
                        "archived": archived,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def list_types(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[EnhancementType]:
        """List enhancement kinds.

        `GET /enhancements/types`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[EnhancementType]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/enhancements/types",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_types,
        )

    async def post_cass_ncoa(
        self,
        *,
        name: str,
        source: PostEnhancementsCassNcoaBodySource | Mapping[str, Any],
        destination: PostEnhancementsCassNcoaBodyDestination | Mapping[str, Any] | Unset = UNSET,
        perform_ncoa: bool | Unset = UNSET,
        ncoa_credential_id: int | Unset = UNSET,
        output_level: str | Unset = UNSET,
        limiting_sql: str | Unset = UNSET,
        batch_size: int | Unset = UNSET,
        schedule: JobScheduleInput | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CassNcoaEnhancement:
        """Set up a CASS/NCOA job.

        `POST /enhancements/cass-ncoa`

        Args:
            name: The `name` field of the request body.
            source: Table holding the addresses.
            destination: The `destination` field of the request body.
            perform_ncoa: Also look up change-of-address records.
            ncoa_credential_id: The `ncoaCredentialId` field of the request body.
            output_level: `cass` or `all` columns in the output.
            limiting_sql: The `limitingSQL` field of the request body.
            batch_size: The `batchSize` field of the request body.
            schedule: Schedule settings to store on a job; every field is optional.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CassNcoaEnhancement

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/enhancements/cass-ncoa",
                json=PostEnhancementsCassNcoaBody(
                    name=name,
                    source=as_model(PostEnhancementsCassNcoaBodySource, source),
                    destination=as_model(PostEnhancementsCassNcoaBodyDestination, destination),
                    perform_ncoa=perform_ncoa,
                    ncoa_credential_id=ncoa_credential_id,
                    output_level=output_level,
                    limiting_sql=limiting_sql,
                    batch_size=batch_size,
                    schedule=as_model(JobScheduleInput, schedule),
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_cass_ncoa,
        )

    async def get_cass_ncoa(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> CassNcoaEnhancement:
        """Show a CASS/NCOA job.

        `GET /enhancements/cass-ncoa/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CassNcoaEnhancement

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/enhancements/cass-ncoa/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_cass_ncoa,
        )

    async def post_cass_ncoa_runs(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> CassNcoaRun:
        """Start a CASS/NCOA run.

        `POST /enhancements/cass-ncoa/{id}/runs`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CassNcoaRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/enhancements/cass-ncoa/{encode_path(id)}/runs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_cass_ncoa_runs,
        )

    async def get_cass_ncoa_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> CassNcoaRun:
        """Get a CASS/NCOA run.

        `GET /enhancements/cass-ncoa/{id}/runs/{run_id}`

        Args:
            id: Object id.
            run_id: Run id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CassNcoaRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/enhancements/cass-ncoa/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_cass_ncoa_runs,
        )


class AsyncEnhancementsResourceWithRawResponse:
    """`enhancements` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncEnhancementsResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.list_types = to_async_raw_response(resource.list_types)
        self.post_cass_ncoa = to_async_raw_response(resource.post_cass_ncoa)
        self.get_cass_ncoa = to_async_raw_response(resource.get_cass_ncoa)
        self.post_cass_ncoa_runs = to_async_raw_response(resource.post_cass_ncoa_runs)
        self.get_cass_ncoa_runs = to_async_raw_response(resource.get_cass_ncoa_runs)
