from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..models.application_rep_kind import ApplicationRepKind, check_application_rep_kind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application_rep_links import ApplicationRepLinks


T = TypeVar("T", bound="ApplicationRep")


@_attrs_define
class ApplicationRep:
    """An application that evaluates flags.

    Attributes:
        key (str):  Example: com.example.shop.
        name (str):  Example: Example Shop.
        kind (ApplicationRepKind | str):  Example: mobile.
        auto_added (bool):  Example: True.
        field_links (ApplicationRepLinks | Unset):
        description (str | Unset):
        creation_date (int | Unset): Milliseconds since the Unix epoch. Example: 1700000000000.
        field_version (int | Unset):
    """

    key: str
    name: str
    kind: ApplicationRepKind | str
    auto_added: bool
    field_links: ApplicationRepLinks | Unset = UNSET
    description: str | Unset = UNSET
    creation_date: int | Unset = UNSET
    field_version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        kind: str = self.kind

        auto_added = self.auto_added

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        description = self.description

        creation_date = self.creation_date

        field_version = self.field_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
                "kind": kind,
                "autoAdded": auto_added,
            }
        )
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if description is not UNSET:
            field_dict["description"] = description
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if field_version is not UNSET:
            field_dict["_version"] = field_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key", decode.MISSING)
        if type(key) is not str:
            key = decode.expect(key, str, "key")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        kind = check_application_rep_kind(d.pop("kind", decode.MISSING), "kind")

        auto_added = d.pop("autoAdded", decode.MISSING)
        if type(auto_added) is not bool:
            auto_added = decode.expect(auto_added, bool, "autoAdded")

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.ApplicationRepLinks.from_dict, field_links, "_links")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        creation_date = d.pop("creationDate", UNSET)
        if type(creation_date) is not int and creation_date is not UNSET:
            creation_date = decode.expect(creation_date, int, "creationDate")

        field_version = d.pop("_version", UNSET)
        if type(field_version) is not int and field_version is not UNSET:
            field_version = decode.expect(field_version, int, "_version")

        application_rep = cls.__new__(cls)
        application_rep.key = key
        application_rep.name = name
        application_rep.kind = kind
        application_rep.auto_added = auto_added
        application_rep.field_links = field_links
        application_rep.description = description
        application_rep.creation_date = creation_date
        application_rep.field_version = field_version

        application_rep.additional_properties = d if d else {}
        return application_rep

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
