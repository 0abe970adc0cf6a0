"""Operations on `client.apps`."""

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
from ..models.app import App
from ..models.app_instance import AppInstance
from ..models.error_model import Error
from ..models.get_apps_slug_instances_order_dir import (
    GetAppsSlugInstancesOrderDir,
)
from ..models.post_apps_slug_instances_body import PostAppsSlugInstancesBody
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> list[App]:
    _response_200 = response.json()
    response_200: list[App]
    if isinstance(_response_200, list):
        response_200 = []
        for response_200_index, response_200_item_data in enumerate(_response_200):
            with decode.at(None, response_200_index):
                response_200_item = decode.model(App.from_dict, response_200_item_data)

            response_200.append(response_200_item)
    else:
        response_200 = decode.mismatch("an array", _response_200)

    return response_200


def _parse_get(response: httpx.Response) -> App:
    return App.from_dict(response.json())


def _parse_list_instances(response: httpx.Response) -> list[AppInstance]:
    _response_200 = response.json()
    response_200: list[AppInstance]
    if isinstance(_response_200, list):
        response_200 = []
        for response_200_index, response_200_item_data in enumerate(_response_200):
            with decode.at(None, response_200_index):
                response_200_item = decode.model(AppInstance.from_dict, response_200_item_data)

            response_200.append(response_200_item)
    else:
        response_200 = decode.mismatch("an array", _response_200)

    return response_200


def _parse_post_instances(response: httpx.Response) -> AppInstance:
    return AppInstance.from_dict(response.json())


def _parse_get_instances(response: httpx.Response) -> AppInstance:
    return AppInstance.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Error.from_dict,
    401: Error.from_dict,
    403: Error.from_dict,
    404: Error.from_dict,
    429: Error.from_dict,
}


class AppsResource:
    """Operations on `client.apps`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AppsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AppsResourceWithRawResponse(self)

    def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[App]:
        """List apps.

        `GET /apps/`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[App]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/apps/",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )

    def get(
        self,
        slug: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> App:
        """Get an app.

        `GET /apps/{slug}`

        Args:
            slug: App slug.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            App

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/apps/{encode_path(slug)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )

    def list_instances(
        self,
        slug: str,
        *,
        archived: str | Unset = UNSET,
        app_release_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetAppsSlugInstancesOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[AppInstance]:
        """List an app's instances.

        `GET /apps/{slug}/instances`

        Args:
            slug: App slug.
            archived: `true`, `false` or `all`; default `false`.
            app_release_id: Only instances of this release.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `AppInstance`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[AppInstance]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/apps/{encode_path(slug)}/instances",
                params=query_params(
                    {
                        "archived": archived,
                        "app_release_id": app_release_id,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_instances,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def post_instances(
        self,
        slug: str,
        *,
        name: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AppInstance:
        """Create an app instance.

        `POST /apps/{slug}/instances`

        Args:
            slug: App slug.
            name: Name for the new instance.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            AppInstance

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/apps/{encode_path(slug)}/instances",
                json=PostAppsSlugInstancesBody(name=name).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_instances,
        )

    def get_instances(
        self,
        slug: str,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> AppInstance:
        """Get an app instance.

        Note the parameter order: the instance id comes before the slug, as in the reference client.

        `GET /apps/{slug}/instances/{id}`

        Args:
            slug: App slug.
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            AppInstance

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/apps/{encode_path(slug)}/instances/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_instances,
        )


class AppsResourceWithRawResponse:
    """`apps` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AppsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.get = to_raw_response(resource.get)
        self.list_instances = to_raw_response(resource.list_instances)
        self.post_instances = to_raw_response(resource.post_instances)
        self.get_instances = to_raw_response(resource.get_instances)


class AsyncAppsResource:
    """Operations on `client.apps`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAppsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncAppsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[App]:
        """List apps.

        `GET /apps/`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[App]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/apps/",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )

    async def get(
        self,
        slug: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> App:
        """Get an app.

        `GET /apps/{slug}`

        Args:
            slug: App slug.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            App

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/apps/{encode_path(slug)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )

    def list_instances(
        self,
        slug: str,
        *,
        archived: str | Unset = UNSET,
        app_release_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetAppsSlugInstancesOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[AppInstance]:
        """List an app's instances.

        `GET /apps/{slug}/instances`

        Args:
            slug: App slug.
            archived: `true`, `false` or `all`; default `false`.
            app_release_id: Only instances of this release.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `AppInstance`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[AppInstance]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/apps/{encode_path(slug)}/instances",
                params=query_params(
                    {
                        "archived": archived,
                        "app_release_id": app_release_id,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_instances,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def post_instances(
        self,
        slug: str,
        *,
        name: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AppInstance:
        """Create an app instance.

        `POST /apps/{slug}/instances`

        Args:
            slug: App slug.
            name: Name for the new instance.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            AppInstance

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/apps/{encode_path(slug)}/instances",
                json=PostAppsSlugInstancesBody(name=name).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_instances,
        )

    async def get_instances(
        self,
        slug: str,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> AppInstance:
        """Get an app instance.

        Note the parameter order: the instance id comes before the slug, as in the reference client.

        `GET /apps/{slug}/instances/{id}`

        Args:
            slug: App slug.
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            AppInstance

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/apps/{encode_path(slug)}/instances/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_instances,
        )


class AsyncAppsResourceWithRawResponse:
    """`apps` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncAppsResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.get = to_async_raw_response(resource.get)
        self.list_instances = to_async_raw_response(resource.list_instances)
        self.post_instances = to_async_raw_response(resource.post_instances)
        self.get_instances = to_async_raw_response(resource.get_instances)
