from typing import Literal

GetUsersOrderDir = Literal["asc", "desc"]

GET_USERS_ORDER_DIR_VALUES: set[GetUsersOrderDir] = {
    "asc",
    "desc",
}


def check_get_users_order_dir(value: str) -> GetUsersOrderDir:
    if value in GET_USERS_ORDER_DIR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_USERS_ORDER_DIR_VALUES!r}")
