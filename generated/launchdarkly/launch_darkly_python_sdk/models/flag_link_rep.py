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
    from ..models.flag_link_rep_links import FlagLinkRepLinks


T = TypeVar("T", bound="FlagLinkRep")


@_attrs_define
class FlagLinkRep:
    """A link from a flag to an external page.

    Attributes:
        field_id (str):
        field_deep_link (str):  Example: https://example.com/docs/123.
        field_created_at (int): Milliseconds since the Unix epoch. Example: 1700000000000.
        field_links (FlagLinkRepLinks | Unset):
        field_key (str | Unset):  Example: design-doc.
        title (str | Unset):  Example: Design doc.
        description (str | Unset):
    """

    field_id: str
    field_deep_link: str
    field_created_at: int
    field_links: FlagLinkRepLinks | Unset = UNSET
    field_key: str | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        field_deep_link = self.field_deep_link

        field_created_at = self.field_created_at

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        field_key = self.field_key

        title = self.title

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "_deepLink": field_deep_link,
                "_createdAt": field_created_at,
            }
        )
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if field_key is not UNSET:
            field_dict["_key"] = field_key
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id", decode.MISSING)
        if type(field_id) is not str:
            field_id = decode.expect(field_id, str, "_id")

        field_deep_link = d.pop("_deepLink", decode.MISSING)
        if type(field_deep_link) is not str:
            field_deep_link = decode.expect(field_deep_link, str, "_deepLink")

        field_created_at = d.pop("_createdAt", decode.MISSING)
        if type(field_created_at) is not int:
            field_created_at = decode.expect(field_created_at, int, "_createdAt")

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.FlagLinkRepLinks.from_dict, field_links, "_links")

        field_key = d.pop("_key", UNSET)
        if type(field_key) is not str and field_key is not UNSET:
            field_key = decode.expect(field_key, str, "_key")

        title = d.pop("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = decode.expect(title, str, "title")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        flag_link_rep = cls.__new__(cls)
        flag_link_rep.field_id = field_id
        flag_link_rep.field_deep_link = field_deep_link
        flag_link_rep.field_created_at = field_created_at
        flag_link_rep.field_links = field_links
        flag_link_rep.field_key = field_key
        flag_link_rep.title = title
        flag_link_rep.description = description

        flag_link_rep.additional_properties = d if d else {}
        return flag_link_rep

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
