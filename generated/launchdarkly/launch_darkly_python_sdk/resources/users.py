"""Operations on `client.users`."""

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
    OffsetStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.status_conflict_error_rep import StatusConflictErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..models.user_record import UserRecord
from ..models.users import Users
from ..models.users_rep import UsersRep
from ..types import UNSET, Unset


def _parse_search_users(response: httpx.Response) -> Users:
    return Users.from_dict(response.json())


def _parse_list_environment_users(response: httpx.Response) -> UsersRep:
    return UsersRep.from_dict(response.json())


def _parse_get_user_by_key(response: httpx.Response) -> UserRecord:
    return UserRecord.from_dict(response.json())


def _parse_delete_by_project_environment_key(response: httpx.Response) -> None:
    return None


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    409: StatusConflictErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class UsersResource:
    """Operations on `client.users`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> UsersResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return UsersResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> UsersResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def search_users(
        self,
        project_key: str,
        environment_key: str,
        *,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        after: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        search_after: str | Unset = UNSET,
        filter: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[UserRecord]:
        """Search users.

        `GET /api/v2/user-search/{projectKey}/{environmentKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            q: Free-text search.
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            after: Only return items after this point.
            sort: Field to sort by; prefix `-` for descending order.
            search_after: Key to continue the listing after.
            filter: Filter expression, such as `field:value`.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `UserRecord`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `Users` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/api/v2/user-search/{encode_path(project_key)}/{encode_path(environment_key)}",
                params=query_params(
                    {
                        "q": q,
                        "limit": limit,
                        "offset": offset,
                        "after": after,
                        "sort": sort,
                        "searchAfter": search_after,
                        "filter": filter,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_search_users,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    def list_environment_users(
        self,
        project_key: str,
        environment_key: str,
        *,
        limit: int | Unset = UNSET,
        search_after: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[UserRecord]:
        """List users of an environment.

        `GET /api/v2/users/{projectKey}/{environmentKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            limit: Page size: at most this many items come back.
            search_after: Key to continue the listing after.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `UserRecord`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `UsersRep` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/api/v2/users/{encode_path(project_key)}/{encode_path(environment_key)}",
                params=query_params(
                    {
                        "limit": limit,
                        "searchAfter": search_after,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_environment_users,
            strategy=NextLinkStrategy(next_link="_links.next"),
            items=("items",),
            max_items=max_items,
        )

    def get_user_by_key(
        self,
        project_key: str,
        environment_key: str,
        user_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> UserRecord:
        """Get a user.

        `GET /api/v2/users/{projectKey}/{environmentKey}/{userKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            user_key: Key of the user.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UserRecord

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/users/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(user_key)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_user_by_key,
        )

    def delete_by_project_environment_key(
        self,
        project_key: str,
        environment_key: str,
        user_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a user.

        `DELETE /api/v2/users/{projectKey}/{environmentKey}/{userKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            user_key: Key of the user.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 409, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/users/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(user_key)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete_by_project_environment_key,
        )

    async def asearch_users(
        self,
        project_key: str,
        environment_key: str,
        *,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        after: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        search_after: str | Unset = UNSET,
        filter: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[UserRecord]:
        """Coroutine twin of `search_users`: same arguments, same result, awaitable."""
        return await AsyncUsersResource(self._async_client()).search_users(
            project_key,
            environment_key,
            q=q,
            limit=limit,
            offset=offset,
            after=after,
            sort=sort,
            search_after=search_after,
            filter=filter,
            max_items=max_items,
            request_options=request_options,
        )

    async def alist_environment_users(
        self,
        project_key: str,
        environment_key: str,
        *,
        limit: int | Unset = UNSET,
        search_after: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[UserRecord]:
        """Coroutine twin of `list_environment_users`: same arguments, same result, awaitable."""
        return await AsyncUsersResource(self._async_client()).list_environment_users(
            project_key,
            environment_key,
            limit=limit,
            search_after=search_after,
            max_items=max_items,
            request_options=request_options,
        )

    async def aget_user_by_key(
        self,
        project_key: str,
        environment_key: str,
        user_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> UserRecord:
        """Coroutine twin of `get_user_by_key`: same arguments, same result, awaitable."""
        return await AsyncUsersResource(self._async_client()).get_user_by_key(
            project_key,
            environment_key,
            user_key,
            request_options=request_options,
        )

    async def adelete_by_project_environment_key(
        self,
        project_key: str,
        environment_key: str,
        user_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `delete_by_project_environment_key`: same arguments, same result, awaitable."""
        return await AsyncUsersResource(self._async_client()).delete_by_project_environment_key(
            project_key,
            environment_key,
            user_key,
            request_options=request_options,
        )


class UsersResourceWithRawResponse:
    """`users` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: UsersResource) -> None:
        self.search_users = to_raw_response(resource.search_users)
        self.list_environment_users = to_raw_response(resource.list_environment_users)
        self.get_user_by_key = to_raw_response(resource.get_user_by_key)
        self.delete_by_project_environment_key = to_raw_response(resource.delete_by_project_environment_key)


class AsyncUsersResource:
    """Operations on `client.users`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncUsersResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncUsersResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncUsersResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def search_users(
        self,
        project_key: str,
        environment_key: str,
        *,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        after: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        search_after: str | Unset = UNSET,
        filter: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[UserRecord]:
        """Search users.

        `GET /api/v2/user-search/{projectKey}/{environmentKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            q: Free-text search.
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            after: Only return items after this point.
            sort: Field to sort by; prefix `-` for descending order.
            search_after: Key to continue the listing after.
            filter: Filter expression, such as `field:value`.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `UserRecord`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `Users` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/api/v2/user-search/{encode_path(project_key)}/{encode_path(environment_key)}",
                params=query_params(
                    {
                        "q": q,
                        "limit": limit,
                        "offset": offset,
                        "after": after,
                        "sort": sort,
                        "searchAfter": search_after,
                        "filter": filter,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_search_users,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    def list_environment_users(
        self,
        project_key: str,
        environment_key: str,
        *,
        limit: int | Unset = UNSET,
        search_after: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[UserRecord]:
        """List users of an environment.

        `GET /api/v2/users/{projectKey}/{environmentKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            limit: Page size: at most this many items come back.
            search_after: Key to continue the listing after.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `UserRecord`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `UsersRep` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/api/v2/users/{encode_path(project_key)}/{encode_path(environment_key)}",
                params=query_params(
                    {
                        "limit": limit,
                        "searchAfter": search_after,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_environment_users,
            strategy=NextLinkStrategy(next_link="_links.next"),
            items=("items",),
            max_items=max_items,
        )

    async def get_user_by_key(
        self,
        project_key: str,
        environment_key: str,
        user_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> UserRecord:
        """Get a user.

        `GET /api/v2/users/{projectKey}/{environmentKey}/{userKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            user_key: Key of the user.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UserRecord

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/users/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(user_key)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_user_by_key,
        )

    async def delete_by_project_environment_key(
        self,
        project_key: str,
        environment_key: str,
        user_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a user.

        `DELETE /api/v2/users/{projectKey}/{environmentKey}/{userKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            user_key: Key of the user.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 409, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/users/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(user_key)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete_by_project_environment_key,
        )


class AsyncUsersResourceWithRawResponse:
    """`users` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncUsersResource) -> None:
        self.search_users = to_async_raw_response(resource.search_users)
        self.list_environment_users = to_async_raw_response(resource.list_environment_users)
        self.get_user_by_key = to_async_raw_response(resource.get_user_by_key)
        self.delete_by_project_environment_key = to_async_raw_response(resource.delete_by_project_environment_key)
