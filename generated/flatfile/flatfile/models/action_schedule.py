from typing import Literal, cast

from .._core import _decode as decode

ActionSchedule = Literal["daily", "hourly", "weekly"]

ACTION_SCHEDULE_VALUES: set[ActionSchedule] = {
    "daily",
    "hourly",
    "weekly",
}


def check_action_schedule(value: object, key: str | int | None = None) -> ActionSchedule | str:
    """`value` as ActionSchedule; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in ACTION_SCHEDULE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['daily', 'hourly', 'weekly']", value, key))
