from typing import Literal

Level5Color = Literal["green", "red"]

LEVEL_5_COLOR_VALUES: set[Level5Color] = {
    "green",
    "red",
}


def check_level_5_color(value: str) -> Level5Color:
    if value in LEVEL_5_COLOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LEVEL_5_COLOR_VALUES!r}")
