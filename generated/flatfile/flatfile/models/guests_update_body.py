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
    from ..models.guest_space import GuestSpace


T = TypeVar("T", bound="GuestsUpdateBody")


@_attrs_define
class GuestsUpdateBody:
    """
    Attributes:
        environment_id (str | Unset): Environment identifier. Example: us_env_YOUR_ID.
        email (str | Unset):  Example: updated@example.com.
        name (str | Unset):  Example: Your Name Updated.
        spaces (list[GuestSpace] | Unset):
    """

    environment_id: str | Unset = UNSET
    email: str | Unset = UNSET
    name: str | Unset = UNSET
    spaces: list[GuestSpace] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        environment_id = self.environment_id

        email = self.email

        name = self.name

        spaces: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.spaces, Unset):
            spaces = []
            for spaces_item_data in self.spaces:
                spaces_item = jsonable(spaces_item_data)
                spaces.append(spaces_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if environment_id is not UNSET:
            field_dict["environmentId"] = environment_id
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if spaces is not UNSET:
            field_dict["spaces"] = spaces

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        environment_id = d.pop("environmentId", UNSET)
        if type(environment_id) is not str and environment_id is not UNSET:
            environment_id = decode.expect(environment_id, str, "environmentId")

        email = d.pop("email", UNSET)
        if type(email) is not str and email is not UNSET:
            email = decode.expect(email, str, "email")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        spaces = d.pop("spaces", UNSET)
        if spaces is not UNSET:
            spaces = decode.model_array(_models.GuestSpace.from_dict, spaces, "spaces")

        guests_update_body = cls.__new__(cls)
        guests_update_body.environment_id = environment_id
        guests_update_body.email = email
        guests_update_body.name = name
        guests_update_body.spaces = spaces

        guests_update_body.additional_properties = d if d else {}
        return guests_update_body

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
