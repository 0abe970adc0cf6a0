"""Operations on `client.account_projects`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any
from uuid import UUID

import httpx

from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    CursorStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.errors_model import Errors
from ..models.name_created_sort import NameCreatedSort
from ..models.owner_include import OwnerInclude
from ..models.project_with_includes import ProjectWithIncludes
from ..models.projects_with_includes_response import ProjectsWithIncludesResponse
from ..types import UNSET, Unset


def _parse_index(response: httpx.Response) -> ProjectsWithIncludesResponse:
    return ProjectsWithIncludesResponse.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    401: Errors.from_dict,
    403: Errors.from_dict,
    404: Errors.from_dict,
    409: Errors.from_dict,
    422: Errors.from_dict,
    429: Errors.from_dict,
}


class AccountProjectsResource:
    """Operations on `client.account_projects`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AccountProjectsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AccountProjectsResourceWithRawResponse(self)

    def index(
        self,
        account_id: str | UUID,
        *,
        include: OwnerInclude | Unset = UNSET,
        sort: NameCreatedSort | Unset = UNSET,
        after: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[ProjectWithIncludes]:
        """List projects across the account.

        Rate limit: 100 calls per 1 minute per account_user.

        `GET /v4/accounts/{account_id}/projects`

        Args:
            account_id: The account that owns the resource.
            include: Extra related objects to embed in the response.
            sort: Field and direction used to order the results.
            after: Cursor returned in `links.next` of the previous page; leave out to start at the first
                page.
            page_size: How many items to return per page (1 to 100).
            include_total_count: Ask the server to fill `total_count` in the page (costs an extra count query).
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ProjectWithIncludes`: iterating it yields every item across pages, fetching them
            as needed; `iter_pages()` yields each page (its items, the parsed
            `ProjectsWithIncludesResponse` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/projects",
                params=query_params(
                    {
                        "include": include,
                        "sort": sort,
                        "after": after,
                        "page_size": page_size,
                        "include_total_count": include_total_count,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_index,
            strategy=CursorStrategy(param="after", next_link="links.next"),
            items=("data",),
            max_items=max_items,
        )


class AccountProjectsResourceWithRawResponse:
    """`account_projects` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AccountProjectsResource) -> None:
        self.index = to_raw_response(resource.index)


class AsyncAccountProjectsResource:
    """Operations on `client.account_projects`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAccountProjectsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncAccountProjectsResourceWithRawResponse(self)

    def index(
        self,
        account_id: str | UUID,
        *,
        include: OwnerInclude | Unset = UNSET,
        sort: NameCreatedSort | Unset = UNSET,
        after: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[ProjectWithIncludes]:
        """List projects across the account.

        Rate limit: 100 calls per 1 minute per account_user.

        `GET /v4/accounts/{account_id}/projects`

        Args:
            account_id: The account that owns the resource.
            include: Extra related objects to embed in the response.
            sort: Field and direction used to order the results.
            after: Cursor returned in `links.next` of the previous page; leave out to start at the first
                page.
            page_size: How many items to return per page (1 to 100).
            include_total_count: Ask the server to fill `total_count` in the page (costs an extra count query).
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ProjectWithIncludes`: iterating it yields every item across pages, fetching them
            as needed; `iter_pages()` yields each page (its items, the parsed
            `ProjectsWithIncludesResponse` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/projects",
                params=query_params(
                    {
                        "include": include,
                        "sort": sort,
                        "after": after,
                        "page_size": page_size,
                        "include_total_count": include_total_count,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_index,
            strategy=CursorStrategy(param="after", next_link="links.next"),
            items=("data",),
            max_items=max_items,
        )


class AsyncAccountProjectsResourceWithRawResponse:
    """`account_projects` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncAccountProjectsResource) -> None:
        self.index = to_async_raw_response(resource.index)
