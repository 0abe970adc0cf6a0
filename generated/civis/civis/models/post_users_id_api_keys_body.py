from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_users_id_api_keys_body_constraints_item import PostUsersIdApiKeysBodyConstraintsItem


T = TypeVar("T", bound="PostUsersIdApiKeysBody")


@_attrs_define(slots=False)
class PostUsersIdApiKeysBody(ResponseMetadata):
    """
    Attributes:
        name (str):
        expires_in (int): Lifetime in seconds. Example: 86400.
        constraints (list[PostUsersIdApiKeysBodyConstraintsItem] | Unset):
    """

    name: str
    expires_in: int
    constraints: list[PostUsersIdApiKeysBodyConstraintsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        expires_in = self.expires_in

        constraints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.constraints, Unset):
            constraints = []
            for constraints_item_data in self.constraints:
                constraints_item = jsonable(constraints_item_data)
                constraints.append(constraints_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "expiresIn": expires_in,
            }
        )
        if constraints is not UNSET:
            field_dict["constraints"] = constraints

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        expires_in = d.pop("expiresIn", decode.MISSING)
        if type(expires_in) is not int:
            expires_in = decode.expect(expires_in, int, "expiresIn")

        constraints = d.pop("constraints", UNSET)
        if constraints is not UNSET:
            constraints = decode.model_array(
                _models.PostUsersIdApiKeysBodyConstraintsItem.from_dict, constraints, "constraints"
            )

        post_users_id_api_keys_body = cls.__new__(cls)
        post_users_id_api_keys_body.name = name
        post_users_id_api_keys_body.expires_in = expires_in
        post_users_id_api_keys_body.constraints = constraints

        post_users_id_api_keys_body.additional_properties = d if d else {}
        return post_users_id_api_keys_body

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
