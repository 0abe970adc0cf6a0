"""All data models of the API, importable from here; each model module loads on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accepted_empty import AcceptedEmpty
    from .account import Account
    from .account_roles_item import AccountRolesItem
    from .account_sort import AccountSort
    from .account_user_role import AccountUserRole
    from .account_user_role_role import AccountUserRoleRole
    from .account_user_roles_response import AccountUserRolesResponse
    from .accounts_response import AccountsResponse
    from .add_asset_params import AddAssetParams
    from .add_asset_params_data import AddAssetParamsData
    from .add_reviewers_to_share_params import AddReviewersToShareParams
    from .add_reviewers_to_share_params_data import AddReviewersToShareParamsData
    from .anchor import Anchor
    from .asset_common import AssetCommon
    from .asset_common_type import AssetCommonType
    from .asset_common_with_includes import AssetCommonWithIncludes
    from .asset_common_with_includes_type import AssetCommonWithIncludesType
    from .asset_include import AssetInclude
    from .asset_share_params import AssetShareParams
    from .asset_share_params_access import AssetShareParamsAccess
    from .asset_with_includes_unknown import AssetWithIncludesUnknown
    from .assets_with_includes_response import AssetsWithIncludesResponse
    from .boolean_value import BooleanValue
    from .bulk_update_metadata_params import BulkUpdateMetadataParams
    from .bulk_update_metadata_params_data import BulkUpdateMetadataParamsData
    from .bulk_update_metadata_params_data_values_item import BulkUpdateMetadataParamsDataValuesItem
    from .collection import Collection
    from .collection_aggregation_mode import CollectionAggregationMode
    from .collection_response import CollectionResponse
    from .collections_response import CollectionsResponse
    from .comment import Comment
    from .comment_attachment import CommentAttachment
    from .comment_include import CommentInclude
    from .comment_link import CommentLink
    from .comment_response import CommentResponse
    from .comment_sort import CommentSort
    from .comment_with_includes import CommentWithIncludes
    from .comment_with_includes_response import CommentWithIncludesResponse
    from .comments_with_includes_response import CommentsWithIncludesResponse
    from .create_comment_params import CreateCommentParams
    from .create_comment_params_data import CreateCommentParamsData
    from .create_field_definition_params import CreateFieldDefinitionParams
    from .create_field_definition_params_data_unknown import CreateFieldDefinitionParamsDataUnknown
    from .create_group_params import CreateGroupParams
    from .create_group_params_data import CreateGroupParamsData
    from .create_share_params import CreateShareParams
    from .create_share_params_data_unknown import CreateShareParamsDataUnknown
    from .creator_include import CreatorInclude
    from .date_definition import DateDefinition
    from .date_definition_field_configuration import DateDefinitionFieldConfiguration
    from .date_definition_field_configuration_display_format import DateDefinitionFieldConfigurationDisplayFormat
    from .date_definition_field_configuration_time_format import DateDefinitionFieldConfigurationTimeFormat
    from .date_definition_params import DateDefinitionParams
    from .date_definition_params_field_configuration import DateDefinitionParamsFieldConfiguration
    from .date_definition_params_field_configuration_display_format import (
        DateDefinitionParamsFieldConfigurationDisplayFormat,
    )
    from .date_definition_params_field_configuration_time_format import DateDefinitionParamsFieldConfigurationTimeFormat
    from .date_definition_with_includes import DateDefinitionWithIncludes
    from .date_value import DateValue
    from .error import Error
    from .error_source import ErrorSource
    from .errors_model import Errors
    from .field_definition_response import FieldDefinitionResponse
    from .field_definition_unknown import FieldDefinitionUnknown
    from .field_definition_with_includes_unknown import FieldDefinitionWithIncludesUnknown
    from .field_definitions_with_includes_response import FieldDefinitionsWithIncludesResponse
    from .field_value_common import FieldValueCommon
    from .field_value_common_field_type import FieldValueCommonFieldType
    from .file_copy_params import FileCopyParams
    from .file_copy_params_data import FileCopyParamsData
    from .file_copy_response import FileCopyResponse
    from .file_create_local_upload_params import FileCreateLocalUploadParams
    from .file_create_local_upload_params_data import FileCreateLocalUploadParamsData
    from .file_create_params import FileCreateParams
    from .file_create_params_data import FileCreateParamsData
    from .file_create_remote_upload_params import FileCreateRemoteUploadParams
    from .file_create_remote_upload_params_data import FileCreateRemoteUploadParamsData
    from .file_import_params import FileImportParams
    from .file_import_params_data import FileImportParamsData
    from .file_model import FileModel
    from .file_model_status import FileModelStatus
    from .file_move_params import FileMoveParams
    from .file_move_params_data import FileMoveParamsData
    from .file_remote_upload_response import FileRemoteUploadResponse
    from .file_remote_upload_response_links import FileRemoteUploadResponseLinks
    from .file_response import FileResponse
    from .file_sort import FileSort
    from .file_update_params import FileUpdateParams
    from .file_update_params_data import FileUpdateParamsData
    from .file_upload_status import FileUploadStatus
    from .file_upload_status_response import FileUploadStatusResponse
    from .file_with_includes import FileWithIncludes
    from .file_with_includes_response import FileWithIncludesResponse
    from .file_with_includes_status import FileWithIncludesStatus
    from .file_with_media_links_include import FileWithMediaLinksInclude
    from .file_with_upload_urls import FileWithUploadUrls
    from .file_with_upload_urls_response import FileWithUploadUrlsResponse
    from .files_copy_copy_comments import FilesCopyCopyComments
    from .folder import Folder
    from .folder_copy_params import FolderCopyParams
    from .folder_copy_params_data import FolderCopyParamsData
    from .folder_copy_response import FolderCopyResponse
    from .folder_create_params import FolderCreateParams
    from .folder_create_params_data import FolderCreateParamsData
    from .folder_move_params import FolderMoveParams
    from .folder_move_params_data import FolderMoveParamsData
    from .folder_response import FolderResponse
    from .folder_update_params import FolderUpdateParams
    from .folder_update_params_data import FolderUpdateParamsData
    from .folder_with_includes import FolderWithIncludes
    from .folder_with_includes_response import FolderWithIncludesResponse
    from .folders_with_includes_response import FoldersWithIncludesResponse
    from .group import Group
    from .group_response import GroupResponse
    from .group_sort import GroupSort
    from .group_source import GroupSource
    from .group_with_includes import GroupWithIncludes
    from .group_with_includes_response import GroupWithIncludesResponse
    from .group_with_includes_sync_status import GroupWithIncludesSyncStatus
    from .groups_with_includes_response import GroupsWithIncludesResponse
    from .integer_value import IntegerValue
    from .link_params import LinkParams
    from .links import Links
    from .long_text_definition import LongTextDefinition
    from .long_text_definition_field_configuration import LongTextDefinitionFieldConfiguration
    from .long_text_definition_params import LongTextDefinitionParams
    from .long_text_definition_with_includes import LongTextDefinitionWithIncludes
    from .media_link_common import MediaLinkCommon
    from .media_links_collection import MediaLinksCollection
    from .mention import Mention
    from .metadata_field_definitions_index_filters import MetadataFieldDefinitionsIndexFilters
    from .metadata_field_unknown import MetadataFieldUnknown
    from .metadata_response import MetadataResponse
    from .metadata_with_definition import MetadataWithDefinition
    from .multi_select_value import MultiSelectValue
    from .multi_user_value import MultiUserValue
    from .multi_user_value_field_type import MultiUserValueFieldType
    from .multi_user_value_member_options_type import MultiUserValueMemberOptionsType
    from .name_created_sort import NameCreatedSort
    from .number_definition import NumberDefinition
    from .number_definition_field_configuration import NumberDefinitionFieldConfiguration
    from .number_definition_field_configuration_number_format import NumberDefinitionFieldConfigurationNumberFormat
    from .number_definition_params import NumberDefinitionParams
    from .number_definition_params_field_configuration import NumberDefinitionParamsFieldConfiguration
    from .number_definition_params_field_configuration_number_format import (
        NumberDefinitionParamsFieldConfigurationNumberFormat,
    )
    from .number_definition_with_includes import NumberDefinitionWithIncludes
    from .number_value import NumberValue
    from .original_media_link import OriginalMediaLink
    from .owner_include import OwnerInclude
    from .profile import Profile
    from .profile_response import ProfileResponse
    from .project import Project
    from .project_params import ProjectParams
    from .project_params_data import ProjectParamsData
    from .project_response import ProjectResponse
    from .project_status import ProjectStatus
    from .project_update_params import ProjectUpdateParams
    from .project_update_params_data import ProjectUpdateParamsData
    from .project_update_params_data_status import ProjectUpdateParamsDataStatus
    from .project_with_includes import ProjectWithIncludes
    from .project_with_includes_response import ProjectWithIncludesResponse
    from .projects_with_includes_response import ProjectsWithIncludesResponse
    from .rating_definition import RatingDefinition
    from .rating_definition_field_configuration import RatingDefinitionFieldConfiguration
    from .rating_definition_field_configuration_style import RatingDefinitionFieldConfigurationStyle
    from .rating_definition_params import RatingDefinitionParams
    from .rating_definition_params_field_configuration import RatingDefinitionParamsFieldConfiguration
    from .rating_definition_params_field_configuration_style import RatingDefinitionParamsFieldConfigurationStyle
    from .rating_definition_with_includes import RatingDefinitionWithIncludes
    from .remove_reviewer_params import RemoveReviewerParams
    from .remove_reviewer_params_data import RemoveReviewerParamsData
    from .rendition_media_link import RenditionMediaLink
    from .reviewer_set import ReviewerSet
    from .reviewer_sort import ReviewerSort
    from .select_definition import SelectDefinition
    from .select_definition_field_configuration import SelectDefinitionFieldConfiguration
    from .select_definition_field_configuration_options_item import SelectDefinitionFieldConfigurationOptionsItem
    from .select_definition_params import SelectDefinitionParams
    from .select_definition_params_field_configuration import SelectDefinitionParamsFieldConfiguration
    from .select_definition_params_field_configuration_options_item import (
        SelectDefinitionParamsFieldConfigurationOptionsItem,
    )
    from .select_definition_with_includes import SelectDefinitionWithIncludes
    from .select_multi_definition import SelectMultiDefinition
    from .select_multi_definition_field_configuration import SelectMultiDefinitionFieldConfiguration
    from .select_multi_definition_field_configuration_options_item import (
        SelectMultiDefinitionFieldConfigurationOptionsItem,
    )
    from .select_multi_definition_params import SelectMultiDefinitionParams
    from .select_multi_definition_params_field_configuration import SelectMultiDefinitionParamsFieldConfiguration
    from .select_multi_definition_params_field_configuration_options_item import (
        SelectMultiDefinitionParamsFieldConfigurationOptionsItem,
    )
    from .select_multi_definition_with_includes import SelectMultiDefinitionWithIncludes
    from .select_option import SelectOption
    from .select_value import SelectValue
    from .share import Share
    from .share_access import ShareAccess
    from .share_asset_added_response import ShareAssetAddedResponse
    from .share_asset_added_response_data import ShareAssetAddedResponseData
    from .share_asset_removed_response import ShareAssetRemovedResponse
    from .share_asset_removed_response_data import ShareAssetRemovedResponseData
    from .share_response import ShareResponse
    from .share_reviewers_response import ShareReviewersResponse
    from .shares_response import SharesResponse
    from .single_user_value import SingleUserValue
    from .single_user_value_member_options_type import SingleUserValueMemberOptionsType
    from .text_definition import TextDefinition
    from .text_definition_field_configuration import TextDefinitionFieldConfiguration
    from .text_definition_params import TextDefinitionParams
    from .text_definition_with_includes import TextDefinitionWithIncludes
    from .text_value import TextValue
    from .text_value_field_type import TextValueFieldType
    from .toggle_definition import ToggleDefinition
    from .toggle_definition_field_configuration import ToggleDefinitionFieldConfiguration
    from .toggle_definition_params import ToggleDefinitionParams
    from .toggle_definition_params_field_configuration import ToggleDefinitionParamsFieldConfiguration
    from .toggle_definition_with_includes import ToggleDefinitionWithIncludes
    from .update_comment_params import UpdateCommentParams
    from .update_comment_params_data import UpdateCommentParamsData
    from .update_date_definition_params import UpdateDateDefinitionParams
    from .update_date_definition_params_field_configuration import UpdateDateDefinitionParamsFieldConfiguration
    from .update_date_definition_params_field_configuration_display_format import (
        UpdateDateDefinitionParamsFieldConfigurationDisplayFormat,
    )
    from .update_date_definition_params_field_configuration_time_format import (
        UpdateDateDefinitionParamsFieldConfigurationTimeFormat,
    )
    from .update_field_definition_params import UpdateFieldDefinitionParams
    from .update_field_definition_params_data_unknown import UpdateFieldDefinitionParamsDataUnknown
    from .update_group_params import UpdateGroupParams
    from .update_group_params_data import UpdateGroupParamsData
    from .update_long_text_definition_params import UpdateLongTextDefinitionParams
    from .update_number_definition_params import UpdateNumberDefinitionParams
    from .update_number_definition_params_field_configuration import UpdateNumberDefinitionParamsFieldConfiguration
    from .update_number_definition_params_field_configuration_number_format import (
        UpdateNumberDefinitionParamsFieldConfigurationNumberFormat,
    )
    from .update_rating_definition_params import UpdateRatingDefinitionParams
    from .update_rating_definition_params_field_configuration import UpdateRatingDefinitionParamsFieldConfiguration
    from .update_rating_definition_params_field_configuration_style import (
        UpdateRatingDefinitionParamsFieldConfigurationStyle,
    )
    from .update_select_definition_params import UpdateSelectDefinitionParams
    from .update_select_definition_params_field_configuration import UpdateSelectDefinitionParamsFieldConfiguration
    from .update_select_definition_params_field_configuration_options_item import (
        UpdateSelectDefinitionParamsFieldConfigurationOptionsItem,
    )
    from .update_select_multi_definition_params import UpdateSelectMultiDefinitionParams
    from .update_select_multi_definition_params_field_configuration import (
        UpdateSelectMultiDefinitionParamsFieldConfiguration,
    )
    from .update_select_multi_definition_params_field_configuration_options_item import (
        UpdateSelectMultiDefinitionParamsFieldConfigurationOptionsItem,
    )
    from .update_share_params import UpdateShareParams
    from .update_share_params_data import UpdateShareParamsData
    from .update_share_params_data_access import UpdateShareParamsDataAccess
    from .update_text_definition_params import UpdateTextDefinitionParams
    from .update_toggle_definition_params import UpdateToggleDefinitionParams
    from .update_toggle_definition_params_field_configuration import UpdateToggleDefinitionParamsFieldConfiguration
    from .update_user_multi_definition_params import UpdateUserMultiDefinitionParams
    from .update_user_multi_definition_params_field_configuration import (
        UpdateUserMultiDefinitionParamsFieldConfiguration,
    )
    from .update_user_multi_definition_params_field_configuration_custom_members_item import (
        UpdateUserMultiDefinitionParamsFieldConfigurationCustomMembersItem,
    )
    from .update_user_multi_definition_params_field_configuration_custom_members_item_type import (
        UpdateUserMultiDefinitionParamsFieldConfigurationCustomMembersItemType,
    )
    from .update_user_multi_definition_params_field_configuration_member_options_type import (
        UpdateUserMultiDefinitionParamsFieldConfigurationMemberOptionsType,
    )
    from .update_user_roles_params import UpdateUserRolesParams
    from .update_user_roles_params_data import UpdateUserRolesParamsData
    from .update_user_roles_params_data_role import UpdateUserRolesParamsDataRole
    from .update_user_roles_response import UpdateUserRolesResponse
    from .update_user_roles_response_data import UpdateUserRolesResponseData
    from .update_user_roles_response_data_role import UpdateUserRolesResponseDataRole
    from .update_user_single_definition_params import UpdateUserSingleDefinitionParams
    from .update_user_single_definition_params_field_configuration import (
        UpdateUserSingleDefinitionParamsFieldConfiguration,
    )
    from .update_user_single_definition_params_field_configuration_custom_members_item import (
        UpdateUserSingleDefinitionParamsFieldConfigurationCustomMembersItem,
    )
    from .update_user_single_definition_params_field_configuration_custom_members_item_type import (
        UpdateUserSingleDefinitionParamsFieldConfigurationCustomMembersItemType,
    )
    from .update_user_single_definition_params_field_configuration_member_options_type import (
        UpdateUserSingleDefinitionParamsFieldConfigurationMemberOptionsType,
    )
    from .update_workspace_role_params import UpdateWorkspaceRoleParams
    from .update_workspace_role_params_data import UpdateWorkspaceRoleParamsData
    from .update_workspace_role_response import UpdateWorkspaceRoleResponse
    from .update_workspace_role_response_data import UpdateWorkspaceRoleResponseData
    from .upload_url import UploadUrl
    from .user import User
    from .user_multi_definition import UserMultiDefinition
    from .user_multi_definition_field_configuration import UserMultiDefinitionFieldConfiguration
    from .user_multi_definition_field_configuration_custom_members_item import (
        UserMultiDefinitionFieldConfigurationCustomMembersItem,
    )
    from .user_multi_definition_field_configuration_custom_members_item_type import (
        UserMultiDefinitionFieldConfigurationCustomMembersItemType,
    )
    from .user_multi_definition_field_configuration_member_options_type import (
        UserMultiDefinitionFieldConfigurationMemberOptionsType,
    )
    from .user_multi_definition_params import UserMultiDefinitionParams
    from .user_multi_definition_params_field_configuration import UserMultiDefinitionParamsFieldConfiguration
    from .user_multi_definition_params_field_configuration_custom_members_item import (
        UserMultiDefinitionParamsFieldConfigurationCustomMembersItem,
    )
    from .user_multi_definition_params_field_configuration_custom_members_item_type import (
        UserMultiDefinitionParamsFieldConfigurationCustomMembersItemType,
    )
    from .user_multi_definition_params_field_configuration_member_options_type import (
        UserMultiDefinitionParamsFieldConfigurationMemberOptionsType,
    )
    from .user_multi_definition_with_includes import UserMultiDefinitionWithIncludes
    from .user_role import UserRole
    from .user_role_role import UserRoleRole
    from .user_role_sort import UserRoleSort
    from .user_roles_response import UserRolesResponse
    from .user_single_definition import UserSingleDefinition
    from .user_single_definition_field_configuration import UserSingleDefinitionFieldConfiguration
    from .user_single_definition_field_configuration_custom_members_item import (
        UserSingleDefinitionFieldConfigurationCustomMembersItem,
    )
    from .user_single_definition_field_configuration_custom_members_item_type import (
        UserSingleDefinitionFieldConfigurationCustomMembersItemType,
    )
    from .user_single_definition_field_configuration_member_options_type import (
        UserSingleDefinitionFieldConfigurationMemberOptionsType,
    )
    from .user_single_definition_params import UserSingleDefinitionParams
    from .user_single_definition_params_field_configuration import UserSingleDefinitionParamsFieldConfiguration
    from .user_single_definition_params_field_configuration_custom_members_item import (
        UserSingleDefinitionParamsFieldConfigurationCustomMembersItem,
    )
    from .user_single_definition_params_field_configuration_custom_members_item_type import (
        UserSingleDefinitionParamsFieldConfigurationCustomMembersItemType,
    )
    from .user_single_definition_params_field_configuration_member_options_type import (
        UserSingleDefinitionParamsFieldConfigurationMemberOptionsType,
    )
    from .user_single_definition_with_includes import UserSingleDefinitionWithIncludes
    from .user_value import UserValue
    from .user_value_type import UserValueType
    from .version_stack import VersionStack
    from .version_stack_copy_params import VersionStackCopyParams
    from .version_stack_copy_params_data import VersionStackCopyParamsData
    from .version_stack_copy_response import VersionStackCopyResponse
    from .version_stack_create_params import VersionStackCreateParams
    from .version_stack_create_params_data import VersionStackCreateParamsData
    from .version_stack_move_params import VersionStackMoveParams
    from .version_stack_move_params_data import VersionStackMoveParamsData
    from .version_stack_response import VersionStackResponse
    from .version_stack_with_includes import VersionStackWithIncludes
    from .version_stack_with_includes_response import VersionStackWithIncludesResponse
    from .version_stacks_with_includes_response import VersionStacksWithIncludesResponse
    from .webhook import Webhook
    from .webhook_create_params import WebhookCreateParams
    from .webhook_create_params_data import WebhookCreateParamsData
    from .webhook_create_response import WebhookCreateResponse
    from .webhook_events_item import WebhookEventsItem
    from .webhook_response import WebhookResponse
    from .webhook_update_params import WebhookUpdateParams
    from .webhook_update_params_data import WebhookUpdateParamsData
    from .webhook_with_includes import WebhookWithIncludes
    from .webhook_with_includes_response import WebhookWithIncludesResponse
    from .webhook_with_secret import WebhookWithSecret
    from .webhooks_with_includes_response import WebhooksWithIncludesResponse
    from .workspace import Workspace
    from .workspace_params import WorkspaceParams
    from .workspace_params_data import WorkspaceParamsData
    from .workspace_response import WorkspaceResponse
    from .workspace_role import WorkspaceRole
    from .workspace_with_includes import WorkspaceWithIncludes
    from .workspace_with_includes_response import WorkspaceWithIncludesResponse
    from .workspaces_with_includes_response import WorkspacesWithIncludesResponse

_MODULES: dict[str, str] = {
    "AcceptedEmpty": "accepted_empty",
    "Account": "account",
    "AccountRolesItem": "account_roles_item",
    "AccountSort": "account_sort",
    "AccountsResponse": "accounts_response",
    "AccountUserRole": "account_user_role",
    "AccountUserRoleRole": "account_user_role_role",
    "AccountUserRolesResponse": "account_user_roles_response",
    "AddAssetParams": "add_asset_params",
    "AddAssetParamsData": "add_asset_params_data",
    "AddReviewersToShareParams": "add_reviewers_to_share_params",
    "AddReviewersToShareParamsData": "add_reviewers_to_share_params_data",
    "Anchor": "anchor",
    "AssetCommon": "asset_common",
    "AssetCommonType": "asset_common_type",
    "AssetCommonWithIncludes": "asset_common_with_includes",
    "AssetCommonWithIncludesType": "asset_common_with_includes_type",
    "AssetInclude": "asset_include",
    "AssetShareParams": "asset_share_params",
    "AssetShareParamsAccess": "asset_share_params_access",
    "AssetsWithIncludesResponse": "assets_with_includes_response",
    "AssetWithIncludesUnknown": "asset_with_includes_unknown",
    "BooleanValue": "boolean_value",
    "BulkUpdateMetadataParams": "bulk_update_metadata_params",
    "BulkUpdateMetadataParamsData": "bulk_update_metadata_params_data",
    "BulkUpdateMetadataParamsDataValuesItem": "bulk_update_metadata_params_data_values_item",
    "Collection": "collection",
    "CollectionAggregationMode": "collection_aggregation_mode",
    "CollectionResponse": "collection_response",
    "CollectionsResponse": "collections_response",
    "Comment": "comment",
    "CommentAttachment": "comment_attachment",
    "CommentInclude": "comment_include",
    "CommentLink": "comment_link",
    "CommentResponse": "comment_response",
    "CommentSort": "comment_sort",
    "CommentsWithIncludesResponse": "comments_with_includes_response",
    "CommentWithIncludes": "comment_with_includes",
    "CommentWithIncludesResponse": "comment_with_includes_response",
    "CreateCommentParams": "create_comment_params",
    "CreateCommentParamsData": "create_comment_params_data",
    "CreateFieldDefinitionParams": "create_field_definition_params",
    "CreateFieldDefinitionParamsDataUnknown": "create_field_definition_params_data_unknown",
    "CreateGroupParams": "create_group_params",
    "CreateGroupParamsData": "create_group_params_data",
    "CreateShareParams": "create_share_params",
    "CreateShareParamsDataUnknown": "create_share_params_data_unknown",
    "CreatorInclude": "creator_include",
    "DateDefinition": "date_definition",
    "DateDefinitionFieldConfiguration": "date_definition_field_configuration",
    "DateDefinitionFieldConfigurationDisplayFormat": "date_definition_field_configuration_display_format",
    "DateDefinitionFieldConfigurationTimeFormat": "date_definition_field_configuration_time_format",
    "DateDefinitionParams": "date_definition_params",
    "DateDefinitionParamsFieldConfiguration": "date_definition_params_field_configuration",
    "DateDefinitionParamsFieldConfigurationDisplayFormat": "date_definition_params_field_configuration_display_format",
    "DateDefinitionParamsFieldConfigurationTimeFormat": "date_definition_params_field_configuration_time_format",
    "DateDefinitionWithIncludes": "date_definition_with_includes",
    "DateValue": "date_value",
    "Error": "error",
    "Errors": "errors_model",
    "ErrorSource": "error_source",
    "FieldDefinitionResponse": "field_definition_response",
    "FieldDefinitionsWithIncludesResponse": "field_definitions_with_includes_response",
    "FieldDefinitionUnknown": "field_definition_unknown",
    "FieldDefinitionWithIncludesUnknown": "field_definition_with_includes_unknown",
    "FieldValueCommon": "field_value_common",
    "FieldValueCommonFieldType": "field_value_common_field_type",
    "FileCopyParams": "file_copy_params",
    "FileCopyParamsData": "file_copy_params_data",
    "FileCopyResponse": "file_copy_response",
    "FileCreateLocalUploadParams": "file_create_local_upload_params",
    "FileCreateLocalUploadParamsData": "file_create_local_upload_params_data",
    "FileCreateParams": "file_create_params",
    "FileCreateParamsData": "file_create_params_data",
    "FileCreateRemoteUploadParams": "file_create_remote_upload_params",
    "FileCreateRemoteUploadParamsData": "file_create_remote_upload_params_data",
    "FileImportParams": "file_import_params",
    "FileImportParamsData": "file_import_params_data",
    "FileModel": "file_model",
    "FileModelStatus": "file_model_status",
    "FileMoveParams": "file_move_params",
    "FileMoveParamsData": "file_move_params_data",
    "FileRemoteUploadResponse": "file_remote_upload_response",
    "FileRemoteUploadResponseLinks": "file_remote_upload_response_links",
    "FileResponse": "file_response",
    "FilesCopyCopyComments": "files_copy_copy_comments",
    "FileSort": "file_sort",
    "FileUpdateParams": "file_update_params",
    "FileUpdateParamsData": "file_update_params_data",
    "FileUploadStatus": "file_upload_status",
    "FileUploadStatusResponse": "file_upload_status_response",
    "FileWithIncludes": "file_with_includes",
    "FileWithIncludesResponse": "file_with_includes_response",
    "FileWithIncludesStatus": "file_with_includes_status",
    "FileWithMediaLinksInclude": "file_with_media_links_include",
    "FileWithUploadUrls": "file_with_upload_urls",
    "FileWithUploadUrlsResponse": "file_with_upload_urls_response",
    "Folder": "folder",
    "FolderCopyParams": "folder_copy_params",
    "FolderCopyParamsData": "folder_copy_params_data",
    "FolderCopyResponse": "folder_copy_response",
    "FolderCreateParams": "folder_create_params",
    "FolderCreateParamsData": "folder_create_params_data",
    "FolderMoveParams": "folder_move_params",
    "FolderMoveParamsData": "folder_move_params_data",
    "FolderResponse": "folder_response",
    "FoldersWithIncludesResponse": "folders_with_includes_response",
    "FolderUpdateParams": "folder_update_params",
    "FolderUpdateParamsData": "folder_update_params_data",
    "FolderWithIncludes": "folder_with_includes",
    "FolderWithIncludesResponse": "folder_with_includes_response",
    "Group": "group",
    "GroupResponse": "group_response",
    "GroupSort": "group_sort",
    "GroupSource": "group_source",
    "GroupsWithIncludesResponse": "groups_with_includes_response",
    "GroupWithIncludes": "group_with_includes",
    "GroupWithIncludesResponse": "group_with_includes_response",
    "GroupWithIncludesSyncStatus": "group_with_includes_sync_status",
    "IntegerValue": "integer_value",
    "LinkParams": "link_params",
    "Links": "links",
    "LongTextDefinition": "long_text_definition",
    "LongTextDefinitionFieldConfiguration": "long_text_definition_field_configuration",
    "LongTextDefinitionParams": "long_text_definition_params",
    "LongTextDefinitionWithIncludes": "long_text_definition_with_includes",
    "MediaLinkCommon": "media_link_common",
    "MediaLinksCollection": "media_links_collection",
    "Mention": "mention",
    "MetadataFieldDefinitionsIndexFilters": "metadata_field_definitions_index_filters",
    "MetadataFieldUnknown": "metadata_field_unknown",
    "MetadataResponse": "metadata_response",
    "MetadataWithDefinition": "metadata_with_definition",
    "MultiSelectValue": "multi_select_value",
    "MultiUserValue": "multi_user_value",
    "MultiUserValueFieldType": "multi_user_value_field_type",
    "MultiUserValueMemberOptionsType": "multi_user_value_member_options_type",
    "NameCreatedSort": "name_created_sort",
    "NumberDefinition": "number_definition",
    "NumberDefinitionFieldConfiguration": "number_definition_field_configuration",
    "NumberDefinitionFieldConfigurationNumberFormat": "number_definition_field_configuration_number_format",
    "NumberDefinitionParams": "number_definition_params",
    "NumberDefinitionParamsFieldConfiguration": "number_definition_params_field_configuration",
    "NumberDefinitionParamsFieldConfigurationNumberFormat": "number_definition_params_field_configuration_number_format",
    "NumberDefinitionWithIncludes": "number_definition_with_includes",
    "NumberValue": "number_value",
    "OriginalMediaLink": "original_media_link",
    "OwnerInclude": "owner_include",
    "Profile": "profile",
    "ProfileResponse": "profile_response",
    "Project": "project",
    "ProjectParams": "project_params",
    "ProjectParamsData": "project_params_data",
    "ProjectResponse": "project_response",
    "ProjectStatus": "project_status",
    "ProjectsWithIncludesResponse": "projects_with_includes_response",
    "ProjectUpdateParams": "project_update_params",
    "ProjectUpdateParamsData": "project_update_params_data",
    "ProjectUpdateParamsDataStatus": "project_update_params_data_status",
    "ProjectWithIncludes": "project_with_includes",
    "ProjectWithIncludesResponse": "project_with_includes_response",
    "RatingDefinition": "rating_definition",
    "RatingDefinitionFieldConfiguration": "rating_definition_field_configuration",
    "RatingDefinitionFieldConfigurationStyle": "rating_definition_field_configuration_style",
    "RatingDefinitionParams": "rating_definition_params",
    "RatingDefinitionParamsFieldConfiguration": "rating_definition_params_field_configuration",
    "RatingDefinitionParamsFieldConfigurationStyle": "rating_definition_params_field_configuration_style",
    "RatingDefinitionWithIncludes": "rating_definition_with_includes",
    "RemoveReviewerParams": "remove_reviewer_params",
    "RemoveReviewerParamsData": "remove_reviewer_params_data",
    "RenditionMediaLink": "rendition_media_link",
    "ReviewerSet": "reviewer_set",
    "ReviewerSort": "reviewer_sort",
    "SelectDefinition": "select_definition",
    "SelectDefinitionFieldConfiguration": "select_definition_field_configuration",
    "SelectDefinitionFieldConfigurationOptionsItem": "select_definition_field_configuration_options_item",
    "SelectDefinitionParams": "select_definition_params",
    "SelectDefinitionParamsFieldConfiguration": "select_definition_params_field_configuration",
    "SelectDefinitionParamsFieldConfigurationOptionsItem": "select_definition_params_field_configuration_options_item",
    "SelectDefinitionWithIncludes": "select_definition_with_includes",
    "SelectMultiDefinition": "select_multi_definition",
    "SelectMultiDefinitionFieldConfiguration": "select_multi_definition_field_configuration",
    "SelectMultiDefinitionFieldConfigurationOptionsItem": "select_multi_definition_field_configuration_options_item",
    "SelectMultiDefinitionParams": "select_multi_definition_params",
    "SelectMultiDefinitionParamsFieldConfiguration": "select_multi_definition_params_field_configuration",
    "SelectMultiDefinitionParamsFieldConfigurationOptionsItem": "select_multi_definition_params_field_configuration_options_item",
    "SelectMultiDefinitionWithIncludes": "select_multi_definition_with_includes",
    "SelectOption": "select_option",
    "SelectValue": "select_value",
    "Share": "share",
    "ShareAccess": "share_access",
    "ShareAssetAddedResponse": "share_asset_added_response",
    "ShareAssetAddedResponseData": "share_asset_added_response_data",
    "ShareAssetRemovedResponse": "share_asset_removed_response",
    "ShareAssetRemovedResponseData": "share_asset_removed_response_data",
    "ShareResponse": "share_response",
    "ShareReviewersResponse": "share_reviewers_response",
    "SharesResponse": "shares_response",
    "SingleUserValue": "single_user_value",
    "SingleUserValueMemberOptionsType": "single_user_value_member_options_type",
    "TextDefinition": "text_definition",
    "TextDefinitionFieldConfiguration": "text_definition_field_configuration",
    "TextDefinitionParams": "text_definition_params",
    "TextDefinitionWithIncludes": "text_definition_with_includes",
    "TextValue": "text_value",
    "TextValueFieldType": "text_value_field_type",
    "ToggleDefinition": "toggle_definition",
    "ToggleDefinitionFieldConfiguration": "toggle_definition_field_configuration",
    "ToggleDefinitionParams": "toggle_definition_params",
    "ToggleDefinitionParamsFieldConfiguration": "toggle_definition_params_field_configuration",
    "ToggleDefinitionWithIncludes": "toggle_definition_with_includes",
    "UpdateCommentParams": "update_comment_params",
    "UpdateCommentParamsData": "update_comment_params_data",
    "UpdateDateDefinitionParams": "update_date_definition_params",
    "UpdateDateDefinitionParamsFieldConfiguration": "update_date_definition_params_field_configuration",
    "UpdateDateDefinitionParamsFieldConfigurationDisplayFormat": "update_date_definition_params_field_configuration_display_format",
    "UpdateDateDefinitionParamsFieldConfigurationTimeFormat": "update_date_definition_params_field_configuration_time_format",
    "UpdateFieldDefinitionParams": "update_field_definition_params",
    "UpdateFieldDefinitionParamsDataUnknown": "update_field_definition_params_data_unknown",
    "UpdateGroupParams": "update_group_params",
    "UpdateGroupParamsData": "update_group_params_data",
    "UpdateLongTextDefinitionParams": "update_long_text_definition_params",
    "UpdateNumberDefinitionParams": "update_number_definition_params",
    "UpdateNumberDefinitionParamsFieldConfiguration": "update_number_definition_params_field_configuration",
    "UpdateNumberDefinitionParamsFieldConfigurationNumberFormat": "update_number_definition_params_field_configuration_number_format",
    "UpdateRatingDefinitionParams": "update_rating_definition_params",
    "UpdateRatingDefinitionParamsFieldConfiguration": "update_rating_definition_params_field_configuration",
    "UpdateRatingDefinitionParamsFieldConfigurationStyle": "update_rating_definition_params_field_configuration_style",
    "UpdateSelectDefinitionParams": "update_select_definition_params",
    "UpdateSelectDefinitionParamsFieldConfiguration": "update_select_definition_params_field_configuration",
    "UpdateSelectDefinitionParamsFieldConfigurationOptionsItem": "update_select_definition_params_field_configuration_options_item",
    "UpdateSelectMultiDefinitionParams": "update_select_multi_definition_params",
    "UpdateSelectMultiDefinitionParamsFieldConfiguration": "update_select_multi_definition_params_field_configuration",
    "UpdateSelectMultiDefinitionParamsFieldConfigurationOptionsItem": "update_select_multi_definition_params_field_configuration_options_item",
    "UpdateShareParams": "update_share_params",
    "UpdateShareParamsData": "update_share_params_data",
    "UpdateShareParamsDataAccess": "update_share_params_data_access",
    "UpdateTextDefinitionParams": "update_text_definition_params",
    "UpdateToggleDefinitionParams": "update_toggle_definition_params",
    "UpdateToggleDefinitionParamsFieldConfiguration": "update_toggle_definition_params_field_configuration",
    "UpdateUserMultiDefinitionParams": "update_user_multi_definition_params",
    "UpdateUserMultiDefinitionParamsFieldConfiguration": "update_user_multi_definition_params_field_configuration",
    "UpdateUserMultiDefinitionParamsFieldConfigurationCustomMembersItem": "update_user_multi_definition_params_field_configuration_custom_members_item",
    "UpdateUserMultiDefinitionParamsFieldConfigurationCustomMembersItemType": "update_user_multi_definition_params_field_configuration_custom_members_item_type",
    "UpdateUserMultiDefinitionParamsFieldConfigurationMemberOptionsType": "update_user_multi_definition_params_field_configuration_member_options_type",
    "UpdateUserRolesParams": "update_user_roles_params",
    "UpdateUserRolesParamsData": "update_user_roles_params_data",
    "UpdateUserRolesParamsDataRole": "update_user_roles_params_data_role",
    "UpdateUserRolesResponse": "update_user_roles_response",
    "UpdateUserRolesResponseData": "update_user_roles_response_data",
    "UpdateUserRolesResponseDataRole": "update_user_roles_response_data_role",
    "UpdateUserSingleDefinitionParams": "update_user_single_definition_params",
    "UpdateUserSingleDefinitionParamsFieldConfiguration": "update_user_single_definition_params_field_configuration",
    "UpdateUserSingleDefinitionParamsFieldConfigurationCustomMembersItem": "update_user_single_definition_params_field_configuration_custom_members_item",
    "UpdateUserSingleDefinitionParamsFieldConfigurationCustomMembersItemType": "update_user_single_definition_params_field_configuration_custom_members_item_type",
    "UpdateUserSingleDefinitionParamsFieldConfigurationMemberOptionsType": "update_user_single_definition_params_field_configuration_member_options_type",
    "UpdateWorkspaceRoleParams": "update_workspace_role_params",
    "UpdateWorkspaceRoleParamsData": "update_workspace_role_params_data",
    "UpdateWorkspaceRoleResponse": "update_workspace_role_response",
    "UpdateWorkspaceRoleResponseData": "update_workspace_role_response_data",
    "UploadUrl": "upload_url",
    "User": "user",
    "UserMultiDefinition": "user_multi_definition",
    "UserMultiDefinitionFieldConfiguration": "user_multi_definition_field_configuration",
    "UserMultiDefinitionFieldConfigurationCustomMembersItem": "user_multi_definition_field_configuration_custom_members_item",
    "UserMultiDefinitionFieldConfigurationCustomMembersItemType": "user_multi_definition_field_configuration_custom_members_item_type",
    "UserMultiDefinitionFieldConfigurationMemberOptionsType": "user_multi_definition_field_configuration_member_options_type",
    "UserMultiDefinitionParams": "user_multi_definition_params",
    "UserMultiDefinitionParamsFieldConfiguration": "user_multi_definition_params_field_configuration",
    "UserMultiDefinitionParamsFieldConfigurationCustomMembersItem": "user_multi_definition_params_field_configuration_custom_members_item",
    "UserMultiDefinitionParamsFieldConfigurationCustomMembersItemType": "user_multi_definition_params_field_configuration_custom_members_item_type",
    "UserMultiDefinitionParamsFieldConfigurationMemberOptionsType": "user_multi_definition_params_field_configuration_member_options_type",
    "UserMultiDefinitionWithIncludes": "user_multi_definition_with_includes",
    "UserRole": "user_role",
    "UserRoleRole": "user_role_role",
    "UserRoleSort": "user_role_sort",
    "UserRolesResponse": "user_roles_response",
    "UserSingleDefinition": "user_single_definition",
    "UserSingleDefinitionFieldConfiguration": "user_single_definition_field_configuration",
    "UserSingleDefinitionFieldConfigurationCustomMembersItem": "user_single_definition_field_configuration_custom_members_item",
    "UserSingleDefinitionFieldConfigurationCustomMembersItemType": "user_single_definition_field_configuration_custom_members_item_type",
    "UserSingleDefinitionFieldConfigurationMemberOptionsType": "user_single_definition_field_configuration_member_options_type",
    "UserSingleDefinitionParams": "user_single_definition_params",
    "UserSingleDefinitionParamsFieldConfiguration": "user_single_definition_params_field_configuration",
    "UserSingleDefinitionParamsFieldConfigurationCustomMembersItem": "user_single_definition_params_field_configuration_custom_members_item",
    "UserSingleDefinitionParamsFieldConfigurationCustomMembersItemType": "user_single_definition_params_field_configuration_custom_members_item_type",
    "UserSingleDefinitionParamsFieldConfigurationMemberOptionsType": "user_single_definition_params_field_configuration_member_options_type",
    "UserSingleDefinitionWithIncludes": "user_single_definition_with_includes",
    "UserValue": "user_value",
    "UserValueType": "user_value_type",
    "VersionStack": "version_stack",
    "VersionStackCopyParams": "version_stack_copy_params",
    "VersionStackCopyParamsData": "version_stack_copy_params_data",
    "VersionStackCopyResponse": "version_stack_copy_response",
    "VersionStackCreateParams": "version_stack_create_params",
    "VersionStackCreateParamsData": "version_stack_create_params_data",
    "VersionStackMoveParams": "version_stack_move_params",
    "VersionStackMoveParamsData": "version_stack_move_params_data",
    "VersionStackResponse": "version_stack_response",
    "VersionStacksWithIncludesResponse": "version_stacks_with_includes_response",
    "VersionStackWithIncludes": "version_stack_with_includes",
    "VersionStackWithIncludesResponse": "version_stack_with_includes_response",
    "Webhook": "webhook",
    "WebhookCreateParams": "webhook_create_params",
    "WebhookCreateParamsData": "webhook_create_params_data",
    "WebhookCreateResponse": "webhook_create_response",
    "WebhookEventsItem": "webhook_events_item",
    "WebhookResponse": "webhook_response",
    "WebhooksWithIncludesResponse": "webhooks_with_includes_response",
    "WebhookUpdateParams": "webhook_update_params",
    "WebhookUpdateParamsData": "webhook_update_params_data",
    "WebhookWithIncludes": "webhook_with_includes",
    "WebhookWithIncludesResponse": "webhook_with_includes_response",
    "WebhookWithSecret": "webhook_with_secret",
    "Workspace": "workspace",
    "WorkspaceParams": "workspace_params",
    "WorkspaceParamsData": "workspace_params_data",
    "WorkspaceResponse": "workspace_response",
    "WorkspaceRole": "workspace_role",
    "WorkspacesWithIncludesResponse": "workspaces_with_includes_response",
    "WorkspaceWithIncludes": "workspace_with_includes",
    "WorkspaceWithIncludesResponse": "workspace_with_includes_response",
}

__all__ = [
    "AcceptedEmpty",
    "Account",
    "AccountRolesItem",
    "AccountSort",
    "AccountsResponse",
    "AccountUserRole",
    "AccountUserRoleRole",
    "AccountUserRolesResponse",
    "AddAssetParams",
    "AddAssetParamsData",
    "AddReviewersToShareParams",
    "AddReviewersToShareParamsData",
    "Anchor",
    "AssetCommon",
    "AssetCommonType",
    "AssetCommonWithIncludes",
    "AssetCommonWithIncludesType",
    "AssetInclude",
    "AssetShareParams",
    "AssetShareParamsAccess",
    "AssetsWithIncludesResponse",
    "AssetWithIncludesUnknown",
    "BooleanValue",
    "BulkUpdateMetadataParams",
    "BulkUpdateMetadataParamsData",
    "BulkUpdateMetadataParamsDataValuesItem",
    "Collection",
    "CollectionAggregationMode",
    "CollectionResponse",
    "CollectionsResponse",
    "Comment",
    "CommentAttachment",
    "CommentInclude",
    "CommentLink",
    "CommentResponse",
    "CommentSort",
    "CommentsWithIncludesResponse",
    "CommentWithIncludes",
    "CommentWithIncludesResponse",
    "CreateCommentParams",
    "CreateCommentParamsData",
    "CreateFieldDefinitionParams",
    "CreateFieldDefinitionParamsDataUnknown",
    "CreateGroupParams",
    "CreateGroupParamsData",
    "CreateShareParams",
    "CreateShareParamsDataUnknown",
    "CreatorInclude",
    "DateDefinition",
    "DateDefinitionFieldConfiguration",
    "DateDefinitionFieldConfigurationDisplayFormat",
    "DateDefinitionFieldConfigurationTimeFormat",
    "DateDefinitionParams",
    "DateDefinitionParamsFieldConfiguration",
    "DateDefinitionParamsFieldConfigurationDisplayFormat",
    "DateDefinitionParamsFieldConfigurationTimeFormat",
    "DateDefinitionWithIncludes",
    "DateValue",
    "Error",
    "Errors",
    "ErrorSource",
    "FieldDefinitionResponse",
    "FieldDefinitionsWithIncludesResponse",
    "FieldDefinitionUnknown",
    "FieldDefinitionWithIncludesUnknown",
    "FieldValueCommon",
    "FieldValueCommonFieldType",
    "FileCopyParams",
    "FileCopyParamsData",
    "FileCopyResponse",
    "FileCreateLocalUploadParams",
    "FileCreateLocalUploadParamsData",
    "FileCreateParams",
    "FileCreateParamsData",
    "FileCreateRemoteUploadParams",
    "FileCreateRemoteUploadParamsData",
    "FileImportParams",
    "FileImportParamsData",
    "FileModel",
    "FileModelStatus",
    "FileMoveParams",
    "FileMoveParamsData",
    "FileRemoteUploadResponse",
    "FileRemoteUploadResponseLinks",
    "FileResponse",
    "FilesCopyCopyComments",
    "FileSort",
    "FileUpdateParams",
    "FileUpdateParamsData",
    "FileUploadStatus",
    "FileUploadStatusResponse",
    "FileWithIncludes",
    "FileWithIncludesResponse",
    "FileWithIncludesStatus",
    "FileWithMediaLinksInclude",
    "FileWithUploadUrls",
    "FileWithUploadUrlsResponse",
    "Folder",
    "FolderCopyParams",
    "FolderCopyParamsData",
    "FolderCopyResponse",
    "FolderCreateParams",
    "FolderCreateParamsData",
    "FolderMoveParams",
    "FolderMoveParamsData",
    "FolderResponse",
    "FoldersWithIncludesResponse",
    "FolderUpdateParams",
    "FolderUpdateParamsData",
    "FolderWithIncludes",
    "FolderWithIncludesResponse",
    "Group",
    "GroupResponse",
    "GroupSort",
    "GroupSource",
    "GroupsWithIncludesResponse",
    "GroupWithIncludes",
    "GroupWithIncludesResponse",
    "GroupWithIncludesSyncStatus",
    "IntegerValue",
    "LinkParams",
    "Links",
    "LongTextDefinition",
    "LongTextDefinitionFieldConfiguration",
    "LongTextDefinitionParams",
    "LongTextDefinitionWithIncludes",
    "MediaLinkCommon",
    "MediaLinksCollection",
    "Mention",
    "MetadataFieldDefinitionsIndexFilters",
    "MetadataFieldUnknown",
    "MetadataResponse",
    "MetadataWithDefinition",
    "MultiSelectValue",
    "MultiUserValue",
    "MultiUserValueFieldType",
    "MultiUserValueMemberOptionsType",
    "NameCreatedSort",
    "NumberDefinition",
    "NumberDefinitionFieldConfiguration",
    "NumberDefinitionFieldConfigurationNumberFormat",
    "NumberDefinitionParams",
    "NumberDefinitionParamsFieldConfiguration",
    "NumberDefinitionParamsFieldConfigurationNumberFormat",
    "NumberDefinitionWithIncludes",
    "NumberValue",
    "OriginalMediaLink",
    "OwnerInclude",
    "Profile",
    "ProfileResponse",
    "Project",
    "ProjectParams",
    "ProjectParamsData",
    "ProjectResponse",
    "ProjectStatus",
    "ProjectsWithIncludesResponse",
    "ProjectUpdateParams",
    "ProjectUpdateParamsData",
    "ProjectUpdateParamsDataStatus",
    "ProjectWithIncludes",
    "ProjectWithIncludesResponse",
    "RatingDefinition",
    "RatingDefinitionFieldConfiguration",
    "RatingDefinitionFieldConfigurationStyle",
    "RatingDefinitionParams",
    "RatingDefinitionParamsFieldConfiguration",
    "RatingDefinitionParamsFieldConfigurationStyle",
    "RatingDefinitionWithIncludes",
    "RemoveReviewerParams",
    "RemoveReviewerParamsData",
    "RenditionMediaLink",
    "ReviewerSet",
    "ReviewerSort",
    "SelectDefinition",
    "SelectDefinitionFieldConfiguration",
    "SelectDefinitionFieldConfigurationOptionsItem",
    "SelectDefinitionParams",
    "SelectDefinitionParamsFieldConfiguration",
    "SelectDefinitionParamsFieldConfigurationOptionsItem",
    "SelectDefinitionWithIncludes",
    "SelectMultiDefinition",
    "SelectMultiDefinitionFieldConfiguration",
    "SelectMultiDefinitionFieldConfigurationOptionsItem",
    "SelectMultiDefinitionParams",
    "SelectMultiDefinitionParamsFieldConfiguration",
    "SelectMultiDefinitionParamsFieldConfigurationOptionsItem",
    "SelectMultiDefinitionWithIncludes",
    "SelectOption",
    "SelectValue",
    "Share",
    "ShareAccess",
    "ShareAssetAddedResponse",
    "ShareAssetAddedResponseData",
    "ShareAssetRemovedResponse",
    "ShareAssetRemovedResponseData",
    "ShareResponse",
    "ShareReviewersResponse",
    "SharesResponse",
    "SingleUserValue",
    "SingleUserValueMemberOptionsType",
    "TextDefinition",
    "TextDefinitionFieldConfiguration",
    "TextDefinitionParams",
    "TextDefinitionWithIncludes",
    "TextValue",
    "TextValueFieldType",
    "ToggleDefinition",
    "ToggleDefinitionFieldConfiguration",
    "ToggleDefinitionParams",
    "ToggleDefinitionParamsFieldConfiguration",
    "ToggleDefinitionWithIncludes",
    "UpdateCommentParams",
    "UpdateCommentParamsData",
    "UpdateDateDefinitionParams",
    "UpdateDateDefinitionParamsFieldConfiguration",
    "UpdateDateDefinitionParamsFieldConfigurationDisplayFormat",
    "UpdateDateDefinitionParamsFieldConfigurationTimeFormat",
    "UpdateFieldDefinitionParams",
    "UpdateFieldDefinitionParamsDataUnknown",
    "UpdateGroupParams",
    "UpdateGroupParamsData",
    "UpdateLongTextDefinitionParams",
    "UpdateNumberDefinitionParams",
    "UpdateNumberDefinitionParamsFieldConfiguration",
    "UpdateNumberDefinitionParamsFieldConfigurationNumberFormat",
    "UpdateRatingDefinitionParams",
    "UpdateRatingDefinitionParamsFieldConfiguration",
    "UpdateRatingDefinitionParamsFieldConfigurationStyle",
    "UpdateSelectDefinitionParams",
    "UpdateSelectDefinitionParamsFieldConfiguration",
    "UpdateSelectDefinitionParamsFieldConfigurationOptionsItem",
    "UpdateSelectMultiDefinitionParams",
    "UpdateSelectMultiDefinitionParamsFieldConfiguration",
    "UpdateSelectMultiDefinitionParamsFieldConfigurationOptionsItem",
    "UpdateShareParams",
    "UpdateShareParamsData",
    "UpdateShareParamsDataAccess",
    "UpdateTextDefinitionParams",
    "UpdateToggleDefinitionParams",
    "UpdateToggleDefinitionParamsFieldConfiguration",
    "UpdateUserMultiDefinitionParams",
    "UpdateUserMultiDefinitionParamsFieldConfiguration",
    "UpdateUserMultiDefinitionParamsFieldConfigurationCustomMembersItem",
    "UpdateUserMultiDefinitionParamsFieldConfigurationCustomMembersItemType",
    "UpdateUserMultiDefinitionParamsFieldConfigurationMemberOptionsType",
    "UpdateUserRolesParams",
    "UpdateUserRolesParamsData",
    "UpdateUserRolesParamsDataRole",
    "UpdateUserRolesResponse",
    "UpdateUserRolesResponseData",
    "UpdateUserRolesResponseDataRole",
    "UpdateUserSingleDefinitionParams",
    "UpdateUserSingleDefinitionParamsFieldConfiguration",
    "UpdateUserSingleDefinitionParamsFieldConfigurationCustomMembersItem",
    "UpdateUserSingleDefinitionParamsFieldConfigurationCustomMembersItemType",
    "UpdateUserSingleDefinitionParamsFieldConfigurationMemberOptionsType",
    "UpdateWorkspaceRoleParams",
    "UpdateWorkspaceRoleParamsData",
    "UpdateWorkspaceRoleResponse",
    "UpdateWorkspaceRoleResponseData",
    "UploadUrl",
    "User",
    "UserMultiDefinition",
    "UserMultiDefinitionFieldConfiguration",
    "UserMultiDefinitionFieldConfigurationCustomMembersItem",
    "UserMultiDefinitionFieldConfigurationCustomMembersItemType",
    "UserMultiDefinitionFieldConfigurationMemberOptionsType",
    "UserMultiDefinitionParams",
    "UserMultiDefinitionParamsFieldConfiguration",
    "UserMultiDefinitionParamsFieldConfigurationCustomMembersItem",
    "UserMultiDefinitionParamsFieldConfigurationCustomMembersItemType",
    "UserMultiDefinitionParamsFieldConfigurationMemberOptionsType",
    "UserMultiDefinitionWithIncludes",
    "UserRole",
    "UserRoleRole",
    "UserRoleSort",
    "UserRolesResponse",
    "UserSingleDefinition",
    "UserSingleDefinitionFieldConfiguration",
    "UserSingleDefinitionFieldConfigurationCustomMembersItem",
    "UserSingleDefinitionFieldConfigurationCustomMembersItemType",
    "UserSingleDefinitionFieldConfigurationMemberOptionsType",
    "UserSingleDefinitionParams",
    "UserSingleDefinitionParamsFieldConfiguration",
    "UserSingleDefinitionParamsFieldConfigurationCustomMembersItem",
    "UserSingleDefinitionParamsFieldConfigurationCustomMembersItemType",
    "UserSingleDefinitionParamsFieldConfigurationMemberOptionsType",
    "UserSingleDefinitionWithIncludes",
    "UserValue",
    "UserValueType",
    "VersionStack",
    "VersionStackCopyParams",
    "VersionStackCopyParamsData",
    "VersionStackCopyResponse",
    "VersionStackCreateParams",
    "VersionStackCreateParamsData",
    "VersionStackMoveParams",
    "VersionStackMoveParamsData",
    "VersionStackResponse",
    "VersionStacksWithIncludesResponse",
    "VersionStackWithIncludes",
    "VersionStackWithIncludesResponse",
    "Webhook",
    "WebhookCreateParams",
    "WebhookCreateParamsData",
    "WebhookCreateResponse",
    "WebhookEventsItem",
    "WebhookResponse",
    "WebhooksWithIncludesResponse",
    "WebhookUpdateParams",
    "WebhookUpdateParamsData",
    "WebhookWithIncludes",
    "WebhookWithIncludesResponse",
    "WebhookWithSecret",
    "Workspace",
    "WorkspaceParams",
    "WorkspaceParamsData",
    "WorkspaceResponse",
    "WorkspaceRole",
    "WorkspacesWithIncludesResponse",
    "WorkspaceWithIncludes",
    "WorkspaceWithIncludesResponse",
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
