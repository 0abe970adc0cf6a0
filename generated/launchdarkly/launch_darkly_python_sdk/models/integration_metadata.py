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
    from ..models.integration_status import IntegrationStatus


T = TypeVar("T", bound="IntegrationMetadata")


@_attrs_define
class IntegrationMetadata:
    """
    Attributes:
        external_id (str):
        external_status (IntegrationStatus):
        external_url (str):
        last_checked (int): Milliseconds since the Unix epoch. Example: 1700000000000.
    """

    external_id: str
    external_status: IntegrationStatus
    external_url: str
    last_checked: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        external_status = jsonable(self.external_status)

        external_url = self.external_url

        last_checked = self.last_checked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "externalStatus": external_status,
                "externalUrl": external_url,
                "lastChecked": last_checked,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId", decode.MISSING)
        if type(external_id) is not str:
            external_id = decode.expect(external_id, str, "externalId")

        external_status = decode.model(
            _models.IntegrationStatus.from_dict, d.pop("externalStatus", decode.MISSING), "externalStatus"
        )

        external_url = d.pop("externalUrl", decode.MISSING)
        if type(external_url) is not str:
            external_url = decode.expect(external_url, str, "externalUrl")

        last_checked = d.pop("lastChecked", decode.MISSING)
        if type(last_checked) is not int:
            last_checked = decode.expect(last_checked, int, "lastChecked")

        integration_metadata = cls.__new__(cls)
        integration_metadata.external_id = external_id
        integration_metadata.external_status = external_status
        integration_metadata.external_url = external_url
        integration_metadata.last_checked = last_checked

        integration_metadata.additional_properties = d if d else {}
        return integration_metadata

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
