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
    from ..models.store_integration_error import StoreIntegrationError


T = TypeVar("T", bound="BigSegmentStoreStatus")


@_attrs_define
class BigSegmentStoreStatus:
    """
    Attributes:
        available (bool | Unset):
        potentially_stale (bool | Unset):
        last_sync (int | Unset): Milliseconds since the Unix epoch. Example: 1700000000000.
        last_error (int | Unset): Milliseconds since the Unix epoch. Example: 1700000000000.
        errors (list[StoreIntegrationError] | Unset):
    """

    available: bool | Unset = UNSET
    potentially_stale: bool | Unset = UNSET
    last_sync: int | Unset = UNSET
    last_error: int | Unset = UNSET
    errors: list[StoreIntegrationError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        available = self.available

        potentially_stale = self.potentially_stale

        last_sync = self.last_sync

        last_error = self.last_error

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = jsonable(errors_item_data)
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if available is not UNSET:
            field_dict["available"] = available
        if potentially_stale is not UNSET:
            field_dict["potentiallyStale"] = potentially_stale
        if last_sync is not UNSET:
            field_dict["lastSync"] = last_sync
        if last_error is not UNSET:
            field_dict["lastError"] = last_error
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        available = d.pop("available", UNSET)
        if type(available) is not bool and available is not UNSET:
            available = decode.expect(available, bool, "available")

        potentially_stale = d.pop("potentiallyStale", UNSET)
        if type(potentially_stale) is not bool and potentially_stale is not UNSET:
            potentially_stale = decode.expect(potentially_stale, bool, "potentiallyStale")

        last_sync = d.pop("lastSync", UNSET)
        if type(last_sync) is not int and last_sync is not UNSET:
            last_sync = decode.expect(last_sync, int, "lastSync")

        last_error = d.pop("lastError", UNSET)
        if type(last_error) is not int and last_error is not UNSET:
            last_error = decode.expect(last_error, int, "lastError")

        errors = d.pop("errors", UNSET)
        if errors is not UNSET:
            errors = decode.model_array(_models.StoreIntegrationError.from_dict, errors, "errors")

        big_segment_store_status = cls.__new__(cls)
        big_segment_store_status.available = available
        big_segment_store_status.potentially_stale = potentially_stale
        big_segment_store_status.last_sync = last_sync
        big_segment_store_status.last_error = last_error
        big_segment_store_status.errors = errors

        big_segment_store_status.additional_properties = d if d else {}
        return big_segment_store_status

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
