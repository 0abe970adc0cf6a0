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
    from ..models.sheet_config import SheetConfig


T = TypeVar("T", bound="MappingUpdateMappingProgramBody")


@_attrs_define
class MappingUpdateMappingProgramBody:
    """
    Attributes:
        source (SheetConfig): Shape and behaviour of a sheet.
        destination (SheetConfig): Shape and behaviour of a sheet.
        family_id (str | Unset): Family to add the program to.
        namespace (str | Unset):
        save (bool | Unset): Keep the program for later editing; the response then carries an access token. Example:
            False.
    """

    source: SheetConfig
    destination: SheetConfig
    family_id: str | Unset = UNSET
    namespace: str | Unset = UNSET
    save: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        source = jsonable(self.source)

        destination = jsonable(self.destination)

        family_id = self.family_id

        namespace = self.namespace

        save = self.save

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "destination": destination,
            }
        )
        if family_id is not UNSET:
            field_dict["familyId"] = family_id
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if save is not UNSET:
            field_dict["save"] = save

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = decode.model(_models.SheetConfig.from_dict, d.pop("source", decode.MISSING), "source")

        destination = decode.model(_models.SheetConfig.from_dict, d.pop("destination", decode.MISSING), "destination")

        family_id = d.pop("familyId", UNSET)
        if type(family_id) is not str and family_id is not UNSET:
            family_id = decode.expect(family_id, str, "familyId")

        namespace = d.pop("namespace", UNSET)
        if type(namespace) is not str and namespace is not UNSET:
            namespace = decode.expect(namespace, str, "namespace")

        save = d.pop("save", UNSET)
        if type(save) is not bool and save is not UNSET:
            save = decode.expect(save, bool, "save")

        mapping_update_mapping_program_body = cls.__new__(cls)
        mapping_update_mapping_program_body.source = source
        mapping_update_mapping_program_body.destination = destination
        mapping_update_mapping_program_body.family_id = family_id
        mapping_update_mapping_program_body.namespace = namespace
        mapping_update_mapping_program_body.save = save

        mapping_update_mapping_program_body.additional_properties = d if d else {}
        return mapping_update_mapping_program_body

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
