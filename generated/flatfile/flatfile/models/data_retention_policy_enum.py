from typing import Literal

DataRetentionPolicyEnum = Literal["lastActivity", "sinceCreated"]

DATA_RETENTION_POLICY_ENUM_VALUES: set[DataRetentionPolicyEnum] = {
    "lastActivity",
    "sinceCreated",
}


def check_data_retention_policy_enum(value: str) -> DataRetentionPolicyEnum:
    if value in DATA_RETENTION_POLICY_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATA_RETENTION_POLICY_ENUM_VALUES!r}")
