from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable

if TYPE_CHECKING:
    from ..models.workflow_template_output import WorkflowTemplateOutput


T = TypeVar("T", bound="WorkflowTemplatesListingOutputRep")


@_attrs_define
class WorkflowTemplatesListingOutputRep:
    """Workflow templates.

    Attributes:
        items (list[WorkflowTemplateOutput]):
    """

    items: list[WorkflowTemplateOutput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = jsonable(items_item_data)
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        items = decode.model_array(_models.WorkflowTemplateOutput.from_dict, d.pop("items", decode.MISSING), "items")

        workflow_templates_listing_output_rep = cls.__new__(cls)
        workflow_templates_listing_output_rep.items = items

        workflow_templates_listing_output_rep.additional_properties = d if d else {}
        return workflow_templates_listing_output_rep

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
