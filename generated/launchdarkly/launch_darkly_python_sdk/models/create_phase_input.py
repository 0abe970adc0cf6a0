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
    from ..models.audience_post import AudiencePost
    from ..models.phase_configuration import PhaseConfiguration


T = TypeVar("T", bound="CreatePhaseInput")


@_attrs_define
class CreatePhaseInput:
    """
    Attributes:
        audiences (list[AudiencePost]):
        name (str):
        configuration (PhaseConfiguration | Unset):
    """

    audiences: list[AudiencePost]
    name: str
    configuration: PhaseConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        audiences = []
        for audiences_item_data in self.audiences:
            audiences_item = jsonable(audiences_item_data)
            audiences.append(audiences_item)

        name = self.name

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = jsonable(self.configuration)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audiences": audiences,
                "name": name,
            }
        )
        if configuration is not UNSET:
            field_dict["configuration"] = configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audiences = decode.model_array(_models.AudiencePost.from_dict, d.pop("audiences", decode.MISSING), "audiences")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        configuration = d.pop("configuration", UNSET)
        if configuration is not UNSET:
            configuration = decode.model(_models.PhaseConfiguration.from_dict, configuration, "configuration")

        create_phase_input = cls.__new__(cls)
        create_phase_input.audiences = audiences
        create_phase_input.name = name
        create_phase_input.configuration = configuration

        create_phase_input.additional_properties = d if d else {}
        return create_phase_input

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
