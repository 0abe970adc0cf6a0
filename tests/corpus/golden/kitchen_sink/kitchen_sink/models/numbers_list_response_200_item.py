from typing import Literal, cast

from .._core import _decode as decode

NumbersListResponse200Item = Literal[1, 2, 3]

NUMBERS_LIST_RESPONSE_200_ITEM_VALUES: set[NumbersListResponse200Item] = {
    1,
    2,
    3,
}


def check_numbers_list_response_200_item(
    value: object, key: str | int | None = None
) -> NumbersListResponse200Item | int:
    """`value` as NumbersListResponse200Item; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in NUMBERS_LIST_RESPONSE_200_ITEM_VALUES:
        return value
    return cast(int, decode.mismatch("one of [1, 2, 3]", value, key))
