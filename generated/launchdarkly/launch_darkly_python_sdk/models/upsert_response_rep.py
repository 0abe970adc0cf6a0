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
    from ..models.upsert_response_rep_links import UpsertResponseRepLinks


T = TypeVar("T", bound="UpsertResponseRep")


@_attrs_define
class UpsertResponseRep:
    """Result of an upsert.

    Attributes:
        status (str | Unset):  Example: success.
        field_links (UpsertResponseRepLinks | Unset):
    """

    status: str | Unset = UNSET
    field_links: UpsertResponseRepLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if status is not UNSET:
            field_dict["status"] = status
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", UNSET)
        if type(status) is not str and status is not UNSET:
            status = decode.expect(status, str, "status")

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.UpsertResponseRepLinks.from_dict, field_links, "_links")

        upsert_response_rep = cls.__new__(cls)
        upsert_response_rep.status = status
        upsert_response_rep.field_links = field_links

        upsert_response_rep.additional_properties = d if d else {}
        return upsert_response_rep

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
