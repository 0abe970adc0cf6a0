from typing import Literal

CreateBigSegmentImportBodyMode = Literal["merge", "replace"]

CREATE_BIG_SEGMENT_IMPORT_BODY_MODE_VALUES: set[CreateBigSegmentImportBodyMode] = {
    "merge",
    "replace",
}


def check_create_big_segment_import_body_mode(value: str) -> CreateBigSegmentImportBodyMode:
    if value in CREATE_BIG_SEGMENT_IMPORT_BODY_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_BIG_SEGMENT_IMPORT_BODY_MODE_VALUES!r}")
