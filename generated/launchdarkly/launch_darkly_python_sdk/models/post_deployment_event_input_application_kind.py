from typing import Literal, cast

from .._core import _decode as decode

PostDeploymentEventInputApplicationKind = Literal["browser", "mobile", "server"]

POST_DEPLOYMENT_EVENT_INPUT_APPLICATION_KIND_VALUES: set[PostDeploymentEventInputApplicationKind] = {
    "browser",
    "mobile",
    "server",
}


def check_post_deployment_event_input_application_kind(
    value: object, key: str | int | None = None
) -> PostDeploymentEventInputApplicationKind | str:
    """`value` as PostDeploymentEventInputApplicationKind; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in POST_DEPLOYMENT_EVENT_INPUT_APPLICATION_KIND_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['browser', 'mobile', 'server']", value, key))
