from typing import Literal, cast

from .._core import _decode as decode

FlagStatusRepName = Literal["active", "inactive", "launched", "new"]

FLAG_STATUS_REP_NAME_VALUES: set[FlagStatusRepName] = {
    "active",
    "inactive",
    "launched",
    "new",
}


def check_flag_status_rep_name(value: object, key: str | int | None = None) -> FlagStatusRepName | str:
    """`value` as FlagStatusRepName; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in FLAG_STATUS_REP_NAME_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['active', 'inactive', 'launched', 'new']", value, key))
