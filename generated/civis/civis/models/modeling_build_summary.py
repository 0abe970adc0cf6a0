from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="ModelingBuildSummary")


@_attrs_define(slots=False)
class ModelingBuildSummary(ResponseMetadata):
    """
    Attributes:
        id (int):
        name (str):
        created_at (str):
        description (str):
        root_mean_squared_error (float):
        r_squared_error (float):
        roc_auc (float):
    """

    id: int
    name: str
    created_at: str
    description: str
    root_mean_squared_error: float
    r_squared_error: float
    roc_auc: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created_at = self.created_at

        description = self.description

        root_mean_squared_error = self.root_mean_squared_error

        r_squared_error = self.r_squared_error

        roc_auc = self.roc_auc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "createdAt": created_at,
                "description": description,
                "rootMeanSquaredError": root_mean_squared_error,
                "rSquaredError": r_squared_error,
                "rocAuc": roc_auc,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        created_at = d.pop("createdAt", decode.MISSING)
        if type(created_at) is not str:
            created_at = decode.expect(created_at, str, "createdAt")

        description = d.pop("description", decode.MISSING)
        if type(description) is not str:
            description = decode.expect(description, str, "description")

        root_mean_squared_error = d.pop("rootMeanSquaredError", decode.MISSING)
        if type(root_mean_squared_error) is not float:
            root_mean_squared_error = decode.expect(root_mean_squared_error, float, "rootMeanSquaredError")

        r_squared_error = d.pop("rSquaredError", decode.MISSING)
        if type(r_squared_error) is not float:
            r_squared_error = decode.expect(r_squared_error, float, "rSquaredError")

        roc_auc = d.pop("rocAuc", decode.MISSING)
        if type(roc_auc) is not float:
            roc_auc = decode.expect(roc_auc, float, "rocAuc")

        modeling_build_summary = cls.__new__(cls)
        modeling_build_summary.id = id
        modeling_build_summary.name = name
        modeling_build_summary.created_at = created_at
        modeling_build_summary.description = description
        modeling_build_summary.root_mean_squared_error = root_mean_squared_error
        modeling_build_summary.r_squared_error = r_squared_error
        modeling_build_summary.roc_auc = roc_auc

        modeling_build_summary.additional_properties = d if d else {}
        return modeling_build_summary

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return field_item(self, key, self.additional_properties)

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return has_field_item(self, key, self.additional_properties)
