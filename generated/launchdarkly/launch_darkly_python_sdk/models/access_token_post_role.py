from typing import Literal

AccessTokenPostRole = Literal["admin", "reader", "writer"]

ACCESS_TOKEN_POST_ROLE_VALUES: set[AccessTokenPostRole] = {
    "admin",
    "reader",
    "writer",
}


def check_access_token_post_role(value: str) -> AccessTokenPostRole:
    if value in ACCESS_TOKEN_POST_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACCESS_TOKEN_POST_ROLE_VALUES!r}")
