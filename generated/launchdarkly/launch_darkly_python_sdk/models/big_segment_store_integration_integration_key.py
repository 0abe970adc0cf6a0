from typing import Literal

BigSegmentStoreIntegrationIntegrationKey = Literal["dynamodb", "redis"]

BIG_SEGMENT_STORE_INTEGRATION_INTEGRATION_KEY_VALUES: set[BigSegmentStoreIntegrationIntegrationKey] = {
    "dynamodb",
    "redis",
}


def check_big_segment_store_integration_integration_key(value: str) -> BigSegmentStoreIntegrationIntegrationKey:
    if value in BIG_SEGMENT_STORE_INTEGRATION_INTEGRATION_KEY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BIG_SEGMENT_STORE_INTEGRATION_INTEGRATION_KEY_VALUES!r}"
    )
