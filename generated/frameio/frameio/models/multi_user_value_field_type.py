from typing import Literal, cast

from .._core import _decode as decode

MultiUserValueFieldType = Literal["user_multi", "users"]

MULTI_USER_VALUE_FIELD_TYPE_VALUES: set[MultiUserValueFieldType] = {
    "user_multi",
    "users",
}


def check_multi_user_value_field_type(value: object, key: str | int | None = None) -> MultiUserValueFieldType | str:
    """`value` as MultiUserValueFieldType; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in MULTI_USER_VALUE_FIELD_TYPE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['user_multi', 'users']", value, key))
