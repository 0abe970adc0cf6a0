from typing import Literal

PostDeploymentEventInputEventType = Literal["custom", "failed", "finished", "started"]

POST_DEPLOYMENT_EVENT_INPUT_EVENT_TYPE_VALUES: set[PostDeploymentEventInputEventType] = {
    "custom",
    "failed",
    "finished",
    "started",
}


def check_post_deployment_event_input_event_type(value: str) -> PostDeploymentEventInputEventType:
    if value in POST_DEPLOYMENT_EVENT_INPUT_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {POST_DEPLOYMENT_EVENT_INPUT_EVENT_TYPE_VALUES!r}")
