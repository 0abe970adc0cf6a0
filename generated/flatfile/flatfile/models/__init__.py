"""All data models of the API, importable from here; each model module loads on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .account_metadata import AccountMetadata
    from .account_response import AccountResponse
    from .accounts_update_current_body import AccountsUpdateCurrentBody
    from .action import Action
    from .action_constraint import ActionConstraint
    from .action_constraint_type import ActionConstraintType
    from .action_message import ActionMessage
    from .action_message_type import ActionMessageType
    from .action_mode import ActionMode
    from .action_mount import ActionMount
    from .action_mount_type import ActionMountType
    from .action_schedule import ActionSchedule
    from .actions_create_body import ActionsCreateBody
    from .actions_update_body import ActionsUpdateBody
    from .actor_role import ActorRole
    from .agent import Agent
    from .agent_export import AgentExport
    from .agent_export_status import AgentExportStatus
    from .agent_log import AgentLog
    from .agent_options import AgentOptions
    from .agent_response import AgentResponse
    from .agent_version import AgentVersion
    from .agent_version_response import AgentVersionResponse
    from .agents_assign_agent_role_body import AgentsAssignAgentRoleBody
    from .agents_create_body import AgentsCreateBody
    from .agents_create_body_options import AgentsCreateBodyOptions
    from .api_action_config import ApiActionConfig
    from .api_action_response import ApiActionResponse
    from .api_actions_response import ApiActionsResponse
    from .app import App
    from .app_response import AppResponse
    from .app_type import AppType
    from .apps_create_body import AppsCreateBody
    from .apps_create_constraint_body import AppsCreateConstraintBody
    from .apps_response import AppsResponse
    from .apps_update_body import AppsUpdateBody
    from .apps_update_constraint_body import AppsUpdateConstraintBody
    from .assign_actor_role_request import AssignActorRoleRequest
    from .assign_role_response import AssignRoleResponse
    from .assistant_create_body import AssistantCreateBody
    from .assistant_update_body import AssistantUpdateBody
    from .boolean_property import BooleanProperty
    from .boolean_property_config import BooleanPropertyConfig
    from .cell_value import CellValue
    from .cell_value_metadata import CellValueMetadata
    from .cell_value_with_counts import CellValueWithCounts
    from .cells_response import CellsResponse
    from .cells_response_data import CellsResponseData
    from .change_type import ChangeType
    from .commit import Commit
    from .commit_response import CommitResponse
    from .compiler import Compiler
    from .constraint import Constraint
    from .constraint_response import ConstraintResponse
    from .constraint_type import ConstraintType
    from .constraint_version import ConstraintVersion
    from .constraint_version_response import ConstraintVersionResponse
    from .constraint_versions_response import ConstraintVersionsResponse
    from .constraints_response import ConstraintsResponse
    from .context import Context
    from .context_slugs import ContextSlugs
    from .create_guest_response import CreateGuestResponse
    from .data_retention_policies_create_body import DataRetentionPoliciesCreateBody
    from .data_retention_policies_update_body import DataRetentionPoliciesUpdateBody
    from .data_retention_policy import DataRetentionPolicy
    from .data_retention_policy_enum import DataRetentionPolicyEnum
    from .data_retention_policy_response import DataRetentionPolicyResponse
    from .date_property import DateProperty
    from .destination_field_model import DestinationField
    from .detailed_agent_log import DetailedAgentLog
    from .detailed_agent_log_context import DetailedAgentLogContext
    from .diff_record import DiffRecord
    from .diff_record_metadata import DiffRecordMetadata
    from .diff_record_values import DiffRecordValues
    from .diff_records_response import DiffRecordsResponse
    from .diff_value import DiffValue
    from .document import Document
    from .document_response import DocumentResponse
    from .documents_create_body import DocumentsCreateBody
    from .documents_update_body import DocumentsUpdateBody
    from .domain import Domain
    from .edge import Edge
    from .edge_metadata import EdgeMetadata
    from .entitlement import Entitlement
    from .enum_list_property import EnumListProperty
    from .enum_property import EnumProperty
    from .enum_property_config import EnumPropertyConfig
    from .enum_property_config_sort_by import EnumPropertyConfigSortBy
    from .enum_property_option import EnumPropertyOption
    from .enum_property_option_meta import EnumPropertyOptionMeta
    from .environment import Environment
    from .environment_features import EnvironmentFeatures
    from .environment_metadata import EnvironmentMetadata
    from .environment_response import EnvironmentResponse
    from .environments_create_body import EnvironmentsCreateBody
    from .environments_create_body_metadata import EnvironmentsCreateBodyMetadata
    from .environments_create_guide_body import EnvironmentsCreateGuideBody
    from .environments_create_guide_body_blocks_item_type_0 import EnvironmentsCreateGuideBodyBlocksItemType0
    from .environments_create_guide_body_metadata import EnvironmentsCreateGuideBodyMetadata
    from .environments_update_body import EnvironmentsUpdateBody
    from .environments_update_body_metadata import EnvironmentsUpdateBodyMetadata
    from .environments_update_guide_body import EnvironmentsUpdateGuideBody
    from .environments_update_guide_body_blocks_item_type_0 import EnvironmentsUpdateGuideBodyBlocksItemType0
    from .environments_update_guide_body_metadata import EnvironmentsUpdateGuideBodyMetadata
    from .error import Error
    from .errors_model import Errors
    from .event import Event
    from .event_attributes import EventAttributes
    from .event_payload import EventPayload
    from .event_response import EventResponse
    from .event_token import EventToken
    from .event_token_response import EventTokenResponse
    from .event_topic import EventTopic
    from .events_create_body import EventsCreateBody
    from .events_create_body_payload import EventsCreateBodyPayload
    from .execution import Execution
    from .field_constraint import FieldConstraint
    from .field_constraint_config import FieldConstraintConfig
    from .field_constraint_type import FieldConstraintType
    from .file_model import FileModel
    from .file_response import FileResponse
    from .files_update_body import FilesUpdateBody
    from .filter_ import Filter
    from .get_agent_export_response import GetAgentExportResponse
    from .get_agent_logs_response import GetAgentLogsResponse
    from .get_detailed_agent_log_response import GetDetailedAgentLogResponse
    from .get_detailed_agent_logs_response import GetDetailedAgentLogsResponse
    from .get_executions_response import GetExecutionsResponse
    from .get_record_indices_response import GetRecordIndicesResponse
    from .get_records_response import GetRecordsResponse
    from .get_records_response_data import GetRecordsResponseData
    from .get_spaces_sort_field import GetSpacesSortField
    from .guardrail import Guardrail
    from .guest import Guest
    from .guest_authentication_enum import GuestAuthenticationEnum
    from .guest_config import GuestConfig
    from .guest_response import GuestResponse
    from .guest_space import GuestSpace
    from .guest_token import GuestToken
    from .guest_token_response import GuestTokenResponse
    from .guest_workbook import GuestWorkbook
    from .guests_assign_guest_role_body import GuestsAssignGuestRoleBody
    from .guests_update_body import GuestsUpdateBody
    from .guidance_list_response import GuidanceListResponse
    from .guidance_options import GuidanceOptions
    from .guidance_options_role import GuidanceOptionsRole
    from .guidance_options_trigger import GuidanceOptionsTrigger
    from .guidance_options_type import GuidanceOptionsType
    from .guidance_resource import GuidanceResource
    from .guide import Guide
    from .guide_delete_response import GuideDeleteResponse
    from .guide_detail_response import GuideDetailResponse
    from .guide_list_response import GuideListResponse
    from .guide_resource import GuideResource
    from .guide_resource_blocks_item import GuideResourceBlocksItem
    from .guide_resource_metadata import GuideResourceMetadata
    from .guide_version_resource import GuideVersionResource
    from .guide_version_response import GuideVersionResponse
    from .input_field import InputField
    from .input_field_config import InputFieldConfig
    from .input_field_constraints_item import InputFieldConstraintsItem
    from .input_field_type import InputFieldType
    from .input_form import InputForm
    from .invite import Invite
    from .job import Job
    from .job_ack_details import JobAckDetails
    from .job_cancel_details import JobCancelDetails
    from .job_complete_details import JobCompleteDetails
    from .job_execution_plan import JobExecutionPlan
    from .job_input import JobInput
    from .job_metadata import JobMetadata
    from .job_mode import JobMode
    from .job_outcome import JobOutcome
    from .job_outcome_next_download import JobOutcomeNextDownload
    from .job_outcome_next_files import JobOutcomeNextFiles
    from .job_outcome_next_files_files_item import JobOutcomeNextFilesFilesItem
    from .job_outcome_next_id import JobOutcomeNextId
    from .job_outcome_next_retry import JobOutcomeNextRetry
    from .job_outcome_next_snapshot import JobOutcomeNextSnapshot
    from .job_outcome_next_unknown import JobOutcomeNextUnknown
    from .job_outcome_next_url import JobOutcomeNextUrl
    from .job_outcome_next_wait import JobOutcomeNextWait
    from .job_part_data import JobPartData
    from .job_part_execution import JobPartExecution
    from .job_parts_type_1_item import JobPartsType1Item
    from .job_plan import JobPlan
    from .job_plan_response import JobPlanResponse
    from .job_response import JobResponse
    from .job_status import JobStatus
    from .job_subject_collection import JobSubjectCollection
    from .job_subject_collection_params import JobSubjectCollectionParams
    from .job_subject_collection_query import JobSubjectCollectionQuery
    from .job_subject_resource import JobSubjectResource
    from .job_subject_resource_params import JobSubjectResourceParams
    from .job_subject_resource_query import JobSubjectResourceQuery
    from .job_subject_unknown import JobSubjectUnknown
    from .job_type import JobType
    from .job_update_config import JobUpdateConfig
    from .jobs_create_body import JobsCreateBody
    from .jobs_create_body_input import JobsCreateBodyInput
    from .jobs_create_body_metadata import JobsCreateBodyMetadata
    from .jobs_create_body_outcome import JobsCreateBodyOutcome
    from .jobs_create_body_part_data import JobsCreateBodyPartData
    from .jobs_preview_mutation_body import JobsPreviewMutationBody
    from .jobs_split_body import JobsSplitBody
    from .jobs_update_body import JobsUpdateBody
    from .jobs_update_body_metadata import JobsUpdateBodyMetadata
    from .jobs_update_execution_plan_body import JobsUpdateExecutionPlanBody
    from .jobs_update_execution_plan_fields_body import JobsUpdateExecutionPlanFieldsBody
    from .list_actor_roles_response import ListActorRolesResponse
    from .list_agent_exports_response import ListAgentExportsResponse
    from .list_agent_versions_response import ListAgentVersionsResponse
    from .list_agents_response import ListAgentsResponse
    from .list_all_events_response import ListAllEventsResponse
    from .list_commits_response import ListCommitsResponse
    from .list_data_retention_policies_response import ListDataRetentionPoliciesResponse
    from .list_documents_response import ListDocumentsResponse
    from .list_entitlements_response import ListEntitlementsResponse
    from .list_environments_response import ListEnvironmentsResponse
    from .list_files_response import ListFilesResponse
    from .list_guests_response import ListGuestsResponse
    from .list_jobs_response import ListJobsResponse
    from .list_roles_response import ListRolesResponse
    from .list_sheets_response import ListSheetsResponse
    from .list_spaces_response import ListSpacesResponse
    from .list_users_response import ListUsersResponse
    from .list_users_sort_field import ListUsersSortField
    from .list_views_response import ListViewsResponse
    from .list_workbooks_response import ListWorkbooksResponse
    from .mapping_create_mapping_program_body import MappingCreateMappingProgramBody
    from .mapping_delete_all_history_for_user_body import MappingDeleteAllHistoryForUserBody
    from .mapping_delete_multiple_rules_body import MappingDeleteMultipleRulesBody
    from .mapping_rule import MappingRule
    from .mapping_rule_config import MappingRuleConfig
    from .mapping_rule_response import MappingRuleResponse
    from .mapping_rules_response import MappingRulesResponse
    from .mapping_update_mapping_program_body import MappingUpdateMappingProgramBody
    from .mapping_update_rule_body import MappingUpdateRuleBody
    from .mode import Mode
    from .model_file_status_enum import ModelFileStatusEnum
    from .number_property import NumberProperty
    from .number_property_config import NumberPropertyConfig
    from .origin import Origin
    from .pagination import Pagination
    from .program import Program
    from .program_response import ProgramResponse
    from .program_summary import ProgramSummary
    from .programs_response import ProgramsResponse
    from .progress import Progress
    from .prompt_model import Prompt
    from .prompt_response import PromptResponse
    from .prompt_type_enum import PromptTypeEnum
    from .prompt_type_query_enum import PromptTypeQueryEnum
    from .prompts_response import PromptsResponse
    from .property_unknown import PropertyUnknown
    from .record import Record
    from .record_config import RecordConfig
    from .record_config_fields import RecordConfigFields
    from .record_counts import RecordCounts
    from .record_counts_by_field import RecordCountsByField
    from .record_counts_errors_by_field import RecordCountsErrorsByField
    from .record_counts_response import RecordCountsResponse
    from .record_counts_response_data import RecordCountsResponseData
    from .record_data import RecordData
    from .record_indices import RecordIndices
    from .record_metadata import RecordMetadata
    from .records_find_and_replace_body import RecordsFindAndReplaceBody
    from .records_response import RecordsResponse
    from .records_response_data import RecordsResponseData
    from .reference_property import ReferenceProperty
    from .reference_property_config import ReferencePropertyConfig
    from .reference_property_config_relationship import ReferencePropertyConfigRelationship
    from .restore_options import RestoreOptions
    from .role import Role
    from .secret import Secret
    from .secrets_response import SecretsResponse
    from .secrets_upsert_body import SecretsUpsertBody
    from .sftp_credentials import SftpCredentials
    from .sheet import Sheet
    from .sheet_access import SheetAccess
    from .sheet_config import SheetConfig
    from .sheet_config_or_update import SheetConfigOrUpdate
    from .sheet_response import SheetResponse
    from .sheets_update_sheet_body import SheetsUpdateSheetBody
    from .snapshot import Snapshot
    from .snapshot_response import SnapshotResponse
    from .snapshot_summary import SnapshotSummary
    from .snapshot_summary_created_since import SnapshotSummaryCreatedSince
    from .snapshot_summary_deleted_since import SnapshotSummaryDeletedSince
    from .snapshot_summary_schema_diff import SnapshotSummarySchemaDiff
    from .snapshot_summary_updated_since import SnapshotSummaryUpdatedSince
    from .snapshots_create_snapshot_body import SnapshotsCreateSnapshotBody
    from .snapshots_response import SnapshotsResponse
    from .sort_direction import SortDirection
    from .source_field_model import SourceField
    from .space import Space
    from .space_access import SpaceAccess
    from .space_response import SpaceResponse
    from .space_settings import SpaceSettings
    from .space_settings_files_config import SpaceSettingsFilesConfig
    from .space_settings_sidebar_config import SpaceSettingsSidebarConfig
    from .space_settings_sidebar_config_default_page import SpaceSettingsSidebarConfigDefaultPage
    from .spaces_create_body import SpacesCreateBody
    from .spaces_create_guidance_body import SpacesCreateGuidanceBody
    from .spaces_update_body import SpacesUpdateBody
    from .spaces_update_guidance_body import SpacesUpdateGuidanceBody
    from .string_list_property import StringListProperty
    from .string_property import StringProperty
    from .string_property_config import StringPropertyConfig
    from .string_property_config_size import StringPropertyConfigSize
    from .success import Success
    from .success_data import SuccessData
    from .success_response import SuccessResponse
    from .trigger import Trigger
    from .user import User
    from .user_metadata import UserMetadata
    from .user_response import UserResponse
    from .user_with_roles import UserWithRoles
    from .user_with_roles_metadata import UserWithRolesMetadata
    from .user_with_roles_response import UserWithRolesResponse
    from .users_assign_user_role_body import UsersAssignUserRoleBody
    from .users_create_and_invite_body import UsersCreateAndInviteBody
    from .users_update_body import UsersUpdateBody
    from .validation_message import ValidationMessage
    from .validation_message_source import ValidationMessageSource
    from .validation_message_type import ValidationMessageType
    from .version import Version
    from .version_response import VersionResponse
    from .versions_create_id_body import VersionsCreateIdBody
    from .view import View
    from .view_config import ViewConfig
    from .view_response import ViewResponse
    from .views_create_body import ViewsCreateBody
    from .views_update_body import ViewsUpdateBody
    from .workbook import Workbook
    from .workbook_config_settings import WorkbookConfigSettings
    from .workbook_response import WorkbookResponse
    from .workbook_treatments import WorkbookTreatments
    from .workbooks_create_body import WorkbooksCreateBody
    from .workbooks_update_body import WorkbooksUpdateBody

_MODULES: dict[str, str] = {
    "Account": "account",
    "AccountMetadata": "account_metadata",
    "AccountResponse": "account_response",
    "AccountsUpdateCurrentBody": "accounts_update_current_body",
    "Action": "action",
    "ActionConstraint": "action_constraint",
    "ActionConstraintType": "action_constraint_type",
    "ActionMessage": "action_message",
    "ActionMessageType": "action_message_type",
    "ActionMode": "action_mode",
    "ActionMount": "action_mount",
    "ActionMountType": "action_mount_type",
    "ActionSchedule": "action_schedule",
    "ActionsCreateBody": "actions_create_body",
    "ActionsUpdateBody": "actions_update_body",
    "ActorRole": "actor_role",
    "Agent": "agent",
    "AgentExport": "agent_export",
    "AgentExportStatus": "agent_export_status",
    "AgentLog": "agent_log",
    "AgentOptions": "agent_options",
    "AgentResponse": "agent_response",
    "AgentsAssignAgentRoleBody": "agents_assign_agent_role_body",
    "AgentsCreateBody": "agents_create_body",
    "AgentsCreateBodyOptions": "agents_create_body_options",
    "AgentVersion": "agent_version",
    "AgentVersionResponse": "agent_version_response",
    "ApiActionConfig": "api_action_config",
    "ApiActionResponse": "api_action_response",
    "ApiActionsResponse": "api_actions_response",
    "App": "app",
    "AppResponse": "app_response",
    "AppsCreateBody": "apps_create_body",
    "AppsCreateConstraintBody": "apps_create_constraint_body",
    "AppsResponse": "apps_response",
    "AppsUpdateBody": "apps_update_body",
    "AppsUpdateConstraintBody": "apps_update_constraint_body",
    "AppType": "app_type",
    "AssignActorRoleRequest": "assign_actor_role_request",
    "AssignRoleResponse": "assign_role_response",
    "AssistantCreateBody": "assistant_create_body",
    "AssistantUpdateBody": "assistant_update_body",
    "BooleanProperty": "boolean_property",
    "BooleanPropertyConfig": "boolean_property_config",
    "CellsResponse": "cells_response",
    "CellsResponseData": "cells_response_data",
    "CellValue": "cell_value",
    "CellValueMetadata": "cell_value_metadata",
    "CellValueWithCounts": "cell_value_with_counts",
    "ChangeType": "change_type",
    "Commit": "commit",
    "CommitResponse": "commit_response",
    "Compiler": "compiler",
    "Constraint": "constraint",
    "ConstraintResponse": "constraint_response",
    "ConstraintsResponse": "constraints_response",
    "ConstraintType": "constraint_type",
    "ConstraintVersion": "constraint_version",
    "ConstraintVersionResponse": "constraint_version_response",
    "ConstraintVersionsResponse": "constraint_versions_response",
    "Context": "context",
    "ContextSlugs": "context_slugs",
    "CreateGuestResponse": "create_guest_response",
    "DataRetentionPoliciesCreateBody": "data_retention_policies_create_body",
    "DataRetentionPoliciesUpdateBody": "data_retention_policies_update_body",
    "DataRetentionPolicy": "data_retention_policy",
    "DataRetentionPolicyEnum": "data_retention_policy_enum",
    "DataRetentionPolicyResponse": "data_retention_policy_response",
    "DateProperty": "date_property",
    "DestinationField": "destination_field_model",
    "DetailedAgentLog": "detailed_agent_log",
    "DetailedAgentLogContext": "detailed_agent_log_context",
    "DiffRecord": "diff_record",
    "DiffRecordMetadata": "diff_record_metadata",
    "DiffRecordsResponse": "diff_records_response",
    "DiffRecordValues": "diff_record_values",
    "DiffValue": "diff_value",
    "Document": "document",
    "DocumentResponse": "document_response",
    "DocumentsCreateBody": "documents_create_body",
    "DocumentsUpdateBody": "documents_update_body",
    "Domain": "domain",
    "Edge": "edge",
    "EdgeMetadata": "edge_metadata",
    "Entitlement": "entitlement",
    "EnumListProperty": "enum_list_property",
    "EnumProperty": "enum_property",
    "EnumPropertyConfig": "enum_property_config",
    "EnumPropertyConfigSortBy": "enum_property_config_sort_by",
    "EnumPropertyOption": "enum_property_option",
    "EnumPropertyOptionMeta": "enum_property_option_meta",
    "Environment": "environment",
    "EnvironmentFeatures": "environment_features",
    "EnvironmentMetadata": "environment_metadata",
    "EnvironmentResponse": "environment_response",
    "EnvironmentsCreateBody": "environments_create_body",
    "EnvironmentsCreateBodyMetadata": "environments_create_body_metadata",
    "EnvironmentsCreateGuideBody": "environments_create_guide_body",
    "EnvironmentsCreateGuideBodyBlocksItemType0": "environments_create_guide_body_blocks_item_type_0",
    "EnvironmentsCreateGuideBodyMetadata": "environments_create_guide_body_metadata",
    "EnvironmentsUpdateBody": "environments_update_body",
    "EnvironmentsUpdateBodyMetadata": "environments_update_body_metadata",
    "EnvironmentsUpdateGuideBody": "environments_update_guide_body",
    "EnvironmentsUpdateGuideBodyBlocksItemType0": "environments_update_guide_body_blocks_item_type_0",
    "EnvironmentsUpdateGuideBodyMetadata": "environments_update_guide_body_metadata",
    "Error": "error",
    "Errors": "errors_model",
    "Event": "event",
    "EventAttributes": "event_attributes",
    "EventPayload": "event_payload",
    "EventResponse": "event_response",
    "EventsCreateBody": "events_create_body",
    "EventsCreateBodyPayload": "events_create_body_payload",
    "EventToken": "event_token",
    "EventTokenResponse": "event_token_response",
    "EventTopic": "event_topic",
    "Execution": "execution",
    "FieldConstraint": "field_constraint",
    "FieldConstraintConfig": "field_constraint_config",
    "FieldConstraintType": "field_constraint_type",
    "FileModel": "file_model",
    "FileResponse": "file_response",
    "FilesUpdateBody": "files_update_body",
    "Filter": "filter_",
    "GetAgentExportResponse": "get_agent_export_response",
    "GetAgentLogsResponse": "get_agent_logs_response",
    "GetDetailedAgentLogResponse": "get_detailed_agent_log_response",
    "GetDetailedAgentLogsResponse": "get_detailed_agent_logs_response",
    "GetExecutionsResponse": "get_executions_response",
    "GetRecordIndicesResponse": "get_record_indices_response",
    "GetRecordsResponse": "get_records_response",
    "GetRecordsResponseData": "get_records_response_data",
    "GetSpacesSortField": "get_spaces_sort_field",
    "Guardrail": "guardrail",
    "Guest": "guest",
    "GuestAuthenticationEnum": "guest_authentication_enum",
    "GuestConfig": "guest_config",
    "GuestResponse": "guest_response",
    "GuestsAssignGuestRoleBody": "guests_assign_guest_role_body",
    "GuestSpace": "guest_space",
    "GuestsUpdateBody": "guests_update_body",
    "GuestToken": "guest_token",
    "GuestTokenResponse": "guest_token_response",
    "GuestWorkbook": "guest_workbook",
    "GuidanceListResponse": "guidance_list_response",
    "GuidanceOptions": "guidance_options",
    "GuidanceOptionsRole": "guidance_options_role",
    "GuidanceOptionsTrigger": "guidance_options_trigger",
    "GuidanceOptionsType": "guidance_options_type",
    "GuidanceResource": "guidance_resource",
    "Guide": "guide",
    "GuideDeleteResponse": "guide_delete_response",
    "GuideDetailResponse": "guide_detail_response",
    "GuideListResponse": "guide_list_response",
    "GuideResource": "guide_resource",
    "GuideResourceBlocksItem": "guide_resource_blocks_item",
    "GuideResourceMetadata": "guide_resource_metadata",
    "GuideVersionResource": "guide_version_resource",
    "GuideVersionResponse": "guide_version_response",
    "InputField": "input_field",
    "InputFieldConfig": "input_field_config",
    "InputFieldConstraintsItem": "input_field_constraints_item",
    "InputFieldType": "input_field_type",
    "InputForm": "input_form",
    "Invite": "invite",
    "Job": "job",
    "JobAckDetails": "job_ack_details",
    "JobCancelDetails": "job_cancel_details",
    "JobCompleteDetails": "job_complete_details",
    "JobExecutionPlan": "job_execution_plan",
    "JobInput": "job_input",
    "JobMetadata": "job_metadata",
    "JobMode": "job_mode",
    "JobOutcome": "job_outcome",
    "JobOutcomeNextDownload": "job_outcome_next_download",
    "JobOutcomeNextFiles": "job_outcome_next_files",
    "JobOutcomeNextFilesFilesItem": "job_outcome_next_files_files_item",
    "JobOutcomeNextId": "job_outcome_next_id",
    "JobOutcomeNextRetry": "job_outcome_next_retry",
    "JobOutcomeNextSnapshot": "job_outcome_next_snapshot",
    "JobOutcomeNextUnknown": "job_outcome_next_unknown",
    "JobOutcomeNextUrl": "job_outcome_next_url",
    "JobOutcomeNextWait": "job_outcome_next_wait",
    "JobPartData": "job_part_data",
    "JobPartExecution": "job_part_execution",
    "JobPartsType1Item": "job_parts_type_1_item",
    "JobPlan": "job_plan",
    "JobPlanResponse": "job_plan_response",
    "JobResponse": "job_response",
    "JobsCreateBody": "jobs_create_body",
    "JobsCreateBodyInput": "jobs_create_body_input",
    "JobsCreateBodyMetadata": "jobs_create_body_metadata",
    "JobsCreateBodyOutcome": "jobs_create_body_outcome",
    "JobsCreateBodyPartData": "jobs_create_body_part_data",
    "JobsPreviewMutationBody": "jobs_preview_mutation_body",
    "JobsSplitBody": "jobs_split_body",
    "JobStatus": "job_status",
    "JobSubjectCollection": "job_subject_collection",
    "JobSubjectCollectionParams": "job_subject_collection_params",
    "JobSubjectCollectionQuery": "job_subject_collection_query",
    "JobSubjectResource": "job_subject_resource",
    "JobSubjectResourceParams": "job_subject_resource_params",
    "JobSubjectResourceQuery": "job_subject_resource_query",
    "JobSubjectUnknown": "job_subject_unknown",
    "JobsUpdateBody": "jobs_update_body",
    "JobsUpdateBodyMetadata": "jobs_update_body_metadata",
    "JobsUpdateExecutionPlanBody": "jobs_update_execution_plan_body",
    "JobsUpdateExecutionPlanFieldsBody": "jobs_update_execution_plan_fields_body",
    "JobType": "job_type",
    "JobUpdateConfig": "job_update_config",
    "ListActorRolesResponse": "list_actor_roles_response",
    "ListAgentExportsResponse": "list_agent_exports_response",
    "ListAgentsResponse": "list_agents_response",
    "ListAgentVersionsResponse": "list_agent_versions_response",
    "ListAllEventsResponse": "list_all_events_response",
    "ListCommitsResponse": "list_commits_response",
    "ListDataRetentionPoliciesResponse": "list_data_retention_policies_response",
    "ListDocumentsResponse": "list_documents_response",
    "ListEntitlementsResponse": "list_entitlements_response",
    "ListEnvironmentsResponse": "list_environments_response",
    "ListFilesResponse": "list_files_response",
    "ListGuestsResponse": "list_guests_response",
    "ListJobsResponse": "list_jobs_response",
    "ListRolesResponse": "list_roles_response",
    "ListSheetsResponse": "list_sheets_response",
    "ListSpacesResponse": "list_spaces_response",
    "ListUsersResponse": "list_users_response",
    "ListUsersSortField": "list_users_sort_field",
    "ListViewsResponse": "list_views_response",
    "ListWorkbooksResponse": "list_workbooks_response",
    "MappingCreateMappingProgramBody": "mapping_create_mapping_program_body",
    "MappingDeleteAllHistoryForUserBody": "mapping_delete_all_history_for_user_body",
    "MappingDeleteMultipleRulesBody": "mapping_delete_multiple_rules_body",
    "MappingRule": "mapping_rule",
    "MappingRuleConfig": "mapping_rule_config",
    "MappingRuleResponse": "mapping_rule_response",
    "MappingRulesResponse": "mapping_rules_response",
    "MappingUpdateMappingProgramBody": "mapping_update_mapping_program_body",
    "MappingUpdateRuleBody": "mapping_update_rule_body",
    "Mode": "mode",
    "ModelFileStatusEnum": "model_file_status_enum",
    "NumberProperty": "number_property",
    "NumberPropertyConfig": "number_property_config",
    "Origin": "origin",
    "Pagination": "pagination",
    "Program": "program",
    "ProgramResponse": "program_response",
    "ProgramsResponse": "programs_response",
    "ProgramSummary": "program_summary",
    "Progress": "progress",
    "Prompt": "prompt_model",
    "PromptResponse": "prompt_response",
    "PromptsResponse": "prompts_response",
    "PromptTypeEnum": "prompt_type_enum",
    "PromptTypeQueryEnum": "prompt_type_query_enum",
    "PropertyUnknown": "property_unknown",
    "Record": "record",
    "RecordConfig": "record_config",
    "RecordConfigFields": "record_config_fields",
    "RecordCounts": "record_counts",
    "RecordCountsByField": "record_counts_by_field",
    "RecordCountsErrorsByField": "record_counts_errors_by_field",
    "RecordCountsResponse": "record_counts_response",
    "RecordCountsResponseData": "record_counts_response_data",
    "RecordData": "record_data",
    "RecordIndices": "record_indices",
    "RecordMetadata": "record_metadata",
    "RecordsFindAndReplaceBody": "records_find_and_replace_body",
    "RecordsResponse": "records_response",
    "RecordsResponseData": "records_response_data",
    "ReferenceProperty": "reference_property",
    "ReferencePropertyConfig": "reference_property_config",
    "ReferencePropertyConfigRelationship": "reference_property_config_relationship",
    "RestoreOptions": "restore_options",
    "Role": "role",
    "Secret": "secret",
    "SecretsResponse": "secrets_response",
    "SecretsUpsertBody": "secrets_upsert_body",
    "SftpCredentials": "sftp_credentials",
    "Sheet": "sheet",
    "SheetAccess": "sheet_access",
    "SheetConfig": "sheet_config",
    "SheetConfigOrUpdate": "sheet_config_or_update",
    "SheetResponse": "sheet_response",
    "SheetsUpdateSheetBody": "sheets_update_sheet_body",
    "Snapshot": "snapshot",
    "SnapshotResponse": "snapshot_response",
    "SnapshotsCreateSnapshotBody": "snapshots_create_snapshot_body",
    "SnapshotsResponse": "snapshots_response",
    "SnapshotSummary": "snapshot_summary",
    "SnapshotSummaryCreatedSince": "snapshot_summary_created_since",
    "SnapshotSummaryDeletedSince": "snapshot_summary_deleted_since",
    "SnapshotSummarySchemaDiff": "snapshot_summary_schema_diff",
    "SnapshotSummaryUpdatedSince": "snapshot_summary_updated_since",
    "SortDirection": "sort_direction",
    "SourceField": "source_field_model",
    "Space": "space",
    "SpaceAccess": "space_access",
    "SpaceResponse": "space_response",
    "SpacesCreateBody": "spaces_create_body",
    "SpacesCreateGuidanceBody": "spaces_create_guidance_body",
    "SpaceSettings": "space_settings",
    "SpaceSettingsFilesConfig": "space_settings_files_config",
    "SpaceSettingsSidebarConfig": "space_settings_sidebar_config",
    "SpaceSettingsSidebarConfigDefaultPage": "space_settings_sidebar_config_default_page",
    "SpacesUpdateBody": "spaces_update_body",
    "SpacesUpdateGuidanceBody": "spaces_update_guidance_body",
    "StringListProperty": "string_list_property",
    "StringProperty": "string_property",
    "StringPropertyConfig": "string_property_config",
    "StringPropertyConfigSize": "string_property_config_size",
    "Success": "success",
    "SuccessData": "success_data",
    "SuccessResponse": "success_response",
    "Trigger": "trigger",
    "User": "user",
    "UserMetadata": "user_metadata",
    "UserResponse": "user_response",
    "UsersAssignUserRoleBody": "users_assign_user_role_body",
    "UsersCreateAndInviteBody": "users_create_and_invite_body",
    "UsersUpdateBody": "users_update_body",
    "UserWithRoles": "user_with_roles",
    "UserWithRolesMetadata": "user_with_roles_metadata",
    "UserWithRolesResponse": "user_with_roles_response",
    "ValidationMessage": "validation_message",
    "ValidationMessageSource": "validation_message_source",
    "ValidationMessageType": "validation_message_type",
    "Version": "version",
    "VersionResponse": "version_response",
    "VersionsCreateIdBody": "versions_create_id_body",
    "View": "view",
    "ViewConfig": "view_config",
    "ViewResponse": "view_response",
    "ViewsCreateBody": "views_create_body",
    "ViewsUpdateBody": "views_update_body",
    "Workbook": "workbook",
    "WorkbookConfigSettings": "workbook_config_settings",
    "WorkbookResponse": "workbook_response",
    "WorkbooksCreateBody": "workbooks_create_body",
    "WorkbooksUpdateBody": "workbooks_update_body",
    "WorkbookTreatments": "workbook_treatments",
}

__all__ = [
    "Account",
    "AccountMetadata",
    "AccountResponse",
    "AccountsUpdateCurrentBody",
    "Action",
    "ActionConstraint",
    "ActionConstraintType",
    "ActionMessage",
    "ActionMessageType",
    "ActionMode",
    "ActionMount",
    "ActionMountType",
    "ActionSchedule",
    "ActionsCreateBody",
    "ActionsUpdateBody",
    "ActorRole",
    "Agent",
    "AgentExport",
    "AgentExportStatus",
    "AgentLog",
    "AgentOptions",
    "AgentResponse",
    "AgentsAssignAgentRoleBody",
    "AgentsCreateBody",
    "AgentsCreateBodyOptions",
    "AgentVersion",
    "AgentVersionResponse",
    "ApiActionConfig",
    "ApiActionResponse",
    "ApiActionsResponse",
    "App",
    "AppResponse",
    "AppsCreateBody",
    "AppsCreateConstraintBody",
    "AppsResponse",
    "AppsUpdateBody",
    "AppsUpdateConstraintBody",
    "AppType",
    "AssignActorRoleRequest",
    "AssignRoleResponse",
    "AssistantCreateBody",
    "AssistantUpdateBody",
    "BooleanProperty",
    "BooleanPropertyConfig",
    "CellsResponse",
    "CellsResponseData",
    "CellValue",
    "CellValueMetadata",
    "CellValueWithCounts",
    "ChangeType",
    "Commit",
    "CommitResponse",
    "Compiler",
    "Constraint",
    "ConstraintResponse",
    "ConstraintsResponse",
    "ConstraintType",
    "ConstraintVersion",
    "ConstraintVersionResponse",
    "ConstraintVersionsResponse",
    "Context",
    "ContextSlugs",
    "CreateGuestResponse",
    "DataRetentionPoliciesCreateBody",
    "DataRetentionPoliciesUpdateBody",
    "DataRetentionPolicy",
    "DataRetentionPolicyEnum",
    "DataRetentionPolicyResponse",
    "DateProperty",
    "DestinationField",
    "DetailedAgentLog",
    "DetailedAgentLogContext",
    "DiffRecord",
    "DiffRecordMetadata",
    "DiffRecordsResponse",
    "DiffRecordValues",
    "DiffValue",
    "Document",
    "DocumentResponse",
    "DocumentsCreateBody",
    "DocumentsUpdateBody",
    "Domain",
    "Edge",
    "EdgeMetadata",
    "Entitlement",
    "EnumListProperty",
    "EnumProperty",
    "EnumPropertyConfig",
    "EnumPropertyConfigSortBy",
    "EnumPropertyOption",
    "EnumPropertyOptionMeta",
    "Environment",
    "EnvironmentFeatures",
    "EnvironmentMetadata",
    "EnvironmentResponse",
    "EnvironmentsCreateBody",
    "EnvironmentsCreateBodyMetadata",
    "EnvironmentsCreateGuideBody",
    "EnvironmentsCreateGuideBodyBlocksItemType0",
    "EnvironmentsCreateGuideBodyMetadata",
    "EnvironmentsUpdateBody",
    "EnvironmentsUpdateBodyMetadata",
    "EnvironmentsUpdateGuideBody",
    "EnvironmentsUpdateGuideBodyBlocksItemType0",
    "EnvironmentsUpdateGuideBodyMetadata",
    "Error",
    "Errors",
    "Event",
    "EventAttributes",
    "EventPayload",
    "EventResponse",
    "EventsCreateBody",
    "EventsCreateBodyPayload",
    "EventToken",
    "EventTokenResponse",
    "EventTopic",
    "Execution",
    "FieldConstraint",
    "FieldConstraintConfig",
    "FieldConstraintType",
    "FileModel",
    "FileResponse",
    "FilesUpdateBody",
    "Filter",
    "GetAgentExportResponse",
    "GetAgentLogsResponse",
    "GetDetailedAgentLogResponse",
    "GetDetailedAgentLogsResponse",
    "GetExecutionsResponse",
    "GetRecordIndicesResponse",
    "GetRecordsResponse",
    "GetRecordsResponseData",
    "GetSpacesSortField",
    "Guardrail",
    "Guest",
    "GuestAuthenticationEnum",
    "GuestConfig",
    "GuestResponse",
    "GuestsAssignGuestRoleBody",
    "GuestSpace",
    "GuestsUpdateBody",
    "GuestToken",
    "GuestTokenResponse",
    "GuestWorkbook",
    "GuidanceListResponse",
    "GuidanceOptions",
    "GuidanceOptionsRole",
    "GuidanceOptionsTrigger",
    "GuidanceOptionsType",
    "GuidanceResource",
    "Guide",
    "GuideDeleteResponse",
    "GuideDetailResponse",
    "GuideListResponse",
    "GuideResource",
    "GuideResourceBlocksItem",
    "GuideResourceMetadata",
    "GuideVersionResource",
    "GuideVersionResponse",
    "InputField",
    "InputFieldConfig",
    "InputFieldConstraintsItem",
    "InputFieldType",
    "InputForm",
    "Invite",
    "Job",
    "JobAckDetails",
    "JobCancelDetails",
    "JobCompleteDetails",
    "JobExecutionPlan",
    "JobInput",
    "JobMetadata",
    "JobMode",
    "JobOutcome",
    "JobOutcomeNextDownload",
    "JobOutcomeNextFiles",
    "JobOutcomeNextFilesFilesItem",
    "JobOutcomeNextId",
    "JobOutcomeNextRetry",
    "JobOutcomeNextSnapshot",
    "JobOutcomeNextUnknown",
    "JobOutcomeNextUrl",
    "JobOutcomeNextWait",
    "JobPartData",
    "JobPartExecution",
    "JobPartsType1Item",
    "JobPlan",
    "JobPlanResponse",
    "JobResponse",
    "JobsCreateBody",
    "JobsCreateBodyInput",
    "JobsCreateBodyMetadata",
    "JobsCreateBodyOutcome",
    "JobsCreateBodyPartData",
    "JobsPreviewMutationBody",
    "JobsSplitBody",
    "JobStatus",
    "JobSubjectCollection",
    "JobSubjectCollectionParams",
    "JobSubjectCollectionQuery",
    "JobSubjectResource",
    "JobSubjectResourceParams",
    "JobSubjectResourceQuery",
    "JobSubjectUnknown",
    "JobsUpdateBody",
    "JobsUpdateBodyMetadata",
    "JobsUpdateExecutionPlanBody",
    "JobsUpdateExecutionPlanFieldsBody",
    "JobType",
    "JobUpdateConfig",
    "ListActorRolesResponse",
    "ListAgentExportsResponse",
    "ListAgentsResponse",
    "ListAgentVersionsResponse",
    "ListAllEventsResponse",
    "ListCommitsResponse",
    "ListDataRetentionPoliciesResponse",
    "ListDocumentsResponse",
    "ListEntitlementsResponse",
    "ListEnvironmentsResponse",
    "ListFilesResponse",
    "ListGuestsResponse",
    "ListJobsResponse",
    "ListRolesResponse",
    "ListSheetsResponse",
    "ListSpacesResponse",
    "ListUsersResponse",
    "ListUsersSortField",
    "ListViewsResponse",
    "ListWorkbooksResponse",
    "MappingCreateMappingProgramBody",
    "MappingDeleteAllHistoryForUserBody",
    "MappingDeleteMultipleRulesBody",
    "MappingRule",
    "MappingRuleConfig",
    "MappingRuleResponse",
    "MappingRulesResponse",
    "MappingUpdateMappingProgramBody",
    "MappingUpdateRuleBody",
    "Mode",
    "ModelFileStatusEnum",
    "NumberProperty",
    "NumberPropertyConfig",
    "Origin",
    "Pagination",
    "Program",
    "ProgramResponse",
    "ProgramsResponse",
    "ProgramSummary",
    "Progress",
    "Prompt",
    "PromptResponse",
    "PromptsResponse",
    "PromptTypeEnum",
    "PromptTypeQueryEnum",
    "PropertyUnknown",
    "Record",
    "RecordConfig",
    "RecordConfigFields",
    "RecordCounts",
    "RecordCountsByField",
    "RecordCountsErrorsByField",
    "RecordCountsResponse",
    "RecordCountsResponseData",
    "RecordData",
    "RecordIndices",
    "RecordMetadata",
    "RecordsFindAndReplaceBody",
    "RecordsResponse",
    "RecordsResponseData",
    "ReferenceProperty",
    "ReferencePropertyConfig",
    "ReferencePropertyConfigRelationship",
    "RestoreOptions",
    "Role",
    "Secret",
    "SecretsResponse",
    "SecretsUpsertBody",
    "SftpCredentials",
    "Sheet",
    "SheetAccess",
    "SheetConfig",
    "SheetConfigOrUpdate",
    "SheetResponse",
    "SheetsUpdateSheetBody",
    "Snapshot",
    "SnapshotResponse",
    "SnapshotsCreateSnapshotBody",
    "SnapshotsResponse",
    "SnapshotSummary",
    "SnapshotSummaryCreatedSince",
    "SnapshotSummaryDeletedSince",
    "SnapshotSummarySchemaDiff",
    "SnapshotSummaryUpdatedSince",
    "SortDirection",
    "SourceField",
    "Space",
    "SpaceAccess",
    "SpaceResponse",
    "SpacesCreateBody",
    "SpacesCreateGuidanceBody",
    "SpaceSettings",
    "SpaceSettingsFilesConfig",
    "SpaceSettingsSidebarConfig",
    "SpaceSettingsSidebarConfigDefaultPage",
    "SpacesUpdateBody",
    "SpacesUpdateGuidanceBody",
    "StringListProperty",
    "StringProperty",
    "StringPropertyConfig",
    "StringPropertyConfigSize",
    "Success",
    "SuccessData",
    "SuccessResponse",
    "Trigger",
    "User",
    "UserMetadata",
    "UserResponse",
    "UsersAssignUserRoleBody",
    "UsersCreateAndInviteBody",
    "UsersUpdateBody",
    "UserWithRoles",
    "UserWithRolesMetadata",
    "UserWithRolesResponse",
    "ValidationMessage",
    "ValidationMessageSource",
    "ValidationMessageType",
    "Version",
    "VersionResponse",
    "VersionsCreateIdBody",
    "View",
    "ViewConfig",
    "ViewResponse",
    "ViewsCreateBody",
    "ViewsUpdateBody",
    "Workbook",
    "WorkbookConfigSettings",
    "WorkbookResponse",
    "WorkbooksCreateBody",
    "WorkbooksUpdateBody",
    "WorkbookTreatments",
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
