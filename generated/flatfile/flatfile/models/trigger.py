from typing import Literal

Trigger = Literal["immediate", "manual"]

TRIGGER_VALUES: set[Trigger] = {
    "immediate",
    "manual",
}


def check_trigger(value: str) -> Trigger:
    if value in TRIGGER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRIGGER_VALUES!r}")
