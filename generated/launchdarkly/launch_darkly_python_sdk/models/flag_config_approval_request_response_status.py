from typing import Literal

FlagConfigApprovalRequestResponseStatus = Literal["completed", "failed", "pending", "scheduled"]

FLAG_CONFIG_APPROVAL_REQUEST_RESPONSE_STATUS_VALUES: set[FlagConfigApprovalRequestResponseStatus] = {
    "completed",
    "failed",
    "pending",
    "scheduled",
}


def check_flag_config_approval_request_response_status(value: str) -> FlagConfigApprovalRequestResponseStatus:
    if value in FLAG_CONFIG_APPROVAL_REQUEST_RESPONSE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLAG_CONFIG_APPROVAL_REQUEST_RESPONSE_STATUS_VALUES!r}"
    )
