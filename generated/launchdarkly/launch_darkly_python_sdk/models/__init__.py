"""All data models of the API, importable from here; each model module loads on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access import Access
    from .access_allowed_reason import AccessAllowedReason
    from .access_allowed_reason_effect import AccessAllowedReasonEffect
    from .access_allowed_rep import AccessAllowedRep
    from .access_denied import AccessDenied
    from .access_denied_reason import AccessDeniedReason
    from .access_denied_reason_effect import AccessDeniedReasonEffect
    from .access_token_post import AccessTokenPost
    from .access_token_post_role import AccessTokenPostRole
    from .action_input import ActionInput
    from .application_collection_rep import ApplicationCollectionRep
    from .application_rep import ApplicationRep
    from .application_rep_kind import ApplicationRepKind
    from .application_rep_links import ApplicationRepLinks
    from .application_version_rep import ApplicationVersionRep
    from .application_version_rep_links import ApplicationVersionRepLinks
    from .application_versions_collection_rep import ApplicationVersionsCollectionRep
    from .application_versions_collection_rep_links import ApplicationVersionsCollectionRepLinks
    from .apply_approval_request import ApplyApprovalRequest
    from .approval_request import ApprovalRequest
    from .approval_request_all_reviews_item import ApprovalRequestAllReviewsItem
    from .approval_request_conflicts_item import ApprovalRequestConflictsItem
    from .approval_request_links import ApprovalRequestLinks
    from .approval_request_review_status import ApprovalRequestReviewStatus
    from .approval_request_status import ApprovalRequestStatus
    from .approval_requests import ApprovalRequests
    from .audience_configuration import AudienceConfiguration
    from .audience_post import AudiencePost
    from .audit_log_entries import AuditLogEntries
    from .audit_log_entry import AuditLogEntry
    from .audit_log_entry_accesses_item import AuditLogEntryAccessesItem
    from .audit_log_entry_links import AuditLogEntryLinks
    from .audit_log_entry_member import AuditLogEntryMember
    from .audit_log_entry_target import AuditLogEntryTarget
    from .big_segment_store_integration import BigSegmentStoreIntegration
    from .big_segment_store_integration_collection import BigSegmentStoreIntegrationCollection
    from .big_segment_store_integration_collection_items_item import BigSegmentStoreIntegrationCollectionItemsItem
    from .big_segment_store_integration_collection_links import BigSegmentStoreIntegrationCollectionLinks
    from .big_segment_store_integration_integration_key import BigSegmentStoreIntegrationIntegrationKey
    from .big_segment_store_integration_links import BigSegmentStoreIntegrationLinks
    from .big_segment_store_status import BigSegmentStoreStatus
    from .big_segment_target import BigSegmentTarget
    from .boolean_flag_defaults import BooleanFlagDefaults
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
    from .condition_input import ConditionInput
    from .conflict import Conflict
    from .context_attribute_name import ContextAttributeName
    from .context_attribute_names import ContextAttributeNames
    from .context_attribute_names_collection import ContextAttributeNamesCollection
    from .context_attribute_value import ContextAttributeValue
    from .context_attribute_values import ContextAttributeValues
    from .context_attribute_values_collection import ContextAttributeValuesCollection
    from .context_instance import ContextInstance
    from .context_instance_evaluation import ContextInstanceEvaluation
    from .context_instance_evaluation_links import ContextInstanceEvaluationLinks
    from .context_instance_evaluation_reason import ContextInstanceEvaluationReason
    from .context_instance_evaluations import ContextInstanceEvaluations
    from .context_instance_record import ContextInstanceRecord
    from .context_instance_record_links import ContextInstanceRecordLinks
    from .context_instance_search import ContextInstanceSearch
    from .context_instance_segment_membership import ContextInstanceSegmentMembership
    from .context_instance_segment_membership_links import ContextInstanceSegmentMembershipLinks
    from .context_instance_segment_memberships import ContextInstanceSegmentMemberships
    from .context_instance_segment_memberships_links import ContextInstanceSegmentMembershipsLinks
    from .context_instances import ContextInstances
    from .context_kind_rep import ContextKindRep
    from .context_kind_rep_links import ContextKindRepLinks
    from .context_kinds_collection_rep import ContextKindsCollectionRep
    from .context_kinds_collection_rep_links import ContextKindsCollectionRepLinks
    from .context_record import ContextRecord
    from .context_record_links import ContextRecordLinks
    from .context_search import ContextSearch
    from .contexts import Contexts
    from .copied_from_env import CopiedFromEnv
    from .covariate_info_rep import CovariateInfoRep
    from .create_approval_request_request import CreateApprovalRequestRequest
    from .create_big_segment_import_body import CreateBigSegmentImportBody
    from .create_big_segment_import_body_mode import CreateBigSegmentImportBodyMode
    from .create_copy_flag_config_approval_request_request import CreateCopyFlagConfigApprovalRequestRequest
    from .create_copy_flag_config_approval_request_request_excluded_actions_item import (
        CreateCopyFlagConfigApprovalRequestRequestExcludedActionsItem,
    )
    from .create_copy_flag_config_approval_request_request_included_actions_item import (
        CreateCopyFlagConfigApprovalRequestRequestIncludedActionsItem,
    )
    from .create_flag_approval_request import CreateFlagApprovalRequest
    from .create_phase_input import CreatePhaseInput
    from .create_release_pipeline_input import CreateReleasePipelineInput
    from .create_workflow_template_input import CreateWorkflowTemplateInput
    from .custom_role import CustomRole
    from .custom_role_links import CustomRoleLinks
    from .custom_role_post import CustomRolePost
    from .custom_role_post_base_permissions import CustomRolePostBasePermissions
    from .custom_roles import CustomRoles
    from .custom_workflow_input import CustomWorkflowInput
    from .custom_workflow_input_stages_item import CustomWorkflowInputStagesItem
    from .custom_workflow_meta import CustomWorkflowMeta
    from .custom_workflow_output import CustomWorkflowOutput
    from .custom_workflow_output_conflicts_item import CustomWorkflowOutputConflictsItem
    from .custom_workflow_output_execution import CustomWorkflowOutputExecution
    from .custom_workflow_output_links import CustomWorkflowOutputLinks
    from .custom_workflow_output_stages_item import CustomWorkflowOutputStagesItem
    from .custom_workflow_stage_meta import CustomWorkflowStageMeta
    from .custom_workflows_listing_output import CustomWorkflowsListingOutput
    from .default_client_side_availability import DefaultClientSideAvailability
    from .dependent_flags import DependentFlags
    from .dependent_flags_items_item import DependentFlagsItemsItem
    from .dependent_flags_links import DependentFlagsLinks
    from .dependent_metric_group_rep_with_metrics import DependentMetricGroupRepWithMetrics
    from .dependent_metric_group_rep_with_metrics_kind import DependentMetricGroupRepWithMetricsKind
    from .dependent_metric_group_rep_with_metrics_links import DependentMetricGroupRepWithMetricsLinks
    from .dependent_metric_or_metric_group_rep import DependentMetricOrMetricGroupRep
    from .dependent_metric_or_metric_group_rep_kind import DependentMetricOrMetricGroupRepKind
    from .dependent_metric_or_metric_group_rep_links import DependentMetricOrMetricGroupRepLinks
    from .deployment_collection_rep import DeploymentCollectionRep
    from .deployment_collection_rep_links import DeploymentCollectionRepLinks
    from .deployment_rep import DeploymentRep
    from .deployment_rep_metadata import DeploymentRepMetadata
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
    from .experiment_patch_input import ExperimentPatchInput
    from .experiment_post import ExperimentPost
    from .experiment_post_iteration import ExperimentPostIteration
    from .expiring_target_error import ExpiringTargetError
    from .expiring_target_get_response import ExpiringTargetGetResponse
    from .expiring_target_get_response_items_item import ExpiringTargetGetResponseItemsItem
    from .expiring_target_get_response_links import ExpiringTargetGetResponseLinks
    from .expiring_target_patch_response import ExpiringTargetPatchResponse
    from .expiring_target_patch_response_errors_item import ExpiringTargetPatchResponseErrorsItem
    from .expiring_target_patch_response_items_item import ExpiringTargetPatchResponseItemsItem
    from .expiring_target_patch_response_links import ExpiringTargetPatchResponseLinks
    from .expiring_user_target_get_response import ExpiringUserTargetGetResponse
    from .expiring_user_target_get_response_links import ExpiringUserTargetGetResponseLinks
    from .expiring_user_target_item import ExpiringUserTargetItem
    from .expiring_user_target_patch_response import ExpiringUserTargetPatchResponse
    from .expiring_user_target_patch_response_links import ExpiringUserTargetPatchResponseLinks
    from .export import Export
    from .export_initiator import ExportInitiator
    from .export_links import ExportLinks
    from .extinction import Extinction
    from .extinction_collection_rep import ExtinctionCollectionRep
    from .extinction_collection_rep_items import ExtinctionCollectionRepItems
    from .extinction_collection_rep_links import ExtinctionCollectionRepLinks
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
    from .flag_config_approval_request_response import FlagConfigApprovalRequestResponse
    from .flag_config_approval_request_response_links import FlagConfigApprovalRequestResponseLinks
    from .flag_config_approval_request_response_review_status import FlagConfigApprovalRequestResponseReviewStatus
    from .flag_config_approval_request_response_status import FlagConfigApprovalRequestResponseStatus
    from .flag_copy_config_environment import FlagCopyConfigEnvironment
    from .flag_copy_config_post import FlagCopyConfigPost
    from .flag_defaults import FlagDefaults
    from .flag_defaults_boolean_defaults import FlagDefaultsBooleanDefaults
    from .flag_defaults_default_client_side_availability import FlagDefaultsDefaultClientSideAvailability
    from .flag_defaults_links import FlagDefaultsLinks
    from .flag_defaults_on_off import FlagDefaultsOnOff
    from .flag_followers_by_proj_env_get_rep import FlagFollowersByProjEnvGetRep
    from .flag_followers_by_proj_env_get_rep_links import FlagFollowersByProjEnvGetRepLinks
    from .flag_followers_get_rep import FlagFollowersGetRep
    from .flag_followers_get_rep_links import FlagFollowersGetRepLinks
    from .flag_input import FlagInput
    from .flag_link_collection_rep import FlagLinkCollectionRep
    from .flag_link_collection_rep_links import FlagLinkCollectionRepLinks
    from .flag_link_post import FlagLinkPost
    from .flag_link_post_metadata import FlagLinkPostMetadata
    from .flag_link_rep import FlagLinkRep
    from .flag_link_rep_links import FlagLinkRepLinks
    from .flag_reference_collection_rep import FlagReferenceCollectionRep
    from .flag_reference_rep import FlagReferenceRep
    from .flag_rep import FlagRep
    from .flag_rep_links import FlagRepLinks
    from .flag_sempatch import FlagSempatch
    from .flag_status_rep import FlagStatusRep
    from .flag_status_rep_links import FlagStatusRepLinks
    from .flag_status_rep_name import FlagStatusRepName
    from .flags_input import FlagsInput
    from .follow_flag_member import FollowFlagMember
    from .follow_flag_member_links import FollowFlagMemberLinks
    from .followers_per_flag import FollowersPerFlag
    from .forbidden_error_rep import ForbiddenErrorRep
    from .form_variable_config import FormVariableConfig
    from .get_openapi_spec_response_200 import GetOpenapiSpecResponse200
    from .hunk_rep import HunkRep
    from .import_ import Import
    from .import_files_item import ImportFilesItem
    from .import_links import ImportLinks
    from .import_status import ImportStatus
    from .insight_group import InsightGroup
    from .insight_group_collection_score_metadata import InsightGroupCollectionScoreMetadata
    from .insight_group_scores import InsightGroupScores
    from .insight_period import InsightPeriod
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
    from .insights_metric_indicator_range import InsightsMetricIndicatorRange
    from .insights_metric_score import InsightsMetricScore
    from .insights_repository_project import InsightsRepositoryProject
    from .insights_repository_project_collection import InsightsRepositoryProjectCollection
    from .insights_repository_project_collection_links import InsightsRepositoryProjectCollectionLinks
    from .insights_repository_project_mappings import InsightsRepositoryProjectMappings
    from .instruction import Instruction
    from .instruction_user_request import InstructionUserRequest
    from .instruction_user_request_kind import InstructionUserRequestKind
    from .instructions_input import InstructionsInput
    from .integration import Integration
    from .integration_config import IntegrationConfig
    from .integration_delivery_configuration import IntegrationDeliveryConfiguration
    from .integration_delivery_configuration_collection import IntegrationDeliveryConfigurationCollection
    from .integration_delivery_configuration_collection_links import IntegrationDeliveryConfigurationCollectionLinks
    from .integration_delivery_configuration_config import IntegrationDeliveryConfigurationConfig
    from .integration_delivery_configuration_links import IntegrationDeliveryConfigurationLinks
    from .integration_delivery_configuration_post import IntegrationDeliveryConfigurationPost
    from .integration_delivery_configuration_response import IntegrationDeliveryConfigurationResponse
    from .integration_links import IntegrationLinks
    from .integration_metadata import IntegrationMetadata
    from .integration_status import IntegrationStatus
    from .integrations import Integrations
    from .integrations_links import IntegrationsLinks
    from .invalid_request_error_rep import InvalidRequestErrorRep
    from .ip_list import IpList
    from .iteration_input import IterationInput
    from .iteration_rep import IterationRep
    from .iteration_rep_flags import IterationRepFlags
    from .iteration_rep_status import IterationRepStatus
    from .layer_snapshot_rep import LayerSnapshotRep
    from .lead_time_stages_rep import LeadTimeStagesRep
    from .link import Link
    from .member import Member
    from .member_import_item import MemberImportItem
    from .member_links import MemberLinks
    from .member_summary import MemberSummary
    from .member_summary_links import MemberSummaryLinks
    from .member_teams_item import MemberTeamsItem
    from .member_teams_post_input import MemberTeamsPostInput
    from .members import Members
    from .method_not_allowed_error_rep import MethodNotAllowedErrorRep
    from .metric_collection_rep import MetricCollectionRep
    from .metric_group_collection_rep import MetricGroupCollectionRep
    from .metric_group_post import MetricGroupPost
    from .metric_group_post_kind import MetricGroupPostKind
    from .metric_group_rep import MetricGroupRep
    from .metric_group_rep_kind import MetricGroupRepKind
    from .metric_group_rep_links import MetricGroupRepLinks
    from .metric_group_rep_maintainer import MetricGroupRepMaintainer
    from .metric_group_rep_metrics_item import MetricGroupRepMetricsItem
    from .metric_in_group_rep import MetricInGroupRep
    from .metric_in_group_rep_kind import MetricInGroupRepKind
    from .metric_in_group_rep_links import MetricInGroupRepLinks
    from .metric_in_group_rep_unit_aggregation_type import MetricInGroupRepUnitAggregationType
    from .metric_in_metric_group_input import MetricInMetricGroupInput
    from .metric_input import MetricInput
    from .metric_post import MetricPost
    from .metric_post_kind import MetricPostKind
    from .metric_post_success_criteria import MetricPostSuccessCriteria
    from .metric_post_unit_aggregation_type import MetricPostUnitAggregationType
    from .metric_post_urls_item import MetricPostUrlsItem
    from .metric_rep import MetricRep
    from .metric_rep_kind import MetricRepKind
    from .metric_rep_links import MetricRepLinks
    from .metric_rep_success_criteria import MetricRepSuccessCriteria
    from .metric_v2_rep import MetricV2Rep
    from .metric_v2_rep_kind import MetricV2RepKind
    from .metric_v2_rep_links import MetricV2RepLinks
    from .metric_v2_rep_unit_aggregation_type import MetricV2RepUnitAggregationType
    from .migration_safety_issue_rep import MigrationSafetyIssueRep
    from .migration_settings_post import MigrationSettingsPost
    from .new_member_form import NewMemberForm
    from .new_member_form_role import NewMemberFormRole
    from .not_found_error_rep import NotFoundErrorRep
    from .o_auth_client_post import OAuthClientPost
    from .parameter_rep import ParameterRep
    from .patch_failed_error_rep import PatchFailedErrorRep
    from .patch_flags_request import PatchFlagsRequest
    from .patch_operation import PatchOperation
    from .patch_users_request import PatchUsersRequest
    from .patch_with_comment import PatchWithComment
    from .permission_grant_input import PermissionGrantInput
    from .phase_configuration import PhaseConfiguration
    from .post_approval_request_review_request import PostApprovalRequestReviewRequest
    from .post_approval_request_review_request_kind import PostApprovalRequestReviewRequestKind
    from .post_deployment_event_input import PostDeploymentEventInput
    from .post_deployment_event_input_application_kind import PostDeploymentEventInputApplicationKind
    from .post_deployment_event_input_deployment_metadata import PostDeploymentEventInputDeploymentMetadata
    from .post_deployment_event_input_event_metadata import PostDeploymentEventInputEventMetadata
    from .post_deployment_event_input_event_type import PostDeploymentEventInputEventType
    from .post_flag_scheduled_changes_input import PostFlagScheduledChangesInput
    from .post_insight_group_params import PostInsightGroupParams
    from .post_team_members_body import PostTeamMembersBody
    from .project import Project
    from .project_default_client_side_availability import ProjectDefaultClientSideAvailability
    from .project_links import ProjectLinks
    from .project_post import ProjectPost
    from .project_post_default_client_side_availability import ProjectPostDefaultClientSideAvailability
    from .project_post_naming_convention import ProjectPostNamingConvention
    from .project_rep import ProjectRep
    from .project_rep_links import ProjectRepLinks
    from .project_summary import ProjectSummary
    from .project_summary_links import ProjectSummaryLinks
    from .projects import Projects
    from .pull_request_collection_rep import PullRequestCollectionRep
    from .pull_request_collection_rep_links import PullRequestCollectionRepLinks
    from .pull_request_lead_time_rep import PullRequestLeadTimeRep
    from .pull_request_rep import PullRequestRep
    from .put_branch import PutBranch
    from .randomization_settings_put import RandomizationSettingsPut
    from .randomization_settings_rep import RandomizationSettingsRep
    from .randomization_settings_rep_links import RandomizationSettingsRepLinks
    from .randomization_unit_input import RandomizationUnitInput
    from .randomization_unit_rep import RandomizationUnitRep
    from .rate_limited_error_rep import RateLimitedErrorRep
    from .reference_rep import ReferenceRep
    from .relay_auto_config_collection_rep import RelayAutoConfigCollectionRep
    from .relay_auto_config_post import RelayAutoConfigPost
    from .relay_auto_config_rep import RelayAutoConfigRep
    from .release import Release
    from .release_guardian_configuration import ReleaseGuardianConfiguration
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
    from .resource_id_response import ResourceIDResponse
    from .results_rep import ResultsRep
    from .review_approval_request import ReviewApprovalRequest
    from .review_approval_request_kind import ReviewApprovalRequestKind
    from .review_response import ReviewResponse
    from .review_response_kind import ReviewResponseKind
    from .root_response import RootResponse
    from .root_response_links import RootResponseLinks
    from .sdk_list_rep import SdkListRep
    from .sdk_list_rep_links import SdkListRepLinks
    from .sdk_version_list_rep import SdkVersionListRep
    from .sdk_version_list_rep_links import SdkVersionListRepLinks
    from .sdk_version_model import SdkVersion
    from .segment_body import SegmentBody
    from .segment_user_list import SegmentUserList
    from .segment_user_state import SegmentUserState
    from .semantic_patch import SemanticPatch
    from .series_list_rep import SeriesListRep
    from .series_list_rep_links import SeriesListRepLinks
    from .series_list_rep_metadata_item import SeriesListRepMetadataItem
    from .series_list_rep_series_item import SeriesListRepSeriesItem
    from .source_flag import SourceFlag
    from .stage_input import StageInput
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
    from .status_service_unavailable import StatusServiceUnavailable
    from .store_integration_error import StoreIntegrationError
    from .subscription_post import SubscriptionPost
    from .subscription_post_config import SubscriptionPostConfig
    from .tags_collection import TagsCollection
    from .team import Team
    from .team_custom_role import TeamCustomRole
    from .team_custom_roles import TeamCustomRoles
    from .team_custom_roles_links import TeamCustomRolesLinks
    from .team_imports_rep import TeamImportsRep
    from .team_links import TeamLinks
    from .team_maintainers import TeamMaintainers
    from .team_maintainers_links import TeamMaintainersLinks
    from .team_members import TeamMembers
    from .team_post_input import TeamPostInput
    from .team_projects import TeamProjects
    from .team_roles import TeamRoles
    from .teams import Teams
    from .token_links import TokenLinks
    from .token_model import Token
    from .tokens import Tokens
    from .treatment_input import TreatmentInput
    from .treatment_parameter_input import TreatmentParameterInput
    from .treatment_rep import TreatmentRep
    from .trigger_post import TriggerPost
    from .trigger_workflow_collection_rep import TriggerWorkflowCollectionRep
    from .trigger_workflow_collection_rep_links import TriggerWorkflowCollectionRepLinks
    from .trigger_workflow_rep import TriggerWorkflowRep
    from .trigger_workflow_rep_links import TriggerWorkflowRepLinks
    from .unauthorized_error_rep import UnauthorizedErrorRep
    from .upsert_context_kind_payload import UpsertContextKindPayload
    from .upsert_flag_defaults_payload import UpsertFlagDefaultsPayload
    from .upsert_payload_rep import UpsertPayloadRep
    from .upsert_payload_rep_links import UpsertPayloadRepLinks
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
    "Access": "access",
    "AccessAllowedReason": "access_allowed_reason",
    "AccessAllowedReasonEffect": "access_allowed_reason_effect",
    "AccessAllowedRep": "access_allowed_rep",
    "AccessDenied": "access_denied",
    "AccessDeniedReason": "access_denied_reason",
    "AccessDeniedReasonEffect": "access_denied_reason_effect",
    "AccessTokenPost": "access_token_post",
    "AccessTokenPostRole": "access_token_post_role",
    "ActionInput": "action_input",
    "ApplicationCollectionRep": "application_collection_rep",
    "ApplicationRep": "application_rep",
    "ApplicationRepKind": "application_rep_kind",
    "ApplicationRepLinks": "application_rep_links",
    "ApplicationVersionRep": "application_version_rep",
    "ApplicationVersionRepLinks": "application_version_rep_links",
    "ApplicationVersionsCollectionRep": "application_versions_collection_rep",
    "ApplicationVersionsCollectionRepLinks": "application_versions_collection_rep_links",
    "ApplyApprovalRequest": "apply_approval_request",
    "ApprovalRequest": "approval_request",
    "ApprovalRequestAllReviewsItem": "approval_request_all_reviews_item",
    "ApprovalRequestConflictsItem": "approval_request_conflicts_item",
    "ApprovalRequestLinks": "approval_request_links",
    "ApprovalRequestReviewStatus": "approval_request_review_status",
    "ApprovalRequests": "approval_requests",
    "ApprovalRequestStatus": "approval_request_status",
    "AudienceConfiguration": "audience_configuration",
    "AudiencePost": "audience_post",
    "AuditLogEntries": "audit_log_entries",
    "AuditLogEntry": "audit_log_entry",
    "AuditLogEntryAccessesItem": "audit_log_entry_accesses_item",
    "AuditLogEntryLinks": "audit_log_entry_links",
    "AuditLogEntryMember": "audit_log_entry_member",
    "AuditLogEntryTarget": "audit_log_entry_target",
    "BigSegmentStoreIntegration": "big_segment_store_integration",
    "BigSegmentStoreIntegrationCollection": "big_segment_store_integration_collection",
    "BigSegmentStoreIntegrationCollectionItemsItem": "big_segment_store_integration_collection_items_item",
    "BigSegmentStoreIntegrationCollectionLinks": "big_segment_store_integration_collection_links",
    "BigSegmentStoreIntegrationIntegrationKey": "big_segment_store_integration_integration_key",
    "BigSegmentStoreIntegrationLinks": "big_segment_store_integration_links",
    "BigSegmentStoreStatus": "big_segment_store_status",
    "BigSegmentTarget": "big_segment_target",
    "BooleanFlagDefaults": "boolean_flag_defaults",
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
    "ConditionInput": "condition_input",
    "Conflict": "conflict",
    "ContextAttributeName": "context_attribute_name",
    "ContextAttributeNames": "context_attribute_names",
    "ContextAttributeNamesCollection": "context_attribute_names_collection",
    "ContextAttributeValue": "context_attribute_value",
    "ContextAttributeValues": "context_attribute_values",
    "ContextAttributeValuesCollection": "context_attribute_values_collection",
    "ContextInstance": "context_instance",
    "ContextInstanceEvaluation": "context_instance_evaluation",
    "ContextInstanceEvaluationLinks": "context_instance_evaluation_links",
    "ContextInstanceEvaluationReason": "context_instance_evaluation_reason",
    "ContextInstanceEvaluations": "context_instance_evaluations",
    "ContextInstanceRecord": "context_instance_record",
    "ContextInstanceRecordLinks": "context_instance_record_links",
    "ContextInstances": "context_instances",
    "ContextInstanceSearch": "context_instance_search",
    "ContextInstanceSegmentMembership": "context_instance_segment_membership",
    "ContextInstanceSegmentMembershipLinks": "context_instance_segment_membership_links",
    "ContextInstanceSegmentMemberships": "context_instance_segment_memberships",
    "ContextInstanceSegmentMembershipsLinks": "context_instance_segment_memberships_links",
    "ContextKindRep": "context_kind_rep",
    "ContextKindRepLinks": "context_kind_rep_links",
    "ContextKindsCollectionRep": "context_kinds_collection_rep",
    "ContextKindsCollectionRepLinks": "context_kinds_collection_rep_links",
    "ContextRecord": "context_record",
    "ContextRecordLinks": "context_record_links",
    "Contexts": "contexts",
    "ContextSearch": "context_search",
    "CopiedFromEnv": "copied_from_env",
    "CovariateInfoRep": "covariate_info_rep",
    "CreateApprovalRequestRequest": "create_approval_request_request",
    "CreateBigSegmentImportBody": "create_big_segment_import_body",
    "CreateBigSegmentImportBodyMode": "create_big_segment_import_body_mode",
    "CreateCopyFlagConfigApprovalRequestRequest": "create_copy_flag_config_approval_request_request",
    "CreateCopyFlagConfigApprovalRequestRequestExcludedActionsItem": "create_copy_flag_config_approval_request_request_excluded_actions_item",
    "CreateCopyFlagConfigApprovalRequestRequestIncludedActionsItem": "create_copy_flag_config_approval_request_request_included_actions_item",
    "CreateFlagApprovalRequest": "create_flag_approval_request",
    "CreatePhaseInput": "create_phase_input",
    "CreateReleasePipelineInput": "create_release_pipeline_input",
    "CreateWorkflowTemplateInput": "create_workflow_template_input",
    "CustomRole": "custom_role",
    "CustomRoleLinks": "custom_role_links",
    "CustomRolePost": "custom_role_post",
    "CustomRolePostBasePermissions": "custom_role_post_base_permissions",
    "CustomRoles": "custom_roles",
    "CustomWorkflowInput": "custom_workflow_input",
    "CustomWorkflowInputStagesItem": "custom_workflow_input_stages_item",
    "CustomWorkflowMeta": "custom_workflow_meta",
    "CustomWorkflowOutput": "custom_workflow_output",
    "CustomWorkflowOutputConflictsItem": "custom_workflow_output_conflicts_item",
    "CustomWorkflowOutputExecution": "custom_workflow_output_execution",
    "CustomWorkflowOutputLinks": "custom_workflow_output_links",
    "CustomWorkflowOutputStagesItem": "custom_workflow_output_stages_item",
    "CustomWorkflowsListingOutput": "custom_workflows_listing_output",
    "CustomWorkflowStageMeta": "custom_workflow_stage_meta",
    "DefaultClientSideAvailability": "default_client_side_availability",
    "DependentFlags": "dependent_flags",
    "DependentFlagsItemsItem": "dependent_flags_items_item",
    "DependentFlagsLinks": "dependent_flags_links",
    "DependentMetricGroupRepWithMetrics": "dependent_metric_group_rep_with_metrics",
    "DependentMetricGroupRepWithMetricsKind": "dependent_metric_group_rep_with_metrics_kind",
    "DependentMetricGroupRepWithMetricsLinks": "dependent_metric_group_rep_with_metrics_links",
    "DependentMetricOrMetricGroupRep": "dependent_metric_or_metric_group_rep",
    "DependentMetricOrMetricGroupRepKind": "dependent_metric_or_metric_group_rep_kind",
    "DependentMetricOrMetricGroupRepLinks": "dependent_metric_or_metric_group_rep_links",
    "DeploymentCollectionRep": "deployment_collection_rep",
    "DeploymentCollectionRepLinks": "deployment_collection_rep_links",
    "DeploymentRep": "deployment_rep",
    "DeploymentRepMetadata": "deployment_rep_metadata",
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
    "ExperimentPatchInput": "experiment_patch_input",
    "ExperimentPost": "experiment_post",
    "ExperimentPostIteration": "experiment_post_iteration",
    "ExpiringTargetError": "expiring_target_error",
    "ExpiringTargetGetResponse": "expiring_target_get_response",
    "ExpiringTargetGetResponseItemsItem": "expiring_target_get_response_items_item",
    "ExpiringTargetGetResponseLinks": "expiring_target_get_response_links",
    "ExpiringTargetPatchResponse": "expiring_target_patch_response",
    "ExpiringTargetPatchResponseErrorsItem": "expiring_target_patch_response_errors_item",
    "ExpiringTargetPatchResponseItemsItem": "expiring_target_patch_response_items_item",
    "ExpiringTargetPatchResponseLinks": "expiring_target_patch_response_links",
    "ExpiringUserTargetGetResponse": "expiring_user_target_get_response",
    "ExpiringUserTargetGetResponseLinks": "expiring_user_target_get_response_links",
    "ExpiringUserTargetItem": "expiring_user_target_item",
    "ExpiringUserTargetPatchResponse": "expiring_user_target_patch_response",
    "ExpiringUserTargetPatchResponseLinks": "expiring_user_target_patch_response_links",
    "Export": "export",
    "ExportInitiator": "export_initiator",
    "ExportLinks": "export_links",
    "Extinction": "extinction",
    "ExtinctionCollectionRep": "extinction_collection_rep",
    "ExtinctionCollectionRepItems": "extinction_collection_rep_items",
    "ExtinctionCollectionRepLinks": "extinction_collection_rep_links",
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
    "FlagConfigApprovalRequestResponse": "flag_config_approval_request_response",
    "FlagConfigApprovalRequestResponseLinks": "flag_config_approval_request_response_links",
    "FlagConfigApprovalRequestResponseReviewStatus": "flag_config_approval_request_response_review_status",
    "FlagConfigApprovalRequestResponseStatus": "flag_config_approval_request_response_status",
    "FlagCopyConfigEnvironment": "flag_copy_config_environment",
    "FlagCopyConfigPost": "flag_copy_config_post",
    "FlagDefaults": "flag_defaults",
    "FlagDefaultsBooleanDefaults": "flag_defaults_boolean_defaults",
    "FlagDefaultsDefaultClientSideAvailability": "flag_defaults_default_client_side_availability",
    "FlagDefaultsLinks": "flag_defaults_links",
    "FlagDefaultsOnOff": "flag_defaults_on_off",
    "FlagFollowersByProjEnvGetRep": "flag_followers_by_proj_env_get_rep",
    "FlagFollowersByProjEnvGetRepLinks": "flag_followers_by_proj_env_get_rep_links",
    "FlagFollowersGetRep": "flag_followers_get_rep",
    "FlagFollowersGetRepLinks": "flag_followers_get_rep_links",
    "FlagInput": "flag_input",
    "FlagLinkCollectionRep": "flag_link_collection_rep",
    "FlagLinkCollectionRepLinks": "flag_link_collection_rep_links",
    "FlagLinkPost": "flag_link_post",
    "FlagLinkPostMetadata": "flag_link_post_metadata",
    "FlagLinkRep": "flag_link_rep",
    "FlagLinkRepLinks": "flag_link_rep_links",
    "FlagReferenceCollectionRep": "flag_reference_collection_rep",
    "FlagReferenceRep": "flag_reference_rep",
    "FlagRep": "flag_rep",
    "FlagRepLinks": "flag_rep_links",
    "FlagSempatch": "flag_sempatch",
    "FlagsInput": "flags_input",
    "FlagStatusRep": "flag_status_rep",
    "FlagStatusRepLinks": "flag_status_rep_links",
    "FlagStatusRepName": "flag_status_rep_name",
    "FollowersPerFlag": "followers_per_flag",
    "FollowFlagMember": "follow_flag_member",
    "FollowFlagMemberLinks": "follow_flag_member_links",
    "ForbiddenErrorRep": "forbidden_error_rep",
    "FormVariableConfig": "form_variable_config",
    "GetOpenapiSpecResponse200": "get_openapi_spec_response_200",
    "HunkRep": "hunk_rep",
    "Import": "import_",
    "ImportFilesItem": "import_files_item",
    "ImportLinks": "import_links",
    "ImportStatus": "import_status",
    "InsightGroup": "insight_group",
    "InsightGroupCollectionScoreMetadata": "insight_group_collection_score_metadata",
    "InsightGroupScores": "insight_group_scores",
    "InsightPeriod": "insight_period",
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
    "InsightsMetricIndicatorRange": "insights_metric_indicator_range",
    "InsightsMetricScore": "insights_metric_score",
    "InsightsRepositoryProject": "insights_repository_project",
    "InsightsRepositoryProjectCollection": "insights_repository_project_collection",
    "InsightsRepositoryProjectCollectionLinks": "insights_repository_project_collection_links",
    "InsightsRepositoryProjectMappings": "insights_repository_project_mappings",
    "Instruction": "instruction",
    "InstructionsInput": "instructions_input",
    "InstructionUserRequest": "instruction_user_request",
    "InstructionUserRequestKind": "instruction_user_request_kind",
    "Integration": "integration",
    "IntegrationConfig": "integration_config",
    "IntegrationDeliveryConfiguration": "integration_delivery_configuration",
    "IntegrationDeliveryConfigurationCollection": "integration_delivery_configuration_collection",
    "IntegrationDeliveryConfigurationCollectionLinks": "integration_delivery_configuration_collection_links",
    "IntegrationDeliveryConfigurationConfig": "integration_delivery_configuration_config",
    "IntegrationDeliveryConfigurationLinks": "integration_delivery_configuration_links",
    "IntegrationDeliveryConfigurationPost": "integration_delivery_configuration_post",
    "IntegrationDeliveryConfigurationResponse": "integration_delivery_configuration_response",
    "IntegrationLinks": "integration_links",
    "IntegrationMetadata": "integration_metadata",
    "Integrations": "integrations",
    "IntegrationsLinks": "integrations_links",
    "IntegrationStatus": "integration_status",
    "InvalidRequestErrorRep": "invalid_request_error_rep",
    "IpList": "ip_list",
    "IterationInput": "iteration_input",
    "IterationRep": "iteration_rep",
    "IterationRepFlags": "iteration_rep_flags",
    "IterationRepStatus": "iteration_rep_status",
    "LayerSnapshotRep": "layer_snapshot_rep",
    "LeadTimeStagesRep": "lead_time_stages_rep",
    "Link": "link",
    "Member": "member",
    "MemberImportItem": "member_import_item",
    "MemberLinks": "member_links",
    "Members": "members",
    "MemberSummary": "member_summary",
    "MemberSummaryLinks": "member_summary_links",
    "MemberTeamsItem": "member_teams_item",
    "MemberTeamsPostInput": "member_teams_post_input",
    "MethodNotAllowedErrorRep": "method_not_allowed_error_rep",
    "MetricCollectionRep": "metric_collection_rep",
    "MetricGroupCollectionRep": "metric_group_collection_rep",
    "MetricGroupPost": "metric_group_post",
    "MetricGroupPostKind": "metric_group_post_kind",
    "MetricGroupRep": "metric_group_rep",
    "MetricGroupRepKind": "metric_group_rep_kind",
    "MetricGroupRepLinks": "metric_group_rep_links",
    "MetricGroupRepMaintainer": "metric_group_rep_maintainer",
    "MetricGroupRepMetricsItem": "metric_group_rep_metrics_item",
    "MetricInGroupRep": "metric_in_group_rep",
    "MetricInGroupRepKind": "metric_in_group_rep_kind",
    "MetricInGroupRepLinks": "metric_in_group_rep_links",
    "MetricInGroupRepUnitAggregationType": "metric_in_group_rep_unit_aggregation_type",
    "MetricInMetricGroupInput": "metric_in_metric_group_input",
    "MetricInput": "metric_input",
    "MetricPost": "metric_post",
    "MetricPostKind": "metric_post_kind",
    "MetricPostSuccessCriteria": "metric_post_success_criteria",
    "MetricPostUnitAggregationType": "metric_post_unit_aggregation_type",
    "MetricPostUrlsItem": "metric_post_urls_item",
    "MetricRep": "metric_rep",
    "MetricRepKind": "metric_rep_kind",
    "MetricRepLinks": "metric_rep_links",
    "MetricRepSuccessCriteria": "metric_rep_success_criteria",
    "MetricV2Rep": "metric_v2_rep",
    "MetricV2RepKind": "metric_v2_rep_kind",
    "MetricV2RepLinks": "metric_v2_rep_links",
    "MetricV2RepUnitAggregationType": "metric_v2_rep_unit_aggregation_type",
    "MigrationSafetyIssueRep": "migration_safety_issue_rep",
    "MigrationSettingsPost": "migration_settings_post",
    "NewMemberForm": "new_member_form",
    "NewMemberFormRole": "new_member_form_role",
    "NotFoundErrorRep": "not_found_error_rep",
    "OAuthClientPost": "o_auth_client_post",
    "ParameterRep": "parameter_rep",
    "PatchFailedErrorRep": "patch_failed_error_rep",
    "PatchFlagsRequest": "patch_flags_request",
    "PatchOperation": "patch_operation",
    "PatchUsersRequest": "patch_users_request",
    "PatchWithComment": "patch_with_comment",
    "PermissionGrantInput": "permission_grant_input",
    "PhaseConfiguration": "phase_configuration",
    "PostApprovalRequestReviewRequest": "post_approval_request_review_request",
    "PostApprovalRequestReviewRequestKind": "post_approval_request_review_request_kind",
    "PostDeploymentEventInput": "post_deployment_event_input",
    "PostDeploymentEventInputApplicationKind": "post_deployment_event_input_application_kind",
    "PostDeploymentEventInputDeploymentMetadata": "post_deployment_event_input_deployment_metadata",
    "PostDeploymentEventInputEventMetadata": "post_deployment_event_input_event_metadata",
    "PostDeploymentEventInputEventType": "post_deployment_event_input_event_type",
    "PostFlagScheduledChangesInput": "post_flag_scheduled_changes_input",
    "PostInsightGroupParams": "post_insight_group_params",
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
    "ProjectSummary": "project_summary",
    "ProjectSummaryLinks": "project_summary_links",
    "PullRequestCollectionRep": "pull_request_collection_rep",
    "PullRequestCollectionRepLinks": "pull_request_collection_rep_links",
    "PullRequestLeadTimeRep": "pull_request_lead_time_rep",
    "PullRequestRep": "pull_request_rep",
    "PutBranch": "put_branch",
    "RandomizationSettingsPut": "randomization_settings_put",
    "RandomizationSettingsRep": "randomization_settings_rep",
    "RandomizationSettingsRepLinks": "randomization_settings_rep_links",
    "RandomizationUnitInput": "randomization_unit_input",
    "RandomizationUnitRep": "randomization_unit_rep",
    "RateLimitedErrorRep": "rate_limited_error_rep",
    "ReferenceRep": "reference_rep",
    "RelayAutoConfigCollectionRep": "relay_auto_config_collection_rep",
    "RelayAutoConfigPost": "relay_auto_config_post",
    "RelayAutoConfigRep": "relay_auto_config_rep",
    "Release": "release",
    "ReleaseGuardianConfiguration": "release_guardian_configuration",
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
    "ResourceIDResponse": "resource_id_response",
    "ResultsRep": "results_rep",
    "ReviewApprovalRequest": "review_approval_request",
    "ReviewApprovalRequestKind": "review_approval_request_kind",
    "ReviewResponse": "review_response",
    "ReviewResponseKind": "review_response_kind",
    "RootResponse": "root_response",
    "RootResponseLinks": "root_response_links",
    "SdkListRep": "sdk_list_rep",
    "SdkListRepLinks": "sdk_list_rep_links",
    "SdkVersion": "sdk_version_model",
    "SdkVersionListRep": "sdk_version_list_rep",
    "SdkVersionListRepLinks": "sdk_version_list_rep_links",
    "SegmentBody": "segment_body",
    "SegmentUserList": "segment_user_list",
    "SegmentUserState": "segment_user_state",
    "SemanticPatch": "semantic_patch",
    "SeriesListRep": "series_list_rep",
    "SeriesListRepLinks": "series_list_rep_links",
    "SeriesListRepMetadataItem": "series_list_rep_metadata_item",
    "SeriesListRepSeriesItem": "series_list_rep_series_item",
    "SourceFlag": "source_flag",
    "StageInput": "stage_input",
    "Statement": "statement",
    "StatementEffect": "statement_effect",
    "StatisticCollectionRep": "statistic_collection_rep",
    "StatisticCollectionRepFlags": "statistic_collection_rep_flags",
    "StatisticCollectionRepFlagsAdditionalPropertyItem": "statistic_collection_rep_flags_additional_property_item",
    "StatisticCollectionRepLinks": "statistic_collection_rep_links",
    "StatisticsRoot": "statistics_root",
    "StatusConflictErrorRep": "status_conflict_error_rep",
    "StatusServiceUnavailable": "status_service_unavailable",
    "StoreIntegrationError": "store_integration_error",
    "SubscriptionPost": "subscription_post",
    "SubscriptionPostConfig": "subscription_post_config",
    "TagsCollection": "tags_collection",
    "Team": "team",
    "TeamCustomRole": "team_custom_role",
    "TeamCustomRoles": "team_custom_roles",
    "TeamCustomRolesLinks": "team_custom_roles_links",
    "TeamImportsRep": "team_imports_rep",
    "TeamLinks": "team_links",
    "TeamMaintainers": "team_maintainers",
    "TeamMaintainersLinks": "team_maintainers_links",
    "TeamMembers": "team_members",
    "TeamPostInput": "team_post_input",
    "TeamProjects": "team_projects",
    "TeamRoles": "team_roles",
    "Teams": "teams",
    "Token": "token_model",
    "TokenLinks": "token_links",
    "Tokens": "tokens",
    "TreatmentInput": "treatment_input",
    "TreatmentParameterInput": "treatment_parameter_input",
    "TreatmentRep": "treatment_rep",
    "TriggerPost": "trigger_post",
    "TriggerWorkflowCollectionRep": "trigger_workflow_collection_rep",
    "TriggerWorkflowCollectionRepLinks": "trigger_workflow_collection_rep_links",
    "TriggerWorkflowRep": "trigger_workflow_rep",
    "TriggerWorkflowRepLinks": "trigger_workflow_rep_links",
    "UnauthorizedErrorRep": "unauthorized_error_rep",
    "UpsertContextKindPayload": "upsert_context_kind_payload",
    "UpsertFlagDefaultsPayload": "upsert_flag_defaults_payload",
    "UpsertPayloadRep": "upsert_payload_rep",
    "UpsertPayloadRepLinks": "upsert_payload_rep_links",
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
    "Access",
    "AccessAllowedReason",
    "AccessAllowedReasonEffect",
    "AccessAllowedRep",
    "AccessDenied",
    "AccessDeniedReason",
    "AccessDeniedReasonEffect",
    "AccessTokenPost",
    "AccessTokenPostRole",
    "ActionInput",
    "ApplicationCollectionRep",
    "ApplicationRep",
    "ApplicationRepKind",
    "ApplicationRepLinks",
    "ApplicationVersionRep",
    "ApplicationVersionRepLinks",
    "ApplicationVersionsCollectionRep",
    "ApplicationVersionsCollectionRepLinks",
    "ApplyApprovalRequest",
    "ApprovalRequest",
    "ApprovalRequestAllReviewsItem",
    "ApprovalRequestConflictsItem",
    "ApprovalRequestLinks",
    "ApprovalRequestReviewStatus",
    "ApprovalRequests",
    "ApprovalRequestStatus",
    "AudienceConfiguration",
    "AudiencePost",
    "AuditLogEntries",
    "AuditLogEntry",
    "AuditLogEntryAccessesItem",
    "AuditLogEntryLinks",
    "AuditLogEntryMember",
    "AuditLogEntryTarget",
    "BigSegmentStoreIntegration",
    "BigSegmentStoreIntegrationCollection",
    "BigSegmentStoreIntegrationCollectionItemsItem",
    "BigSegmentStoreIntegrationCollectionLinks",
    "BigSegmentStoreIntegrationIntegrationKey",
    "BigSegmentStoreIntegrationLinks",
    "BigSegmentStoreStatus",
    "BigSegmentTarget",
    "BooleanFlagDefaults",
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
    "ConditionInput",
    "Conflict",
    "ContextAttributeName",
    "ContextAttributeNames",
    "ContextAttributeNamesCollection",
    "ContextAttributeValue",
    "ContextAttributeValues",
    "ContextAttributeValuesCollection",
    "ContextInstance",
    "ContextInstanceEvaluation",
    "ContextInstanceEvaluationLinks",
    "ContextInstanceEvaluationReason",
    "ContextInstanceEvaluations",
    "ContextInstanceRecord",
    "ContextInstanceRecordLinks",
    "ContextInstances",
    "ContextInstanceSearch",
    "ContextInstanceSegmentMembership",
    "ContextInstanceSegmentMembershipLinks",
    "ContextInstanceSegmentMemberships",
    "ContextInstanceSegmentMembershipsLinks",
    "ContextKindRep",
    "ContextKindRepLinks",
    "ContextKindsCollectionRep",
    "ContextKindsCollectionRepLinks",
    "ContextRecord",
    "ContextRecordLinks",
    "Contexts",
    "ContextSearch",
    "CopiedFromEnv",
    "CovariateInfoRep",
    "CreateApprovalRequestRequest",
    "CreateBigSegmentImportBody",
    "CreateBigSegmentImportBodyMode",
    "CreateCopyFlagConfigApprovalRequestRequest",
    "CreateCopyFlagConfigApprovalRequestRequestExcludedActionsItem",
    "CreateCopyFlagConfigApprovalRequestRequestIncludedActionsItem",
    "CreateFlagApprovalRequest",
    "CreatePhaseInput",
    "CreateReleasePipelineInput",
    "CreateWorkflowTemplateInput",
    "CustomRole",
    "CustomRoleLinks",
    "CustomRolePost",
    "CustomRolePostBasePermissions",
    "CustomRoles",
    "CustomWorkflowInput",
    "CustomWorkflowInputStagesItem",
    "CustomWorkflowMeta",
    "CustomWorkflowOutput",
    "CustomWorkflowOutputConflictsItem",
    "CustomWorkflowOutputExecution",
    "CustomWorkflowOutputLinks",
    "CustomWorkflowOutputStagesItem",
    "CustomWorkflowsListingOutput",
    "CustomWorkflowStageMeta",
    "DefaultClientSideAvailability",
    "DependentFlags",
    "DependentFlagsItemsItem",
    "DependentFlagsLinks",
    "DependentMetricGroupRepWithMetrics",
    "DependentMetricGroupRepWithMetricsKind",
    "DependentMetricGroupRepWithMetricsLinks",
    "DependentMetricOrMetricGroupRep",
    "DependentMetricOrMetricGroupRepKind",
    "DependentMetricOrMetricGroupRepLinks",
    "DeploymentCollectionRep",
    "DeploymentCollectionRepLinks",
    "DeploymentRep",
    "DeploymentRepMetadata",
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
    "ExperimentPatchInput",
    "ExperimentPost",
    "ExperimentPostIteration",
    "ExpiringTargetError",
    "ExpiringTargetGetResponse",
    "ExpiringTargetGetResponseItemsItem",
    "ExpiringTargetGetResponseLinks",
    "ExpiringTargetPatchResponse",
    "ExpiringTargetPatchResponseErrorsItem",
    "ExpiringTargetPatchResponseItemsItem",
    "ExpiringTargetPatchResponseLinks",
    "ExpiringUserTargetGetResponse",
    "ExpiringUserTargetGetResponseLinks",
    "ExpiringUserTargetItem",
    "ExpiringUserTargetPatchResponse",
    "ExpiringUserTargetPatchResponseLinks",
    "Export",
    "ExportInitiator",
    "ExportLinks",
    "Extinction",
    "ExtinctionCollectionRep",
    "ExtinctionCollectionRepItems",
    "ExtinctionCollectionRepLinks",
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
    "FlagConfigApprovalRequestResponse",
    "FlagConfigApprovalRequestResponseLinks",
    "FlagConfigApprovalRequestResponseReviewStatus",
    "FlagConfigApprovalRequestResponseStatus",
    "FlagCopyConfigEnvironment",
    "FlagCopyConfigPost",
    "FlagDefaults",
    "FlagDefaultsBooleanDefaults",
    "FlagDefaultsDefaultClientSideAvailability",
    "FlagDefaultsLinks",
    "FlagDefaultsOnOff",
    "FlagFollowersByProjEnvGetRep",
    "FlagFollowersByProjEnvGetRepLinks",
    "FlagFollowersGetRep",
    "FlagFollowersGetRepLinks",
    "FlagInput",
    "FlagLinkCollectionRep",
    "FlagLinkCollectionRepLinks",
    "FlagLinkPost",
    "FlagLinkPostMetadata",
    "FlagLinkRep",
    "FlagLinkRepLinks",
    "FlagReferenceCollectionRep",
    "FlagReferenceRep",
    "FlagRep",
    "FlagRepLinks",
    "FlagSempatch",
    "FlagsInput",
    "FlagStatusRep",
    "FlagStatusRepLinks",
    "FlagStatusRepName",
    "FollowersPerFlag",
    "FollowFlagMember",
    "FollowFlagMemberLinks",
    "ForbiddenErrorRep",
    "FormVariableConfig",
    "GetOpenapiSpecResponse200",
    "HunkRep",
    "Import",
    "ImportFilesItem",
    "ImportLinks",
    "ImportStatus",
    "InsightGroup",
    "InsightGroupCollectionScoreMetadata",
    "InsightGroupScores",
    "InsightPeriod",
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
    "InsightsMetricIndicatorRange",
    "InsightsMetricScore",
    "InsightsRepositoryProject",
    "InsightsRepositoryProjectCollection",
    "InsightsRepositoryProjectCollectionLinks",
    "InsightsRepositoryProjectMappings",
    "Instruction",
    "InstructionsInput",
    "InstructionUserRequest",
    "InstructionUserRequestKind",
    "Integration",
    "IntegrationConfig",
    "IntegrationDeliveryConfiguration",
    "IntegrationDeliveryConfigurationCollection",
    "IntegrationDeliveryConfigurationCollectionLinks",
    "IntegrationDeliveryConfigurationConfig",
    "IntegrationDeliveryConfigurationLinks",
    "IntegrationDeliveryConfigurationPost",
    "IntegrationDeliveryConfigurationResponse",
    "IntegrationLinks",
    "IntegrationMetadata",
    "Integrations",
    "IntegrationsLinks",
    "IntegrationStatus",
    "InvalidRequestErrorRep",
    "IpList",
    "IterationInput",
    "IterationRep",
    "IterationRepFlags",
    "IterationRepStatus",
    "LayerSnapshotRep",
    "LeadTimeStagesRep",
    "Link",
    "Member",
    "MemberImportItem",
    "MemberLinks",
    "Members",
    "MemberSummary",
    "MemberSummaryLinks",
    "MemberTeamsItem",
    "MemberTeamsPostInput",
    "MethodNotAllowedErrorRep",
    "MetricCollectionRep",
    "MetricGroupCollectionRep",
    "MetricGroupPost",
    "MetricGroupPostKind",
    "MetricGroupRep",
    "MetricGroupRepKind",
    "MetricGroupRepLinks",
    "MetricGroupRepMaintainer",
    "MetricGroupRepMetricsItem",
    "MetricInGroupRep",
    "MetricInGroupRepKind",
    "MetricInGroupRepLinks",
    "MetricInGroupRepUnitAggregationType",
    "MetricInMetricGroupInput",
    "MetricInput",
    "MetricPost",
    "MetricPostKind",
    "MetricPostSuccessCriteria",
    "MetricPostUnitAggregationType",
    "MetricPostUrlsItem",
    "MetricRep",
    "MetricRepKind",
    "MetricRepLinks",
    "MetricRepSuccessCriteria",
    "MetricV2Rep",
    "MetricV2RepKind",
    "MetricV2RepLinks",
    "MetricV2RepUnitAggregationType",
    "MigrationSafetyIssueRep",
    "MigrationSettingsPost",
    "NewMemberForm",
    "NewMemberFormRole",
    "NotFoundErrorRep",
    "OAuthClientPost",
    "ParameterRep",
    "PatchFailedErrorRep",
    "PatchFlagsRequest",
    "PatchOperation",
    "PatchUsersRequest",
    "PatchWithComment",
    "PermissionGrantInput",
    "PhaseConfiguration",
    "PostApprovalRequestReviewRequest",
    "PostApprovalRequestReviewRequestKind",
    "PostDeploymentEventInput",
    "PostDeploymentEventInputApplicationKind",
    "PostDeploymentEventInputDeploymentMetadata",
    "PostDeploymentEventInputEventMetadata",
    "PostDeploymentEventInputEventType",
    "PostFlagScheduledChangesInput",
    "PostInsightGroupParams",
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
    "ProjectSummary",
    "ProjectSummaryLinks",
    "PullRequestCollectionRep",
    "PullRequestCollectionRepLinks",
    "PullRequestLeadTimeRep",
    "PullRequestRep",
    "PutBranch",
    "RandomizationSettingsPut",
    "RandomizationSettingsRep",
    "RandomizationSettingsRepLinks",
    "RandomizationUnitInput",
    "RandomizationUnitRep",
    "RateLimitedErrorRep",
    "ReferenceRep",
    "RelayAutoConfigCollectionRep",
    "RelayAutoConfigPost",
    "RelayAutoConfigRep",
    "Release",
    "ReleaseGuardianConfiguration",
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
    "ResourceIDResponse",
    "ResultsRep",
    "ReviewApprovalRequest",
    "ReviewApprovalRequestKind",
    "ReviewResponse",
    "ReviewResponseKind",
    "RootResponse",
    "RootResponseLinks",
    "SdkListRep",
    "SdkListRepLinks",
    "SdkVersion",
    "SdkVersionListRep",
    "SdkVersionListRepLinks",
    "SegmentBody",
    "SegmentUserList",
    "SegmentUserState",
    "SemanticPatch",
    "SeriesListRep",
    "SeriesListRepLinks",
    "SeriesListRepMetadataItem",
    "SeriesListRepSeriesItem",
    "SourceFlag",
    "StageInput",
    "Statement",
    "StatementEffect",
    "StatisticCollectionRep",
    "StatisticCollectionRepFlags",
    "StatisticCollectionRepFlagsAdditionalPropertyItem",
    "StatisticCollectionRepLinks",
    "StatisticsRoot",
    "StatusConflictErrorRep",
    "StatusServiceUnavailable",
    "StoreIntegrationError",
    "SubscriptionPost",
    "SubscriptionPostConfig",
    "TagsCollection",
    "Team",
    "TeamCustomRole",
    "TeamCustomRoles",
    "TeamCustomRolesLinks",
    "TeamImportsRep",
    "TeamLinks",
    "TeamMaintainers",
    "TeamMaintainersLinks",
    "TeamMembers",
    "TeamPostInput",
    "TeamProjects",
    "TeamRoles",
    "Teams",
    "Token",
    "TokenLinks",
    "Tokens",
    "TreatmentInput",
    "TreatmentParameterInput",
    "TreatmentRep",
    "TriggerPost",
    "TriggerWorkflowCollectionRep",
    "TriggerWorkflowCollectionRepLinks",
    "TriggerWorkflowRep",
    "TriggerWorkflowRepLinks",
    "UnauthorizedErrorRep",
    "UpsertContextKindPayload",
    "UpsertFlagDefaultsPayload",
    "UpsertPayloadRep",
    "UpsertPayloadRepLinks",
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
