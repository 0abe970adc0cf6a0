from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patch_tables_id_body_ontology_mapping import PatchTablesIdBodyOntologyMapping


T = TypeVar("T", bound="PatchTablesIdBody")


@_attrs_define(slots=False)
class PatchTablesIdBody(ResponseMetadata):
    """
    Attributes:
        ontology_mapping (PatchTablesIdBodyOntologyMapping | Unset): Column name to ontology key.
        description (str | Unset):
        primary_keys (list[str] | Unset):
        last_modified_keys (list[str] | Unset):
    """

    ontology_mapping: PatchTablesIdBodyOntologyMapping | Unset = UNSET
    description: str | Unset = UNSET
    primary_keys: list[str] | Unset = UNSET
    last_modified_keys: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        ontology_mapping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ontology_mapping, Unset):
            ontology_mapping = jsonable(self.ontology_mapping)

        description = self.description

        primary_keys: list[str] | Unset = UNSET
        if not isinstance(self.primary_keys, Unset):
            primary_keys = self.primary_keys

        last_modified_keys: list[str] | Unset = UNSET
        if not isinstance(self.last_modified_keys, Unset):
            last_modified_keys = self.last_modified_keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if ontology_mapping is not UNSET:
            field_dict["ontologyMapping"] = ontology_mapping
        if description is not UNSET:
            field_dict["description"] = description
        if primary_keys is not UNSET:
            field_dict["primaryKeys"] = primary_keys
        if last_modified_keys is not UNSET:
            field_dict["lastModifiedKeys"] = last_modified_keys

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ontology_mapping = d.pop("ontologyMapping", UNSET)
        if ontology_mapping is not UNSET:
            ontology_mapping = decode.model(
                _models.PatchTablesIdBodyOntologyMapping.from_dict, ontology_mapping, "ontologyMapping"
            )

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        primary_keys = d.pop("primaryKeys", UNSET)
        if primary_keys is not UNSET:
            primary_keys = decode.scalar_array(primary_keys, str, "primaryKeys")

        last_modified_keys = d.pop("lastModifiedKeys", UNSET)
        if last_modified_keys is not UNSET:
            last_modified_keys = decode.scalar_array(last_modified_keys, str, "lastModifiedKeys")

        patch_tables_id_body = cls.__new__(cls)
        patch_tables_id_body.ontology_mapping = ontology_mapping
        patch_tables_id_body.description = description
        patch_tables_id_body.primary_keys = primary_keys
        patch_tables_id_body.last_modified_keys = last_modified_keys

        patch_tables_id_body.additional_properties = d if d else {}
        return patch_tables_id_body

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
