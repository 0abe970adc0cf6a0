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
    from ..models.context_instance_evaluation_links import ContextInstanceEvaluationLinks
    from ..models.context_instance_evaluation_reason import ContextInstanceEvaluationReason


T = TypeVar("T", bound="ContextInstanceEvaluation")


@_attrs_define
class ContextInstanceEvaluation:
    """How one flag evaluated for the context.

    Attributes:
        name (str):  Example: My flag.
        key (str):  Example: my-flag.
        field_value (Any):
        reason (ContextInstanceEvaluationReason | Unset):
        field_links (ContextInstanceEvaluationLinks | Unset):
    """

    name: str
    key: str
    field_value: Any
    reason: ContextInstanceEvaluationReason | Unset = UNSET
    field_links: ContextInstanceEvaluationLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        key = self.key

        field_value = self.field_value

        reason: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = jsonable(self.reason)

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "key": key,
                "_value": field_value,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        key = d.pop("key", decode.MISSING)
        if type(key) is not str:
            key = decode.expect(key, str, "key")

        field_value = d.pop("_value")

        reason = d.pop("reason", UNSET)
        if reason is not UNSET:
            reason = decode.model(_models.ContextInstanceEvaluationReason.from_dict, reason, "reason")

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.ContextInstanceEvaluationLinks.from_dict, field_links, "_links")

        context_instance_evaluation = cls.__new__(cls)
        context_instance_evaluation.name = name
        context_instance_evaluation.key = key
        context_instance_evaluation.field_value = field_value
        context_instance_evaluation.reason = reason
        context_instance_evaluation.field_links = field_links

        context_instance_evaluation.additional_properties = d if d else {}
        return context_instance_evaluation

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
