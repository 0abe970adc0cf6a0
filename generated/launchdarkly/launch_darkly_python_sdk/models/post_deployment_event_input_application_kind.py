from typing import Literal

PostDeploymentEventInputApplicationKind = Literal["browser", "mobile", "server"]

POST_DEPLOYMENT_EVENT_INPUT_APPLICATION_KIND_VALUES: set[PostDeploymentEventInputApplicationKind] = {
    "browser",
    "mobile",
    "server",
}


def check_post_deployment_event_input_application_kind(value: str) -> PostDeploymentEventInputApplicationKind:
    if value in POST_DEPLOYMENT_EVENT_INPUT_APPLICATION_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POST_DEPLOYMENT_EVENT_INPUT_APPLICATION_KIND_VALUES!r}"
    )
