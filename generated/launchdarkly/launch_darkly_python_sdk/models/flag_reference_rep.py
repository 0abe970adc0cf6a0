from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="FlagReferenceRep")


@_attrs_define
class FlagReferenceRep:
    """
    Attributes:
        project_key (str):
        flag_key (str):
        references_added (int):
        references_removed (int):
    """

    project_key: str
    flag_key: str
    references_added: int
    references_removed: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        project_key = self.project_key

        flag_key = self.flag_key

        references_added = self.references_added

        references_removed = self.references_removed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectKey": project_key,
                "flagKey": flag_key,
                "referencesAdded": references_added,
                "referencesRemoved": references_removed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_key = d.pop("projectKey", decode.MISSING)
        if type(project_key) is not str:
            project_key = decode.expect(project_key, str, "projectKey")

        flag_key = d.pop("flagKey", decode.MISSING)
        if type(flag_key) is not str:
            flag_key = decode.expect(flag_key, str, "flagKey")

        references_added = d.pop("referencesAdded", decode.MISSING)
        if type(references_added) is not int:
            references_added = decode.expect(references_added, int, "referencesAdded")

        references_removed = d.pop("referencesRemoved", decode.MISSING)
        if type(references_removed) is not int:
            references_removed = decode.expect(references_removed, int, "referencesRemoved")

        flag_reference_rep = cls.__new__(cls)
        flag_reference_rep.project_key = project_key
        flag_reference_rep.flag_key = flag_key
        flag_reference_rep.references_added = references_added
        flag_reference_rep.references_removed = references_removed

        flag_reference_rep.additional_properties = d if d else {}
        return flag_reference_rep

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
