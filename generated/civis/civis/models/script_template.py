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
    from ..models.script_param import ScriptParam
    from ..models.user_simple import UserSimple


T = TypeVar("T", bound="ScriptTemplate")


@_attrs_define(slots=False)
class ScriptTemplate(ResponseMetadata):
    """A script others can run with their own parameter values.

    Attributes:
        id (int):
        public (bool):
        script_id (int):
        script_type (str):
        user_context (str):
        params (list[ScriptParam]):
        name (str):
        category (None | str):
        note (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        use_count (int):
        ui_report_id (int | None):
        tech_reviewed (bool):
        archived (bool):
        hidden (bool):
        author (UserSimple): Short reference to a user.
        my_permission_level (str):
    """

    id: int
    public: bool
    script_id: int
    script_type: str
    user_context: str
    params: list[ScriptParam]
    name: str
    category: None | str
    note: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    use_count: int
    ui_report_id: int | None
    tech_reviewed: bool
    archived: bool
    hidden: bool
    author: UserSimple
    my_permission_level: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        public = self.public

        script_id = self.script_id

        script_type = self.script_type

        user_context = self.user_context

        params = []
        for params_item_data in self.params:
            params_item = jsonable(params_item_data)
            params.append(params_item)

        name = self.name

        category: None | str
        category = self.category

        note: None | str
        note = self.note

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        use_count = self.use_count

        ui_report_id: int | None
        ui_report_id = self.ui_report_id

        tech_reviewed = self.tech_reviewed

        archived = self.archived

        hidden = self.hidden

        author = jsonable(self.author)

        my_permission_level = self.my_permission_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "public": public,
                "scriptId": script_id,
                "scriptType": script_type,
                "userContext": user_context,
                "params": params,
                "name": name,
                "category": category,
                "note": note,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "useCount": use_count,
                "uiReportId": ui_report_id,
                "techReviewed": tech_reviewed,
                "archived": archived,
                "hidden": hidden,
                "author": author,
                "myPermissionLevel": my_permission_level,
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

        script_type = d.pop("scriptType", decode.MISSING)
        if type(script_type) is not str:
            script_type = decode.expect(script_type, str, "scriptType")

        user_context = d.pop("userContext", decode.MISSING)
        if type(user_context) is not str:
            user_context = decode.expect(user_context, str, "userContext")

        params = decode.model_array(_models.ScriptParam.from_dict, d.pop("params", decode.MISSING), "params")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        category = d.pop("category", decode.MISSING)
        if category is not None and type(category) is not str:
            category = decode.expect(category, str, "category", "one of None | str")

        note = d.pop("note", decode.MISSING)
        if note is not None and type(note) is not str:
            note = decode.expect(note, str, "note", "one of None | str")

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

        hidden = d.pop("hidden", decode.MISSING)
        if type(hidden) is not bool:
            hidden = decode.expect(hidden, bool, "hidden")

        author = decode.model(_models.UserSimple.from_dict, d.pop("author", decode.MISSING), "author")

        my_permission_level = d.pop("myPermissionLevel", decode.MISSING)
        if type(my_permission_level) is not str:
            my_permission_level = decode.expect(my_permission_level, str, "myPermissionLevel")

        script_template = cls.__new__(cls)
        script_template.id = id
        script_template.public = public
        script_template.script_id = script_id
        script_template.script_type = script_type
        script_template.user_context = user_context
        script_template.params = params
        script_template.name = name
        script_template.category = category
        script_template.note = note
        script_template.created_at = created_at
        script_template.updated_at = updated_at
        script_template.use_count = use_count
        script_template.ui_report_id = ui_report_id
        script_template.tech_reviewed = tech_reviewed
        script_template.archived = archived
        script_template.hidden = hidden
        script_template.author = author
        script_template.my_permission_level = my_permission_level

        script_template.additional_properties = d if d else {}
        return script_template

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
