from typing import Literal

GetBigSegmentExportLDAPIVersion = Literal["beta"]

GET_BIG_SEGMENT_EXPORT_LDAPI_VERSION_VALUES: set[GetBigSegmentExportLDAPIVersion] = {
    "beta",
}


def check_get_big_segment_export_ldapi_version(value: str) -> GetBigSegmentExportLDAPIVersion:
    if value in GET_BIG_SEGMENT_EXPORT_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_BIG_SEGMENT_EXPORT_LDAPI_VERSION_VALUES!r}")
