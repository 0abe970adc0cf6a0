from typing import Literal

ActionSchedule = Literal["daily", "hourly", "weekly"]

ACTION_SCHEDULE_VALUES: set[ActionSchedule] = {
    "daily",
    "hourly",
    "weekly",
}


def check_action_schedule(value: str) -> ActionSchedule:
    if value in ACTION_SCHEDULE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_SCHEDULE_VALUES!r}")
