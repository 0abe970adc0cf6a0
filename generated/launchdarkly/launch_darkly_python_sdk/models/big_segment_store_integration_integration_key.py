from typing import Literal, cast

from .._core import _decode as decode

BigSegmentStoreIntegrationIntegrationKey = Literal["dynamodb", "redis"]

BIG_SEGMENT_STORE_INTEGRATION_INTEGRATION_KEY_VALUES: set[BigSegmentStoreIntegrationIntegrationKey] = {
    "dynamodb",
    "redis",
}


def check_big_segment_store_integration_integration_key(
    value: object, key: str | int | None = None
) -> BigSegmentStoreIntegrationIntegrationKey | str:
    """`value` as BigSegmentStoreIntegrationIntegrationKey; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in BIG_SEGMENT_STORE_INTEGRATION_INTEGRATION_KEY_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['dynamodb', 'redis']", value, key))
