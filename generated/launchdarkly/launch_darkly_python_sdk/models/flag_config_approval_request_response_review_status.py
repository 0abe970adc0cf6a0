from typing import Literal

FlagConfigApprovalRequestResponseReviewStatus = Literal["approved", "declined", "pending"]

FLAG_CONFIG_APPROVAL_REQUEST_RESPONSE_REVIEW_STATUS_VALUES: set[FlagConfigApprovalRequestResponseReviewStatus] = {
    "approved",
    "declined",
    "pending",
}


def check_flag_config_approval_request_response_review_status(
    value: str,
) -> FlagConfigApprovalRequestResponseReviewStatus:
    if value in FLAG_CONFIG_APPROVAL_REQUEST_RESPONSE_REVIEW_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLAG_CONFIG_APPROVAL_REQUEST_RESPONSE_REVIEW_STATUS_VALUES!r}"
    )
