from typing import Literal

FeatureFlagKind = Literal["boolean", "multivariate"]

FEATURE_FLAG_KIND_VALUES: set[FeatureFlagKind] = {
    "boolean",
    "multivariate",
}


def check_feature_flag_kind(value: str) -> FeatureFlagKind:
    if value in FEATURE_FLAG_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FEATURE_FLAG_KIND_VALUES!r}")
