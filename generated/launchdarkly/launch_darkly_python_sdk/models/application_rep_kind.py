from typing import Literal

ApplicationRepKind = Literal["browser", "mobile", "server"]

APPLICATION_REP_KIND_VALUES: set[ApplicationRepKind] = {
    "browser",
    "mobile",
    "server",
}


def check_application_rep_kind(value: str) -> ApplicationRepKind:
    if value in APPLICATION_REP_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APPLICATION_REP_KIND_VALUES!r}")
