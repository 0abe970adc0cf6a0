"""Operations on `client.shares`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any
from uuid import UUID

import httpx

from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest
from .._core._types import as_model
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    CursorStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.add_asset_params import AddAssetParams
from ..models.add_asset_params_data import AddAssetParamsData
from ..models.add_reviewers_to_share_params import AddReviewersToShareParams
from ..models.add_reviewers_to_share_params_data import AddReviewersToShareParamsData
from ..models.asset_share_params import AssetShareParams
from ..models.create_share_params import CreateShareParams
from ..models.create_share_params_data_unknown import CreateShareParamsDataUnknown
from ..models.errors_model import Errors
from ..models.name_created_sort import NameCreatedSort
from ..models.remove_reviewer_params import RemoveReviewerParams
from ..models.remove_reviewer_params_data import RemoveReviewerParamsData
from ..models.reviewer_sort import ReviewerSort
from ..models.share import Share
from ..models.share_asset_added_response import ShareAssetAddedResponse
from ..models.share_asset_removed_response import ShareAssetRemovedResponse
from ..models.share_response import ShareResponse
from ..models.share_reviewers_response import ShareReviewersResponse
from ..models.shares_response import SharesResponse
from ..models.update_share_params import UpdateShareParams
from ..models.update_share_params_data import UpdateShareParamsData
from ..models.user import User
from ..types import UNSET, Unset


def _parse_index(response: httpx.Response) -> SharesResponse:
    return SharesResponse.from_dict(response.json())


def _parse_create(response: httpx.Response) -> ShareResponse:
    return ShareResponse.from_dict(response.json())


def _parse_show(response: httpx.Response) -> ShareResponse:
    return ShareResponse.from_dict(response.json())


def _parse_delete(response: httpx.Response) -> None:
    return None


def _parse_update(response: httpx.Response) -> ShareResponse:
    return ShareResponse.from_dict(response.json())


def _parse_add_asset(response: httpx.Response) -> ShareAssetAddedResponse:
    return ShareAssetAddedResponse.from_dict(response.json())


def _parse_remove_asset(response: httpx.Response) -> ShareAssetRemovedResponse:
    return ShareAssetRemovedResponse.from_dict(response.json())


def _parse_list_reviewers(response: httpx.Response) -> ShareReviewersResponse:
    return ShareReviewersResponse.from_dict(response.json())


def _parse_add_reviewers(response: httpx.Response) -> None:
    return None


def _parse_remove_reviewers(response: httpx.Response) -> None:
    return None


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    401: Errors.from_dict,
    403: Errors.from_dict,
    404: Errors.from_dict,
    409: Errors.from_dict,
    422: Errors.from_dict,
    429: Errors.from_dict,
}


class SharesResource:
    """Operations on `client.shares`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SharesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return SharesResourceWithRawResponse(self)

    def index(
        self,
        account_id: str | UUID,
        project_id: str | UUID,
        *,
        sort: NameCreatedSort | Unset = UNSET,
        after: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[Share]:
        """List shares of a project.

        Rate limit: 100 calls per 1 minute per account_user.

        `GET /v4/accounts/{account_id}/projects/{project_id}/shares`

        Args:
            account_id: The account that owns the resource.
            project_id: A project inside the account.
            sort: Field and direction used to order the results.
            after: Cursor returned in `links.next` of the previous page; leave out to start at the first
                page.
            page_size: How many items to return per page (1 to 100).
            include_total_count: Ask the server to fill `total_count` in the page (costs an extra count query).
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Share`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `SharesResponse` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/projects/{encode_path(project_id)}/shares",
                params=query_params(
                    {
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

    def create(
        self,
        account_id: str | UUID,
        project_id: str | UUID,
        *,
        data: AssetShareParams | CreateShareParamsDataUnknown | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> ShareResponse:
        """Create a share.

        Rate limit: 10 calls per 1 minute per account_user.

        `POST /v4/accounts/{account_id}/projects/{project_id}/shares`

        Args:
            account_id: The account that owns the resource.
            project_id: A project inside the account.
            data: Kind of share to create; `type` picks the variant.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ShareResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/v4/accounts/{encode_path(account_id)}/projects/{encode_path(project_id)}/shares",
                json=CreateShareParams(data=as_model((AssetShareParams, CreateShareParamsDataUnknown), data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    def show(
        self,
        account_id: str | UUID,
        share_id: str | UUID,
        *,
        request_options: RequestOptions | None = None,
    ) -> ShareResponse:
        """Get a share.

        Rate limit: 100 calls per 1 minute per account_user.

        `GET /v4/accounts/{account_id}/shares/{share_id}`

        Args:
            account_id: The account that owns the resource.
            share_id: A share (review link).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ShareResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/shares/{encode_path(share_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_show,
        )

    def delete(
        self,
        account_id: str | UUID,
        share_id: str | UUID,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a share.

        Rate limit: 60 calls per 1 minute per account_user.

        `DELETE /v4/accounts/{account_id}/shares/{share_id}`

        Args:
            account_id: The account that owns the resource.
            share_id: A share (review link).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/v4/accounts/{encode_path(account_id)}/shares/{encode_path(share_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    def update(
        self,
        account_id: str | UUID,
        share_id: str | UUID,
        *,
        data: UpdateShareParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> ShareResponse:
        """Change a share.

        Rate limit: 10 calls per 1 minute per account_user.

        `PATCH /v4/accounts/{account_id}/shares/{share_id}`

        Args:
            account_id: The account that owns the resource.
            share_id: A share (review link).
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ShareResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/v4/accounts/{encode_path(account_id)}/shares/{encode_path(share_id)}",
                json=UpdateShareParams(data=as_model(UpdateShareParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_update,
        )

    def add_asset(
        self,
        account_id: str | UUID,
        share_id: str | UUID,
        *,
        data: AddAssetParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> ShareAssetAddedResponse:
        """Add an asset to a share.

        Rate limit: 10 calls per 1 minute per account_user.

        `POST /v4/accounts/{account_id}/shares/{share_id}/assets`

        Args:
            account_id: The account that owns the resource.
            share_id: A share (review link).
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ShareAssetAddedResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/v4/accounts/{encode_path(account_id)}/shares/{encode_path(share_id)}/assets",
                json=AddAssetParams(data=as_model(AddAssetParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_add_asset,
        )

    def remove_asset(
        self,
        account_id: str | UUID,
        share_id: str | UUID,
        asset_id: str | UUID,
        *,
        request_options: RequestOptions | None = None,
    ) -> ShareAssetRemovedResponse:
        """Take an asset out of a share.

        Rate limit: 10 calls per 1 minute per account_user.

        `DELETE /v4/accounts/{account_id}/shares/{share_id}/assets/{asset_id}`

        Args:
            account_id: The account that owns the resource.
            share_id: A share (review link).
            asset_id: A file, folder or version stack.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ShareAssetRemovedResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/v4/accounts/{encode_path(account_id)}/shares/{encode_path(share_id)}/assets/{encode_path(asset_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_remove_asset,
        )

    def list_reviewers(
        self,
        account_id: str | UUID,
        share_id: str | UUID,
        *,
        sort: ReviewerSort | Unset = UNSET,
        after: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[User]:
        """List share reviewers.

        Rate limit: 10 calls per 1 minute per account_user.

        `GET /v4/accounts/{account_id}/shares/{share_id}/reviewers`

        Args:
            account_id: The account that owns the resource.
            share_id: A share (review link).
            sort: Field and direction used to order the results.
            after: Cursor returned in `links.next` of the previous page; leave out to start at the first
                page.
            page_size: How many items to return per page (1 to 100).
            include_total_count: Ask the server to fill `total_count` in the page (costs an extra count query).
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `User`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `ShareReviewersResponse` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/shares/{encode_path(share_id)}/reviewers",
                params=query_params(
                    {
                        "sort": sort,
                        "after": after,
                        "page_size": page_size,
                        "include_total_count": include_total_count,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_reviewers,
            strategy=CursorStrategy(param="after", next_link="links.next"),
            items=("data",),
            max_items=max_items,
        )

    def add_reviewers(
        self,
        account_id: str | UUID,
        share_id: str | UUID,
        *,
        data: AddReviewersToShareParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> None:
        """Invite reviewers to a share.

        Rate limit: 10 calls per 1 minute per account_user.

        `POST /v4/accounts/{account_id}/shares/{share_id}/reviewers`

        Args:
            account_id: The account that owns the resource.
            share_id: A share (review link).
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/v4/accounts/{encode_path(account_id)}/shares/{encode_path(share_id)}/reviewers",
                json=AddReviewersToShareParams(data=as_model(AddReviewersToShareParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_add_reviewers,
        )

    def remove_reviewers(
        self,
        account_id: str | UUID,
        share_id: str | UUID,
        *,
        data: RemoveReviewerParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove reviewers from a share.

        Takes reviewers off the share. Note that this DELETE carries a JSON body.

        Rate limit: 10 calls per 1 minute per account_user.

        `DELETE /v4/accounts/{account_id}/shares/{share_id}/reviewers`

        Args:
            account_id: The account that owns the resource.
            share_id: A share (review link).
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/v4/accounts/{encode_path(account_id)}/shares/{encode_path(share_id)}/reviewers",
                json=RemoveReviewerParams(data=as_model(RemoveReviewerParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_remove_reviewers,
        )


class SharesResourceWithRawResponse:
    """`shares` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: SharesResource) -> None:
        self.index = to_raw_response(resource.index)
        self.create = to_raw_response(resource.create)
        self.show = to_raw_response(resource.show)
        self.delete = to_raw_response(resource.delete)
        self.update = to_raw_response(resource.update)
        self.add_asset = to_raw_response(resource.add_asset)
        self.remove_asset = to_raw_response(resource.remove_asset)
        self.list_reviewers = to_raw_response(resource.list_reviewers)
        self.add_reviewers = to_raw_response(resource.add_reviewers)
        self.remove_reviewers = to_raw_response(resource.remove_reviewers)


class AsyncSharesResource:
    """Operations on `client.shares`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSharesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncSharesResourceWithRawResponse(self)

    def index(
        self,
        account_id: str | UUID,
        project_id: str | UUID,
        *,
        sort: NameCreatedSort | Unset = UNSET,
        after: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Share]:
        """List shares of a project.

        Rate limit: 100 calls per 1 minute per account_user.

        `GET /v4/accounts/{account_id}/projects/{project_id}/shares`

        Args:
            account_id: The account that owns the resource.
            project_id: A project inside the account.
            sort: Field and direction used to order the results.
            after: Cursor returned in `links.next` of the previous page; leave out to start at the first
                page.
            page_size: How many items to return per page (1 to 100).
            include_total_count: Ask the server to fill `total_count` in the page (costs an extra count query).
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Share`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `SharesResponse` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/projects/{encode_path(project_id)}/shares",
                params=query_params(
                    {
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

    async def create(
        self,
        account_id: str | UUID,
        project_id: str | UUID,
        *,
        data: AssetShareParams | CreateShareParamsDataUnknown | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> ShareResponse:
        """Create a share.

        Rate limit: 10 calls per 1 minute per account_user.

        `POST /v4/accounts/{account_id}/projects/{project_id}/shares`

        Args:
            account_id: The account that owns the resource.
            project_id: A project inside the account.
            data: Kind of share to create; `type` picks the variant.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ShareResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/v4/accounts/{encode_path(account_id)}/projects/{encode_path(project_id)}/shares",
                json=CreateShareParams(data=as_model((AssetShareParams, CreateShareParamsDataUnknown), data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    async def show(
        self,
        account_id: str | UUID,
        share_id: str | UUID,
        *,
        request_options: RequestOptions | None = None,
    ) -> ShareResponse:
        """Get a share.

        Rate limit: 100 calls per 1 minute per account_user.

        `GET /v4/accounts/{account_id}/shares/{share_id}`

        Args:
            account_id: The account that owns the resource.
            share_id: A share (review link).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ShareResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/shares/{encode_path(share_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_show,
        )

    async def delete(
        self,
        account_id: str | UUID,
        share_id: str | UUID,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a share.

        Rate limit: 60 calls per 1 minute per account_user.

        `DELETE /v4/accounts/{account_id}/shares/{share_id}`

        Args:
            account_id: The account that owns the resource.
            share_id: A share (review link).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/v4/accounts/{encode_path(account_id)}/shares/{encode_path(share_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    async def update(
        self,
        account_id: str | UUID,
        share_id: str | UUID,
        *,
        data: UpdateShareParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> ShareResponse:
        """Change a share.

        Rate limit: 10 calls per 1 minute per account_user.

        `PATCH /v4/accounts/{account_id}/shares/{share_id}`

        Args:
            account_id: The account that owns the resource.
            share_id: A share (review link).
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ShareResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/v4/accounts/{encode_path(account_id)}/shares/{encode_path(share_id)}",
                json=UpdateShareParams(data=as_model(UpdateShareParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_update,
        )

    async def add_asset(
        self,
        account_id: str | UUID,
        share_id: str | UUID,
        *,
        data: AddAssetParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> ShareAssetAddedResponse:
        """Add an asset to a share.

        Rate limit: 10 calls per 1 minute per account_user.

        `POST /v4/accounts/{account_id}/shares/{share_id}/assets`

        Args:
            account_id: The account that owns the resource.
            share_id: A share (review link).
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ShareAssetAddedResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/v4/accounts/{encode_path(account_id)}/shares/{encode_path(share_id)}/assets",
                json=AddAssetParams(data=as_model(AddAssetParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_add_asset,
        )

    async def remove_asset(
        self,
        account_id: str | UUID,
        share_id: str | UUID,
        asset_id: str | UUID,
        *,
        request_options: RequestOptions | None = None,
    ) -> ShareAssetRemovedResponse:
        """Take an asset out of a share.

        Rate limit: 10 calls per 1 minute per account_user.

        `DELETE /v4/accounts/{account_id}/shares/{share_id}/assets/{asset_id}`

        Args:
            account_id: The account that owns the resource.
            share_id: A share (review link).
            asset_id: A file, folder or version stack.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ShareAssetRemovedResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/v4/accounts/{encode_path(account_id)}/shares/{encode_path(share_id)}/assets/{encode_path(asset_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_remove_asset,
        )

    def list_reviewers(
        self,
        account_id: str | UUID,
        share_id: str | UUID,
        *,
        sort: ReviewerSort | Unset = UNSET,
        after: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[User]:
        """List share reviewers.

        Rate limit: 10 calls per 1 minute per account_user.

        `GET /v4/accounts/{account_id}/shares/{share_id}/reviewers`

        Args:
            account_id: The account that owns the resource.
            share_id: A share (review link).
            sort: Field and direction used to order the results.
            after: Cursor returned in `links.next` of the previous page; leave out to start at the first
                page.
            page_size: How many items to return per page (1 to 100).
            include_total_count: Ask the server to fill `total_count` in the page (costs an extra count query).
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `User`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `ShareReviewersResponse` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/shares/{encode_path(share_id)}/reviewers",
                params=query_params(
                    {
                        "sort": sort,
                        "after": after,
                        "page_size": page_size,
                        "include_total_count": include_total_count,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_reviewers,
            strategy=CursorStrategy(param="after", next_link="links.next"),
            items=("data",),
            max_items=max_items,
        )

    async def add_reviewers(
        self,
        account_id: str | UUID,
        share_id: str | UUID,
        *,
        data: AddReviewersToShareParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> None:
        """Invite reviewers to a share.

        Rate limit: 10 calls per 1 minute per account_user.

        `POST /v4/accounts/{account_id}/shares/{share_id}/reviewers`

        Args:
            account_id: The account that owns the resource.
            share_id: A share (review link).
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/v4/accounts/{encode_path(account_id)}/shares/{encode_path(share_id)}/reviewers",
                json=AddReviewersToShareParams(data=as_model(AddReviewersToShareParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_add_reviewers,
        )

    async def remove_reviewers(
        self,
        account_id: str | UUID,
        share_id: str | UUID,
        *,
        data: RemoveReviewerParamsData | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove reviewers from a share.

        Takes reviewers off the share. Note that this DELETE carries a JSON body.

        Rate limit: 10 calls per 1 minute per account_user.

        `DELETE /v4/accounts/{account_id}/shares/{share_id}/reviewers`

        Args:
            account_id: The account that owns the resource.
            share_id: A share (review link).
            data: The `data` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/v4/accounts/{encode_path(account_id)}/shares/{encode_path(share_id)}/reviewers",
                json=RemoveReviewerParams(data=as_model(RemoveReviewerParamsData, data)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_remove_reviewers,
        )


class AsyncSharesResourceWithRawResponse:
    """`shares` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncSharesResource) -> None:
        self.index = to_async_raw_response(resource.index)
        self.create = to_async_raw_response(resource.create)
        self.show = to_async_raw_response(resource.show)
        self.delete = to_async_raw_response(resource.delete)
        self.update = to_async_raw_response(resource.update)
        self.add_asset = to_async_raw_response(resource.add_asset)
        self.remove_asset = to_async_raw_response(resource.remove_asset)
        self.list_reviewers = to_async_raw_response(resource.list_reviewers)
        self.add_reviewers = to_async_raw_response(resource.add_reviewers)
        self.remove_reviewers = to_async_raw_response(resource.remove_reviewers)
