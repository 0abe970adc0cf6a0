from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportDataSourceCreateRequest")


@_attrs_define(slots=False)
class ImportDataSourceCreateRequest(ResponseMetadata):
    """
    Attributes:
        remote_host_id (int):
        credential_id (int):
        additional_credentials (list[int] | Unset):
    """

    remote_host_id: int
    credential_id: int
    additional_credentials: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        remote_host_id = self.remote_host_id

        credential_id = self.credential_id

        additional_credentials: list[int] | Unset = UNSET
        if not isinstance(self.additional_credentials, Unset):
            additional_credentials = self.additional_credentials

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "remoteHostId": remote_host_id,
                "credentialId": credential_id,
            }
        )
        if additional_credentials is not UNSET:
            field_dict["additionalCredentials"] = additional_credentials

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        remote_host_id = d.pop("remoteHostId", decode.MISSING)
        if type(remote_host_id) is not int:
            remote_host_id = decode.expect(remote_host_id, int, "remoteHostId")

        credential_id = d.pop("credentialId", decode.MISSING)
        if type(credential_id) is not int:
            credential_id = decode.expect(credential_id, int, "credentialId")

        additional_credentials = d.pop("additionalCredentials", UNSET)
        if additional_credentials is not UNSET:
            additional_credentials = decode.scalar_array(additional_credentials, int, "additionalCredentials")

        import_data_source_create_request = cls.__new__(cls)
        import_data_source_create_request.remote_host_id = remote_host_id
        import_data_source_create_request.credential_id = credential_id
        import_data_source_create_request.additional_credentials = additional_credentials

        import_data_source_create_request.additional_properties = d if d else {}
        return import_data_source_create_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return field_item(self, key, self.additional_properties)

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return has_field_item(self, key, self.additional_properties)
