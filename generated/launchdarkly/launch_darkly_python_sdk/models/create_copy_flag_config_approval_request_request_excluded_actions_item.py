from typing import Literal, cast

from .._core import _decode as decode

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
    value: object, key: str | int | None = None
) -> CreateCopyFlagConfigApprovalRequestRequestExcludedActionsItem | str:
    """`value` as CreateCopyFlagConfigApprovalRequestRequestExcludedActionsItem; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in CREATE_COPY_FLAG_CONFIG_APPROVAL_REQUEST_REQUEST_EXCLUDED_ACTIONS_ITEM_VALUES:
        return value
    return cast(
        str,
        decode.mismatch(
            "one of ['updateFallthrough', 'updateOffVariation', 'updateOn', 'updatePrerequisites', 'updateRules', 'updateTargets']",
            value,
            key,
        ),
    )
