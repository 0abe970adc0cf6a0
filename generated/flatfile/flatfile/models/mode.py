from typing import Literal, cast

from .._core import _decode as decode

Mode = Literal["export", "import"]

MODE_VALUES: set[Mode] = {
    "export",
    "import",
}


def check_mode(value: object, key: str | int | None = None) -> Mode | str:
    """`value` as Mode; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in MODE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['export', 'import']", value, key))
