from typing import Literal

SheetAccess = Literal["*", "add", "delete", "edit", "import"]

SHEET_ACCESS_VALUES: set[SheetAccess] = {
    "*",
    "add",
    "delete",
    "edit",
    "import",
}


def check_sheet_access(value: str) -> SheetAccess:
    if value in SHEET_ACCESS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SHEET_ACCESS_VALUES!r}")
