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
    from ..models.expiring_target_patch_response_errors_item import ExpiringTargetPatchResponseErrorsItem
    from ..models.expiring_target_patch_response_items_item import ExpiringTargetPatchResponseItemsItem
    from ..models.expiring_target_patch_response_links import ExpiringTargetPatchResponseLinks


T = TypeVar("T", bound="ExpiringTargetPatchResponse")


@_attrs_define
class ExpiringTargetPatchResponse:
    """Targets after applying expiry instructions.

    Attributes:
        items (list[ExpiringTargetPatchResponseItemsItem]):
        field_links (ExpiringTargetPatchResponseLinks | Unset):
        total_instructions (int | Unset):
        successful_instructions (int | Unset):
        failed_instructions (int | Unset):
        errors (list[ExpiringTargetPatchResponseErrorsItem] | Unset):
    """

    items: list[ExpiringTargetPatchResponseItemsItem]
    field_links: ExpiringTargetPatchResponseLinks | Unset = UNSET
    total_instructions: int | Unset = UNSET
    successful_instructions: int | Unset = UNSET
    failed_instructions: int | Unset = UNSET
    errors: list[ExpiringTargetPatchResponseErrorsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = jsonable(items_item_data)
            items.append(items_item)

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        total_instructions = self.total_instructions

        successful_instructions = self.successful_instructions

        failed_instructions = self.failed_instructions

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = jsonable(errors_item_data)
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if total_instructions is not UNSET:
            field_dict["totalInstructions"] = total_instructions
        if successful_instructions is not UNSET:
            field_dict["successfulInstructions"] = successful_instructions
        if failed_instructions is not UNSET:
            field_dict["failedInstructions"] = failed_instructions
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        items = decode.model_array(
            _models.ExpiringTargetPatchResponseItemsItem.from_dict, d.pop("items", decode.MISSING), "items"
        )

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.ExpiringTargetPatchResponseLinks.from_dict, field_links, "_links")

        total_instructions = d.pop("totalInstructions", UNSET)
        if type(total_instructions) is not int and total_instructions is not UNSET:
            total_instructions = decode.expect(total_instructions, int, "totalInstructions")

        successful_instructions = d.pop("successfulInstructions", UNSET)
        if type(successful_instructions) is not int and successful_instructions is not UNSET:
            successful_instructions = decode.expect(successful_instructions, int, "successfulInstructions")

        failed_instructions = d.pop("failedInstructions", UNSET)
        if type(failed_instructions) is not int and failed_instructions is not UNSET:
            failed_instructions = decode.expect(failed_instructions, int, "failedInstructions")

        errors = d.pop("errors", UNSET)
        if errors is not UNSET:
            errors = decode.model_array(_models.ExpiringTargetPatchResponseErrorsItem.from_dict, errors, "errors")

        expiring_target_patch_response = cls.__new__(cls)
        expiring_target_patch_response.items = items
        expiring_target_patch_response.field_links = field_links
        expiring_target_patch_response.total_instructions = total_instructions
        expiring_target_patch_response.successful_instructions = successful_instructions
        expiring_target_patch_response.failed_instructions = failed_instructions
        expiring_target_patch_response.errors = errors

        expiring_target_patch_response.additional_properties = d if d else {}
        return expiring_target_patch_response

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
