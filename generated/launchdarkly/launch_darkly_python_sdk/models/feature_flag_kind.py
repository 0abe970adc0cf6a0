from typing import Literal, cast

from .._core import _decode as decode

FeatureFlagKind = Literal["boolean", "multivariate"]

FEATURE_FLAG_KIND_VALUES: set[FeatureFlagKind] = {
    "boolean",
    "multivariate",
}


def check_feature_flag_kind(value: object, key: str | int | None = None) -> FeatureFlagKind | str:
    """`value` as FeatureFlagKind; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in FEATURE_FLAG_KIND_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['boolean', 'multivariate']", value, key))
