from typing import Literal

PatchTeamsLDAPIVersion = Literal["beta"]

PATCH_TEAMS_LDAPI_VERSION_VALUES: set[PatchTeamsLDAPIVersion] = {
    "beta",
}


def check_patch_teams_ldapi_version(value: str) -> PatchTeamsLDAPIVersion:
    if value in PATCH_TEAMS_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PATCH_TEAMS_LDAPI_VERSION_VALUES!r}")
