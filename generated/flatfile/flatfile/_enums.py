"""The API's enums as classes, for code written against the previous SDK (sdk.yaml `type_modules.enum_members`).

The package types an enum as a string `Literal` (`ActionMode`). The previous SDK's enums were
classes (`ActionMode.FOREGROUND`), so the type modules answer an enum's name with a `StrEnum`
built from this table on first use: a member is the plain string, so it goes wherever the value goes.
"""

from __future__ import annotations

import enum
from typing import cast

# enum -> {member: value}, in the spec's order
TABLE: dict[str, dict[str, str]] = {
    "ActionMode": {"BACKGROUND": "background", "FOREGROUND": "foreground", "TOOLBAR_BLOCKING": "toolbarBlocking"},
    "ActionSchedule": {"DAILY": "daily", "HOURLY": "hourly", "WEEKLY": "weekly"},
    "AppType": {
        "CUSTOM": "CUSTOM",
        "MAPPING": "MAPPING",
        "PORTALS": "PORTALS",
        "PROJECTS": "PROJECTS",
        "WORKBOOKS": "WORKBOOKS",
    },
    "ChangeType": {"CREATED_SINCE": "createdSince", "DELETED_SINCE": "deletedSince", "UPDATED_SINCE": "updatedSince"},
    "Compiler": {"JS": "js"},
    "DataRetentionPolicyEnum": {"LAST_ACTIVITY": "lastActivity", "SINCE_CREATED": "sinceCreated"},
    "Domain": {
        "CRON": "cron",
        "DOCUMENT": "document",
        "FILE": "file",
        "JOB": "job",
        "PROMPT": "prompt",
        "SHEET": "sheet",
        "SPACE": "space",
        "WORKBOOK": "workbook",
    },
    "EventTopic": {
        "ACTION_CREATED": "action:created",
        "ACTION_DELETED": "action:deleted",
        "ACTION_UPDATED": "action:updated",
        "AGENT_CREATED": "agent:created",
        "AGENT_DELETED": "agent:deleted",
        "AGENT_UPDATED": "agent:updated",
        "COMMIT_COMPLETED": "commit:completed",
        "COMMIT_CREATED": "commit:created",
        "COMMIT_UPDATED": "commit:updated",
        "CRON_5_MINUTES": "cron:5-minutes",
        "CRON_DAILY": "cron:daily",
        "CRON_HOURLY": "cron:hourly",
        "CRON_WEEKLY": "cron:weekly",
        "DOCUMENT_CREATED": "document:created",
        "DOCUMENT_DELETED": "document:deleted",
        "DOCUMENT_UPDATED": "document:updated",
        "ENVIRONMENT_CREATED": "environment:created",
        "ENVIRONMENT_DELETED": "environment:deleted",
        "ENVIRONMENT_UPDATED": "environment:updated",
        "FILE_CREATED": "file:created",
        "FILE_DELETED": "file:deleted",
        "FILE_EXPIRED": "file:expired",
        "FILE_UPDATED": "file:updated",
        "JOB_COMPLETED": "job:completed",
        "JOB_CREATED": "job:created",
        "JOB_DELETED": "job:deleted",
        "JOB_FAILED": "job:failed",
        "JOB_OUTCOME_ACKNOWLEDGED": "job:outcome-acknowledged",
        "JOB_PARTS_COMPLETED": "job:parts-completed",
        "JOB_READY": "job:ready",
        "JOB_SCHEDULED": "job:scheduled",
        "JOB_UPDATED": "job:updated",
        "LAYER_CREATED": "layer:created",
        "PROGRAM_CREATED": "program:created",
        "PROGRAM_UPDATED": "program:updated",
        "RECORDS_CREATED": "records:created",
        "RECORDS_DELETED": "records:deleted",
        "RECORDS_UPDATED": "records:updated",
        "SECRET_CREATED": "secret:created",
        "SECRET_DELETED": "secret:deleted",
        "SECRET_UPDATED": "secret:updated",
        "SHEET_CREATED": "sheet:created",
        "SHEET_DELETED": "sheet:deleted",
        "SHEET_UPDATED": "sheet:updated",
        "SNAPSHOT_CREATED": "snapshot:created",
        "SPACE_ARCHIVED": "space:archived",
        "SPACE_CREATED": "space:created",
        "SPACE_DELETED": "space:deleted",
        "SPACE_EXPIRED": "space:expired",
        "SPACE_GUEST_ADDED": "space:guestAdded",
        "SPACE_GUEST_REMOVED": "space:guestRemoved",
        "SPACE_UPDATED": "space:updated",
        "WORKBOOK_CREATED": "workbook:created",
        "WORKBOOK_DELETED": "workbook:deleted",
        "WORKBOOK_EXPIRED": "workbook:expired",
        "WORKBOOK_UPDATED": "workbook:updated",
    },
    "Filter": {"ALL": "all", "ERROR": "error", "NONE": "none", "VALID": "valid"},
    "GetSpacesSortField": {
        "CREATED_AT": "createdAt",
        "CREATED_BY_USER_NAME": "createdByUserName",
        "ENVIRONMENT_ID": "environmentId",
        "FILES_COUNT": "filesCount",
        "LAST_ACTIVITY_AT": "lastActivityAt",
        "NAME": "name",
        "WORKBOOKS_COUNT": "workbooksCount",
    },
    "GuestAuthenticationEnum": {"MAGIC_LINK": "magic_link", "SHARED_LINK": "shared_link"},
    "JobMode": {"BACKGROUND": "background", "FOREGROUND": "foreground", "TOOLBAR_BLOCKING": "toolbarBlocking"},
    "JobPartExecution": {"PARALLEL": "parallel", "SEQUENTIAL": "sequential"},
    "JobStatus": {
        "CANCELED": "canceled",
        "COMPLETE": "complete",
        "CREATED": "created",
        "EXECUTING": "executing",
        "FAILED": "failed",
        "PLANNING": "planning",
        "READY": "ready",
        "SCHEDULED": "scheduled",
    },
    "JobType": {
        "APP": "app",
        "DOCUMENT": "document",
        "FILE": "file",
        "SHEET": "sheet",
        "SPACE": "space",
        "WORKBOOK": "workbook",
    },
    "ListUsersSortField": {
        "CREATED_AT": "created_at",
        "DASHBOARD": "dashboard",
        "EMAIL": "email",
        "ID": "id",
        "IDP": "idp",
        "IDP_REF": "idp_ref",
        "LAST_SEEN_AT": "last_seen_at",
        "NAME": "name",
        "UPDATED_AT": "updated_at",
    },
    "Mode": {"EXPORT": "export", "IMPORT": "import"},
    "ModelFileStatusEnum": {
        "ARCHIVED": "archived",
        "COMPLETE": "complete",
        "FAILED": "failed",
        "PARTIAL": "partial",
        "PURGED": "purged",
    },
    "PromptTypeEnum": {"AI_ASSIST": "AI_ASSIST", "CONSTRAINT_GENERATION": "CONSTRAINT_GENERATION"},
    "PromptTypeQueryEnum": {"AI_ASSIST": "AI_ASSIST", "ALL": "ALL", "CONSTRAINT_GENERATION": "CONSTRAINT_GENERATION"},
    "SheetAccess": {"ADD": "add", "DELETE": "delete", "EDIT": "edit", "EMPTY": "*", "IMPORT": "import"},
    "SortDirection": {"ASC": "asc", "DESC": "desc"},
    "SpaceAccess": {"EMPTY": "*", "UPLOAD": "upload"},
    "Trigger": {"IMMEDIATE": "immediate", "MANUAL": "manual"},
    "WorkbookTreatments": {"ENUM_REFERENCE": "ENUM_REFERENCE"},
}

_BUILT: dict[str, type[enum.StrEnum]] = {}


def members(name: str) -> type[enum.StrEnum] | None:
    """The `StrEnum` for the enum `name` (one class per name), or None when `name` is not an enum."""
    if name not in TABLE:
        return None
    if name not in _BUILT:
        # the functional API makes a class (mypy reads the call as making a member)
        _BUILT[name] = cast("type[enum.StrEnum]", enum.StrEnum(name, TABLE[name], module=__package__))
    return _BUILT[name]
