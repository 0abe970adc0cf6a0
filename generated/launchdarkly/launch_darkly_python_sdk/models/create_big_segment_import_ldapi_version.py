from typing import Literal

CreateBigSegmentImportLDAPIVersion = Literal["beta"]

CREATE_BIG_SEGMENT_IMPORT_LDAPI_VERSION_VALUES: set[CreateBigSegmentImportLDAPIVersion] = {
    "beta",
}


def check_create_big_segment_import_ldapi_version(value: str) -> CreateBigSegmentImportLDAPIVersion:
    if value in CREATE_BIG_SEGMENT_IMPORT_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_BIG_SEGMENT_IMPORT_LDAPI_VERSION_VALUES!r}")
