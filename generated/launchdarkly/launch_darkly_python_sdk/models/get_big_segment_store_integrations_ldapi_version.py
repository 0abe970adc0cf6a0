from typing import Literal

GetBigSegmentStoreIntegrationsLDAPIVersion = Literal["beta"]

GET_BIG_SEGMENT_STORE_INTEGRATIONS_LDAPI_VERSION_VALUES: set[GetBigSegmentStoreIntegrationsLDAPIVersion] = {
    "beta",
}


def check_get_big_segment_store_integrations_ldapi_version(value: str) -> GetBigSegmentStoreIntegrationsLDAPIVersion:
    if value in GET_BIG_SEGMENT_STORE_INTEGRATIONS_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_BIG_SEGMENT_STORE_INTEGRATIONS_LDAPI_VERSION_VALUES!r}"
    )
