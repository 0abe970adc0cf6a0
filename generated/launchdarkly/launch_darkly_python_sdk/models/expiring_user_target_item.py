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
    from ..models.resource_id_response import ResourceIDResponse


T = TypeVar("T", bound="ExpiringUserTargetItem")


@_attrs_define
class ExpiringUserTargetItem:
    """
    Attributes:
        field_id (str):
        field_version (int):
        expiration_date (int): Milliseconds since the Unix epoch. Example: 1700000000000.
        user_key (str):
        field_resource_id (ResourceIDResponse):
        target_type (str | Unset):
        variation_id (str | Unset):
    """

    field_id: str
    field_version: int
    expiration_date: int
    user_key: str
    field_resource_id: ResourceIDResponse
    target_type: str | Unset = UNSET
    variation_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        field_version = self.field_version

        expiration_date = self.expiration_date

        user_key = self.user_key

        field_resource_id = jsonable(self.field_resource_id)

        target_type = self.target_type

        variation_id = self.variation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "_version": field_version,
                "expirationDate": expiration_date,
                "userKey": user_key,
                "_resourceId": field_resource_id,
            }
        )
        if target_type is not UNSET:
            field_dict["targetType"] = target_type
        if variation_id is not UNSET:
            field_dict["variationId"] = variation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id", decode.MISSING)
        if type(field_id) is not str:
            field_id = decode.expect(field_id, str, "_id")

        field_version = d.pop("_version", decode.MISSING)
        if type(field_version) is not int:
            field_version = decode.expect(field_version, int, "_version")

        expiration_date = d.pop("expirationDate", decode.MISSING)
        if type(expiration_date) is not int:
            expiration_date = decode.expect(expiration_date, int, "expirationDate")

        user_key = d.pop("userKey", decode.MISSING)
        if type(user_key) is not str:
            user_key = decode.expect(user_key, str, "userKey")

        field_resource_id = decode.model(
            _models.ResourceIDResponse.from_dict, d.pop("_resourceId", decode.MISSING), "_resourceId"
        )

        target_type = d.pop("targetType", UNSET)
        if type(target_type) is not str and target_type is not UNSET:
            target_type = decode.expect(target_type, str, "targetType")

        variation_id = d.pop("variationId", UNSET)
        if type(variation_id) is not str and variation_id is not UNSET:
            variation_id = decode.expect(variation_id, str, "variationId")

        expiring_user_target_item = cls.__new__(cls)
        expiring_user_target_item.field_id = field_id
        expiring_user_target_item.field_version = field_version
        expiring_user_target_item.expiration_date = expiration_date
        expiring_user_target_item.user_key = user_key
        expiring_user_target_item.field_resource_id = field_resource_id
        expiring_user_target_item.target_type = target_type
        expiring_user_target_item.variation_id = variation_id

        expiring_user_target_item.additional_properties = d if d else {}
        return expiring_user_target_item

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
