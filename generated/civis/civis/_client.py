"""The `APIClient` and `AsyncAPIClient` clients: configuration, auth, and the API's resources."""

from __future__ import annotations

import builtins
import sys
from collections.abc import Callable, Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING

import httpx

from ._core.auth import ApiKeyAuth, resolve_credential
from ._core.http_client import AsyncHttpClient, SyncHttpClient
from .environment import APIClientEnvironment
from .extensions.helpers import AsyncClientHelpers, ClientHelpers

if TYPE_CHECKING:
    from .resources.announcements import AnnouncementsResource, AsyncAnnouncementsResource
    from .resources.apps import AppsResource, AsyncAppsResource
    from .resources.clusters import AsyncClustersResource, ClustersResource
    from .resources.codes import AsyncCodesResource, CodesResource
    from .resources.credentials import AsyncCredentialsResource, CredentialsResource
    from .resources.databases import AsyncDatabasesResource, DatabasesResource
    from .resources.endpoints import AsyncEndpointsResource, EndpointsResource
    from .resources.enhancements import AsyncEnhancementsResource, EnhancementsResource
    from .resources.exports import AsyncExportsResource, ExportsResource
    from .resources.files import AsyncFilesResource, FilesResource
    from .resources.groups import AsyncGroupsResource, GroupsResource
    from .resources.imports import AsyncImportsResource, ImportsResource
    from .resources.jobs import AsyncJobsResource, JobsResource
    from .resources.match_targets import AsyncMatchTargetsResource, MatchTargetsResource
    from .resources.media import AsyncMediaResource, MediaResource
    from .resources.models import AsyncModelsResource, ModelsResource
    from .resources.notebooks import AsyncNotebooksResource, NotebooksResource
    from .resources.notifications import AsyncNotificationsResource, NotificationsResource
    from .resources.ontology import AsyncOntologyResource, OntologyResource
    from .resources.predictions import AsyncPredictionsResource, PredictionsResource
    from .resources.projects import AsyncProjectsResource, ProjectsResource
    from .resources.queries import AsyncQueriesResource, QueriesResource
    from .resources.remote_hosts import AsyncRemoteHostsResource, RemoteHostsResource
    from .resources.reports import AsyncReportsResource, ReportsResource
    from .resources.results import AsyncResultsResource, ResultsResource
    from .resources.scripts import AsyncScriptsResource, ScriptsResource
    from .resources.search import AsyncSearchResource, SearchResource
    from .resources.tables import AsyncTablesResource, TablesResource
    from .resources.templates import AsyncTemplatesResource, TemplatesResource
    from .resources.users import AsyncUsersResource, UsersResource
    from .resources.workflows import AsyncWorkflowsResource, WorkflowsResource

__version__ = "0.1.0"
# sys.version starts with what platform.python_version() returns; `platform` itself costs an import
USER_AGENT = "civis-sdk" + f"/{__version__} python/{sys.version.split()[0]}"


class APIClient(ClientHelpers):
    """Synchronous client for the Civis Analytics API.

    Authenticate with `api_key=` (default: the `CIVIS_API_KEY` environment variable).

    The previous SDK's constructor arguments are accepted too: `retry_total=` (for `max_retries=`),
    `resources=` ('base' or 'all'), `return_type=` ('snake'), `api_version=` ('1.0').
    """

    def __init__(
        self,
        *,
        api_key: str | Callable[[], str] | None = None,
        base_url: str | None = None,
        environment: APIClientEnvironment | str = APIClientEnvironment.PRODUCTION,
        timeout: float | None = None,
        max_retries: int = 2,
        deadline: float | None = None,
        max_response_bytes: int = 100 * 1024 * 1024,
        headers: Mapping[str, str] | None = None,
        httpx_client: httpx.Client | None = None,
        follow_redirects: bool = True,
        strict_response_validation: bool = False,
        retry_total: int | None = None,
        resources: str = "base",
        return_type: str = "snake",
        api_version: str = "1.0",
    ) -> None:
        if retry_total is not None:  # the previous SDK's name for `max_retries`
            max_retries = retry_total
        # the previous SDK's `resources`: its accepted values have no effect here
        if resources not in ("base", "all"):
            raise ValueError(f"resources={resources!r} is not supported here (accepted: 'base', 'all')")
        # the previous SDK's `return_type`: its accepted values have no effect here
        if return_type not in ("snake",):
            raise ValueError(f"return_type={return_type!r} is not supported here (accepted: 'snake')")
        # the previous SDK's `api_version`: its accepted values have no effect here
        if api_version not in ("1.0",):
            raise ValueError(f"api_version={api_version!r} is not supported here (accepted: '1.0')")
        credential: str | Callable[[], str] = resolve_credential(api_key, env_var="CIVIS_API_KEY", param="api_key")
        self._client = SyncHttpClient(
            base_url=base_url or str(getattr(environment, "value", environment)),
            auth=ApiKeyAuth(credential, header="Authorization", prefix="Bearer"),
            headers=headers,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            httpx_client=httpx_client,
            follow_redirects=follow_redirects,
            user_agent=USER_AGENT,
            logger_name="civis",
            log_env_var="CIVIS_LOG",
            idempotency_header=None,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def apps(self) -> AppsResource:
        from .resources.apps import AppsResource

        return AppsResource(self._client)

    @cached_property
    def codes(self) -> CodesResource:
        from .resources.codes import CodesResource

        return CodesResource(self._client)

    @cached_property
    def results(self) -> ResultsResource:
        from .resources.results import ResultsResource

        return ResultsResource(self._client)

    @cached_property
    def announcements(self) -> AnnouncementsResource:
        from .resources.announcements import AnnouncementsResource

        return AnnouncementsResource(self._client)

    @cached_property
    def clusters(self) -> ClustersResource:
        from .resources.clusters import ClustersResource

        return ClustersResource(self._client)

    @cached_property
    def credentials(self) -> CredentialsResource:
        from .resources.credentials import CredentialsResource

        return CredentialsResource(self._client)

    @cached_property
    def databases(self) -> DatabasesResource:
        from .resources.databases import DatabasesResource

        return DatabasesResource(self._client)

    @cached_property
    def endpoints(self) -> EndpointsResource:
        from .resources.endpoints import EndpointsResource

        return EndpointsResource(self._client)

    @cached_property
    def enhancements(self) -> EnhancementsResource:
        from .resources.enhancements import EnhancementsResource

        return EnhancementsResource(self._client)

    @cached_property
    def exports(self) -> ExportsResource:
        from .resources.exports import ExportsResource

        return ExportsResource(self._client)

    @cached_property
    def files(self) -> FilesResource:
        from .resources.files import FilesResource

        return FilesResource(self._client)

    @cached_property
    def groups(self) -> GroupsResource:
        from .resources.groups import GroupsResource

        return GroupsResource(self._client)

    @cached_property
    def imports(self) -> ImportsResource:
        from .resources.imports import ImportsResource

        return ImportsResource(self._client)

    @cached_property
    def jobs(self) -> JobsResource:
        from .resources.jobs import JobsResource

        return JobsResource(self._client)

    @cached_property
    def match_targets(self) -> MatchTargetsResource:
        from .resources.match_targets import MatchTargetsResource

        return MatchTargetsResource(self._client)

    @cached_property
    def media(self) -> MediaResource:
        from .resources.media import MediaResource

        return MediaResource(self._client)

    @cached_property
    def models(self) -> ModelsResource:
        from .resources.models import ModelsResource

        return ModelsResource(self._client)

    @cached_property
    def notebooks(self) -> NotebooksResource:
        from .resources.notebooks import NotebooksResource

        return NotebooksResource(self._client)

    @cached_property
    def notifications(self) -> NotificationsResource:
        from .resources.notifications import NotificationsResource

        return NotificationsResource(self._client)

    @cached_property
    def ontology(self) -> OntologyResource:
        from .resources.ontology import OntologyResource

        return OntologyResource(self._client)

    @cached_property
    def predictions(self) -> PredictionsResource:
        from .resources.predictions import PredictionsResource

        return PredictionsResource(self._client)

    @cached_property
    def projects(self) -> ProjectsResource:
        from .resources.projects import ProjectsResource

        return ProjectsResource(self._client)

    @cached_property
    def queries(self) -> QueriesResource:
        from .resources.queries import QueriesResource

        return QueriesResource(self._client)

    @cached_property
    def remote_hosts(self) -> RemoteHostsResource:
        from .resources.remote_hosts import RemoteHostsResource

        return RemoteHostsResource(self._client)

    @cached_property
    def reports(self) -> ReportsResource:
        from .resources.reports import ReportsResource

        return ReportsResource(self._client)

    @cached_property
    def scripts(self) -> ScriptsResource:
        from .resources.scripts import ScriptsResource

        return ScriptsResource(self._client)

    @cached_property
    def search(self) -> SearchResource:
        from .resources.search import SearchResource

        return SearchResource(self._client)

    @cached_property
    def tables(self) -> TablesResource:
        from .resources.tables import TablesResource

        return TablesResource(self._client)

    @cached_property
    def templates(self) -> TemplatesResource:
        from .resources.templates import TemplatesResource

        return TemplatesResource(self._client)

    @cached_property
    def users(self) -> UsersResource:
        from .resources.users import UsersResource

        return UsersResource(self._client)

    @cached_property
    def workflows(self) -> WorkflowsResource:
        from .resources.workflows import WorkflowsResource

        return WorkflowsResource(self._client)

    def close(self) -> None:
        """Close the connection pool (a client you passed in as `httpx_client` stays open)."""
        self._client.close()

    def __enter__(self) -> APIClient:
        return self

    def __exit__(
        self, exc_type: builtins.type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> builtins.str:  # a resource may be named `str` or `type`
        return f"APIClient(base_url={self._client.base_url!r})"


class AsyncAPIClient(AsyncClientHelpers):
    """Asynchronous client for the Civis Analytics API.

    Authenticate with `api_key=` (default: the `CIVIS_API_KEY` environment variable).

    The previous SDK's constructor arguments are accepted too: `retry_total=` (for `max_retries=`),
    `resources=` ('base' or 'all'), `return_type=` ('snake'), `api_version=` ('1.0').
    """

    def __init__(
        self,
        *,
        api_key: str | Callable[[], str] | None = None,
        base_url: str | None = None,
        environment: APIClientEnvironment | str = APIClientEnvironment.PRODUCTION,
        timeout: float | None = None,
        max_retries: int = 2,
        deadline: float | None = None,
        max_response_bytes: int = 100 * 1024 * 1024,
        headers: Mapping[str, str] | None = None,
        httpx_client: httpx.AsyncClient | None = None,
        follow_redirects: bool = True,
        strict_response_validation: bool = False,
        retry_total: int | None = None,
        resources: str = "base",
        return_type: str = "snake",
        api_version: str = "1.0",
    ) -> None:
        if retry_total is not None:  # the previous SDK's name for `max_retries`
            max_retries = retry_total
        # the previous SDK's `resources`: its accepted values have no effect here
        if resources not in ("base", "all"):
            raise ValueError(f"resources={resources!r} is not supported here (accepted: 'base', 'all')")
        # the previous SDK's `return_type`: its accepted values have no effect here
        if return_type not in ("snake",):
            raise ValueError(f"return_type={return_type!r} is not supported here (accepted: 'snake')")
        # the previous SDK's `api_version`: its accepted values have no effect here
        if api_version not in ("1.0",):
            raise ValueError(f"api_version={api_version!r} is not supported here (accepted: '1.0')")
        credential: str | Callable[[], str] = resolve_credential(api_key, env_var="CIVIS_API_KEY", param="api_key")
        self._client = AsyncHttpClient(
            base_url=base_url or str(getattr(environment, "value", environment)),
            auth=ApiKeyAuth(credential, header="Authorization", prefix="Bearer"),
            headers=headers,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            httpx_client=httpx_client,
            follow_redirects=follow_redirects,
            user_agent=USER_AGENT,
            logger_name="civis",
            log_env_var="CIVIS_LOG",
            idempotency_header=None,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def apps(self) -> AsyncAppsResource:
        from .resources.apps import AsyncAppsResource

        return AsyncAppsResource(self._client)

    @cached_property
    def codes(self) -> AsyncCodesResource:
        from .resources.codes import AsyncCodesResource

        return AsyncCodesResource(self._client)

    @cached_property
    def results(self) -> AsyncResultsResource:
        from .resources.results import AsyncResultsResource

        return AsyncResultsResource(self._client)

    @cached_property
    def announcements(self) -> AsyncAnnouncementsResource:
        from .resources.announcements import AsyncAnnouncementsResource

        return AsyncAnnouncementsResource(self._client)

    @cached_property
    def clusters(self) -> AsyncClustersResource:
        from .resources.clusters import AsyncClustersResource

        return AsyncClustersResource(self._client)

    @cached_property
    def credentials(self) -> AsyncCredentialsResource:
        from .resources.credentials import AsyncCredentialsResource

        return AsyncCredentialsResource(self._client)

    @cached_property
    def databases(self) -> AsyncDatabasesResource:
        from .resources.databases import AsyncDatabasesResource

        return AsyncDatabasesResource(self._client)

    @cached_property
    def endpoints(self) -> AsyncEndpointsResource:
        from .resources.endpoints import AsyncEndpointsResource

        return AsyncEndpointsResource(self._client)

    @cached_property
    def enhancements(self) -> AsyncEnhancementsResource:
        from .resources.enhancements import AsyncEnhancementsResource

        return AsyncEnhancementsResource(self._client)

    @cached_property
    def exports(self) -> AsyncExportsResource:
        from .resources.exports import AsyncExportsResource

        return AsyncExportsResource(self._client)

    @cached_property
    def files(self) -> AsyncFilesResource:
        from .resources.files import AsyncFilesResource

        return AsyncFilesResource(self._client)

    @cached_property
    def groups(self) -> AsyncGroupsResource:
        from .resources.groups import AsyncGroupsResource

        return AsyncGroupsResource(self._client)

    @cached_property
    def imports(self) -> AsyncImportsResource:
        from .resources.imports import AsyncImportsResource

        return AsyncImportsResource(self._client)

    @cached_property
    def jobs(self) -> AsyncJobsResource:
        from .resources.jobs import AsyncJobsResource

        return AsyncJobsResource(self._client)

    @cached_property
    def match_targets(self) -> AsyncMatchTargetsResource:
        from .resources.match_targets import AsyncMatchTargetsResource

        return AsyncMatchTargetsResource(self._client)

    @cached_property
    def media(self) -> AsyncMediaResource:
        from .resources.media import AsyncMediaResource

        return AsyncMediaResource(self._client)

    @cached_property
    def models(self) -> AsyncModelsResource:
        from .resources.models import AsyncModelsResource

        return AsyncModelsResource(self._client)

    @cached_property
    def notebooks(self) -> AsyncNotebooksResource:
        from .resources.notebooks import AsyncNotebooksResource

        return AsyncNotebooksResource(self._client)

    @cached_property
    def notifications(self) -> AsyncNotificationsResource:
        from .resources.notifications import AsyncNotificationsResource

        return AsyncNotificationsResource(self._client)

    @cached_property
    def ontology(self) -> AsyncOntologyResource:
        from .resources.ontology import AsyncOntologyResource

        return AsyncOntologyResource(self._client)

    @cached_property
    def predictions(self) -> AsyncPredictionsResource:
        from .resources.predictions import AsyncPredictionsResource

        return AsyncPredictionsResource(self._client)

    @cached_property
    def projects(self) -> AsyncProjectsResource:
        from .resources.projects import AsyncProjectsResource

        return AsyncProjectsResource(self._client)

    @cached_property
    def queries(self) -> AsyncQueriesResource:
        from .resources.queries import AsyncQueriesResource

        return AsyncQueriesResource(self._client)

    @cached_property
    def remote_hosts(self) -> AsyncRemoteHostsResource:
        from .resources.remote_hosts import AsyncRemoteHostsResource

        return AsyncRemoteHostsResource(self._client)

    @cached_property
    def reports(self) -> AsyncReportsResource:
        from .resources.reports import AsyncReportsResource

        return AsyncReportsResource(self._client)

    @cached_property
    def scripts(self) -> AsyncScriptsResource:
        from .resources.scripts import AsyncScriptsResource

        return AsyncScriptsResource(self._client)

    @cached_property
    def search(self) -> AsyncSearchResource:
        from .resources.search import AsyncSearchResource

        return AsyncSearchResource(self._client)

    @cached_property
    def tables(self) -> AsyncTablesResource:
        from .resources.tables import AsyncTablesResource

        return AsyncTablesResource(self._client)

    @cached_property
    def templates(self) -> AsyncTemplatesResource:
        from .resources.templates import AsyncTemplatesResource

        return AsyncTemplatesResource(self._client)

    @cached_property
    def users(self) -> AsyncUsersResource:
        from .resources.users import AsyncUsersResource

        return AsyncUsersResource(self._client)

    @cached_property
    def workflows(self) -> AsyncWorkflowsResource:
        from .resources.workflows import AsyncWorkflowsResource

        return AsyncWorkflowsResource(self._client)

    async def aclose(self) -> None:
        """Close the connection pool (a client you passed in as `httpx_client` stays open)."""
        await self._client.aclose()

    async def __aenter__(self) -> AsyncAPIClient:
        return self

    async def __aexit__(
        self, exc_type: builtins.type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> builtins.str:  # a resource may be named `str` or `type`
        return f"AsyncAPIClient(base_url={self._client.base_url!r})"
