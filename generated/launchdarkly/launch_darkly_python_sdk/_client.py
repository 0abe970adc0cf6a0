"""The `LaunchDarkly` and `AsyncLaunchDarkly` clients: configuration, auth, and the API's resources."""

from __future__ import annotations

import builtins
import sys
from collections.abc import Callable, Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx

from ._core.auth import ApiKeyAuth, resolve_credential
from ._core.http_client import AsyncHttpClient, SyncHttpClient
from .environment import LaunchDarklyEnvironment

if TYPE_CHECKING:
    from .resources.access_tokens import AccessTokensResource, AsyncAccessTokensResource
    from .resources.account_members import AccountMembersResource, AsyncAccountMembersResource
    from .resources.account_members_beta import AccountMembersBetaResource, AsyncAccountMembersBetaResource
    from .resources.account_usage_beta import AccountUsageBetaResource, AsyncAccountUsageBetaResource
    from .resources.applications_beta import ApplicationsBetaResource, AsyncApplicationsBetaResource
    from .resources.approvals import ApprovalsResource, AsyncApprovalsResource
    from .resources.audit_log import AsyncAuditLogResource, AuditLogResource
    from .resources.code_references import AsyncCodeReferencesResource, CodeReferencesResource
    from .resources.context_settings import AsyncContextSettingsResource, ContextSettingsResource
    from .resources.contexts import AsyncContextsResource, ContextsResource
    from .resources.custom_roles import AsyncCustomRolesResource, CustomRolesResource
    from .resources.data_export_destinations import AsyncDataExportDestinationsResource, DataExportDestinationsResource
    from .resources.environments import AsyncEnvironmentsResource, EnvironmentsResource
    from .resources.experiments_beta import AsyncExperimentsBetaResource, ExperimentsBetaResource
    from .resources.feature_flags import AsyncFeatureFlagsResource, FeatureFlagsResource
    from .resources.feature_flags_beta import AsyncFeatureFlagsBetaResource, FeatureFlagsBetaResource
    from .resources.flag_links_beta import AsyncFlagLinksBetaResource, FlagLinksBetaResource
    from .resources.flag_triggers import AsyncFlagTriggersResource, FlagTriggersResource
    from .resources.follow_flags import AsyncFollowFlagsResource, FollowFlagsResource
    from .resources.insights_charts_beta import AsyncInsightsChartsBetaResource, InsightsChartsBetaResource
    from .resources.insights_deployments_beta import (
        AsyncInsightsDeploymentsBetaResource,
        InsightsDeploymentsBetaResource,
    )
    from .resources.insights_flag_events_beta import AsyncInsightsFlagEventsBetaResource, InsightsFlagEventsBetaResource
    from .resources.insights_pull_requests_beta import (
        AsyncInsightsPullRequestsBetaResource,
        InsightsPullRequestsBetaResource,
    )
    from .resources.insights_repositories_beta import (
        AsyncInsightsRepositoriesBetaResource,
        InsightsRepositoriesBetaResource,
    )
    from .resources.insights_scores_beta import AsyncInsightsScoresBetaResource, InsightsScoresBetaResource
    from .resources.integration_audit_log_subscriptions import (
        AsyncIntegrationAuditLogSubscriptionsResource,
        IntegrationAuditLogSubscriptionsResource,
    )
    from .resources.integration_delivery_configurations_beta import (
        AsyncIntegrationDeliveryConfigurationsBetaResource,
        IntegrationDeliveryConfigurationsBetaResource,
    )
    from .resources.integrations_beta import AsyncIntegrationsBetaResource, IntegrationsBetaResource
    from .resources.metrics import AsyncMetricsResource, MetricsResource
    from .resources.metrics_beta import AsyncMetricsBetaResource, MetricsBetaResource
    from .resources.o_auth2_clients import AsyncOAuth2ClientsResource, OAuth2ClientsResource
    from .resources.other import AsyncOtherResource, OtherResource
    from .resources.projects import AsyncProjectsResource, ProjectsResource
    from .resources.relay_proxy_configurations import (
        AsyncRelayProxyConfigurationsResource,
        RelayProxyConfigurationsResource,
    )
    from .resources.release_pipelines_beta import AsyncReleasePipelinesBetaResource, ReleasePipelinesBetaResource
    from .resources.releases_beta import AsyncReleasesBetaResource, ReleasesBetaResource
    from .resources.scheduled_changes import AsyncScheduledChangesResource, ScheduledChangesResource
    from .resources.segments import AsyncSegmentsResource, SegmentsResource
    from .resources.segments_beta import AsyncSegmentsBetaResource, SegmentsBetaResource
    from .resources.tags import AsyncTagsResource, TagsResource
    from .resources.teams import AsyncTeamsResource, TeamsResource
    from .resources.teams_beta import AsyncTeamsBetaResource, TeamsBetaResource
    from .resources.user_settings import AsyncUserSettingsResource, UserSettingsResource
    from .resources.users import AsyncUsersResource, UsersResource
    from .resources.users_beta import AsyncUsersBetaResource, UsersBetaResource
    from .resources.webhooks import AsyncWebhooksResource, WebhooksResource
    from .resources.workflow_templates import AsyncWorkflowTemplatesResource, WorkflowTemplatesResource
    from .resources.workflows import AsyncWorkflowsResource, WorkflowsResource

__version__ = "0.1.0"
# sys.version starts with what platform.python_version() returns; `platform` itself costs an import
USER_AGENT = "launch-darkly-python-sdk" + f"/{__version__} python/{sys.version.split()[0]}"


class LaunchDarkly:
    """Synchronous client for the LaunchDarkly REST API.

    Authenticate with `api_key=` (default: the `LAUNCHDARKLY_API_KEY` environment variable).
    """

    def __init__(
        self,
        *,
        api_key: str | Callable[[], str] | None = None,
        base_url: str | None = None,
        environment: LaunchDarklyEnvironment | str = LaunchDarklyEnvironment.COMMERCIAL,
        timeout: float | None = None,
        max_retries: int = 2,
        deadline: float | None = None,
        max_response_bytes: int = 100 * 1024 * 1024,
        headers: Mapping[str, str] | None = None,
        httpx_client: httpx.Client | None = None,
        follow_redirects: bool = True,
        strict_response_validation: bool = False,
    ) -> None:
        credential: str | Callable[[], str] = resolve_credential(
            api_key, env_var="LAUNCHDARKLY_API_KEY", param="api_key"
        )
        self._async_http: AsyncHttpClient | None = None
        self._async_settings: dict[str, Any] = {
            "base_url": base_url or str(getattr(environment, "value", environment)),
            "auth": ApiKeyAuth(credential, header="Authorization"),
            "headers": headers,
            "timeout": timeout,
            "max_retries": max_retries,
            "deadline": deadline,
            "max_response_bytes": max_response_bytes,
            "follow_redirects": follow_redirects,
            "user_agent": USER_AGENT,
            "logger_name": "launch_darkly_python_sdk",
            "log_env_var": "LAUNCH_DARKLY_PYTHON_SDK_LOG",
            "idempotency_header": None,
            "strict_response_validation": strict_response_validation,
        }
        self._client = SyncHttpClient(
            base_url=base_url or str(getattr(environment, "value", environment)),
            auth=ApiKeyAuth(credential, header="Authorization"),
            headers=headers,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            httpx_client=httpx_client,
            follow_redirects=follow_redirects,
            user_agent=USER_AGENT,
            logger_name="launch_darkly_python_sdk",
            log_env_var="LAUNCH_DARKLY_PYTHON_SDK_LOG",
            idempotency_header=None,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def other(self) -> OtherResource:
        from .resources.other import OtherResource

        return OtherResource(self._client, self._async_twin)

    @cached_property
    def relay_proxy_configurations(self) -> RelayProxyConfigurationsResource:
        from .resources.relay_proxy_configurations import RelayProxyConfigurationsResource

        return RelayProxyConfigurationsResource(self._client, self._async_twin)

    @cached_property
    def applications_beta(self) -> ApplicationsBetaResource:
        from .resources.applications_beta import ApplicationsBetaResource

        return ApplicationsBetaResource(self._client, self._async_twin)

    @cached_property
    def approvals(self) -> ApprovalsResource:
        from .resources.approvals import ApprovalsResource

        return ApprovalsResource(self._client, self._async_twin)

    @cached_property
    def audit_log(self) -> AuditLogResource:
        from .resources.audit_log import AuditLogResource

        return AuditLogResource(self._client, self._async_twin)

    @cached_property
    def code_references(self) -> CodeReferencesResource:
        from .resources.code_references import CodeReferencesResource

        return CodeReferencesResource(self._client, self._async_twin)

    @cached_property
    def data_export_destinations(self) -> DataExportDestinationsResource:
        from .resources.data_export_destinations import DataExportDestinationsResource

        return DataExportDestinationsResource(self._client, self._async_twin)

    @cached_property
    def flag_links_beta(self) -> FlagLinksBetaResource:
        from .resources.flag_links_beta import FlagLinksBetaResource

        return FlagLinksBetaResource(self._client, self._async_twin)

    @cached_property
    def feature_flags(self) -> FeatureFlagsResource:
        from .resources.feature_flags import FeatureFlagsResource

        return FeatureFlagsResource(self._client, self._async_twin)

    @cached_property
    def feature_flags_beta(self) -> FeatureFlagsBetaResource:
        from .resources.feature_flags_beta import FeatureFlagsBetaResource

        return FeatureFlagsBetaResource(self._client, self._async_twin)

    @cached_property
    def flag_triggers(self) -> FlagTriggersResource:
        from .resources.flag_triggers import FlagTriggersResource

        return FlagTriggersResource(self._client, self._async_twin)

    @cached_property
    def releases_beta(self) -> ReleasesBetaResource:
        from .resources.releases_beta import ReleasesBetaResource

        return ReleasesBetaResource(self._client, self._async_twin)

    @cached_property
    def integrations_beta(self) -> IntegrationsBetaResource:
        from .resources.integrations_beta import IntegrationsBetaResource

        return IntegrationsBetaResource(self._client, self._async_twin)

    @cached_property
    def integration_delivery_configurations_beta(self) -> IntegrationDeliveryConfigurationsBetaResource:
        from .resources.integration_delivery_configurations_beta import IntegrationDeliveryConfigurationsBetaResource

        return IntegrationDeliveryConfigurationsBetaResource(self._client, self._async_twin)

    @cached_property
    def integration_audit_log_subscriptions(self) -> IntegrationAuditLogSubscriptionsResource:
        from .resources.integration_audit_log_subscriptions import IntegrationAuditLogSubscriptionsResource

        return IntegrationAuditLogSubscriptionsResource(self._client, self._async_twin)

    @cached_property
    def account_members(self) -> AccountMembersResource:
        from .resources.account_members import AccountMembersResource

        return AccountMembersResource(self._client, self._async_twin)

    @cached_property
    def account_members_beta(self) -> AccountMembersBetaResource:
        from .resources.account_members_beta import AccountMembersBetaResource

        return AccountMembersBetaResource(self._client, self._async_twin)

    @cached_property
    def metrics(self) -> MetricsResource:
        from .resources.metrics import MetricsResource

        return MetricsResource(self._client, self._async_twin)

    @cached_property
    def o_auth2_clients(self) -> OAuth2ClientsResource:
        from .resources.o_auth2_clients import OAuth2ClientsResource

        return OAuth2ClientsResource(self._client, self._async_twin)

    @cached_property
    def projects(self) -> ProjectsResource:
        from .resources.projects import ProjectsResource

        return ProjectsResource(self._client, self._async_twin)

    @cached_property
    def contexts(self) -> ContextsResource:
        from .resources.contexts import ContextsResource

        return ContextsResource(self._client, self._async_twin)

    @cached_property
    def environments(self) -> EnvironmentsResource:
        from .resources.environments import EnvironmentsResource

        return EnvironmentsResource(self._client, self._async_twin)

    @cached_property
    def context_settings(self) -> ContextSettingsResource:
        from .resources.context_settings import ContextSettingsResource

        return ContextSettingsResource(self._client, self._async_twin)

    @cached_property
    def experiments_beta(self) -> ExperimentsBetaResource:
        from .resources.experiments_beta import ExperimentsBetaResource

        return ExperimentsBetaResource(self._client, self._async_twin)

    @cached_property
    def follow_flags(self) -> FollowFlagsResource:
        from .resources.follow_flags import FollowFlagsResource

        return FollowFlagsResource(self._client, self._async_twin)

    @cached_property
    def segments(self) -> SegmentsResource:
        from .resources.segments import SegmentsResource

        return SegmentsResource(self._client, self._async_twin)

    @cached_property
    def scheduled_changes(self) -> ScheduledChangesResource:
        from .resources.scheduled_changes import ScheduledChangesResource

        return ScheduledChangesResource(self._client, self._async_twin)

    @cached_property
    def workflows(self) -> WorkflowsResource:
        from .resources.workflows import WorkflowsResource

        return WorkflowsResource(self._client, self._async_twin)

    @cached_property
    def metrics_beta(self) -> MetricsBetaResource:
        from .resources.metrics_beta import MetricsBetaResource

        return MetricsBetaResource(self._client, self._async_twin)

    @cached_property
    def release_pipelines_beta(self) -> ReleasePipelinesBetaResource:
        from .resources.release_pipelines_beta import ReleasePipelinesBetaResource

        return ReleasePipelinesBetaResource(self._client, self._async_twin)

    @cached_property
    def custom_roles(self) -> CustomRolesResource:
        from .resources.custom_roles import CustomRolesResource

        return CustomRolesResource(self._client, self._async_twin)

    @cached_property
    def segments_beta(self) -> SegmentsBetaResource:
        from .resources.segments_beta import SegmentsBetaResource

        return SegmentsBetaResource(self._client, self._async_twin)

    @cached_property
    def teams(self) -> TeamsResource:
        from .resources.teams import TeamsResource

        return TeamsResource(self._client, self._async_twin)

    @cached_property
    def teams_beta(self) -> TeamsBetaResource:
        from .resources.teams_beta import TeamsBetaResource

        return TeamsBetaResource(self._client, self._async_twin)

    @cached_property
    def workflow_templates(self) -> WorkflowTemplatesResource:
        from .resources.workflow_templates import WorkflowTemplatesResource

        return WorkflowTemplatesResource(self._client, self._async_twin)

    @cached_property
    def access_tokens(self) -> AccessTokensResource:
        from .resources.access_tokens import AccessTokensResource

        return AccessTokensResource(self._client, self._async_twin)

    @cached_property
    def account_usage_beta(self) -> AccountUsageBetaResource:
        from .resources.account_usage_beta import AccountUsageBetaResource

        return AccountUsageBetaResource(self._client, self._async_twin)

    @cached_property
    def users_beta(self) -> UsersBetaResource:
        from .resources.users_beta import UsersBetaResource

        return UsersBetaResource(self._client, self._async_twin)

    @cached_property
    def users(self) -> UsersResource:
        from .resources.users import UsersResource

        return UsersResource(self._client, self._async_twin)

    @cached_property
    def user_settings(self) -> UserSettingsResource:
        from .resources.user_settings import UserSettingsResource

        return UserSettingsResource(self._client, self._async_twin)

    @cached_property
    def webhooks(self) -> WebhooksResource:
        from .resources.webhooks import WebhooksResource

        return WebhooksResource(self._client, self._async_twin)

    @cached_property
    def tags(self) -> TagsResource:
        from .resources.tags import TagsResource

        return TagsResource(self._client, self._async_twin)

    @cached_property
    def insights_charts_beta(self) -> InsightsChartsBetaResource:
        from .resources.insights_charts_beta import InsightsChartsBetaResource

        return InsightsChartsBetaResource(self._client, self._async_twin)

    @cached_property
    def insights_deployments_beta(self) -> InsightsDeploymentsBetaResource:
        from .resources.insights_deployments_beta import InsightsDeploymentsBetaResource

        return InsightsDeploymentsBetaResource(self._client, self._async_twin)

    @cached_property
    def insights_flag_events_beta(self) -> InsightsFlagEventsBetaResource:
        from .resources.insights_flag_events_beta import InsightsFlagEventsBetaResource

        return InsightsFlagEventsBetaResource(self._client, self._async_twin)

    @cached_property
    def insights_scores_beta(self) -> InsightsScoresBetaResource:
        from .resources.insights_scores_beta import InsightsScoresBetaResource

        return InsightsScoresBetaResource(self._client, self._async_twin)

    @cached_property
    def insights_pull_requests_beta(self) -> InsightsPullRequestsBetaResource:
        from .resources.insights_pull_requests_beta import InsightsPullRequestsBetaResource

        return InsightsPullRequestsBetaResource(self._client, self._async_twin)

    @cached_property
    def insights_repositories_beta(self) -> InsightsRepositoriesBetaResource:
        from .resources.insights_repositories_beta import InsightsRepositoriesBetaResource

        return InsightsRepositoriesBetaResource(self._client, self._async_twin)

    def _async_twin(self) -> AsyncHttpClient:
        """The asynchronous HTTP client behind the `a`-prefixed coroutine methods, built on first use."""
        if self._async_http is None:
            self._async_http = AsyncHttpClient(**self._async_settings)
        return self._async_http

    def close(self) -> None:
        """Close the connection pool (a client you passed in as `httpx_client` stays open)."""
        self._client.close()

    def __enter__(self) -> LaunchDarkly:
        return self

    def __exit__(
        self, exc_type: builtins.type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> builtins.str:  # a resource may be named `str` or `type`
        return f"LaunchDarkly(base_url={self._client.base_url!r})"


class AsyncLaunchDarkly:
    """Asynchronous client for the LaunchDarkly REST API.

    Authenticate with `api_key=` (default: the `LAUNCHDARKLY_API_KEY` environment variable).
    """

    def __init__(
        self,
        *,
        api_key: str | Callable[[], str] | None = None,
        base_url: str | None = None,
        environment: LaunchDarklyEnvironment | str = LaunchDarklyEnvironment.COMMERCIAL,
        timeout: float | None = None,
        max_retries: int = 2,
        deadline: float | None = None,
        max_response_bytes: int = 100 * 1024 * 1024,
        headers: Mapping[str, str] | None = None,
        httpx_client: httpx.AsyncClient | None = None,
        follow_redirects: bool = True,
        strict_response_validation: bool = False,
    ) -> None:
        credential: str | Callable[[], str] = resolve_credential(
            api_key, env_var="LAUNCHDARKLY_API_KEY", param="api_key"
        )
        self._client = AsyncHttpClient(
            base_url=base_url or str(getattr(environment, "value", environment)),
            auth=ApiKeyAuth(credential, header="Authorization"),
            headers=headers,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            httpx_client=httpx_client,
            follow_redirects=follow_redirects,
            user_agent=USER_AGENT,
            logger_name="launch_darkly_python_sdk",
            log_env_var="LAUNCH_DARKLY_PYTHON_SDK_LOG",
            idempotency_header=None,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def other(self) -> AsyncOtherResource:
        from .resources.other import AsyncOtherResource

        return AsyncOtherResource(self._client)

    @cached_property
    def relay_proxy_configurations(self) -> AsyncRelayProxyConfigurationsResource:
        from .resources.relay_proxy_configurations import AsyncRelayProxyConfigurationsResource

        return AsyncRelayProxyConfigurationsResource(self._client)

    @cached_property
    def applications_beta(self) -> AsyncApplicationsBetaResource:
        from .resources.applications_beta import AsyncApplicationsBetaResource

        return AsyncApplicationsBetaResource(self._client)

    @cached_property
    def approvals(self) -> AsyncApprovalsResource:
        from .resources.approvals import AsyncApprovalsResource

        return AsyncApprovalsResource(self._client)

    @cached_property
    def audit_log(self) -> AsyncAuditLogResource:
        from .resources.audit_log import AsyncAuditLogResource

        return AsyncAuditLogResource(self._client)

    @cached_property
    def code_references(self) -> AsyncCodeReferencesResource:
        from .resources.code_references import AsyncCodeReferencesResource

        return AsyncCodeReferencesResource(self._client)

    @cached_property
    def data_export_destinations(self) -> AsyncDataExportDestinationsResource:
        from .resources.data_export_destinations import AsyncDataExportDestinationsResource

        return AsyncDataExportDestinationsResource(self._client)

    @cached_property
    def flag_links_beta(self) -> AsyncFlagLinksBetaResource:
        from .resources.flag_links_beta import AsyncFlagLinksBetaResource

        return AsyncFlagLinksBetaResource(self._client)

    @cached_property
    def feature_flags(self) -> AsyncFeatureFlagsResource:
        from .resources.feature_flags import AsyncFeatureFlagsResource

        return AsyncFeatureFlagsResource(self._client)

    @cached_property
    def feature_flags_beta(self) -> AsyncFeatureFlagsBetaResource:
        from .resources.feature_flags_beta import AsyncFeatureFlagsBetaResource

        return AsyncFeatureFlagsBetaResource(self._client)

    @cached_property
    def flag_triggers(self) -> AsyncFlagTriggersResource:
        from .resources.flag_triggers import AsyncFlagTriggersResource

        return AsyncFlagTriggersResource(self._client)

    @cached_property
    def releases_beta(self) -> AsyncReleasesBetaResource:
        from .resources.releases_beta import AsyncReleasesBetaResource

        return AsyncReleasesBetaResource(self._client)

    @cached_property
    def integrations_beta(self) -> AsyncIntegrationsBetaResource:
        from .resources.integrations_beta import AsyncIntegrationsBetaResource

        return AsyncIntegrationsBetaResource(self._client)

    @cached_property
    def integration_delivery_configurations_beta(self) -> AsyncIntegrationDeliveryConfigurationsBetaResource:
        from .resources.integration_delivery_configurations_beta import (
            AsyncIntegrationDeliveryConfigurationsBetaResource,
        )

        return AsyncIntegrationDeliveryConfigurationsBetaResource(self._client)

    @cached_property
    def integration_audit_log_subscriptions(self) -> AsyncIntegrationAuditLogSubscriptionsResource:
        from .resources.integration_audit_log_subscriptions import AsyncIntegrationAuditLogSubscriptionsResource

        return AsyncIntegrationAuditLogSubscriptionsResource(self._client)

    @cached_property
    def account_members(self) -> AsyncAccountMembersResource:
        from .resources.account_members import AsyncAccountMembersResource

        return AsyncAccountMembersResource(self._client)

    @cached_property
    def account_members_beta(self) -> AsyncAccountMembersBetaResource:
        from .resources.account_members_beta import AsyncAccountMembersBetaResource

        return AsyncAccountMembersBetaResource(self._client)

    @cached_property
    def metrics(self) -> AsyncMetricsResource:
        from .resources.metrics import AsyncMetricsResource

        return AsyncMetricsResource(self._client)

    @cached_property
    def o_auth2_clients(self) -> AsyncOAuth2ClientsResource:
        from .resources.o_auth2_clients import AsyncOAuth2ClientsResource

        return AsyncOAuth2ClientsResource(self._client)

    @cached_property
    def projects(self) -> AsyncProjectsResource:
        from .resources.projects import AsyncProjectsResource

        return AsyncProjectsResource(self._client)

    @cached_property
    def contexts(self) -> AsyncContextsResource:
        from .resources.contexts import AsyncContextsResource

        return AsyncContextsResource(self._client)

    @cached_property
    def environments(self) -> AsyncEnvironmentsResource:
        from .resources.environments import AsyncEnvironmentsResource

        return AsyncEnvironmentsResource(self._client)

    @cached_property
    def context_settings(self) -> AsyncContextSettingsResource:
        from .resources.context_settings import AsyncContextSettingsResource

        return AsyncContextSettingsResource(self._client)

    @cached_property
    def experiments_beta(self) -> AsyncExperimentsBetaResource:
        from .resources.experiments_beta import AsyncExperimentsBetaResource

        return AsyncExperimentsBetaResource(self._client)

    @cached_property
    def follow_flags(self) -> AsyncFollowFlagsResource:
        from .resources.follow_flags import AsyncFollowFlagsResource

        return AsyncFollowFlagsResource(self._client)

    @cached_property
    def segments(self) -> AsyncSegmentsResource:
        from .resources.segments import AsyncSegmentsResource

        return AsyncSegmentsResource(self._client)

    @cached_property
    def scheduled_changes(self) -> AsyncScheduledChangesResource:
        from .resources.scheduled_changes import AsyncScheduledChangesResource

        return AsyncScheduledChangesResource(self._client)

    @cached_property
    def workflows(self) -> AsyncWorkflowsResource:
        from .resources.workflows import AsyncWorkflowsResource

        return AsyncWorkflowsResource(self._client)

    @cached_property
    def metrics_beta(self) -> AsyncMetricsBetaResource:
        from .resources.metrics_beta import AsyncMetricsBetaResource

        return AsyncMetricsBetaResource(self._client)

    @cached_property
    def release_pipelines_beta(self) -> AsyncReleasePipelinesBetaResource:
        from .resources.release_pipelines_beta import AsyncReleasePipelinesBetaResource

        return AsyncReleasePipelinesBetaResource(self._client)

    @cached_property
    def custom_roles(self) -> AsyncCustomRolesResource:
        from .resources.custom_roles import AsyncCustomRolesResource

        return AsyncCustomRolesResource(self._client)

    @cached_property
    def segments_beta(self) -> AsyncSegmentsBetaResource:
        from .resources.segments_beta import AsyncSegmentsBetaResource

        return AsyncSegmentsBetaResource(self._client)

    @cached_property
    def teams(self) -> AsyncTeamsResource:
        from .resources.teams import AsyncTeamsResource

        return AsyncTeamsResource(self._client)

    @cached_property
    def teams_beta(self) -> AsyncTeamsBetaResource:
        from .resources.teams_beta import AsyncTeamsBetaResource

        return AsyncTeamsBetaResource(self._client)

    @cached_property
    def workflow_templates(self) -> AsyncWorkflowTemplatesResource:
        from .resources.workflow_templates import AsyncWorkflowTemplatesResource

        return AsyncWorkflowTemplatesResource(self._client)

    @cached_property
    def access_tokens(self) -> AsyncAccessTokensResource:
        from .resources.access_tokens import AsyncAccessTokensResource

        return AsyncAccessTokensResource(self._client)

    @cached_property
    def account_usage_beta(self) -> AsyncAccountUsageBetaResource:
        from .resources.account_usage_beta import AsyncAccountUsageBetaResource

        return AsyncAccountUsageBetaResource(self._client)

    @cached_property
    def users_beta(self) -> AsyncUsersBetaResource:
        from .resources.users_beta import AsyncUsersBetaResource

        return AsyncUsersBetaResource(self._client)

    @cached_property
    def users(self) -> AsyncUsersResource:
        from .resources.users import AsyncUsersResource

        return AsyncUsersResource(self._client)

    @cached_property
    def user_settings(self) -> AsyncUserSettingsResource:
        from .resources.user_settings import AsyncUserSettingsResource

        return AsyncUserSettingsResource(self._client)

    @cached_property
    def webhooks(self) -> AsyncWebhooksResource:
        from .resources.webhooks import AsyncWebhooksResource

        return AsyncWebhooksResource(self._client)

    @cached_property
    def tags(self) -> AsyncTagsResource:
        from .resources.tags import AsyncTagsResource

        return AsyncTagsResource(self._client)

    @cached_property
    def insights_charts_beta(self) -> AsyncInsightsChartsBetaResource:
        from .resources.insights_charts_beta import AsyncInsightsChartsBetaResource

        return AsyncInsightsChartsBetaResource(self._client)

    @cached_property
    def insights_deployments_beta(self) -> AsyncInsightsDeploymentsBetaResource:
        from .resources.insights_deployments_beta import AsyncInsightsDeploymentsBetaResource

        return AsyncInsightsDeploymentsBetaResource(self._client)

    @cached_property
    def insights_flag_events_beta(self) -> AsyncInsightsFlagEventsBetaResource:
        from .resources.insights_flag_events_beta import AsyncInsightsFlagEventsBetaResource

        return AsyncInsightsFlagEventsBetaResource(self._client)

    @cached_property
    def insights_scores_beta(self) -> AsyncInsightsScoresBetaResource:
        from .resources.insights_scores_beta import AsyncInsightsScoresBetaResource

        return AsyncInsightsScoresBetaResource(self._client)

    @cached_property
    def insights_pull_requests_beta(self) -> AsyncInsightsPullRequestsBetaResource:
        from .resources.insights_pull_requests_beta import AsyncInsightsPullRequestsBetaResource

        return AsyncInsightsPullRequestsBetaResource(self._client)

    @cached_property
    def insights_repositories_beta(self) -> AsyncInsightsRepositoriesBetaResource:
        from .resources.insights_repositories_beta import AsyncInsightsRepositoriesBetaResource

        return AsyncInsightsRepositoriesBetaResource(self._client)

    async def aclose(self) -> None:
        """Close the connection pool (a client you passed in as `httpx_client` stays open)."""
        await self._client.aclose()

    async def __aenter__(self) -> AsyncLaunchDarkly:
        return self

    async def __aexit__(
        self, exc_type: builtins.type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> builtins.str:  # a resource may be named `str` or `type`
        return f"AsyncLaunchDarkly(base_url={self._client.base_url!r})"
