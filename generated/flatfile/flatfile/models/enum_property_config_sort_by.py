from typing import Literal

EnumPropertyConfigSortBy = Literal["label", "ordinal", "value"]

ENUM_PROPERTY_CONFIG_SORT_BY_VALUES: set[EnumPropertyConfigSortBy] = {
    "label",
    "ordinal",
    "value",
}


def check_enum_property_config_sort_by(value: str) -> EnumPropertyConfigSortBy:
    if value in ENUM_PROPERTY_CONFIG_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ENUM_PROPERTY_CONFIG_SORT_BY_VALUES!r}")
