from typing import Literal, cast

from .._core import _decode as decode

ProjectStatus = Literal["active", "inactive"]

PROJECT_STATUS_VALUES: set[ProjectStatus] = {
    "active",
    "inactive",
}


def check_project_status(value: object, key: str | int | None = None) -> ProjectStatus | str:
    """`value` as ProjectStatus; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in PROJECT_STATUS_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['active', 'inactive']", value, key))
