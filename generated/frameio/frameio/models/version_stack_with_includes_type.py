from typing import Literal

VersionStackWithIncludesType = Literal["version_stack"]

VERSION_STACK_WITH_INCLUDES_TYPE_VALUES: set[VersionStackWithIncludesType] = {
    "version_stack",
}


def check_version_stack_with_includes_type(value: str) -> VersionStackWithIncludesType:
    if value in VERSION_STACK_WITH_INCLUDES_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VERSION_STACK_WITH_INCLUDES_TYPE_VALUES!r}")
