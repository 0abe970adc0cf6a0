from typing import Literal

WorkbookTreatments = Literal["ENUM_REFERENCE"]

WORKBOOK_TREATMENTS_VALUES: set[WorkbookTreatments] = {
    "ENUM_REFERENCE",
}


def check_workbook_treatments(value: str) -> WorkbookTreatments:
    if value in WORKBOOK_TREATMENTS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WORKBOOK_TREATMENTS_VALUES!r}")
