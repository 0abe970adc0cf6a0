"""Operations on `client.custom_roles`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest
from .._core._types import as_models
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    OffsetStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.custom_role import CustomRole
from ..models.custom_role_post import CustomRolePost
from ..models.custom_role_post_base_permissions import (
    CustomRolePostBasePermissions,
)
from ..models.custom_roles import CustomRoles
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.patch_operation import PatchOperation
from ..models.patch_with_comment import PatchWithComment
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.statement import Statement
from ..models.status_conflict_error_rep import StatusConflictErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, Unset


def _parse_list_custom_roles(response: httpx.Response) -> CustomRoles:
    return CustomRoles.from_dict(response.json())


def _parse_create_new_role(response: httpx.Response) -> CustomRole:
    return CustomRole.from_dict(response.json())


def _parse_get_by_custom_key(response: httpx.Response) -> CustomRole:
    return CustomRole.from_dict(response.json())


def _parse_delete_role_by_custom_key(response: httpx.Response) -> None:
    return None


def _parse_update_single_custom_role(response: httpx.Response) -> CustomRole:
    return CustomRole.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    409: StatusConflictErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_3: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_4: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_5: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    409: StatusConflictErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class CustomRolesResource:
    """Operations on `client.custom_roles`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> CustomRolesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return CustomRolesResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> CustomRolesResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_custom_roles(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[CustomRole]:
        """Custom roles in the account.

        `GET /api/v2/roles`

        Args:
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `CustomRole`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `CustomRoles` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/api/v2/roles",
                params=query_params(
                    {
                        "limit": limit,
                        "offset": offset,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_custom_roles,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    def create_new_role(
        self,
        *,
        name: str,
        key: str,
        policy: Sequence[Statement | Mapping[str, Any]],
        description: str | Unset = UNSET,
        base_permissions: CustomRolePostBasePermissions | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CustomRole:
        """Create a custom role.

        `POST /api/v2/roles`

        Args:
            name: The `name` field of the request body.
            key: The `key` field of the request body.
            policy: The `policy` field of the request body.
            description: The `description` field of the request body.
            base_permissions: The `basePermissions` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CustomRole

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 409, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/api/v2/roles",
                json=CustomRolePost(
                    name=name,
                    key=key,
                    policy=as_models(Statement, policy),
                    description=description,
                    base_permissions=base_permissions,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_new_role,
        )

    def get_by_custom_key(
        self,
        custom_role_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> CustomRole:
        """Get a custom role.

        `GET /api/v2/roles/{customRoleKey}`

        Args:
            custom_role_key: Custom role key.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CustomRole

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/roles/{encode_path(custom_role_key)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_by_custom_key,
        )

    def delete_role_by_custom_key(
        self,
        custom_role_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a custom role.

        `DELETE /api/v2/roles/{customRoleKey}`

        Args:
            custom_role_key: Custom role key.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/roles/{encode_path(custom_role_key)}",
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_delete_role_by_custom_key,
        )

    def update_single_custom_role(
        self,
        custom_role_key: str,
        *,
        patch: Sequence[PatchOperation | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CustomRole:
        """Change a custom role.

        `PATCH /api/v2/roles/{customRoleKey}`

        Args:
            custom_role_key: Custom role key.
            patch: A list of JSON Patch operations applied in order.
            comment: Shown next to the change in the audit log.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CustomRole

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 404, 409, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/roles/{encode_path(custom_role_key)}",
                json=PatchWithComment(patch=as_models(PatchOperation, patch), comment=comment).to_dict(),
                error_types=_ERRORS_5,
                options=request_options,
            ),
            cast=_parse_update_single_custom_role,
        )

    async def alist_custom_roles(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[CustomRole]:
        """Coroutine twin of `list_custom_roles`: same arguments, same result, awaitable."""
        return await AsyncCustomRolesResource(self._async_client()).list_custom_roles(
            limit=limit,
            offset=offset,
            max_items=max_items,
            request_options=request_options,
        )

    async def acreate_new_role(
        self,
        *,
        name: str,
        key: str,
        policy: Sequence[Statement | Mapping[str, Any]],
        description: str | Unset = UNSET,
        base_permissions: CustomRolePostBasePermissions | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CustomRole:
        """Coroutine twin of `create_new_role`: same arguments, same result, awaitable."""
        return await AsyncCustomRolesResource(self._async_client()).create_new_role(
            name=name,
            key=key,
            policy=policy,
            description=description,
            base_permissions=base_permissions,
            request_options=request_options,
        )

    async def aget_by_custom_key(
        self,
        custom_role_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> CustomRole:
        """Coroutine twin of `get_by_custom_key`: same arguments, same result, awaitable."""
        return await AsyncCustomRolesResource(self._async_client()).get_by_custom_key(
            custom_role_key,
            request_options=request_options,
        )

    async def adelete_role_by_custom_key(
        self,
        custom_role_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `delete_role_by_custom_key`: same arguments, same result, awaitable."""
        return await AsyncCustomRolesResource(self._async_client()).delete_role_by_custom_key(
            custom_role_key,
            request_options=request_options,
        )

    async def aupdate_single_custom_role(
        self,
        custom_role_key: str,
        *,
        patch: Sequence[PatchOperation | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CustomRole:
        """Coroutine twin of `update_single_custom_role`: same arguments, same result, awaitable."""
        return await AsyncCustomRolesResource(self._async_client()).update_single_custom_role(
            custom_role_key,
            patch=patch,
            comment=comment,
            request_options=request_options,
        )


class CustomRolesResourceWithRawResponse:
    """`custom_roles` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: CustomRolesResource) -> None:
        self.list_custom_roles = to_raw_response(resource.list_custom_roles)
        self.create_new_role = to_raw_response(resource.create_new_role)
        self.get_by_custom_key = to_raw_response(resource.get_by_custom_key)
        self.delete_role_by_custom_key = to_raw_response(resource.delete_role_by_custom_key)
        self.update_single_custom_role = to_raw_response(resource.update_single_custom_role)


class AsyncCustomRolesResource:
    """Operations on `client.custom_roles`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCustomRolesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncCustomRolesResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncCustomRolesResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_custom_roles(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[CustomRole]:
        """Custom roles in the account.

        `GET /api/v2/roles`

        Args:
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `CustomRole`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `CustomRoles` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/api/v2/roles",
                params=query_params(
                    {
                        "limit": limit,
                        "offset": offset,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_custom_roles,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    async def create_new_role(
        self,
        *,
        name: str,
        key: str,
        policy: Sequence[Statement | Mapping[str, Any]],
        description: str | Unset = UNSET,
        base_permissions: CustomRolePostBasePermissions | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CustomRole:
        """Create a custom role.

        `POST /api/v2/roles`

        Args:
            name: The `name` field of the request body.
            key: The `key` field of the request body.
            policy: The `policy` field of the request body.
            description: The `description` field of the request body.
            base_permissions: The `basePermissions` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CustomRole

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 409, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/api/v2/roles",
                json=CustomRolePost(
                    name=name,
                    key=key,
                    policy=as_models(Statement, policy),
                    description=description,
                    base_permissions=base_permissions,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_new_role,
        )

    async def get_by_custom_key(
        self,
        custom_role_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> CustomRole:
        """Get a custom role.

        `GET /api/v2/roles/{customRoleKey}`

        Args:
            custom_role_key: Custom role key.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CustomRole

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/roles/{encode_path(custom_role_key)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_by_custom_key,
        )

    async def delete_role_by_custom_key(
        self,
        custom_role_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a custom role.

        `DELETE /api/v2/roles/{customRoleKey}`

        Args:
            custom_role_key: Custom role key.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/roles/{encode_path(custom_role_key)}",
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_delete_role_by_custom_key,
        )

    async def update_single_custom_role(
        self,
        custom_role_key: str,
        *,
        patch: Sequence[PatchOperation | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CustomRole:
        """Change a custom role.

        `PATCH /api/v2/roles/{customRoleKey}`

        Args:
            custom_role_key: Custom role key.
            patch: A list of JSON Patch operations applied in order.
            comment: Shown next to the change in the audit log.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            CustomRole

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 404, 409, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/roles/{encode_path(custom_role_key)}",
                json=PatchWithComment(patch=as_models(PatchOperation, patch), comment=comment).to_dict(),
                error_types=_ERRORS_5,
                options=request_options,
            ),
            cast=_parse_update_single_custom_role,
        )


class AsyncCustomRolesResourceWithRawResponse:
    """`custom_roles` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncCustomRolesResource) -> None:
        self.list_custom_roles = to_async_raw_response(resource.list_custom_roles)
        self.create_new_role = to_async_raw_response(resource.create_new_role)
        self.get_by_custom_key = to_async_raw_response(resource.get_by_custom_key)
        self.delete_role_by_custom_key = to_async_raw_response(resource.delete_role_by_custom_key)
        self.update_single_custom_role = to_async_raw_response(resource.update_single_custom_role)
