"""The `Flatfile` and `AsyncFlatfile` clients: configuration, auth, and the API's resources."""

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
from .environment import FlatfileEnvironment

if TYPE_CHECKING:
    from .resources.accounts import AccountsResource, AsyncAccountsResource
    from .resources.actions import ActionsResource, AsyncActionsResource
    from .resources.agent_exports import AgentExportsResource, AsyncAgentExportsResource
    from .resources.agents import AgentsResource, AsyncAgentsResource
    from .resources.apps import AppsResource, AsyncAppsResource
    from .resources.assistant import AssistantResource, AsyncAssistantResource
    from .resources.auth import AsyncAuthResource, AuthResource
    from .resources.commits import AsyncCommitsResource, CommitsResource
    from .resources.data_retention_policies import AsyncDataRetentionPoliciesResource, DataRetentionPoliciesResource
    from .resources.documents import AsyncDocumentsResource, DocumentsResource
    from .resources.entitlements import AsyncEntitlementsResource, EntitlementsResource
    from .resources.environments import AsyncEnvironmentsResource, EnvironmentsResource
    from .resources.events import AsyncEventsResource, EventsResource
    from .resources.files import AsyncFilesResource, FilesResource
    from .resources.guests import AsyncGuestsResource, GuestsResource
    from .resources.jobs import AsyncJobsResource, JobsResource
    from .resources.mapping import AsyncMappingResource, MappingResource
    from .resources.records import AsyncRecordsResource, RecordsResource
    from .resources.roles import AsyncRolesResource, RolesResource
    from .resources.secrets import AsyncSecretsResource, SecretsResource
    from .resources.sheets import AsyncSheetsResource, SheetsResource
    from .resources.snapshots import AsyncSnapshotsResource, SnapshotsResource
    from .resources.spaces import AsyncSpacesResource, SpacesResource
    from .resources.users import AsyncUsersResource, UsersResource
    from .resources.versions import AsyncVersionsResource, VersionsResource
    from .resources.views import AsyncViewsResource, ViewsResource
    from .resources.workbooks import AsyncWorkbooksResource, WorkbooksResource

__version__ = "0.1.0"
# sys.version starts with what platform.python_version() returns; `platform` itself costs an import
USER_AGENT = "flatfile-sdk" + f"/{__version__} python/{sys.version.split()[0]}"


class Flatfile:
    """Synchronous client for the Flatfile API.

    Authenticate with `token=` (default: the `FLATFILE_API_KEY` environment variable).
    """

    def __init__(
        self,
        *,
        token: str | Callable[[], str] | None = None,
        base_url: str | None = None,
        environment: FlatfileEnvironment | str = FlatfileEnvironment.PRODUCTION,
        timeout: float | None = None,
        max_retries: int = 2,
        deadline: float | None = None,
        max_response_bytes: int = 100 * 1024 * 1024,
        headers: Mapping[str, str] | None = None,
        httpx_client: httpx.Client | None = None,
        follow_redirects: bool = True,
        strict_response_validation: bool = False,
    ) -> None:
        credential: str | Callable[[], str] = resolve_credential(token, env_var="FLATFILE_API_KEY", param="token")
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
            logger_name="flatfile",
            log_env_var="FLATFILE_LOG",
            idempotency_header=None,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def accounts(self) -> AccountsResource:
        from .resources.accounts import AccountsResource

        return AccountsResource(self._client)

    @cached_property
    def actions(self) -> ActionsResource:
        from .resources.actions import ActionsResource

        return ActionsResource(self._client)

    @cached_property
    def agent_exports(self) -> AgentExportsResource:
        from .resources.agent_exports import AgentExportsResource

        return AgentExportsResource(self._client)

    @cached_property
    def agents(self) -> AgentsResource:
        from .resources.agents import AgentsResource

        return AgentsResource(self._client)

    @cached_property
    def apps(self) -> AppsResource:
        from .resources.apps import AppsResource

        return AppsResource(self._client)

    @cached_property
    def assistant(self) -> AssistantResource:
        from .resources.assistant import AssistantResource

        return AssistantResource(self._client)

    @cached_property
    def auth(self) -> AuthResource:
        from .resources.auth import AuthResource

        return AuthResource(self._client)

    @cached_property
    def commits(self) -> CommitsResource:
        from .resources.commits import CommitsResource

        return CommitsResource(self._client)

    @cached_property
    def data_retention_policies(self) -> DataRetentionPoliciesResource:
        from .resources.data_retention_policies import DataRetentionPoliciesResource

        return DataRetentionPoliciesResource(self._client)

    @cached_property
    def documents(self) -> DocumentsResource:
        from .resources.documents import DocumentsResource

        return DocumentsResource(self._client)

    @cached_property
    def entitlements(self) -> EntitlementsResource:
        from .resources.entitlements import EntitlementsResource

        return EntitlementsResource(self._client)

    @cached_property
    def environments(self) -> EnvironmentsResource:
        from .resources.environments import EnvironmentsResource

        return EnvironmentsResource(self._client)

    @cached_property
    def events(self) -> EventsResource:
        from .resources.events import EventsResource

        return EventsResource(self._client)

    @cached_property
    def files(self) -> FilesResource:
        from .resources.files import FilesResource

        return FilesResource(self._client)

    @cached_property
    def guests(self) -> GuestsResource:
        from .resources.guests import GuestsResource

        return GuestsResource(self._client)

    @cached_property
    def jobs(self) -> JobsResource:
        from .resources.jobs import JobsResource

        return JobsResource(self._client)

    @cached_property
    def mapping(self) -> MappingResource:
        from .resources.mapping import MappingResource

        return MappingResource(self._client)

    @cached_property
    def records(self) -> RecordsResource:
        from .resources.records import RecordsResource

        return RecordsResource(self._client)

    @cached_property
    def roles(self) -> RolesResource:
        from .resources.roles import RolesResource

        return RolesResource(self._client)

    @cached_property
    def secrets(self) -> SecretsResource:
        from .resources.secrets import SecretsResource

        return SecretsResource(self._client)

    @cached_property
    def sheets(self) -> SheetsResource:
        from .resources.sheets import SheetsResource

        return SheetsResource(self._client)

    @cached_property
    def snapshots(self) -> SnapshotsResource:
        from .resources.snapshots import SnapshotsResource

        return SnapshotsResource(self._client)

    @cached_property
    def spaces(self) -> SpacesResource:
        from .resources.spaces import SpacesResource

        return SpacesResource(self._client)

    @cached_property
    def users(self) -> UsersResource:
        from .resources.users import UsersResource

        return UsersResource(self._client)

    @cached_property
    def versions(self) -> VersionsResource:
        from .resources.versions import VersionsResource

        return VersionsResource(self._client)

    @cached_property
    def views(self) -> ViewsResource:
        from .resources.views import ViewsResource

        return ViewsResource(self._client)

    @cached_property
    def workbooks(self) -> WorkbooksResource:
        from .resources.workbooks import WorkbooksResource

        return WorkbooksResource(self._client)

    def close(self) -> None:
        """Close the connection pool (a client you passed in as `httpx_client` stays open)."""
        self._client.close()

    def __enter__(self) -> Flatfile:
        return self

    def __exit__(
        self, exc_type: builtins.type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> builtins.str:  # a resource may be named `str` or `type`
        return f"Flatfile(base_url={self._client.base_url!r})"


class AsyncFlatfile:
    """Asynchronous client for the Flatfile API.

    Authenticate with `token=` (default: the `FLATFILE_API_KEY` environment variable).
    """

    def __init__(
        self,
        *,
        token: str | Callable[[], str] | None = None,
        base_url: str | None = None,
        environment: FlatfileEnvironment | str = FlatfileEnvironment.PRODUCTION,
        timeout: float | None = None,
        max_retries: int = 2,
        deadline: float | None = None,
        max_response_bytes: int = 100 * 1024 * 1024,
        headers: Mapping[str, str] | None = None,
        httpx_client: httpx.AsyncClient | None = None,
        follow_redirects: bool = True,
        strict_response_validation: bool = False,
    ) -> None:
        credential: str | Callable[[], str] = resolve_credential(token, env_var="FLATFILE_API_KEY", param="token")
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
            logger_name="flatfile",
            log_env_var="FLATFILE_LOG",
            idempotency_header=None,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def accounts(self) -> AsyncAccountsResource:
        from .resources.accounts import AsyncAccountsResource

        return AsyncAccountsResource(self._client)

    @cached_property
    def actions(self) -> AsyncActionsResource:
        from .resources.actions import AsyncActionsResource

        return AsyncActionsResource(self._client)

    @cached_property
    def agent_exports(self) -> AsyncAgentExportsResource:
        from .resources.agent_exports import AsyncAgentExportsResource

        return AsyncAgentExportsResource(self._client)

    @cached_property
    def agents(self) -> AsyncAgentsResource:
        from .resources.agents import AsyncAgentsResource

        return AsyncAgentsResource(self._client)

    @cached_property
    def apps(self) -> AsyncAppsResource:
        from .resources.apps import AsyncAppsResource

        return AsyncAppsResource(self._client)

    @cached_property
    def assistant(self) -> AsyncAssistantResource:
        from .resources.assistant import AsyncAssistantResource

        return AsyncAssistantResource(self._client)

    @cached_property
    def auth(self) -> AsyncAuthResource:
        from .resources.auth import AsyncAuthResource

        return AsyncAuthResource(self._client)

    @cached_property
    def commits(self) -> AsyncCommitsResource:
        from .resources.commits import AsyncCommitsResource

        return AsyncCommitsResource(self._client)

    @cached_property
    def data_retention_policies(self) -> AsyncDataRetentionPoliciesResource:
        from .resources.data_retention_policies import AsyncDataRetentionPoliciesResource

        return AsyncDataRetentionPoliciesResource(self._client)

    @cached_property
    def documents(self) -> AsyncDocumentsResource:
        from .resources.documents import AsyncDocumentsResource

        return AsyncDocumentsResource(self._client)

    @cached_property
    def entitlements(self) -> AsyncEntitlementsResource:
        from .resources.entitlements import AsyncEntitlementsResource

        return AsyncEntitlementsResource(self._client)

    @cached_property
    def environments(self) -> AsyncEnvironmentsResource:
        from .resources.environments import AsyncEnvironmentsResource

        return AsyncEnvironmentsResource(self._client)

    @cached_property
    def events(self) -> AsyncEventsResource:
        from .resources.events import AsyncEventsResource

        return AsyncEventsResource(self._client)

    @cached_property
    def files(self) -> AsyncFilesResource:
        from .resources.files import AsyncFilesResource

        return AsyncFilesResource(self._client)

    @cached_property
    def guests(self) -> AsyncGuestsResource:
        from .resources.guests import AsyncGuestsResource

        return AsyncGuestsResource(self._client)

    @cached_property
    def jobs(self) -> AsyncJobsResource:
        from .resources.jobs import AsyncJobsResource

        return AsyncJobsResource(self._client)

    @cached_property
    def mapping(self) -> AsyncMappingResource:
        from .resources.mapping import AsyncMappingResource

        return AsyncMappingResource(self._client)

    @cached_property
    def records(self) -> AsyncRecordsResource:
        from .resources.records import AsyncRecordsResource

        return AsyncRecordsResource(self._client)

    @cached_property
    def roles(self) -> AsyncRolesResource:
        from .resources.roles import AsyncRolesResource

        return AsyncRolesResource(self._client)

    @cached_property
    def secrets(self) -> AsyncSecretsResource:
        from .resources.secrets import AsyncSecretsResource

        return AsyncSecretsResource(self._client)

    @cached_property
    def sheets(self) -> AsyncSheetsResource:
        from .resources.sheets import AsyncSheetsResource

        return AsyncSheetsResource(self._client)

    @cached_property
    def snapshots(self) -> AsyncSnapshotsResource:
        from .resources.snapshots import AsyncSnapshotsResource

        return AsyncSnapshotsResource(self._client)

    @cached_property
    def spaces(self) -> AsyncSpacesResource:
        from .resources.spaces import AsyncSpacesResource

        return AsyncSpacesResource(self._client)

    @cached_property
    def users(self) -> AsyncUsersResource:
        from .resources.users import AsyncUsersResource

        return AsyncUsersResource(self._client)

    @cached_property
    def versions(self) -> AsyncVersionsResource:
        from .resources.versions import AsyncVersionsResource

        return AsyncVersionsResource(self._client)

    @cached_property
    def views(self) -> AsyncViewsResource:
        from .resources.views import AsyncViewsResource

        return AsyncViewsResource(self._client)

    @cached_property
    def workbooks(self) -> AsyncWorkbooksResource:
        from .resources.workbooks import AsyncWorkbooksResource

        return AsyncWorkbooksResource(self._client)

    async def aclose(self) -> None:
        """Close the connection pool (a client you passed in as `httpx_client` stays open)."""
        await self._client.aclose()

    async def __aenter__(self) -> AsyncFlatfile:
        return self

    async def __aexit__(
        self, exc_type: builtins.type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> builtins.str:  # a resource may be named `str` or `type`
        return f"AsyncFlatfile(base_url={self._client.base_url!r})"
