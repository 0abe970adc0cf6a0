from typing import Literal

GetUsersIdApiKeysOrderDir = Literal["asc", "desc"]

GET_USERS_ID_API_KEYS_ORDER_DIR_VALUES: set[GetUsersIdApiKeysOrderDir] = {
    "asc",
    "desc",
}


def check_get_users_id_api_keys_order_dir(value: str) -> GetUsersIdApiKeysOrderDir:
    if value in GET_USERS_ID_API_KEYS_ORDER_DIR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_USERS_ID_API_KEYS_ORDER_DIR_VALUES!r}")
