from typing import Literal

GetCredentialsOrderDir = Literal["asc", "desc"]

GET_CREDENTIALS_ORDER_DIR_VALUES: set[GetCredentialsOrderDir] = {
    "asc",
    "desc",
}


def check_get_credentials_order_dir(value: str) -> GetCredentialsOrderDir:
    if value in GET_CREDENTIALS_ORDER_DIR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CREDENTIALS_ORDER_DIR_VALUES!r}")
