from typing import Literal

FlagStatusRepName = Literal["active", "inactive", "launched", "new"]

FLAG_STATUS_REP_NAME_VALUES: set[FlagStatusRepName] = {
    "active",
    "inactive",
    "launched",
    "new",
}


def check_flag_status_rep_name(value: str) -> FlagStatusRepName:
    if value in FLAG_STATUS_REP_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLAG_STATUS_REP_NAME_VALUES!r}")
