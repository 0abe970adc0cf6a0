from typing import Literal

CreateBigSegmentExportLDAPIVersion = Literal["beta"]

CREATE_BIG_SEGMENT_EXPORT_LDAPI_VERSION_VALUES: set[CreateBigSegmentExportLDAPIVersion] = {
    "beta",
}


def check_create_big_segment_export_ldapi_version(value: str) -> CreateBigSegmentExportLDAPIVersion:
    if value in CREATE_BIG_SEGMENT_EXPORT_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_BIG_SEGMENT_EXPORT_LDAPI_VERSION_VALUES!r}")
