from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_workflow_stage_meta import CustomWorkflowStageMeta


T = TypeVar("T", bound="CustomWorkflowMeta")


@_attrs_define
class CustomWorkflowMeta:
    """
    Attributes:
        name (str | Unset):
        stage (CustomWorkflowStageMeta | Unset):
    """

    name: str | Unset = UNSET
    stage: CustomWorkflowStageMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        stage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stage, Unset):
            stage = jsonable(self.stage)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if stage is not UNSET:
            field_dict["stage"] = stage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        stage = d.pop("stage", UNSET)
        if stage is not UNSET:
            stage = decode.model(_models.CustomWorkflowStageMeta.from_dict, stage, "stage")

        custom_workflow_meta = cls.__new__(cls)
        custom_workflow_meta.name = name
        custom_workflow_meta.stage = stage

        custom_workflow_meta.additional_properties = d if d else {}
        return custom_workflow_meta

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
