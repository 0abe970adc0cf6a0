"""Operations on `client.apps`."""

from __future__ import annotations

import builtins
from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .. import models as _models
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
from ..models.patch_apps_slug_instances_id_body import PatchAppsSlugInstancesIdBody
from ..models.post_apps_slug_instances_body import PostAppsSlugInstancesBody
from ..models.put_apps_slug_instances_id_archive_body import PutAppsSlugInstancesIdArchiveBody
from ..models.put_apps_slug_instances_id_shares_groups_body import PutAppsSlugInstancesIdSharesGroupsBody
from ..models.put_apps_slug_instances_id_shares_users_body import PutAppsSlugInstancesIdSharesUsersBody
from ..models.record import Record
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> list[App]:
    response_200 = decode.model_array(_models.App.from_dict, response.json())

    return response_200


def _parse_get(response: httpx.Response) -> App:
    return App.from_dict(response.json())


def _parse_list_instances(response: httpx.Response) -> list[AppInstance]:
    response_200 = decode.model_array(_models.AppInstance.from_dict, response.json())

    return response_200


def _parse_post_instances(response: httpx.Response) -> AppInstance:
    return AppInstance.from_dict(response.json())


def _parse_get_instances(response: httpx.Response) -> AppInstance:
    return AppInstance.from_dict(response.json())


def _parse_patch_instances(response: httpx.Response) -> Record:
    return Record.from_dict(response.json())


def _parse_put_instances_projects(response: httpx.Response) -> Record:
    return Record.from_dict(response.json())


def _parse_delete_instances_projects(response: httpx.Response) -> None:
    return None


def _parse_delete_instances_shares_groups(response: httpx.Response) -> None:
    return None


def _parse_delete_instances_shares_users(response: httpx.Response) -> None:
    return None


def _parse_list_instances_projects(response: httpx.Response) -> list[Record]:
    response_200 = decode.model_array(_models.Record.from_dict, response.json())

    return response_200


def _parse_list_instances_shares(response: httpx.Response) -> list[Record]:
    response_200 = decode.model_array(_models.Record.from_dict, response.json())

    return response_200


def _parse_put_instances_archive(response: httpx.Response) -> Record:
    return Record.from_dict(response.json())


def _parse_put_instances_shares_groups(response: httpx.Response) -> Record:
    return Record.from_dict(response.json())


def _parse_put_instances_shares_users(response: httpx.Response) -> Record:
    return Record.from_dict(response.json())


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
        id: int,
        slug: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> AppInstance:
        """Get an app instance.

        Note the parameter order: the instance id comes before the slug, as in the reference client.

        `GET /apps/{slug}/instances/{id}`

        Args:
            id: Object id.
            slug: App slug.
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

    def patch_instances(
        self,
        id: str,
        slug: str,
        *,
        name: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Update apps instances.

        Documented by the previous client; absent from the current published API description.

        `PATCH /apps/{slug}/instances/{id}`

        Args:
            id: The `id` path parameter.
            slug: The `slug` path parameter.
            name: The `name` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/apps/{encode_path(slug)}/instances/{encode_path(id)}",
                json=PatchAppsSlugInstancesIdBody(name=name).to_dict()
                if not all(isinstance(value, Unset) for value in (name,))
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch_instances,
        )

    def put_instances_projects(
        self,
        id: int,
        project_id: int,
        slug: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Set apps instances projects.

        Documented by the previous client; absent from the current published API description.

        `PUT /apps/{slug}/instances/{id}/projects/{project_id}`

        Args:
            id: The `id` path parameter.
            project_id: The `project_id` path parameter.
            slug: The `slug` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/apps/{encode_path(slug)}/instances/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_instances_projects,
        )

    def delete_instances_projects(
        self,
        id: int,
        project_id: int,
        slug: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove apps instances projects.

        Documented by the previous client; absent from the current published API description.

        `DELETE /apps/{slug}/instances/{id}/projects/{project_id}`

        Args:
            id: The `id` path parameter.
            project_id: The `project_id` path parameter.
            slug: The `slug` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/apps/{encode_path(slug)}/instances/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_instances_projects,
        )

    def delete_instances_shares_groups(
        self,
        id: int,
        group_id: int,
        slug: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove apps instances shares groups.

        Documented by the previous client; absent from the current published API description.

        `DELETE /apps/{slug}/instances/{id}/shares/groups/{group_id}`

        Args:
            id: The `id` path parameter.
            group_id: The `group_id` path parameter.
            slug: The `slug` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/apps/{encode_path(slug)}/instances/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_instances_shares_groups,
        )

    def delete_instances_shares_users(
        self,
        id: int,
        user_id: int,
        slug: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove apps instances shares users.

        Documented by the previous client; absent from the current published API description.

        `DELETE /apps/{slug}/instances/{id}/shares/users/{user_id}`

        Args:
            id: The `id` path parameter.
            user_id: The `user_id` path parameter.
            slug: The `slug` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/apps/{encode_path(slug)}/instances/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_instances_shares_users,
        )

    def list_instances_projects(
        self,
        id: str,
        slug: str,
        *,
        hidden: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[Record]:
        """List apps instances projects.

        Documented by the previous client; absent from the current published API description.

        `GET /apps/{slug}/instances/{id}/projects`

        Args:
            id: The `id` path parameter.
            slug: The `slug` path parameter.
            hidden: The `hidden` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Record]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/apps/{encode_path(slug)}/instances/{encode_path(id)}/projects",
                params=query_params(
                    {
                        "hidden": hidden,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_instances_projects,
        )

    def list_instances_shares(
        self,
        id: str,
        slug: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[Record]:
        """List apps instances shares.

        Documented by the previous client; absent from the current published API description.

        `GET /apps/{slug}/instances/{id}/shares`

        Args:
            id: The `id` path parameter.
            slug: The `slug` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Record]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/apps/{encode_path(slug)}/instances/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_instances_shares,
        )

    def put_instances_archive(
        self,
        id: int,
        slug: str,
        status: bool,
        *,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Set apps instances archive.

        Documented by the previous client; absent from the current published API description.

        `PUT /apps/{slug}/instances/{id}/archive`

        Args:
            id: The `id` path parameter.
            slug: The `slug` path parameter.
            status: The `status` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/apps/{encode_path(slug)}/instances/{encode_path(id)}/archive",
                json=PutAppsSlugInstancesIdArchiveBody(status=status).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_instances_archive,
        )

    def put_instances_shares_groups(
        self,
        id: int,
        slug: str,
        group_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Set apps instances shares groups.

        Documented by the previous client; absent from the current published API description.

        `PUT /apps/{slug}/instances/{id}/shares/groups`

        Args:
            id: The `id` path parameter.
            slug: The `slug` path parameter.
            group_ids: The `groupIds` field of the request body.
            permission_level: The `permissionLevel` field of the request body.
            share_email_body: The `shareEmailBody` field of the request body.
            send_shared_email: The `sendSharedEmail` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/apps/{encode_path(slug)}/instances/{encode_path(id)}/shares/groups",
                json=PutAppsSlugInstancesIdSharesGroupsBody(
                    group_ids=group_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_instances_shares_groups,
        )

    def put_instances_shares_users(
        self,
        id: str,
        slug: str,
        user_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Set apps instances shares users.

        Documented by the previous client; absent from the current published API description.

        `PUT /apps/{slug}/instances/{id}/shares/users`

        Args:
            id: The `id` path parameter.
            slug: The `slug` path parameter.
            user_ids: The `userIds` field of the request body.
            permission_level: The `permissionLevel` field of the request body.
            share_email_body: The `shareEmailBody` field of the request body.
            send_shared_email: The `sendSharedEmail` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/apps/{encode_path(slug)}/instances/{encode_path(id)}/shares/users",
                json=PutAppsSlugInstancesIdSharesUsersBody(
                    user_ids=user_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_instances_shares_users,
        )


class AppsResourceWithRawResponse:
    """`apps` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AppsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.get = to_raw_response(resource.get)
        self.list_instances = to_raw_response(resource.list_instances)
        self.post_instances = to_raw_response(resource.post_instances)
        self.get_instances = to_raw_response(resource.get_instances)
        self.patch_instances = to_raw_response(resource.patch_instances)
        self.put_instances_projects = to_raw_response(resource.put_instances_projects)
        self.delete_instances_projects = to_raw_response(resource.delete_instances_projects)
        self.delete_instances_shares_groups = to_raw_response(resource.delete_instances_shares_groups)
        self.delete_instances_shares_users = to_raw_response(resource.delete_instances_shares_users)
        self.list_instances_projects = to_raw_response(resource.list_instances_projects)
        self.list_instances_shares = to_raw_response(resource.list_instances_shares)
        self.put_instances_archive = to_raw_response(resource.put_instances_archive)
        self.put_instances_shares_groups = to_raw_response(resource.put_instances_shares_groups)
        self.put_instances_shares_users = to_raw_response(resource.put_instances_shares_users)


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
        id: int,
        slug: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> AppInstance:
        """Get an app instance.

        Note the parameter order: the instance id comes before the slug, as in the reference client.

        `GET /apps/{slug}/instances/{id}`

        Args:
            id: Object id.
            slug: App slug.
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

    async def patch_instances(
        self,
        id: str,
        slug: str,
        *,
        name: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Update apps instances.

        Documented by the previous client; absent from the current published API description.

        `PATCH /apps/{slug}/instances/{id}`

        Args:
            id: The `id` path parameter.
            slug: The `slug` path parameter.
            name: The `name` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/apps/{encode_path(slug)}/instances/{encode_path(id)}",
                json=PatchAppsSlugInstancesIdBody(name=name).to_dict()
                if not all(isinstance(value, Unset) for value in (name,))
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch_instances,
        )

    async def put_instances_projects(
        self,
        id: int,
        project_id: int,
        slug: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Set apps instances projects.

        Documented by the previous client; absent from the current published API description.

        `PUT /apps/{slug}/instances/{id}/projects/{project_id}`

        Args:
            id: The `id` path parameter.
            project_id: The `project_id` path parameter.
            slug: The `slug` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/apps/{encode_path(slug)}/instances/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_instances_projects,
        )

    async def delete_instances_projects(
        self,
        id: int,
        project_id: int,
        slug: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove apps instances projects.

        Documented by the previous client; absent from the current published API description.

        `DELETE /apps/{slug}/instances/{id}/projects/{project_id}`

        Args:
            id: The `id` path parameter.
            project_id: The `project_id` path parameter.
            slug: The `slug` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/apps/{encode_path(slug)}/instances/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_instances_projects,
        )

    async def delete_instances_shares_groups(
        self,
        id: int,
        group_id: int,
        slug: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove apps instances shares groups.

        Documented by the previous client; absent from the current published API description.

        `DELETE /apps/{slug}/instances/{id}/shares/groups/{group_id}`

        Args:
            id: The `id` path parameter.
            group_id: The `group_id` path parameter.
            slug: The `slug` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/apps/{encode_path(slug)}/instances/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_instances_shares_groups,
        )

    async def delete_instances_shares_users(
        self,
        id: int,
        user_id: int,
        slug: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove apps instances shares users.

        Documented by the previous client; absent from the current published API description.

        `DELETE /apps/{slug}/instances/{id}/shares/users/{user_id}`

        Args:
            id: The `id` path parameter.
            user_id: The `user_id` path parameter.
            slug: The `slug` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/apps/{encode_path(slug)}/instances/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_instances_shares_users,
        )

    async def list_instances_projects(
        self,
        id: str,
        slug: str,
        *,
        hidden: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[Record]:
        """List apps instances projects.

        Documented by the previous client; absent from the current published API description.

        `GET /apps/{slug}/instances/{id}/projects`

        Args:
            id: The `id` path parameter.
            slug: The `slug` path parameter.
            hidden: The `hidden` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Record]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/apps/{encode_path(slug)}/instances/{encode_path(id)}/projects",
                params=query_params(
                    {
                        "hidden": hidden,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_instances_projects,
        )

    async def list_instances_shares(
        self,
        id: str,
        slug: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[Record]:
        """List apps instances shares.

        Documented by the previous client; absent from the current published API description.

        `GET /apps/{slug}/instances/{id}/shares`

        Args:
            id: The `id` path parameter.
            slug: The `slug` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Record]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/apps/{encode_path(slug)}/instances/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_instances_shares,
        )

    async def put_instances_archive(
        self,
        id: int,
        slug: str,
        status: bool,
        *,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Set apps instances archive.

        Documented by the previous client; absent from the current published API description.

        `PUT /apps/{slug}/instances/{id}/archive`

        Args:
            id: The `id` path parameter.
            slug: The `slug` path parameter.
            status: The `status` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/apps/{encode_path(slug)}/instances/{encode_path(id)}/archive",
                json=PutAppsSlugInstancesIdArchiveBody(status=status).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_instances_archive,
        )

    async def put_instances_shares_groups(
        self,
        id: int,
        slug: str,
        group_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Set apps instances shares groups.

        Documented by the previous client; absent from the current published API description.

        `PUT /apps/{slug}/instances/{id}/shares/groups`

        Args:
            id: The `id` path parameter.
            slug: The `slug` path parameter.
            group_ids: The `groupIds` field of the request body.
            permission_level: The `permissionLevel` field of the request body.
            share_email_body: The `shareEmailBody` field of the request body.
            send_shared_email: The `sendSharedEmail` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/apps/{encode_path(slug)}/instances/{encode_path(id)}/shares/groups",
                json=PutAppsSlugInstancesIdSharesGroupsBody(
                    group_ids=group_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_instances_shares_groups,
        )

    async def put_instances_shares_users(
        self,
        id: str,
        slug: str,
        user_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Set apps instances shares users.

        Documented by the previous client; absent from the current published API description.

        `PUT /apps/{slug}/instances/{id}/shares/users`

        Args:
            id: The `id` path parameter.
            slug: The `slug` path parameter.
            user_ids: The `userIds` field of the request body.
            permission_level: The `permissionLevel` field of the request body.
            share_email_body: The `shareEmailBody` field of the request body.
            send_shared_email: The `sendSharedEmail` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/apps/{encode_path(slug)}/instances/{encode_path(id)}/shares/users",
                json=PutAppsSlugInstancesIdSharesUsersBody(
                    user_ids=user_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_instances_shares_users,
        )


class AsyncAppsResourceWithRawResponse:
    """`apps` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncAppsResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.get = to_async_raw_response(resource.get)
        self.list_instances = to_async_raw_response(resource.list_instances)
        self.post_instances = to_async_raw_response(resource.post_instances)
        self.get_instances = to_async_raw_response(resource.get_instances)
        self.patch_instances = to_async_raw_response(resource.patch_instances)
        self.put_instances_projects = to_async_raw_response(resource.put_instances_projects)
        self.delete_instances_projects = to_async_raw_response(resource.delete_instances_projects)
        self.delete_instances_shares_groups = to_async_raw_response(resource.delete_instances_shares_groups)
        self.delete_instances_shares_users = to_async_raw_response(resource.delete_instances_shares_users)
        self.list_instances_projects = to_async_raw_response(resource.list_instances_projects)
        self.list_instances_shares = to_async_raw_response(resource.list_instances_shares)
        self.put_instances_archive = to_async_raw_response(resource.put_instances_archive)
        self.put_instances_shares_groups = to_async_raw_response(resource.put_instances_shares_groups)
        self.put_instances_shares_users = to_async_raw_response(resource.put_instances_shares_users)
