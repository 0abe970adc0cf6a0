from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from .._core._types import plain_names
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.parcel import Parcel


T = TypeVar("T", bound="LabelsCreateBody")


@plain_names({"format": "format_"})
@_attrs_define
class LabelsCreateBody:
    """
    Attributes:
        schema_version (Literal[2]):  Default: 2.
        carrier (str):
        parcel (Parcel):
        format_ (Literal['pdf'] | Unset):
    """

    carrier: str
    parcel: Parcel
    schema_version: Literal[2] = 2
    format_: Literal["pdf"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        schema_version = self.schema_version

        carrier = self.carrier

        parcel = jsonable(self.parcel)

        format_ = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schemaVersion": schema_version,
                "carrier": carrier,
                "parcel": parcel,
            }
        )
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        schema_version = cast("Literal[2]", decode.const(d.pop("schemaVersion", decode.MISSING), 2, "schemaVersion"))

        carrier = d.pop("carrier", decode.MISSING)
        if type(carrier) is not str:
            carrier = decode.expect(carrier, str, "carrier")

        parcel = decode.model(_models.Parcel.from_dict, d.pop("parcel", decode.MISSING), "parcel")

        format_ = cast("Literal['pdf'] | Unset", decode.const(d.pop("format", UNSET), "pdf", "format"))

        labels_create_body = cls.__new__(cls)
        labels_create_body.schema_version = schema_version
        labels_create_body.carrier = carrier
        labels_create_body.parcel = parcel
        labels_create_body.format_ = format_

        labels_create_body.additional_properties = d if d else {}
        return labels_create_body

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
