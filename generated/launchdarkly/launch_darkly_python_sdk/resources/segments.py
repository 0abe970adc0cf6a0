"""Operations on `client.segments`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, header_values, jsonable, query_params
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
from ..models.big_segment_target import BigSegmentTarget
from ..models.context_instance import ContextInstance
from ..models.context_instance_segment_memberships import ContextInstanceSegmentMemberships
from ..models.expiring_target_get_response import ExpiringTargetGetResponse
from ..models.expiring_target_patch_response import ExpiringTargetPatchResponse
from ..models.expiring_user_target_get_response import ExpiringUserTargetGetResponse
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.instruction import Instruction
from ..models.instructions_input import InstructionsInput
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.patch_operation import PatchOperation
from ..models.patch_with_comment import PatchWithComment
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.segment_body import SegmentBody
from ..models.segment_user_list import SegmentUserList
from ..models.segment_user_state import SegmentUserState
from ..models.semantic_patch import SemanticPatch
from ..models.status_conflict_error_rep import StatusConflictErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..models.user_segment import UserSegment
from ..models.user_segments import UserSegments
from ..types import UNSET, Unset


def _parse_evaluate_segment_memberships(response: httpx.Response) -> ContextInstanceSegmentMemberships:
    return ContextInstanceSegmentMemberships.from_dict(response.json())


def _parse_get_segment_list(response: httpx.Response) -> UserSegments:
    return UserSegments.from_dict(response.json())


def _parse_create_segment(response: httpx.Response) -> UserSegment:
    return UserSegment.from_dict(response.json())


def _parse_single_segment_by_key(response: httpx.Response) -> UserSegment:
    return UserSegment.from_dict(response.json())


def _parse_remove_segment(response: httpx.Response) -> None:
    return None


def _parse_update_semantic_patch(response: httpx.Response) -> UserSegment:
    return UserSegment.from_dict(response.json())


def _parse_update_segment_semantic(response: httpx.Response) -> UserSegment:
    return UserSegment.from_dict(response.json())


def _parse_update_context_targets(response: httpx.Response) -> None:
    return None


def _parse_get_context_membership(response: httpx.Response) -> BigSegmentTarget:
    return BigSegmentTarget.from_dict(response.json())


def _parse_update_user_context_targets(response: httpx.Response) -> None:
    return None


def _parse_get_user_membership_status(response: httpx.Response) -> BigSegmentTarget:
    return BigSegmentTarget.from_dict(response.json())


def _parse_get_expiring_targets(response: httpx.Response) -> ExpiringTargetGetResponse:
    return ExpiringTargetGetResponse.from_dict(response.json())


def _parse_update_expiring_targets_for_segment(response: httpx.Response) -> ExpiringTargetPatchResponse:
    return ExpiringTargetPatchResponse.from_dict(response.json())


def _parse_get_expiring_user_targets(response: httpx.Response) -> ExpiringUserTargetGetResponse:
    return ExpiringUserTargetGetResponse.from_dict(response.json())


def _parse_update_expiring_user_targets_for_segment(response: httpx.Response) -> ExpiringTargetPatchResponse:
    return ExpiringTargetPatchResponse.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_3: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_4: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    409: StatusConflictErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_5: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    409: StatusConflictErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_6: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class SegmentsResource:
    """Operations on `client.segments`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> SegmentsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return SegmentsResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> SegmentsResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def evaluate_segment_memberships(
        self,
        project_key: str,
        environment_key: str,
        *,
        body: ContextInstance | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> ContextInstanceSegmentMemberships:
        """Fetch context instance segments membership by env.

        `POST /api/v2/projects/{projectKey}/environments/{environmentKey}/segments/evaluate`

        Args:
            project_key: The `projectKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ContextInstanceSegmentMemberships

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 404.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/segments/evaluate",
                json=jsonable(as_model(ContextInstance, body)),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_evaluate_segment_memberships,
        )

    def get_segment_list(
        self,
        project_key: str,
        environment_key: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        filter: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[UserSegment]:
        """Segments in an environment.

        `GET /api/v2/segments/{projectKey}/{environmentKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            sort: Field to sort by; prefix `-` for descending order.
            filter: Filter expression, such as `field:value`.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `UserSegment`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `UserSegments` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/api/v2/segments/{encode_path(project_key)}/{encode_path(environment_key)}",
                params=query_params(
                    {
                        "limit": limit,
                        "offset": offset,
                        "sort": sort,
                        "filter": filter,
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_segment_list,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    def create_segment(
        self,
        project_key: str,
        environment_key: str,
        *,
        name: str,
        key: str,
        description: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        unbounded: bool | Unset = UNSET,
        unbounded_context_kind: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UserSegment:
        """Create a segment.

        `POST /api/v2/segments/{projectKey}/{environmentKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            name: The `name` field of the request body.
            key: The `key` field of the request body.
            description: The `description` field of the request body.
            tags: The `tags` field of the request body.
            unbounded: The `unbounded` field of the request body.
            unbounded_context_kind: The `unboundedContextKind` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UserSegment

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/segments/{encode_path(project_key)}/{encode_path(environment_key)}",
                json=SegmentBody(
                    name=name,
                    key=key,
                    description=description,
                    tags=tags,
                    unbounded=unbounded,
                    unbounded_context_kind=unbounded_context_kind,
                ).to_dict(),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_create_segment,
        )

    def single_segment_by_key(
        self,
        project_key: str,
        environment_key: str,
        segment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> UserSegment:
        """Get a segment.

        `GET /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            segment_key: Key of the segment.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UserSegment

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/segments/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(segment_key)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_single_segment_by_key,
        )

    def remove_segment(
        self,
        project_key: str,
        environment_key: str,
        segment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove a segment.

        `DELETE /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            segment_key: Key of the segment.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 409, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/segments/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(segment_key)}",
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_remove_segment,
        )

    def update_semantic_patch(
        self,
        project_key: str,
        environment_key: str,
        segment_key: str,
        *,
        patch: Sequence[PatchOperation | Mapping[str, Any]],
        dry_run: bool | Unset = UNSET,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UserSegment:
        """Change a segment.

        Accepts JSON Patch with a comment, or semantic-patch instructions using the semantic-patch media
        type.

        `PATCH /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            segment_key: Key of the segment.
            dry_run: Validate the change and return the result without saving it.
            patch: A list of JSON Patch operations applied in order.
            comment: Shown next to the change in the audit log.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UserSegment

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/segments/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(segment_key)}",
                params=query_params(
                    {
                        "dryRun": dry_run,
                    }
                ),
                json=PatchWithComment(patch=as_models(PatchOperation, patch), comment=comment).to_dict(),
                error_types=_ERRORS_5,
                options=request_options,
            ),
            cast=_parse_update_semantic_patch,
        )

    def update_segment_semantic(
        self,
        project_key: str,
        environment_key_: str,
        segment_key: str,
        *,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        dry_run: bool | Unset = UNSET,
        environment_key: str | Unset = UNSET,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UserSegment:
        """Change a segment.

        Accepts JSON Patch with a comment, or semantic-patch instructions using the semantic-patch media
        type.

        `PATCH /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}`

        Args:
            project_key: Key of the project.
            environment_key_: Key of the environment.
            segment_key: Key of the segment.
            dry_run: Validate the change and return the result without saving it.
            instructions: The `instructions` field of the request body.
            environment_key: Environment the instructions apply to, where relevant.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UserSegment

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/segments/{encode_path(project_key)}/{encode_path(environment_key_)}/{encode_path(segment_key)}",
                params=query_params(
                    {
                        "dryRun": dry_run,
                    }
                ),
                headers=header_values(
                    {
                        "Content-Type": "application/json; domain-model=launchdarkly.semanticpatch",
                    }
                ),
                json=SemanticPatch(
                    instructions=as_models(Instruction, instructions), environment_key=environment_key, comment=comment
                ).to_dict(),
                error_types=_ERRORS_5,
                options=request_options,
            ),
            cast=_parse_update_segment_semantic,
        )

    def update_context_targets(
        self,
        project_key: str,
        environment_key: str,
        segment_key: str,
        *,
        included: SegmentUserList | Mapping[str, Any] | Unset = UNSET,
        excluded: SegmentUserList | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Change big segment context targets.

        `POST /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/contexts`

        Args:
            project_key: The `projectKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            segment_key: The `segmentKey` path parameter.
            included: The `included` field of the request body.
            excluded: The `excluded` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/segments/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(segment_key)}/contexts",
                json=SegmentUserState(
                    included=as_model(SegmentUserList, included), excluded=as_model(SegmentUserList, excluded)
                ).to_dict(),
                error_types=_ERRORS_6,
                options=request_options,
            ),
            cast=_parse_update_context_targets,
        )

    def get_context_membership(
        self,
        project_key: str,
        environment_key: str,
        segment_key: str,
        context_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> BigSegmentTarget:
        """Big-segment membership of a context.

        `GET /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/contexts/{contextKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            segment_key: Key of the segment.
            context_key: Key of the context.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            BigSegmentTarget

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/segments/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(segment_key)}/contexts/{encode_path(context_key)}",
                error_types=_ERRORS_6,
                options=request_options,
            ),
            cast=_parse_get_context_membership,
        )

    def update_user_context_targets(
        self,
        project_key: str,
        environment_key: str,
        segment_key: str,
        *,
        included: SegmentUserList | Mapping[str, Any] | Unset = UNSET,
        excluded: SegmentUserList | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Change big segment targets.

        `POST /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/users`

        Args:
            project_key: The `projectKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            segment_key: The `segmentKey` path parameter.
            included: The `included` field of the request body.
            excluded: The `excluded` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/segments/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(segment_key)}/users",
                json=SegmentUserState(
                    included=as_model(SegmentUserList, included), excluded=as_model(SegmentUserList, excluded)
                ).to_dict(),
                error_types=_ERRORS_6,
                options=request_options,
            ),
            cast=_parse_update_user_context_targets,
        )

    def get_user_membership_status(
        self,
        project_key: str,
        environment_key: str,
        segment_key: str,
        user_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> BigSegmentTarget:
        """Fetch segment membership for user.

        `GET /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/users/{userKey}`

        Args:
            project_key: The `projectKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            segment_key: The `segmentKey` path parameter.
            user_key: The `userKey` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            BigSegmentTarget

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/segments/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(segment_key)}/users/{encode_path(user_key)}",
                error_types=_ERRORS_6,
                options=request_options,
            ),
            cast=_parse_get_user_membership_status,
        )

    def get_expiring_targets(
        self,
        project_key: str,
        segment_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ExpiringTargetGetResponse:
        """Expiring targets on a segment.

        `GET /api/v2/segments/{projectKey}/{segmentKey}/expiring-targets/{environmentKey}`

        Args:
            project_key: Key of the project.
            segment_key: Key of the segment.
            environment_key: Key of the environment.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ExpiringTargetGetResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/segments/{encode_path(project_key)}/{encode_path(segment_key)}/expiring-targets/{encode_path(environment_key)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_expiring_targets,
        )

    def update_expiring_targets_for_segment(
        self,
        project_key: str,
        segment_key: str,
        environment_key: str,
        *,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ExpiringTargetPatchResponse:
        """Change expiring targets on a segment.

        `PATCH /api/v2/segments/{projectKey}/{segmentKey}/expiring-targets/{environmentKey}`

        Args:
            project_key: Key of the project.
            segment_key: Key of the segment.
            environment_key: Key of the environment.
            instructions: The `instructions` field of the request body.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ExpiringTargetPatchResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/segments/{encode_path(project_key)}/{encode_path(segment_key)}/expiring-targets/{encode_path(environment_key)}",
                json=InstructionsInput(instructions=as_models(Instruction, instructions), comment=comment).to_dict(),
                error_types=_ERRORS_5,
                options=request_options,
            ),
            cast=_parse_update_expiring_targets_for_segment,
        )

    def get_expiring_user_targets(
        self,
        project_key: str,
        segment_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ExpiringUserTargetGetResponse:
        """Fetch expiring user targets for segment.

        `GET /api/v2/segments/{projectKey}/{segmentKey}/expiring-user-targets/{environmentKey}`

        Args:
            project_key: The `projectKey` path parameter.
            segment_key: The `segmentKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ExpiringUserTargetGetResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/segments/{encode_path(project_key)}/{encode_path(segment_key)}/expiring-user-targets/{encode_path(environment_key)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_expiring_user_targets,
        )

    def update_expiring_user_targets_for_segment(
        self,
        project_key: str,
        segment_key: str,
        environment_key: str,
        *,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ExpiringTargetPatchResponse:
        """Change expiring user targets on a segment.

        `PATCH /api/v2/segments/{projectKey}/{segmentKey}/expiring-user-targets/{environmentKey}`

        Args:
            project_key: Key of the project.
            segment_key: Key of the segment.
            environment_key: Key of the environment.
            instructions: The `instructions` field of the request body.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ExpiringTargetPatchResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/segments/{encode_path(project_key)}/{encode_path(segment_key)}/expiring-user-targets/{encode_path(environment_key)}",
                json=InstructionsInput(instructions=as_models(Instruction, instructions), comment=comment).to_dict(),
                error_types=_ERRORS_5,
                options=request_options,
            ),
            cast=_parse_update_expiring_user_targets_for_segment,
        )

    update_expiring_targets_for_segment_0 = update_expiring_user_targets_for_segment  # the previous SDK's name for it

    async def aevaluate_segment_memberships(
        self,
        project_key: str,
        environment_key: str,
        *,
        body: ContextInstance | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> ContextInstanceSegmentMemberships:
        """Coroutine twin of `evaluate_segment_memberships`: same arguments, same result, awaitable."""
        return await AsyncSegmentsResource(self._async_client()).evaluate_segment_memberships(
            project_key,
            environment_key,
            body=body,
            request_options=request_options,
        )

    async def aget_segment_list(
        self,
        project_key: str,
        environment_key: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        filter: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[UserSegment]:
        """Coroutine twin of `get_segment_list`: same arguments, same result, awaitable."""
        return await AsyncSegmentsResource(self._async_client()).get_segment_list(
            project_key,
            environment_key,
            limit=limit,
            offset=offset,
            sort=sort,
            filter=filter,
            max_items=max_items,
            request_options=request_options,
        )

    async def acreate_segment(
        self,
        project_key: str,
        environment_key: str,
        *,
        name: str,
        key: str,
        description: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        unbounded: bool | Unset = UNSET,
        unbounded_context_kind: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UserSegment:
        """Coroutine twin of `create_segment`: same arguments, same result, awaitable."""
        return await AsyncSegmentsResource(self._async_client()).create_segment(
            project_key,
            environment_key,
            name=name,
            key=key,
            description=description,
            tags=tags,
            unbounded=unbounded,
            unbounded_context_kind=unbounded_context_kind,
            request_options=request_options,
        )

    async def asingle_segment_by_key(
        self,
        project_key: str,
        environment_key: str,
        segment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> UserSegment:
        """Coroutine twin of `single_segment_by_key`: same arguments, same result, awaitable."""
        return await AsyncSegmentsResource(self._async_client()).single_segment_by_key(
            project_key,
            environment_key,
            segment_key,
            request_options=request_options,
        )

    async def aremove_segment(
        self,
        project_key: str,
        environment_key: str,
        segment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `remove_segment`: same arguments, same result, awaitable."""
        return await AsyncSegmentsResource(self._async_client()).remove_segment(
            project_key,
            environment_key,
            segment_key,
            request_options=request_options,
        )

    async def aupdate_semantic_patch(
        self,
        project_key: str,
        environment_key: str,
        segment_key: str,
        *,
        patch: Sequence[PatchOperation | Mapping[str, Any]],
        dry_run: bool | Unset = UNSET,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UserSegment:
        """Coroutine twin of `update_semantic_patch`: same arguments, same result, awaitable."""
        return await AsyncSegmentsResource(self._async_client()).update_semantic_patch(
            project_key,
            environment_key,
            segment_key,
            patch=patch,
            dry_run=dry_run,
            comment=comment,
            request_options=request_options,
        )

    async def aupdate_segment_semantic(
        self,
        project_key: str,
        environment_key_: str,
        segment_key: str,
        *,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        dry_run: bool | Unset = UNSET,
        environment_key: str | Unset = UNSET,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UserSegment:
        """Coroutine twin of `update_segment_semantic`: same arguments, same result, awaitable."""
        return await AsyncSegmentsResource(self._async_client()).update_segment_semantic(
            project_key,
            environment_key_,
            segment_key,
            instructions=instructions,
            dry_run=dry_run,
            environment_key=environment_key,
            comment=comment,
            request_options=request_options,
        )

    async def aupdate_context_targets(
        self,
        project_key: str,
        environment_key: str,
        segment_key: str,
        *,
        included: SegmentUserList | Mapping[str, Any] | Unset = UNSET,
        excluded: SegmentUserList | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `update_context_targets`: same arguments, same result, awaitable."""
        return await AsyncSegmentsResource(self._async_client()).update_context_targets(
            project_key,
            environment_key,
            segment_key,
            included=included,
            excluded=excluded,
            request_options=request_options,
        )

    async def aget_context_membership(
        self,
        project_key: str,
        environment_key: str,
        segment_key: str,
        context_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> BigSegmentTarget:
        """Coroutine twin of `get_context_membership`: same arguments, same result, awaitable."""
        return await AsyncSegmentsResource(self._async_client()).get_context_membership(
            project_key,
            environment_key,
            segment_key,
            context_key,
            request_options=request_options,
        )

    async def aupdate_user_context_targets(
        self,
        project_key: str,
        environment_key: str,
        segment_key: str,
        *,
        included: SegmentUserList | Mapping[str, Any] | Unset = UNSET,
        excluded: SegmentUserList | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `update_user_context_targets`: same arguments, same result, awaitable."""
        return await AsyncSegmentsResource(self._async_client()).update_user_context_targets(
            project_key,
            environment_key,
            segment_key,
            included=included,
            excluded=excluded,
            request_options=request_options,
        )

    async def aget_user_membership_status(
        self,
        project_key: str,
        environment_key: str,
        segment_key: str,
        user_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> BigSegmentTarget:
        """Coroutine twin of `get_user_membership_status`: same arguments, same result, awaitable."""
        return await AsyncSegmentsResource(self._async_client()).get_user_membership_status(
            project_key,
            environment_key,
            segment_key,
            user_key,
            request_options=request_options,
        )

    async def aget_expiring_targets(
        self,
        project_key: str,
        segment_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ExpiringTargetGetResponse:
        """Coroutine twin of `get_expiring_targets`: same arguments, same result, awaitable."""
        return await AsyncSegmentsResource(self._async_client()).get_expiring_targets(
            project_key,
            segment_key,
            environment_key,
            request_options=request_options,
        )

    async def aupdate_expiring_targets_for_segment(
        self,
        project_key: str,
        segment_key: str,
        environment_key: str,
        *,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ExpiringTargetPatchResponse:
        """Coroutine twin of `update_expiring_targets_for_segment`: same arguments, same result, awaitable."""
        return await AsyncSegmentsResource(self._async_client()).update_expiring_targets_for_segment(
            project_key,
            segment_key,
            environment_key,
            instructions=instructions,
            comment=comment,
            request_options=request_options,
        )

    async def aget_expiring_user_targets(
        self,
        project_key: str,
        segment_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ExpiringUserTargetGetResponse:
        """Coroutine twin of `get_expiring_user_targets`: same arguments, same result, awaitable."""
        return await AsyncSegmentsResource(self._async_client()).get_expiring_user_targets(
            project_key,
            segment_key,
            environment_key,
            request_options=request_options,
        )

    async def aupdate_expiring_user_targets_for_segment(
        self,
        project_key: str,
        segment_key: str,
        environment_key: str,
        *,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ExpiringTargetPatchResponse:
        """Coroutine twin of `update_expiring_user_targets_for_segment`: same arguments, same result, awaitable."""
        return await AsyncSegmentsResource(self._async_client()).update_expiring_user_targets_for_segment(
            project_key,
            segment_key,
            environment_key,
            instructions=instructions,
            comment=comment,
            request_options=request_options,
        )

    aupdate_expiring_targets_for_segment_0 = aupdate_expiring_user_targets_for_segment


class SegmentsResourceWithRawResponse:
    """`segments` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: SegmentsResource) -> None:
        self.evaluate_segment_memberships = to_raw_response(resource.evaluate_segment_memberships)
        self.get_segment_list = to_raw_response(resource.get_segment_list)
        self.create_segment = to_raw_response(resource.create_segment)
        self.single_segment_by_key = to_raw_response(resource.single_segment_by_key)
        self.remove_segment = to_raw_response(resource.remove_segment)
        self.update_semantic_patch = to_raw_response(resource.update_semantic_patch)
        self.update_segment_semantic = to_raw_response(resource.update_segment_semantic)
        self.update_context_targets = to_raw_response(resource.update_context_targets)
        self.get_context_membership = to_raw_response(resource.get_context_membership)
        self.update_user_context_targets = to_raw_response(resource.update_user_context_targets)
        self.get_user_membership_status = to_raw_response(resource.get_user_membership_status)
        self.get_expiring_targets = to_raw_response(resource.get_expiring_targets)
        self.update_expiring_targets_for_segment = to_raw_response(resource.update_expiring_targets_for_segment)
        self.get_expiring_user_targets = to_raw_response(resource.get_expiring_user_targets)
        self.update_expiring_user_targets_for_segment = to_raw_response(
            resource.update_expiring_user_targets_for_segment
        )
        self.update_expiring_targets_for_segment_0 = self.update_expiring_user_targets_for_segment


class AsyncSegmentsResource:
    """Operations on `client.segments`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSegmentsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncSegmentsResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncSegmentsResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    async def evaluate_segment_memberships(
        self,
        project_key: str,
        environment_key: str,
        *,
        body: ContextInstance | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> ContextInstanceSegmentMemberships:
        """Fetch context instance segments membership by env.

        `POST /api/v2/projects/{projectKey}/environments/{environmentKey}/segments/evaluate`

        Args:
            project_key: The `projectKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ContextInstanceSegmentMemberships

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 404.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/segments/evaluate",
                json=jsonable(as_model(ContextInstance, body)),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_evaluate_segment_memberships,
        )

    def get_segment_list(
        self,
        project_key: str,
        environment_key: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        filter: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[UserSegment]:
        """Segments in an environment.

        `GET /api/v2/segments/{projectKey}/{environmentKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            sort: Field to sort by; prefix `-` for descending order.
            filter: Filter expression, such as `field:value`.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `UserSegment`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `UserSegments` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/api/v2/segments/{encode_path(project_key)}/{encode_path(environment_key)}",
                params=query_params(
                    {
                        "limit": limit,
                        "offset": offset,
                        "sort": sort,
                        "filter": filter,
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_segment_list,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    async def create_segment(
        self,
        project_key: str,
        environment_key: str,
        *,
        name: str,
        key: str,
        description: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        unbounded: bool | Unset = UNSET,
        unbounded_context_kind: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UserSegment:
        """Create a segment.

        `POST /api/v2/segments/{projectKey}/{environmentKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            name: The `name` field of the request body.
            key: The `key` field of the request body.
            description: The `description` field of the request body.
            tags: The `tags` field of the request body.
            unbounded: The `unbounded` field of the request body.
            unbounded_context_kind: The `unboundedContextKind` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UserSegment

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/segments/{encode_path(project_key)}/{encode_path(environment_key)}",
                json=SegmentBody(
                    name=name,
                    key=key,
                    description=description,
                    tags=tags,
                    unbounded=unbounded,
                    unbounded_context_kind=unbounded_context_kind,
                ).to_dict(),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_create_segment,
        )

    async def single_segment_by_key(
        self,
        project_key: str,
        environment_key: str,
        segment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> UserSegment:
        """Get a segment.

        `GET /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            segment_key: Key of the segment.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UserSegment

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/segments/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(segment_key)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_single_segment_by_key,
        )

    async def remove_segment(
        self,
        project_key: str,
        environment_key: str,
        segment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove a segment.

        `DELETE /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            segment_key: Key of the segment.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 409, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/segments/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(segment_key)}",
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_remove_segment,
        )

    async def update_semantic_patch(
        self,
        project_key: str,
        environment_key: str,
        segment_key: str,
        *,
        patch: Sequence[PatchOperation | Mapping[str, Any]],
        dry_run: bool | Unset = UNSET,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UserSegment:
        """Change a segment.

        Accepts JSON Patch with a comment, or semantic-patch instructions using the semantic-patch media
        type.

        `PATCH /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            segment_key: Key of the segment.
            dry_run: Validate the change and return the result without saving it.
            patch: A list of JSON Patch operations applied in order.
            comment: Shown next to the change in the audit log.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UserSegment

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/segments/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(segment_key)}",
                params=query_params(
                    {
                        "dryRun": dry_run,
                    }
                ),
                json=PatchWithComment(patch=as_models(PatchOperation, patch), comment=comment).to_dict(),
                error_types=_ERRORS_5,
                options=request_options,
            ),
            cast=_parse_update_semantic_patch,
        )

    async def update_segment_semantic(
        self,
        project_key: str,
        environment_key_: str,
        segment_key: str,
        *,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        dry_run: bool | Unset = UNSET,
        environment_key: str | Unset = UNSET,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UserSegment:
        """Change a segment.

        Accepts JSON Patch with a comment, or semantic-patch instructions using the semantic-patch media
        type.

        `PATCH /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}`

        Args:
            project_key: Key of the project.
            environment_key_: Key of the environment.
            segment_key: Key of the segment.
            dry_run: Validate the change and return the result without saving it.
            instructions: The `instructions` field of the request body.
            environment_key: Environment the instructions apply to, where relevant.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            UserSegment

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/segments/{encode_path(project_key)}/{encode_path(environment_key_)}/{encode_path(segment_key)}",
                params=query_params(
                    {
                        "dryRun": dry_run,
                    }
                ),
                headers=header_values(
                    {
                        "Content-Type": "application/json; domain-model=launchdarkly.semanticpatch",
                    }
                ),
                json=SemanticPatch(
                    instructions=as_models(Instruction, instructions), environment_key=environment_key, comment=comment
                ).to_dict(),
                error_types=_ERRORS_5,
                options=request_options,
            ),
            cast=_parse_update_segment_semantic,
        )

    async def update_context_targets(
        self,
        project_key: str,
        environment_key: str,
        segment_key: str,
        *,
        included: SegmentUserList | Mapping[str, Any] | Unset = UNSET,
        excluded: SegmentUserList | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Change big segment context targets.

        `POST /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/contexts`

        Args:
            project_key: The `projectKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            segment_key: The `segmentKey` path parameter.
            included: The `included` field of the request body.
            excluded: The `excluded` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/segments/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(segment_key)}/contexts",
                json=SegmentUserState(
                    included=as_model(SegmentUserList, included), excluded=as_model(SegmentUserList, excluded)
                ).to_dict(),
                error_types=_ERRORS_6,
                options=request_options,
            ),
            cast=_parse_update_context_targets,
        )

    async def get_context_membership(
        self,
        project_key: str,
        environment_key: str,
        segment_key: str,
        context_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> BigSegmentTarget:
        """Big-segment membership of a context.

        `GET /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/contexts/{contextKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            segment_key: Key of the segment.
            context_key: Key of the context.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            BigSegmentTarget

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/segments/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(segment_key)}/contexts/{encode_path(context_key)}",
                error_types=_ERRORS_6,
                options=request_options,
            ),
            cast=_parse_get_context_membership,
        )

    async def update_user_context_targets(
        self,
        project_key: str,
        environment_key: str,
        segment_key: str,
        *,
        included: SegmentUserList | Mapping[str, Any] | Unset = UNSET,
        excluded: SegmentUserList | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Change big segment targets.

        `POST /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/users`

        Args:
            project_key: The `projectKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            segment_key: The `segmentKey` path parameter.
            included: The `included` field of the request body.
            excluded: The `excluded` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/segments/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(segment_key)}/users",
                json=SegmentUserState(
                    included=as_model(SegmentUserList, included), excluded=as_model(SegmentUserList, excluded)
                ).to_dict(),
                error_types=_ERRORS_6,
                options=request_options,
            ),
            cast=_parse_update_user_context_targets,
        )

    async def get_user_membership_status(
        self,
        project_key: str,
        environment_key: str,
        segment_key: str,
        user_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> BigSegmentTarget:
        """Fetch segment membership for user.

        `GET /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/users/{userKey}`

        Args:
            project_key: The `projectKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            segment_key: The `segmentKey` path parameter.
            user_key: The `userKey` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            BigSegmentTarget

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/segments/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(segment_key)}/users/{encode_path(user_key)}",
                error_types=_ERRORS_6,
                options=request_options,
            ),
            cast=_parse_get_user_membership_status,
        )

    async def get_expiring_targets(
        self,
        project_key: str,
        segment_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ExpiringTargetGetResponse:
        """Expiring targets on a segment.

        `GET /api/v2/segments/{projectKey}/{segmentKey}/expiring-targets/{environmentKey}`

        Args:
            project_key: Key of the project.
            segment_key: Key of the segment.
            environment_key: Key of the environment.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ExpiringTargetGetResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/segments/{encode_path(project_key)}/{encode_path(segment_key)}/expiring-targets/{encode_path(environment_key)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_expiring_targets,
        )

    async def update_expiring_targets_for_segment(
        self,
        project_key: str,
        segment_key: str,
        environment_key: str,
        *,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ExpiringTargetPatchResponse:
        """Change expiring targets on a segment.

        `PATCH /api/v2/segments/{projectKey}/{segmentKey}/expiring-targets/{environmentKey}`

        Args:
            project_key: Key of the project.
            segment_key: Key of the segment.
            environment_key: Key of the environment.
            instructions: The `instructions` field of the request body.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ExpiringTargetPatchResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/segments/{encode_path(project_key)}/{encode_path(segment_key)}/expiring-targets/{encode_path(environment_key)}",
                json=InstructionsInput(instructions=as_models(Instruction, instructions), comment=comment).to_dict(),
                error_types=_ERRORS_5,
                options=request_options,
            ),
            cast=_parse_update_expiring_targets_for_segment,
        )

    async def get_expiring_user_targets(
        self,
        project_key: str,
        segment_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ExpiringUserTargetGetResponse:
        """Fetch expiring user targets for segment.

        `GET /api/v2/segments/{projectKey}/{segmentKey}/expiring-user-targets/{environmentKey}`

        Args:
            project_key: The `projectKey` path parameter.
            segment_key: The `segmentKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ExpiringUserTargetGetResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/segments/{encode_path(project_key)}/{encode_path(segment_key)}/expiring-user-targets/{encode_path(environment_key)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_expiring_user_targets,
        )

    async def update_expiring_user_targets_for_segment(
        self,
        project_key: str,
        segment_key: str,
        environment_key: str,
        *,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ExpiringTargetPatchResponse:
        """Change expiring user targets on a segment.

        `PATCH /api/v2/segments/{projectKey}/{segmentKey}/expiring-user-targets/{environmentKey}`

        Args:
            project_key: Key of the project.
            segment_key: Key of the segment.
            environment_key: Key of the environment.
            instructions: The `instructions` field of the request body.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ExpiringTargetPatchResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/segments/{encode_path(project_key)}/{encode_path(segment_key)}/expiring-user-targets/{encode_path(environment_key)}",
                json=InstructionsInput(instructions=as_models(Instruction, instructions), comment=comment).to_dict(),
                error_types=_ERRORS_5,
                options=request_options,
            ),
            cast=_parse_update_expiring_user_targets_for_segment,
        )

    update_expiring_targets_for_segment_0 = update_expiring_user_targets_for_segment  # the previous SDK's name for it


class AsyncSegmentsResourceWithRawResponse:
    """`segments` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncSegmentsResource) -> None:
        self.evaluate_segment_memberships = to_async_raw_response(resource.evaluate_segment_memberships)
        self.get_segment_list = to_async_raw_response(resource.get_segment_list)
        self.create_segment = to_async_raw_response(resource.create_segment)
        self.single_segment_by_key = to_async_raw_response(resource.single_segment_by_key)
        self.remove_segment = to_async_raw_response(resource.remove_segment)
        self.update_semantic_patch = to_async_raw_response(resource.update_semantic_patch)
        self.update_segment_semantic = to_async_raw_response(resource.update_segment_semantic)
        self.update_context_targets = to_async_raw_response(resource.update_context_targets)
        self.get_context_membership = to_async_raw_response(resource.get_context_membership)
        self.update_user_context_targets = to_async_raw_response(resource.update_user_context_targets)
        self.get_user_membership_status = to_async_raw_response(resource.get_user_membership_status)
        self.get_expiring_targets = to_async_raw_response(resource.get_expiring_targets)
        self.update_expiring_targets_for_segment = to_async_raw_response(resource.update_expiring_targets_for_segment)
        self.get_expiring_user_targets = to_async_raw_response(resource.get_expiring_user_targets)
        self.update_expiring_user_targets_for_segment = to_async_raw_response(
            resource.update_expiring_user_targets_for_segment
        )
        self.update_expiring_targets_for_segment_0 = self.update_expiring_user_targets_for_segment
