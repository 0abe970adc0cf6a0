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


T = TypeVar("T", bound="ScriptTemplateSummary")


@_attrs_define(slots=False)
class ScriptTemplateSummary(ResponseMetadata):
    """
    Attributes:
        id (int):
        public (bool):
        script_id (int):
        user_context (str):
        name (str):
        category (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        use_count (int):
        ui_report_id (int | None):
        tech_reviewed (bool):
        archived (bool):
        author (UserSimple): Short reference to a user.
    """

    id: int
    public: bool
    script_id: int
    user_context: str
    name: str
    category: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    use_count: int
    ui_report_id: int | None
    tech_reviewed: bool
    archived: bool
    author: UserSimple
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        public = self.public

        script_id = self.script_id

        user_context = self.user_context

        name = self.name

        category: None | str
        category = self.category

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        use_count = self.use_count

        ui_report_id: int | None
        ui_report_id = self.ui_report_id

        tech_reviewed = self.tech_reviewed

        archived = self.archived

        author = jsonable(self.author)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "public": public,
                "scriptId": script_id,
                "userContext": user_context,
                "name": name,
                "category": category,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "useCount": use_count,
                "uiReportId": ui_report_id,
                "techReviewed": tech_reviewed,
                "archived": archived,
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

        public = d.pop("public", decode.MISSING)
        if type(public) is not bool:
            public = decode.expect(public, bool, "public")

        script_id = d.pop("scriptId", decode.MISSING)
        if type(script_id) is not int:
            script_id = decode.expect(script_id, int, "scriptId")

        user_context = d.pop("userContext", decode.MISSING)
        if type(user_context) is not str:
            user_context = decode.expect(user_context, str, "userContext")

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

        ui_report_id = d.pop("uiReportId", decode.MISSING)
        if ui_report_id is not None and type(ui_report_id) is not int:
            ui_report_id = decode.expect(ui_report_id, int, "uiReportId", "one of int | None")

        tech_reviewed = d.pop("techReviewed", decode.MISSING)
        if type(tech_reviewed) is not bool:
            tech_reviewed = decode.expect(tech_reviewed, bool, "techReviewed")

        archived = d.pop("archived", decode.MISSING)
        if type(archived) is not bool:
            archived = decode.expect(archived, bool, "archived")

        author = decode.model(_models.UserSimple.from_dict, d.pop("author", decode.MISSING), "author")

        script_template_summary = cls.__new__(cls)
        script_template_summary.id = id
        script_template_summary.public = public
        script_template_summary.script_id = script_id
        script_template_summary.user_context = user_context
        script_template_summary.name = name
        script_template_summary.category = category
        script_template_summary.created_at = created_at
        script_template_summary.updated_at = updated_at
        script_template_summary.use_count = use_count
        script_template_summary.ui_report_id = ui_report_id
        script_template_summary.tech_reviewed = tech_reviewed
        script_template_summary.archived = archived
        script_template_summary.author = author

        script_template_summary.additional_properties = d if d else {}
        return script_template_summary

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
