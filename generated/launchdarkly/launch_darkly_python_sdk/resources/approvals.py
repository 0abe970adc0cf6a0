"""Operations on `client.approvals`."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest
from .._core._types import as_model, as_models
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    OffsetStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.apply_approval_request import ApplyApprovalRequest
from ..models.approval_request import ApprovalRequest
from ..models.approval_requests import ApprovalRequests
from ..models.create_approval_request_request import CreateApprovalRequestRequest
from ..models.create_copy_flag_config_approval_request_request import CreateCopyFlagConfigApprovalRequestRequest
from ..models.create_copy_flag_config_approval_request_request_excluded_actions_item import (
    CreateCopyFlagConfigApprovalRequestRequestExcludedActionsItem,
)
from ..models.create_copy_flag_config_approval_request_request_included_actions_item import (
    CreateCopyFlagConfigApprovalRequestRequestIncludedActionsItem,
)
from ..models.create_flag_approval_request import CreateFlagApprovalRequest
from ..models.flag_approval_requests import FlagApprovalRequests
from ..models.flag_config_approval_request_response import FlagConfigApprovalRequestResponse
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.form_variable_config import FormVariableConfig
from ..models.instruction import Instruction
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.post_approval_request_review_request import PostApprovalRequestReviewRequest
from ..models.post_approval_request_review_request_kind import (
    PostApprovalRequestReviewRequestKind,
)
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.review_approval_request import ReviewApprovalRequest
from ..models.review_approval_request_kind import ReviewApprovalRequestKind
from ..models.source_flag import SourceFlag
from ..models.status_conflict_error_rep import StatusConflictErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> ApprovalRequests:
    return ApprovalRequests.from_dict(response.json())


def _parse_create_request_flag(response: httpx.Response) -> ApprovalRequest:
    return ApprovalRequest.from_dict(response.json())


def _parse_get_request_by_id(response: httpx.Response) -> ApprovalRequest:
    return ApprovalRequest.from_dict(response.json())


def _parse_delete_request(response: httpx.Response) -> None:
    return None


def _parse_apply_request_flag(response: httpx.Response) -> ApprovalRequest:
    return ApprovalRequest.from_dict(response.json())


def _parse_review_request(response: httpx.Response) -> ApprovalRequest:
    return ApprovalRequest.from_dict(response.json())


def _parse_list_requests_for_flag(response: httpx.Response) -> FlagApprovalRequests:
    return FlagApprovalRequests.from_dict(response.json())


def _parse_create_request_for_flag(response: httpx.Response) -> ApprovalRequest:
    return ApprovalRequest.from_dict(response.json())


def _parse_create_flag_copy_request(response: httpx.Response) -> FlagConfigApprovalRequestResponse:
    return FlagConfigApprovalRequestResponse.from_dict(response.json())


def _parse_single_request(response: httpx.Response) -> ApprovalRequest:
    return ApprovalRequest.from_dict(response.json())


def _parse_delete_approval_request_flag(response: httpx.Response) -> None:
    return None


def _parse_apply_request_for_flag(response: httpx.Response) -> ApprovalRequest:
    return ApprovalRequest.from_dict(response.json())


def _parse_review_flag_request(response: httpx.Response) -> FlagConfigApprovalRequestResponse:
    return FlagConfigApprovalRequestResponse.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_3: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_4: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    409: StatusConflictErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_5: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    409: StatusConflictErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class ApprovalsResource:
    """Operations on `client.approvals`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> ApprovalsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ApprovalsResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> ApprovalsResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list(
        self,
        *,
        filter: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[ApprovalRequest]:
        """Approval requests in the account.

        `GET /api/v2/approval-requests`

        Args:
            filter: Filter expression, such as `field:value`.
            expand: Comma-separated list of optional fields to include.
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ApprovalRequest`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `ApprovalRequests` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/api/v2/approval-requests",
                params=query_params(
                    {
                        "filter": filter,
                        "expand": expand,
                        "limit": limit,
                        "offset": offset,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    def create_request_flag(
        self,
        *,
        resource_id: str,
        description: str,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        notify_member_ids: builtins.list[str] | Unset = UNSET,
        notify_team_keys: builtins.list[str] | Unset = UNSET,
        integration_config: FormVariableConfig | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ApprovalRequest:
        """Open an approval request.

        `POST /api/v2/approval-requests`

        Args:
            resource_id: The `resourceId` field of the request body.
            description: The `description` field of the request body.
            instructions: The `instructions` field of the request body.
            comment: The `comment` field of the request body.
            notify_member_ids: The `notifyMemberIds` field of the request body.
            notify_team_keys: The `notifyTeamKeys` field of the request body.
            integration_config: The `integrationConfig` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ApprovalRequest

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/api/v2/approval-requests",
                json=CreateApprovalRequestRequest(
                    resource_id=resource_id,
                    description=description,
                    instructions=as_models(Instruction, instructions),
                    comment=comment,
                    notify_member_ids=notify_member_ids,
                    notify_team_keys=notify_team_keys,
                    integration_config=as_model(FormVariableConfig, integration_config),
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create_request_flag,
        )

    def get_request_by_id(
        self,
        id: str,
        *,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ApprovalRequest:
        """Get an approval request.

        `GET /api/v2/approval-requests/{id}`

        Args:
            id: Identifier of the resource.
            expand: Comma-separated list of optional fields to include.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ApprovalRequest

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/approval-requests/{encode_path(id)}",
                params=query_params(
                    {
                        "expand": expand,
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_request_by_id,
        )

    def delete_request(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove an approval request.

        `DELETE /api/v2/approval-requests/{id}`

        Args:
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/approval-requests/{encode_path(id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_delete_request,
        )

    def apply_request_flag(
        self,
        id: str,
        *,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ApprovalRequest:
        """Carry out an approved request.

        `POST /api/v2/approval-requests/{id}/apply`

        Args:
            id: Identifier of the resource.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ApprovalRequest

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/approval-requests/{encode_path(id)}/apply",
                json=ApplyApprovalRequest(comment=comment).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_apply_request_flag,
        )

    def review_request(
        self,
        id: str,
        *,
        kind: ReviewApprovalRequestKind | str | Unset = UNSET,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ApprovalRequest:
        """Review an approval request.

        `POST /api/v2/approval-requests/{id}/reviews`

        Args:
            id: Identifier of the resource.
            kind: The `kind` field of the request body.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ApprovalRequest

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 404, 409, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/approval-requests/{encode_path(id)}/reviews",
                json=ReviewApprovalRequest(kind=kind, comment=comment).to_dict(),
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_review_request,
        )

    def list_requests_for_flag(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> FlagApprovalRequests:
        """List approval requests on a flag.

        `GET /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/approval-requests`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FlagApprovalRequests

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/approval-requests",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_list_requests_for_flag,
        )

    def create_request_for_flag(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        description: str,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        notify_member_ids: builtins.list[str] | Unset = UNSET,
        notify_team_keys: builtins.list[str] | Unset = UNSET,
        execution_date: int | Unset = UNSET,
        operating_on_id: str | Unset = UNSET,
        integration_config: FormVariableConfig | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ApprovalRequest:
        """Open an approval request on a flag.

        `POST /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/approval-requests`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            description: The `description` field of the request body.
            instructions: The `instructions` field of the request body.
            comment: The `comment` field of the request body.
            notify_member_ids: The `notifyMemberIds` field of the request body.
            notify_team_keys: The `notifyTeamKeys` field of the request body.
            execution_date: Milliseconds since the Unix epoch.
            operating_on_id: The `operatingOnId` field of the request body.
            integration_config: The `integrationConfig` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ApprovalRequest

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/approval-requests",
                json=CreateFlagApprovalRequest(
                    description=description,
                    instructions=as_models(Instruction, instructions),
                    comment=comment,
                    notify_member_ids=notify_member_ids,
                    notify_team_keys=notify_team_keys,
                    execution_date=execution_date,
                    operating_on_id=operating_on_id,
                    integration_config=as_model(FormVariableConfig, integration_config),
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create_request_for_flag,
        )

    def create_flag_copy_request(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        description: str,
        source: SourceFlag | Mapping[str, Any],
        comment: str | Unset = UNSET,
        notify_member_ids: builtins.list[str] | Unset = UNSET,
        notify_team_keys: builtins.list[str] | Unset = UNSET,
        included_actions: builtins.list[CreateCopyFlagConfigApprovalRequestRequestIncludedActionsItem | str]
        | Unset = UNSET,
        excluded_actions: builtins.list[CreateCopyFlagConfigApprovalRequestRequestExcludedActionsItem | str]
        | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FlagConfigApprovalRequestResponse:
        """Add flag copy config approval request.

        `POST /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/approval-requests-flag-copy`

        Args:
            project_key: The `projectKey` path parameter.
            feature_flag_key: The `featureFlagKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            description: The `description` field of the request body.
            source: The `source` field of the request body.
            comment: The `comment` field of the request body.
            notify_member_ids: The `notifyMemberIds` field of the request body.
            notify_team_keys: The `notifyTeamKeys` field of the request body.
            included_actions: The `includedActions` field of the request body.
            excluded_actions: The `excludedActions` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FlagConfigApprovalRequestResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 409, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/approval-requests-flag-copy",
                json=CreateCopyFlagConfigApprovalRequestRequest(
                    description=description,
                    source=as_model(SourceFlag, source),
                    comment=comment,
                    notify_member_ids=notify_member_ids,
                    notify_team_keys=notify_team_keys,
                    included_actions=included_actions,
                    excluded_actions=excluded_actions,
                ).to_dict(),
                error_types=_ERRORS_5,
                options=request_options,
            ),
            cast=_parse_create_flag_copy_request,
        )

    def single_request(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApprovalRequest:
        """Get an approval request on a flag.

        `GET /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/approval-requests/{id}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ApprovalRequest

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/approval-requests/{encode_path(id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_single_request,
        )

    def delete_approval_request_flag(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete an approval request on a flag.

        `DELETE /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/approval-requests/{id}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/approval-requests/{encode_path(id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_delete_approval_request_flag,
        )

    def apply_request_for_flag(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        id: str,
        *,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ApprovalRequest:
        """Carry out an approved request on a flag.

        `POST /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/approval-requests/{id}/apply`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            id: Identifier of the resource.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ApprovalRequest

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/approval-requests/{encode_path(id)}/apply",
                json=ApplyApprovalRequest(comment=comment).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_apply_request_for_flag,
        )

    def review_flag_request(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        id: str,
        *,
        kind: PostApprovalRequestReviewRequestKind | str | Unset = UNSET,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FlagConfigApprovalRequestResponse:
        """Add approval request review for flag.

        `POST /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/approval-requests/{id}/reviews`

        Args:
            project_key: The `projectKey` path parameter.
            feature_flag_key: The `featureFlagKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            id: The `id` path parameter.
            kind: The `kind` field of the request body.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FlagConfigApprovalRequestResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/approval-requests/{encode_path(id)}/reviews",
                json=PostApprovalRequestReviewRequest(kind=kind, comment=comment).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_review_flag_request,
        )

    create_request_flag_0 = create_request_for_flag  # the previous SDK's name for it

    apply_request_flag_0 = apply_request_for_flag  # the previous SDK's name for it

    async def alist(
        self,
        *,
        filter: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[ApprovalRequest]:
        """Coroutine twin of `list`: same arguments, same result, awaitable."""
        return await AsyncApprovalsResource(self._async_client()).list(
            filter=filter,
            expand=expand,
            limit=limit,
            offset=offset,
            max_items=max_items,
            request_options=request_options,
        )

    async def acreate_request_flag(
        self,
        *,
        resource_id: str,
        description: str,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        notify_member_ids: builtins.list[str] | Unset = UNSET,
        notify_team_keys: builtins.list[str] | Unset = UNSET,
        integration_config: FormVariableConfig | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ApprovalRequest:
        """Coroutine twin of `create_request_flag`: same arguments, same result, awaitable."""
        return await AsyncApprovalsResource(self._async_client()).create_request_flag(
            resource_id=resource_id,
            description=description,
            instructions=instructions,
            comment=comment,
            notify_member_ids=notify_member_ids,
            notify_team_keys=notify_team_keys,
            integration_config=integration_config,
            request_options=request_options,
        )

    async def aget_request_by_id(
        self,
        id: str,
        *,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ApprovalRequest:
        """Coroutine twin of `get_request_by_id`: same arguments, same result, awaitable."""
        return await AsyncApprovalsResource(self._async_client()).get_request_by_id(
            id,
            expand=expand,
            request_options=request_options,
        )

    async def adelete_request(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `delete_request`: same arguments, same result, awaitable."""
        return await AsyncApprovalsResource(self._async_client()).delete_request(
            id,
            request_options=request_options,
        )

    async def aapply_request_flag(
        self,
        id: str,
        *,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ApprovalRequest:
        """Coroutine twin of `apply_request_flag`: same arguments, same result, awaitable."""
        return await AsyncApprovalsResource(self._async_client()).apply_request_flag(
            id,
            comment=comment,
            request_options=request_options,
        )

    async def areview_request(
        self,
        id: str,
        *,
        kind: ReviewApprovalRequestKind | str | Unset = UNSET,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ApprovalRequest:
        """Coroutine twin of `review_request`: same arguments, same result, awaitable."""
        return await AsyncApprovalsResource(self._async_client()).review_request(
            id,
            kind=kind,
            comment=comment,
            request_options=request_options,
        )

    async def alist_requests_for_flag(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> FlagApprovalRequests:
        """Coroutine twin of `list_requests_for_flag`: same arguments, same result, awaitable."""
        return await AsyncApprovalsResource(self._async_client()).list_requests_for_flag(
            project_key,
            feature_flag_key,
            environment_key,
            request_options=request_options,
        )

    async def acreate_request_for_flag(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        description: str,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        notify_member_ids: builtins.list[str] | Unset = UNSET,
        notify_team_keys: builtins.list[str] | Unset = UNSET,
        execution_date: int | Unset = UNSET,
        operating_on_id: str | Unset = UNSET,
        integration_config: FormVariableConfig | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ApprovalRequest:
        """Coroutine twin of `create_request_for_flag`: same arguments, same result, awaitable."""
        return await AsyncApprovalsResource(self._async_client()).create_request_for_flag(
            project_key,
            feature_flag_key,
            environment_key,
            description=description,
            instructions=instructions,
            comment=comment,
            notify_member_ids=notify_member_ids,
            notify_team_keys=notify_team_keys,
            execution_date=execution_date,
            operating_on_id=operating_on_id,
            integration_config=integration_config,
            request_options=request_options,
        )

    acreate_request_flag_0 = acreate_request_for_flag

    async def acreate_flag_copy_request(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        description: str,
        source: SourceFlag | Mapping[str, Any],
        comment: str | Unset = UNSET,
        notify_member_ids: builtins.list[str] | Unset = UNSET,
        notify_team_keys: builtins.list[str] | Unset = UNSET,
        included_actions: builtins.list[CreateCopyFlagConfigApprovalRequestRequestIncludedActionsItem | str]
        | Unset = UNSET,
        excluded_actions: builtins.list[CreateCopyFlagConfigApprovalRequestRequestExcludedActionsItem | str]
        | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FlagConfigApprovalRequestResponse:
        """Coroutine twin of `create_flag_copy_request`: same arguments, same result, awaitable."""
        return await AsyncApprovalsResource(self._async_client()).create_flag_copy_request(
            project_key,
            feature_flag_key,
            environment_key,
            description=description,
            source=source,
            comment=comment,
            notify_member_ids=notify_member_ids,
            notify_team_keys=notify_team_keys,
            included_actions=included_actions,
            excluded_actions=excluded_actions,
            request_options=request_options,
        )

    async def asingle_request(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApprovalRequest:
        """Coroutine twin of `single_request`: same arguments, same result, awaitable."""
        return await AsyncApprovalsResource(self._async_client()).single_request(
            project_key,
            feature_flag_key,
            environment_key,
            id,
            request_options=request_options,
        )

    async def adelete_approval_request_flag(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `delete_approval_request_flag`: same arguments, same result, awaitable."""
        return await AsyncApprovalsResource(self._async_client()).delete_approval_request_flag(
            project_key,
            feature_flag_key,
            environment_key,
            id,
            request_options=request_options,
        )

    async def aapply_request_for_flag(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        id: str,
        *,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ApprovalRequest:
        """Coroutine twin of `apply_request_for_flag`: same arguments, same result, awaitable."""
        return await AsyncApprovalsResource(self._async_client()).apply_request_for_flag(
            project_key,
            feature_flag_key,
            environment_key,
            id,
            comment=comment,
            request_options=request_options,
        )

    aapply_request_flag_0 = aapply_request_for_flag

    async def areview_flag_request(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        id: str,
        *,
        kind: PostApprovalRequestReviewRequestKind | str | Unset = UNSET,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FlagConfigApprovalRequestResponse:
        """Coroutine twin of `review_flag_request`: same arguments, same result, awaitable."""
        return await AsyncApprovalsResource(self._async_client()).review_flag_request(
            project_key,
            feature_flag_key,
            environment_key,
            id,
            kind=kind,
            comment=comment,
            request_options=request_options,
        )


class ApprovalsResourceWithRawResponse:
    """`approvals` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ApprovalsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.create_request_flag = to_raw_response(resource.create_request_flag)
        self.get_request_by_id = to_raw_response(resource.get_request_by_id)
        self.delete_request = to_raw_response(resource.delete_request)
        self.apply_request_flag = to_raw_response(resource.apply_request_flag)
        self.review_request = to_raw_response(resource.review_request)
        self.list_requests_for_flag = to_raw_response(resource.list_requests_for_flag)
        self.create_request_for_flag = to_raw_response(resource.create_request_for_flag)
        self.create_request_flag_0 = self.create_request_for_flag
        self.create_flag_copy_request = to_raw_response(resource.create_flag_copy_request)
        self.single_request = to_raw_response(resource.single_request)
        self.delete_approval_request_flag = to_raw_response(resource.delete_approval_request_flag)
        self.apply_request_for_flag = to_raw_response(resource.apply_request_for_flag)
        self.apply_request_flag_0 = self.apply_request_for_flag
        self.review_flag_request = to_raw_response(resource.review_flag_request)


class AsyncApprovalsResource:
    """Operations on `client.approvals`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncApprovalsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncApprovalsResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncApprovalsResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list(
        self,
        *,
        filter: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[ApprovalRequest]:
        """Approval requests in the account.

        `GET /api/v2/approval-requests`

        Args:
            filter: Filter expression, such as `field:value`.
            expand: Comma-separated list of optional fields to include.
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ApprovalRequest`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `ApprovalRequests` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/api/v2/approval-requests",
                params=query_params(
                    {
                        "filter": filter,
                        "expand": expand,
                        "limit": limit,
                        "offset": offset,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    async def create_request_flag(
        self,
        *,
        resource_id: str,
        description: str,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        notify_member_ids: builtins.list[str] | Unset = UNSET,
        notify_team_keys: builtins.list[str] | Unset = UNSET,
        integration_config: FormVariableConfig | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ApprovalRequest:
        """Open an approval request.

        `POST /api/v2/approval-requests`

        Args:
            resource_id: The `resourceId` field of the request body.
            description: The `description` field of the request body.
            instructions: The `instructions` field of the request body.
            comment: The `comment` field of the request body.
            notify_member_ids: The `notifyMemberIds` field of the request body.
            notify_team_keys: The `notifyTeamKeys` field of the request body.
            integration_config: The `integrationConfig` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ApprovalRequest

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/api/v2/approval-requests",
                json=CreateApprovalRequestRequest(
                    resource_id=resource_id,
                    description=description,
                    instructions=as_models(Instruction, instructions),
                    comment=comment,
                    notify_member_ids=notify_member_ids,
                    notify_team_keys=notify_team_keys,
                    integration_config=as_model(FormVariableConfig, integration_config),
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create_request_flag,
        )

    async def get_request_by_id(
        self,
        id: str,
        *,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ApprovalRequest:
        """Get an approval request.

        `GET /api/v2/approval-requests/{id}`

        Args:
            id: Identifier of the resource.
            expand: Comma-separated list of optional fields to include.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ApprovalRequest

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/approval-requests/{encode_path(id)}",
                params=query_params(
                    {
                        "expand": expand,
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_request_by_id,
        )

    async def delete_request(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove an approval request.

        `DELETE /api/v2/approval-requests/{id}`

        Args:
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/approval-requests/{encode_path(id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_delete_request,
        )

    async def apply_request_flag(
        self,
        id: str,
        *,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ApprovalRequest:
        """Carry out an approved request.

        `POST /api/v2/approval-requests/{id}/apply`

        Args:
            id: Identifier of the resource.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ApprovalRequest

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/approval-requests/{encode_path(id)}/apply",
                json=ApplyApprovalRequest(comment=comment).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_apply_request_flag,
        )

    async def review_request(
        self,
        id: str,
        *,
        kind: ReviewApprovalRequestKind | str | Unset = UNSET,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ApprovalRequest:
        """Review an approval request.

        `POST /api/v2/approval-requests/{id}/reviews`

        Args:
            id: Identifier of the resource.
            kind: The `kind` field of the request body.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ApprovalRequest

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 404, 409, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/approval-requests/{encode_path(id)}/reviews",
                json=ReviewApprovalRequest(kind=kind, comment=comment).to_dict(),
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_review_request,
        )

    async def list_requests_for_flag(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> FlagApprovalRequests:
        """List approval requests on a flag.

        `GET /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/approval-requests`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FlagApprovalRequests

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/approval-requests",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_list_requests_for_flag,
        )

    async def create_request_for_flag(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        description: str,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        notify_member_ids: builtins.list[str] | Unset = UNSET,
        notify_team_keys: builtins.list[str] | Unset = UNSET,
        execution_date: int | Unset = UNSET,
        operating_on_id: str | Unset = UNSET,
        integration_config: FormVariableConfig | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ApprovalRequest:
        """Open an approval request on a flag.

        `POST /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/approval-requests`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            description: The `description` field of the request body.
            instructions: The `instructions` field of the request body.
            comment: The `comment` field of the request body.
            notify_member_ids: The `notifyMemberIds` field of the request body.
            notify_team_keys: The `notifyTeamKeys` field of the request body.
            execution_date: Milliseconds since the Unix epoch.
            operating_on_id: The `operatingOnId` field of the request body.
            integration_config: The `integrationConfig` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ApprovalRequest

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/approval-requests",
                json=CreateFlagApprovalRequest(
                    description=description,
                    instructions=as_models(Instruction, instructions),
                    comment=comment,
                    notify_member_ids=notify_member_ids,
                    notify_team_keys=notify_team_keys,
                    execution_date=execution_date,
                    operating_on_id=operating_on_id,
                    integration_config=as_model(FormVariableConfig, integration_config),
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create_request_for_flag,
        )

    async def create_flag_copy_request(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        description: str,
        source: SourceFlag | Mapping[str, Any],
        comment: str | Unset = UNSET,
        notify_member_ids: builtins.list[str] | Unset = UNSET,
        notify_team_keys: builtins.list[str] | Unset = UNSET,
        included_actions: builtins.list[CreateCopyFlagConfigApprovalRequestRequestIncludedActionsItem | str]
        | Unset = UNSET,
        excluded_actions: builtins.list[CreateCopyFlagConfigApprovalRequestRequestExcludedActionsItem | str]
        | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FlagConfigApprovalRequestResponse:
        """Add flag copy config approval request.

        `POST /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/approval-requests-flag-copy`

        Args:
            project_key: The `projectKey` path parameter.
            feature_flag_key: The `featureFlagKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            description: The `description` field of the request body.
            source: The `source` field of the request body.
            comment: The `comment` field of the request body.
            notify_member_ids: The `notifyMemberIds` field of the request body.
            notify_team_keys: The `notifyTeamKeys` field of the request body.
            included_actions: The `includedActions` field of the request body.
            excluded_actions: The `excludedActions` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FlagConfigApprovalRequestResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 409, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/approval-requests-flag-copy",
                json=CreateCopyFlagConfigApprovalRequestRequest(
                    description=description,
                    source=as_model(SourceFlag, source),
                    comment=comment,
                    notify_member_ids=notify_member_ids,
                    notify_team_keys=notify_team_keys,
                    included_actions=included_actions,
                    excluded_actions=excluded_actions,
                ).to_dict(),
                error_types=_ERRORS_5,
                options=request_options,
            ),
            cast=_parse_create_flag_copy_request,
        )

    async def single_request(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApprovalRequest:
        """Get an approval request on a flag.

        `GET /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/approval-requests/{id}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ApprovalRequest

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/approval-requests/{encode_path(id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_single_request,
        )

    async def delete_approval_request_flag(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete an approval request on a flag.

        `DELETE /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/approval-requests/{id}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/approval-requests/{encode_path(id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_delete_approval_request_flag,
        )

    async def apply_request_for_flag(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        id: str,
        *,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ApprovalRequest:
        """Carry out an approved request on a flag.

        `POST /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/approval-requests/{id}/apply`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            id: Identifier of the resource.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ApprovalRequest

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/approval-requests/{encode_path(id)}/apply",
                json=ApplyApprovalRequest(comment=comment).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_apply_request_for_flag,
        )

    async def review_flag_request(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        id: str,
        *,
        kind: PostApprovalRequestReviewRequestKind | str | Unset = UNSET,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FlagConfigApprovalRequestResponse:
        """Add approval request review for flag.

        `POST /api/v2/projects/{projectKey}/flags/{featureFlagKey}/environments/{environmentKey}/approval-requests/{id}/reviews`

        Args:
            project_key: The `projectKey` path parameter.
            feature_flag_key: The `featureFlagKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            id: The `id` path parameter.
            kind: The `kind` field of the request body.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FlagConfigApprovalRequestResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/flags/{encode_path(feature_flag_key)}/environments/{encode_path(environment_key)}/approval-requests/{encode_path(id)}/reviews",
                json=PostApprovalRequestReviewRequest(kind=kind, comment=comment).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_review_flag_request,
        )

    create_request_flag_0 = create_request_for_flag  # the previous SDK's name for it

    apply_request_flag_0 = apply_request_for_flag  # the previous SDK's name for it


class AsyncApprovalsResourceWithRawResponse:
    """`approvals` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncApprovalsResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create_request_flag = to_async_raw_response(resource.create_request_flag)
        self.get_request_by_id = to_async_raw_response(resource.get_request_by_id)
        self.delete_request = to_async_raw_response(resource.delete_request)
        self.apply_request_flag = to_async_raw_response(resource.apply_request_flag)
        self.review_request = to_async_raw_response(resource.review_request)
        self.list_requests_for_flag = to_async_raw_response(resource.list_requests_for_flag)
        self.create_request_for_flag = to_async_raw_response(resource.create_request_for_flag)
        self.create_request_flag_0 = self.create_request_for_flag
        self.create_flag_copy_request = to_async_raw_response(resource.create_flag_copy_request)
        self.single_request = to_async_raw_response(resource.single_request)
        self.delete_approval_request_flag = to_async_raw_response(resource.delete_approval_request_flag)
        self.apply_request_for_flag = to_async_raw_response(resource.apply_request_for_flag)
        self.apply_request_flag_0 = self.apply_request_for_flag
        self.review_flag_request = to_async_raw_response(resource.review_flag_request)
