from typing import Literal, cast

from .._core import _decode as decode

FeatureFlagBodyPurpose = Literal["holdout", "migration"]

FEATURE_FLAG_BODY_PURPOSE_VALUES: set[FeatureFlagBodyPurpose] = {
    "holdout",
    "migration",
}


def check_feature_flag_body_purpose(value: object, key: str | int | None = None) -> FeatureFlagBodyPurpose | str:
    """`value` as FeatureFlagBodyPurpose; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in FEATURE_FLAG_BODY_PURPOSE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['holdout', 'migration']", value, key))
