"""Operations on `client.views`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any

import httpx

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
from ..models.errors_model import Errors
from ..models.list_views_response import ListViewsResponse
from ..models.success import Success
from ..models.view import View
from ..models.view_config import ViewConfig
from ..models.view_response import ViewResponse
from ..models.views_create_body import ViewsCreateBody
from ..models.views_update_body import ViewsUpdateBody
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> ListViewsResponse:
    return ListViewsResponse.from_dict(response.json())


def _parse_create(response: httpx.Response) -> ViewResponse:
    return ViewResponse.from_dict(response.json())


def _parse_get(response: httpx.Response) -> ViewResponse:
    return ViewResponse.from_dict(response.json())


def _parse_delete(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


def _parse_update(response: httpx.Response) -> ViewResponse:
    return ViewResponse.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    404: Errors.from_dict,
}


class ViewsResource:
    """Operations on `client.views`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ViewsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ViewsResourceWithRawResponse(self)

    def list(
        self,
        *,
        sheet_id: str,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[View]:
        """List views.

        Returns a page of saved views of a sheet.

        `GET /views`

        Args:
            sheet_id: Sheet whose views are listed.
            page_size: How many views to return per page.
            page_number: Page to return, starting at 1.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `View`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `ListViewsResponse` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/views",
                params=query_params(
                    {
                        "sheetId": sheet_id,
                        "pageSize": page_size,
                        "pageNumber": page_number,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
            strategy=PageNumberStrategy(
                page_param="pageNumber", size_param="pageSize", page_count_field="pagination.pageCount"
            ),
            items=("data",),
            max_items=max_items,
        )

    def create(
        self,
        *,
        sheet_id: str,
        name: str,
        config: ViewConfig | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> ViewResponse:
        """Create a view.

        Saves a named filter and sort setup for a sheet.

        `POST /views`

        Args:
            sheet_id: Sheet the view belongs to.
            name: The `name` field of the request body.
            config: Saved filter and sort settings.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ViewResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/views",
                json=ViewsCreateBody(sheet_id=sheet_id, name=name, config=as_model(ViewConfig, config)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    def get(
        self,
        view_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ViewResponse:
        """Get a view.

        Fetches one saved view.

        `GET /views/{viewId}`

        Args:
            view_id: View identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ViewResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/views/{encode_path(view_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get,
        )

    def delete(
        self,
        view_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete a view.

        Removes a saved view.

        `DELETE /views/{viewId}`

        Args:
            view_id: View to remove.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/views/{encode_path(view_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    def update(
        self,
        view_id: str,
        *,
        config: ViewConfig | Mapping[str, Any],
        name: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ViewResponse:
        """Update a view.

        Changes the settings or name of a saved view.

        `PATCH /views/{viewId}`

        Args:
            view_id: View to change.
            config: Saved filter and sort settings.
            name: The `name` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ViewResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/views/{encode_path(view_id)}",
                json=ViewsUpdateBody(config=as_model(ViewConfig, config), name=name).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update,
        )


class ViewsResourceWithRawResponse:
    """`views` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ViewsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.get = to_raw_response(resource.get)
        self.delete = to_raw_response(resource.delete)
        self.update = to_raw_response(resource.update)


class AsyncViewsResource:
    """Operations on `client.views`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncViewsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncViewsResourceWithRawResponse(self)

    def list(
        self,
        *,
        sheet_id: str,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[View]:
        """List views.

        Returns a page of saved views of a sheet.

        `GET /views`

        Args:
            sheet_id: Sheet whose views are listed.
            page_size: How many views to return per page.
            page_number: Page to return, starting at 1.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `View`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `ListViewsResponse` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/views",
                params=query_params(
                    {
                        "sheetId": sheet_id,
                        "pageSize": page_size,
                        "pageNumber": page_number,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
            strategy=PageNumberStrategy(
                page_param="pageNumber", size_param="pageSize", page_count_field="pagination.pageCount"
            ),
            items=("data",),
            max_items=max_items,
        )

    async def create(
        self,
        *,
        sheet_id: str,
        name: str,
        config: ViewConfig | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> ViewResponse:
        """Create a view.

        Saves a named filter and sort setup for a sheet.

        `POST /views`

        Args:
            sheet_id: Sheet the view belongs to.
            name: The `name` field of the request body.
            config: Saved filter and sort settings.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ViewResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/views",
                json=ViewsCreateBody(sheet_id=sheet_id, name=name, config=as_model(ViewConfig, config)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    async def get(
        self,
        view_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ViewResponse:
        """Get a view.

        Fetches one saved view.

        `GET /views/{viewId}`

        Args:
            view_id: View identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ViewResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/views/{encode_path(view_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get,
        )

    async def delete(
        self,
        view_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete a view.

        Removes a saved view.

        `DELETE /views/{viewId}`

        Args:
            view_id: View to remove.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/views/{encode_path(view_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    async def update(
        self,
        view_id: str,
        *,
        config: ViewConfig | Mapping[str, Any],
        name: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ViewResponse:
        """Update a view.

        Changes the settings or name of a saved view.

        `PATCH /views/{viewId}`

        Args:
            view_id: View to change.
            config: Saved filter and sort settings.
            name: The `name` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ViewResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/views/{encode_path(view_id)}",
                json=ViewsUpdateBody(config=as_model(ViewConfig, config), name=name).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update,
        )


class AsyncViewsResourceWithRawResponse:
    """`views` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncViewsResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create = to_async_raw_response(resource.create)
        self.get = to_async_raw_response(resource.get)
        self.delete = to_async_raw_response(resource.delete)
        self.update = to_async_raw_response(resource.update)
