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
    from .cancel_response import CancelResponse
    from .cass_ncoa_enhancement import CassNcoaEnhancement
    from .cass_ncoa_enhancement_source import CassNcoaEnhancementSource
    from .cass_ncoa_enhancement_source_database_table import CassNcoaEnhancementSourceDatabaseTable
    from .cass_ncoa_run import CassNcoaRun
    from .cluster_partition import ClusterPartition
    from .code import Code
    from .code_summary import CodeSummary
    from .credential import Credential
    from .database import Database
    from .database_schema import DatabaseSchema
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
    from .import_data_source import ImportDataSource
    from .import_run_created import ImportRunCreated
    from .import_summary import ImportSummary
    from .job import Job
    from .job_node import JobNode
    from .job_node_children_item import JobNodeChildrenItem
    from .job_notifications import JobNotifications
    from .job_output import JobOutput
    from .job_run import JobRun
    from .job_schedule import JobSchedule
    from .job_schedule_input import JobScheduleInput
    from .job_summary import JobSummary
    from .kube_cluster import KubeCluster
    from .log_entry import LogEntry
    from .match_target import MatchTarget
    from .model import Model
    from .model_summary import ModelSummary
    from .notebook import Notebook
    from .notebook_environment_variables import NotebookEnvironmentVariables
    from .notebook_summary import NotebookSummary
    from .ontology_item import OntologyItem
    from .optimization import Optimization
    from .optimization_summary import OptimizationSummary
    from .patch_codes_id_body import PatchCodesIdBody
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
    from .post_notebooks_body import PostNotebooksBody
    from .post_notebooks_body_environment_variables import PostNotebooksBodyEnvironmentVariables
    from .post_notebooks_body_language import PostNotebooksBodyLanguage
    from .post_projects_body import PostProjectsBody
    from .post_queries_body import PostQueriesBody
    from .post_queries_body_column_delimiter import PostQueriesBodyColumnDelimiter
    from .post_queries_body_compression import PostQueriesBodyCompression
    from .post_remote_hosts_body import PostRemoteHostsBody
    from .post_scripts_sql_body import PostScriptsSqlBody
    from .post_scripts_sql_body_arguments import PostScriptsSqlBodyArguments
    from .post_scripts_sql_body_csv_settings import PostScriptsSqlBodyCsvSettings
    from .post_scripts_sql_body_csv_settings_column_delimiter import PostScriptsSqlBodyCsvSettingsColumnDelimiter
    from .post_scripts_sql_body_csv_settings_compression import PostScriptsSqlBodyCsvSettingsCompression
    from .post_scripts_sql_id_clone_body import PostScriptsSqlIdCloneBody
    from .post_users_id_api_keys_body import PostUsersIdApiKeysBody
    from .post_users_id_api_keys_body_constraints_item import PostUsersIdApiKeysBodyConstraintsItem
    from .post_workflows_body import PostWorkflowsBody
    from .post_workflows_id_executions_body import PostWorkflowsIdExecutionsBody
    from .post_workflows_id_executions_body_input import PostWorkflowsIdExecutionsBodyInput
    from .post_workflows_id_executions_execution_id_retry_body import PostWorkflowsIdExecutionsExecutionIdRetryBody
    from .prediction import Prediction
    from .prediction_summary import PredictionSummary
    from .project import Project
    from .project_files_item import ProjectFilesItem
    from .project_ref import ProjectRef
    from .project_scripts_item import ProjectScriptsItem
    from .project_summary import ProjectSummary
    from .project_tables_item import ProjectTablesItem
    from .put_codes_id_body import PutCodesIdBody
    from .put_credentials_id_body import PutCredentialsIdBody
    from .put_scripts_sql_id_body import PutScriptsSqlIdBody
    from .put_scripts_sql_id_body_arguments import PutScriptsSqlIdBodyArguments
    from .put_scripts_sql_id_body_csv_settings import PutScriptsSqlIdBodyCsvSettings
    from .put_scripts_sql_id_body_csv_settings_column_delimiter import PutScriptsSqlIdBodyCsvSettingsColumnDelimiter
    from .put_scripts_sql_id_body_csv_settings_compression import PutScriptsSqlIdBodyCsvSettingsCompression
    from .query import Query
    from .query_run import QueryRun
    from .query_summary import QuerySummary
    from .remote_host import RemoteHost
    from .remote_host_summary import RemoteHostSummary
    from .report import Report
    from .report_app_state import ReportAppState
    from .report_summary import ReportSummary
    from .report_template_summary import ReportTemplateSummary
    from .script_detail import ScriptDetail
    from .script_detail_arguments import ScriptDetailArguments
    from .script_detail_expanded_arguments import ScriptDetailExpandedArguments
    from .script_history_entry import ScriptHistoryEntry
    from .script_output import ScriptOutput
    from .script_param import ScriptParam
    from .script_param_allowed_values_item import ScriptParamAllowedValuesItem
    from .script_summary import ScriptSummary
    from .script_template import ScriptTemplate
    from .script_template_summary import ScriptTemplateSummary
    from .script_type import ScriptType
    from .search_result import SearchResult
    from .search_results import SearchResults
    from .search_results_aggregations import SearchResultsAggregations
    from .search_type import SearchType
    from .sql_run import SqlRun
    from .sql_script import SqlScript
    from .sql_script_arguments import SqlScriptArguments
    from .sql_script_csv_settings import SqlScriptCsvSettings
    from .sql_script_expanded_arguments import SqlScriptExpandedArguments
    from .table import Table
    from .table_column import TableColumn
    from .table_ontology_mapping import TableOntologyMapping
    from .table_summary import TableSummary
    from .temporary_credential import TemporaryCredential
    from .user_detail import UserDetail
    from .user_group_ref import UserGroupRef
    from .user_me import UserMe
    from .user_me_feature_flags import UserMeFeatureFlags
    from .user_me_preferences import UserMePreferences
    from .user_simple import UserSimple
    from .user_summary import UserSummary
    from .whitelisted_ip import WhitelistedIp
    from .workflow import Workflow
    from .workflow_execution import WorkflowExecution
    from .workflow_execution_input import WorkflowExecutionInput
    from .workflow_execution_summary import WorkflowExecutionSummary
    from .workflow_summary import WorkflowSummary
    from .workflow_task import WorkflowTask
    from .workflow_task_executions_item import WorkflowTaskExecutionsItem
    from .workflow_task_runs_item import WorkflowTaskRunsItem

_MODULES: dict[str, str] = {
    "Announcement": "announcement",
    "ApiKeyCreated": "api_key_created",
    "ApiKeySummary": "api_key_summary",
    "App": "app",
    "AppCurrentRelease": "app_current_release",
    "AppCurrentReleaseResources": "app_current_release_resources",
    "AppFeatures": "app_features",
    "AppInstance": "app_instance",
    "CancelResponse": "cancel_response",
    "CassNcoaEnhancement": "cass_ncoa_enhancement",
    "CassNcoaEnhancementSource": "cass_ncoa_enhancement_source",
    "CassNcoaEnhancementSourceDatabaseTable": "cass_ncoa_enhancement_source_database_table",
    "CassNcoaRun": "cass_ncoa_run",
    "ClusterPartition": "cluster_partition",
    "Code": "code",
    "CodeSummary": "code_summary",
    "Credential": "credential",
    "Database": "database",
    "DatabaseSchema": "database_schema",
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
    "ImportDataSource": "import_data_source",
    "ImportRunCreated": "import_run_created",
    "ImportSummary": "import_summary",
    "Job": "job",
    "JobNode": "job_node",
    "JobNodeChildrenItem": "job_node_children_item",
    "JobNotifications": "job_notifications",
    "JobOutput": "job_output",
    "JobRun": "job_run",
    "JobSchedule": "job_schedule",
    "JobScheduleInput": "job_schedule_input",
    "JobSummary": "job_summary",
    "KubeCluster": "kube_cluster",
    "LogEntry": "log_entry",
    "MatchTarget": "match_target",
    "Model": "model",
    "ModelSummary": "model_summary",
    "Notebook": "notebook",
    "NotebookEnvironmentVariables": "notebook_environment_variables",
    "NotebookSummary": "notebook_summary",
    "OntologyItem": "ontology_item",
    "Optimization": "optimization",
    "OptimizationSummary": "optimization_summary",
    "PatchCodesIdBody": "patch_codes_id_body",
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
    "PostNotebooksBody": "post_notebooks_body",
    "PostNotebooksBodyEnvironmentVariables": "post_notebooks_body_environment_variables",
    "PostNotebooksBodyLanguage": "post_notebooks_body_language",
    "PostProjectsBody": "post_projects_body",
    "PostQueriesBody": "post_queries_body",
    "PostQueriesBodyColumnDelimiter": "post_queries_body_column_delimiter",
    "PostQueriesBodyCompression": "post_queries_body_compression",
    "PostRemoteHostsBody": "post_remote_hosts_body",
    "PostScriptsSqlBody": "post_scripts_sql_body",
    "PostScriptsSqlBodyArguments": "post_scripts_sql_body_arguments",
    "PostScriptsSqlBodyCsvSettings": "post_scripts_sql_body_csv_settings",
    "PostScriptsSqlBodyCsvSettingsColumnDelimiter": "post_scripts_sql_body_csv_settings_column_delimiter",
    "PostScriptsSqlBodyCsvSettingsCompression": "post_scripts_sql_body_csv_settings_compression",
    "PostScriptsSqlIdCloneBody": "post_scripts_sql_id_clone_body",
    "PostUsersIdApiKeysBody": "post_users_id_api_keys_body",
    "PostUsersIdApiKeysBodyConstraintsItem": "post_users_id_api_keys_body_constraints_item",
    "PostWorkflowsBody": "post_workflows_body",
    "PostWorkflowsIdExecutionsBody": "post_workflows_id_executions_body",
    "PostWorkflowsIdExecutionsBodyInput": "post_workflows_id_executions_body_input",
    "PostWorkflowsIdExecutionsExecutionIdRetryBody": "post_workflows_id_executions_execution_id_retry_body",
    "Prediction": "prediction",
    "PredictionSummary": "prediction_summary",
    "Project": "project",
    "ProjectFilesItem": "project_files_item",
    "ProjectRef": "project_ref",
    "ProjectScriptsItem": "project_scripts_item",
    "ProjectSummary": "project_summary",
    "ProjectTablesItem": "project_tables_item",
    "PutCodesIdBody": "put_codes_id_body",
    "PutCredentialsIdBody": "put_credentials_id_body",
    "PutScriptsSqlIdBody": "put_scripts_sql_id_body",
    "PutScriptsSqlIdBodyArguments": "put_scripts_sql_id_body_arguments",
    "PutScriptsSqlIdBodyCsvSettings": "put_scripts_sql_id_body_csv_settings",
    "PutScriptsSqlIdBodyCsvSettingsColumnDelimiter": "put_scripts_sql_id_body_csv_settings_column_delimiter",
    "PutScriptsSqlIdBodyCsvSettingsCompression": "put_scripts_sql_id_body_csv_settings_compression",
    "Query": "query",
    "QueryRun": "query_run",
    "QuerySummary": "query_summary",
    "RemoteHost": "remote_host",
    "RemoteHostSummary": "remote_host_summary",
    "Report": "report",
    "ReportAppState": "report_app_state",
    "ReportSummary": "report_summary",
    "ReportTemplateSummary": "report_template_summary",
    "ScriptDetail": "script_detail",
    "ScriptDetailArguments": "script_detail_arguments",
    "ScriptDetailExpandedArguments": "script_detail_expanded_arguments",
    "ScriptHistoryEntry": "script_history_entry",
    "ScriptOutput": "script_output",
    "ScriptParam": "script_param",
    "ScriptParamAllowedValuesItem": "script_param_allowed_values_item",
    "ScriptSummary": "script_summary",
    "ScriptTemplate": "script_template",
    "ScriptTemplateSummary": "script_template_summary",
    "ScriptType": "script_type",
    "SearchResult": "search_result",
    "SearchResults": "search_results",
    "SearchResultsAggregations": "search_results_aggregations",
    "SearchType": "search_type",
    "SqlRun": "sql_run",
    "SqlScript": "sql_script",
    "SqlScriptArguments": "sql_script_arguments",
    "SqlScriptCsvSettings": "sql_script_csv_settings",
    "SqlScriptExpandedArguments": "sql_script_expanded_arguments",
    "Table": "table",
    "TableColumn": "table_column",
    "TableOntologyMapping": "table_ontology_mapping",
    "TableSummary": "table_summary",
    "TemporaryCredential": "temporary_credential",
    "UserDetail": "user_detail",
    "UserGroupRef": "user_group_ref",
    "UserMe": "user_me",
    "UserMeFeatureFlags": "user_me_feature_flags",
    "UserMePreferences": "user_me_preferences",
    "UserSimple": "user_simple",
    "UserSummary": "user_summary",
    "WhitelistedIp": "whitelisted_ip",
    "Workflow": "workflow",
    "WorkflowExecution": "workflow_execution",
    "WorkflowExecutionInput": "workflow_execution_input",
    "WorkflowExecutionSummary": "workflow_execution_summary",
    "WorkflowSummary": "workflow_summary",
    "WorkflowTask": "workflow_task",
    "WorkflowTaskExecutionsItem": "workflow_task_executions_item",
    "WorkflowTaskRunsItem": "workflow_task_runs_item",
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
    "CancelResponse",
    "CassNcoaEnhancement",
    "CassNcoaEnhancementSource",
    "CassNcoaEnhancementSourceDatabaseTable",
    "CassNcoaRun",
    "ClusterPartition",
    "Code",
    "CodeSummary",
    "Credential",
    "Database",
    "DatabaseSchema",
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
    "ImportDataSource",
    "ImportRunCreated",
    "ImportSummary",
    "Job",
    "JobNode",
    "JobNodeChildrenItem",
    "JobNotifications",
    "JobOutput",
    "JobRun",
    "JobSchedule",
    "JobScheduleInput",
    "JobSummary",
    "KubeCluster",
    "LogEntry",
    "MatchTarget",
    "Model",
    "ModelSummary",
    "Notebook",
    "NotebookEnvironmentVariables",
    "NotebookSummary",
    "OntologyItem",
    "Optimization",
    "OptimizationSummary",
    "PatchCodesIdBody",
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
    "PostNotebooksBody",
    "PostNotebooksBodyEnvironmentVariables",
    "PostNotebooksBodyLanguage",
    "PostProjectsBody",
    "PostQueriesBody",
    "PostQueriesBodyColumnDelimiter",
    "PostQueriesBodyCompression",
    "PostRemoteHostsBody",
    "PostScriptsSqlBody",
    "PostScriptsSqlBodyArguments",
    "PostScriptsSqlBodyCsvSettings",
    "PostScriptsSqlBodyCsvSettingsColumnDelimiter",
    "PostScriptsSqlBodyCsvSettingsCompression",
    "PostScriptsSqlIdCloneBody",
    "PostUsersIdApiKeysBody",
    "PostUsersIdApiKeysBodyConstraintsItem",
    "PostWorkflowsBody",
    "PostWorkflowsIdExecutionsBody",
    "PostWorkflowsIdExecutionsBodyInput",
    "PostWorkflowsIdExecutionsExecutionIdRetryBody",
    "Prediction",
    "PredictionSummary",
    "Project",
    "ProjectFilesItem",
    "ProjectRef",
    "ProjectScriptsItem",
    "ProjectSummary",
    "ProjectTablesItem",
    "PutCodesIdBody",
    "PutCredentialsIdBody",
    "PutScriptsSqlIdBody",
    "PutScriptsSqlIdBodyArguments",
    "PutScriptsSqlIdBodyCsvSettings",
    "PutScriptsSqlIdBodyCsvSettingsColumnDelimiter",
    "PutScriptsSqlIdBodyCsvSettingsCompression",
    "Query",
    "QueryRun",
    "QuerySummary",
    "RemoteHost",
    "RemoteHostSummary",
    "Report",
    "ReportAppState",
    "ReportSummary",
    "ReportTemplateSummary",
    "ScriptDetail",
    "ScriptDetailArguments",
    "ScriptDetailExpandedArguments",
    "ScriptHistoryEntry",
    "ScriptOutput",
    "ScriptParam",
    "ScriptParamAllowedValuesItem",
    "ScriptSummary",
    "ScriptTemplate",
    "ScriptTemplateSummary",
    "ScriptType",
    "SearchResult",
    "SearchResults",
    "SearchResultsAggregations",
    "SearchType",
    "SqlRun",
    "SqlScript",
    "SqlScriptArguments",
    "SqlScriptCsvSettings",
    "SqlScriptExpandedArguments",
    "Table",
    "TableColumn",
    "TableOntologyMapping",
    "TableSummary",
    "TemporaryCredential",
    "UserDetail",
    "UserGroupRef",
    "UserMe",
    "UserMeFeatureFlags",
    "UserMePreferences",
    "UserSimple",
    "UserSummary",
    "WhitelistedIp",
    "Workflow",
    "WorkflowExecution",
    "WorkflowExecutionInput",
    "WorkflowExecutionSummary",
    "WorkflowSummary",
    "WorkflowTask",
    "WorkflowTaskExecutionsItem",
    "WorkflowTaskRunsItem",
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
