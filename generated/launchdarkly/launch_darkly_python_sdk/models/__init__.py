"""All data models of the API, importable from here; each model module loads on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_token_post import AccessTokenPost
    from .access_token_post_role import AccessTokenPostRole
    from .application_collection_rep import ApplicationCollectionRep
    from .application_rep import ApplicationRep
    from .application_rep_kind import ApplicationRepKind
    from .application_rep_links import ApplicationRepLinks
    from .apply_approval_request import ApplyApprovalRequest
    from .approval_request import ApprovalRequest
    from .approval_request_all_reviews_item import ApprovalRequestAllReviewsItem
    from .approval_request_conflicts_item import ApprovalRequestConflictsItem
    from .approval_request_links import ApprovalRequestLinks
    from .approval_request_review_status import ApprovalRequestReviewStatus
    from .approval_request_status import ApprovalRequestStatus
    from .approval_requests import ApprovalRequests
    from .audit_log_entries import AuditLogEntries
    from .audit_log_entry import AuditLogEntry
    from .audit_log_entry_accesses_item import AuditLogEntryAccessesItem
    from .audit_log_entry_links import AuditLogEntryLinks
    from .audit_log_entry_member import AuditLogEntryMember
    from .audit_log_entry_target import AuditLogEntryTarget
    from .big_segment_store_integration_collection import BigSegmentStoreIntegrationCollection
    from .big_segment_store_integration_collection_items_item import BigSegmentStoreIntegrationCollectionItemsItem
    from .big_segment_store_integration_collection_links import BigSegmentStoreIntegrationCollectionLinks
    from .big_segment_target import BigSegmentTarget
    from .branch_collection_rep import BranchCollectionRep
    from .branch_collection_rep_links import BranchCollectionRepLinks
    from .branch_rep import BranchRep
    from .branch_rep_links import BranchRepLinks
    from .branch_rep_references_item import BranchRepReferencesItem
    from .bulk_edit_members_rep import BulkEditMembersRep
    from .bulk_edit_members_rep_errors_item import BulkEditMembersRepErrorsItem
    from .bulk_edit_teams_rep import BulkEditTeamsRep
    from .bulk_edit_teams_rep_errors_item import BulkEditTeamsRepErrorsItem
    from .client import Client
    from .client_collection import ClientCollection
    from .client_collection_links import ClientCollectionLinks
    from .client_links import ClientLinks
    from .collection_links import CollectionLinks
    from .context_instance import ContextInstance
    from .context_instance_evaluation import ContextInstanceEvaluation
    from .context_instance_evaluation_links import ContextInstanceEvaluationLinks
    from .context_instance_evaluation_reason import ContextInstanceEvaluationReason
    from .context_instance_evaluations import ContextInstanceEvaluations
    from .context_instance_record import ContextInstanceRecord
    from .context_instance_record_links import ContextInstanceRecordLinks
    from .context_instance_search import ContextInstanceSearch
    from .context_instances import ContextInstances
    from .context_kind_rep import ContextKindRep
    from .context_kind_rep_links import ContextKindRepLinks
    from .context_kinds_collection_rep import ContextKindsCollectionRep
    from .context_kinds_collection_rep_links import ContextKindsCollectionRepLinks
    from .context_record import ContextRecord
    from .context_record_links import ContextRecordLinks
    from .context_search import ContextSearch
    from .contexts import Contexts
    from .create_approval_request_request import CreateApprovalRequestRequest
    from .create_big_segment_import_body import CreateBigSegmentImportBody
    from .create_big_segment_import_body_mode import CreateBigSegmentImportBodyMode
    from .create_flag_approval_request import CreateFlagApprovalRequest
    from .custom_role import CustomRole
    from .custom_role_links import CustomRoleLinks
    from .custom_role_post import CustomRolePost
    from .custom_role_post_base_permissions import CustomRolePostBasePermissions
    from .custom_roles import CustomRoles
    from .custom_workflow_input import CustomWorkflowInput
    from .custom_workflow_input_stages_item import CustomWorkflowInputStagesItem
    from .custom_workflow_output import CustomWorkflowOutput
    from .custom_workflow_output_conflicts_item import CustomWorkflowOutputConflictsItem
    from .custom_workflow_output_execution import CustomWorkflowOutputExecution
    from .custom_workflow_output_links import CustomWorkflowOutputLinks
    from .custom_workflow_output_stages_item import CustomWorkflowOutputStagesItem
    from .custom_workflows_listing_output import CustomWorkflowsListingOutput
    from .dependent_flags import DependentFlags
    from .dependent_flags_items_item import DependentFlagsItemsItem
    from .dependent_flags_links import DependentFlagsLinks
    from .destination import Destination
    from .destination_kind import DestinationKind
    from .destination_links import DestinationLinks
    from .destination_post import DestinationPost
    from .destination_post_config import DestinationPostConfig
    from .destination_post_kind import DestinationPostKind
    from .destinations import Destinations
    from .destinations_links import DestinationsLinks
    from .environment import Environment
    from .environment_approval_settings import EnvironmentApprovalSettings
    from .environment_links import EnvironmentLinks
    from .environment_post import EnvironmentPost
    from .environment_source import EnvironmentSource
    from .environments import Environments
    from .experiment import Experiment
    from .experiment_collection_rep import ExperimentCollectionRep
    from .experiment_current_iteration import ExperimentCurrentIteration
    from .experiment_draft_iteration import ExperimentDraftIteration
    from .experiment_links import ExperimentLinks
    from .experiment_post import ExperimentPost
    from .experiment_post_iteration import ExperimentPostIteration
    from .expiring_target_get_response import ExpiringTargetGetResponse
    from .expiring_target_get_response_items_item import ExpiringTargetGetResponseItemsItem
    from .expiring_target_get_response_links import ExpiringTargetGetResponseLinks
    from .expiring_target_patch_response import ExpiringTargetPatchResponse
    from .expiring_target_patch_response_errors_item import ExpiringTargetPatchResponseErrorsItem
    from .expiring_target_patch_response_items_item import ExpiringTargetPatchResponseItemsItem
    from .expiring_target_patch_response_links import ExpiringTargetPatchResponseLinks
    from .export import Export
    from .export_initiator import ExportInitiator
    from .export_links import ExportLinks
    from .feature_flag import FeatureFlag
    from .feature_flag_body import FeatureFlagBody
    from .feature_flag_body_client_side_availability import FeatureFlagBodyClientSideAvailability
    from .feature_flag_body_custom_properties import FeatureFlagBodyCustomProperties
    from .feature_flag_body_purpose import FeatureFlagBodyPurpose
    from .feature_flag_client_side_availability import FeatureFlagClientSideAvailability
    from .feature_flag_custom_properties import FeatureFlagCustomProperties
    from .feature_flag_environments import FeatureFlagEnvironments
    from .feature_flag_environments_additional_property import FeatureFlagEnvironmentsAdditionalProperty
    from .feature_flag_kind import FeatureFlagKind
    from .feature_flag_links import FeatureFlagLinks
    from .feature_flag_scheduled_change import FeatureFlagScheduledChange
    from .feature_flag_scheduled_change_links import FeatureFlagScheduledChangeLinks
    from .feature_flag_scheduled_changes import FeatureFlagScheduledChanges
    from .feature_flag_scheduled_changes_links import FeatureFlagScheduledChangesLinks
    from .feature_flag_status_across_environments import FeatureFlagStatusAcrossEnvironments
    from .feature_flag_status_across_environments_environments import FeatureFlagStatusAcrossEnvironmentsEnvironments
    from .feature_flag_status_across_environments_environments_additional_property import (
        FeatureFlagStatusAcrossEnvironmentsEnvironmentsAdditionalProperty,
    )
    from .feature_flag_status_across_environments_links import FeatureFlagStatusAcrossEnvironmentsLinks
    from .feature_flag_statuses import FeatureFlagStatuses
    from .feature_flag_statuses_links import FeatureFlagStatusesLinks
    from .feature_flags import FeatureFlags
    from .flag_approval_requests import FlagApprovalRequests
    from .flag_approval_requests_links import FlagApprovalRequestsLinks
    from .flag_copy_config_environment import FlagCopyConfigEnvironment
    from .flag_copy_config_post import FlagCopyConfigPost
    from .flag_defaults import FlagDefaults
    from .flag_defaults_boolean_defaults import FlagDefaultsBooleanDefaults
    from .flag_defaults_default_client_side_availability import FlagDefaultsDefaultClientSideAvailability
    from .flag_defaults_links import FlagDefaultsLinks
    from .flag_defaults_on_off import FlagDefaultsOnOff
    from .flag_followers_get_rep import FlagFollowersGetRep
    from .flag_followers_get_rep_links import FlagFollowersGetRepLinks
    from .flag_link_collection_rep import FlagLinkCollectionRep
    from .flag_link_collection_rep_links import FlagLinkCollectionRepLinks
    from .flag_link_post import FlagLinkPost
    from .flag_link_post_metadata import FlagLinkPostMetadata
    from .flag_link_rep import FlagLinkRep
    from .flag_link_rep_links import FlagLinkRepLinks
    from .flag_status_rep import FlagStatusRep
    from .flag_status_rep_links import FlagStatusRepLinks
    from .flag_status_rep_name import FlagStatusRepName
    from .follow_flag_member import FollowFlagMember
    from .follow_flag_member_links import FollowFlagMemberLinks
    from .forbidden_error_rep import ForbiddenErrorRep
    from .get_openapi_spec_response_200 import GetOpenapiSpecResponse200
    from .import_ import Import
    from .import_files_item import ImportFilesItem
    from .import_links import ImportLinks
    from .import_status import ImportStatus
    from .insight_scores import InsightScores
    from .insight_scores_last_period import InsightScoresLastPeriod
    from .insight_scores_links import InsightScoresLinks
    from .insight_scores_period import InsightScoresPeriod
    from .insight_scores_scores import InsightScoresScores
    from .insights_chart import InsightsChart
    from .insights_chart_metadata import InsightsChartMetadata
    from .insights_chart_series_item import InsightsChartSeriesItem
    from .insights_item_collection import InsightsItemCollection
    from .insights_item_collection_items_item import InsightsItemCollectionItemsItem
    from .instruction import Instruction
    from .instructions_input import InstructionsInput
    from .integration import Integration
    from .integration_config import IntegrationConfig
    from .integration_delivery_configuration import IntegrationDeliveryConfiguration
    from .integration_delivery_configuration_collection import IntegrationDeliveryConfigurationCollection
    from .integration_delivery_configuration_collection_links import IntegrationDeliveryConfigurationCollectionLinks
    from .integration_delivery_configuration_config import IntegrationDeliveryConfigurationConfig
    from .integration_delivery_configuration_links import IntegrationDeliveryConfigurationLinks
    from .integration_links import IntegrationLinks
    from .integrations import Integrations
    from .integrations_links import IntegrationsLinks
    from .invalid_request_error_rep import InvalidRequestErrorRep
    from .ip_list import IpList
    from .link import Link
    from .member import Member
    from .member_import_item import MemberImportItem
    from .member_links import MemberLinks
    from .member_summary import MemberSummary
    from .member_summary_links import MemberSummaryLinks
    from .member_teams_item import MemberTeamsItem
    from .member_teams_post_input import MemberTeamsPostInput
    from .members import Members
    from .metric_collection_rep import MetricCollectionRep
    from .metric_group_collection_rep import MetricGroupCollectionRep
    from .metric_group_rep import MetricGroupRep
    from .metric_group_rep_kind import MetricGroupRepKind
    from .metric_group_rep_links import MetricGroupRepLinks
    from .metric_group_rep_maintainer import MetricGroupRepMaintainer
    from .metric_group_rep_metrics_item import MetricGroupRepMetricsItem
    from .metric_post import MetricPost
    from .metric_post_kind import MetricPostKind
    from .metric_post_success_criteria import MetricPostSuccessCriteria
    from .metric_post_urls_item import MetricPostUrlsItem
    from .metric_rep import MetricRep
    from .metric_rep_kind import MetricRepKind
    from .metric_rep_links import MetricRepLinks
    from .metric_rep_success_criteria import MetricRepSuccessCriteria
    from .new_member_form import NewMemberForm
    from .new_member_form_role import NewMemberFormRole
    from .not_found_error_rep import NotFoundErrorRep
    from .o_auth_client_post import OAuthClientPost
    from .patch_operation import PatchOperation
    from .patch_with_comment import PatchWithComment
    from .post_deployment_event_input import PostDeploymentEventInput
    from .post_deployment_event_input_application_kind import PostDeploymentEventInputApplicationKind
    from .post_deployment_event_input_deployment_metadata import PostDeploymentEventInputDeploymentMetadata
    from .post_deployment_event_input_event_metadata import PostDeploymentEventInputEventMetadata
    from .post_deployment_event_input_event_type import PostDeploymentEventInputEventType
    from .post_flag_scheduled_changes_input import PostFlagScheduledChangesInput
    from .post_team_members_body import PostTeamMembersBody
    from .project import Project
    from .project_default_client_side_availability import ProjectDefaultClientSideAvailability
    from .project_links import ProjectLinks
    from .project_post import ProjectPost
    from .project_post_default_client_side_availability import ProjectPostDefaultClientSideAvailability
    from .project_post_naming_convention import ProjectPostNamingConvention
    from .project_rep import ProjectRep
    from .project_rep_links import ProjectRepLinks
    from .projects import Projects
    from .rate_limited_error_rep import RateLimitedErrorRep
    from .relay_auto_config_collection_rep import RelayAutoConfigCollectionRep
    from .relay_auto_config_post import RelayAutoConfigPost
    from .relay_auto_config_rep import RelayAutoConfigRep
    from .release import Release
    from .release_links import ReleaseLinks
    from .release_phases_item import ReleasePhasesItem
    from .release_pipeline import ReleasePipeline
    from .release_pipeline_collection import ReleasePipelineCollection
    from .release_pipeline_phases_item import ReleasePipelinePhasesItem
    from .repository_collection_rep import RepositoryCollectionRep
    from .repository_collection_rep_links import RepositoryCollectionRepLinks
    from .repository_post import RepositoryPost
    from .repository_post_type import RepositoryPostType
    from .repository_rep import RepositoryRep
    from .repository_rep_links import RepositoryRepLinks
    from .repository_rep_type import RepositoryRepType
    from .review_approval_request import ReviewApprovalRequest
    from .review_approval_request_kind import ReviewApprovalRequestKind
    from .root_response import RootResponse
    from .root_response_links import RootResponseLinks
    from .sdk_version_list_rep import SdkVersionListRep
    from .sdk_version_list_rep_links import SdkVersionListRepLinks
    from .sdk_version_model import SdkVersion
    from .segment_body import SegmentBody
    from .semantic_patch import SemanticPatch
    from .series_list_rep import SeriesListRep
    from .series_list_rep_links import SeriesListRepLinks
    from .series_list_rep_metadata_item import SeriesListRepMetadataItem
    from .series_list_rep_series_item import SeriesListRepSeriesItem
    from .statement import Statement
    from .statement_effect import StatementEffect
    from .statistic_collection_rep import StatisticCollectionRep
    from .statistic_collection_rep_flags import StatisticCollectionRepFlags
    from .statistic_collection_rep_flags_additional_property_item import (
        StatisticCollectionRepFlagsAdditionalPropertyItem,
    )
    from .statistic_collection_rep_links import StatisticCollectionRepLinks
    from .statistics_root import StatisticsRoot
    from .status_conflict_error_rep import StatusConflictErrorRep
    from .subscription_post import SubscriptionPost
    from .subscription_post_config import SubscriptionPostConfig
    from .tags_collection import TagsCollection
    from .team import Team
    from .team_imports_rep import TeamImportsRep
    from .team_links import TeamLinks
    from .team_maintainers import TeamMaintainers
    from .team_members import TeamMembers
    from .team_post_input import TeamPostInput
    from .team_projects import TeamProjects
    from .team_roles import TeamRoles
    from .teams import Teams
    from .token_links import TokenLinks
    from .token_model import Token
    from .tokens import Tokens
    from .trigger_post import TriggerPost
    from .trigger_workflow_collection_rep import TriggerWorkflowCollectionRep
    from .trigger_workflow_collection_rep_links import TriggerWorkflowCollectionRepLinks
    from .trigger_workflow_rep import TriggerWorkflowRep
    from .trigger_workflow_rep_links import TriggerWorkflowRepLinks
    from .unauthorized_error_rep import UnauthorizedErrorRep
    from .upsert_context_kind_payload import UpsertContextKindPayload
    from .upsert_response_rep import UpsertResponseRep
    from .upsert_response_rep_links import UpsertResponseRepLinks
    from .user_attribute_names_rep import UserAttributeNamesRep
    from .user_flag_setting import UserFlagSetting
    from .user_flag_setting_links import UserFlagSettingLinks
    from .user_flag_setting_reason import UserFlagSettingReason
    from .user_flag_settings import UserFlagSettings
    from .user_flag_settings_items import UserFlagSettingsItems
    from .user_flag_settings_links import UserFlagSettingsLinks
    from .user_record import UserRecord
    from .user_record_links import UserRecordLinks
    from .user_record_user import UserRecordUser
    from .user_segment import UserSegment
    from .user_segment_excluded_contexts_item import UserSegmentExcludedContextsItem
    from .user_segment_included_contexts_item import UserSegmentIncludedContextsItem
    from .user_segment_links import UserSegmentLinks
    from .user_segment_rules_item import UserSegmentRulesItem
    from .user_segments import UserSegments
    from .users import Users
    from .users_rep import UsersRep
    from .value_put import ValuePut
    from .variation import Variation
    from .versions_rep import VersionsRep
    from .webhook import Webhook
    from .webhook_links import WebhookLinks
    from .webhook_post import WebhookPost
    from .webhooks import Webhooks
    from .webhooks_links import WebhooksLinks
    from .workflow_template_output import WorkflowTemplateOutput
    from .workflow_template_output_links import WorkflowTemplateOutputLinks
    from .workflow_template_output_stages_item import WorkflowTemplateOutputStagesItem
    from .workflow_templates_listing_output_rep import WorkflowTemplatesListingOutputRep

_MODULES: dict[str, str] = {
    "AccessTokenPost": "access_token_post",
    "AccessTokenPostRole": "access_token_post_role",
    "ApplicationCollectionRep": "application_collection_rep",
    "ApplicationRep": "application_rep",
    "ApplicationRepKind": "application_rep_kind",
    "ApplicationRepLinks": "application_rep_links",
    "ApplyApprovalRequest": "apply_approval_request",
    "ApprovalRequest": "approval_request",
    "ApprovalRequestAllReviewsItem": "approval_request_all_reviews_item",
    "ApprovalRequestConflictsItem": "approval_request_conflicts_item",
    "ApprovalRequestLinks": "approval_request_links",
    "ApprovalRequestReviewStatus": "approval_request_review_status",
    "ApprovalRequests": "approval_requests",
    "ApprovalRequestStatus": "approval_request_status",
    "AuditLogEntries": "audit_log_entries",
    "AuditLogEntry": "audit_log_entry",
    "AuditLogEntryAccessesItem": "audit_log_entry_accesses_item",
    "AuditLogEntryLinks": "audit_log_entry_links",
    "AuditLogEntryMember": "audit_log_entry_member",
    "AuditLogEntryTarget": "audit_log_entry_target",
    "BigSegmentStoreIntegrationCollection": "big_segment_store_integration_collection",
    "BigSegmentStoreIntegrationCollectionItemsItem": "big_segment_store_integration_collection_items_item",
    "BigSegmentStoreIntegrationCollectionLinks": "big_segment_store_integration_collection_links",
    "BigSegmentTarget": "big_segment_target",
    "BranchCollectionRep": "branch_collection_rep",
    "BranchCollectionRepLinks": "branch_collection_rep_links",
    "BranchRep": "branch_rep",
    "BranchRepLinks": "branch_rep_links",
    "BranchRepReferencesItem": "branch_rep_references_item",
    "BulkEditMembersRep": "bulk_edit_members_rep",
    "BulkEditMembersRepErrorsItem": "bulk_edit_members_rep_errors_item",
    "BulkEditTeamsRep": "bulk_edit_teams_rep",
    "BulkEditTeamsRepErrorsItem": "bulk_edit_teams_rep_errors_item",
    "Client": "client",
    "ClientCollection": "client_collection",
    "ClientCollectionLinks": "client_collection_links",
    "ClientLinks": "client_links",
    "CollectionLinks": "collection_links",
    "ContextInstance": "context_instance",
    "ContextInstanceEvaluation": "context_instance_evaluation",
    "ContextInstanceEvaluationLinks": "context_instance_evaluation_links",
    "ContextInstanceEvaluationReason": "context_instance_evaluation_reason",
    "ContextInstanceEvaluations": "context_instance_evaluations",
    "ContextInstanceRecord": "context_instance_record",
    "ContextInstanceRecordLinks": "context_instance_record_links",
    "ContextInstances": "context_instances",
    "ContextInstanceSearch": "context_instance_search",
    "ContextKindRep": "context_kind_rep",
    "ContextKindRepLinks": "context_kind_rep_links",
    "ContextKindsCollectionRep": "context_kinds_collection_rep",
    "ContextKindsCollectionRepLinks": "context_kinds_collection_rep_links",
    "ContextRecord": "context_record",
    "ContextRecordLinks": "context_record_links",
    "Contexts": "contexts",
    "ContextSearch": "context_search",
    "CreateApprovalRequestRequest": "create_approval_request_request",
    "CreateBigSegmentImportBody": "create_big_segment_import_body",
    "CreateBigSegmentImportBodyMode": "create_big_segment_import_body_mode",
    "CreateFlagApprovalRequest": "create_flag_approval_request",
    "CustomRole": "custom_role",
    "CustomRoleLinks": "custom_role_links",
    "CustomRolePost": "custom_role_post",
    "CustomRolePostBasePermissions": "custom_role_post_base_permissions",
    "CustomRoles": "custom_roles",
    "CustomWorkflowInput": "custom_workflow_input",
    "CustomWorkflowInputStagesItem": "custom_workflow_input_stages_item",
    "CustomWorkflowOutput": "custom_workflow_output",
    "CustomWorkflowOutputConflictsItem": "custom_workflow_output_conflicts_item",
    "CustomWorkflowOutputExecution": "custom_workflow_output_execution",
    "CustomWorkflowOutputLinks": "custom_workflow_output_links",
    "CustomWorkflowOutputStagesItem": "custom_workflow_output_stages_item",
    "CustomWorkflowsListingOutput": "custom_workflows_listing_output",
    "DependentFlags": "dependent_flags",
    "DependentFlagsItemsItem": "dependent_flags_items_item",
    "DependentFlagsLinks": "dependent_flags_links",
    "Destination": "destination",
    "DestinationKind": "destination_kind",
    "DestinationLinks": "destination_links",
    "DestinationPost": "destination_post",
    "DestinationPostConfig": "destination_post_config",
    "DestinationPostKind": "destination_post_kind",
    "Destinations": "destinations",
    "DestinationsLinks": "destinations_links",
    "Environment": "environment",
    "EnvironmentApprovalSettings": "environment_approval_settings",
    "EnvironmentLinks": "environment_links",
    "EnvironmentPost": "environment_post",
    "Environments": "environments",
    "EnvironmentSource": "environment_source",
    "Experiment": "experiment",
    "ExperimentCollectionRep": "experiment_collection_rep",
    "ExperimentCurrentIteration": "experiment_current_iteration",
    "ExperimentDraftIteration": "experiment_draft_iteration",
    "ExperimentLinks": "experiment_links",
    "ExperimentPost": "experiment_post",
    "ExperimentPostIteration": "experiment_post_iteration",
    "ExpiringTargetGetResponse": "expiring_target_get_response",
    "ExpiringTargetGetResponseItemsItem": "expiring_target_get_response_items_item",
    "ExpiringTargetGetResponseLinks": "expiring_target_get_response_links",
    "ExpiringTargetPatchResponse": "expiring_target_patch_response",
    "ExpiringTargetPatchResponseErrorsItem": "expiring_target_patch_response_errors_item",
    "ExpiringTargetPatchResponseItemsItem": "expiring_target_patch_response_items_item",
    "ExpiringTargetPatchResponseLinks": "expiring_target_patch_response_links",
    "Export": "export",
    "ExportInitiator": "export_initiator",
    "ExportLinks": "export_links",
    "FeatureFlag": "feature_flag",
    "FeatureFlagBody": "feature_flag_body",
    "FeatureFlagBodyClientSideAvailability": "feature_flag_body_client_side_availability",
    "FeatureFlagBodyCustomProperties": "feature_flag_body_custom_properties",
    "FeatureFlagBodyPurpose": "feature_flag_body_purpose",
    "FeatureFlagClientSideAvailability": "feature_flag_client_side_availability",
    "FeatureFlagCustomProperties": "feature_flag_custom_properties",
    "FeatureFlagEnvironments": "feature_flag_environments",
    "FeatureFlagEnvironmentsAdditionalProperty": "feature_flag_environments_additional_property",
    "FeatureFlagKind": "feature_flag_kind",
    "FeatureFlagLinks": "feature_flag_links",
    "FeatureFlags": "feature_flags",
    "FeatureFlagScheduledChange": "feature_flag_scheduled_change",
    "FeatureFlagScheduledChangeLinks": "feature_flag_scheduled_change_links",
    "FeatureFlagScheduledChanges": "feature_flag_scheduled_changes",
    "FeatureFlagScheduledChangesLinks": "feature_flag_scheduled_changes_links",
    "FeatureFlagStatusAcrossEnvironments": "feature_flag_status_across_environments",
    "FeatureFlagStatusAcrossEnvironmentsEnvironments": "feature_flag_status_across_environments_environments",
    "FeatureFlagStatusAcrossEnvironmentsEnvironmentsAdditionalProperty": "feature_flag_status_across_environments_environments_additional_property",
    "FeatureFlagStatusAcrossEnvironmentsLinks": "feature_flag_status_across_environments_links",
    "FeatureFlagStatuses": "feature_flag_statuses",
    "FeatureFlagStatusesLinks": "feature_flag_statuses_links",
    "FlagApprovalRequests": "flag_approval_requests",
    "FlagApprovalRequestsLinks": "flag_approval_requests_links",
    "FlagCopyConfigEnvironment": "flag_copy_config_environment",
    "FlagCopyConfigPost": "flag_copy_config_post",
    "FlagDefaults": "flag_defaults",
    "FlagDefaultsBooleanDefaults": "flag_defaults_boolean_defaults",
    "FlagDefaultsDefaultClientSideAvailability": "flag_defaults_default_client_side_availability",
    "FlagDefaultsLinks": "flag_defaults_links",
    "FlagDefaultsOnOff": "flag_defaults_on_off",
    "FlagFollowersGetRep": "flag_followers_get_rep",
    "FlagFollowersGetRepLinks": "flag_followers_get_rep_links",
    "FlagLinkCollectionRep": "flag_link_collection_rep",
    "FlagLinkCollectionRepLinks": "flag_link_collection_rep_links",
    "FlagLinkPost": "flag_link_post",
    "FlagLinkPostMetadata": "flag_link_post_metadata",
    "FlagLinkRep": "flag_link_rep",
    "FlagLinkRepLinks": "flag_link_rep_links",
    "FlagStatusRep": "flag_status_rep",
    "FlagStatusRepLinks": "flag_status_rep_links",
    "FlagStatusRepName": "flag_status_rep_name",
    "FollowFlagMember": "follow_flag_member",
    "FollowFlagMemberLinks": "follow_flag_member_links",
    "ForbiddenErrorRep": "forbidden_error_rep",
    "GetOpenapiSpecResponse200": "get_openapi_spec_response_200",
    "Import": "import_",
    "ImportFilesItem": "import_files_item",
    "ImportLinks": "import_links",
    "ImportStatus": "import_status",
    "InsightsChart": "insights_chart",
    "InsightsChartMetadata": "insights_chart_metadata",
    "InsightsChartSeriesItem": "insights_chart_series_item",
    "InsightScores": "insight_scores",
    "InsightScoresLastPeriod": "insight_scores_last_period",
    "InsightScoresLinks": "insight_scores_links",
    "InsightScoresPeriod": "insight_scores_period",
    "InsightScoresScores": "insight_scores_scores",
    "InsightsItemCollection": "insights_item_collection",
    "InsightsItemCollectionItemsItem": "insights_item_collection_items_item",
    "Instruction": "instruction",
    "InstructionsInput": "instructions_input",
    "Integration": "integration",
    "IntegrationConfig": "integration_config",
    "IntegrationDeliveryConfiguration": "integration_delivery_configuration",
    "IntegrationDeliveryConfigurationCollection": "integration_delivery_configuration_collection",
    "IntegrationDeliveryConfigurationCollectionLinks": "integration_delivery_configuration_collection_links",
    "IntegrationDeliveryConfigurationConfig": "integration_delivery_configuration_config",
    "IntegrationDeliveryConfigurationLinks": "integration_delivery_configuration_links",
    "IntegrationLinks": "integration_links",
    "Integrations": "integrations",
    "IntegrationsLinks": "integrations_links",
    "InvalidRequestErrorRep": "invalid_request_error_rep",
    "IpList": "ip_list",
    "Link": "link",
    "Member": "member",
    "MemberImportItem": "member_import_item",
    "MemberLinks": "member_links",
    "Members": "members",
    "MemberSummary": "member_summary",
    "MemberSummaryLinks": "member_summary_links",
    "MemberTeamsItem": "member_teams_item",
    "MemberTeamsPostInput": "member_teams_post_input",
    "MetricCollectionRep": "metric_collection_rep",
    "MetricGroupCollectionRep": "metric_group_collection_rep",
    "MetricGroupRep": "metric_group_rep",
    "MetricGroupRepKind": "metric_group_rep_kind",
    "MetricGroupRepLinks": "metric_group_rep_links",
    "MetricGroupRepMaintainer": "metric_group_rep_maintainer",
    "MetricGroupRepMetricsItem": "metric_group_rep_metrics_item",
    "MetricPost": "metric_post",
    "MetricPostKind": "metric_post_kind",
    "MetricPostSuccessCriteria": "metric_post_success_criteria",
    "MetricPostUrlsItem": "metric_post_urls_item",
    "MetricRep": "metric_rep",
    "MetricRepKind": "metric_rep_kind",
    "MetricRepLinks": "metric_rep_links",
    "MetricRepSuccessCriteria": "metric_rep_success_criteria",
    "NewMemberForm": "new_member_form",
    "NewMemberFormRole": "new_member_form_role",
    "NotFoundErrorRep": "not_found_error_rep",
    "OAuthClientPost": "o_auth_client_post",
    "PatchOperation": "patch_operation",
    "PatchWithComment": "patch_with_comment",
    "PostDeploymentEventInput": "post_deployment_event_input",
    "PostDeploymentEventInputApplicationKind": "post_deployment_event_input_application_kind",
    "PostDeploymentEventInputDeploymentMetadata": "post_deployment_event_input_deployment_metadata",
    "PostDeploymentEventInputEventMetadata": "post_deployment_event_input_event_metadata",
    "PostDeploymentEventInputEventType": "post_deployment_event_input_event_type",
    "PostFlagScheduledChangesInput": "post_flag_scheduled_changes_input",
    "PostTeamMembersBody": "post_team_members_body",
    "Project": "project",
    "ProjectDefaultClientSideAvailability": "project_default_client_side_availability",
    "ProjectLinks": "project_links",
    "ProjectPost": "project_post",
    "ProjectPostDefaultClientSideAvailability": "project_post_default_client_side_availability",
    "ProjectPostNamingConvention": "project_post_naming_convention",
    "ProjectRep": "project_rep",
    "ProjectRepLinks": "project_rep_links",
    "Projects": "projects",
    "RateLimitedErrorRep": "rate_limited_error_rep",
    "RelayAutoConfigCollectionRep": "relay_auto_config_collection_rep",
    "RelayAutoConfigPost": "relay_auto_config_post",
    "RelayAutoConfigRep": "relay_auto_config_rep",
    "Release": "release",
    "ReleaseLinks": "release_links",
    "ReleasePhasesItem": "release_phases_item",
    "ReleasePipeline": "release_pipeline",
    "ReleasePipelineCollection": "release_pipeline_collection",
    "ReleasePipelinePhasesItem": "release_pipeline_phases_item",
    "RepositoryCollectionRep": "repository_collection_rep",
    "RepositoryCollectionRepLinks": "repository_collection_rep_links",
    "RepositoryPost": "repository_post",
    "RepositoryPostType": "repository_post_type",
    "RepositoryRep": "repository_rep",
    "RepositoryRepLinks": "repository_rep_links",
    "RepositoryRepType": "repository_rep_type",
    "ReviewApprovalRequest": "review_approval_request",
    "ReviewApprovalRequestKind": "review_approval_request_kind",
    "RootResponse": "root_response",
    "RootResponseLinks": "root_response_links",
    "SdkVersion": "sdk_version_model",
    "SdkVersionListRep": "sdk_version_list_rep",
    "SdkVersionListRepLinks": "sdk_version_list_rep_links",
    "SegmentBody": "segment_body",
    "SemanticPatch": "semantic_patch",
    "SeriesListRep": "series_list_rep",
    "SeriesListRepLinks": "series_list_rep_links",
    "SeriesListRepMetadataItem": "series_list_rep_metadata_item",
    "SeriesListRepSeriesItem": "series_list_rep_series_item",
    "Statement": "statement",
    "StatementEffect": "statement_effect",
    "StatisticCollectionRep": "statistic_collection_rep",
    "StatisticCollectionRepFlags": "statistic_collection_rep_flags",
    "StatisticCollectionRepFlagsAdditionalPropertyItem": "statistic_collection_rep_flags_additional_property_item",
    "StatisticCollectionRepLinks": "statistic_collection_rep_links",
    "StatisticsRoot": "statistics_root",
    "StatusConflictErrorRep": "status_conflict_error_rep",
    "SubscriptionPost": "subscription_post",
    "SubscriptionPostConfig": "subscription_post_config",
    "TagsCollection": "tags_collection",
    "Team": "team",
    "TeamImportsRep": "team_imports_rep",
    "TeamLinks": "team_links",
    "TeamMaintainers": "team_maintainers",
    "TeamMembers": "team_members",
    "TeamPostInput": "team_post_input",
    "TeamProjects": "team_projects",
    "TeamRoles": "team_roles",
    "Teams": "teams",
    "Token": "token_model",
    "TokenLinks": "token_links",
    "Tokens": "tokens",
    "TriggerPost": "trigger_post",
    "TriggerWorkflowCollectionRep": "trigger_workflow_collection_rep",
    "TriggerWorkflowCollectionRepLinks": "trigger_workflow_collection_rep_links",
    "TriggerWorkflowRep": "trigger_workflow_rep",
    "TriggerWorkflowRepLinks": "trigger_workflow_rep_links",
    "UnauthorizedErrorRep": "unauthorized_error_rep",
    "UpsertContextKindPayload": "upsert_context_kind_payload",
    "UpsertResponseRep": "upsert_response_rep",
    "UpsertResponseRepLinks": "upsert_response_rep_links",
    "UserAttributeNamesRep": "user_attribute_names_rep",
    "UserFlagSetting": "user_flag_setting",
    "UserFlagSettingLinks": "user_flag_setting_links",
    "UserFlagSettingReason": "user_flag_setting_reason",
    "UserFlagSettings": "user_flag_settings",
    "UserFlagSettingsItems": "user_flag_settings_items",
    "UserFlagSettingsLinks": "user_flag_settings_links",
    "UserRecord": "user_record",
    "UserRecordLinks": "user_record_links",
    "UserRecordUser": "user_record_user",
    "Users": "users",
    "UserSegment": "user_segment",
    "UserSegmentExcludedContextsItem": "user_segment_excluded_contexts_item",
    "UserSegmentIncludedContextsItem": "user_segment_included_contexts_item",
    "UserSegmentLinks": "user_segment_links",
    "UserSegmentRulesItem": "user_segment_rules_item",
    "UserSegments": "user_segments",
    "UsersRep": "users_rep",
    "ValuePut": "value_put",
    "Variation": "variation",
    "VersionsRep": "versions_rep",
    "Webhook": "webhook",
    "WebhookLinks": "webhook_links",
    "WebhookPost": "webhook_post",
    "Webhooks": "webhooks",
    "WebhooksLinks": "webhooks_links",
    "WorkflowTemplateOutput": "workflow_template_output",
    "WorkflowTemplateOutputLinks": "workflow_template_output_links",
    "WorkflowTemplateOutputStagesItem": "workflow_template_output_stages_item",
    "WorkflowTemplatesListingOutputRep": "workflow_templates_listing_output_rep",
}

__all__ = [
    "AccessTokenPost",
    "AccessTokenPostRole",
    "ApplicationCollectionRep",
    "ApplicationRep",
    "ApplicationRepKind",
    "ApplicationRepLinks",
    "ApplyApprovalRequest",
    "ApprovalRequest",
    "ApprovalRequestAllReviewsItem",
    "ApprovalRequestConflictsItem",
    "ApprovalRequestLinks",
    "ApprovalRequestReviewStatus",
    "ApprovalRequests",
    "ApprovalRequestStatus",
    "AuditLogEntries",
    "AuditLogEntry",
    "AuditLogEntryAccessesItem",
    "AuditLogEntryLinks",
    "AuditLogEntryMember",
    "AuditLogEntryTarget",
    "BigSegmentStoreIntegrationCollection",
    "BigSegmentStoreIntegrationCollectionItemsItem",
    "BigSegmentStoreIntegrationCollectionLinks",
    "BigSegmentTarget",
    "BranchCollectionRep",
    "BranchCollectionRepLinks",
    "BranchRep",
    "BranchRepLinks",
    "BranchRepReferencesItem",
    "BulkEditMembersRep",
    "BulkEditMembersRepErrorsItem",
    "BulkEditTeamsRep",
    "BulkEditTeamsRepErrorsItem",
    "Client",
    "ClientCollection",
    "ClientCollectionLinks",
    "ClientLinks",
    "CollectionLinks",
    "ContextInstance",
    "ContextInstanceEvaluation",
    "ContextInstanceEvaluationLinks",
    "ContextInstanceEvaluationReason",
    "ContextInstanceEvaluations",
    "ContextInstanceRecord",
    "ContextInstanceRecordLinks",
    "ContextInstances",
    "ContextInstanceSearch",
    "ContextKindRep",
    "ContextKindRepLinks",
    "ContextKindsCollectionRep",
    "ContextKindsCollectionRepLinks",
    "ContextRecord",
    "ContextRecordLinks",
    "Contexts",
    "ContextSearch",
    "CreateApprovalRequestRequest",
    "CreateBigSegmentImportBody",
    "CreateBigSegmentImportBodyMode",
    "CreateFlagApprovalRequest",
    "CustomRole",
    "CustomRoleLinks",
    "CustomRolePost",
    "CustomRolePostBasePermissions",
    "CustomRoles",
    "CustomWorkflowInput",
    "CustomWorkflowInputStagesItem",
    "CustomWorkflowOutput",
    "CustomWorkflowOutputConflictsItem",
    "CustomWorkflowOutputExecution",
    "CustomWorkflowOutputLinks",
    "CustomWorkflowOutputStagesItem",
    "CustomWorkflowsListingOutput",
    "DependentFlags",
    "DependentFlagsItemsItem",
    "DependentFlagsLinks",
    "Destination",
    "DestinationKind",
    "DestinationLinks",
    "DestinationPost",
    "DestinationPostConfig",
    "DestinationPostKind",
    "Destinations",
    "DestinationsLinks",
    "Environment",
    "EnvironmentApprovalSettings",
    "EnvironmentLinks",
    "EnvironmentPost",
    "Environments",
    "EnvironmentSource",
    "Experiment",
    "ExperimentCollectionRep",
    "ExperimentCurrentIteration",
    "ExperimentDraftIteration",
    "ExperimentLinks",
    "ExperimentPost",
    "ExperimentPostIteration",
    "ExpiringTargetGetResponse",
    "ExpiringTargetGetResponseItemsItem",
    "ExpiringTargetGetResponseLinks",
    "ExpiringTargetPatchResponse",
    "ExpiringTargetPatchResponseErrorsItem",
    "ExpiringTargetPatchResponseItemsItem",
    "ExpiringTargetPatchResponseLinks",
    "Export",
    "ExportInitiator",
    "ExportLinks",
    "FeatureFlag",
    "FeatureFlagBody",
    "FeatureFlagBodyClientSideAvailability",
    "FeatureFlagBodyCustomProperties",
    "FeatureFlagBodyPurpose",
    "FeatureFlagClientSideAvailability",
    "FeatureFlagCustomProperties",
    "FeatureFlagEnvironments",
    "FeatureFlagEnvironmentsAdditionalProperty",
    "FeatureFlagKind",
    "FeatureFlagLinks",
    "FeatureFlags",
    "FeatureFlagScheduledChange",
    "FeatureFlagScheduledChangeLinks",
    "FeatureFlagScheduledChanges",
    "FeatureFlagScheduledChangesLinks",
    "FeatureFlagStatusAcrossEnvironments",
    "FeatureFlagStatusAcrossEnvironmentsEnvironments",
    "FeatureFlagStatusAcrossEnvironmentsEnvironmentsAdditionalProperty",
    "FeatureFlagStatusAcrossEnvironmentsLinks",
    "FeatureFlagStatuses",
    "FeatureFlagStatusesLinks",
    "FlagApprovalRequests",
    "FlagApprovalRequestsLinks",
    "FlagCopyConfigEnvironment",
    "FlagCopyConfigPost",
    "FlagDefaults",
    "FlagDefaultsBooleanDefaults",
    "FlagDefaultsDefaultClientSideAvailability",
    "FlagDefaultsLinks",
    "FlagDefaultsOnOff",
    "FlagFollowersGetRep",
    "FlagFollowersGetRepLinks",
    "FlagLinkCollectionRep",
    "FlagLinkCollectionRepLinks",
    "FlagLinkPost",
    "FlagLinkPostMetadata",
    "FlagLinkRep",
    "FlagLinkRepLinks",
    "FlagStatusRep",
    "FlagStatusRepLinks",
    "FlagStatusRepName",
    "FollowFlagMember",
    "FollowFlagMemberLinks",
    "ForbiddenErrorRep",
    "GetOpenapiSpecResponse200",
    "Import",
    "ImportFilesItem",
    "ImportLinks",
    "ImportStatus",
    "InsightsChart",
    "InsightsChartMetadata",
    "InsightsChartSeriesItem",
    "InsightScores",
    "InsightScoresLastPeriod",
    "InsightScoresLinks",
    "InsightScoresPeriod",
    "InsightScoresScores",
    "InsightsItemCollection",
    "InsightsItemCollectionItemsItem",
    "Instruction",
    "InstructionsInput",
    "Integration",
    "IntegrationConfig",
    "IntegrationDeliveryConfiguration",
    "IntegrationDeliveryConfigurationCollection",
    "IntegrationDeliveryConfigurationCollectionLinks",
    "IntegrationDeliveryConfigurationConfig",
    "IntegrationDeliveryConfigurationLinks",
    "IntegrationLinks",
    "Integrations",
    "IntegrationsLinks",
    "InvalidRequestErrorRep",
    "IpList",
    "Link",
    "Member",
    "MemberImportItem",
    "MemberLinks",
    "Members",
    "MemberSummary",
    "MemberSummaryLinks",
    "MemberTeamsItem",
    "MemberTeamsPostInput",
    "MetricCollectionRep",
    "MetricGroupCollectionRep",
    "MetricGroupRep",
    "MetricGroupRepKind",
    "MetricGroupRepLinks",
    "MetricGroupRepMaintainer",
    "MetricGroupRepMetricsItem",
    "MetricPost",
    "MetricPostKind",
    "MetricPostSuccessCriteria",
    "MetricPostUrlsItem",
    "MetricRep",
    "MetricRepKind",
    "MetricRepLinks",
    "MetricRepSuccessCriteria",
    "NewMemberForm",
    "NewMemberFormRole",
    "NotFoundErrorRep",
    "OAuthClientPost",
    "PatchOperation",
    "PatchWithComment",
    "PostDeploymentEventInput",
    "PostDeploymentEventInputApplicationKind",
    "PostDeploymentEventInputDeploymentMetadata",
    "PostDeploymentEventInputEventMetadata",
    "PostDeploymentEventInputEventType",
    "PostFlagScheduledChangesInput",
    "PostTeamMembersBody",
    "Project",
    "ProjectDefaultClientSideAvailability",
    "ProjectLinks",
    "ProjectPost",
    "ProjectPostDefaultClientSideAvailability",
    "ProjectPostNamingConvention",
    "ProjectRep",
    "ProjectRepLinks",
    "Projects",
    "RateLimitedErrorRep",
    "RelayAutoConfigCollectionRep",
    "RelayAutoConfigPost",
    "RelayAutoConfigRep",
    "Release",
    "ReleaseLinks",
    "ReleasePhasesItem",
    "ReleasePipeline",
    "ReleasePipelineCollection",
    "ReleasePipelinePhasesItem",
    "RepositoryCollectionRep",
    "RepositoryCollectionRepLinks",
    "RepositoryPost",
    "RepositoryPostType",
    "RepositoryRep",
    "RepositoryRepLinks",
    "RepositoryRepType",
    "ReviewApprovalRequest",
    "ReviewApprovalRequestKind",
    "RootResponse",
    "RootResponseLinks",
    "SdkVersion",
    "SdkVersionListRep",
    "SdkVersionListRepLinks",
    "SegmentBody",
    "SemanticPatch",
    "SeriesListRep",
    "SeriesListRepLinks",
    "SeriesListRepMetadataItem",
    "SeriesListRepSeriesItem",
    "Statement",
    "StatementEffect",
    "StatisticCollectionRep",
    "StatisticCollectionRepFlags",
    "StatisticCollectionRepFlagsAdditionalPropertyItem",
    "StatisticCollectionRepLinks",
    "StatisticsRoot",
    "StatusConflictErrorRep",
    "SubscriptionPost",
    "SubscriptionPostConfig",
    "TagsCollection",
    "Team",
    "TeamImportsRep",
    "TeamLinks",
    "TeamMaintainers",
    "TeamMembers",
    "TeamPostInput",
    "TeamProjects",
    "TeamRoles",
    "Teams",
    "Token",
    "TokenLinks",
    "Tokens",
    "TriggerPost",
    "TriggerWorkflowCollectionRep",
    "TriggerWorkflowCollectionRepLinks",
    "TriggerWorkflowRep",
    "TriggerWorkflowRepLinks",
    "UnauthorizedErrorRep",
    "UpsertContextKindPayload",
    "UpsertResponseRep",
    "UpsertResponseRepLinks",
    "UserAttributeNamesRep",
    "UserFlagSetting",
    "UserFlagSettingLinks",
    "UserFlagSettingReason",
    "UserFlagSettings",
    "UserFlagSettingsItems",
    "UserFlagSettingsLinks",
    "UserRecord",
    "UserRecordLinks",
    "UserRecordUser",
    "Users",
    "UserSegment",
    "UserSegmentExcludedContextsItem",
    "UserSegmentIncludedContextsItem",
    "UserSegmentLinks",
    "UserSegmentRulesItem",
    "UserSegments",
    "UsersRep",
    "ValuePut",
    "Variation",
    "VersionsRep",
    "Webhook",
    "WebhookLinks",
    "WebhookPost",
    "Webhooks",
    "WebhooksLinks",
    "WorkflowTemplateOutput",
    "WorkflowTemplateOutputLinks",
    "WorkflowTemplateOutputStagesItem",
    "WorkflowTemplatesListingOutputRep",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
