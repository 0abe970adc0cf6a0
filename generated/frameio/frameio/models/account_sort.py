from typing import Literal, cast

from .._core import _decode as decode

AccountSort = Literal["created_at_asc", "created_at_desc", "display_name_asc", "display_name_desc"]

ACCOUNT_SORT_VALUES: set[AccountSort] = {
    "created_at_asc",
    "created_at_desc",
    "display_name_asc",
    "display_name_desc",
}


def check_account_sort(value: object, key: str | int | None = None) -> AccountSort | str:
    """`value` as AccountSort; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in ACCOUNT_SORT_VALUES:
        return value
    return cast(
        str,
        decode.mismatch(
            "one of ['created_at_asc', 'created_at_desc', 'display_name_asc', 'display_name_desc']", value, key
        ),
    )
