from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="OntologyItem")


@_attrs_define(slots=False)
class OntologyItem(ResponseMetadata):
    """A standard column meaning, e.g. a first name or a ZIP code.

    Attributes:
        key (str):
        title (str):
        desc (str):
        aliases (list[str]):
    """

    key: str
    title: str
    desc: str
    aliases: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        title = self.title

        desc = self.desc

        aliases = self.aliases

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "title": title,
                "desc": desc,
                "aliases": aliases,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key", decode.MISSING)
        if type(key) is not str:
            key = decode.expect(key, str, "key")

        title = d.pop("title", decode.MISSING)
        if type(title) is not str:
            title = decode.expect(title, str, "title")

        desc = d.pop("desc", decode.MISSING)
        if type(desc) is not str:
            desc = decode.expect(desc, str, "desc")

        aliases = decode.scalar_array(d.pop("aliases", decode.MISSING), str, "aliases")

        ontology_item = cls.__new__(cls)
        ontology_item.key = key
        ontology_item.title = title
        ontology_item.desc = desc
        ontology_item.aliases = aliases

        ontology_item.additional_properties = d if d else {}
        return ontology_item

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
