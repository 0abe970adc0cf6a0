"""All data models of the API, importable from here; each model module loads on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .announcement import Announcement
    from .api_key_created import ApiKeyCreated
    from .api_key_summary import ApiKeySummary
    from .app import App
    from .app_current_release import AppCurrentRelease
    from .app_current_release_resources import AppCurrentReleaseResources
    from .app_features import AppFeatures
    from .app_instance import AppInstance
    from .archive_update_request_2 import ArchiveUpdateRequest2
    from .archive_update_request_7 import ArchiveUpdateRequest7
    from .archive_update_request_11 import ArchiveUpdateRequest11
    from .archive_update_request_12 import ArchiveUpdateRequest12
    from .archive_update_request_14 import ArchiveUpdateRequest14
    from .archive_update_request_15 import ArchiveUpdateRequest15
    from .archive_update_request_17 import ArchiveUpdateRequest17
    from .archive_update_request_18 import ArchiveUpdateRequest18
    from .archive_update_request_21 import ArchiveUpdateRequest21
    from .archive_update_request_22 import ArchiveUpdateRequest22
    from .archive_update_request_23 import ArchiveUpdateRequest23
    from .archive_update_request_24 import ArchiveUpdateRequest24
    from .archive_update_request_26 import ArchiveUpdateRequest26
    from .archive_update_request_27 import ArchiveUpdateRequest27
    from .archive_update_request_30 import ArchiveUpdateRequest30
    from .cancel_response import CancelResponse
    from .cass_ncoa_enhancement import CassNcoaEnhancement
    from .cass_ncoa_enhancement_patch_request import CassNcoaEnhancementPatchRequest
    from .cass_ncoa_enhancement_source import CassNcoaEnhancementSource
    from .cass_ncoa_enhancement_source_database_table import CassNcoaEnhancementSourceDatabaseTable
    from .cass_ncoa_enhancement_update_request import CassNcoaEnhancementUpdateRequest
    from .cass_ncoa_run import CassNcoaRun
    from .cluster_partition import ClusterPartition
    from .code import Code
    from .code_summary import CodeSummary
    from .container_run import ContainerRun
    from .container_script import ContainerScript
    from .container_script_arguments import ContainerScriptArguments
    from .container_script_create_request import ContainerScriptCreateRequest
    from .container_script_create_request_arguments import ContainerScriptCreateRequestArguments
    from .container_script_patch_request import ContainerScriptPatchRequest
    from .container_script_patch_request_arguments import ContainerScriptPatchRequestArguments
    from .container_script_update_request import ContainerScriptUpdateRequest
    from .container_script_update_request_arguments import ContainerScriptUpdateRequestArguments
    from .credential import Credential
    from .custom_run import CustomRun
    from .custom_script import CustomScript
    from .custom_script_arguments import CustomScriptArguments
    from .custom_script_create_request import CustomScriptCreateRequest
    from .custom_script_create_request_arguments import CustomScriptCreateRequestArguments
    from .custom_script_summary import CustomScriptSummary
    from .custom_script_update_request import CustomScriptUpdateRequest
    from .custom_script_update_request_arguments import CustomScriptUpdateRequestArguments
    from .database import Database
    from .database_schema import DatabaseSchema
    from .enhancement_cass_ncoa_columns import EnhancementCassNcoaColumns
    from .enhancement_cass_ncoa_columns_create_request import EnhancementCassNcoaColumnsCreateRequest
    from .enhancement_cass_ncoa_db_input_create_request import EnhancementCassNcoaDBInputCreateRequest
    from .enhancement_cass_ncoa_db_output import EnhancementCassNcoaDBOutput
    from .enhancement_cass_ncoa_db_output_create_request import EnhancementCassNcoaDBOutputCreateRequest
    from .enhancement_cass_ncoa_dest_params import EnhancementCassNcoaDestParams
    from .enhancement_cass_ncoa_dest_params_create_request import EnhancementCassNcoaDestParamsCreateRequest
    from .enhancement_cass_ncoa_source_params_create_request import EnhancementCassNcoaSourceParamsCreateRequest
    from .enhancement_summary import EnhancementSummary
    from .enhancement_type import EnhancementType
    from .error_model import Error
    from .export_summary import ExportSummary
    from .file_detail import FileDetail
    from .file_multipart_upload import FileMultipartUpload
    from .file_upload import FileUpload
    from .file_upload_upload_fields import FileUploadUploadFields
    from .get_announcements_order_dir import GetAnnouncementsOrderDir
    from .get_apps_slug_instances_order_dir import GetAppsSlugInstancesOrderDir
    from .get_clusters_kubernetes_order_dir import GetClustersKubernetesOrderDir
    from .get_credentials_order_dir import GetCredentialsOrderDir
    from .get_endpoints_response_200 import GetEndpointsResponse200
    from .get_enhancements_order_dir import GetEnhancementsOrderDir
    from .get_exports_order_dir import GetExportsOrderDir
    from .get_groups_order_dir import GetGroupsOrderDir
    from .get_imports_order_dir import GetImportsOrderDir
    from .get_jobs_order_dir import GetJobsOrderDir
    from .get_media_optimizations_order_dir import GetMediaOptimizationsOrderDir
    from .get_models_order_dir import GetModelsOrderDir
    from .get_notebooks_order_dir import GetNotebooksOrderDir
    from .get_projects_order_dir import GetProjectsOrderDir
    from .get_queries_id_runs_order_dir import GetQueriesIdRunsOrderDir
    from .get_queries_order_dir import GetQueriesOrderDir
    from .get_reports_order_dir import GetReportsOrderDir
    from .get_results_order_dir import GetResultsOrderDir
    from .get_scripts_order_dir import GetScriptsOrderDir
    from .get_scripts_sql_id_runs_order_dir import GetScriptsSqlIdRunsOrderDir
    from .get_scripts_sql_id_runs_run_id_outputs_order_dir import GetScriptsSqlIdRunsRunIdOutputsOrderDir
    from .get_tables_id_columns_order_dir import GetTablesIdColumnsOrderDir
    from .get_tables_order_dir import GetTablesOrderDir
    from .get_templates_reports_order_dir import GetTemplatesReportsOrderDir
    from .get_templates_scripts_order_dir import GetTemplatesScriptsOrderDir
    from .get_users_id_api_keys_order_dir import GetUsersIdApiKeysOrderDir
    from .get_users_order_dir import GetUsersOrderDir
    from .get_workflows_id_executions_order_dir import GetWorkflowsIdExecutionsOrderDir
    from .get_workflows_order_dir import GetWorkflowsOrderDir
    from .group_summary import GroupSummary
    from .import_ import Import
    from .import_advanced_sync_options import ImportAdvancedSyncOptions
    from .import_advanced_sync_options_column_overrides import ImportAdvancedSyncOptionsColumnOverrides
    from .import_advanced_sync_options_create_request import ImportAdvancedSyncOptionsCreateRequest
    from .import_advanced_sync_options_create_request_column_overrides import (
        ImportAdvancedSyncOptionsCreateRequestColumnOverrides,
    )
    from .import_batch_import import ImportBatchImport
    from .import_batch_import_create_request import ImportBatchImportCreateRequest
    from .import_batch_import_summary import ImportBatchImportSummary
    from .import_column_override import ImportColumnOverride
    from .import_column_override_create_request import ImportColumnOverrideCreateRequest
    from .import_data_source import ImportDataSource
    from .import_data_source_create_request import ImportDataSourceCreateRequest
    from .import_database_table import ImportDatabaseTable
    from .import_database_table_create_request import ImportDatabaseTableCreateRequest
    from .import_file import ImportFile
    from .import_file_create_request import ImportFileCreateRequest
    from .import_file_upload_create_request import ImportFileUploadCreateRequest
    from .import_file_upload_response import ImportFileUploadResponse
    from .import_file_upload_response_upload_fields import ImportFileUploadResponseUploadFields
    from .import_google_worksheet import ImportGoogleWorksheet
    from .import_google_worksheet_create_request import ImportGoogleWorksheetCreateRequest
    from .import_run import ImportRun
    from .import_run_created import ImportRunCreated
    from .import_summary import ImportSummary
    from .import_sync import ImportSync
    from .import_sync_create_request import ImportSyncCreateRequest
    from .import_sync_destination import ImportSyncDestination
    from .import_sync_destination_create_request import ImportSyncDestinationCreateRequest
    from .import_sync_relation_update_request import ImportSyncRelationUpdateRequest
    from .import_sync_relation_with_data_update_request import ImportSyncRelationWithDataUpdateRequest
    from .import_sync_source import ImportSyncSource
    from .import_sync_source_create_request import ImportSyncSourceCreateRequest
    from .import_update_request import ImportUpdateRequest
    from .inline_table_tag import InlineTableTag
    from .javascript_run import JavascriptRun
    from .javascript_script import JavascriptScript
    from .javascript_script_arguments import JavascriptScriptArguments
    from .javascript_script_create_request import JavascriptScriptCreateRequest
    from .javascript_script_create_request_arguments import JavascriptScriptCreateRequestArguments
    from .javascript_script_patch_request import JavascriptScriptPatchRequest
    from .javascript_script_patch_request_arguments import JavascriptScriptPatchRequestArguments
    from .javascript_script_update_request import JavascriptScriptUpdateRequest
    from .javascript_script_update_request_arguments import JavascriptScriptUpdateRequestArguments
    from .job import Job
    from .job_cancel_response_3 import JobCancelResponse3
    from .job_cancel_response_7 import JobCancelResponse7
    from .job_node import JobNode
    from .job_node_children_item import JobNodeChildrenItem
    from .job_notifications import JobNotifications
    from .job_notifications_create_request import JobNotificationsCreateRequest
    from .job_output import JobOutput
    from .job_output_2 import JobOutput2
    from .job_output_3 import JobOutput3
    from .job_output_5 import JobOutput5
    from .job_output_6 import JobOutput6
    from .job_output_create_request import JobOutputCreateRequest
    from .job_output_create_request_2 import JobOutputCreateRequest2
    from .job_output_create_request_3 import JobOutputCreateRequest3
    from .job_output_create_request_5 import JobOutputCreateRequest5
    from .job_output_create_request_6 import JobOutputCreateRequest6
    from .job_output_summary_2 import JobOutputSummary2
    from .job_run import JobRun
    from .job_schedule import JobSchedule
    from .job_schedule_create_request import JobScheduleCreateRequest
    from .job_schedule_input import JobScheduleInput
    from .job_summary import JobSummary
    from .job_trigger_email import JobTriggerEmail
    from .kube_cluster import KubeCluster
    from .log_entry import LogEntry
    from .log_run_log_response_summary import LogRunLogResponseSummary
    from .match_target import MatchTarget
    from .media_dma_dma_summary import MediaDmaDmaSummary
    from .media_optimization_constraint import MediaOptimizationConstraint
    from .media_optimization_constraint_create_request import MediaOptimizationConstraintCreateRequest
    from .media_optimization_constraint_patch_request import MediaOptimizationConstraintPatchRequest
    from .media_optimization_media_run import MediaOptimizationMediaRun
    from .media_optimization_media_run_create_request import MediaOptimizationMediaRunCreateRequest
    from .media_optimization_media_run_patch_request import MediaOptimizationMediaRunPatchRequest
    from .media_optimization_optimization import MediaOptimizationOptimization
    from .media_optimization_optimization_create_request import MediaOptimizationOptimizationCreateRequest
    from .media_optimization_optimization_create_request_time_slot_percentages import (
        MediaOptimizationOptimizationCreateRequestTimeSlotPercentages,
    )
    from .media_optimization_optimization_patch_request import MediaOptimizationOptimizationPatchRequest
    from .media_optimization_optimization_patch_request_time_slot_percentages import (
        MediaOptimizationOptimizationPatchRequestTimeSlotPercentages,
    )
    from .media_optimization_optimization_time_slot_percentages import MediaOptimizationOptimizationTimeSlotPercentages
    from .media_target_target_summary import MediaTargetTargetSummary
    from .model import Model
    from .model_summary import ModelSummary
    from .modeling_build_detail import ModelingBuildDetail
    from .modeling_build_model_detail import ModelingBuildModelDetail
    from .modeling_build_model_detail_cross_validation_parameters import (
        ModelingBuildModelDetailCrossValidationParameters,
    )
    from .modeling_build_model_schedule import ModelingBuildModelSchedule
    from .modeling_build_summary import ModelingBuildSummary
    from .modeling_model_type_summary import ModelingModelTypeSummary
    from .modeling_prediction_view import ModelingPredictionView
    from .notebook import Notebook
    from .notebook_deployment import NotebookDeployment
    from .notebook_deployment_create_request import NotebookDeploymentCreateRequest
    from .notebook_deployment_summary import NotebookDeploymentSummary
    from .notebook_environment_variables import NotebookEnvironmentVariables
    from .notebook_summary import NotebookSummary
    from .notebook_update_request import NotebookUpdateRequest
    from .notebook_update_request_environment_variables import NotebookUpdateRequestEnvironmentVariables
    from .notebook_urls import NotebookUrls
    from .ontology_item import OntologyItem
    from .optimization import Optimization
    from .optimization_run import OptimizationRun
    from .optimization_summary import OptimizationSummary
    from .patch_apps_slug_instances_id_body import PatchAppsSlugInstancesIdBody
    from .patch_codes_id_body import PatchCodesIdBody
    from .patch_models_id_body import PatchModelsIdBody
    from .patch_models_id_body_cross_validation_parameters import PatchModelsIdBodyCrossValidationParameters
    from .patch_models_id_body_notifications import PatchModelsIdBodyNotifications
    from .patch_models_id_body_schedule import PatchModelsIdBodySchedule
    from .patch_predictions_id_body import PatchPredictionsIdBody
    from .patch_reports_id_snapshots_body import PatchReportsIdSnapshotsBody
    from .patch_reports_id_snapshots_body_schedule import PatchReportsIdSnapshotsBodySchedule
    from .patch_results_id_body import PatchResultsIdBody
    from .patch_results_id_body_app_state import PatchResultsIdBodyAppState
    from .patch_results_id_snapshots_body import PatchResultsIdSnapshotsBody
    from .patch_scripts_id_body import PatchScriptsIdBody
    from .patch_scripts_sql_id_body import PatchScriptsSqlIdBody
    from .patch_scripts_sql_id_body_arguments import PatchScriptsSqlIdBodyArguments
    from .patch_scripts_sql_id_body_csv_settings import PatchScriptsSqlIdBodyCsvSettings
    from .patch_scripts_sql_id_body_csv_settings_column_delimiter import PatchScriptsSqlIdBodyCsvSettingsColumnDelimiter
    from .patch_scripts_sql_id_body_csv_settings_compression import PatchScriptsSqlIdBodyCsvSettingsCompression
    from .patch_tables_id_body import PatchTablesIdBody
    from .patch_tables_id_body_ontology_mapping import PatchTablesIdBodyOntologyMapping
    from .patch_users_me_body import PatchUsersMeBody
    from .patch_users_me_body_preferences import PatchUsersMeBodyPreferences
    from .post_apps_slug_instances_body import PostAppsSlugInstancesBody
    from .post_codes_body import PostCodesBody
    from .post_credentials_authenticate_body import PostCredentialsAuthenticateBody
    from .post_credentials_body import PostCredentialsBody
    from .post_credentials_id_temporary_body import PostCredentialsIdTemporaryBody
    from .post_databases_id_whitelist_ips_body import PostDatabasesIdWhitelistIpsBody
    from .post_enhancements_cass_ncoa_body import PostEnhancementsCassNcoaBody
    from .post_enhancements_cass_ncoa_body_destination import PostEnhancementsCassNcoaBodyDestination
    from .post_enhancements_cass_ncoa_body_destination_database_table import (
        PostEnhancementsCassNcoaBodyDestinationDatabaseTable,
    )
    from .post_enhancements_cass_ncoa_body_source import PostEnhancementsCassNcoaBodySource
    from .post_enhancements_cass_ncoa_body_source_database_table import PostEnhancementsCassNcoaBodySourceDatabaseTable
    from .post_files_body import PostFilesBody
    from .post_files_multipart_body import PostFilesMultipartBody
    from .post_imports_body import PostImportsBody
    from .post_imports_body_destination import PostImportsBodyDestination
    from .post_imports_body_source import PostImportsBodySource
    from .post_models_body import PostModelsBody
    from .post_models_body_cross_validation_parameters import PostModelsBodyCrossValidationParameters
    from .post_models_body_notifications import PostModelsBodyNotifications
    from .post_models_body_schedule import PostModelsBodySchedule
    from .post_notebooks_body import PostNotebooksBody
    from .post_notebooks_body_environment_variables import PostNotebooksBodyEnvironmentVariables
    from .post_notebooks_body_language import PostNotebooksBodyLanguage
    from .post_projects_body import PostProjectsBody
    from .post_queries_body import PostQueriesBody
    from .post_queries_body_column_delimiter import PostQueriesBodyColumnDelimiter
    from .post_queries_body_compression import PostQueriesBodyCompression
    from .post_remote_hosts_body import PostRemoteHostsBody
    from .post_reports_id_snapshots_body import PostReportsIdSnapshotsBody
    from .post_reports_id_snapshots_body_schedule import PostReportsIdSnapshotsBodySchedule
    from .post_results_body import PostResultsBody
    from .post_results_body_app_state import PostResultsBodyAppState
    from .post_results_id_snapshots_body import PostResultsIdSnapshotsBody
    from .post_scripts_sql_body import PostScriptsSqlBody
    from .post_scripts_sql_body_arguments import PostScriptsSqlBodyArguments
    from .post_scripts_sql_body_csv_settings import PostScriptsSqlBodyCsvSettings
    from .post_scripts_sql_body_csv_settings_column_delimiter import PostScriptsSqlBodyCsvSettingsColumnDelimiter
    from .post_scripts_sql_body_csv_settings_compression import PostScriptsSqlBodyCsvSettingsCompression
    from .post_scripts_sql_id_clone_body import PostScriptsSqlIdCloneBody
    from .post_tables_body import PostTablesBody
    from .post_tables_source_table_id_enhancements_prepared_matchings_body import (
        PostTablesSourceTableIdEnhancementsPreparedMatchingsBody,
    )
    from .post_tables_source_table_id_enhancements_table_matchings_body import (
        PostTablesSourceTableIdEnhancementsTableMatchingsBody,
    )
    from .post_users_id_api_keys_body import PostUsersIdApiKeysBody
    from .post_users_id_api_keys_body_constraints_item import PostUsersIdApiKeysBodyConstraintsItem
    from .post_workflows_body import PostWorkflowsBody
    from .post_workflows_id_executions_body import PostWorkflowsIdExecutionsBody
    from .post_workflows_id_executions_body_input import PostWorkflowsIdExecutionsBodyInput
    from .post_workflows_id_executions_execution_id_retry_body import PostWorkflowsIdExecutionsExecutionIdRetryBody
    from .prediction import Prediction
    from .prediction_schedule import PredictionSchedule
    from .prediction_summary import PredictionSummary
    from .project import Project
    from .project_files_item import ProjectFilesItem
    from .project_ref import ProjectRef
    from .project_scripts_item import ProjectScriptsItem
    from .project_summary import ProjectSummary
    from .project_tables_item import ProjectTablesItem
    from .projects_enhancement import ProjectsEnhancement
    from .projects_file import ProjectsFile
    from .projects_import_or_export import ProjectsImportOrExport
    from .projects_latest_status import ProjectsLatestStatus
    from .projects_model import ProjectsModel
    from .projects_notebook import ProjectsNotebook
    from .projects_parent_project import ProjectsParentProject
    from .projects_project import ProjectsProject
    from .projects_project_object import ProjectsProjectObject
    from .projects_project_summary import ProjectsProjectSummary
    from .projects_project_update_update_request import ProjectsProjectUpdateUpdateRequest
    from .projects_report import ProjectsReport
    from .projects_script import ProjectsScript
    from .projects_service import ProjectsService
    from .projects_sub_project import ProjectsSubProject
    from .projects_survey import ProjectsSurvey
    from .projects_table import ProjectsTable
    from .projects_template import ProjectsTemplate
    from .projects_workflow import ProjectsWorkflow
    from .put_apps_slug_instances_id_archive_body import PutAppsSlugInstancesIdArchiveBody
    from .put_apps_slug_instances_id_shares_groups_body import PutAppsSlugInstancesIdSharesGroupsBody
    from .put_apps_slug_instances_id_shares_users_body import PutAppsSlugInstancesIdSharesUsersBody
    from .put_codes_id_body import PutCodesIdBody
    from .put_credentials_id_body import PutCredentialsIdBody
    from .put_models_id_predictions_body import PutModelsIdPredictionsBody
    from .put_models_id_predictions_body_schedule import PutModelsIdPredictionsBodySchedule
    from .put_models_id_schedules_body import PutModelsIdSchedulesBody
    from .put_models_id_schedules_body_schedule import PutModelsIdSchedulesBodySchedule
    from .put_predictions_id_schedules_body import PutPredictionsIdSchedulesBody
    from .put_predictions_id_schedules_body_schedule import PutPredictionsIdSchedulesBodySchedule
    from .put_reports_solutions_id_shares_groups_body import PutReportsSolutionsIdSharesGroupsBody
    from .put_reports_solutions_id_shares_users_body import PutReportsSolutionsIdSharesUsersBody
    from .put_results_id_archive_body import PutResultsIdArchiveBody
    from .put_results_id_shares_groups_body import PutResultsIdSharesGroupsBody
    from .put_results_id_shares_users_body import PutResultsIdSharesUsersBody
    from .put_results_solutions_id_shares_groups_body import PutResultsSolutionsIdSharesGroupsBody
    from .put_results_solutions_id_shares_users_body import PutResultsSolutionsIdSharesUsersBody
    from .put_scripts_sql_id_body import PutScriptsSqlIdBody
    from .put_scripts_sql_id_body_arguments import PutScriptsSqlIdBodyArguments
    from .put_scripts_sql_id_body_csv_settings import PutScriptsSqlIdBodyCsvSettings
    from .put_scripts_sql_id_body_csv_settings_column_delimiter import PutScriptsSqlIdBodyCsvSettingsColumnDelimiter
    from .put_scripts_sql_id_body_csv_settings_compression import PutScriptsSqlIdBodyCsvSettingsCompression
    from .python_run import PythonRun
    from .python_script import PythonScript
    from .python_script_arguments import PythonScriptArguments
    from .python_script_create_request import PythonScriptCreateRequest
    from .python_script_create_request_arguments import PythonScriptCreateRequestArguments
    from .python_script_patch_request import PythonScriptPatchRequest
    from .python_script_patch_request_arguments import PythonScriptPatchRequestArguments
    from .python_script_update_request import PythonScriptUpdateRequest
    from .python_script_update_request_arguments import PythonScriptUpdateRequestArguments
    from .query import Query
    from .query_detail import QueryDetail
    from .query_run import QueryRun
    from .query_summary import QuerySummary
    from .r_run import RRun
    from .r_script import RScript
    from .r_script_arguments import RScriptArguments
    from .r_script_create_request import RScriptCreateRequest
    from .r_script_create_request_arguments import RScriptCreateRequestArguments
    from .r_script_patch_request import RScriptPatchRequest
    from .r_script_patch_request_arguments import RScriptPatchRequestArguments
    from .r_script_update_request import RScriptUpdateRequest
    from .r_script_update_request_arguments import RScriptUpdateRequestArguments
    from .ratecard import Ratecard
    from .record import Record
    from .remote_host import RemoteHost
    from .remote_host_summary import RemoteHostSummary
    from .report import Report
    from .report_app_state import ReportAppState
    from .report_create_create_request import ReportCreateCreateRequest
    from .report_create_create_request_app_state import ReportCreateCreateRequestAppState
    from .report_detail import ReportDetail
    from .report_detail_app_state import ReportDetailAppState
    from .report_project import ReportProject
    from .report_summary import ReportSummary
    from .report_template import ReportTemplate
    from .report_template_create_request import ReportTemplateCreateRequest
    from .report_template_patch_request import ReportTemplatePatchRequest
    from .report_template_summary import ReportTemplateSummary
    from .report_template_update_request import ReportTemplateUpdateRequest
    from .report_update_patch_request import ReportUpdatePatchRequest
    from .report_update_patch_request_app_state import ReportUpdatePatchRequestAppState
    from .script import Script
    from .script_arguments import ScriptArguments
    from .script_clone_params_create_request import ScriptCloneParamsCreateRequest
    from .script_create_create_request import ScriptCreateCreateRequest
    from .script_create_create_request_arguments import ScriptCreateCreateRequestArguments
    from .script_detail import ScriptDetail
    from .script_detail_arguments import ScriptDetailArguments
    from .script_detail_expanded_arguments import ScriptDetailExpandedArguments
    from .script_history_entry import ScriptHistoryEntry
    from .script_link import ScriptLink
    from .script_output import ScriptOutput
    from .script_param import ScriptParam
    from .script_param_allowed_values_item import ScriptParamAllowedValuesItem
    from .script_param_create_request import ScriptParamCreateRequest
    from .script_param_create_request_allowed_values_item import ScriptParamCreateRequestAllowedValuesItem
    from .script_param_patch_request import ScriptParamPatchRequest
    from .script_param_patch_request_allowed_values_item import ScriptParamPatchRequestAllowedValuesItem
    from .script_project import ScriptProject
    from .script_required_resources import ScriptRequiredResources
    from .script_required_resources_create_request import ScriptRequiredResourcesCreateRequest
    from .script_required_resources_custom import ScriptRequiredResourcesCustom
    from .script_required_resources_custom_create_request import ScriptRequiredResourcesCustomCreateRequest
    from .script_required_resources_patch_request import ScriptRequiredResourcesPatchRequest
    from .script_simple_alias import ScriptSimpleAlias
    from .script_simple_script import ScriptSimpleScript
    from .script_summary import ScriptSummary
    from .script_template import ScriptTemplate
    from .script_template_create_request import ScriptTemplateCreateRequest
    from .script_template_patch_request import ScriptTemplatePatchRequest
    from .script_template_summary import ScriptTemplateSummary
    from .script_template_update_request import ScriptTemplateUpdateRequest
    from .script_type import ScriptType
    from .search_result import SearchResult
    from .search_results import SearchResults
    from .search_results_aggregations import SearchResultsAggregations
    from .search_type import SearchType
    from .share_group_summary import ShareGroupSummary
    from .share_groups_update_request_2 import ShareGroupsUpdateRequest2
    from .share_groups_update_request_4 import ShareGroupsUpdateRequest4
    from .share_groups_update_request_7 import ShareGroupsUpdateRequest7
    from .share_groups_update_request_9 import ShareGroupsUpdateRequest9
    from .share_groups_update_request_10 import ShareGroupsUpdateRequest10
    from .share_groups_update_request_13 import ShareGroupsUpdateRequest13
    from .share_groups_update_request_14 import ShareGroupsUpdateRequest14
    from .share_groups_update_request_16 import ShareGroupsUpdateRequest16
    from .share_groups_update_request_17 import ShareGroupsUpdateRequest17
    from .share_groups_update_request_20 import ShareGroupsUpdateRequest20
    from .share_groups_update_request_22 import ShareGroupsUpdateRequest22
    from .share_groups_update_request_26 import ShareGroupsUpdateRequest26
    from .share_groups_update_request_27 import ShareGroupsUpdateRequest27
    from .share_groups_update_request_28 import ShareGroupsUpdateRequest28
    from .share_groups_update_request_29 import ShareGroupsUpdateRequest29
    from .share_groups_update_request_31 import ShareGroupsUpdateRequest31
    from .share_groups_update_request_32 import ShareGroupsUpdateRequest32
    from .share_groups_update_request_35 import ShareGroupsUpdateRequest35
    from .share_groups_update_request_36 import ShareGroupsUpdateRequest36
    from .share_groups_update_request_37 import ShareGroupsUpdateRequest37
    from .share_index import ShareIndex
    from .share_user_set_summary import ShareUserSetSummary
    from .share_user_summary import ShareUserSummary
    from .share_users_update_request_2 import ShareUsersUpdateRequest2
    from .share_users_update_request_4 import ShareUsersUpdateRequest4
    from .share_users_update_request_7 import ShareUsersUpdateRequest7
    from .share_users_update_request_9 import ShareUsersUpdateRequest9
    from .share_users_update_request_10 import ShareUsersUpdateRequest10
    from .share_users_update_request_13 import ShareUsersUpdateRequest13
    from .share_users_update_request_14 import ShareUsersUpdateRequest14
    from .share_users_update_request_16 import ShareUsersUpdateRequest16
    from .share_users_update_request_17 import ShareUsersUpdateRequest17
    from .share_users_update_request_20 import ShareUsersUpdateRequest20
    from .share_users_update_request_22 import ShareUsersUpdateRequest22
    from .share_users_update_request_26 import ShareUsersUpdateRequest26
    from .share_users_update_request_27 import ShareUsersUpdateRequest27
    from .share_users_update_request_28 import ShareUsersUpdateRequest28
    from .share_users_update_request_29 import ShareUsersUpdateRequest29
    from .share_users_update_request_31 import ShareUsersUpdateRequest31
    from .share_users_update_request_32 import ShareUsersUpdateRequest32
    from .share_users_update_request_35 import ShareUsersUpdateRequest35
    from .share_users_update_request_36 import ShareUsersUpdateRequest36
    from .share_users_update_request_37 import ShareUsersUpdateRequest37
    from .spot_order import SpotOrder
    from .spot_order_create_request import SpotOrderCreateRequest
    from .spot_order_summary import SpotOrderSummary
    from .spot_order_update_request import SpotOrderUpdateRequest
    from .sql_run import SqlRun
    from .sql_script import SqlScript
    from .sql_script_arguments import SqlScriptArguments
    from .sql_script_csv_settings import SqlScriptCsvSettings
    from .sql_script_expanded_arguments import SqlScriptExpandedArguments
    from .table import Table
    from .table_cass_ncoa_enhancement import TableCassNcoaEnhancement
    from .table_column import TableColumn
    from .table_column_value_distribution import TableColumnValueDistribution
    from .table_column_value_distribution_percent import TableColumnValueDistributionPercent
    from .table_create_cass_ncoa_enhancement_create_request import TableCreateCassNcoaEnhancementCreateRequest
    from .table_enhancement import TableEnhancement
    from .table_geocode_enhancement import TableGeocodeEnhancement
    from .table_join import TableJoin
    from .table_match import TableMatch
    from .table_match_job import TableMatchJob
    from .table_match_option import TableMatchOption
    from .table_match_target import TableMatchTarget
    from .table_ontology_mapping import TableOntologyMapping
    from .table_summary import TableSummary
    from .temporary_credential import TemporaryCredential
    from .user_api_key import UserApiKey
    from .user_api_key_constraint import UserApiKeyConstraint
    from .user_detail import UserDetail
    from .user_group_ref import UserGroupRef
    from .user_me import UserMe
    from .user_me_feature_flags import UserMeFeatureFlags
    from .user_me_preferences import UserMePreferences
    from .user_simple import UserSimple
    from .user_simple_user import UserSimpleUser
    from .user_summary import UserSummary
    from .whitelisted_ip import WhitelistedIp
    from .workflow import Workflow
    from .workflow_clone_params_create_request import WorkflowCloneParamsCreateRequest
    from .workflow_execution import WorkflowExecution
    from .workflow_execution_input import WorkflowExecutionInput
    from .workflow_execution_summary import WorkflowExecutionSummary
    from .workflow_notifications import WorkflowNotifications
    from .workflow_notifications_create_request import WorkflowNotificationsCreateRequest
    from .workflow_patch_request import WorkflowPatchRequest
    from .workflow_summary import WorkflowSummary
    from .workflow_task import WorkflowTask
    from .workflow_task_executions_item import WorkflowTaskExecutionsItem
    from .workflow_task_runs_item import WorkflowTaskRunsItem
    from .workflow_update_request import WorkflowUpdateRequest

_MODULES: dict[str, str] = {
    "Announcement": "announcement",
    "ApiKeyCreated": "api_key_created",
    "ApiKeySummary": "api_key_summary",
    "App": "app",
    "AppCurrentRelease": "app_current_release",
    "AppCurrentReleaseResources": "app_current_release_resources",
    "AppFeatures": "app_features",
    "AppInstance": "app_instance",
    "ArchiveUpdateRequest11": "archive_update_request_11",
    "ArchiveUpdateRequest12": "archive_update_request_12",
    "ArchiveUpdateRequest14": "archive_update_request_14",
    "ArchiveUpdateRequest15": "archive_update_request_15",
    "ArchiveUpdateRequest17": "archive_update_request_17",
    "ArchiveUpdateRequest18": "archive_update_request_18",
    "ArchiveUpdateRequest2": "archive_update_request_2",
    "ArchiveUpdateRequest21": "archive_update_request_21",
    "ArchiveUpdateRequest22": "archive_update_request_22",
    "ArchiveUpdateRequest23": "archive_update_request_23",
    "ArchiveUpdateRequest24": "archive_update_request_24",
    "ArchiveUpdateRequest26": "archive_update_request_26",
    "ArchiveUpdateRequest27": "archive_update_request_27",
    "ArchiveUpdateRequest30": "archive_update_request_30",
    "ArchiveUpdateRequest7": "archive_update_request_7",
    "CancelResponse": "cancel_response",
    "CassNcoaEnhancement": "cass_ncoa_enhancement",
    "CassNcoaEnhancementPatchRequest": "cass_ncoa_enhancement_patch_request",
    "CassNcoaEnhancementSource": "cass_ncoa_enhancement_source",
    "CassNcoaEnhancementSourceDatabaseTable": "cass_ncoa_enhancement_source_database_table",
    "CassNcoaEnhancementUpdateRequest": "cass_ncoa_enhancement_update_request",
    "CassNcoaRun": "cass_ncoa_run",
    "ClusterPartition": "cluster_partition",
    "Code": "code",
    "CodeSummary": "code_summary",
    "ContainerRun": "container_run",
    "ContainerScript": "container_script",
    "ContainerScriptArguments": "container_script_arguments",
    "ContainerScriptCreateRequest": "container_script_create_request",
    "ContainerScriptCreateRequestArguments": "container_script_create_request_arguments",
    "ContainerScriptPatchRequest": "container_script_patch_request",
    "ContainerScriptPatchRequestArguments": "container_script_patch_request_arguments",
    "ContainerScriptUpdateRequest": "container_script_update_request",
    "ContainerScriptUpdateRequestArguments": "container_script_update_request_arguments",
    "Credential": "credential",
    "CustomRun": "custom_run",
    "CustomScript": "custom_script",
    "CustomScriptArguments": "custom_script_arguments",
    "CustomScriptCreateRequest": "custom_script_create_request",
    "CustomScriptCreateRequestArguments": "custom_script_create_request_arguments",
    "CustomScriptSummary": "custom_script_summary",
    "CustomScriptUpdateRequest": "custom_script_update_request",
    "CustomScriptUpdateRequestArguments": "custom_script_update_request_arguments",
    "Database": "database",
    "DatabaseSchema": "database_schema",
    "EnhancementCassNcoaColumns": "enhancement_cass_ncoa_columns",
    "EnhancementCassNcoaColumnsCreateRequest": "enhancement_cass_ncoa_columns_create_request",
    "EnhancementCassNcoaDBInputCreateRequest": "enhancement_cass_ncoa_db_input_create_request",
    "EnhancementCassNcoaDBOutput": "enhancement_cass_ncoa_db_output",
    "EnhancementCassNcoaDBOutputCreateRequest": "enhancement_cass_ncoa_db_output_create_request",
    "EnhancementCassNcoaDestParams": "enhancement_cass_ncoa_dest_params",
    "EnhancementCassNcoaDestParamsCreateRequest": "enhancement_cass_ncoa_dest_params_create_request",
    "EnhancementCassNcoaSourceParamsCreateRequest": "enhancement_cass_ncoa_source_params_create_request",
    "EnhancementSummary": "enhancement_summary",
    "EnhancementType": "enhancement_type",
    "Error": "error_model",
    "ExportSummary": "export_summary",
    "FileDetail": "file_detail",
    "FileMultipartUpload": "file_multipart_upload",
    "FileUpload": "file_upload",
    "FileUploadUploadFields": "file_upload_upload_fields",
    "GetAnnouncementsOrderDir": "get_announcements_order_dir",
    "GetAppsSlugInstancesOrderDir": "get_apps_slug_instances_order_dir",
    "GetClustersKubernetesOrderDir": "get_clusters_kubernetes_order_dir",
    "GetCredentialsOrderDir": "get_credentials_order_dir",
    "GetEndpointsResponse200": "get_endpoints_response_200",
    "GetEnhancementsOrderDir": "get_enhancements_order_dir",
    "GetExportsOrderDir": "get_exports_order_dir",
    "GetGroupsOrderDir": "get_groups_order_dir",
    "GetImportsOrderDir": "get_imports_order_dir",
    "GetJobsOrderDir": "get_jobs_order_dir",
    "GetMediaOptimizationsOrderDir": "get_media_optimizations_order_dir",
    "GetModelsOrderDir": "get_models_order_dir",
    "GetNotebooksOrderDir": "get_notebooks_order_dir",
    "GetProjectsOrderDir": "get_projects_order_dir",
    "GetQueriesIdRunsOrderDir": "get_queries_id_runs_order_dir",
    "GetQueriesOrderDir": "get_queries_order_dir",
    "GetReportsOrderDir": "get_reports_order_dir",
    "GetResultsOrderDir": "get_results_order_dir",
    "GetScriptsOrderDir": "get_scripts_order_dir",
    "GetScriptsSqlIdRunsOrderDir": "get_scripts_sql_id_runs_order_dir",
    "GetScriptsSqlIdRunsRunIdOutputsOrderDir": "get_scripts_sql_id_runs_run_id_outputs_order_dir",
    "GetTablesIdColumnsOrderDir": "get_tables_id_columns_order_dir",
    "GetTablesOrderDir": "get_tables_order_dir",
    "GetTemplatesReportsOrderDir": "get_templates_reports_order_dir",
    "GetTemplatesScriptsOrderDir": "get_templates_scripts_order_dir",
    "GetUsersIdApiKeysOrderDir": "get_users_id_api_keys_order_dir",
    "GetUsersOrderDir": "get_users_order_dir",
    "GetWorkflowsIdExecutionsOrderDir": "get_workflows_id_executions_order_dir",
    "GetWorkflowsOrderDir": "get_workflows_order_dir",
    "GroupSummary": "group_summary",
    "Import": "import_",
    "ImportAdvancedSyncOptions": "import_advanced_sync_options",
    "ImportAdvancedSyncOptionsColumnOverrides": "import_advanced_sync_options_column_overrides",
    "ImportAdvancedSyncOptionsCreateRequest": "import_advanced_sync_options_create_request",
    "ImportAdvancedSyncOptionsCreateRequestColumnOverrides": "import_advanced_sync_options_create_request_column_overrides",
    "ImportBatchImport": "import_batch_import",
    "ImportBatchImportCreateRequest": "import_batch_import_create_request",
    "ImportBatchImportSummary": "import_batch_import_summary",
    "ImportColumnOverride": "import_column_override",
    "ImportColumnOverrideCreateRequest": "import_column_override_create_request",
    "ImportDatabaseTable": "import_database_table",
    "ImportDatabaseTableCreateRequest": "import_database_table_create_request",
    "ImportDataSource": "import_data_source",
    "ImportDataSourceCreateRequest": "import_data_source_create_request",
    "ImportFile": "import_file",
    "ImportFileCreateRequest": "import_file_create_request",
    "ImportFileUploadCreateRequest": "import_file_upload_create_request",
    "ImportFileUploadResponse": "import_file_upload_response",
    "ImportFileUploadResponseUploadFields": "import_file_upload_response_upload_fields",
    "ImportGoogleWorksheet": "import_google_worksheet",
    "ImportGoogleWorksheetCreateRequest": "import_google_worksheet_create_request",
    "ImportRun": "import_run",
    "ImportRunCreated": "import_run_created",
    "ImportSummary": "import_summary",
    "ImportSync": "import_sync",
    "ImportSyncCreateRequest": "import_sync_create_request",
    "ImportSyncDestination": "import_sync_destination",
    "ImportSyncDestinationCreateRequest": "import_sync_destination_create_request",
    "ImportSyncRelationUpdateRequest": "import_sync_relation_update_request",
    "ImportSyncRelationWithDataUpdateRequest": "import_sync_relation_with_data_update_request",
    "ImportSyncSource": "import_sync_source",
    "ImportSyncSourceCreateRequest": "import_sync_source_create_request",
    "ImportUpdateRequest": "import_update_request",
    "InlineTableTag": "inline_table_tag",
    "JavascriptRun": "javascript_run",
    "JavascriptScript": "javascript_script",
    "JavascriptScriptArguments": "javascript_script_arguments",
    "JavascriptScriptCreateRequest": "javascript_script_create_request",
    "JavascriptScriptCreateRequestArguments": "javascript_script_create_request_arguments",
    "JavascriptScriptPatchRequest": "javascript_script_patch_request",
    "JavascriptScriptPatchRequestArguments": "javascript_script_patch_request_arguments",
    "JavascriptScriptUpdateRequest": "javascript_script_update_request",
    "JavascriptScriptUpdateRequestArguments": "javascript_script_update_request_arguments",
    "Job": "job",
    "JobCancelResponse3": "job_cancel_response_3",
    "JobCancelResponse7": "job_cancel_response_7",
    "JobNode": "job_node",
    "JobNodeChildrenItem": "job_node_children_item",
    "JobNotifications": "job_notifications",
    "JobNotificationsCreateRequest": "job_notifications_create_request",
    "JobOutput": "job_output",
    "JobOutput2": "job_output_2",
    "JobOutput3": "job_output_3",
    "JobOutput5": "job_output_5",
    "JobOutput6": "job_output_6",
    "JobOutputCreateRequest": "job_output_create_request",
    "JobOutputCreateRequest2": "job_output_create_request_2",
    "JobOutputCreateRequest3": "job_output_create_request_3",
    "JobOutputCreateRequest5": "job_output_create_request_5",
    "JobOutputCreateRequest6": "job_output_create_request_6",
    "JobOutputSummary2": "job_output_summary_2",
    "JobRun": "job_run",
    "JobSchedule": "job_schedule",
    "JobScheduleCreateRequest": "job_schedule_create_request",
    "JobScheduleInput": "job_schedule_input",
    "JobSummary": "job_summary",
    "JobTriggerEmail": "job_trigger_email",
    "KubeCluster": "kube_cluster",
    "LogEntry": "log_entry",
    "LogRunLogResponseSummary": "log_run_log_response_summary",
    "MatchTarget": "match_target",
    "MediaDmaDmaSummary": "media_dma_dma_summary",
    "MediaOptimizationConstraint": "media_optimization_constraint",
    "MediaOptimizationConstraintCreateRequest": "media_optimization_constraint_create_request",
    "MediaOptimizationConstraintPatchRequest": "media_optimization_constraint_patch_request",
    "MediaOptimizationMediaRun": "media_optimization_media_run",
    "MediaOptimizationMediaRunCreateRequest": "media_optimization_media_run_create_request",
    "MediaOptimizationMediaRunPatchRequest": "media_optimization_media_run_patch_request",
    "MediaOptimizationOptimization": "media_optimization_optimization",
    "MediaOptimizationOptimizationCreateRequest": "media_optimization_optimization_create_request",
    "MediaOptimizationOptimizationCreateRequestTimeSlotPercentages": "media_optimization_optimization_create_request_time_slot_percentages",
    "MediaOptimizationOptimizationPatchRequest": "media_optimization_optimization_patch_request",
    "MediaOptimizationOptimizationPatchRequestTimeSlotPercentages": "media_optimization_optimization_patch_request_time_slot_percentages",
    "MediaOptimizationOptimizationTimeSlotPercentages": "media_optimization_optimization_time_slot_percentages",
    "MediaTargetTargetSummary": "media_target_target_summary",
    "Model": "model",
    "ModelingBuildDetail": "modeling_build_detail",
    "ModelingBuildModelDetail": "modeling_build_model_detail",
    "ModelingBuildModelDetailCrossValidationParameters": "modeling_build_model_detail_cross_validation_parameters",
    "ModelingBuildModelSchedule": "modeling_build_model_schedule",
    "ModelingBuildSummary": "modeling_build_summary",
    "ModelingModelTypeSummary": "modeling_model_type_summary",
    "ModelingPredictionView": "modeling_prediction_view",
    "ModelSummary": "model_summary",
    "Notebook": "notebook",
    "NotebookDeployment": "notebook_deployment",
    "NotebookDeploymentCreateRequest": "notebook_deployment_create_request",
    "NotebookDeploymentSummary": "notebook_deployment_summary",
    "NotebookEnvironmentVariables": "notebook_environment_variables",
    "NotebookSummary": "notebook_summary",
    "NotebookUpdateRequest": "notebook_update_request",
    "NotebookUpdateRequestEnvironmentVariables": "notebook_update_request_environment_variables",
    "NotebookUrls": "notebook_urls",
    "OntologyItem": "ontology_item",
    "Optimization": "optimization",
    "OptimizationRun": "optimization_run",
    "OptimizationSummary": "optimization_summary",
    "PatchAppsSlugInstancesIdBody": "patch_apps_slug_instances_id_body",
    "PatchCodesIdBody": "patch_codes_id_body",
    "PatchModelsIdBody": "patch_models_id_body",
    "PatchModelsIdBodyCrossValidationParameters": "patch_models_id_body_cross_validation_parameters",
    "PatchModelsIdBodyNotifications": "patch_models_id_body_notifications",
    "PatchModelsIdBodySchedule": "patch_models_id_body_schedule",
    "PatchPredictionsIdBody": "patch_predictions_id_body",
    "PatchReportsIdSnapshotsBody": "patch_reports_id_snapshots_body",
    "PatchReportsIdSnapshotsBodySchedule": "patch_reports_id_snapshots_body_schedule",
    "PatchResultsIdBody": "patch_results_id_body",
    "PatchResultsIdBodyAppState": "patch_results_id_body_app_state",
    "PatchResultsIdSnapshotsBody": "patch_results_id_snapshots_body",
    "PatchScriptsIdBody": "patch_scripts_id_body",
    "PatchScriptsSqlIdBody": "patch_scripts_sql_id_body",
    "PatchScriptsSqlIdBodyArguments": "patch_scripts_sql_id_body_arguments",
    "PatchScriptsSqlIdBodyCsvSettings": "patch_scripts_sql_id_body_csv_settings",
    "PatchScriptsSqlIdBodyCsvSettingsColumnDelimiter": "patch_scripts_sql_id_body_csv_settings_column_delimiter",
    "PatchScriptsSqlIdBodyCsvSettingsCompression": "patch_scripts_sql_id_body_csv_settings_compression",
    "PatchTablesIdBody": "patch_tables_id_body",
    "PatchTablesIdBodyOntologyMapping": "patch_tables_id_body_ontology_mapping",
    "PatchUsersMeBody": "patch_users_me_body",
    "PatchUsersMeBodyPreferences": "patch_users_me_body_preferences",
    "PostAppsSlugInstancesBody": "post_apps_slug_instances_body",
    "PostCodesBody": "post_codes_body",
    "PostCredentialsAuthenticateBody": "post_credentials_authenticate_body",
    "PostCredentialsBody": "post_credentials_body",
    "PostCredentialsIdTemporaryBody": "post_credentials_id_temporary_body",
    "PostDatabasesIdWhitelistIpsBody": "post_databases_id_whitelist_ips_body",
    "PostEnhancementsCassNcoaBody": "post_enhancements_cass_ncoa_body",
    "PostEnhancementsCassNcoaBodyDestination": "post_enhancements_cass_ncoa_body_destination",
    "PostEnhancementsCassNcoaBodyDestinationDatabaseTable": "post_enhancements_cass_ncoa_body_destination_database_table",
    "PostEnhancementsCassNcoaBodySource": "post_enhancements_cass_ncoa_body_source",
    "PostEnhancementsCassNcoaBodySourceDatabaseTable": "post_enhancements_cass_ncoa_body_source_database_table",
    "PostFilesBody": "post_files_body",
    "PostFilesMultipartBody": "post_files_multipart_body",
    "PostImportsBody": "post_imports_body",
    "PostImportsBodyDestination": "post_imports_body_destination",
    "PostImportsBodySource": "post_imports_body_source",
    "PostModelsBody": "post_models_body",
    "PostModelsBodyCrossValidationParameters": "post_models_body_cross_validation_parameters",
    "PostModelsBodyNotifications": "post_models_body_notifications",
    "PostModelsBodySchedule": "post_models_body_schedule",
    "PostNotebooksBody": "post_notebooks_body",
    "PostNotebooksBodyEnvironmentVariables": "post_notebooks_body_environment_variables",
    "PostNotebooksBodyLanguage": "post_notebooks_body_language",
    "PostProjectsBody": "post_projects_body",
    "PostQueriesBody": "post_queries_body",
    "PostQueriesBodyColumnDelimiter": "post_queries_body_column_delimiter",
    "PostQueriesBodyCompression": "post_queries_body_compression",
    "PostRemoteHostsBody": "post_remote_hosts_body",
    "PostReportsIdSnapshotsBody": "post_reports_id_snapshots_body",
    "PostReportsIdSnapshotsBodySchedule": "post_reports_id_snapshots_body_schedule",
    "PostResultsBody": "post_results_body",
    "PostResultsBodyAppState": "post_results_body_app_state",
    "PostResultsIdSnapshotsBody": "post_results_id_snapshots_body",
    "PostScriptsSqlBody": "post_scripts_sql_body",
    "PostScriptsSqlBodyArguments": "post_scripts_sql_body_arguments",
    "PostScriptsSqlBodyCsvSettings": "post_scripts_sql_body_csv_settings",
    "PostScriptsSqlBodyCsvSettingsColumnDelimiter": "post_scripts_sql_body_csv_settings_column_delimiter",
    "PostScriptsSqlBodyCsvSettingsCompression": "post_scripts_sql_body_csv_settings_compression",
    "PostScriptsSqlIdCloneBody": "post_scripts_sql_id_clone_body",
    "PostTablesBody": "post_tables_body",
    "PostTablesSourceTableIdEnhancementsPreparedMatchingsBody": "post_tables_source_table_id_enhancements_prepared_matchings_body",
    "PostTablesSourceTableIdEnhancementsTableMatchingsBody": "post_tables_source_table_id_enhancements_table_matchings_body",
    "PostUsersIdApiKeysBody": "post_users_id_api_keys_body",
    "PostUsersIdApiKeysBodyConstraintsItem": "post_users_id_api_keys_body_constraints_item",
    "PostWorkflowsBody": "post_workflows_body",
    "PostWorkflowsIdExecutionsBody": "post_workflows_id_executions_body",
    "PostWorkflowsIdExecutionsBodyInput": "post_workflows_id_executions_body_input",
    "PostWorkflowsIdExecutionsExecutionIdRetryBody": "post_workflows_id_executions_execution_id_retry_body",
    "Prediction": "prediction",
    "PredictionSchedule": "prediction_schedule",
    "PredictionSummary": "prediction_summary",
    "Project": "project",
    "ProjectFilesItem": "project_files_item",
    "ProjectRef": "project_ref",
    "ProjectScriptsItem": "project_scripts_item",
    "ProjectsEnhancement": "projects_enhancement",
    "ProjectsFile": "projects_file",
    "ProjectsImportOrExport": "projects_import_or_export",
    "ProjectsLatestStatus": "projects_latest_status",
    "ProjectsModel": "projects_model",
    "ProjectsNotebook": "projects_notebook",
    "ProjectsParentProject": "projects_parent_project",
    "ProjectsProject": "projects_project",
    "ProjectsProjectObject": "projects_project_object",
    "ProjectsProjectSummary": "projects_project_summary",
    "ProjectsProjectUpdateUpdateRequest": "projects_project_update_update_request",
    "ProjectsReport": "projects_report",
    "ProjectsScript": "projects_script",
    "ProjectsService": "projects_service",
    "ProjectsSubProject": "projects_sub_project",
    "ProjectsSurvey": "projects_survey",
    "ProjectsTable": "projects_table",
    "ProjectsTemplate": "projects_template",
    "ProjectSummary": "project_summary",
    "ProjectsWorkflow": "projects_workflow",
    "ProjectTablesItem": "project_tables_item",
    "PutAppsSlugInstancesIdArchiveBody": "put_apps_slug_instances_id_archive_body",
    "PutAppsSlugInstancesIdSharesGroupsBody": "put_apps_slug_instances_id_shares_groups_body",
    "PutAppsSlugInstancesIdSharesUsersBody": "put_apps_slug_instances_id_shares_users_body",
    "PutCodesIdBody": "put_codes_id_body",
    "PutCredentialsIdBody": "put_credentials_id_body",
    "PutModelsIdPredictionsBody": "put_models_id_predictions_body",
    "PutModelsIdPredictionsBodySchedule": "put_models_id_predictions_body_schedule",
    "PutModelsIdSchedulesBody": "put_models_id_schedules_body",
    "PutModelsIdSchedulesBodySchedule": "put_models_id_schedules_body_schedule",
    "PutPredictionsIdSchedulesBody": "put_predictions_id_schedules_body",
    "PutPredictionsIdSchedulesBodySchedule": "put_predictions_id_schedules_body_schedule",
    "PutReportsSolutionsIdSharesGroupsBody": "put_reports_solutions_id_shares_groups_body",
    "PutReportsSolutionsIdSharesUsersBody": "put_reports_solutions_id_shares_users_body",
    "PutResultsIdArchiveBody": "put_results_id_archive_body",
    "PutResultsIdSharesGroupsBody": "put_results_id_shares_groups_body",
    "PutResultsIdSharesUsersBody": "put_results_id_shares_users_body",
    "PutResultsSolutionsIdSharesGroupsBody": "put_results_solutions_id_shares_groups_body",
    "PutResultsSolutionsIdSharesUsersBody": "put_results_solutions_id_shares_users_body",
    "PutScriptsSqlIdBody": "put_scripts_sql_id_body",
    "PutScriptsSqlIdBodyArguments": "put_scripts_sql_id_body_arguments",
    "PutScriptsSqlIdBodyCsvSettings": "put_scripts_sql_id_body_csv_settings",
    "PutScriptsSqlIdBodyCsvSettingsColumnDelimiter": "put_scripts_sql_id_body_csv_settings_column_delimiter",
    "PutScriptsSqlIdBodyCsvSettingsCompression": "put_scripts_sql_id_body_csv_settings_compression",
    "PythonRun": "python_run",
    "PythonScript": "python_script",
    "PythonScriptArguments": "python_script_arguments",
    "PythonScriptCreateRequest": "python_script_create_request",
    "PythonScriptCreateRequestArguments": "python_script_create_request_arguments",
    "PythonScriptPatchRequest": "python_script_patch_request",
    "PythonScriptPatchRequestArguments": "python_script_patch_request_arguments",
    "PythonScriptUpdateRequest": "python_script_update_request",
    "PythonScriptUpdateRequestArguments": "python_script_update_request_arguments",
    "Query": "query",
    "QueryDetail": "query_detail",
    "QueryRun": "query_run",
    "QuerySummary": "query_summary",
    "Ratecard": "ratecard",
    "Record": "record",
    "RemoteHost": "remote_host",
    "RemoteHostSummary": "remote_host_summary",
    "Report": "report",
    "ReportAppState": "report_app_state",
    "ReportCreateCreateRequest": "report_create_create_request",
    "ReportCreateCreateRequestAppState": "report_create_create_request_app_state",
    "ReportDetail": "report_detail",
    "ReportDetailAppState": "report_detail_app_state",
    "ReportProject": "report_project",
    "ReportSummary": "report_summary",
    "ReportTemplate": "report_template",
    "ReportTemplateCreateRequest": "report_template_create_request",
    "ReportTemplatePatchRequest": "report_template_patch_request",
    "ReportTemplateSummary": "report_template_summary",
    "ReportTemplateUpdateRequest": "report_template_update_request",
    "ReportUpdatePatchRequest": "report_update_patch_request",
    "ReportUpdatePatchRequestAppState": "report_update_patch_request_app_state",
    "RRun": "r_run",
    "RScript": "r_script",
    "RScriptArguments": "r_script_arguments",
    "RScriptCreateRequest": "r_script_create_request",
    "RScriptCreateRequestArguments": "r_script_create_request_arguments",
    "RScriptPatchRequest": "r_script_patch_request",
    "RScriptPatchRequestArguments": "r_script_patch_request_arguments",
    "RScriptUpdateRequest": "r_script_update_request",
    "RScriptUpdateRequestArguments": "r_script_update_request_arguments",
    "Script": "script",
    "ScriptArguments": "script_arguments",
    "ScriptCloneParamsCreateRequest": "script_clone_params_create_request",
    "ScriptCreateCreateRequest": "script_create_create_request",
    "ScriptCreateCreateRequestArguments": "script_create_create_request_arguments",
    "ScriptDetail": "script_detail",
    "ScriptDetailArguments": "script_detail_arguments",
    "ScriptDetailExpandedArguments": "script_detail_expanded_arguments",
    "ScriptHistoryEntry": "script_history_entry",
    "ScriptLink": "script_link",
    "ScriptOutput": "script_output",
    "ScriptParam": "script_param",
    "ScriptParamAllowedValuesItem": "script_param_allowed_values_item",
    "ScriptParamCreateRequest": "script_param_create_request",
    "ScriptParamCreateRequestAllowedValuesItem": "script_param_create_request_allowed_values_item",
    "ScriptParamPatchRequest": "script_param_patch_request",
    "ScriptParamPatchRequestAllowedValuesItem": "script_param_patch_request_allowed_values_item",
    "ScriptProject": "script_project",
    "ScriptRequiredResources": "script_required_resources",
    "ScriptRequiredResourcesCreateRequest": "script_required_resources_create_request",
    "ScriptRequiredResourcesCustom": "script_required_resources_custom",
    "ScriptRequiredResourcesCustomCreateRequest": "script_required_resources_custom_create_request",
    "ScriptRequiredResourcesPatchRequest": "script_required_resources_patch_request",
    "ScriptSimpleAlias": "script_simple_alias",
    "ScriptSimpleScript": "script_simple_script",
    "ScriptSummary": "script_summary",
    "ScriptTemplate": "script_template",
    "ScriptTemplateCreateRequest": "script_template_create_request",
    "ScriptTemplatePatchRequest": "script_template_patch_request",
    "ScriptTemplateSummary": "script_template_summary",
    "ScriptTemplateUpdateRequest": "script_template_update_request",
    "ScriptType": "script_type",
    "SearchResult": "search_result",
    "SearchResults": "search_results",
    "SearchResultsAggregations": "search_results_aggregations",
    "SearchType": "search_type",
    "ShareGroupSummary": "share_group_summary",
    "ShareGroupsUpdateRequest10": "share_groups_update_request_10",
    "ShareGroupsUpdateRequest13": "share_groups_update_request_13",
    "ShareGroupsUpdateRequest14": "share_groups_update_request_14",
    "ShareGroupsUpdateRequest16": "share_groups_update_request_16",
    "ShareGroupsUpdateRequest17": "share_groups_update_request_17",
    "ShareGroupsUpdateRequest2": "share_groups_update_request_2",
    "ShareGroupsUpdateRequest20": "share_groups_update_request_20",
    "ShareGroupsUpdateRequest22": "share_groups_update_request_22",
    "ShareGroupsUpdateRequest26": "share_groups_update_request_26",
    "ShareGroupsUpdateRequest27": "share_groups_update_request_27",
    "ShareGroupsUpdateRequest28": "share_groups_update_request_28",
    "ShareGroupsUpdateRequest29": "share_groups_update_request_29",
    "ShareGroupsUpdateRequest31": "share_groups_update_request_31",
    "ShareGroupsUpdateRequest32": "share_groups_update_request_32",
    "ShareGroupsUpdateRequest35": "share_groups_update_request_35",
    "ShareGroupsUpdateRequest36": "share_groups_update_request_36",
    "ShareGroupsUpdateRequest37": "share_groups_update_request_37",
    "ShareGroupsUpdateRequest4": "share_groups_update_request_4",
    "ShareGroupsUpdateRequest7": "share_groups_update_request_7",
    "ShareGroupsUpdateRequest9": "share_groups_update_request_9",
    "ShareIndex": "share_index",
    "ShareUserSetSummary": "share_user_set_summary",
    "ShareUserSummary": "share_user_summary",
    "ShareUsersUpdateRequest10": "share_users_update_request_10",
    "ShareUsersUpdateRequest13": "share_users_update_request_13",
    "ShareUsersUpdateRequest14": "share_users_update_request_14",
    "ShareUsersUpdateRequest16": "share_users_update_request_16",
    "ShareUsersUpdateRequest17": "share_users_update_request_17",
    "ShareUsersUpdateRequest2": "share_users_update_request_2",
    "ShareUsersUpdateRequest20": "share_users_update_request_20",
    "ShareUsersUpdateRequest22": "share_users_update_request_22",
    "ShareUsersUpdateRequest26": "share_users_update_request_26",
    "ShareUsersUpdateRequest27": "share_users_update_request_27",
    "ShareUsersUpdateRequest28": "share_users_update_request_28",
    "ShareUsersUpdateRequest29": "share_users_update_request_29",
    "ShareUsersUpdateRequest31": "share_users_update_request_31",
    "ShareUsersUpdateRequest32": "share_users_update_request_32",
    "ShareUsersUpdateRequest35": "share_users_update_request_35",
    "ShareUsersUpdateRequest36": "share_users_update_request_36",
    "ShareUsersUpdateRequest37": "share_users_update_request_37",
    "ShareUsersUpdateRequest4": "share_users_update_request_4",
    "ShareUsersUpdateRequest7": "share_users_update_request_7",
    "ShareUsersUpdateRequest9": "share_users_update_request_9",
    "SpotOrder": "spot_order",
    "SpotOrderCreateRequest": "spot_order_create_request",
    "SpotOrderSummary": "spot_order_summary",
    "SpotOrderUpdateRequest": "spot_order_update_request",
    "SqlRun": "sql_run",
    "SqlScript": "sql_script",
    "SqlScriptArguments": "sql_script_arguments",
    "SqlScriptCsvSettings": "sql_script_csv_settings",
    "SqlScriptExpandedArguments": "sql_script_expanded_arguments",
    "Table": "table",
    "TableCassNcoaEnhancement": "table_cass_ncoa_enhancement",
    "TableColumn": "table_column",
    "TableColumnValueDistribution": "table_column_value_distribution",
    "TableColumnValueDistributionPercent": "table_column_value_distribution_percent",
    "TableCreateCassNcoaEnhancementCreateRequest": "table_create_cass_ncoa_enhancement_create_request",
    "TableEnhancement": "table_enhancement",
    "TableGeocodeEnhancement": "table_geocode_enhancement",
    "TableJoin": "table_join",
    "TableMatch": "table_match",
    "TableMatchJob": "table_match_job",
    "TableMatchOption": "table_match_option",
    "TableMatchTarget": "table_match_target",
    "TableOntologyMapping": "table_ontology_mapping",
    "TableSummary": "table_summary",
    "TemporaryCredential": "temporary_credential",
    "UserApiKey": "user_api_key",
    "UserApiKeyConstraint": "user_api_key_constraint",
    "UserDetail": "user_detail",
    "UserGroupRef": "user_group_ref",
    "UserMe": "user_me",
    "UserMeFeatureFlags": "user_me_feature_flags",
    "UserMePreferences": "user_me_preferences",
    "UserSimple": "user_simple",
    "UserSimpleUser": "user_simple_user",
    "UserSummary": "user_summary",
    "WhitelistedIp": "whitelisted_ip",
    "Workflow": "workflow",
    "WorkflowCloneParamsCreateRequest": "workflow_clone_params_create_request",
    "WorkflowExecution": "workflow_execution",
    "WorkflowExecutionInput": "workflow_execution_input",
    "WorkflowExecutionSummary": "workflow_execution_summary",
    "WorkflowNotifications": "workflow_notifications",
    "WorkflowNotificationsCreateRequest": "workflow_notifications_create_request",
    "WorkflowPatchRequest": "workflow_patch_request",
    "WorkflowSummary": "workflow_summary",
    "WorkflowTask": "workflow_task",
    "WorkflowTaskExecutionsItem": "workflow_task_executions_item",
    "WorkflowTaskRunsItem": "workflow_task_runs_item",
    "WorkflowUpdateRequest": "workflow_update_request",
}

__all__ = [
    "Announcement",
    "ApiKeyCreated",
    "ApiKeySummary",
    "App",
    "AppCurrentRelease",
    "AppCurrentReleaseResources",
    "AppFeatures",
    "AppInstance",
    "ArchiveUpdateRequest11",
    "ArchiveUpdateRequest12",
    "ArchiveUpdateRequest14",
    "ArchiveUpdateRequest15",
    "ArchiveUpdateRequest17",
    "ArchiveUpdateRequest18",
    "ArchiveUpdateRequest2",
    "ArchiveUpdateRequest21",
    "ArchiveUpdateRequest22",
    "ArchiveUpdateRequest23",
    "ArchiveUpdateRequest24",
    "ArchiveUpdateRequest26",
    "ArchiveUpdateRequest27",
    "ArchiveUpdateRequest30",
    "ArchiveUpdateRequest7",
    "CancelResponse",
    "CassNcoaEnhancement",
    "CassNcoaEnhancementPatchRequest",
    "CassNcoaEnhancementSource",
    "CassNcoaEnhancementSourceDatabaseTable",
    "CassNcoaEnhancementUpdateRequest",
    "CassNcoaRun",
    "ClusterPartition",
    "Code",
    "CodeSummary",
    "ContainerRun",
    "ContainerScript",
    "ContainerScriptArguments",
    "ContainerScriptCreateRequest",
    "ContainerScriptCreateRequestArguments",
    "ContainerScriptPatchRequest",
    "ContainerScriptPatchRequestArguments",
    "ContainerScriptUpdateRequest",
    "ContainerScriptUpdateRequestArguments",
    "Credential",
    "CustomRun",
    "CustomScript",
    "CustomScriptArguments",
    "CustomScriptCreateRequest",
    "CustomScriptCreateRequestArguments",
    "CustomScriptSummary",
    "CustomScriptUpdateRequest",
    "CustomScriptUpdateRequestArguments",
    "Database",
    "DatabaseSchema",
    "EnhancementCassNcoaColumns",
    "EnhancementCassNcoaColumnsCreateRequest",
    "EnhancementCassNcoaDBInputCreateRequest",
    "EnhancementCassNcoaDBOutput",
    "EnhancementCassNcoaDBOutputCreateRequest",
    "EnhancementCassNcoaDestParams",
    "EnhancementCassNcoaDestParamsCreateRequest",
    "EnhancementCassNcoaSourceParamsCreateRequest",
    "EnhancementSummary",
    "EnhancementType",
    "Error",
    "ExportSummary",
    "FileDetail",
    "FileMultipartUpload",
    "FileUpload",
    "FileUploadUploadFields",
    "GetAnnouncementsOrderDir",
    "GetAppsSlugInstancesOrderDir",
    "GetClustersKubernetesOrderDir",
    "GetCredentialsOrderDir",
    "GetEndpointsResponse200",
    "GetEnhancementsOrderDir",
    "GetExportsOrderDir",
    "GetGroupsOrderDir",
    "GetImportsOrderDir",
    "GetJobsOrderDir",
    "GetMediaOptimizationsOrderDir",
    "GetModelsOrderDir",
    "GetNotebooksOrderDir",
    "GetProjectsOrderDir",
    "GetQueriesIdRunsOrderDir",
    "GetQueriesOrderDir",
    "GetReportsOrderDir",
    "GetResultsOrderDir",
    "GetScriptsOrderDir",
    "GetScriptsSqlIdRunsOrderDir",
    "GetScriptsSqlIdRunsRunIdOutputsOrderDir",
    "GetTablesIdColumnsOrderDir",
    "GetTablesOrderDir",
    "GetTemplatesReportsOrderDir",
    "GetTemplatesScriptsOrderDir",
    "GetUsersIdApiKeysOrderDir",
    "GetUsersOrderDir",
    "GetWorkflowsIdExecutionsOrderDir",
    "GetWorkflowsOrderDir",
    "GroupSummary",
    "Import",
    "ImportAdvancedSyncOptions",
    "ImportAdvancedSyncOptionsColumnOverrides",
    "ImportAdvancedSyncOptionsCreateRequest",
    "ImportAdvancedSyncOptionsCreateRequestColumnOverrides",
    "ImportBatchImport",
    "ImportBatchImportCreateRequest",
    "ImportBatchImportSummary",
    "ImportColumnOverride",
    "ImportColumnOverrideCreateRequest",
    "ImportDatabaseTable",
    "ImportDatabaseTableCreateRequest",
    "ImportDataSource",
    "ImportDataSourceCreateRequest",
    "ImportFile",
    "ImportFileCreateRequest",
    "ImportFileUploadCreateRequest",
    "ImportFileUploadResponse",
    "ImportFileUploadResponseUploadFields",
    "ImportGoogleWorksheet",
    "ImportGoogleWorksheetCreateRequest",
    "ImportRun",
    "ImportRunCreated",
    "ImportSummary",
    "ImportSync",
    "ImportSyncCreateRequest",
    "ImportSyncDestination",
    "ImportSyncDestinationCreateRequest",
    "ImportSyncRelationUpdateRequest",
    "ImportSyncRelationWithDataUpdateRequest",
    "ImportSyncSource",
    "ImportSyncSourceCreateRequest",
    "ImportUpdateRequest",
    "InlineTableTag",
    "JavascriptRun",
    "JavascriptScript",
    "JavascriptScriptArguments",
    "JavascriptScriptCreateRequest",
    "JavascriptScriptCreateRequestArguments",
    "JavascriptScriptPatchRequest",
    "JavascriptScriptPatchRequestArguments",
    "JavascriptScriptUpdateRequest",
    "JavascriptScriptUpdateRequestArguments",
    "Job",
    "JobCancelResponse3",
    "JobCancelResponse7",
    "JobNode",
    "JobNodeChildrenItem",
    "JobNotifications",
    "JobNotificationsCreateRequest",
    "JobOutput",
    "JobOutput2",
    "JobOutput3",
    "JobOutput5",
    "JobOutput6",
    "JobOutputCreateRequest",
    "JobOutputCreateRequest2",
    "JobOutputCreateRequest3",
    "JobOutputCreateRequest5",
    "JobOutputCreateRequest6",
    "JobOutputSummary2",
    "JobRun",
    "JobSchedule",
    "JobScheduleCreateRequest",
    "JobScheduleInput",
    "JobSummary",
    "JobTriggerEmail",
    "KubeCluster",
    "LogEntry",
    "LogRunLogResponseSummary",
    "MatchTarget",
    "MediaDmaDmaSummary",
    "MediaOptimizationConstraint",
    "MediaOptimizationConstraintCreateRequest",
    "MediaOptimizationConstraintPatchRequest",
    "MediaOptimizationMediaRun",
    "MediaOptimizationMediaRunCreateRequest",
    "MediaOptimizationMediaRunPatchRequest",
    "MediaOptimizationOptimization",
    "MediaOptimizationOptimizationCreateRequest",
    "MediaOptimizationOptimizationCreateRequestTimeSlotPercentages",
    "MediaOptimizationOptimizationPatchRequest",
    "MediaOptimizationOptimizationPatchRequestTimeSlotPercentages",
    "MediaOptimizationOptimizationTimeSlotPercentages",
    "MediaTargetTargetSummary",
    "Model",
    "ModelingBuildDetail",
    "ModelingBuildModelDetail",
    "ModelingBuildModelDetailCrossValidationParameters",
    "ModelingBuildModelSchedule",
    "ModelingBuildSummary",
    "ModelingModelTypeSummary",
    "ModelingPredictionView",
    "ModelSummary",
    "Notebook",
    "NotebookDeployment",
    "NotebookDeploymentCreateRequest",
    "NotebookDeploymentSummary",
    "NotebookEnvironmentVariables",
    "NotebookSummary",
    "NotebookUpdateRequest",
    "NotebookUpdateRequestEnvironmentVariables",
    "NotebookUrls",
    "OntologyItem",
    "Optimization",
    "OptimizationRun",
    "OptimizationSummary",
    "PatchAppsSlugInstancesIdBody",
    "PatchCodesIdBody",
    "PatchModelsIdBody",
    "PatchModelsIdBodyCrossValidationParameters",
    "PatchModelsIdBodyNotifications",
    "PatchModelsIdBodySchedule",
    "PatchPredictionsIdBody",
    "PatchReportsIdSnapshotsBody",
    "PatchReportsIdSnapshotsBodySchedule",
    "PatchResultsIdBody",
    "PatchResultsIdBodyAppState",
    "PatchResultsIdSnapshotsBody",
    "PatchScriptsIdBody",
    "PatchScriptsSqlIdBody",
    "PatchScriptsSqlIdBodyArguments",
    "PatchScriptsSqlIdBodyCsvSettings",
    "PatchScriptsSqlIdBodyCsvSettingsColumnDelimiter",
    "PatchScriptsSqlIdBodyCsvSettingsCompression",
    "PatchTablesIdBody",
    "PatchTablesIdBodyOntologyMapping",
    "PatchUsersMeBody",
    "PatchUsersMeBodyPreferences",
    "PostAppsSlugInstancesBody",
    "PostCodesBody",
    "PostCredentialsAuthenticateBody",
    "PostCredentialsBody",
    "PostCredentialsIdTemporaryBody",
    "PostDatabasesIdWhitelistIpsBody",
    "PostEnhancementsCassNcoaBody",
    "PostEnhancementsCassNcoaBodyDestination",
    "PostEnhancementsCassNcoaBodyDestinationDatabaseTable",
    "PostEnhancementsCassNcoaBodySource",
    "PostEnhancementsCassNcoaBodySourceDatabaseTable",
    "PostFilesBody",
    "PostFilesMultipartBody",
    "PostImportsBody",
    "PostImportsBodyDestination",
    "PostImportsBodySource",
    "PostModelsBody",
    "PostModelsBodyCrossValidationParameters",
    "PostModelsBodyNotifications",
    "PostModelsBodySchedule",
    "PostNotebooksBody",
    "PostNotebooksBodyEnvironmentVariables",
    "PostNotebooksBodyLanguage",
    "PostProjectsBody",
    "PostQueriesBody",
    "PostQueriesBodyColumnDelimiter",
    "PostQueriesBodyCompression",
    "PostRemoteHostsBody",
    "PostReportsIdSnapshotsBody",
    "PostReportsIdSnapshotsBodySchedule",
    "PostResultsBody",
    "PostResultsBodyAppState",
    "PostResultsIdSnapshotsBody",
    "PostScriptsSqlBody",
    "PostScriptsSqlBodyArguments",
    "PostScriptsSqlBodyCsvSettings",
    "PostScriptsSqlBodyCsvSettingsColumnDelimiter",
    "PostScriptsSqlBodyCsvSettingsCompression",
    "PostScriptsSqlIdCloneBody",
    "PostTablesBody",
    "PostTablesSourceTableIdEnhancementsPreparedMatchingsBody",
    "PostTablesSourceTableIdEnhancementsTableMatchingsBody",
    "PostUsersIdApiKeysBody",
    "PostUsersIdApiKeysBodyConstraintsItem",
    "PostWorkflowsBody",
    "PostWorkflowsIdExecutionsBody",
    "PostWorkflowsIdExecutionsBodyInput",
    "PostWorkflowsIdExecutionsExecutionIdRetryBody",
    "Prediction",
    "PredictionSchedule",
    "PredictionSummary",
    "Project",
    "ProjectFilesItem",
    "ProjectRef",
    "ProjectScriptsItem",
    "ProjectsEnhancement",
    "ProjectsFile",
    "ProjectsImportOrExport",
    "ProjectsLatestStatus",
    "ProjectsModel",
    "ProjectsNotebook",
    "ProjectsParentProject",
    "ProjectsProject",
    "ProjectsProjectObject",
    "ProjectsProjectSummary",
    "ProjectsProjectUpdateUpdateRequest",
    "ProjectsReport",
    "ProjectsScript",
    "ProjectsService",
    "ProjectsSubProject",
    "ProjectsSurvey",
    "ProjectsTable",
    "ProjectsTemplate",
    "ProjectSummary",
    "ProjectsWorkflow",
    "ProjectTablesItem",
    "PutAppsSlugInstancesIdArchiveBody",
    "PutAppsSlugInstancesIdSharesGroupsBody",
    "PutAppsSlugInstancesIdSharesUsersBody",
    "PutCodesIdBody",
    "PutCredentialsIdBody",
    "PutModelsIdPredictionsBody",
    "PutModelsIdPredictionsBodySchedule",
    "PutModelsIdSchedulesBody",
    "PutModelsIdSchedulesBodySchedule",
    "PutPredictionsIdSchedulesBody",
    "PutPredictionsIdSchedulesBodySchedule",
    "PutReportsSolutionsIdSharesGroupsBody",
    "PutReportsSolutionsIdSharesUsersBody",
    "PutResultsIdArchiveBody",
    "PutResultsIdSharesGroupsBody",
    "PutResultsIdSharesUsersBody",
    "PutResultsSolutionsIdSharesGroupsBody",
    "PutResultsSolutionsIdSharesUsersBody",
    "PutScriptsSqlIdBody",
    "PutScriptsSqlIdBodyArguments",
    "PutScriptsSqlIdBodyCsvSettings",
    "PutScriptsSqlIdBodyCsvSettingsColumnDelimiter",
    "PutScriptsSqlIdBodyCsvSettingsCompression",
    "PythonRun",
    "PythonScript",
    "PythonScriptArguments",
    "PythonScriptCreateRequest",
    "PythonScriptCreateRequestArguments",
    "PythonScriptPatchRequest",
    "PythonScriptPatchRequestArguments",
    "PythonScriptUpdateRequest",
    "PythonScriptUpdateRequestArguments",
    "Query",
    "QueryDetail",
    "QueryRun",
    "QuerySummary",
    "Ratecard",
    "Record",
    "RemoteHost",
    "RemoteHostSummary",
    "Report",
    "ReportAppState",
    "ReportCreateCreateRequest",
    "ReportCreateCreateRequestAppState",
    "ReportDetail",
    "ReportDetailAppState",
    "ReportProject",
    "ReportSummary",
    "ReportTemplate",
    "ReportTemplateCreateRequest",
    "ReportTemplatePatchRequest",
    "ReportTemplateSummary",
    "ReportTemplateUpdateRequest",
    "ReportUpdatePatchRequest",
    "ReportUpdatePatchRequestAppState",
    "RRun",
    "RScript",
    "RScriptArguments",
    "RScriptCreateRequest",
    "RScriptCreateRequestArguments",
    "RScriptPatchRequest",
    "RScriptPatchRequestArguments",
    "RScriptUpdateRequest",
    "RScriptUpdateRequestArguments",
    "Script",
    "ScriptArguments",
    "ScriptCloneParamsCreateRequest",
    "ScriptCreateCreateRequest",
    "ScriptCreateCreateRequestArguments",
    "ScriptDetail",
    "ScriptDetailArguments",
    "ScriptDetailExpandedArguments",
    "ScriptHistoryEntry",
    "ScriptLink",
    "ScriptOutput",
    "ScriptParam",
    "ScriptParamAllowedValuesItem",
    "ScriptParamCreateRequest",
    "ScriptParamCreateRequestAllowedValuesItem",
    "ScriptParamPatchRequest",
    "ScriptParamPatchRequestAllowedValuesItem",
    "ScriptProject",
    "ScriptRequiredResources",
    "ScriptRequiredResourcesCreateRequest",
    "ScriptRequiredResourcesCustom",
    "ScriptRequiredResourcesCustomCreateRequest",
    "ScriptRequiredResourcesPatchRequest",
    "ScriptSimpleAlias",
    "ScriptSimpleScript",
    "ScriptSummary",
    "ScriptTemplate",
    "ScriptTemplateCreateRequest",
    "ScriptTemplatePatchRequest",
    "ScriptTemplateSummary",
    "ScriptTemplateUpdateRequest",
    "ScriptType",
    "SearchResult",
    "SearchResults",
    "SearchResultsAggregations",
    "SearchType",
    "ShareGroupSummary",
    "ShareGroupsUpdateRequest10",
    "ShareGroupsUpdateRequest13",
    "ShareGroupsUpdateRequest14",
    "ShareGroupsUpdateRequest16",
    "ShareGroupsUpdateRequest17",
    "ShareGroupsUpdateRequest2",
    "ShareGroupsUpdateRequest20",
    "ShareGroupsUpdateRequest22",
    "ShareGroupsUpdateRequest26",
    "ShareGroupsUpdateRequest27",
    "ShareGroupsUpdateRequest28",
    "ShareGroupsUpdateRequest29",
    "ShareGroupsUpdateRequest31",
    "ShareGroupsUpdateRequest32",
    "ShareGroupsUpdateRequest35",
    "ShareGroupsUpdateRequest36",
    "ShareGroupsUpdateRequest37",
    "ShareGroupsUpdateRequest4",
    "ShareGroupsUpdateRequest7",
    "ShareGroupsUpdateRequest9",
    "ShareIndex",
    "ShareUserSetSummary",
    "ShareUserSummary",
    "ShareUsersUpdateRequest10",
    "ShareUsersUpdateRequest13",
    "ShareUsersUpdateRequest14",
    "ShareUsersUpdateRequest16",
    "ShareUsersUpdateRequest17",
    "ShareUsersUpdateRequest2",
    "ShareUsersUpdateRequest20",
    "ShareUsersUpdateRequest22",
    "ShareUsersUpdateRequest26",
    "ShareUsersUpdateRequest27",
    "ShareUsersUpdateRequest28",
    "ShareUsersUpdateRequest29",
    "ShareUsersUpdateRequest31",
    "ShareUsersUpdateRequest32",
    "ShareUsersUpdateRequest35",
    "ShareUsersUpdateRequest36",
    "ShareUsersUpdateRequest37",
    "ShareUsersUpdateRequest4",
    "ShareUsersUpdateRequest7",
    "ShareUsersUpdateRequest9",
    "SpotOrder",
    "SpotOrderCreateRequest",
    "SpotOrderSummary",
    "SpotOrderUpdateRequest",
    "SqlRun",
    "SqlScript",
    "SqlScriptArguments",
    "SqlScriptCsvSettings",
    "SqlScriptExpandedArguments",
    "Table",
    "TableCassNcoaEnhancement",
    "TableColumn",
    "TableColumnValueDistribution",
    "TableColumnValueDistributionPercent",
    "TableCreateCassNcoaEnhancementCreateRequest",
    "TableEnhancement",
    "TableGeocodeEnhancement",
    "TableJoin",
    "TableMatch",
    "TableMatchJob",
    "TableMatchOption",
    "TableMatchTarget",
    "TableOntologyMapping",
    "TableSummary",
    "TemporaryCredential",
    "UserApiKey",
    "UserApiKeyConstraint",
    "UserDetail",
    "UserGroupRef",
    "UserMe",
    "UserMeFeatureFlags",
    "UserMePreferences",
    "UserSimple",
    "UserSimpleUser",
    "UserSummary",
    "WhitelistedIp",
    "Workflow",
    "WorkflowCloneParamsCreateRequest",
    "WorkflowExecution",
    "WorkflowExecutionInput",
    "WorkflowExecutionSummary",
    "WorkflowNotifications",
    "WorkflowNotificationsCreateRequest",
    "WorkflowPatchRequest",
    "WorkflowSummary",
    "WorkflowTask",
    "WorkflowTaskExecutionsItem",
    "WorkflowTaskRunsItem",
    "WorkflowUpdateRequest",
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
