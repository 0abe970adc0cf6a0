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
    from ..models.access import Access
    from ..models.application_version_rep_links import ApplicationVersionRepLinks


T = TypeVar("T", bound="ApplicationVersionRep")


@_attrs_define
class ApplicationVersionRep:
    """
    Attributes:
        auto_added (bool):
        key (str):
        name (str):
        field_access (Access | Unset):
        field_links (ApplicationVersionRepLinks | Unset):
        field_version (int | Unset):
        creation_date (int | Unset): Milliseconds since the Unix epoch. Example: 1700000000000.
        supported (bool | Unset):
    """

    auto_added: bool
    key: str
    name: str
    field_access: Access | Unset = UNSET
    field_links: ApplicationVersionRepLinks | Unset = UNSET
    field_version: int | Unset = UNSET
    creation_date: int | Unset = UNSET
    supported: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        auto_added = self.auto_added

        key = self.key

        name = self.name

        field_access: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_access, Unset):
            field_access = jsonable(self.field_access)

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        field_version = self.field_version

        creation_date = self.creation_date

        supported = self.supported

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "autoAdded": auto_added,
                "key": key,
                "name": name,
            }
        )
        if field_access is not UNSET:
            field_dict["_access"] = field_access
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if field_version is not UNSET:
            field_dict["_version"] = field_version
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if supported is not UNSET:
            field_dict["supported"] = supported

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auto_added = d.pop("autoAdded", decode.MISSING)
        if type(auto_added) is not bool:
            auto_added = decode.expect(auto_added, bool, "autoAdded")

        key = d.pop("key", decode.MISSING)
        if type(key) is not str:
            key = decode.expect(key, str, "key")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        field_access = d.pop("_access", UNSET)
        if field_access is not UNSET:
            field_access = decode.model(_models.Access.from_dict, field_access, "_access")

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.ApplicationVersionRepLinks.from_dict, field_links, "_links")

        field_version = d.pop("_version", UNSET)
        if type(field_version) is not int and field_version is not UNSET:
            field_version = decode.expect(field_version, int, "_version")

        creation_date = d.pop("creationDate", UNSET)
        if type(creation_date) is not int and creation_date is not UNSET:
            creation_date = decode.expect(creation_date, int, "creationDate")

        supported = d.pop("supported", UNSET)
        if type(supported) is not bool and supported is not UNSET:
            supported = decode.expect(supported, bool, "supported")

        application_version_rep = cls.__new__(cls)
        application_version_rep.auto_added = auto_added
        application_version_rep.key = key
        application_version_rep.name = name
        application_version_rep.field_access = field_access
        application_version_rep.field_links = field_links
        application_version_rep.field_version = field_version
        application_version_rep.creation_date = creation_date
        application_version_rep.supported = supported

        application_version_rep.additional_properties = d if d else {}
        return application_version_rep

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
