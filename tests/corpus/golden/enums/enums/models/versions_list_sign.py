from typing import Literal

VersionsListSign = Literal["", "*", "+", "-", "A B", "a b"]

VERSIONS_LIST_SIGN_VALUES: set[VersionsListSign] = {
    "",
    "*",
    "+",
    "-",
    "A B",
    "a b",
}


def check_versions_list_sign(value: str) -> VersionsListSign:
    if value in VERSIONS_LIST_SIGN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VERSIONS_LIST_SIGN_VALUES!r}")
