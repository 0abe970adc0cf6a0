from typing import Literal, cast

from .._core import _decode as decode

StringPropertyConfigSize = Literal["long", "medium", "normal", "tiny"]

STRING_PROPERTY_CONFIG_SIZE_VALUES: set[StringPropertyConfigSize] = {
    "long",
    "medium",
    "normal",
    "tiny",
}


def check_string_property_config_size(value: object, key: str | int | None = None) -> StringPropertyConfigSize | str:
    """`value` as StringPropertyConfigSize; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in STRING_PROPERTY_CONFIG_SIZE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['long', 'medium', 'normal', 'tiny']", value, key))
