from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="CovariateInfoRep")


@_attrs_define
class CovariateInfoRep:
    """
    Attributes:
        id (str):
        file_name (str):
        created_at (int): Milliseconds since the Unix epoch. Example: 1700000000000.
    """

    id: str
    file_name: str
    created_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        file_name = self.file_name

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "fileName": file_name,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not str:
            id = decode.expect(id, str, "id")

        file_name = d.pop("fileName", decode.MISSING)
        if type(file_name) is not str:
            file_name = decode.expect(file_name, str, "fileName")

        created_at = d.pop("createdAt", decode.MISSING)
        if type(created_at) is not int:
            created_at = decode.expect(created_at, int, "createdAt")

        covariate_info_rep = cls.__new__(cls)
        covariate_info_rep.id = id
        covariate_info_rep.file_name = file_name
        covariate_info_rep.created_at = created_at

        covariate_info_rep.additional_properties = d if d else {}
        return covariate_info_rep

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
