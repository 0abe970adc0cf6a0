from typing import Literal

GetBigSegmentImportLDAPIVersion = Literal["beta"]

GET_BIG_SEGMENT_IMPORT_LDAPI_VERSION_VALUES: set[GetBigSegmentImportLDAPIVersion] = {
    "beta",
}


def check_get_big_segment_import_ldapi_version(value: str) -> GetBigSegmentImportLDAPIVersion:
    if value in GET_BIG_SEGMENT_IMPORT_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_BIG_SEGMENT_IMPORT_LDAPI_VERSION_VALUES!r}")
