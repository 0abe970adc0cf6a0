from typing import Literal, cast

from .._core import _decode as decode

DataRetentionPolicyEnum = Literal["lastActivity", "sinceCreated"]

DATA_RETENTION_POLICY_ENUM_VALUES: set[DataRetentionPolicyEnum] = {
    "lastActivity",
    "sinceCreated",
}


def check_data_retention_policy_enum(value: object, key: str | int | None = None) -> DataRetentionPolicyEnum | str:
    """`value` as DataRetentionPolicyEnum; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in DATA_RETENTION_POLICY_ENUM_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['lastActivity', 'sinceCreated']", value, key))
