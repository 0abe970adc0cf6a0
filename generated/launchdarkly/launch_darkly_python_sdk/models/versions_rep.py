from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="VersionsRep")


@_attrs_define
class VersionsRep:
    """API versions the caller may use.

    Attributes:
        valid_versions (list[int]):
        latest_version (int):  Example: 20220603.
        current_version (int):  Example: 20220603.
        beta (bool | Unset):  Example: False.
    """

    valid_versions: list[int]
    latest_version: int
    current_version: int
    beta: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        valid_versions = self.valid_versions

        latest_version = self.latest_version

        current_version = self.current_version

        beta = self.beta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "validVersions": valid_versions,
                "latestVersion": latest_version,
                "currentVersion": current_version,
            }
        )
        if beta is not UNSET:
            field_dict["beta"] = beta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        valid_versions = decode.scalar_array(d.pop("validVersions", decode.MISSING), int, "validVersions")

        latest_version = d.pop("latestVersion", decode.MISSING)
        if type(latest_version) is not int:
            latest_version = decode.expect(latest_version, int, "latestVersion")

        current_version = d.pop("currentVersion", decode.MISSING)
        if type(current_version) is not int:
            current_version = decode.expect(current_version, int, "currentVersion")

        beta = d.pop("beta", UNSET)
        if type(beta) is not bool and beta is not UNSET:
            beta = decode.expect(beta, bool, "beta")

        versions_rep = cls.__new__(cls)
        versions_rep.valid_versions = valid_versions
        versions_rep.latest_version = latest_version
        versions_rep.current_version = current_version
        versions_rep.beta = beta

        versions_rep.additional_properties = d if d else {}
        return versions_rep

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
