"""The `Frameio` and `AsyncFrameio` clients: configuration, auth, and the API's resources."""

from __future__ import annotations

import builtins
import sys
from collections.abc import Callable, Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING

import httpx

from ._core.auth import BearerAuth, resolve_credential
from ._core.http_client import AsyncHttpClient, SyncHttpClient
from .environment import FrameioEnvironment

if TYPE_CHECKING:
    from .resources.account_permissions import AccountPermissionsResource, AsyncAccountPermissionsResource
    from .resources.account_projects import AccountProjectsResource, AsyncAccountProjectsResource
    from .resources.accounts import AccountsResource, AsyncAccountsResource
    from .resources.collections import AsyncCollectionsResource, CollectionsResource
    from .resources.comments import AsyncCommentsResource, CommentsResource
    from .resources.files import AsyncFilesResource, FilesResource
    from .resources.folder_permissions import AsyncFolderPermissionsResource, FolderPermissionsResource
    from .resources.folders import AsyncFoldersResource, FoldersResource
    from .resources.groups import AsyncGroupsResource, GroupsResource
    from .resources.invited_projects import AsyncInvitedProjectsResource, InvitedProjectsResource
    from .resources.metadata import AsyncMetadataResource, MetadataResource
    from .resources.metadata_fields import AsyncMetadataFieldsResource, MetadataFieldsResource
    from .resources.project_permissions import AsyncProjectPermissionsResource, ProjectPermissionsResource
    from .resources.projects import AsyncProjectsResource, ProjectsResource
    from .resources.shares import AsyncSharesResource, SharesResource
    from .resources.users import AsyncUsersResource, UsersResource
    from .resources.version_stacks import AsyncVersionStacksResource, VersionStacksResource
    from .resources.webhooks import AsyncWebhooksResource, WebhooksResource
    from .resources.workspace_permissions import AsyncWorkspacePermissionsResource, WorkspacePermissionsResource
    from .resources.workspaces import AsyncWorkspacesResource, WorkspacesResource

__version__ = "0.1.0"
# sys.version starts with what platform.python_version() returns; `platform` itself costs an import
USER_AGENT = "frameio-sdk" + f"/{__version__} python/{sys.version.split()[0]}"


class Frameio:
    """Synchronous client for the Frame.io API (V4).

    Authenticate with `token=` (default: the `FRAMEIO_TOKEN` environment variable).
    """

    def __init__(
        self,
        *,
        token: str | Callable[[], str] | None = None,
        base_url: str | None = None,
        environment: FrameioEnvironment | str = FrameioEnvironment.PRODUCTION,
        timeout: float | None = None,
        max_retries: int = 2,
        deadline: float | None = None,
        max_response_bytes: int = 100 * 1024 * 1024,
        headers: Mapping[str, str] | None = None,
        httpx_client: httpx.Client | None = None,
        follow_redirects: bool = True,
        strict_response_validation: bool = False,
    ) -> None:
        credential: str | Callable[[], str] = resolve_credential(token, env_var="FRAMEIO_TOKEN", param="token")
        self._client = SyncHttpClient(
            base_url=base_url or str(getattr(environment, "value", environment)),
            auth=BearerAuth(credential),
            headers=headers,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            httpx_client=httpx_client,
            follow_redirects=follow_redirects,
            user_agent=USER_AGENT,
            logger_name="frameio",
            log_env_var="FRAMEIO_LOG",
            idempotency_header=None,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def users(self) -> UsersResource:
        from .resources.users import UsersResource

        return UsersResource(self._client)

    @cached_property
    def accounts(self) -> AccountsResource:
        from .resources.accounts import AccountsResource

        return AccountsResource(self._client)

    @cached_property
    def account_permissions(self) -> AccountPermissionsResource:
        from .resources.account_permissions import AccountPermissionsResource

        return AccountPermissionsResource(self._client)

    @cached_property
    def workspaces(self) -> WorkspacesResource:
        from .resources.workspaces import WorkspacesResource

        return WorkspacesResource(self._client)

    @cached_property
    def workspace_permissions(self) -> WorkspacePermissionsResource:
        from .resources.workspace_permissions import WorkspacePermissionsResource

        return WorkspacePermissionsResource(self._client)

    @cached_property
    def webhooks(self) -> WebhooksResource:
        from .resources.webhooks import WebhooksResource

        return WebhooksResource(self._client)

    @cached_property
    def projects(self) -> ProjectsResource:
        from .resources.projects import ProjectsResource

        return ProjectsResource(self._client)

    @cached_property
    def account_projects(self) -> AccountProjectsResource:
        from .resources.account_projects import AccountProjectsResource

        return AccountProjectsResource(self._client)

    @cached_property
    def invited_projects(self) -> InvitedProjectsResource:
        from .resources.invited_projects import InvitedProjectsResource

        return InvitedProjectsResource(self._client)

    @cached_property
    def project_permissions(self) -> ProjectPermissionsResource:
        from .resources.project_permissions import ProjectPermissionsResource

        return ProjectPermissionsResource(self._client)

    @cached_property
    def metadata(self) -> MetadataResource:
        from .resources.metadata import MetadataResource

        return MetadataResource(self._client)

    @cached_property
    def shares(self) -> SharesResource:
        from .resources.shares import SharesResource

        return SharesResource(self._client)

    @cached_property
    def collections(self) -> CollectionsResource:
        from .resources.collections import CollectionsResource

        return CollectionsResource(self._client)

    @cached_property
    def folders(self) -> FoldersResource:
        from .resources.folders import FoldersResource

        return FoldersResource(self._client)

    @cached_property
    def folder_permissions(self) -> FolderPermissionsResource:
        from .resources.folder_permissions import FolderPermissionsResource

        return FolderPermissionsResource(self._client)

    @cached_property
    def version_stacks(self) -> VersionStacksResource:
        from .resources.version_stacks import VersionStacksResource

        return VersionStacksResource(self._client)

    @cached_property
    def files(self) -> FilesResource:
        from .resources.files import FilesResource

        return FilesResource(self._client)

    @cached_property
    def comments(self) -> CommentsResource:
        from .resources.comments import CommentsResource

        return CommentsResource(self._client)

    @cached_property
    def metadata_fields(self) -> MetadataFieldsResource:
        from .resources.metadata_fields import MetadataFieldsResource

        return MetadataFieldsResource(self._client)

    @cached_property
    def groups(self) -> GroupsResource:
        from .resources.groups import GroupsResource

        return GroupsResource(self._client)

    def close(self) -> None:
        """Close the connection pool (a client you passed in as `httpx_client` stays open)."""
        self._client.close()

    def __enter__(self) -> Frameio:
        return self

    def __exit__(
        self, exc_type: builtins.type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> builtins.str:  # a resource may be named `str` or `type`
        return f"Frameio(base_url={self._client.base_url!r})"


class AsyncFrameio:
    """Asynchronous client for the Frame.io API (V4).

    Authenticate with `token=` (default: the `FRAMEIO_TOKEN` environment variable).
    """

    def __init__(
        self,
        *,
        token: str | Callable[[], str] | None = None,
        base_url: str | None = None,
        environment: FrameioEnvironment | str = FrameioEnvironment.PRODUCTION,
        timeout: float | None = None,
        max_retries: int = 2,
        deadline: float | None = None,
        max_response_bytes: int = 100 * 1024 * 1024,
        headers: Mapping[str, str] | None = None,
        httpx_client: httpx.AsyncClient | None = None,
        follow_redirects: bool = True,
        strict_response_validation: bool = False,
    ) -> None:
        credential: str | Callable[[], str] = resolve_credential(token, env_var="FRAMEIO_TOKEN", param="token")
        self._client = AsyncHttpClient(
            base_url=base_url or str(getattr(environment, "value", environment)),
            auth=BearerAuth(credential),
            headers=headers,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            httpx_client=httpx_client,
            follow_redirects=follow_redirects,
            user_agent=USER_AGENT,
            logger_name="frameio",
            log_env_var="FRAMEIO_LOG",
            idempotency_header=None,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def users(self) -> AsyncUsersResource:
        from .resources.users import AsyncUsersResource

        return AsyncUsersResource(self._client)

    @cached_property
    def accounts(self) -> AsyncAccountsResource:
        from .resources.accounts import AsyncAccountsResource

        return AsyncAccountsResource(self._client)

    @cached_property
    def account_permissions(self) -> AsyncAccountPermissionsResource:
        from .resources.account_permissions import AsyncAccountPermissionsResource

        return AsyncAccountPermissionsResource(self._client)

    @cached_property
    def workspaces(self) -> AsyncWorkspacesResource:
        from .resources.workspaces import AsyncWorkspacesResource

        return AsyncWorkspacesResource(self._client)

    @cached_property
    def workspace_permissions(self) -> AsyncWorkspacePermissionsResource:
        from .resources.workspace_permissions import AsyncWorkspacePermissionsResource

        return AsyncWorkspacePermissionsResource(self._client)

    @cached_property
    def webhooks(self) -> AsyncWebhooksResource:
        from .resources.webhooks import AsyncWebhooksResource

        return AsyncWebhooksResource(self._client)

    @cached_property
    def projects(self) -> AsyncProjectsResource:
        from .resources.projects import AsyncProjectsResource

        return AsyncProjectsResource(self._client)

    @cached_property
    def account_projects(self) -> AsyncAccountProjectsResource:
        from .resources.account_projects import AsyncAccountProjectsResource

        return AsyncAccountProjectsResource(self._client)

    @cached_property
    def invited_projects(self) -> AsyncInvitedProjectsResource:
        from .resources.invited_projects import AsyncInvitedProjectsResource

        return AsyncInvitedProjectsResource(self._client)

    @cached_property
    def project_permissions(self) -> AsyncProjectPermissionsResource:
        from .resources.project_permissions import AsyncProjectPermissionsResource

        return AsyncProjectPermissionsResource(self._client)

    @cached_property
    def metadata(self) -> AsyncMetadataResource:
        from .resources.metadata import AsyncMetadataResource

        return AsyncMetadataResource(self._client)

    @cached_property
    def shares(self) -> AsyncSharesResource:
        from .resources.shares import AsyncSharesResource

        return AsyncSharesResource(self._client)

    @cached_property
    def collections(self) -> AsyncCollectionsResource:
        from .resources.collections import AsyncCollectionsResource

        return AsyncCollectionsResource(self._client)

    @cached_property
    def folders(self) -> AsyncFoldersResource:
        from .resources.folders import AsyncFoldersResource

        return AsyncFoldersResource(self._client)

    @cached_property
    def folder_permissions(self) -> AsyncFolderPermissionsResource:
        from .resources.folder_permissions import AsyncFolderPermissionsResource

        return AsyncFolderPermissionsResource(self._client)

    @cached_property
    def version_stacks(self) -> AsyncVersionStacksResource:
        from .resources.version_stacks import AsyncVersionStacksResource

        return AsyncVersionStacksResource(self._client)

    @cached_property
    def files(self) -> AsyncFilesResource:
        from .resources.files import AsyncFilesResource

        return AsyncFilesResource(self._client)

    @cached_property
    def comments(self) -> AsyncCommentsResource:
        from .resources.comments import AsyncCommentsResource

        return AsyncCommentsResource(self._client)

    @cached_property
    def metadata_fields(self) -> AsyncMetadataFieldsResource:
        from .resources.metadata_fields import AsyncMetadataFieldsResource

        return AsyncMetadataFieldsResource(self._client)

    @cached_property
    def groups(self) -> AsyncGroupsResource:
        from .resources.groups import AsyncGroupsResource

        return AsyncGroupsResource(self._client)

    async def aclose(self) -> None:
        """Close the connection pool (a client you passed in as `httpx_client` stays open)."""
        await self._client.aclose()

    async def __aenter__(self) -> AsyncFrameio:
        return self

    async def __aexit__(
        self, exc_type: builtins.type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> builtins.str:  # a resource may be named `str` or `type`
        return f"AsyncFrameio(base_url={self._client.base_url!r})"
