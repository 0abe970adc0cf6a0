from typing import Literal, cast

from .._core import _decode as decode

AgentExportStatus = Literal["complete", "failed", "pending", "processing"]

AGENT_EXPORT_STATUS_VALUES: set[AgentExportStatus] = {
    "complete",
    "failed",
    "pending",
    "processing",
}


def check_agent_export_status(value: object, key: str | int | None = None) -> AgentExportStatus | str:
    """`value` as AgentExportStatus; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in AGENT_EXPORT_STATUS_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['complete', 'failed', 'pending', 'processing']", value, key))
