"""Operations on `client.templates`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .._core import _decode as decode
from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    PageNumberStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.error_model import Error
from ..models.get_templates_reports_order_dir import GetTemplatesReportsOrderDir
from ..models.get_templates_scripts_order_dir import GetTemplatesScriptsOrderDir
from ..models.report_template_summary import ReportTemplateSummary
from ..models.script_template import ScriptTemplate
from ..models.script_template_summary import ScriptTemplateSummary
from ..types import UNSET, Unset


def _parse_list_scripts(response: httpx.Response) -> list[ScriptTemplateSummary]:
    _response_200 = response.json()
    response_200: list[ScriptTemplateSummary]
    if isinstance(_response_200, list):
        response_200 = []
        for response_200_index, response_200_item_data in enumerate(_response_200):
            with decode.at(None, response_200_index):
                response_200_item = decode.model(ScriptTemplateSummary.from_dict, response_200_item_data)

            response_200.append(response_200_item)
    else:
        response_200 = decode.mismatch("an array", _response_200)

    return response_200


def _parse_get_scripts(response: httpx.Response) -> ScriptTemplate:
    return ScriptTemplate.from_dict(response.json())


def _parse_list_reports(response: httpx.Response) -> list[ReportTemplateSummary]:
    _response_200 = response.json()
    response_200: list[ReportTemplateSummary]
    if isinstance(_response_200, list):
        response_200 = []
        for response_200_index, response_200_item_data in enumerate(_response_200):
            with decode.at(None, response_200_index):
                response_200_item = decode.model(ReportTemplateSummary.from_dict, response_200_item_data)

            response_200.append(response_200_item)
    else:
        response_200 = decode.mismatch("an array", _response_200)

    return response_200


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Error.from_dict,
    401: Error.from_dict,
    403: Error.from_dict,
    404: Error.from_dict,
    429: Error.from_dict,
}


class TemplatesResource:
    """Operations on `client.templates`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> TemplatesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return TemplatesResourceWithRawResponse(self)

    def list_scripts(
        self,
        *,
        hidden: bool | Unset = UNSET,
        author: str | Unset = UNSET,
        category: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetTemplatesScriptsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[ScriptTemplateSummary]:
        """List script templates.

        `GET /templates/scripts/`

        Args:
            hidden: Return hidden (system-created) objects instead of visible ones.
            author: Comma-separated user ids whose objects to keep.
            category: Only this category.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ScriptTemplateSummary`: iterating it yields every item across pages, fetching
            them as needed; `iter_pages()` yields each page (its items, the parsed
            `list[ScriptTemplateSummary]` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/templates/scripts/",
                params=query_params(
                    {
                        "hidden": hidden,
                        "author": author,
                        "category": category,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_scripts,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def get_scripts(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> ScriptTemplate:
        """Get a script template.

        `GET /templates/scripts/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ScriptTemplate

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/templates/scripts/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_scripts,
        )

    def list_reports(
        self,
        *,
        hidden: bool | Unset = UNSET,
        author: str | Unset = UNSET,
        category: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetTemplatesReportsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[ReportTemplateSummary]:
        """List report templates.

        `GET /templates/reports/`

        Args:
            hidden: Return hidden (system-created) objects instead of visible ones.
            author: Comma-separated user ids whose objects to keep.
            category: Only this category.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ReportTemplateSummary`: iterating it yields every item across pages, fetching
            them as needed; `iter_pages()` yields each page (its items, the parsed
            `list[ReportTemplateSummary]` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/templates/reports/",
                params=query_params(
                    {
                        "hidden": hidden,
                        "author": author,
                        "category": category,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_reports,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )


class TemplatesResourceWithRawResponse:
    """`templates` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: TemplatesResource) -> None:
        self.list_scripts = to_raw_response(resource.list_scripts)
        self.get_scripts = to_raw_response(resource.get_scripts)
        self.list_reports = to_raw_response(resource.list_reports)


class AsyncTemplatesResource:
    """Operations on `client.templates`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncTemplatesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncTemplatesResourceWithRawResponse(self)

    def list_scripts(
        self,
        *,
        hidden: bool | Unset = UNSET,
        author: str | Unset = UNSET,
        category: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetTemplatesScriptsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[ScriptTemplateSummary]:
        """List script templates.

        `GET /templates/scripts/`

        Args:
            hidden: Return hidden (system-created) objects instead of visible ones.
            author: Comma-separated user ids whose objects to keep.
            category: Only this category.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ScriptTemplateSummary`: iterating it yields every item across pages, fetching
            them as needed; `iter_pages()` yields each page (its items, the parsed
            `list[ScriptTemplateSummary]` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/templates/scripts/",
                params=query_params(
                    {
                        "hidden": hidden,
                        "author": author,
                        "category": category,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_scripts,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def get_scripts(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> ScriptTemplate:
        """Get a script template.

        `GET /templates/scripts/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ScriptTemplate

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/templates/scripts/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_scripts,
        )

    def list_reports(
        self,
        *,
        hidden: bool | Unset = UNSET,
        author: str | Unset = UNSET,
        category: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetTemplatesReportsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[ReportTemplateSummary]:
        """List report templates.

        `GET /templates/reports/`

        Args:
            hidden: Return hidden (system-created) objects instead of visible ones.
            author: Comma-separated user ids whose objects to keep.
            category: Only this category.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ReportTemplateSummary`: iterating it yields every item across pages, fetching
            them as needed; `iter_pages()` yields each page (its items, the parsed
            `list[ReportTemplateSummary]` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/templates/reports/",
                params=query_params(
                    {
                        "hidden": hidden,
                        "author": author,
                        "category": category,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_reports,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )


class AsyncTemplatesResourceWithRawResponse:
    """`templates` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncTemplatesResource) -> None:
        self.list_scripts = to_async_raw_response(resource.list_scripts)
        self.get_scripts = to_async_raw_response(resource.get_scripts)
        self.list_reports = to_async_raw_response(resource.list_reports)
