from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable, rfc3339
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

if TYPE_CHECKING:
    from ..models.user_simple import UserSimple


T = TypeVar("T", bound="ReportTemplateSummary")


@_attrs_define(slots=False)
class ReportTemplateSummary(ResponseMetadata):
    """
    Attributes:
        id (int):
        name (str):
        category (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        use_count (int):
        archived (bool):
        tech_reviewed (bool):
        author (UserSimple): Short reference to a user.
    """

    id: int
    name: str
    category: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    use_count: int
    archived: bool
    tech_reviewed: bool
    author: UserSimple
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        category: None | str
        category = self.category

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        use_count = self.use_count

        archived = self.archived

        tech_reviewed = self.tech_reviewed

        author = jsonable(self.author)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "category": category,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "useCount": use_count,
                "archived": archived,
                "techReviewed": tech_reviewed,
                "author": author,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        category = d.pop("category", decode.MISSING)
        if category is not None and type(category) is not str:
            category = decode.expect(category, str, "category", "one of None | str")

        created_at = decode.date_time(d.pop("createdAt", decode.MISSING), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", decode.MISSING), "updatedAt")

        use_count = d.pop("useCount", decode.MISSING)
        if type(use_count) is not int:
            use_count = decode.expect(use_count, int, "useCount")

        archived = d.pop("archived", decode.MISSING)
        if type(archived) is not bool:
            archived = decode.expect(archived, bool, "archived")

        tech_reviewed = d.pop("techReviewed", decode.MISSING)
        if type(tech_reviewed) is not bool:
            tech_reviewed = decode.expect(tech_reviewed, bool, "techReviewed")

        author = decode.model(_models.UserSimple.from_dict, d.pop("author", decode.MISSING), "author")

        report_template_summary = cls.__new__(cls)
        report_template_summary.id = id
        report_template_summary.name = name
        report_template_summary.category = category
        report_template_summary.created_at = created_at
        report_template_summary.updated_at = updated_at
        report_template_summary.use_count = use_count
        report_template_summary.archived = archived
        report_template_summary.tech_reviewed = tech_reviewed
        report_template_summary.author = author

        report_template_summary.additional_properties = d if d else {}
        return report_template_summary

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
