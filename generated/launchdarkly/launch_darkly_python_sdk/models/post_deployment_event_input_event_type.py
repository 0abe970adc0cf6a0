from typing import Literal, cast

from .._core import _decode as decode

PostDeploymentEventInputEventType = Literal["custom", "failed", "finished", "started"]

POST_DEPLOYMENT_EVENT_INPUT_EVENT_TYPE_VALUES: set[PostDeploymentEventInputEventType] = {
    "custom",
    "failed",
    "finished",
    "started",
}


def check_post_deployment_event_input_event_type(
    value: object, key: str | int | None = None
) -> PostDeploymentEventInputEventType | str:
    """`value` as PostDeploymentEventInputEventType; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in POST_DEPLOYMENT_EVENT_INPUT_EVENT_TYPE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['custom', 'failed', 'finished', 'started']", value, key))
