"""Operations on `client.code_references`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, jsonable, query_params
from .._core._request import ApiRequest
from .._core._types import as_models
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.branch_collection_rep import BranchCollectionRep
from ..models.branch_rep import BranchRep
from ..models.extinction import Extinction
from ..models.extinction_collection_rep import ExtinctionCollectionRep
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.patch_operation import PatchOperation
from ..models.put_branch import PutBranch
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.reference_rep import ReferenceRep
from ..models.repository_collection_rep import RepositoryCollectionRep
from ..models.repository_post import RepositoryPost
from ..models.repository_post_type import RepositoryPostType
from ..models.repository_rep import RepositoryRep
from ..models.statistic_collection_rep import StatisticCollectionRep
from ..models.statistics_root import StatisticsRoot
from ..models.status_conflict_error_rep import StatusConflictErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, Unset


def _parse_list_extinctions(response: httpx.Response) -> ExtinctionCollectionRep:
    return ExtinctionCollectionRep.from_dict(response.json())


def _parse_list_repositories(response: httpx.Response) -> RepositoryCollectionRep:
    return RepositoryCollectionRep.from_dict(response.json())


def _parse_create_repository(response: httpx.Response) -> RepositoryRep:
    return RepositoryRep.from_dict(response.json())


def _parse_get_repository_by_repo(response: httpx.Response) -> RepositoryRep:
    return RepositoryRep.from_dict(response.json())


def _parse_delete_repository(response: httpx.Response) -> None:
    return None


def _parse_update_repository_settings(response: httpx.Response) -> RepositoryRep:
    return RepositoryRep.from_dict(response.json())


def _parse_asynchronously_delete_branches(response: httpx.Response) -> None:
    return None


def _parse_list_branches(response: httpx.Response) -> BranchCollectionRep:
    return BranchCollectionRep.from_dict(response.json())


def _parse_get_branch(response: httpx.Response) -> BranchRep:
    return BranchRep.from_dict(response.json())


def _parse_upsert_branch(response: httpx.Response) -> None:
    return None


def _parse_create_extinction(response: httpx.Response) -> None:
    return None


def _parse_get_statistics(response: httpx.Response) -> StatisticsRoot:
    return StatisticsRoot.from_dict(response.json())


def _parse_get_project_statistics(response: httpx.Response) -> StatisticCollectionRep:
    return StatisticCollectionRep.from_dict(response.json())


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
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_4: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    409: StatusConflictErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_5: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class CodeReferencesResource:
    """Operations on `client.code_references`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> CodeReferencesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return CodeReferencesResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> CodeReferencesResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_extinctions(
        self,
        *,
        repo_name: str | Unset = UNSET,
        branch_name: str | Unset = UNSET,
        proj_key: str | Unset = UNSET,
        flag_key: str | Unset = UNSET,
        from_: int | Unset = UNSET,
        to: int | Unset = UNSET,
        _from: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ExtinctionCollectionRep:
        """Fetch extinctions.

        `GET /api/v2/code-refs/extinctions`

        Args:
            repo_name: The `repoName` query parameter.
            branch_name: The `branchName` query parameter.
            proj_key: The `projKey` query parameter.
            flag_key: The `flagKey` query parameter.
            from_: The `from` query parameter.
            to: The `to` query parameter.
            _from: Another name for `from_` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ExtinctionCollectionRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 429.
        """
        if not isinstance(_from, Unset):
            from_ = _from
        return self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/code-refs/extinctions",
                params=query_params(
                    {
                        "repoName": repo_name,
                        "branchName": branch_name,
                        "projKey": proj_key,
                        "flagKey": flag_key,
                        "from": from_,
                        "to": to,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_extinctions,
        )

    def list_repositories(
        self,
        *,
        with_branches: str | Unset = UNSET,
        with_references_for_default_branch: str | Unset = UNSET,
        proj_key: str | Unset = UNSET,
        flag_key: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RepositoryCollectionRep:
        """List code-reference repositories.

        `GET /api/v2/code-refs/repositories`

        Args:
            with_branches: Include branch details.
            with_references_for_default_branch: Include references found on the default branch.
            proj_key: Only references in this project.
            flag_key: Only data for this flag.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RepositoryCollectionRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/code-refs/repositories",
                params=query_params(
                    {
                        "withBranches": with_branches,
                        "withReferencesForDefaultBranch": with_references_for_default_branch,
                        "projKey": proj_key,
                        "flagKey": flag_key,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_repositories,
        )

    def create_repository(
        self,
        *,
        name: str,
        source_link: str | Unset = UNSET,
        commit_url_template: str | Unset = UNSET,
        hunk_url_template: str | Unset = UNSET,
        type: RepositoryPostType | str | Unset = UNSET,
        default_branch: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RepositoryRep:
        """Register a repository.

        `POST /api/v2/code-refs/repositories`

        Args:
            name: The `name` field of the request body.
            source_link: The `sourceLink` field of the request body.
            commit_url_template: The `commitUrlTemplate` field of the request body.
            hunk_url_template: The `hunkUrlTemplate` field of the request body.
            type: The `type` field of the request body.
            default_branch: The `defaultBranch` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RepositoryRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 409, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/api/v2/code-refs/repositories",
                json=RepositoryPost(
                    name=name,
                    source_link=source_link,
                    commit_url_template=commit_url_template,
                    hunk_url_template=hunk_url_template,
                    type_=type,
                    default_branch=default_branch,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_repository,
        )

    def get_repository_by_repo(
        self,
        repo: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RepositoryRep:
        """Get a repository.

        `GET /api/v2/code-refs/repositories/{repo}`

        Args:
            repo: Name of the repository.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RepositoryRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/code-refs/repositories/{encode_path(repo)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_repository_by_repo,
        )

    def delete_repository(
        self,
        repo: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove a repository.

        `DELETE /api/v2/code-refs/repositories/{repo}`

        Args:
            repo: Name of the repository.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/code-refs/repositories/{encode_path(repo)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_delete_repository,
        )

    def update_repository_settings(
        self,
        repo: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> RepositoryRep:
        """Change a repository.

        `PATCH /api/v2/code-refs/repositories/{repo}`

        Args:
            repo: Name of the repository.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RepositoryRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/code-refs/repositories/{encode_path(repo)}",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_update_repository_settings,
        )

    def asynchronously_delete_branches(
        self,
        repo: str,
        *,
        body: list[str],
        request_options: RequestOptions | None = None,
    ) -> None:
        """Queue branches for deletion.

        `POST /api/v2/code-refs/repositories/{repo}/branch-delete-tasks`

        Args:
            repo: Name of the repository.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/code-refs/repositories/{encode_path(repo)}/branch-delete-tasks",
                json=jsonable(body),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_asynchronously_delete_branches,
        )

    def list_branches(
        self,
        repo: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> BranchCollectionRep:
        """List branches of a repository.

        `GET /api/v2/code-refs/repositories/{repo}/branches`

        Args:
            repo: Name of the repository.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            BranchCollectionRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/code-refs/repositories/{encode_path(repo)}/branches",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_list_branches,
        )

    def get_branch(
        self,
        repo: str,
        branch: str,
        *,
        proj_key: str | Unset = UNSET,
        flag_key: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> BranchRep:
        """Fetch branch.

        `GET /api/v2/code-refs/repositories/{repo}/branches/{branch}`

        Args:
            repo: The `repo` path parameter.
            branch: The `branch` path parameter.
            proj_key: The `projKey` query parameter.
            flag_key: The `flagKey` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            BranchRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/code-refs/repositories/{encode_path(repo)}/branches/{encode_path(branch)}",
                params=query_params(
                    {
                        "projKey": proj_key,
                        "flagKey": flag_key,
                    }
                ),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_branch,
        )

    def upsert_branch(
        self,
        repo: str,
        branch: str,
        *,
        name: str,
        head: str,
        sync_time: int,
        update_sequence_id: int | Unset = UNSET,
        references: Sequence[ReferenceRep | Mapping[str, Any]] | Unset = UNSET,
        commit_time: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Set branch.

        `PUT /api/v2/code-refs/repositories/{repo}/branches/{branch}`

        Args:
            repo: The `repo` path parameter.
            branch: The `branch` path parameter.
            name: The `name` field of the request body.
            head: The `head` field of the request body.
            sync_time: Milliseconds since the Unix epoch.
            update_sequence_id: The `updateSequenceId` field of the request body.
            references: The `references` field of the request body.
            commit_time: Milliseconds since the Unix epoch.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/api/v2/code-refs/repositories/{encode_path(repo)}/branches/{encode_path(branch)}",
                json=PutBranch(
                    name=name,
                    head=head,
                    sync_time=sync_time,
                    update_sequence_id=update_sequence_id,
                    references=as_models(ReferenceRep, references),
                    commit_time=commit_time,
                ).to_dict(),
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_upsert_branch,
        )

    def create_extinction(
        self,
        repo: str,
        branch: str,
        *,
        body: Sequence[Extinction | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> None:
        """Add extinction.

        `POST /api/v2/code-refs/repositories/{repo}/branches/{branch}/extinction-events`

        Args:
            repo: The `repo` path parameter.
            branch: The `branch` path parameter.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/code-refs/repositories/{encode_path(repo)}/branches/{encode_path(branch)}/extinction-events",
                json=jsonable(as_models(Extinction, body)),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_create_extinction,
        )

    def get_statistics(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatisticsRoot:
        """Links to code-reference statistics.

        `GET /api/v2/code-refs/statistics`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            StatisticsRoot

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/code-refs/statistics",
                error_types=_ERRORS_5,
                options=request_options,
            ),
            cast=_parse_get_statistics,
        )

    def get_project_statistics(
        self,
        project_key: str,
        *,
        flag_key: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> StatisticCollectionRep:
        """Reference counts for a project.

        `GET /api/v2/code-refs/statistics/{projectKey}`

        Args:
            project_key: Key of the project.
            flag_key: Only data for this flag.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            StatisticCollectionRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/code-refs/statistics/{encode_path(project_key)}",
                params=query_params(
                    {
                        "flagKey": flag_key,
                    }
                ),
                error_types=_ERRORS_5,
                options=request_options,
            ),
            cast=_parse_get_project_statistics,
        )

    get_statistics_0 = get_project_statistics  # the previous SDK's name for it

    async def alist_extinctions(
        self,
        *,
        repo_name: str | Unset = UNSET,
        branch_name: str | Unset = UNSET,
        proj_key: str | Unset = UNSET,
        flag_key: str | Unset = UNSET,
        from_: int | Unset = UNSET,
        to: int | Unset = UNSET,
        _from: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ExtinctionCollectionRep:
        """Coroutine twin of `list_extinctions`: same arguments, same result, awaitable."""
        return await AsyncCodeReferencesResource(self._async_client()).list_extinctions(
            repo_name=repo_name,
            branch_name=branch_name,
            proj_key=proj_key,
            flag_key=flag_key,
            from_=from_,
            to=to,
            _from=_from,
            request_options=request_options,
        )

    async def alist_repositories(
        self,
        *,
        with_branches: str | Unset = UNSET,
        with_references_for_default_branch: str | Unset = UNSET,
        proj_key: str | Unset = UNSET,
        flag_key: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RepositoryCollectionRep:
        """Coroutine twin of `list_repositories`: same arguments, same result, awaitable."""
        return await AsyncCodeReferencesResource(self._async_client()).list_repositories(
            with_branches=with_branches,
            with_references_for_default_branch=with_references_for_default_branch,
            proj_key=proj_key,
            flag_key=flag_key,
            request_options=request_options,
        )

    async def acreate_repository(
        self,
        *,
        name: str,
        source_link: str | Unset = UNSET,
        commit_url_template: str | Unset = UNSET,
        hunk_url_template: str | Unset = UNSET,
        type: RepositoryPostType | str | Unset = UNSET,
        default_branch: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RepositoryRep:
        """Coroutine twin of `create_repository`: same arguments, same result, awaitable."""
        return await AsyncCodeReferencesResource(self._async_client()).create_repository(
            name=name,
            source_link=source_link,
            commit_url_template=commit_url_template,
            hunk_url_template=hunk_url_template,
            type=type,
            default_branch=default_branch,
            request_options=request_options,
        )

    async def aget_repository_by_repo(
        self,
        repo: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RepositoryRep:
        """Coroutine twin of `get_repository_by_repo`: same arguments, same result, awaitable."""
        return await AsyncCodeReferencesResource(self._async_client()).get_repository_by_repo(
            repo,
            request_options=request_options,
        )

    async def adelete_repository(
        self,
        repo: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `delete_repository`: same arguments, same result, awaitable."""
        return await AsyncCodeReferencesResource(self._async_client()).delete_repository(
            repo,
            request_options=request_options,
        )

    async def aupdate_repository_settings(
        self,
        repo: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> RepositoryRep:
        """Coroutine twin of `update_repository_settings`: same arguments, same result, awaitable."""
        return await AsyncCodeReferencesResource(self._async_client()).update_repository_settings(
            repo,
            body=body,
            request_options=request_options,
        )

    async def aasynchronously_delete_branches(
        self,
        repo: str,
        *,
        body: list[str],
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `asynchronously_delete_branches`: same arguments, same result, awaitable."""
        return await AsyncCodeReferencesResource(self._async_client()).asynchronously_delete_branches(
            repo,
            body=body,
            request_options=request_options,
        )

    async def alist_branches(
        self,
        repo: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> BranchCollectionRep:
        """Coroutine twin of `list_branches`: same arguments, same result, awaitable."""
        return await AsyncCodeReferencesResource(self._async_client()).list_branches(
            repo,
            request_options=request_options,
        )

    async def aget_branch(
        self,
        repo: str,
        branch: str,
        *,
        proj_key: str | Unset = UNSET,
        flag_key: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> BranchRep:
        """Coroutine twin of `get_branch`: same arguments, same result, awaitable."""
        return await AsyncCodeReferencesResource(self._async_client()).get_branch(
            repo,
            branch,
            proj_key=proj_key,
            flag_key=flag_key,
            request_options=request_options,
        )

    async def aupsert_branch(
        self,
        repo: str,
        branch: str,
        *,
        name: str,
        head: str,
        sync_time: int,
        update_sequence_id: int | Unset = UNSET,
        references: Sequence[ReferenceRep | Mapping[str, Any]] | Unset = UNSET,
        commit_time: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `upsert_branch`: same arguments, same result, awaitable."""
        return await AsyncCodeReferencesResource(self._async_client()).upsert_branch(
            repo,
            branch,
            name=name,
            head=head,
            sync_time=sync_time,
            update_sequence_id=update_sequence_id,
            references=references,
            commit_time=commit_time,
            request_options=request_options,
        )

    async def acreate_extinction(
        self,
        repo: str,
        branch: str,
        *,
        body: Sequence[Extinction | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `create_extinction`: same arguments, same result, awaitable."""
        return await AsyncCodeReferencesResource(self._async_client()).create_extinction(
            repo,
            branch,
            body=body,
            request_options=request_options,
        )

    async def aget_statistics(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatisticsRoot:
        """Coroutine twin of `get_statistics`: same arguments, same result, awaitable."""
        return await AsyncCodeReferencesResource(self._async_client()).get_statistics(
            request_options=request_options,
        )

    async def aget_project_statistics(
        self,
        project_key: str,
        *,
        flag_key: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> StatisticCollectionRep:
        """Coroutine twin of `get_project_statistics`: same arguments, same result, awaitable."""
        return await AsyncCodeReferencesResource(self._async_client()).get_project_statistics(
            project_key,
            flag_key=flag_key,
            request_options=request_options,
        )

    aget_statistics_0 = aget_project_statistics


class CodeReferencesResourceWithRawResponse:
    """`code_references` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: CodeReferencesResource) -> None:
        self.list_extinctions = to_raw_response(resource.list_extinctions)
        self.list_repositories = to_raw_response(resource.list_repositories)
        self.create_repository = to_raw_response(resource.create_repository)
        self.get_repository_by_repo = to_raw_response(resource.get_repository_by_repo)
        self.delete_repository = to_raw_response(resource.delete_repository)
        self.update_repository_settings = to_raw_response(resource.update_repository_settings)
        self.asynchronously_delete_branches = to_raw_response(resource.asynchronously_delete_branches)
        self.list_branches = to_raw_response(resource.list_branches)
        self.get_branch = to_raw_response(resource.get_branch)
        self.upsert_branch = to_raw_response(resource.upsert_branch)
        self.create_extinction = to_raw_response(resource.create_extinction)
        self.get_statistics = to_raw_response(resource.get_statistics)
        self.get_project_statistics = to_raw_response(resource.get_project_statistics)
        self.get_statistics_0 = self.get_project_statistics


class AsyncCodeReferencesResource:
    """Operations on `client.code_references`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCodeReferencesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncCodeReferencesResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncCodeReferencesResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    async def list_extinctions(
        self,
        *,
        repo_name: str | Unset = UNSET,
        branch_name: str | Unset = UNSET,
        proj_key: str | Unset = UNSET,
        flag_key: str | Unset = UNSET,
        from_: int | Unset = UNSET,
        to: int | Unset = UNSET,
        _from: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ExtinctionCollectionRep:
        """Fetch extinctions.

        `GET /api/v2/code-refs/extinctions`

        Args:
            repo_name: The `repoName` query parameter.
            branch_name: The `branchName` query parameter.
            proj_key: The `projKey` query parameter.
            flag_key: The `flagKey` query parameter.
            from_: The `from` query parameter.
            to: The `to` query parameter.
            _from: Another name for `from_` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ExtinctionCollectionRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 429.
        """
        if not isinstance(_from, Unset):
            from_ = _from
        return await self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/code-refs/extinctions",
                params=query_params(
                    {
                        "repoName": repo_name,
                        "branchName": branch_name,
                        "projKey": proj_key,
                        "flagKey": flag_key,
                        "from": from_,
                        "to": to,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_extinctions,
        )

    async def list_repositories(
        self,
        *,
        with_branches: str | Unset = UNSET,
        with_references_for_default_branch: str | Unset = UNSET,
        proj_key: str | Unset = UNSET,
        flag_key: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RepositoryCollectionRep:
        """List code-reference repositories.

        `GET /api/v2/code-refs/repositories`

        Args:
            with_branches: Include branch details.
            with_references_for_default_branch: Include references found on the default branch.
            proj_key: Only references in this project.
            flag_key: Only data for this flag.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RepositoryCollectionRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/code-refs/repositories",
                params=query_params(
                    {
                        "withBranches": with_branches,
                        "withReferencesForDefaultBranch": with_references_for_default_branch,
                        "projKey": proj_key,
                        "flagKey": flag_key,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_repositories,
        )

    async def create_repository(
        self,
        *,
        name: str,
        source_link: str | Unset = UNSET,
        commit_url_template: str | Unset = UNSET,
        hunk_url_template: str | Unset = UNSET,
        type: RepositoryPostType | str | Unset = UNSET,
        default_branch: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> RepositoryRep:
        """Register a repository.

        `POST /api/v2/code-refs/repositories`

        Args:
            name: The `name` field of the request body.
            source_link: The `sourceLink` field of the request body.
            commit_url_template: The `commitUrlTemplate` field of the request body.
            hunk_url_template: The `hunkUrlTemplate` field of the request body.
            type: The `type` field of the request body.
            default_branch: The `defaultBranch` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RepositoryRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 409, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/api/v2/code-refs/repositories",
                json=RepositoryPost(
                    name=name,
                    source_link=source_link,
                    commit_url_template=commit_url_template,
                    hunk_url_template=hunk_url_template,
                    type_=type,
                    default_branch=default_branch,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_repository,
        )

    async def get_repository_by_repo(
        self,
        repo: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RepositoryRep:
        """Get a repository.

        `GET /api/v2/code-refs/repositories/{repo}`

        Args:
            repo: Name of the repository.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RepositoryRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/code-refs/repositories/{encode_path(repo)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_repository_by_repo,
        )

    async def delete_repository(
        self,
        repo: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove a repository.

        `DELETE /api/v2/code-refs/repositories/{repo}`

        Args:
            repo: Name of the repository.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/code-refs/repositories/{encode_path(repo)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_delete_repository,
        )

    async def update_repository_settings(
        self,
        repo: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> RepositoryRep:
        """Change a repository.

        `PATCH /api/v2/code-refs/repositories/{repo}`

        Args:
            repo: Name of the repository.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RepositoryRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/code-refs/repositories/{encode_path(repo)}",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_update_repository_settings,
        )

    async def asynchronously_delete_branches(
        self,
        repo: str,
        *,
        body: list[str],
        request_options: RequestOptions | None = None,
    ) -> None:
        """Queue branches for deletion.

        `POST /api/v2/code-refs/repositories/{repo}/branch-delete-tasks`

        Args:
            repo: Name of the repository.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/code-refs/repositories/{encode_path(repo)}/branch-delete-tasks",
                json=jsonable(body),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_asynchronously_delete_branches,
        )

    async def list_branches(
        self,
        repo: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> BranchCollectionRep:
        """List branches of a repository.

        `GET /api/v2/code-refs/repositories/{repo}/branches`

        Args:
            repo: Name of the repository.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            BranchCollectionRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/code-refs/repositories/{encode_path(repo)}/branches",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_list_branches,
        )

    async def get_branch(
        self,
        repo: str,
        branch: str,
        *,
        proj_key: str | Unset = UNSET,
        flag_key: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> BranchRep:
        """Fetch branch.

        `GET /api/v2/code-refs/repositories/{repo}/branches/{branch}`

        Args:
            repo: The `repo` path parameter.
            branch: The `branch` path parameter.
            proj_key: The `projKey` query parameter.
            flag_key: The `flagKey` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            BranchRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/code-refs/repositories/{encode_path(repo)}/branches/{encode_path(branch)}",
                params=query_params(
                    {
                        "projKey": proj_key,
                        "flagKey": flag_key,
                    }
                ),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_branch,
        )

    async def upsert_branch(
        self,
        repo: str,
        branch: str,
        *,
        name: str,
        head: str,
        sync_time: int,
        update_sequence_id: int | Unset = UNSET,
        references: Sequence[ReferenceRep | Mapping[str, Any]] | Unset = UNSET,
        commit_time: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Set branch.

        `PUT /api/v2/code-refs/repositories/{repo}/branches/{branch}`

        Args:
            repo: The `repo` path parameter.
            branch: The `branch` path parameter.
            name: The `name` field of the request body.
            head: The `head` field of the request body.
            sync_time: Milliseconds since the Unix epoch.
            update_sequence_id: The `updateSequenceId` field of the request body.
            references: The `references` field of the request body.
            commit_time: Milliseconds since the Unix epoch.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/api/v2/code-refs/repositories/{encode_path(repo)}/branches/{encode_path(branch)}",
                json=PutBranch(
                    name=name,
                    head=head,
                    sync_time=sync_time,
                    update_sequence_id=update_sequence_id,
                    references=as_models(ReferenceRep, references),
                    commit_time=commit_time,
                ).to_dict(),
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_upsert_branch,
        )

    async def create_extinction(
        self,
        repo: str,
        branch: str,
        *,
        body: Sequence[Extinction | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> None:
        """Add extinction.

        `POST /api/v2/code-refs/repositories/{repo}/branches/{branch}/extinction-events`

        Args:
            repo: The `repo` path parameter.
            branch: The `branch` path parameter.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/code-refs/repositories/{encode_path(repo)}/branches/{encode_path(branch)}/extinction-events",
                json=jsonable(as_models(Extinction, body)),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_create_extinction,
        )

    async def get_statistics(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> StatisticsRoot:
        """Links to code-reference statistics.

        `GET /api/v2/code-refs/statistics`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            StatisticsRoot

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/code-refs/statistics",
                error_types=_ERRORS_5,
                options=request_options,
            ),
            cast=_parse_get_statistics,
        )

    async def get_project_statistics(
        self,
        project_key: str,
        *,
        flag_key: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> StatisticCollectionRep:
        """Reference counts for a project.

        `GET /api/v2/code-refs/statistics/{projectKey}`

        Args:
            project_key: Key of the project.
            flag_key: Only data for this flag.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            StatisticCollectionRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/code-refs/statistics/{encode_path(project_key)}",
                params=query_params(
                    {
                        "flagKey": flag_key,
                    }
                ),
                error_types=_ERRORS_5,
                options=request_options,
            ),
            cast=_parse_get_project_statistics,
        )

    get_statistics_0 = get_project_statistics  # the previous SDK's name for it


class AsyncCodeReferencesResourceWithRawResponse:
    """`code_references` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncCodeReferencesResource) -> None:
        self.list_extinctions = to_async_raw_response(resource.list_extinctions)
        self.list_repositories = to_async_raw_response(resource.list_repositories)
        self.create_repository = to_async_raw_response(resource.create_repository)
        self.get_repository_by_repo = to_async_raw_response(resource.get_repository_by_repo)
        self.delete_repository = to_async_raw_response(resource.delete_repository)
        self.update_repository_settings = to_async_raw_response(resource.update_repository_settings)
        self.asynchronously_delete_branches = to_async_raw_response(resource.asynchronously_delete_branches)
        self.list_branches = to_async_raw_response(resource.list_branches)
        self.get_branch = to_async_raw_response(resource.get_branch)
        self.upsert_branch = to_async_raw_response(resource.upsert_branch)
        self.create_extinction = to_async_raw_response(resource.create_extinction)
        self.get_statistics = to_async_raw_response(resource.get_statistics)
        self.get_project_statistics = to_async_raw_response(resource.get_project_statistics)
        self.get_statistics_0 = self.get_project_statistics
