from typing import Literal

CreateCopyFlagConfigApprovalRequestRequestExcludedActionsItem = Literal[
    "updateFallthrough", "updateOffVariation", "updateOn", "updatePrerequisites", "updateRules", "updateTargets"
]

CREATE_COPY_FLAG_CONFIG_APPROVAL_REQUEST_REQUEST_EXCLUDED_ACTIONS_ITEM_VALUES: set[
    CreateCopyFlagConfigApprovalRequestRequestExcludedActionsItem
] = {
    "updateFallthrough",
    "updateOffVariation",
    "updateOn",
    "updatePrerequisites",
    "updateRules",
    "updateTargets",
}


def check_create_copy_flag_config_approval_request_request_excluded_actions_item(
    value: str,
) -> CreateCopyFlagConfigApprovalRequestRequestExcludedActionsItem:
    if value in CREATE_COPY_FLAG_CONFIG_APPROVAL_REQUEST_REQUEST_EXCLUDED_ACTIONS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_COPY_FLAG_CONFIG_APPROVAL_REQUEST_REQUEST_EXCLUDED_ACTIONS_ITEM_VALUES!r}"
    )
