"""Operations on `client.notebooks`."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any

import httpx

from .. import models as _models
from .._core import _decode as decode
from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest
from .._core._types import as_model
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    PageNumberStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.archive_update_request_15 import ArchiveUpdateRequest15
from ..models.error_model import Error
from ..models.get_notebooks_order_dir import GetNotebooksOrderDir
from ..models.notebook import Notebook
from ..models.notebook_deployment import NotebookDeployment
from ..models.notebook_deployment_create_request import NotebookDeploymentCreateRequest
from ..models.notebook_deployment_summary import NotebookDeploymentSummary
from ..models.notebook_summary import NotebookSummary
from ..models.notebook_update_request import NotebookUpdateRequest
from ..models.notebook_update_request_environment_variables import NotebookUpdateRequestEnvironmentVariables
from ..models.notebook_urls import NotebookUrls
from ..models.post_notebooks_body import PostNotebooksBody
from ..models.post_notebooks_body_environment_variables import PostNotebooksBodyEnvironmentVariables
from ..models.post_notebooks_body_language import PostNotebooksBodyLanguage
from ..models.projects_project_summary import ProjectsProjectSummary
from ..models.share_groups_update_request_17 import ShareGroupsUpdateRequest17
from ..models.share_index import ShareIndex
from ..models.share_users_update_request_17 import ShareUsersUpdateRequest17
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> list[NotebookSummary]:
    response_200 = decode.model_array(_models.NotebookSummary.from_dict, response.json())

    return response_200


def _parse_post(response: httpx.Response) -> Notebook:
    return Notebook.from_dict(response.json())


def _parse_get(response: httpx.Response) -> Notebook:
    return Notebook.from_dict(response.json())


def _parse_put(response: httpx.Response) -> Notebook:
    return Notebook.from_dict(response.json())


def _parse_patch(response: httpx.Response) -> Notebook:
    return Notebook.from_dict(response.json())


def _parse_list_update_links(response: httpx.Response) -> NotebookUrls:
    return NotebookUrls.from_dict(response.json())


def _parse_post_clone(response: httpx.Response) -> Notebook:
    return Notebook.from_dict(response.json())


def _parse_list_shares(response: httpx.Response) -> list[ShareIndex]:
    response_200 = decode.model_array(_models.ShareIndex.from_dict, response.json())

    return response_200


def _parse_put_shares_users(response: httpx.Response) -> ShareIndex:
    return ShareIndex.from_dict(response.json())


def _parse_delete_shares_users(response: httpx.Response) -> None:
    return None


def _parse_put_shares_groups(response: httpx.Response) -> ShareIndex:
    return ShareIndex.from_dict(response.json())


def _parse_delete_shares_groups(response: httpx.Response) -> None:
    return None


def _parse_put_archive(response: httpx.Response) -> Notebook:
    return Notebook.from_dict(response.json())


def _parse_list_projects(response: httpx.Response) -> list[ProjectsProjectSummary]:
    response_200 = decode.model_array(_models.ProjectsProjectSummary.from_dict, response.json())

    return response_200


def _parse_put_projects(response: httpx.Response) -> None:
    return None


def _parse_delete_projects(response: httpx.Response) -> None:
    return None


def _parse_list_deployments(response: httpx.Response) -> list[NotebookDeploymentSummary]:
    response_200 = decode.model_array(_models.NotebookDeploymentSummary.from_dict, response.json())

    return response_200


def _parse_post_deployments(response: httpx.Response) -> NotebookDeployment:
    return NotebookDeployment.from_dict(response.json())


def _parse_get_deployments(response: httpx.Response) -> NotebookDeployment:
    return NotebookDeployment.from_dict(response.json())


def _parse_delete_deployments(response: httpx.Response) -> None:
    return None


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Error.from_dict,
    401: Error.from_dict,
    403: Error.from_dict,
    404: Error.from_dict,
    429: Error.from_dict,
}


class NotebooksResource:
    """Operations on `client.notebooks`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NotebooksResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return NotebooksResourceWithRawResponse(self)

    def list(
        self,
        *,
        hidden: bool | Unset = UNSET,
        archived: str | Unset = UNSET,
        author: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetNotebooksOrderDir | Unset = UNSET,
        status: str | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[NotebookSummary]:
        """List notebooks.

        `GET /notebooks/`

        Args:
            hidden: Return hidden (system-created) objects instead of visible ones.
            archived: `true`, `false` or `all`; default `false`.
            author: Comma-separated user ids whose objects to keep.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            status: The `status` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `NotebookSummary`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[NotebookSummary]` and
            the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/notebooks/",
                params=query_params(
                    {
                        "hidden": hidden,
                        "archived": archived,
                        "author": author,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                        "status": status,
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

    def post(
        self,
        *,
        name: str | Unset = UNSET,
        language: PostNotebooksBodyLanguage | str | Unset = UNSET,
        description: str | Unset = UNSET,
        docker_image_name: str | Unset = UNSET,
        docker_image_tag: str | Unset = UNSET,
        instance_type: str | Unset = UNSET,
        memory: int | Unset = UNSET,
        cpu: int | Unset = UNSET,
        credentials: builtins.list[int] | Unset = UNSET,
        environment_variables: PostNotebooksBodyEnvironmentVariables | Mapping[str, Any] | Unset = UNSET,
        idle_timeout: int | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        file_id: str | Unset = UNSET,
        requirements_file_id: str | Unset = UNSET,
        requirements: str | Unset = UNSET,
        git_url: str | Unset = UNSET,
        git_branch: str | Unset = UNSET,
        git_file: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Notebook:
        """Create a notebook.

        `POST /notebooks/`

        Args:
            name: The `name` field of the request body.
            language: python3 or r.
            description: The `description` field of the request body.
            docker_image_name: The `dockerImageName` field of the request body.
            docker_image_tag: The `dockerImageTag` field of the request body.
            instance_type: The `instanceType` field of the request body.
            memory: MiB.
            cpu: Thousandths of a CPU core.
            credentials: The `credentials` field of the request body.
            environment_variables: The `environmentVariables` field of the request body.
            idle_timeout: Minutes of inactivity before shutdown.
            hidden: The `hidden` field of the request body.
            file_id: The `fileId` field of the request body.
            requirements_file_id: The `requirementsFileId` field of the request body.
            requirements: The `requirements` field of the request body.
            git_url: The `gitUrl` field of the request body.
            git_branch: The `gitBranch` field of the request body.
            git_file: The `gitFile` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Notebook

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/notebooks/",
                json=PostNotebooksBody(
                    name=name,
                    language=language,
                    description=description,
                    docker_image_name=docker_image_name,
                    docker_image_tag=docker_image_tag,
                    instance_type=instance_type,
                    memory=memory,
                    cpu=cpu,
                    credentials=credentials,
                    environment_variables=as_model(PostNotebooksBodyEnvironmentVariables, environment_variables),
                    idle_timeout=idle_timeout,
                    hidden=hidden,
                    file_id=file_id,
                    requirements_file_id=requirements_file_id,
                    requirements=requirements,
                    git_url=git_url,
                    git_branch=git_branch,
                    git_file=git_file,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post,
        )

    def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Notebook:
        """Get a notebook.

        `GET /notebooks/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Notebook

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/notebooks/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )

    def put(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        language: str | Unset = UNSET,
        description: str | Unset = UNSET,
        file_id: str | Unset = UNSET,
        requirements_file_id: str | Unset = UNSET,
        requirements: str | Unset = UNSET,
        docker_image_name: str | Unset = UNSET,
        docker_image_tag: str | Unset = UNSET,
        instance_type: str | Unset = UNSET,
        memory: int | Unset = UNSET,
        cpu: int | Unset = UNSET,
        credentials: builtins.list[int] | Unset = UNSET,
        environment_variables: NotebookUpdateRequestEnvironmentVariables | Mapping[str, Any] | Unset = UNSET,
        idle_timeout: int | Unset = UNSET,
        partition_label: str | Unset = UNSET,
        git_repo_url: str | Unset = UNSET,
        git_ref: str | Unset = UNSET,
        git_path: str | Unset = UNSET,
        git_url: str | Unset = UNSET,
        git_branch: str | Unset = UNSET,
        git_file: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Notebook:
        """Replace notebooks.

        `PUT /notebooks/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            language: The `language` field of the request body.
            description: The `description` field of the request body.
            file_id: The `fileId` field of the request body.
            requirements_file_id: The `requirementsFileId` field of the request body.
            requirements: The `requirements` field of the request body.
            docker_image_name: The `dockerImageName` field of the request body.
            docker_image_tag: The `dockerImageTag` field of the request body.
            instance_type: The `instanceType` field of the request body.
            memory: The `memory` field of the request body.
            cpu: The `cpu` field of the request body.
            credentials: The `credentials` field of the request body.
            environment_variables: The `environmentVariables` field of the request body.
            idle_timeout: The `idleTimeout` field of the request body.
            partition_label: The `partitionLabel` field of the request body.
            git_repo_url: The `gitRepoUrl` field of the request body.
            git_ref: The `gitRef` field of the request body.
            git_path: The `gitPath` field of the request body.
            git_url: The `gitUrl` field of the request body.
            git_branch: The `gitBranch` field of the request body.
            git_file: The `gitFile` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Notebook

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/notebooks/{encode_path(id)}",
                json=NotebookUpdateRequest(
                    name=name,
                    language=language,
                    description=description,
                    file_id=file_id,
                    requirements_file_id=requirements_file_id,
                    requirements=requirements,
                    docker_image_name=docker_image_name,
                    docker_image_tag=docker_image_tag,
                    instance_type=instance_type,
                    memory=memory,
                    cpu=cpu,
                    credentials=credentials,
                    environment_variables=as_model(NotebookUpdateRequestEnvironmentVariables, environment_variables),
                    idle_timeout=idle_timeout,
                    partition_label=partition_label,
                    git_repo_url=git_repo_url,
                    git_ref=git_ref,
                    git_path=git_path,
                    git_url=git_url,
                    git_branch=git_branch,
                    git_file=git_file,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        name,
                        language,
                        description,
                        file_id,
                        requirements_file_id,
                        requirements,
                        docker_image_name,
                        docker_image_tag,
                        instance_type,
                        memory,
                        cpu,
                        credentials,
                        environment_variables,
                        idle_timeout,
                        partition_label,
                        git_repo_url,
                        git_ref,
                        git_path,
                        git_url,
                        git_branch,
                        git_file,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put,
        )

    def patch(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        language: str | Unset = UNSET,
        description: str | Unset = UNSET,
        file_id: str | Unset = UNSET,
        requirements_file_id: str | Unset = UNSET,
        requirements: str | Unset = UNSET,
        docker_image_name: str | Unset = UNSET,
        docker_image_tag: str | Unset = UNSET,
        instance_type: str | Unset = UNSET,
        memory: int | Unset = UNSET,
        cpu: int | Unset = UNSET,
        credentials: builtins.list[int] | Unset = UNSET,
        environment_variables: NotebookUpdateRequestEnvironmentVariables | Mapping[str, Any] | Unset = UNSET,
        idle_timeout: int | Unset = UNSET,
        partition_label: str | Unset = UNSET,
        git_repo_url: str | Unset = UNSET,
        git_ref: str | Unset = UNSET,
        git_path: str | Unset = UNSET,
        git_url: str | Unset = UNSET,
        git_branch: str | Unset = UNSET,
        git_file: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Notebook:
        """Update notebooks.

        `PATCH /notebooks/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            language: The `language` field of the request body.
            description: The `description` field of the request body.
            file_id: The `fileId` field of the request body.
            requirements_file_id: The `requirementsFileId` field of the request body.
            requirements: The `requirements` field of the request body.
            docker_image_name: The `dockerImageName` field of the request body.
            docker_image_tag: The `dockerImageTag` field of the request body.
            instance_type: The `instanceType` field of the request body.
            memory: The `memory` field of the request body.
            cpu: The `cpu` field of the request body.
            credentials: The `credentials` field of the request body.
            environment_variables: The `environmentVariables` field of the request body.
            idle_timeout: The `idleTimeout` field of the request body.
            partition_label: The `partitionLabel` field of the request body.
            git_repo_url: The `gitRepoUrl` field of the request body.
            git_ref: The `gitRef` field of the request body.
            git_path: The `gitPath` field of the request body.
            git_url: The `gitUrl` field of the request body.
            git_branch: The `gitBranch` field of the request body.
            git_file: The `gitFile` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Notebook

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/notebooks/{encode_path(id)}",
                json=NotebookUpdateRequest(
                    name=name,
                    language=language,
                    description=description,
                    file_id=file_id,
                    requirements_file_id=requirements_file_id,
                    requirements=requirements,
                    docker_image_name=docker_image_name,
                    docker_image_tag=docker_image_tag,
                    instance_type=instance_type,
                    memory=memory,
                    cpu=cpu,
                    credentials=credentials,
                    environment_variables=as_model(NotebookUpdateRequestEnvironmentVariables, environment_variables),
                    idle_timeout=idle_timeout,
                    partition_label=partition_label,
                    git_repo_url=git_repo_url,
                    git_ref=git_ref,
                    git_path=git_path,
                    git_url=git_url,
                    git_branch=git_branch,
                    git_file=git_file,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        name,
                        language,
                        description,
                        file_id,
                        requirements_file_id,
                        requirements,
                        docker_image_name,
                        docker_image_tag,
                        instance_type,
                        memory,
                        cpu,
                        credentials,
                        environment_variables,
                        idle_timeout,
                        partition_label,
                        git_repo_url,
                        git_ref,
                        git_path,
                        git_url,
                        git_branch,
                        git_file,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch,
        )

    def list_update_links(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> NotebookUrls:
        """List notebooks update-links.

        `GET /notebooks/{id}/update-links`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            NotebookUrls

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/notebooks/{encode_path(id)}/update-links",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_update_links,
        )

    def post_clone(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Notebook:
        """Post to notebooks clone.

        `POST /notebooks/{id}/clone`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Notebook

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/notebooks/{encode_path(id)}/clone",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_clone,
        )

    def list_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ShareIndex]:
        """List notebooks shares.

        `GET /notebooks/{id}/shares`

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
                f"/notebooks/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_shares,
        )

    def put_shares_users(
        self,
        id: int,
        user_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace notebooks shares users.

        `PUT /notebooks/{id}/shares/users`

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
                f"/notebooks/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest17(
                    user_ids=user_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_shares_users,
        )

    def delete_shares_users(
        self,
        id: int,
        user_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete notebooks shares users.

        `DELETE /notebooks/{id}/shares/users/{user_id}`

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
                f"/notebooks/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_shares_users,
        )

    def put_shares_groups(
        self,
        id: int,
        group_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace notebooks shares groups.

        `PUT /notebooks/{id}/shares/groups`

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
                f"/notebooks/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest17(
                    group_ids=group_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_shares_groups,
        )

    def delete_shares_groups(
        self,
        id: int,
        group_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete notebooks shares groups.

        `DELETE /notebooks/{id}/shares/groups/{group_id}`

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
                f"/notebooks/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_shares_groups,
        )

    def put_archive(
        self,
        id: int,
        status: bool,
        *,
        request_options: RequestOptions | None = None,
    ) -> Notebook:
        """Replace notebooks archive.

        `PUT /notebooks/{id}/archive`

        Args:
            id: The `id` path parameter.
            status: The `status` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Notebook

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/notebooks/{encode_path(id)}/archive",
                json=ArchiveUpdateRequest15(status=status).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_archive,
        )

    def list_projects(
        self,
        id: int,
        *,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ProjectsProjectSummary]:
        """List notebooks projects.

        `GET /notebooks/{id}/projects`

        Args:
            id: The `id` path parameter.
            hidden: The `hidden` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[ProjectsProjectSummary]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/notebooks/{encode_path(id)}/projects",
                params=query_params(
                    {
                        "hidden": hidden,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_projects,
        )

    def put_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Replace notebooks projects.

        `PUT /notebooks/{id}/projects/{project_id}`

        Args:
            id: The `id` path parameter.
            project_id: The `project_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/notebooks/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_projects,
        )

    def delete_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete notebooks projects.

        `DELETE /notebooks/{id}/projects/{project_id}`

        Args:
            id: The `id` path parameter.
            project_id: The `project_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/notebooks/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_projects,
        )

    def list_deployments(
        self,
        notebook_id: int,
        *,
        deployment_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: str | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[NotebookDeploymentSummary]:
        """List notebooks deployments.

        `GET /notebooks/{notebook_id}/deployments`

        Args:
            notebook_id: The `notebook_id` path parameter.
            deployment_id: The `deployment_id` query parameter.
            limit: The `limit` query parameter.
            page_num: The `page_num` query parameter.
            order: The `order` query parameter.
            order_dir: The `order_dir` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `NotebookDeploymentSummary`: iterating it yields every item across pages,
            fetching them as needed; `iter_pages()` yields each page (its items, the parsed
            `list[NotebookDeploymentSummary]` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/notebooks/{encode_path(notebook_id)}/deployments",
                params=query_params(
                    {
                        "deployment_id": deployment_id,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_deployments,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def post_deployments(
        self,
        notebook_id: int,
        *,
        deployment_id: int | Unset = UNSET,
        published: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> NotebookDeployment:
        """Post to notebooks deployments.

        `POST /notebooks/{notebook_id}/deployments`

        Args:
            notebook_id: The `notebook_id` path parameter.
            deployment_id: The `deploymentId` field of the request body.
            published: The `published` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            NotebookDeployment

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/notebooks/{encode_path(notebook_id)}/deployments",
                json=NotebookDeploymentCreateRequest(deployment_id=deployment_id, published=published).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        deployment_id,
                        published,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_deployments,
        )

    def get_deployments(
        self,
        notebook_id: int,
        deployment_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> NotebookDeployment:
        """Get notebooks deployments.

        `GET /notebooks/{notebook_id}/deployments/{deployment_id}`

        Args:
            notebook_id: The `notebook_id` path parameter.
            deployment_id: The `deployment_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            NotebookDeployment

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/notebooks/{encode_path(notebook_id)}/deployments/{encode_path(deployment_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_deployments,
        )

    def delete_deployments(
        self,
        notebook_id: int,
        deployment_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete notebooks deployments.

        `DELETE /notebooks/{notebook_id}/deployments/{deployment_id}`

        Args:
            notebook_id: The `notebook_id` path parameter.
            deployment_id: The `deployment_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/notebooks/{encode_path(notebook_id)}/deployments/{encode_path(deployment_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_deployments,
        )


class NotebooksResourceWithRawResponse:
    """`notebooks` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: NotebooksResource) -> None:
        self.list = to_raw_response(resource.list)
        self.post = to_raw_response(resource.post)
        self.get = to_raw_response(resource.get)
        self.put = to_raw_response(resource.put)
        self.patch = to_raw_response(resource.patch)
        self.list_update_links = to_raw_response(resource.list_update_links)
        self.post_clone = to_raw_response(resource.post_clone)
        self.list_shares = to_raw_response(resource.list_shares)
        self.put_shares_users = to_raw_response(resource.put_shares_users)
        self.delete_shares_users = to_raw_response(resource.delete_shares_users)
        self.put_shares_groups = to_raw_response(resource.put_shares_groups)
        self.delete_shares_groups = to_raw_response(resource.delete_shares_groups)
        self.put_archive = to_raw_response(resource.put_archive)
        self.list_projects = to_raw_response(resource.list_projects)
        self.put_projects = to_raw_response(resource.put_projects)
        self.delete_projects = to_raw_response(resource.delete_projects)
        self.list_deployments = to_raw_response(resource.list_deployments)
        self.post_deployments = to_raw_response(resource.post_deployments)
        self.get_deployments = to_raw_response(resource.get_deployments)
        self.delete_deployments = to_raw_response(resource.delete_deployments)


class AsyncNotebooksResource:
    """Operations on `client.notebooks`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncNotebooksResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncNotebooksResourceWithRawResponse(self)

    def list(
        self,
        *,
        hidden: bool | Unset = UNSET,
        archived: str | Unset = UNSET,
        author: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetNotebooksOrderDir | Unset = UNSET,
        status: str | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[NotebookSummary]:
        """List notebooks.

        `GET /notebooks/`

        Args:
            hidden: Return hidden (system-created) objects instead of visible ones.
            archived: `true`, `false` or `all`; default `false`.
            author: Comma-separated user ids whose objects to keep.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            status: The `status` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `NotebookSummary`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[NotebookSummary]` and
            the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/notebooks/",
                params=query_params(
                    {
                        "hidden": hidden,
                        "archived": archived,
                        "author": author,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                        "status": status,
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

    async def post(
        self,
        *,
        name: str | Unset = UNSET,
        language: PostNotebooksBodyLanguage | str | Unset = UNSET,
        description: str | Unset = UNSET,
        docker_image_name: str | Unset = UNSET,
        docker_image_tag: str | Unset = UNSET,
        instance_type: str | Unset = UNSET,
        memory: int | Unset = UNSET,
        cpu: int | Unset = UNSET,
        credentials: builtins.list[int] | Unset = UNSET,
        environment_variables: PostNotebooksBodyEnvironmentVariables | Mapping[str, Any] | Unset = UNSET,
        idle_timeout: int | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        file_id: str | Unset = UNSET,
        requirements_file_id: str | Unset = UNSET,
        requirements: str | Unset = UNSET,
        git_url: str | Unset = UNSET,
        git_branch: str | Unset = UNSET,
        git_file: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Notebook:
        """Create a notebook.

        `POST /notebooks/`

        Args:
            name: The `name` field of the request body.
            language: python3 or r.
            description: The `description` field of the request body.
            docker_image_name: The `dockerImageName` field of the request body.
            docker_image_tag: The `dockerImageTag` field of the request body.
            instance_type: The `instanceType` field of the request body.
            memory: MiB.
            cpu: Thousandths of a CPU core.
            credentials: The `credentials` field of the request body.
            environment_variables: The `environmentVariables` field of the request body.
            idle_timeout: Minutes of inactivity before shutdown.
            hidden: The `hidden` field of the request body.
            file_id: The `fileId` field of the request body.
            requirements_file_id: The `requirementsFileId` field of the request body.
            requirements: The `requirements` field of the request body.
            git_url: The `gitUrl` field of the request body.
            git_branch: The `gitBranch` field of the request body.
            git_file: The `gitFile` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Notebook

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/notebooks/",
                json=PostNotebooksBody(
                    name=name,
                    language=language,
                    description=description,
                    docker_image_name=docker_image_name,
                    docker_image_tag=docker_image_tag,
                    instance_type=instance_type,
                    memory=memory,
                    cpu=cpu,
                    credentials=credentials,
                    environment_variables=as_model(PostNotebooksBodyEnvironmentVariables, environment_variables),
                    idle_timeout=idle_timeout,
                    hidden=hidden,
                    file_id=file_id,
                    requirements_file_id=requirements_file_id,
                    requirements=requirements,
                    git_url=git_url,
                    git_branch=git_branch,
                    git_file=git_file,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post,
        )

    async def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Notebook:
        """Get a notebook.

        `GET /notebooks/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Notebook

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/notebooks/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )

    async def put(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        language: str | Unset = UNSET,
        description: str | Unset = UNSET,
        file_id: str | Unset = UNSET,
        requirements_file_id: str | Unset = UNSET,
        requirements: str | Unset = UNSET,
        docker_image_name: str | Unset = UNSET,
        docker_image_tag: str | Unset = UNSET,
        instance_type: str | Unset = UNSET,
        memory: int | Unset = UNSET,
        cpu: int | Unset = UNSET,
        credentials: builtins.list[int] | Unset = UNSET,
        environment_variables: NotebookUpdateRequestEnvironmentVariables | Mapping[str, Any] | Unset = UNSET,
        idle_timeout: int | Unset = UNSET,
        partition_label: str | Unset = UNSET,
        git_repo_url: str | Unset = UNSET,
        git_ref: str | Unset = UNSET,
        git_path: str | Unset = UNSET,
        git_url: str | Unset = UNSET,
        git_branch: str | Unset = UNSET,
        git_file: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Notebook:
        """Replace notebooks.

        `PUT /notebooks/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            language: The `language` field of the request body.
            description: The `description` field of the request body.
            file_id: The `fileId` field of the request body.
            requirements_file_id: The `requirementsFileId` field of the request body.
            requirements: The `requirements` field of the request body.
            docker_image_name: The `dockerImageName` field of the request body.
            docker_image_tag: The `dockerImageTag` field of the request body.
            instance_type: The `instanceType` field of the request body.
            memory: The `memory` field of the request body.
            cpu: The `cpu` field of the request body.
            credentials: The `credentials` field of the request body.
            environment_variables: The `environmentVariables` field of the request body.
            idle_timeout: The `idleTimeout` field of the request body.
            partition_label: The `partitionLabel` field of the request body.
            git_repo_url: The `gitRepoUrl` field of the request body.
            git_ref: The `gitRef` field of the request body.
            git_path: The `gitPath` field of the request body.
            git_url: The `gitUrl` field of the request body.
            git_branch: The `gitBranch` field of the request body.
            git_file: The `gitFile` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Notebook

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/notebooks/{encode_path(id)}",
                json=NotebookUpdateRequest(
                    name=name,
                    language=language,
                    description=description,
                    file_id=file_id,
                    requirements_file_id=requirements_file_id,
                    requirements=requirements,
                    docker_image_name=docker_image_name,
                    docker_image_tag=docker_image_tag,
                    instance_type=instance_type,
                    memory=memory,
                    cpu=cpu,
                    credentials=credentials,
                    environment_variables=as_model(NotebookUpdateRequestEnvironmentVariables, environment_variables),
                    idle_timeout=idle_timeout,
                    partition_label=partition_label,
                    git_repo_url=git_repo_url,
                    git_ref=git_ref,
                    git_path=git_path,
                    git_url=git_url,
                    git_branch=git_branch,
                    git_file=git_file,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        name,
                        language,
                        description,
                        file_id,
                        requirements_file_id,
                        requirements,
                        docker_image_name,
                        docker_image_tag,
                        instance_type,
                        memory,
                        cpu,
                        credentials,
                        environment_variables,
                        idle_timeout,
                        partition_label,
                        git_repo_url,
                        git_ref,
                        git_path,
                        git_url,
                        git_branch,
                        git_file,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put,
        )

    async def patch(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        language: str | Unset = UNSET,
        description: str | Unset = UNSET,
        file_id: str | Unset = UNSET,
        requirements_file_id: str | Unset = UNSET,
        requirements: str | Unset = UNSET,
        docker_image_name: str | Unset = UNSET,
        docker_image_tag: str | Unset = UNSET,
        instance_type: str | Unset = UNSET,
        memory: int | Unset = UNSET,
        cpu: int | Unset = UNSET,
        credentials: builtins.list[int] | Unset = UNSET,
        environment_variables: NotebookUpdateRequestEnvironmentVariables | Mapping[str, Any] | Unset = UNSET,
        idle_timeout: int | Unset = UNSET,
        partition_label: str | Unset = UNSET,
        git_repo_url: str | Unset = UNSET,
        git_ref: str | Unset = UNSET,
        git_path: str | Unset = UNSET,
        git_url: str | Unset = UNSET,
        git_branch: str | Unset = UNSET,
        git_file: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Notebook:
        """Update notebooks.

        `PATCH /notebooks/{id}`

        Args:
            id: The `id` path parameter.
            name: The `name` field of the request body.
            language: The `language` field of the request body.
            description: The `description` field of the request body.
            file_id: The `fileId` field of the request body.
            requirements_file_id: The `requirementsFileId` field of the request body.
            requirements: The `requirements` field of the request body.
            docker_image_name: The `dockerImageName` field of the request body.
            docker_image_tag: The `dockerImageTag` field of the request body.
            instance_type: The `instanceType` field of the request body.
            memory: The `memory` field of the request body.
            cpu: The `cpu` field of the request body.
            credentials: The `credentials` field of the request body.
            environment_variables: The `environmentVariables` field of the request body.
            idle_timeout: The `idleTimeout` field of the request body.
            partition_label: The `partitionLabel` field of the request body.
            git_repo_url: The `gitRepoUrl` field of the request body.
            git_ref: The `gitRef` field of the request body.
            git_path: The `gitPath` field of the request body.
            git_url: The `gitUrl` field of the request body.
            git_branch: The `gitBranch` field of the request body.
            git_file: The `gitFile` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Notebook

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/notebooks/{encode_path(id)}",
                json=NotebookUpdateRequest(
                    name=name,
                    language=language,
                    description=description,
                    file_id=file_id,
                    requirements_file_id=requirements_file_id,
                    requirements=requirements,
                    docker_image_name=docker_image_name,
                    docker_image_tag=docker_image_tag,
                    instance_type=instance_type,
                    memory=memory,
                    cpu=cpu,
                    credentials=credentials,
                    environment_variables=as_model(NotebookUpdateRequestEnvironmentVariables, environment_variables),
                    idle_timeout=idle_timeout,
                    partition_label=partition_label,
                    git_repo_url=git_repo_url,
                    git_ref=git_ref,
                    git_path=git_path,
                    git_url=git_url,
                    git_branch=git_branch,
                    git_file=git_file,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        name,
                        language,
                        description,
                        file_id,
                        requirements_file_id,
                        requirements,
                        docker_image_name,
                        docker_image_tag,
                        instance_type,
                        memory,
                        cpu,
                        credentials,
                        environment_variables,
                        idle_timeout,
                        partition_label,
                        git_repo_url,
                        git_ref,
                        git_path,
                        git_url,
                        git_branch,
                        git_file,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch,
        )

    async def list_update_links(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> NotebookUrls:
        """List notebooks update-links.

        `GET /notebooks/{id}/update-links`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            NotebookUrls

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/notebooks/{encode_path(id)}/update-links",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_update_links,
        )

    async def post_clone(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Notebook:
        """Post to notebooks clone.

        `POST /notebooks/{id}/clone`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Notebook

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/notebooks/{encode_path(id)}/clone",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_clone,
        )

    async def list_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ShareIndex]:
        """List notebooks shares.

        `GET /notebooks/{id}/shares`

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
                f"/notebooks/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_shares,
        )

    async def put_shares_users(
        self,
        id: int,
        user_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace notebooks shares users.

        `PUT /notebooks/{id}/shares/users`

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
                f"/notebooks/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest17(
                    user_ids=user_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_shares_users,
        )

    async def delete_shares_users(
        self,
        id: int,
        user_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete notebooks shares users.

        `DELETE /notebooks/{id}/shares/users/{user_id}`

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
                f"/notebooks/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_shares_users,
        )

    async def put_shares_groups(
        self,
        id: int,
        group_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace notebooks shares groups.

        `PUT /notebooks/{id}/shares/groups`

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
                f"/notebooks/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest17(
                    group_ids=group_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_shares_groups,
        )

    async def delete_shares_groups(
        self,
        id: int,
        group_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete notebooks shares groups.

        `DELETE /notebooks/{id}/shares/groups/{group_id}`

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
                f"/notebooks/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_shares_groups,
        )

    async def put_archive(
        self,
        id: int,
        status: bool,
        *,
        request_options: RequestOptions | None = None,
    ) -> Notebook:
        """Replace notebooks archive.

        `PUT /notebooks/{id}/archive`

        Args:
            id: The `id` path parameter.
            status: The `status` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Notebook

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/notebooks/{encode_path(id)}/archive",
                json=ArchiveUpdateRequest15(status=status).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_archive,
        )

    async def list_projects(
        self,
        id: int,
        *,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ProjectsProjectSummary]:
        """List notebooks projects.

        `GET /notebooks/{id}/projects`

        Args:
            id: The `id` path parameter.
            hidden: The `hidden` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[ProjectsProjectSummary]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/notebooks/{encode_path(id)}/projects",
                params=query_params(
                    {
                        "hidden": hidden,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_projects,
        )

    async def put_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Replace notebooks projects.

        `PUT /notebooks/{id}/projects/{project_id}`

        Args:
            id: The `id` path parameter.
            project_id: The `project_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/notebooks/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_projects,
        )

    async def delete_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete notebooks projects.

        `DELETE /notebooks/{id}/projects/{project_id}`

        Args:
            id: The `id` path parameter.
            project_id: The `project_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/notebooks/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_projects,
        )

    def list_deployments(
        self,
        notebook_id: int,
        *,
        deployment_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: str | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[NotebookDeploymentSummary]:
        """List notebooks deployments.

        `GET /notebooks/{notebook_id}/deployments`

        Args:
            notebook_id: The `notebook_id` path parameter.
            deployment_id: The `deployment_id` query parameter.
            limit: The `limit` query parameter.
            page_num: The `page_num` query parameter.
            order: The `order` query parameter.
            order_dir: The `order_dir` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `NotebookDeploymentSummary`: iterating it yields every item across pages,
            fetching them as needed; `iter_pages()` yields each page (its items, the parsed
            `list[NotebookDeploymentSummary]` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/notebooks/{encode_path(notebook_id)}/deployments",
                params=query_params(
                    {
                        "deployment_id": deployment_id,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_deployments,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def post_deployments(
        self,
        notebook_id: int,
        *,
        deployment_id: int | Unset = UNSET,
        published: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> NotebookDeployment:
        """Post to notebooks deployments.

        `POST /notebooks/{notebook_id}/deployments`

        Args:
            notebook_id: The `notebook_id` path parameter.
            deployment_id: The `deploymentId` field of the request body.
            published: The `published` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            NotebookDeployment

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/notebooks/{encode_path(notebook_id)}/deployments",
                json=NotebookDeploymentCreateRequest(deployment_id=deployment_id, published=published).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        deployment_id,
                        published,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_deployments,
        )

    async def get_deployments(
        self,
        notebook_id: int,
        deployment_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> NotebookDeployment:
        """Get notebooks deployments.

        `GET /notebooks/{notebook_id}/deployments/{deployment_id}`

        Args:
            notebook_id: The `notebook_id` path parameter.
            deployment_id: The `deployment_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            NotebookDeployment

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/notebooks/{encode_path(notebook_id)}/deployments/{encode_path(deployment_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_deployments,
        )

    async def delete_deployments(
        self,
        notebook_id: int,
        deployment_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete notebooks deployments.

        `DELETE /notebooks/{notebook_id}/deployments/{deployment_id}`

        Args:
            notebook_id: The `notebook_id` path parameter.
            deployment_id: The `deployment_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/notebooks/{encode_path(notebook_id)}/deployments/{encode_path(deployment_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_deployments,
        )


class AsyncNotebooksResourceWithRawResponse:
    """`notebooks` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncNotebooksResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.post = to_async_raw_response(resource.post)
        self.get = to_async_raw_response(resource.get)
        self.put = to_async_raw_response(resource.put)
        self.patch = to_async_raw_response(resource.patch)
        self.list_update_links = to_async_raw_response(resource.list_update_links)
        self.post_clone = to_async_raw_response(resource.post_clone)
        self.list_shares = to_async_raw_response(resource.list_shares)
        self.put_shares_users = to_async_raw_response(resource.put_shares_users)
        self.delete_shares_users = to_async_raw_response(resource.delete_shares_users)
        self.put_shares_groups = to_async_raw_response(resource.put_shares_groups)
        self.delete_shares_groups = to_async_raw_response(resource.delete_shares_groups)
        self.put_archive = to_async_raw_response(resource.put_archive)
        self.list_projects = to_async_raw_response(resource.list_projects)
        self.put_projects = to_async_raw_response(resource.put_projects)
        self.delete_projects = to_async_raw_response(resource.delete_projects)
        self.list_deployments = to_async_raw_response(resource.list_deployments)
        self.post_deployments = to_async_raw_response(resource.post_deployments)
        self.get_deployments = to_async_raw_response(resource.get_deployments)
        self.delete_deployments = to_async_raw_response(resource.delete_deployments)
