from typing import Literal

AppType = Literal["CUSTOM", "MAPPING", "PORTALS", "PROJECTS", "WORKBOOKS"]

APP_TYPE_VALUES: set[AppType] = {
    "CUSTOM",
    "MAPPING",
    "PORTALS",
    "PROJECTS",
    "WORKBOOKS",
}


def check_app_type(value: str) -> AppType:
    if value in APP_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APP_TYPE_VALUES!r}")
