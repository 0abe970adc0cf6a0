from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Version")


@_attrs_define
class Version:
    """Identifier of a change set.

    Attributes:
        version_id (str):  Example: us_vr_YOUR_ID.
        commit_id (str | Unset):  Example: us_vr_YOUR_ID.
    """

    version_id: str
    commit_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        version_id = self.version_id

        commit_id = self.commit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "versionId": version_id,
            }
        )
        if commit_id is not UNSET:
            field_dict["commitId"] = commit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version_id = d.pop("versionId", decode.MISSING)
        if type(version_id) is not str:
            version_id = decode.expect(version_id, str, "versionId")

        commit_id = d.pop("commitId", UNSET)
        if type(commit_id) is not str and commit_id is not UNSET:
            commit_id = decode.expect(commit_id, str, "commitId")

        version = cls.__new__(cls)
        version.version_id = version_id
        version.commit_id = commit_id

        version.additional_properties = d if d else {}
        return version

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
