from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._types import plain_names
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobOutcomeNextId")


@plain_names({"type": "type_"})
@_attrs_define
class JobOutcomeNextId:
    """Open a resource by id.

    Attributes:
        type_ (Literal['id']):  Default: 'id'.
        id (str): Resource to open next. Example: us_jb_YOUR_ID.
        label (str | Unset):
        path (str | Unset):
        query (str | Unset):
    """

    id: str
    type_: Literal["id"] = "id"
    label: str | Unset = UNSET
    path: str | Unset = UNSET
    query: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        label = self.label

        path = self.path

        query = self.query

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if path is not UNSET:
            field_dict["path"] = path
        if query is not UNSET:
            field_dict["query"] = query

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['id']", decode.const(d.pop("type", decode.MISSING), "id", "type"))

        id = d.pop("id", decode.MISSING)
        if type(id) is not str:
            id = decode.expect(id, str, "id")

        label = d.pop("label", UNSET)
        if type(label) is not str and label is not UNSET:
            label = decode.expect(label, str, "label")

        path = d.pop("path", UNSET)
        if type(path) is not str and path is not UNSET:
            path = decode.expect(path, str, "path")

        query = d.pop("query", UNSET)
        if type(query) is not str and query is not UNSET:
            query = decode.expect(query, str, "query")

        job_outcome_next_id = cls.__new__(cls)
        job_outcome_next_id.type_ = type_
        job_outcome_next_id.id = id
        job_outcome_next_id.label = label
        job_outcome_next_id.path = path
        job_outcome_next_id.query = query

        job_outcome_next_id.additional_properties = d if d else {}
        return job_outcome_next_id

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
