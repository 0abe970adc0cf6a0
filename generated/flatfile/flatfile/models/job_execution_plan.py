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
    from ..models.destination_field_model import DestinationField
    from ..models.edge import Edge
    from ..models.source_field_model import SourceField


T = TypeVar("T", bound="JobExecutionPlan")


@_attrs_define
class JobExecutionPlan:
    """Field mapping a job will apply.

    Attributes:
        field_mapping (list[Edge]):
        unmapped_source_fields (list[SourceField]):
        unmapped_destination_fields (list[DestinationField]):
        program_id (str | Unset):
    """

    field_mapping: list[Edge]
    unmapped_source_fields: list[SourceField]
    unmapped_destination_fields: list[DestinationField]
    program_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_mapping = []
        for field_mapping_item_data in self.field_mapping:
            field_mapping_item = jsonable(field_mapping_item_data)
            field_mapping.append(field_mapping_item)

        unmapped_source_fields = []
        for unmapped_source_fields_item_data in self.unmapped_source_fields:
            unmapped_source_fields_item = jsonable(unmapped_source_fields_item_data)
            unmapped_source_fields.append(unmapped_source_fields_item)

        unmapped_destination_fields = []
        for unmapped_destination_fields_item_data in self.unmapped_destination_fields:
            unmapped_destination_fields_item = jsonable(unmapped_destination_fields_item_data)
            unmapped_destination_fields.append(unmapped_destination_fields_item)

        program_id = self.program_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fieldMapping": field_mapping,
                "unmappedSourceFields": unmapped_source_fields,
                "unmappedDestinationFields": unmapped_destination_fields,
            }
        )
        if program_id is not UNSET:
            field_dict["programId"] = program_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_mapping = decode.model_array(
            _models.Edge.from_dict, d.pop("fieldMapping", decode.MISSING), "fieldMapping"
        )

        unmapped_source_fields = decode.model_array(
            _models.SourceField.from_dict, d.pop("unmappedSourceFields", decode.MISSING), "unmappedSourceFields"
        )

        unmapped_destination_fields = decode.model_array(
            _models.DestinationField.from_dict,
            d.pop("unmappedDestinationFields", decode.MISSING),
            "unmappedDestinationFields",
        )

        program_id = d.pop("programId", UNSET)
        if type(program_id) is not str and program_id is not UNSET:
            program_id = decode.expect(program_id, str, "programId")

        job_execution_plan = cls.__new__(cls)
        job_execution_plan.field_mapping = field_mapping
        job_execution_plan.unmapped_source_fields = unmapped_source_fields
        job_execution_plan.unmapped_destination_fields = unmapped_destination_fields
        job_execution_plan.program_id = program_id

        job_execution_plan.additional_properties = d if d else {}
        return job_execution_plan

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
