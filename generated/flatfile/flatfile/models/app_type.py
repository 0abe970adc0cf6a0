from typing import Literal, cast

from .._core import _decode as decode

AppType = Literal["CUSTOM", "MAPPING", "PORTALS", "PROJECTS", "WORKBOOKS"]

APP_TYPE_VALUES: set[AppType] = {
    "CUSTOM",
    "MAPPING",
    "PORTALS",
    "PROJECTS",
    "WORKBOOKS",
}


def check_app_type(value: object, key: str | int | None = None) -> AppType | str:
    """`value` as AppType; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in APP_TYPE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['CUSTOM', 'MAPPING', 'PORTALS', 'PROJECTS', 'WORKBOOKS']", value, key))
