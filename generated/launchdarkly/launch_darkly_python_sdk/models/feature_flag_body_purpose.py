from typing import Literal

FeatureFlagBodyPurpose = Literal["holdout", "migration"]

FEATURE_FLAG_BODY_PURPOSE_VALUES: set[FeatureFlagBodyPurpose] = {
    "holdout",
    "migration",
}


def check_feature_flag_body_purpose(value: str) -> FeatureFlagBodyPurpose:
    if value in FEATURE_FLAG_BODY_PURPOSE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FEATURE_FLAG_BODY_PURPOSE_VALUES!r}")
