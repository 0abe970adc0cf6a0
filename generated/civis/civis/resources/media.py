"""Operations on `client.media`."""

from __future__ import annotations

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
from ..models.archive_update_request_11 import ArchiveUpdateRequest11
from ..models.archive_update_request_12 import ArchiveUpdateRequest12
from ..models.error_model import Error
from ..models.get_media_optimizations_order_dir import (
    GetMediaOptimizationsOrderDir,
)
from ..models.log_run_log_response_summary import LogRunLogResponseSummary
from ..models.media_dma_dma_summary import MediaDmaDmaSummary
from ..models.media_optimization_media_run_create_request import MediaOptimizationMediaRunCreateRequest
from ..models.media_optimization_media_run_patch_request import MediaOptimizationMediaRunPatchRequest
from ..models.media_optimization_optimization import MediaOptimizationOptimization
from ..models.media_optimization_optimization_create_request import MediaOptimizationOptimizationCreateRequest
from ..models.media_optimization_optimization_create_request_time_slot_percentages import (
    MediaOptimizationOptimizationCreateRequestTimeSlotPercentages,
)
from ..models.media_optimization_optimization_patch_request import MediaOptimizationOptimizationPatchRequest
from ..models.media_optimization_optimization_patch_request_time_slot_percentages import (
    MediaOptimizationOptimizationPatchRequestTimeSlotPercentages,
)
from ..models.media_target_target_summary import MediaTargetTargetSummary
from ..models.optimization import Optimization
from ..models.optimization_run import OptimizationRun
from ..models.optimization_summary import OptimizationSummary
from ..models.ratecard import Ratecard
from ..models.share_groups_update_request_13 import ShareGroupsUpdateRequest13
from ..models.share_groups_update_request_14 import ShareGroupsUpdateRequest14
from ..models.share_index import ShareIndex
from ..models.share_users_update_request_13 import ShareUsersUpdateRequest13
from ..models.share_users_update_request_14 import ShareUsersUpdateRequest14
from ..models.spot_order import SpotOrder
from ..models.spot_order_create_request import SpotOrderCreateRequest
from ..models.spot_order_summary import SpotOrderSummary
from ..models.spot_order_update_request import SpotOrderUpdateRequest
from ..types import UNSET, Unset


def _parse_list_spot_orders_shares(response: httpx.Response) -> list[ShareIndex]:
    response_200 = decode.model_array(_models.ShareIndex.from_dict, response.json())

    return response_200


def _parse_put_spot_orders_shares_users(response: httpx.Response) -> ShareIndex:
    return ShareIndex.from_dict(response.json())


def _parse_delete_spot_orders_shares_users(response: httpx.Response) -> None:
    return None


def _parse_put_spot_orders_shares_groups(response: httpx.Response) -> ShareIndex:
    return ShareIndex.from_dict(response.json())


def _parse_delete_spot_orders_shares_groups(response: httpx.Response) -> None:
    return None


def _parse_put_spot_orders_archive(response: httpx.Response) -> SpotOrder:
    return SpotOrder.from_dict(response.json())


def _parse_list_optimizations_shares(response: httpx.Response) -> list[ShareIndex]:
    response_200 = decode.model_array(_models.ShareIndex.from_dict, response.json())

    return response_200


def _parse_put_optimizations_shares_users(response: httpx.Response) -> ShareIndex:
    return ShareIndex.from_dict(response.json())


def _parse_delete_optimizations_shares_users(response: httpx.Response) -> None:
    return None


def _parse_put_optimizations_shares_groups(response: httpx.Response) -> ShareIndex:
    return ShareIndex.from_dict(response.json())


def _parse_delete_optimizations_shares_groups(response: httpx.Response) -> None:
    return None


def _parse_put_optimizations_archive(response: httpx.Response) -> MediaOptimizationOptimization:
    return MediaOptimizationOptimization.from_dict(response.json())


def _parse_list_optimizations(response: httpx.Response) -> list[OptimizationSummary]:
    response_200 = decode.model_array(_models.OptimizationSummary.from_dict, response.json())

    return response_200


def _parse_post_optimizations(response: httpx.Response) -> MediaOptimizationOptimization:
    return MediaOptimizationOptimization.from_dict(response.json())


def _parse_get_optimizations(response: httpx.Response) -> Optimization:
    return Optimization.from_dict(response.json())


def _parse_patch_optimizations(response: httpx.Response) -> MediaOptimizationOptimization:
    return MediaOptimizationOptimization.from_dict(response.json())


def _parse_post_optimizations_clone(response: httpx.Response) -> MediaOptimizationOptimization:
    return MediaOptimizationOptimization.from_dict(response.json())


def _parse_list_optimizations_runs(response: httpx.Response) -> list[OptimizationRun]:
    response_200 = decode.model_array(_models.OptimizationRun.from_dict, response.json())

    return response_200


def _parse_post_optimizations_runs(response: httpx.Response) -> OptimizationRun:
    return OptimizationRun.from_dict(response.json())


def _parse_get_optimizations_runs(response: httpx.Response) -> OptimizationRun:
    return OptimizationRun.from_dict(response.json())


def _parse_delete_optimizations_runs(response: httpx.Response) -> None:
    return None


def _parse_list_optimizations_runs_logs(response: httpx.Response) -> list[LogRunLogResponseSummary]:
    response_200 = decode.model_array(_models.LogRunLogResponseSummary.from_dict, response.json())

    return response_200


def _parse_list_spot_orders(response: httpx.Response) -> list[SpotOrderSummary]:
    response_200 = decode.model_array(_models.SpotOrderSummary.from_dict, response.json())

    return response_200


def _parse_post_spot_orders(response: httpx.Response) -> SpotOrder:
    return SpotOrder.from_dict(response.json())


def _parse_get_spot_orders(response: httpx.Response) -> SpotOrder:
    return SpotOrder.from_dict(response.json())


def _parse_put_spot_orders(response: httpx.Response) -> SpotOrder:
    return SpotOrder.from_dict(response.json())


def _parse_list_ratecards(response: httpx.Response) -> list[Ratecard]:
    response_200 = decode.model_array(_models.Ratecard.from_dict, response.json())

    return response_200


def _parse_list_dmas(response: httpx.Response) -> list[MediaDmaDmaSummary]:
    response_200 = decode.model_array(_models.MediaDmaDmaSummary.from_dict, response.json())

    return response_200


def _parse_list_targets(response: httpx.Response) -> list[MediaTargetTargetSummary]:
    response_200 = decode.model_array(_models.MediaTargetTargetSummary.from_dict, response.json())

    return response_200


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Error.from_dict,
    401: Error.from_dict,
    403: Error.from_dict,
    404: Error.from_dict,
    429: Error.from_dict,
}


class MediaResource:
    """Operations on `client.media`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MediaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return MediaResourceWithRawResponse(self)

    def list_spot_orders_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[ShareIndex]:
        """List media spot orders shares.

        `GET /media/spot_orders/{id}/shares`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[ShareIndex]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/media/spot_orders/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_spot_orders_shares,
        )

    def put_spot_orders_shares_users(
        self,
        id: int,
        user_ids: list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace media spot orders shares users.

        `PUT /media/spot_orders/{id}/shares/users`

        Args:
            id: The `id` path parameter.
            user_ids: The `userIds` field of the request body.
            permission_level: The `permissionLevel` field of the request body.
            share_email_body: The `shareEmailBody` field of the request body.
            send_shared_email: The `sendSharedEmail` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ShareIndex

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/media/spot_orders/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest13(
                    user_ids=user_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_spot_orders_shares_users,
        )

    def delete_spot_orders_shares_users(
        self,
        id: int,
        user_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete media spot orders shares users.

        `DELETE /media/spot_orders/{id}/shares/users/{user_id}`

        Args:
            id: The `id` path parameter.
            user_id: The `user_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/media/spot_orders/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_spot_orders_shares_users,
        )

    def put_spot_orders_shares_groups(
        self,
        id: int,
        group_ids: list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace media spot orders shares groups.

        `PUT /media/spot_orders/{id}/shares/groups`

        Args:
            id: The `id` path parameter.
            group_ids: The `groupIds` field of the request body.
            permission_level: The `permissionLevel` field of the request body.
            share_email_body: The `shareEmailBody` field of the request body.
            send_shared_email: The `sendSharedEmail` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ShareIndex

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/media/spot_orders/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest13(
                    group_ids=group_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_spot_orders_shares_groups,
        )

    def delete_spot_orders_shares_groups(
        self,
        id: int,
        group_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete media spot orders shares groups.

        `DELETE /media/spot_orders/{id}/shares/groups/{group_id}`

        Args:
            id: The `id` path parameter.
            group_id: The `group_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/media/spot_orders/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_spot_orders_shares_groups,
        )

    def put_spot_orders_archive(
        self,
        id: int,
        status: bool,
        *,
        request_options: RequestOptions | None = None,
    ) -> SpotOrder:
        """Replace media spot orders archive.

        `PUT /media/spot_orders/{id}/archive`

        Args:
            id: The `id` path parameter.
            status: The `status` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SpotOrder

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/media/spot_orders/{encode_path(id)}/archive",
                json=ArchiveUpdateRequest11(status=status).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_spot_orders_archive,
        )

    def list_optimizations_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[ShareIndex]:
        """List media optimizations shares.

        `GET /media/optimizations/{id}/shares`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[ShareIndex]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/media/optimizations/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_optimizations_shares,
        )

    def put_optimizations_shares_users(
        self,
        id: int,
        user_ids: list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace media optimizations shares users.

        `PUT /media/optimizations/{id}/shares/users`

        Args:
            id: The `id` path parameter.
            user_ids: The `userIds` field of the request body.
            permission_level: The `permissionLevel` field of the request body.
            share_email_body: The `shareEmailBody` field of the request body.
            send_shared_email: The `sendSharedEmail` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ShareIndex

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/media/optimizations/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest14(
                    user_ids=user_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_optimizations_shares_users,
        )

    def delete_optimizations_shares_users(
        self,
        id: int,
        user_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete media optimizations shares users.

        `DELETE /media/optimizations/{id}/shares/users/{user_id}`

        Args:
            id: The `id` path parameter.
            user_id: The `user_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/media/optimizations/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_optimizations_shares_users,
        )

    def put_optimizations_shares_groups(
        self,
        id: int,
        group_ids: list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace media optimizations shares groups.

        `PUT /media/optimizations/{id}/shares/groups`

        Args:
            id: The `id` path parameter.
            group_ids: The `groupIds` field of the request body.
            permission_level: The `permissionLevel` field of the request body.
            share_email_body: The `shareEmailBody` field of the request body.
            send_shared_email: The `sendSharedEmail` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ShareIndex

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/media/optimizations/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest14(
                    group_ids=group_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_optimizations_shares_groups,
        )

    def delete_optimizations_shares_groups(
        self,
        id: int,
        group_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete media optimizations shares groups.

        `DELETE /media/optimizations/{id}/shares/groups/{group_id}`

        Args:
            id: The `id` path parameter.
            group_id: The `group_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/media/optimizations/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_optimizations_shares_groups,
        )

    def put_optimizations_archive(
        self,
        id: int,
        status: bool,
        *,
        request_options: RequestOptions | None = None,
    ) -> MediaOptimizationOptimization:
        """Replace media optimizations archive.

        `PUT /media/optimizations/{id}/archive`

        Args:
            id: The `id` path parameter.
            status: The `status` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            MediaOptimizationOptimization

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/media/optimizations/{encode_path(id)}/archive",
                json=ArchiveUpdateRequest12(status=status).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_optimizations_archive,
        )

    def list_optimizations(
        self,
        *,
        archived: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetMediaOptimizationsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[OptimizationSummary]:
        """List media optimisations.

        `GET /media/optimizations`

        Args:
            archived: `true`, `false` or `all`; default `false`.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `OptimizationSummary`: iterating it yields every item across pages, fetching them
            as needed; `iter_pages()` yields each page (its items, the parsed
            `list[OptimizationSummary]` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/media/optimizations",
                params=query_params(
                    {
                        "archived": archived,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_optimizations,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def post_optimizations(
        self,
        runs: Sequence[MediaOptimizationMediaRunCreateRequest | Mapping[str, Any]],
        *,
        name: str | Unset = UNSET,
        programs: list[str] | Unset = UNSET,
        networks: list[str] | Unset = UNSET,
        exclude_programs: bool | Unset = UNSET,
        exclude_networks: bool | Unset = UNSET,
        time_slot_percentages: MediaOptimizationOptimizationCreateRequestTimeSlotPercentages
        | Mapping[str, Any]
        | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> MediaOptimizationOptimization:
        """Post to media optimizations.

        `POST /media/optimizations`

        Args:
            runs: The `runs` field of the request body.
            name: The `name` field of the request body.
            programs: The `programs` field of the request body.
            networks: The `networks` field of the request body.
            exclude_programs: The `excludePrograms` field of the request body.
            exclude_networks: The `excludeNetworks` field of the request body.
            time_slot_percentages: The `timeSlotPercentages` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            MediaOptimizationOptimization

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/media/optimizations",
                json=MediaOptimizationOptimizationCreateRequest(
                    runs=as_models(MediaOptimizationMediaRunCreateRequest, runs),
                    name=name,
                    programs=programs,
                    networks=networks,
                    exclude_programs=exclude_programs,
                    exclude_networks=exclude_networks,
                    time_slot_percentages=as_model(
                        MediaOptimizationOptimizationCreateRequestTimeSlotPercentages, time_slot_percentages
                    ),
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_optimizations,
        )

    def get_optimizations(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Optimization:
        """Get a media optimisation.

        `GET /media/optimizations/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Optimization

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/media/optimizations/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_optimizations,
        )

    def patch_optimizations(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        runs: Sequence[MediaOptimizationMediaRunPatchRequest | Mapping[str, Any]] | Unset = UNSET,
        programs: list[str] | Unset = UNSET,
        networks: list[str] | Unset = UNSET,
        exclude_programs: bool | Unset = UNSET,
        exclude_networks: bool | Unset = UNSET,
        time_slot_percentages: MediaOptimizationOptimizationPatchRequestTimeSlotPercentages
        | Mapping[str, Any]
        | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> MediaOptimizationOptimization:
        """Update media optimizations.

        `PATCH /media/optimizations/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            runs: The `runs` field of the request body.
            programs: The `programs` field of the request body.
            networks: The `networks` field of the request body.
            exclude_programs: The `excludePrograms` field of the request body.
            exclude_networks: The `excludeNetworks` field of the request body.
            time_slot_percentages: The `timeSlotPercentages` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            MediaOptimizationOptimization

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/media/optimizations/{encode_path(id)}",
                json=MediaOptimizationOptimizationPatchRequest(
                    name=name,
                    runs=as_models(MediaOptimizationMediaRunPatchRequest, runs),
                    programs=programs,
                    networks=networks,
                    exclude_programs=exclude_programs,
                    exclude_networks=exclude_networks,
                    time_slot_percentages=as_model(
                        MediaOptimizationOptimizationPatchRequestTimeSlotPercentages, time_slot_percentages
                    ),
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        name,
                        runs,
                        programs,
                        networks,
                        exclude_programs,
                        exclude_networks,
                        time_slot_percentages,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch_optimizations,
        )

    def post_optimizations_clone(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> MediaOptimizationOptimization:
        """Post to media optimizations clone.

        `POST /media/optimizations/{id}/clone`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            MediaOptimizationOptimization

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/media/optimizations/{encode_path(id)}/clone",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_optimizations_clone,
        )

    def list_optimizations_runs(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: str | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[OptimizationRun]:
        """List media optimizations runs.

        `GET /media/optimizations/{id}/runs`

        Args:
            id: The `id` path parameter.
            limit: The `limit` query parameter.
            page_num: The `page_num` query parameter.
            order: The `order` query parameter.
            order_dir: The `order_dir` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `OptimizationRun`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[OptimizationRun]` and
            the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/media/optimizations/{encode_path(id)}/runs",
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
            cast=_parse_list_optimizations_runs,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def post_optimizations_runs(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> OptimizationRun:
        """Post to media optimizations runs.

        `POST /media/optimizations/{id}/runs`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            OptimizationRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/media/optimizations/{encode_path(id)}/runs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_optimizations_runs,
        )

    def get_optimizations_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> OptimizationRun:
        """Get media optimizations runs.

        `GET /media/optimizations/{id}/runs/{run_id}`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            OptimizationRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/media/optimizations/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_optimizations_runs,
        )

    def delete_optimizations_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete media optimizations runs.

        `DELETE /media/optimizations/{id}/runs/{run_id}`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/media/optimizations/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_optimizations_runs,
        )

    def list_optimizations_runs_logs(
        self,
        id: int,
        run_id: int,
        *,
        last_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[LogRunLogResponseSummary]:
        """List media optimizations runs logs.

        `GET /media/optimizations/{id}/runs/{run_id}/logs`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            last_id: The `last_id` query parameter.
            limit: The `limit` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[LogRunLogResponseSummary]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/media/optimizations/{encode_path(id)}/runs/{encode_path(run_id)}/logs",
                params=query_params(
                    {
                        "last_id": last_id,
                        "limit": limit,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_optimizations_runs_logs,
        )

    def list_spot_orders(
        self,
        *,
        id: int | Unset = UNSET,
        archived: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[SpotOrderSummary]:
        """List media spot orders.

        `GET /media/spot_orders`

        Args:
            id: The `id` query parameter.
            archived: The `archived` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[SpotOrderSummary]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/media/spot_orders",
                params=query_params(
                    {
                        "id": id,
                        "archived": archived,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_spot_orders,
        )

    def post_spot_orders(
        self,
        *,
        body: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SpotOrder:
        """Post to media spot orders.

        `POST /media/spot_orders`

        Args:
            body: The `body` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SpotOrder

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/media/spot_orders",
                json=SpotOrderCreateRequest(body=body).to_dict()
                if not all(isinstance(value, Unset) for value in (body,))
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_spot_orders,
        )

    def get_spot_orders(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> SpotOrder:
        """Get media spot orders.

        `GET /media/spot_orders/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SpotOrder

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/media/spot_orders/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_spot_orders,
        )

    def put_spot_orders(
        self,
        id: int,
        *,
        body: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SpotOrder:
        """Replace media spot orders.

        `PUT /media/spot_orders/{id}`

        Args:
            id: The `id` path parameter.
            body: The `body` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SpotOrder

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/media/spot_orders/{encode_path(id)}",
                json=SpotOrderUpdateRequest(body=body).to_dict()
                if not all(isinstance(value, Unset) for value in (body,))
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_spot_orders,
        )

    def list_ratecards(
        self,
        *,
        archived: str | Unset = UNSET,
        filename: str | Unset = UNSET,
        dma_number: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[Ratecard]:
        """List media ratecards.

        `GET /media/ratecards`

        Args:
            archived: The `archived` query parameter.
            filename: The `filename` query parameter.
            dma_number: The `dma_number` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Ratecard]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/media/ratecards",
                params=query_params(
                    {
                        "archived": archived,
                        "filename": filename,
                        "dma_number": dma_number,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_ratecards,
        )

    def list_dmas(
        self,
        *,
        name: str | Unset = UNSET,
        number: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[MediaDmaDmaSummary]:
        """List media dmas.

        `GET /media/dmas`

        Args:
            name: The `name` query parameter.
            number: The `number` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[MediaDmaDmaSummary]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/media/dmas",
                params=query_params(
                    {
                        "name": name,
                        "number": number,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_dmas,
        )

    def list_targets(
        self,
        *,
        name: str | Unset = UNSET,
        identifier: str | Unset = UNSET,
        data_source: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[MediaTargetTargetSummary]:
        """List media targets.

        `GET /media/targets`

        Args:
            name: The `name` query parameter.
            identifier: The `identifier` query parameter.
            data_source: The `data_source` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[MediaTargetTargetSummary]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/media/targets",
                params=query_params(
                    {
                        "name": name,
                        "identifier": identifier,
                        "data_source": data_source,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_targets,
        )


class MediaResourceWithRawResponse:
    """`media` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: MediaResource) -> None:
        self.list_spot_orders_shares = to_raw_response(resource.list_spot_orders_shares)
        self.put_spot_orders_shares_users = to_raw_response(resource.put_spot_orders_shares_users)
        self.delete_spot_orders_shares_users = to_raw_response(resource.delete_spot_orders_shares_users)
        self.put_spot_orders_shares_groups = to_raw_response(resource.put_spot_orders_shares_groups)
        self.delete_spot_orders_shares_groups = to_raw_response(resource.delete_spot_orders_shares_groups)
        self.put_spot_orders_archive = to_raw_response(resource.put_spot_orders_archive)
        self.list_optimizations_shares = to_raw_response(resource.list_optimizations_shares)
        self.put_optimizations_shares_users = to_raw_response(resource.put_optimizations_shares_users)
        self.delete_optimizations_shares_users = to_raw_response(resource.delete_optimizations_shares_users)
        self.put_optimizations_shares_groups = to_raw_response(resource.put_optimizations_shares_groups)
        self.delete_optimizations_shares_groups = to_raw_response(resource.delete_optimizations_shares_groups)
        self.put_optimizations_archive = to_raw_response(resource.put_optimizations_archive)
        self.list_optimizations = to_raw_response(resource.list_optimizations)
        self.post_optimizations = to_raw_response(resource.post_optimizations)
        self.get_optimizations = to_raw_response(resource.get_optimizations)
        self.patch_optimizations = to_raw_response(resource.patch_optimizations)
        self.post_optimizations_clone = to_raw_response(resource.post_optimizations_clone)
        self.list_optimizations_runs = to_raw_response(resource.list_optimizations_runs)
        self.post_optimizations_runs = to_raw_response(resource.post_optimizations_runs)
        self.get_optimizations_runs = to_raw_response(resource.get_optimizations_runs)
        self.delete_optimizations_runs = to_raw_response(resource.delete_optimizations_runs)
        self.list_optimizations_runs_logs = to_raw_response(resource.list_optimizations_runs_logs)
        self.list_spot_orders = to_raw_response(resource.list_spot_orders)
        self.post_spot_orders = to_raw_response(resource.post_spot_orders)
        self.get_spot_orders = to_raw_response(resource.get_spot_orders)
        self.put_spot_orders = to_raw_response(resource.put_spot_orders)
        self.list_ratecards = to_raw_response(resource.list_ratecards)
        self.list_dmas = to_raw_response(resource.list_dmas)
        self.list_targets = to_raw_response(resource.list_targets)


class AsyncMediaResource:
    """Operations on `client.media`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMediaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncMediaResourceWithRawResponse(self)

    async def list_spot_orders_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[ShareIndex]:
        """List media spot orders shares.

        `GET /media/spot_orders/{id}/shares`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[ShareIndex]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/media/spot_orders/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_spot_orders_shares,
        )

    async def put_spot_orders_shares_users(
        self,
        id: int,
        user_ids: list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace media spot orders shares users.

        `PUT /media/spot_orders/{id}/shares/users`

        Args:
            id: The `id` path parameter.
            user_ids: The `userIds` field of the request body.
            permission_level: The `permissionLevel` field of the request body.
            share_email_body: The `shareEmailBody` field of the request body.
            send_shared_email: The `sendSharedEmail` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ShareIndex

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/media/spot_orders/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest13(
                    user_ids=user_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_spot_orders_shares_users,
        )

    async def delete_spot_orders_shares_users(
        self,
        id: int,
        user_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete media spot orders shares users.

        `DELETE /media/spot_orders/{id}/shares/users/{user_id}`

        Args:
            id: The `id` path parameter.
            user_id: The `user_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/media/spot_orders/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_spot_orders_shares_users,
        )

    async def put_spot_orders_shares_groups(
        self,
        id: int,
        group_ids: list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace media spot orders shares groups.

        `PUT /media/spot_orders/{id}/shares/groups`

        Args:
            id: The `id` path parameter.
            group_ids: The `groupIds` field of the request body.
            permission_level: The `permissionLevel` field of the request body.
            share_email_body: The `shareEmailBody` field of the request body.
            send_shared_email: The `sendSharedEmail` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ShareIndex

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/media/spot_orders/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest13(
                    group_ids=group_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_spot_orders_shares_groups,
        )

    async def delete_spot_orders_shares_groups(
        self,
        id: int,
        group_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete media spot orders shares groups.

        `DELETE /media/spot_orders/{id}/shares/groups/{group_id}`

        Args:
            id: The `id` path parameter.
            group_id: The `group_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/media/spot_orders/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_spot_orders_shares_groups,
        )

    async def put_spot_orders_archive(
        self,
        id: int,
        status: bool,
        *,
        request_options: RequestOptions | None = None,
    ) -> SpotOrder:
        """Replace media spot orders archive.

        `PUT /media/spot_orders/{id}/archive`

        Args:
            id: The `id` path parameter.
            status: The `status` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SpotOrder

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/media/spot_orders/{encode_path(id)}/archive",
                json=ArchiveUpdateRequest11(status=status).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_spot_orders_archive,
        )

    async def list_optimizations_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[ShareIndex]:
        """List media optimizations shares.

        `GET /media/optimizations/{id}/shares`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[ShareIndex]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/media/optimizations/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_optimizations_shares,
        )

    async def put_optimizations_shares_users(
        self,
        id: int,
        user_ids: list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace media optimizations shares users.

        `PUT /media/optimizations/{id}/shares/users`

        Args:
            id: The `id` path parameter.
            user_ids: The `userIds` field of the request body.
            permission_level: The `permissionLevel` field of the request body.
            share_email_body: The `shareEmailBody` field of the request body.
            send_shared_email: The `sendSharedEmail` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ShareIndex

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/media/optimizations/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest14(
                    user_ids=user_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_optimizations_shares_users,
        )

    async def delete_optimizations_shares_users(
        self,
        id: int,
        user_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete media optimizations shares users.

        `DELETE /media/optimizations/{id}/shares/users/{user_id}`

        Args:
            id: The `id` path parameter.
            user_id: The `user_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/media/optimizations/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_optimizations_shares_users,
        )

    async def put_optimizations_shares_groups(
        self,
        id: int,
        group_ids: list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace media optimizations shares groups.

        `PUT /media/optimizations/{id}/shares/groups`

        Args:
            id: The `id` path parameter.
            group_ids: The `groupIds` field of the request body.
            permission_level: The `permissionLevel` field of the request body.
            share_email_body: The `shareEmailBody` field of the request body.
            send_shared_email: The `sendSharedEmail` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ShareIndex

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/media/optimizations/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest14(
                    group_ids=group_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_optimizations_shares_groups,
        )

    async def delete_optimizations_shares_groups(
        self,
        id: int,
        group_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete media optimizations shares groups.

        `DELETE /media/optimizations/{id}/shares/groups/{group_id}`

        Args:
            id: The `id` path parameter.
            group_id: The `group_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/media/optimizations/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_optimizations_shares_groups,
        )

    async def put_optimizations_archive(
        self,
        id: int,
        status: bool,
        *,
        request_options: RequestOptions | None = None,
    ) -> MediaOptimizationOptimization:
        """Replace media optimizations archive.

        `PUT /media/optimizations/{id}/archive`

        Args:
            id: The `id` path parameter.
            status: The `status` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            MediaOptimizationOptimization

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/media/optimizations/{encode_path(id)}/archive",
                json=ArchiveUpdateRequest12(status=status).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_optimizations_archive,
        )

    def list_optimizations(
        self,
        *,
        archived: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetMediaOptimizationsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[OptimizationSummary]:
        """List media optimisations.

        `GET /media/optimizations`

        Args:
            archived: `true`, `false` or `all`; default `false`.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `OptimizationSummary`: iterating it yields every item across pages, fetching them
            as needed; `iter_pages()` yields each page (its items, the parsed
            `list[OptimizationSummary]` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/media/optimizations",
                params=query_params(
                    {
                        "archived": archived,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_optimizations,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def post_optimizations(
        self,
        runs: Sequence[MediaOptimizationMediaRunCreateRequest | Mapping[str, Any]],
        *,
        name: str | Unset = UNSET,
        programs: list[str] | Unset = UNSET,
        networks: list[str] | Unset = UNSET,
        exclude_programs: bool | Unset = UNSET,
        exclude_networks: bool | Unset = UNSET,
        time_slot_percentages: MediaOptimizationOptimizationCreateRequestTimeSlotPercentages
        | Mapping[str, Any]
        | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> MediaOptimizationOptimization:
        """Post to media optimizations.

        `POST /media/optimizations`

        Args:
            runs: The `runs` field of the request body.
            name: The `name` field of the request body.
            programs: The `programs` field of the request body.
            networks: The `networks` field of the request body.
            exclude_programs: The `excludePrograms` field of the request body.
            exclude_networks: The `excludeNetworks` field of the request body.
            time_slot_percentages: The `timeSlotPercentages` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            MediaOptimizationOptimization

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/media/optimizations",
                json=MediaOptimizationOptimizationCreateRequest(
                    runs=as_models(MediaOptimizationMediaRunCreateRequest, runs),
                    name=name,
                    programs=programs,
                    networks=networks,
                    exclude_programs=exclude_programs,
                    exclude_networks=exclude_networks,
                    time_slot_percentages=as_model(
                        MediaOptimizationOptimizationCreateRequestTimeSlotPercentages, time_slot_percentages
                    ),
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_optimizations,
        )

    async def get_optimizations(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Optimization:
        """Get a media optimisation.

        `GET /media/optimizations/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Optimization

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/media/optimizations/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_optimizations,
        )

    async def patch_optimizations(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        runs: Sequence[MediaOptimizationMediaRunPatchRequest | Mapping[str, Any]] | Unset = UNSET,
        programs: list[str] | Unset = UNSET,
        networks: list[str] | Unset = UNSET,
        exclude_programs: bool | Unset = UNSET,
        exclude_networks: bool | Unset = UNSET,
        time_slot_percentages: MediaOptimizationOptimizationPatchRequestTimeSlotPercentages
        | Mapping[str, Any]
        | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> MediaOptimizationOptimization:
        """Update media optimizations.

        `PATCH /media/optimizations/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            runs: The `runs` field of the request body.
            programs: The `programs` field of the request body.
            networks: The `networks` field of the request body.
            exclude_programs: The `excludePrograms` field of the request body.
            exclude_networks: The `excludeNetworks` field of the request body.
            time_slot_percentages: The `timeSlotPercentages` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            MediaOptimizationOptimization

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/media/optimizations/{encode_path(id)}",
                json=MediaOptimizationOptimizationPatchRequest(
                    name=name,
                    runs=as_models(MediaOptimizationMediaRunPatchRequest, runs),
                    programs=programs,
                    networks=networks,
                    exclude_programs=exclude_programs,
                    exclude_networks=exclude_networks,
                    time_slot_percentages=as_model(
                        MediaOptimizationOptimizationPatchRequestTimeSlotPercentages, time_slot_percentages
                    ),
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        name,
                        runs,
                        programs,
                        networks,
                        exclude_programs,
                        exclude_networks,
                        time_slot_percentages,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch_optimizations,
        )

    async def post_optimizations_clone(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> MediaOptimizationOptimization:
        """Post to media optimizations clone.

        `POST /media/optimizations/{id}/clone`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            MediaOptimizationOptimization

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/media/optimizations/{encode_path(id)}/clone",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_optimizations_clone,
        )

    def list_optimizations_runs(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: str | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[OptimizationRun]:
        """List media optimizations runs.

        `GET /media/optimizations/{id}/runs`

        Args:
            id: The `id` path parameter.
            limit: The `limit` query parameter.
            page_num: The `page_num` query parameter.
            order: The `order` query parameter.
            order_dir: The `order_dir` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `OptimizationRun`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[OptimizationRun]` and
            the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/media/optimizations/{encode_path(id)}/runs",
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
            cast=_parse_list_optimizations_runs,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def post_optimizations_runs(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> OptimizationRun:
        """Post to media optimizations runs.

        `POST /media/optimizations/{id}/runs`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            OptimizationRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/media/optimizations/{encode_path(id)}/runs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_optimizations_runs,
        )

    async def get_optimizations_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> OptimizationRun:
        """Get media optimizations runs.

        `GET /media/optimizations/{id}/runs/{run_id}`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            OptimizationRun

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/media/optimizations/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_optimizations_runs,
        )

    async def delete_optimizations_runs(
        self,
        id: int,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete media optimizations runs.

        `DELETE /media/optimizations/{id}/runs/{run_id}`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/media/optimizations/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_optimizations_runs,
        )

    async def list_optimizations_runs_logs(
        self,
        id: int,
        run_id: int,
        *,
        last_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[LogRunLogResponseSummary]:
        """List media optimizations runs logs.

        `GET /media/optimizations/{id}/runs/{run_id}/logs`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            last_id: The `last_id` query parameter.
            limit: The `limit` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[LogRunLogResponseSummary]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/media/optimizations/{encode_path(id)}/runs/{encode_path(run_id)}/logs",
                params=query_params(
                    {
                        "last_id": last_id,
                        "limit": limit,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_optimizations_runs_logs,
        )

    async def list_spot_orders(
        self,
        *,
        id: int | Unset = UNSET,
        archived: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[SpotOrderSummary]:
        """List media spot orders.

        `GET /media/spot_orders`

        Args:
            id: The `id` query parameter.
            archived: The `archived` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[SpotOrderSummary]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/media/spot_orders",
                params=query_params(
                    {
                        "id": id,
                        "archived": archived,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_spot_orders,
        )

    async def post_spot_orders(
        self,
        *,
        body: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SpotOrder:
        """Post to media spot orders.

        `POST /media/spot_orders`

        Args:
            body: The `body` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SpotOrder

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/media/spot_orders",
                json=SpotOrderCreateRequest(body=body).to_dict()
                if not all(isinstance(value, Unset) for value in (body,))
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_spot_orders,
        )

    async def get_spot_orders(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> SpotOrder:
        """Get media spot orders.

        `GET /media/spot_orders/{id}`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SpotOrder

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/media/spot_orders/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_spot_orders,
        )

    async def put_spot_orders(
        self,
        id: int,
        *,
        body: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SpotOrder:
        """Replace media spot orders.

        `PUT /media/spot_orders/{id}`

        Args:
            id: The `id` path parameter.
            body: The `body` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SpotOrder

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/media/spot_orders/{encode_path(id)}",
                json=SpotOrderUpdateRequest(body=body).to_dict()
                if not all(isinstance(value, Unset) for value in (body,))
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_spot_orders,
        )

    async def list_ratecards(
        self,
        *,
        archived: str | Unset = UNSET,
        filename: str | Unset = UNSET,
        dma_number: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[Ratecard]:
        """List media ratecards.

        `GET /media/ratecards`

        Args:
            archived: The `archived` query parameter.
            filename: The `filename` query parameter.
            dma_number: The `dma_number` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Ratecard]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/media/ratecards",
                params=query_params(
                    {
                        "archived": archived,
                        "filename": filename,
                        "dma_number": dma_number,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_ratecards,
        )

    async def list_dmas(
        self,
        *,
        name: str | Unset = UNSET,
        number: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[MediaDmaDmaSummary]:
        """List media dmas.

        `GET /media/dmas`

        Args:
            name: The `name` query parameter.
            number: The `number` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[MediaDmaDmaSummary]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/media/dmas",
                params=query_params(
                    {
                        "name": name,
                        "number": number,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_dmas,
        )

    async def list_targets(
        self,
        *,
        name: str | Unset = UNSET,
        identifier: str | Unset = UNSET,
        data_source: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[MediaTargetTargetSummary]:
        """List media targets.

        `GET /media/targets`

        Args:
            name: The `name` query parameter.
            identifier: The `identifier` query parameter.
            data_source: The `data_source` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[MediaTargetTargetSummary]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/media/targets",
                params=query_params(
                    {
                        "name": name,
                        "identifier": identifier,
                        "data_source": data_source,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_targets,
        )


class AsyncMediaResourceWithRawResponse:
    """`media` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncMediaResource) -> None:
        self.list_spot_orders_shares = to_async_raw_response(resource.list_spot_orders_shares)
        self.put_spot_orders_shares_users = to_async_raw_response(resource.put_spot_orders_shares_users)
        self.delete_spot_orders_shares_users = to_async_raw_response(resource.delete_spot_orders_shares_users)
        self.put_spot_orders_shares_groups = to_async_raw_response(resource.put_spot_orders_shares_groups)
        self.delete_spot_orders_shares_groups = to_async_raw_response(resource.delete_spot_orders_shares_groups)
        self.put_spot_orders_archive = to_async_raw_response(resource.put_spot_orders_archive)
        self.list_optimizations_shares = to_async_raw_response(resource.list_optimizations_shares)
        self.put_optimizations_shares_users = to_async_raw_response(resource.put_optimizations_shares_users)
        self.delete_optimizations_shares_users = to_async_raw_response(resource.delete_optimizations_shares_users)
        self.put_optimizations_shares_groups = to_async_raw_response(resource.put_optimizations_shares_groups)
        self.delete_optimizations_shares_groups = to_async_raw_response(resource.delete_optimizations_shares_groups)
        self.put_optimizations_archive = to_async_raw_response(resource.put_optimizations_archive)
        self.list_optimizations = to_async_raw_response(resource.list_optimizations)
        self.post_optimizations = to_async_raw_response(resource.post_optimizations)
        self.get_optimizations = to_async_raw_response(resource.get_optimizations)
        self.patch_optimizations = to_async_raw_response(resource.patch_optimizations)
        self.post_optimizations_clone = to_async_raw_response(resource.post_optimizations_clone)
        self.list_optimizations_runs = to_async_raw_response(resource.list_optimizations_runs)
        self.post_optimizations_runs = to_async_raw_response(resource.post_optimizations_runs)
        self.get_optimizations_runs = to_async_raw_response(resource.get_optimizations_runs)
        self.delete_optimizations_runs = to_async_raw_response(resource.delete_optimizations_runs)
        self.list_optimizations_runs_logs = to_async_raw_response(resource.list_optimizations_runs_logs)
        self.list_spot_orders = to_async_raw_response(resource.list_spot_orders)
        self.post_spot_orders = to_async_raw_response(resource.post_spot_orders)
        self.get_spot_orders = to_async_raw_response(resource.get_spot_orders)
        self.put_spot_orders = to_async_raw_response(resource.put_spot_orders)
        self.list_ratecards = to_async_raw_response(resource.list_ratecards)
        self.list_dmas = to_async_raw_response(resource.list_dmas)
        self.list_targets = to_async_raw_response(resource.list_targets)
