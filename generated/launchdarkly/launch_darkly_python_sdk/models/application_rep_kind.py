from typing import Literal, cast

from .._core import _decode as decode

ApplicationRepKind = Literal["browser", "mobile", "server"]

APPLICATION_REP_KIND_VALUES: set[ApplicationRepKind] = {
    "browser",
    "mobile",
    "server",
}


def check_application_rep_kind(value: object, key: str | int | None = None) -> ApplicationRepKind | str:
    """`value` as ApplicationRepKind; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in APPLICATION_REP_KIND_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['browser', 'mobile', 'server']", value, key))
