from typing import Literal, cast

from .._core import _decode as decode

EnumPropertyConfigSortBy = Literal["label", "ordinal", "value"]

ENUM_PROPERTY_CONFIG_SORT_BY_VALUES: set[EnumPropertyConfigSortBy] = {
    "label",
    "ordinal",
    "value",
}


def check_enum_property_config_sort_by(value: object, key: str | int | None = None) -> EnumPropertyConfigSortBy | str:
    """`value` as EnumPropertyConfigSortBy; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in ENUM_PROPERTY_CONFIG_SORT_BY_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['label', 'ordinal', 'value']", value, key))
