from typing import Literal, cast

from .._core import _decode as decode

UserValueType = Literal["account_user_group", "user"]

USER_VALUE_TYPE_VALUES: set[UserValueType] = {
    "account_user_group",
    "user",
}


def check_user_value_type(value: object, key: str | int | None = None) -> UserValueType | str:
    """`value` as UserValueType; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in USER_VALUE_TYPE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['account_user_group', 'user']", value, key))
