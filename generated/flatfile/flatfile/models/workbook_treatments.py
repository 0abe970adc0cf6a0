from typing import Literal, cast

from .._core import _decode as decode

WorkbookTreatments = Literal["ENUM_REFERENCE"]

WORKBOOK_TREATMENTS_VALUES: set[WorkbookTreatments] = {
    "ENUM_REFERENCE",
}


def check_workbook_treatments(value: object, key: str | int | None = None) -> WorkbookTreatments | str:
    """`value` as WorkbookTreatments; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in WORKBOOK_TREATMENTS_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['ENUM_REFERENCE']", value, key))
