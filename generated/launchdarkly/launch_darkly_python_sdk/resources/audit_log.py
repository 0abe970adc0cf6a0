"""Operations on `client.audit_log`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    NextLinkStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.audit_log_entries import AuditLogEntries
from ..models.audit_log_entry import AuditLogEntry
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, Unset


def _parse_list_audit_log_entries(response: httpx.Response) -> AuditLogEntries:
    return AuditLogEntries.from_dict(response.json())


def _parse_detail_entry(response: httpx.Response) -> AuditLogEntry:
    return AuditLogEntry.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class AuditLogResource:
    """Operations on `client.audit_log`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> AuditLogResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AuditLogResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AuditLogResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_audit_log_entries(
        self,
        *,
        before: int | Unset = UNSET,
        after: int | Unset = UNSET,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        spec: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[AuditLogEntry]:
        """List audit-log entries.

        `GET /api/v2/auditlog`

        Args:
            before: Only return items before this point.
            after: Only return items after this point.
            q: Free-text search.
            limit: Page size: at most this many items come back.
            spec: Resource specifier that entries must match.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `AuditLogEntry`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `AuditLogEntries` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/api/v2/auditlog",
                params=query_params(
                    {
                        "before": before,
                        "after": after,
                        "q": q,
                        "limit": limit,
                        "spec": spec,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_audit_log_entries,
            strategy=NextLinkStrategy(next_link="_links.next"),
            items=("items",),
            max_items=max_items,
        )

    def detail_entry(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> AuditLogEntry:
        """Get one audit-log entry.

        `GET /api/v2/auditlog/{id}`

        Args:
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            AuditLogEntry

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/auditlog/{encode_path(id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_detail_entry,
        )

    async def alist_audit_log_entries(
        self,
        *,
        before: int | Unset = UNSET,
        after: int | Unset = UNSET,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        spec: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[AuditLogEntry]:
        """Coroutine twin of `list_audit_log_entries`: same arguments, same result, awaitable."""
        return await AsyncAuditLogResource(self._async_client()).list_audit_log_entries(
            before=before,
            after=after,
            q=q,
            limit=limit,
            spec=spec,
            max_items=max_items,
            request_options=request_options,
        )

    async def adetail_entry(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> AuditLogEntry:
        """Coroutine twin of `detail_entry`: same arguments, same result, awaitable."""
        return await AsyncAuditLogResource(self._async_client()).detail_entry(
            id,
            request_options=request_options,
        )


class AuditLogResourceWithRawResponse:
    """`audit_log` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AuditLogResource) -> None:
        self.list_audit_log_entries = to_raw_response(resource.list_audit_log_entries)
        self.detail_entry = to_raw_response(resource.detail_entry)


class AsyncAuditLogResource:
    """Operations on `client.audit_log`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAuditLogResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncAuditLogResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncAuditLogResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_audit_log_entries(
        self,
        *,
        before: int | Unset = UNSET,
        after: int | Unset = UNSET,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        spec: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[AuditLogEntry]:
        """List audit-log entries.

        `GET /api/v2/auditlog`

        Args:
            before: Only return items before this point.
            after: Only return items after this point.
            q: Free-text search.
            limit: Page size: at most this many items come back.
            spec: Resource specifier that entries must match.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `AuditLogEntry`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `AuditLogEntries` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/api/v2/auditlog",
                params=query_params(
                    {
                        "before": before,
                        "after": after,
                        "q": q,
                        "limit": limit,
                        "spec": spec,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_audit_log_entries,
            strategy=NextLinkStrategy(next_link="_links.next"),
            items=("items",),
            max_items=max_items,
        )

    async def detail_entry(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> AuditLogEntry:
        """Get one audit-log entry.

        `GET /api/v2/auditlog/{id}`

        Args:
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            AuditLogEntry

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/auditlog/{encode_path(id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_detail_entry,
        )


class AsyncAuditLogResourceWithRawResponse:
    """`audit_log` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncAuditLogResource) -> None:
        self.list_audit_log_entries = to_async_raw_response(resource.list_audit_log_entries)
        self.detail_entry = to_async_raw_response(resource.detail_entry)
