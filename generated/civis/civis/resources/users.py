"""Operations on `client.users`."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .. import models as _models
from .._core import _decode as decode
from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest
from .._core._types import as_model, as_models
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    PageNumberStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.api_key_created import ApiKeyCreated
from ..models.api_key_summary import ApiKeySummary
from ..models.error_model import Error
from ..models.get_users_id_api_keys_order_dir import GetUsersIdApiKeysOrderDir
from ..models.get_users_order_dir import GetUsersOrderDir
from ..models.patch_users_me_body import PatchUsersMeBody
from ..models.patch_users_me_body_preferences import PatchUsersMeBodyPreferences
from ..models.post_users_id_api_keys_body import PostUsersIdApiKeysBody
from ..models.post_users_id_api_keys_body_constraints_item import PostUsersIdApiKeysBodyConstraintsItem
from ..models.user_api_key import UserApiKey
from ..models.user_detail import UserDetail
from ..models.user_me import UserMe
from ..models.user_summary import UserSummary
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> list[UserSummary]:
    response_200 = decode.model_array(_models.UserSummary.from_dict, response.json())

    return response_200


def _parse_list_me(response: httpx.Response) -> UserMe:
    return UserMe.from_dict(response.json())


def _parse_patch_me(response: httpx.Response) -> UserMe:
    return UserMe.from_dict(response.json())


def _parse_get(response: httpx.Response) -> UserDetail:
    return UserDetail.from_dict(response.json())


def _parse_list_api_keys(response: httpx.Response) -> list[ApiKeySummary]:
    response_200 = decode.model_array(_models.ApiKeySummary.from_dict, response.json())

    return response_200


def _parse_post_api_keys(response: httpx.Response) -> ApiKeyCreated:
    return ApiKeyCreated.from_dict(response.json())


def _parse_get_api_keys(response: httpx.Response) -> UserApiKey:
    return UserApiKey.from_dict(response.json())


def _parse_delete_api_keys(response: httpx.Response) -> UserApiKey:
    return UserApiKey.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Error.from_dict,
    401: Error.from_dict,
    403: Error.from_dict,
    404: Error.from_dict,
    429: Error.from_dict,
}


class UsersResource:
    """Operations on `client.users`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> UsersResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return UsersResourceWithRawResponse(self)

    def list(
        self,
        *,
        query: str | Unset = UNSET,
        account_status: str | Unset = UNSET,
        group_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetUsersOrderDir | Unset = UNSET,
        feature_flag: str | Unset = UNSET,
        organization_id: int | Unset = UNSET,
        exclude_groups: bool | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[UserSummary]:
        """List users.

        `GET /users/`

        Args:
            query: Search text for name or email.
            account_status: active, inactive or all.
            group_id: Only members of this group.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            feature_flag: The `feature_flag` query parameter.
            organization_id: The `organization_id` query parameter.
            exclude_groups: The `exclude_groups` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `UserSummary`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[UserSummary]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/users/",
                params=query_params(
                    {
                        "query": query,
                        "account_status": account_status,
                        "group_id": group_id,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                        "feature_flag": feature_flag,
                        "organization_id": organization_id,
                        "exclude_groups": exclude_groups,
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

    def list_me(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> UserMe:
        """Get the current user.

        Who the API key belongs to, with feature flags and preferences.

        `GET /users/me`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UserMe

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/users/me",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_me,
        )

    def patch_me(
        self,
        *,
        preferences: PatchUsersMeBodyPreferences | Mapping[str, Any] | Unset = UNSET,
        last_checked_announcements: datetime.datetime | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UserMe:
        """Update the current user's settings.

        `PATCH /users/me`

        Args:
            preferences: UI preferences to merge in.
            last_checked_announcements: The `lastCheckedAnnouncements` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UserMe

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                "/users/me",
                json=PatchUsersMeBody(
                    preferences=as_model(PatchUsersMeBodyPreferences, preferences),
                    last_checked_announcements=last_checked_announcements,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch_me,
        )

    def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> UserDetail:
        """Get a user.

        `GET /users/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UserDetail

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/users/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )

    def list_api_keys(
        self,
        id: str,
        *,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetUsersIdApiKeysOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[ApiKeySummary]:
        """List a user's API keys.

        `GET /users/{id}/api_keys`

        Args:
            id: User id, or `me` for the caller.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ApiKeySummary`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[ApiKeySummary]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/users/{encode_path(id)}/api_keys",
                params=query_params(
                    {
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_api_keys,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def post_api_keys(
        self,
        id: str,
        name: str,
        expires_in: int,
        *,
        constraints: Sequence[PostUsersIdApiKeysBodyConstraintsItem | Mapping[str, Any]] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ApiKeyCreated:
        """Issue an API key.

        `POST /users/{id}/api_keys`

        Args:
            id: User id, or `me` for the caller.
            name: The `name` field of the request body.
            expires_in: Lifetime in seconds.
            constraints: The `constraints` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ApiKeyCreated

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/users/{encode_path(id)}/api_keys",
                json=PostUsersIdApiKeysBody(
                    name=name,
                    expires_in=expires_in,
                    constraints=as_models(PostUsersIdApiKeysBodyConstraintsItem, constraints),
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_api_keys,
        )

    def get_api_keys(
        self,
        id: str,
        key_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> UserApiKey:
        """Get users api keys.

        `GET /users/{id}/api_keys/{key_id}`

        Args:
            id: The `id` path parameter.
            key_id: The `key_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UserApiKey

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/users/{encode_path(id)}/api_keys/{encode_path(key_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_api_keys,
        )

    def delete_api_keys(
        self,
        id: str,
        key_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> UserApiKey:
        """Delete users api keys.

        `DELETE /users/{id}/api_keys/{key_id}`

        Args:
            id: The `id` path parameter.
            key_id: The `key_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UserApiKey

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/users/{encode_path(id)}/api_keys/{encode_path(key_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_api_keys,
        )


class UsersResourceWithRawResponse:
    """`users` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: UsersResource) -> None:
        self.list = to_raw_response(resource.list)
        self.list_me = to_raw_response(resource.list_me)
        self.patch_me = to_raw_response(resource.patch_me)
        self.get = to_raw_response(resource.get)
        self.list_api_keys = to_raw_response(resource.list_api_keys)
        self.post_api_keys = to_raw_response(resource.post_api_keys)
        self.get_api_keys = to_raw_response(resource.get_api_keys)
        self.delete_api_keys = to_raw_response(resource.delete_api_keys)


class AsyncUsersResource:
    """Operations on `client.users`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncUsersResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncUsersResourceWithRawResponse(self)

    def list(
        self,
        *,
        query: str | Unset = UNSET,
        account_status: str | Unset = UNSET,
        group_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetUsersOrderDir | Unset = UNSET,
        feature_flag: str | Unset = UNSET,
        organization_id: int | Unset = UNSET,
        exclude_groups: bool | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[UserSummary]:
        """List users.

        `GET /users/`

        Args:
            query: Search text for name or email.
            account_status: active, inactive or all.
            group_id: Only members of this group.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            feature_flag: The `feature_flag` query parameter.
            organization_id: The `organization_id` query parameter.
            exclude_groups: The `exclude_groups` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `UserSummary`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[UserSummary]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/users/",
                params=query_params(
                    {
                        "query": query,
                        "account_status": account_status,
                        "group_id": group_id,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                        "feature_flag": feature_flag,
                        "organization_id": organization_id,
                        "exclude_groups": exclude_groups,
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

    async def list_me(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> UserMe:
        """Get the current user.

        Who the API key belongs to, with feature flags and preferences.

        `GET /users/me`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UserMe

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/users/me",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_me,
        )

    async def patch_me(
        self,
        *,
        preferences: PatchUsersMeBodyPreferences | Mapping[str, Any] | Unset = UNSET,
        last_checked_announcements: datetime.datetime | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UserMe:
        """Update the current user's settings.

        `PATCH /users/me`

        Args:
            preferences: UI preferences to merge in.
            last_checked_announcements: The `lastCheckedAnnouncements` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UserMe

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                "/users/me",
                json=PatchUsersMeBody(
                    preferences=as_model(PatchUsersMeBodyPreferences, preferences),
                    last_checked_announcements=last_checked_announcements,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch_me,
        )

    async def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> UserDetail:
        """Get a user.

        `GET /users/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UserDetail

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/users/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )

    def list_api_keys(
        self,
        id: str,
        *,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetUsersIdApiKeysOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[ApiKeySummary]:
        """List a user's API keys.

        `GET /users/{id}/api_keys`

        Args:
            id: User id, or `me` for the caller.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ApiKeySummary`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[ApiKeySummary]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/users/{encode_path(id)}/api_keys",
                params=query_params(
                    {
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_api_keys,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def post_api_keys(
        self,
        id: str,
        name: str,
        expires_in: int,
        *,
        constraints: Sequence[PostUsersIdApiKeysBodyConstraintsItem | Mapping[str, Any]] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ApiKeyCreated:
        """Issue an API key.

        `POST /users/{id}/api_keys`

        Args:
            id: User id, or `me` for the caller.
            name: The `name` field of the request body.
            expires_in: Lifetime in seconds.
            constraints: The `constraints` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ApiKeyCreated

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/users/{encode_path(id)}/api_keys",
                json=PostUsersIdApiKeysBody(
                    name=name,
                    expires_in=expires_in,
                    constraints=as_models(PostUsersIdApiKeysBodyConstraintsItem, constraints),
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_api_keys,
        )

    async def get_api_keys(
        self,
        id: str,
        key_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> UserApiKey:
        """Get users api keys.

        `GET /users/{id}/api_keys/{key_id}`

        Args:
            id: The `id` path parameter.
            key_id: The `key_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UserApiKey

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/users/{encode_path(id)}/api_keys/{encode_path(key_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_api_keys,
        )

    async def delete_api_keys(
        self,
        id: str,
        key_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> UserApiKey:
        """Delete users api keys.

        `DELETE /users/{id}/api_keys/{key_id}`

        Args:
            id: The `id` path parameter.
            key_id: The `key_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UserApiKey

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/users/{encode_path(id)}/api_keys/{encode_path(key_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_api_keys,
        )


class AsyncUsersResourceWithRawResponse:
    """`users` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncUsersResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.list_me = to_async_raw_response(resource.list_me)
        self.patch_me = to_async_raw_response(resource.patch_me)
        self.get = to_async_raw_response(resource.get)
        self.list_api_keys = to_async_raw_response(resource.list_api_keys)
        self.post_api_keys = to_async_raw_response(resource.post_api_keys)
        self.get_api_keys = to_async_raw_response(resource.get_api_keys)
        self.delete_api_keys = to_async_raw_response(resource.delete_api_keys)
