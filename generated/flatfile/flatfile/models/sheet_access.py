from typing import Literal, cast

from .._core import _decode as decode

SheetAccess = Literal["*", "add", "delete", "edit", "import"]

SHEET_ACCESS_VALUES: set[SheetAccess] = {
    "*",
    "add",
    "delete",
    "edit",
    "import",
}


def check_sheet_access(value: object, key: str | int | None = None) -> SheetAccess | str:
    """`value` as SheetAccess; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in SHEET_ACCESS_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['*', 'add', 'delete', 'edit', 'import']", value, key))
