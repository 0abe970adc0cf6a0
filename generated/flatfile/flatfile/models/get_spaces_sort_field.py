from typing import Literal, cast

from .._core import _decode as decode

GetSpacesSortField = Literal[
    "createdAt", "createdByUserName", "environmentId", "filesCount", "lastActivityAt", "name", "workbooksCount"
]

GET_SPACES_SORT_FIELD_VALUES: set[GetSpacesSortField] = {
    "createdAt",
    "createdByUserName",
    "environmentId",
    "filesCount",
    "lastActivityAt",
    "name",
    "workbooksCount",
}


def check_get_spaces_sort_field(value: object, key: str | int | None = None) -> GetSpacesSortField | str:
    """`value` as GetSpacesSortField; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in GET_SPACES_SORT_FIELD_VALUES:
        return value
    return cast(
        str,
        decode.mismatch(
            "one of ['createdAt', 'createdByUserName', 'environmentId', 'filesCount', 'lastActivityAt', 'name', 'workbooksCount']",
            value,
            key,
        ),
    )
