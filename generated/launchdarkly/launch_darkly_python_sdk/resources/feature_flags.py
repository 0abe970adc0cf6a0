"""Operations on `client.feature_flags`."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, header_values, query_params
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
from ..models.expiring_target_get_response import ExpiringTargetGetResponse
from ..models.expiring_target_patch_response import ExpiringTargetPatchResponse
from ..models.expiring_user_target_patch_response import ExpiringUserTargetPatchResponse
from ..models.feature_flag import FeatureFlag
from ..models.feature_flag_body import FeatureFlagBody
from ..models.feature_flag_body_client_side_availability import FeatureFlagBodyClientSideAvailability
from ..models.feature_flag_body_custom_properties import FeatureFlagBodyCustomProperties
from ..models.feature_flag_body_purpose import FeatureFlagBodyPurpose
from ..models.feature_flag_status_across_environments import FeatureFlagStatusAcrossEnvironments
from ..models.feature_flag_statuses import FeatureFlagStatuses
from ..models.feature_flags import FeatureFlags
from ..models.flag_copy_config_environment import FlagCopyConfigEnvironment
from ..models.flag_copy_config_post import FlagCopyConfigPost
from ..models.flag_defaults_on_off import FlagDefaultsOnOff
from ..models.flag_status_rep import FlagStatusRep
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.instruction import Instruction
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.migration_settings_post import MigrationSettingsPost
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.patch_flags_request import PatchFlagsRequest
from ..models.patch_operation import PatchOperation
from ..models.patch_with_comment import PatchWithComment
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.semantic_patch import SemanticPatch
from ..models.status_conflict_error_rep import StatusConflictErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..models.variation import Variation
from ..types import UNSET, Unset


def _parse_across_environments(response: httpx.Response) -> FeatureFlagStatusAcrossEnvironments:
    return FeatureFlagStatusAcrossEnvironments.from_dict(response.json())


def _parse_list_flag_statuses(response: httpx.Response) -> FeatureFlagStatuses:
    return FeatureFlagStatuses.from_dict(response.json())


def _parse_get_status(response: httpx.Response) -> FlagStatusRep:
    return FlagStatusRep.from_dict(response.json())


def _parse_list(response: httpx.Response) -> FeatureFlags:
    return FeatureFlags.from_dict(response.json())


def _parse_create_feature_flag(response: httpx.Response) -> FeatureFlag:
    return FeatureFlag.from_dict(response.json())


def _parse_single_flag_by_key(response: httpx.Response) -> FeatureFlag:
    return FeatureFlag.from_dict(response.json())


def _parse_delete_flag(response: httpx.Response) -> None:
    return None


def _parse_update_feature_flag(response: httpx.Response) -> FeatureFlag:
    return FeatureFlag.from_dict(response.json())


def _parse_update_feature_flag_semantic(response: httpx.Response) -> FeatureFlag:
    return FeatureFlag.from_dict(response.json())


def _parse_copy_flag_settings(response: httpx.Response) -> FeatureFlag:
    return FeatureFlag.from_dict(response.json())


def _parse_get_context_instance_segments_membership_by_env(response: httpx.Response) -> ExpiringTargetGetResponse:
    return ExpiringTargetGetResponse.from_dict(response.json())


def _parse_update_expiring_context_targets(response: httpx.Response) -> ExpiringTargetPatchResponse:
    return ExpiringTargetPatchResponse.from_dict(response.json())


def _parse_list_expiring_user_targets(response: httpx.Response) -> ExpiringTargetGetResponse:
    return ExpiringTargetGetResponse.from_dict(response.json())


def _parse_update_expiring_user_targets(response: httpx.Response) -> ExpiringUserTargetPatchResponse:
    return ExpiringUserTargetPatchResponse.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
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
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    409: StatusConflictErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_4: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    409: StatusConflictErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_5: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    409: StatusConflictErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class FeatureFlagsResource:
    """Operations on `client.feature_flags`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> FeatureFlagsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return FeatureFlagsResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> FeatureFlagsResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def across_environments(
        self,
        project_key: str,
        feature_flag_key: str,
        *,
        env: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FeatureFlagStatusAcrossEnvironments:
        """Status of one flag in every environment.

        `GET /api/v2/flag-status/{projectKey}/{featureFlagKey}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            env: Only include settings for these environment keys.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FeatureFlagStatusAcrossEnvironments

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/flag-status/{encode_path(project_key)}/{encode_path(feature_flag_key)}",
                params=query_params(
                    {
                        "env": env,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_across_environments,
        )

    def list_flag_statuses(
        self,
        project_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> FeatureFlagStatuses:
        """Every flag status in one environment.

        `GET /api/v2/flag-statuses/{projectKey}/{environmentKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FeatureFlagStatuses

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/flag-statuses/{encode_path(project_key)}/{encode_path(environment_key)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_flag_statuses,
        )

    def get_status(
        self,
        project_key: str,
        environment_key: str,
        feature_flag_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> FlagStatusRep:
        """Status of one flag in an environment.

        `GET /api/v2/flag-statuses/{projectKey}/{environmentKey}/{featureFlagKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            feature_flag_key: Flag key.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FlagStatusRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/flag-statuses/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(feature_flag_key)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_status,
        )

    def list(
        self,
        project_key: str,
        *,
        env: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        archived: bool | Unset = UNSET,
        summary: bool | Unset = UNSET,
        filter: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        compare: bool | Unset = UNSET,
        expand: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[FeatureFlag]:
        """Feature flags in a project.

        Results are paged with `limit` and `offset`; `_links.next` points at the following page.

        `GET /api/v2/flags/{projectKey}`

        Args:
            project_key: Key of the project.
            env: Only include settings for these environment keys.
            tag: Only flags carrying this tag.
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            archived: Include archived items when true.
            summary: Return a shorter representation without per-environment detail.
            filter: Filter expression, such as `field:value`.
            sort: Field to sort by; prefix `-` for descending order.
            compare: Report which flags differ between the requested environments.
            expand: Comma-separated list of optional fields to include.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `FeatureFlag`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `FeatureFlags` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/api/v2/flags/{encode_path(project_key)}",
                params=query_params(
                    {
                        "env": env,
                        "tag": tag,
                        "limit": limit,
                        "offset": offset,
                        "archived": archived,
                        "summary": summary,
                        "filter": filter,
                        "sort": sort,
                        "compare": compare,
                        "expand": expand,
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_list,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    def create_feature_flag(
        self,
        project_key: str,
        *,
        name: str,
        key: str,
        clone: str | Unset = UNSET,
        description: str | Unset = UNSET,
        include_in_snippet: bool | Unset = UNSET,
        client_side_availability: FeatureFlagBodyClientSideAvailability | Mapping[str, Any] | Unset = UNSET,
        variations: Sequence[Variation | Mapping[str, Any]] | Unset = UNSET,
        temporary: bool | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        custom_properties: FeatureFlagBodyCustomProperties | Mapping[str, Any] | Unset = UNSET,
        defaults: FlagDefaultsOnOff | Mapping[str, Any] | Unset = UNSET,
        purpose: FeatureFlagBodyPurpose | str | Unset = UNSET,
        maintainer_id: str | Unset = UNSET,
        maintainer_team_key: str | Unset = UNSET,
        is_flag_on: bool | Unset = UNSET,
        migration_settings: MigrationSettingsPost | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FeatureFlag:
        """Add a feature flag.

        `POST /api/v2/flags/{projectKey}`

        Args:
            project_key: Key of the project.
            clone: Key of an existing flag to copy settings from.
            name: The `name` field of the request body.
            key: The `key` field of the request body.
            description: The `description` field of the request body.
            include_in_snippet: The `includeInSnippet` field of the request body.
            client_side_availability: The `clientSideAvailability` field of the request body.
            variations: The `variations` field of the request body.
            temporary: The `temporary` field of the request body.
            tags: The `tags` field of the request body.
            custom_properties: The `customProperties` field of the request body.
            defaults: Variations served by default when on and off.
            purpose: The `purpose` field of the request body.
            maintainer_id: The `maintainerId` field of the request body.
            maintainer_team_key: The `maintainerTeamKey` field of the request body.
            is_flag_on: The `isFlagOn` field of the request body.
            migration_settings: The `migrationSettings` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FeatureFlag

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 409, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/flags/{encode_path(project_key)}",
                params=query_params(
                    {
                        "clone": clone,
                    }
                ),
                json=FeatureFlagBody(
                    name=name,
                    key=key,
                    description=description,
                    include_in_snippet=include_in_snippet,
                    client_side_availability=as_model(FeatureFlagBodyClientSideAvailability, client_side_availability),
                    variations=as_models(Variation, variations),
                    temporary=temporary,
                    tags=tags,
                    custom_properties=as_model(FeatureFlagBodyCustomProperties, custom_properties),
                    defaults=as_model(FlagDefaultsOnOff, defaults),
                    purpose=purpose,
                    maintainer_id=maintainer_id,
                    maintainer_team_key=maintainer_team_key,
                    is_flag_on=is_flag_on,
                    migration_settings=as_model(MigrationSettingsPost, migration_settings),
                ).to_dict(),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_create_feature_flag,
        )

    def single_flag_by_key(
        self,
        project_key: str,
        feature_flag_key: str,
        *,
        env: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FeatureFlag:
        """Get a feature flag.

        `GET /api/v2/flags/{projectKey}/{featureFlagKey}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            env: Only include settings for these environment keys.
            expand: Comma-separated list of optional fields to include.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FeatureFlag

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(feature_flag_key)}",
                params=query_params(
                    {
                        "env": env,
                        "expand": expand,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_single_flag_by_key,
        )

    def delete_flag(
        self,
        project_key: str,
        feature_flag_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a feature flag.

        `DELETE /api/v2/flags/{projectKey}/{featureFlagKey}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 404, 409, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(feature_flag_key)}",
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_delete_flag,
        )

    def update_feature_flag(
        self,
        project_key: str,
        feature_flag_key: str,
        *,
        patch: Sequence[PatchOperation | Mapping[str, Any]],
        ignore_conflicts: bool | Unset = UNSET,
        dry_run: bool | Unset = UNSET,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FeatureFlag:
        """Change a feature flag.

        Send JSON Patch operations with an optional comment, or send semantic-patch instructions using
        the semantic-patch media type.

        `PATCH /api/v2/flags/{projectKey}/{featureFlagKey}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            ignore_conflicts: Save even if the change conflicts with pending changes.
            dry_run: Validate the change and return the result without saving it.
            patch: A list of JSON Patch operations applied in order.
            comment: Shown next to the change in the audit log.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FeatureFlag

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 404, 409, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(feature_flag_key)}",
                params=query_params(
                    {
                        "ignoreConflicts": ignore_conflicts,
                        "dryRun": dry_run,
                    }
                ),
                json=PatchWithComment(patch=as_models(PatchOperation, patch), comment=comment).to_dict(),
                error_types=_ERRORS_5,
                options=request_options,
            ),
            cast=_parse_update_feature_flag,
        )

    def update_feature_flag_semantic(
        self,
        project_key: str,
        feature_flag_key: str,
        *,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        ignore_conflicts: bool | Unset = UNSET,
        dry_run: bool | Unset = UNSET,
        environment_key: str | Unset = UNSET,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FeatureFlag:
        """Change a feature flag.

        Send JSON Patch operations with an optional comment, or send semantic-patch instructions using
        the semantic-patch media type.

        `PATCH /api/v2/flags/{projectKey}/{featureFlagKey}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            ignore_conflicts: Save even if the change conflicts with pending changes.
            dry_run: Validate the change and return the result without saving it.
            instructions: The `instructions` field of the request body.
            environment_key: Environment the instructions apply to, where relevant.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FeatureFlag

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 404, 409, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(feature_flag_key)}",
                params=query_params(
                    {
                        "ignoreConflicts": ignore_conflicts,
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
            cast=_parse_update_feature_flag_semantic,
        )

    def copy_flag_settings(
        self,
        project_key: str,
        feature_flag_key: str,
        *,
        source: FlagCopyConfigEnvironment | Mapping[str, Any],
        target: FlagCopyConfigEnvironment | Mapping[str, Any],
        comment: str | Unset = UNSET,
        included_actions: builtins.list[str] | Unset = UNSET,
        excluded_actions: builtins.list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FeatureFlag:
        """Copy flag settings between environments.

        `POST /api/v2/flags/{projectKey}/{featureFlagKey}/copy`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            source: An environment and, optionally, the flag version expected there.
            target: An environment and, optionally, the flag version expected there.
            comment: The `comment` field of the request body.
            included_actions: The `includedActions` field of the request body.
            excluded_actions: The `excludedActions` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FeatureFlag

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 409, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(feature_flag_key)}/copy",
                json=FlagCopyConfigPost(
                    source=as_model(FlagCopyConfigEnvironment, source),
                    target=as_model(FlagCopyConfigEnvironment, target),
                    comment=comment,
                    included_actions=included_actions,
                    excluded_actions=excluded_actions,
                ).to_dict(),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_copy_flag_settings,
        )

    def get_context_instance_segments_membership_by_env(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ExpiringTargetGetResponse:
        """Fetch expiring context targets.

        `GET /api/v2/flags/{projectKey}/{featureFlagKey}/expiring-targets/{environmentKey}`

        Args:
            project_key: The `projectKey` path parameter.
            feature_flag_key: The `featureFlagKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ExpiringTargetGetResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(feature_flag_key)}/expiring-targets/{encode_path(environment_key)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_context_instance_segments_membership_by_env,
        )

    def update_expiring_context_targets(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ExpiringTargetPatchResponse:
        """Change expiring targets.

        `PATCH /api/v2/flags/{projectKey}/{featureFlagKey}/expiring-targets/{environmentKey}`

        Args:
            project_key: The `projectKey` path parameter.
            feature_flag_key: The `featureFlagKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            instructions: The `instructions` field of the request body.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ExpiringTargetPatchResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(feature_flag_key)}/expiring-targets/{encode_path(environment_key)}",
                json=PatchFlagsRequest(instructions=as_models(Instruction, instructions), comment=comment).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update_expiring_context_targets,
        )

    def list_expiring_user_targets(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ExpiringTargetGetResponse:
        """Expiring user targets on a flag.

        `GET /api/v2/flags/{projectKey}/{featureFlagKey}/expiring-user-targets/{environmentKey}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ExpiringTargetGetResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(feature_flag_key)}/expiring-user-targets/{encode_path(environment_key)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_expiring_user_targets,
        )

    def update_expiring_user_targets(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ExpiringUserTargetPatchResponse:
        """Change expiring user targets.

        `PATCH /api/v2/flags/{projectKey}/{featureFlagKey}/expiring-user-targets/{environmentKey}`

        Args:
            project_key: The `projectKey` path parameter.
            feature_flag_key: The `featureFlagKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            instructions: The `instructions` field of the request body.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ExpiringUserTargetPatchResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(feature_flag_key)}/expiring-user-targets/{encode_path(environment_key)}",
                json=PatchFlagsRequest(instructions=as_models(Instruction, instructions), comment=comment).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update_expiring_user_targets,
        )

    async def aacross_environments(
        self,
        project_key: str,
        feature_flag_key: str,
        *,
        env: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FeatureFlagStatusAcrossEnvironments:
        """Coroutine twin of `across_environments`: same arguments, same result, awaitable."""
        return await AsyncFeatureFlagsResource(self._async_client()).across_environments(
            project_key,
            feature_flag_key,
            env=env,
            request_options=request_options,
        )

    async def alist_flag_statuses(
        self,
        project_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> FeatureFlagStatuses:
        """Coroutine twin of `list_flag_statuses`: same arguments, same result, awaitable."""
        return await AsyncFeatureFlagsResource(self._async_client()).list_flag_statuses(
            project_key,
            environment_key,
            request_options=request_options,
        )

    async def aget_status(
        self,
        project_key: str,
        environment_key: str,
        feature_flag_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> FlagStatusRep:
        """Coroutine twin of `get_status`: same arguments, same result, awaitable."""
        return await AsyncFeatureFlagsResource(self._async_client()).get_status(
            project_key,
            environment_key,
            feature_flag_key,
            request_options=request_options,
        )

    async def alist(
        self,
        project_key: str,
        *,
        env: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        archived: bool | Unset = UNSET,
        summary: bool | Unset = UNSET,
        filter: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        compare: bool | Unset = UNSET,
        expand: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[FeatureFlag]:
        """Coroutine twin of `list`: same arguments, same result, awaitable."""
        return await AsyncFeatureFlagsResource(self._async_client()).list(
            project_key,
            env=env,
            tag=tag,
            limit=limit,
            offset=offset,
            archived=archived,
            summary=summary,
            filter=filter,
            sort=sort,
            compare=compare,
            expand=expand,
            max_items=max_items,
            request_options=request_options,
        )

    async def acreate_feature_flag(
        self,
        project_key: str,
        *,
        name: str,
        key: str,
        clone: str | Unset = UNSET,
        description: str | Unset = UNSET,
        include_in_snippet: bool | Unset = UNSET,
        client_side_availability: FeatureFlagBodyClientSideAvailability | Mapping[str, Any] | Unset = UNSET,
        variations: Sequence[Variation | Mapping[str, Any]] | Unset = UNSET,
        temporary: bool | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        custom_properties: FeatureFlagBodyCustomProperties | Mapping[str, Any] | Unset = UNSET,
        defaults: FlagDefaultsOnOff | Mapping[str, Any] | Unset = UNSET,
        purpose: FeatureFlagBodyPurpose | str | Unset = UNSET,
        maintainer_id: str | Unset = UNSET,
        maintainer_team_key: str | Unset = UNSET,
        is_flag_on: bool | Unset = UNSET,
        migration_settings: MigrationSettingsPost | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FeatureFlag:
        """Coroutine twin of `create_feature_flag`: same arguments, same result, awaitable."""
        return await AsyncFeatureFlagsResource(self._async_client()).create_feature_flag(
            project_key,
            name=name,
            key=key,
            clone=clone,
            description=description,
            include_in_snippet=include_in_snippet,
            client_side_availability=client_side_availability,
            variations=variations,
            temporary=temporary,
            tags=tags,
            custom_properties=custom_properties,
            defaults=defaults,
            purpose=purpose,
            maintainer_id=maintainer_id,
            maintainer_team_key=maintainer_team_key,
            is_flag_on=is_flag_on,
            migration_settings=migration_settings,
            request_options=request_options,
        )

    async def asingle_flag_by_key(
        self,
        project_key: str,
        feature_flag_key: str,
        *,
        env: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FeatureFlag:
        """Coroutine twin of `single_flag_by_key`: same arguments, same result, awaitable."""
        return await AsyncFeatureFlagsResource(self._async_client()).single_flag_by_key(
            project_key,
            feature_flag_key,
            env=env,
            expand=expand,
            request_options=request_options,
        )

    async def adelete_flag(
        self,
        project_key: str,
        feature_flag_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `delete_flag`: same arguments, same result, awaitable."""
        return await AsyncFeatureFlagsResource(self._async_client()).delete_flag(
            project_key,
            feature_flag_key,
            request_options=request_options,
        )

    async def aupdate_feature_flag(
        self,
        project_key: str,
        feature_flag_key: str,
        *,
        patch: Sequence[PatchOperation | Mapping[str, Any]],
        ignore_conflicts: bool | Unset = UNSET,
        dry_run: bool | Unset = UNSET,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FeatureFlag:
        """Coroutine twin of `update_feature_flag`: same arguments, same result, awaitable."""
        return await AsyncFeatureFlagsResource(self._async_client()).update_feature_flag(
            project_key,
            feature_flag_key,
            patch=patch,
            ignore_conflicts=ignore_conflicts,
            dry_run=dry_run,
            comment=comment,
            request_options=request_options,
        )

    async def aupdate_feature_flag_semantic(
        self,
        project_key: str,
        feature_flag_key: str,
        *,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        ignore_conflicts: bool | Unset = UNSET,
        dry_run: bool | Unset = UNSET,
        environment_key: str | Unset = UNSET,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FeatureFlag:
        """Coroutine twin of `update_feature_flag_semantic`: same arguments, same result, awaitable."""
        return await AsyncFeatureFlagsResource(self._async_client()).update_feature_flag_semantic(
            project_key,
            feature_flag_key,
            instructions=instructions,
            ignore_conflicts=ignore_conflicts,
            dry_run=dry_run,
            environment_key=environment_key,
            comment=comment,
            request_options=request_options,
        )

    async def acopy_flag_settings(
        self,
        project_key: str,
        feature_flag_key: str,
        *,
        source: FlagCopyConfigEnvironment | Mapping[str, Any],
        target: FlagCopyConfigEnvironment | Mapping[str, Any],
        comment: str | Unset = UNSET,
        included_actions: builtins.list[str] | Unset = UNSET,
        excluded_actions: builtins.list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FeatureFlag:
        """Coroutine twin of `copy_flag_settings`: same arguments, same result, awaitable."""
        return await AsyncFeatureFlagsResource(self._async_client()).copy_flag_settings(
            project_key,
            feature_flag_key,
            source=source,
            target=target,
            comment=comment,
            included_actions=included_actions,
            excluded_actions=excluded_actions,
            request_options=request_options,
        )

    async def aget_context_instance_segments_membership_by_env(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ExpiringTargetGetResponse:
        """Coroutine twin of `get_context_instance_segments_membership_by_env`: same arguments, same result, awaitable."""
        return await AsyncFeatureFlagsResource(self._async_client()).get_context_instance_segments_membership_by_env(
            project_key,
            feature_flag_key,
            environment_key,
            request_options=request_options,
        )

    async def aupdate_expiring_context_targets(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ExpiringTargetPatchResponse:
        """Coroutine twin of `update_expiring_context_targets`: same arguments, same result, awaitable."""
        return await AsyncFeatureFlagsResource(self._async_client()).update_expiring_context_targets(
            project_key,
            feature_flag_key,
            environment_key,
            instructions=instructions,
            comment=comment,
            request_options=request_options,
        )

    async def alist_expiring_user_targets(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ExpiringTargetGetResponse:
        """Coroutine twin of `list_expiring_user_targets`: same arguments, same result, awaitable."""
        return await AsyncFeatureFlagsResource(self._async_client()).list_expiring_user_targets(
            project_key,
            feature_flag_key,
            environment_key,
            request_options=request_options,
        )

    async def aupdate_expiring_user_targets(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ExpiringUserTargetPatchResponse:
        """Coroutine twin of `update_expiring_user_targets`: same arguments, same result, awaitable."""
        return await AsyncFeatureFlagsResource(self._async_client()).update_expiring_user_targets(
            project_key,
            feature_flag_key,
            environment_key,
            instructions=instructions,
            comment=comment,
            request_options=request_options,
        )


class FeatureFlagsResourceWithRawResponse:
    """`feature_flags` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: FeatureFlagsResource) -> None:
        self.across_environments = to_raw_response(resource.across_environments)
        self.list_flag_statuses = to_raw_response(resource.list_flag_statuses)
        self.get_status = to_raw_response(resource.get_status)
        self.list = to_raw_response(resource.list)
        self.create_feature_flag = to_raw_response(resource.create_feature_flag)
        self.single_flag_by_key = to_raw_response(resource.single_flag_by_key)
        self.delete_flag = to_raw_response(resource.delete_flag)
        self.update_feature_flag = to_raw_response(resource.update_feature_flag)
        self.update_feature_flag_semantic = to_raw_response(resource.update_feature_flag_semantic)
        self.copy_flag_settings = to_raw_response(resource.copy_flag_settings)
        self.get_context_instance_segments_membership_by_env = to_raw_response(
            resource.get_context_instance_segments_membership_by_env
        )
        self.update_expiring_context_targets = to_raw_response(resource.update_expiring_context_targets)
        self.list_expiring_user_targets = to_raw_response(resource.list_expiring_user_targets)
        self.update_expiring_user_targets = to_raw_response(resource.update_expiring_user_targets)


class AsyncFeatureFlagsResource:
    """Operations on `client.feature_flags`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncFeatureFlagsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncFeatureFlagsResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncFeatureFlagsResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    async def across_environments(
        self,
        project_key: str,
        feature_flag_key: str,
        *,
        env: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FeatureFlagStatusAcrossEnvironments:
        """Status of one flag in every environment.

        `GET /api/v2/flag-status/{projectKey}/{featureFlagKey}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            env: Only include settings for these environment keys.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FeatureFlagStatusAcrossEnvironments

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/flag-status/{encode_path(project_key)}/{encode_path(feature_flag_key)}",
                params=query_params(
                    {
                        "env": env,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_across_environments,
        )

    async def list_flag_statuses(
        self,
        project_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> FeatureFlagStatuses:
        """Every flag status in one environment.

        `GET /api/v2/flag-statuses/{projectKey}/{environmentKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FeatureFlagStatuses

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/flag-statuses/{encode_path(project_key)}/{encode_path(environment_key)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_flag_statuses,
        )

    async def get_status(
        self,
        project_key: str,
        environment_key: str,
        feature_flag_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> FlagStatusRep:
        """Status of one flag in an environment.

        `GET /api/v2/flag-statuses/{projectKey}/{environmentKey}/{featureFlagKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            feature_flag_key: Flag key.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FlagStatusRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/flag-statuses/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(feature_flag_key)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_status,
        )

    def list(
        self,
        project_key: str,
        *,
        env: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        archived: bool | Unset = UNSET,
        summary: bool | Unset = UNSET,
        filter: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        compare: bool | Unset = UNSET,
        expand: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[FeatureFlag]:
        """Feature flags in a project.

        Results are paged with `limit` and `offset`; `_links.next` points at the following page.

        `GET /api/v2/flags/{projectKey}`

        Args:
            project_key: Key of the project.
            env: Only include settings for these environment keys.
            tag: Only flags carrying this tag.
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            archived: Include archived items when true.
            summary: Return a shorter representation without per-environment detail.
            filter: Filter expression, such as `field:value`.
            sort: Field to sort by; prefix `-` for descending order.
            compare: Report which flags differ between the requested environments.
            expand: Comma-separated list of optional fields to include.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `FeatureFlag`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `FeatureFlags` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/api/v2/flags/{encode_path(project_key)}",
                params=query_params(
                    {
                        "env": env,
                        "tag": tag,
                        "limit": limit,
                        "offset": offset,
                        "archived": archived,
                        "summary": summary,
                        "filter": filter,
                        "sort": sort,
                        "compare": compare,
                        "expand": expand,
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_list,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="totalCount"),
            items=("items",),
            max_items=max_items,
        )

    async def create_feature_flag(
        self,
        project_key: str,
        *,
        name: str,
        key: str,
        clone: str | Unset = UNSET,
        description: str | Unset = UNSET,
        include_in_snippet: bool | Unset = UNSET,
        client_side_availability: FeatureFlagBodyClientSideAvailability | Mapping[str, Any] | Unset = UNSET,
        variations: Sequence[Variation | Mapping[str, Any]] | Unset = UNSET,
        temporary: bool | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        custom_properties: FeatureFlagBodyCustomProperties | Mapping[str, Any] | Unset = UNSET,
        defaults: FlagDefaultsOnOff | Mapping[str, Any] | Unset = UNSET,
        purpose: FeatureFlagBodyPurpose | str | Unset = UNSET,
        maintainer_id: str | Unset = UNSET,
        maintainer_team_key: str | Unset = UNSET,
        is_flag_on: bool | Unset = UNSET,
        migration_settings: MigrationSettingsPost | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FeatureFlag:
        """Add a feature flag.

        `POST /api/v2/flags/{projectKey}`

        Args:
            project_key: Key of the project.
            clone: Key of an existing flag to copy settings from.
            name: The `name` field of the request body.
            key: The `key` field of the request body.
            description: The `description` field of the request body.
            include_in_snippet: The `includeInSnippet` field of the request body.
            client_side_availability: The `clientSideAvailability` field of the request body.
            variations: The `variations` field of the request body.
            temporary: The `temporary` field of the request body.
            tags: The `tags` field of the request body.
            custom_properties: The `customProperties` field of the request body.
            defaults: Variations served by default when on and off.
            purpose: The `purpose` field of the request body.
            maintainer_id: The `maintainerId` field of the request body.
            maintainer_team_key: The `maintainerTeamKey` field of the request body.
            is_flag_on: The `isFlagOn` field of the request body.
            migration_settings: The `migrationSettings` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FeatureFlag

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 409, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/flags/{encode_path(project_key)}",
                params=query_params(
                    {
                        "clone": clone,
                    }
                ),
                json=FeatureFlagBody(
                    name=name,
                    key=key,
                    description=description,
                    include_in_snippet=include_in_snippet,
                    client_side_availability=as_model(FeatureFlagBodyClientSideAvailability, client_side_availability),
                    variations=as_models(Variation, variations),
                    temporary=temporary,
                    tags=tags,
                    custom_properties=as_model(FeatureFlagBodyCustomProperties, custom_properties),
                    defaults=as_model(FlagDefaultsOnOff, defaults),
                    purpose=purpose,
                    maintainer_id=maintainer_id,
                    maintainer_team_key=maintainer_team_key,
                    is_flag_on=is_flag_on,
                    migration_settings=as_model(MigrationSettingsPost, migration_settings),
                ).to_dict(),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_create_feature_flag,
        )

    async def single_flag_by_key(
        self,
        project_key: str,
        feature_flag_key: str,
        *,
        env: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FeatureFlag:
        """Get a feature flag.

        `GET /api/v2/flags/{projectKey}/{featureFlagKey}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            env: Only include settings for these environment keys.
            expand: Comma-separated list of optional fields to include.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FeatureFlag

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(feature_flag_key)}",
                params=query_params(
                    {
                        "env": env,
                        "expand": expand,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_single_flag_by_key,
        )

    async def delete_flag(
        self,
        project_key: str,
        feature_flag_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a feature flag.

        `DELETE /api/v2/flags/{projectKey}/{featureFlagKey}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 404, 409, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(feature_flag_key)}",
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_delete_flag,
        )

    async def update_feature_flag(
        self,
        project_key: str,
        feature_flag_key: str,
        *,
        patch: Sequence[PatchOperation | Mapping[str, Any]],
        ignore_conflicts: bool | Unset = UNSET,
        dry_run: bool | Unset = UNSET,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FeatureFlag:
        """Change a feature flag.

        Send JSON Patch operations with an optional comment, or send semantic-patch instructions using
        the semantic-patch media type.

        `PATCH /api/v2/flags/{projectKey}/{featureFlagKey}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            ignore_conflicts: Save even if the change conflicts with pending changes.
            dry_run: Validate the change and return the result without saving it.
            patch: A list of JSON Patch operations applied in order.
            comment: Shown next to the change in the audit log.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FeatureFlag

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 404, 409, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(feature_flag_key)}",
                params=query_params(
                    {
                        "ignoreConflicts": ignore_conflicts,
                        "dryRun": dry_run,
                    }
                ),
                json=PatchWithComment(patch=as_models(PatchOperation, patch), comment=comment).to_dict(),
                error_types=_ERRORS_5,
                options=request_options,
            ),
            cast=_parse_update_feature_flag,
        )

    async def update_feature_flag_semantic(
        self,
        project_key: str,
        feature_flag_key: str,
        *,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        ignore_conflicts: bool | Unset = UNSET,
        dry_run: bool | Unset = UNSET,
        environment_key: str | Unset = UNSET,
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FeatureFlag:
        """Change a feature flag.

        Send JSON Patch operations with an optional comment, or send semantic-patch instructions using
        the semantic-patch media type.

        `PATCH /api/v2/flags/{projectKey}/{featureFlagKey}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            ignore_conflicts: Save even if the change conflicts with pending changes.
            dry_run: Validate the change and return the result without saving it.
            instructions: The `instructions` field of the request body.
            environment_key: Environment the instructions apply to, where relevant.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FeatureFlag

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 404, 409, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(feature_flag_key)}",
                params=query_params(
                    {
                        "ignoreConflicts": ignore_conflicts,
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
            cast=_parse_update_feature_flag_semantic,
        )

    async def copy_flag_settings(
        self,
        project_key: str,
        feature_flag_key: str,
        *,
        source: FlagCopyConfigEnvironment | Mapping[str, Any],
        target: FlagCopyConfigEnvironment | Mapping[str, Any],
        comment: str | Unset = UNSET,
        included_actions: builtins.list[str] | Unset = UNSET,
        excluded_actions: builtins.list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FeatureFlag:
        """Copy flag settings between environments.

        `POST /api/v2/flags/{projectKey}/{featureFlagKey}/copy`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            source: An environment and, optionally, the flag version expected there.
            target: An environment and, optionally, the flag version expected there.
            comment: The `comment` field of the request body.
            included_actions: The `includedActions` field of the request body.
            excluded_actions: The `excludedActions` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FeatureFlag

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 409, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(feature_flag_key)}/copy",
                json=FlagCopyConfigPost(
                    source=as_model(FlagCopyConfigEnvironment, source),
                    target=as_model(FlagCopyConfigEnvironment, target),
                    comment=comment,
                    included_actions=included_actions,
                    excluded_actions=excluded_actions,
                ).to_dict(),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_copy_flag_settings,
        )

    async def get_context_instance_segments_membership_by_env(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ExpiringTargetGetResponse:
        """Fetch expiring context targets.

        `GET /api/v2/flags/{projectKey}/{featureFlagKey}/expiring-targets/{environmentKey}`

        Args:
            project_key: The `projectKey` path parameter.
            feature_flag_key: The `featureFlagKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ExpiringTargetGetResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(feature_flag_key)}/expiring-targets/{encode_path(environment_key)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_context_instance_segments_membership_by_env,
        )

    async def update_expiring_context_targets(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ExpiringTargetPatchResponse:
        """Change expiring targets.

        `PATCH /api/v2/flags/{projectKey}/{featureFlagKey}/expiring-targets/{environmentKey}`

        Args:
            project_key: The `projectKey` path parameter.
            feature_flag_key: The `featureFlagKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            instructions: The `instructions` field of the request body.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ExpiringTargetPatchResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(feature_flag_key)}/expiring-targets/{encode_path(environment_key)}",
                json=PatchFlagsRequest(instructions=as_models(Instruction, instructions), comment=comment).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update_expiring_context_targets,
        )

    async def list_expiring_user_targets(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ExpiringTargetGetResponse:
        """Expiring user targets on a flag.

        `GET /api/v2/flags/{projectKey}/{featureFlagKey}/expiring-user-targets/{environmentKey}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ExpiringTargetGetResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(feature_flag_key)}/expiring-user-targets/{encode_path(environment_key)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_expiring_user_targets,
        )

    async def update_expiring_user_targets(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        *,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ExpiringUserTargetPatchResponse:
        """Change expiring user targets.

        `PATCH /api/v2/flags/{projectKey}/{featureFlagKey}/expiring-user-targets/{environmentKey}`

        Args:
            project_key: The `projectKey` path parameter.
            feature_flag_key: The `featureFlagKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            instructions: The `instructions` field of the request body.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ExpiringUserTargetPatchResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(feature_flag_key)}/expiring-user-targets/{encode_path(environment_key)}",
                json=PatchFlagsRequest(instructions=as_models(Instruction, instructions), comment=comment).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update_expiring_user_targets,
        )


class AsyncFeatureFlagsResourceWithRawResponse:
    """`feature_flags` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncFeatureFlagsResource) -> None:
        self.across_environments = to_async_raw_response(resource.across_environments)
        self.list_flag_statuses = to_async_raw_response(resource.list_flag_statuses)
        self.get_status = to_async_raw_response(resource.get_status)
        self.list = to_async_raw_response(resource.list)
        self.create_feature_flag = to_async_raw_response(resource.create_feature_flag)
        self.single_flag_by_key = to_async_raw_response(resource.single_flag_by_key)
        self.delete_flag = to_async_raw_response(resource.delete_flag)
        self.update_feature_flag = to_async_raw_response(resource.update_feature_flag)
        self.update_feature_flag_semantic = to_async_raw_response(resource.update_feature_flag_semantic)
        self.copy_flag_settings = to_async_raw_response(resource.copy_flag_settings)
        self.get_context_instance_segments_membership_by_env = to_async_raw_response(
            resource.get_context_instance_segments_membership_by_env
        )
        self.update_expiring_context_targets = to_async_raw_response(resource.update_expiring_context_targets)
        self.list_expiring_user_targets = to_async_raw_response(resource.list_expiring_user_targets)
        self.update_expiring_user_targets = to_async_raw_response(resource.update_expiring_user_targets)
