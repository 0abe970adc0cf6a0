from typing import Literal

NumbersListResponse200Item = Literal[1, 2, 3]

NUMBERS_LIST_RESPONSE_200_ITEM_VALUES: set[NumbersListResponse200Item] = {
    1,
    2,
    3,
}


def check_numbers_list_response_200_item(value: int) -> NumbersListResponse200Item:
    if value in NUMBERS_LIST_RESPONSE_200_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NUMBERS_LIST_RESPONSE_200_ITEM_VALUES!r}")
