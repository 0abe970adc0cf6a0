from typing import Literal

AgentExportStatus = Literal["complete", "failed", "pending", "processing"]

AGENT_EXPORT_STATUS_VALUES: set[AgentExportStatus] = {
    "complete",
    "failed",
    "pending",
    "processing",
}


def check_agent_export_status(value: str) -> AgentExportStatus:
    if value in AGENT_EXPORT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGENT_EXPORT_STATUS_VALUES!r}")
