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
    from ..models.guest_space import GuestSpace


T = TypeVar("T", bound="GuestConfig")


@_attrs_define
class GuestConfig:
    """Definition of a guest to create.

    Attributes:
        environment_id (str):  Example: us_env_YOUR_ID.
        email (str):  Example: email@example.com.
        name (str):  Example: Your Name.
        spaces (list[GuestSpace]):
    """

    environment_id: str
    email: str
    name: str
    spaces: list[GuestSpace]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        environment_id = self.environment_id

        email = self.email

        name = self.name

        spaces = []
        for spaces_item_data in self.spaces:
            spaces_item = jsonable(spaces_item_data)
            spaces.append(spaces_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "environmentId": environment_id,
                "email": email,
                "name": name,
                "spaces": spaces,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        environment_id = d.pop("environmentId", decode.MISSING)
        if type(environment_id) is not str:
            environment_id = decode.expect(environment_id, str, "environmentId")

        email = d.pop("email", decode.MISSING)
        if type(email) is not str:
            email = decode.expect(email, str, "email")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        spaces = decode.model_array(_models.GuestSpace.from_dict, d.pop("spaces", decode.MISSING), "spaces")

        guest_config = cls.__new__(cls)
        guest_config.environment_id = environment_id
        guest_config.email = email
        guest_config.name = name
        guest_config.spaces = spaces

        guest_config.additional_properties = d if d else {}
        return guest_config

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
