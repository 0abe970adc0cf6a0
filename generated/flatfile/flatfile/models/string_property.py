from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_constraint import FieldConstraint
    from ..models.string_property_config import StringPropertyConfig


T = TypeVar("T", bound="StringProperty")


@_attrs_define
class StringProperty:
    """Free text field.

    Attributes:
        type_ (Literal['string']):
        key (str): Unique field key within the sheet. Example: firstName.
        label (str | Unset): Display name. Example: First Name.
        description (str | Unset):
        constraints (list[FieldConstraint] | Unset):
        readonly (bool | Unset):
        metadata (Any | Unset):
        treatments (list[str] | Unset):
        alternative_names (list[str] | Unset):
        config (StringPropertyConfig | Unset):
    """

    type_: Literal["string"]
    key: str
    label: str | Unset = UNSET
    description: str | Unset = UNSET
    constraints: list[FieldConstraint] | Unset = UNSET
    readonly: bool | Unset = UNSET
    metadata: Any | Unset = UNSET
    treatments: list[str] | Unset = UNSET
    alternative_names: list[str] | Unset = UNSET
    config: StringPropertyConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        key = self.key

        label = self.label

        description = self.description

        constraints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.constraints, Unset):
            constraints = []
            for constraints_item_data in self.constraints:
                constraints_item = constraints_item_data.to_dict()
                constraints.append(constraints_item)

        readonly = self.readonly

        metadata = self.metadata

        treatments: list[str] | Unset = UNSET
        if not isinstance(self.treatments, Unset):
            treatments = self.treatments

        alternative_names: list[str] | Unset = UNSET
        if not isinstance(self.alternative_names, Unset):
            alternative_names = self.alternative_names

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "key": key,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description
        if constraints is not UNSET:
            field_dict["constraints"] = constraints
        if readonly is not UNSET:
            field_dict["readonly"] = readonly
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if treatments is not UNSET:
            field_dict["treatments"] = treatments
        if alternative_names is not UNSET:
            field_dict["alternativeNames"] = alternative_names
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_constraint import FieldConstraint  # noqa: PLC0415
        from ..models.string_property_config import StringPropertyConfig  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["string"], d.pop("type"))
        if type_ != "string":
            raise ValueError(f"type must match const 'string', got '{type_}'")

        key = d.pop("key")

        label = d.pop("label", UNSET)

        description = d.pop("description", UNSET)

        _constraints = d.pop("constraints", UNSET)
        constraints: list[FieldConstraint] | Unset = UNSET
        if _constraints is not UNSET:
            constraints = []
            for constraints_item_data in _constraints:
                constraints_item = FieldConstraint.from_dict(constraints_item_data)

                constraints.append(constraints_item)

        readonly = d.pop("readonly", UNSET)

        metadata = d.pop("metadata", UNSET)

        treatments = cast(list[str], d.pop("treatments", UNSET))

        alternative_names = cast(list[str], d.pop("alternativeNames", UNSET))

        _config = d.pop("config", UNSET)
        config: StringPropertyConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = StringPropertyConfig.from_dict(_config)

        string_property = cls(
            type_=type_,
            key=key,
            label=label,
            description=description,
            constraints=constraints,
            readonly=readonly,
            metadata=metadata,
            treatments=treatments,
            alternative_names=alternative_names,
            config=config,
        )

        string_property.additional_properties = d
        return string_property

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
