from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from .._core._types import plain_names
from ..models.field_constraint_type import FieldConstraintType, check_field_constraint_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_constraint_config import FieldConstraintConfig


T = TypeVar("T", bound="FieldConstraint")


@plain_names({"type": "type_"})
@_attrs_define
class FieldConstraint:
    """Validation rule on a field.

    Attributes:
        type_ (FieldConstraintType | str):
        validator (str | Unset):
        config (FieldConstraintConfig | Unset):
    """

    type_: FieldConstraintType | str
    validator: str | Unset = UNSET
    config: FieldConstraintConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        validator = self.validator

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = jsonable(self.config)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if validator is not UNSET:
            field_dict["validator"] = validator
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_field_constraint_type(d.pop("type", decode.MISSING), "type")

        validator = d.pop("validator", UNSET)
        if type(validator) is not str and validator is not UNSET:
            validator = decode.expect(validator, str, "validator")

        config = d.pop("config", UNSET)
        if config is not UNSET:
            config = decode.model(_models.FieldConstraintConfig.from_dict, config, "config")

        field_constraint = cls.__new__(cls)
        field_constraint.type_ = type_
        field_constraint.validator = validator
        field_constraint.config = config

        field_constraint.additional_properties = d if d else {}
        return field_constraint

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
