from typing import Literal

StringPropertyConfigSize = Literal["long", "medium", "normal", "tiny"]

STRING_PROPERTY_CONFIG_SIZE_VALUES: set[StringPropertyConfigSize] = {
    "long",
    "medium",
    "normal",
    "tiny",
}


def check_string_property_config_size(value: str) -> StringPropertyConfigSize:
    if value in STRING_PROPERTY_CONFIG_SIZE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STRING_PROPERTY_CONFIG_SIZE_VALUES!r}")
