from typing import Literal

PatchMembersLDAPIVersion = Literal["beta"]

PATCH_MEMBERS_LDAPI_VERSION_VALUES: set[PatchMembersLDAPIVersion] = {
    "beta",
}


def check_patch_members_ldapi_version(value: str) -> PatchMembersLDAPIVersion:
    if value in PATCH_MEMBERS_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PATCH_MEMBERS_LDAPI_VERSION_VALUES!r}")
