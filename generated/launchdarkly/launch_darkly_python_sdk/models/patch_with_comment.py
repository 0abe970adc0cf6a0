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
    from ..models.patch_operation import PatchOperation


T = TypeVar("T", bound="PatchWithComment")


@_attrs_define
class PatchWithComment:
    """JSON Patch operations plus an optional audit-log comment.

    Attributes:
        patch (list[PatchOperation]): A list of JSON Patch operations applied in order.
        comment (str | Unset): Shown next to the change in the audit log. Example: Turning on the new checkout.
    """

    patch: list[PatchOperation]
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        patch = []
        for componentsschemas_json_patch_item_data in self.patch:
            componentsschemas_json_patch_item = jsonable(componentsschemas_json_patch_item_data)
            patch.append(componentsschemas_json_patch_item)

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "patch": patch,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        patch = decode.model_array(_models.PatchOperation.from_dict, d.pop("patch", decode.MISSING), "patch")

        comment = d.pop("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = decode.expect(comment, str, "comment")

        patch_with_comment = cls.__new__(cls)
        patch_with_comment.patch = patch
        patch_with_comment.comment = comment

        patch_with_comment.additional_properties = d if d else {}
        return patch_with_comment

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
