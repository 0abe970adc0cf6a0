from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="VersionStackCreateParamsData")


@_attrs_define
class VersionStackCreateParamsData:
    """
    Attributes:
        file_ids (list[str]): Files to stack, in version order.
    """

    file_ids: list[str]

    def to_dict(self) -> dict[str, Any]:
        file_ids = self.file_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file_ids": file_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_ids = cast(list[str], d.pop("file_ids"))

        version_stack_create_params_data = cls(
            file_ids=file_ids,
        )

        return version_stack_create_params_data
