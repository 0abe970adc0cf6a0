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

if TYPE_CHECKING:
    from ..models.user_simple_user import UserSimpleUser


T = TypeVar("T", bound="ReportTemplate")


@_attrs_define(slots=False)
class ReportTemplate(ResponseMetadata):
    """
    Attributes:
        id (int):
        name (str):
        category (str):
        created_at (str):
        updated_at (str):
        use_count (int):
        archived (bool):
        tech_reviewed (bool):
        author (UserSimpleUser):
        auth_code_url (str):
        provide_api_key (bool):
        hidden (bool):
    """

    id: int
    name: str
    category: str
    created_at: str
    updated_at: str
    use_count: int
    archived: bool
    tech_reviewed: bool
    author: UserSimpleUser
    auth_code_url: str
    provide_api_key: bool
    hidden: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        category = self.category

        created_at = self.created_at

        updated_at = self.updated_at

        use_count = self.use_count

        archived = self.archived

        tech_reviewed = self.tech_reviewed

        author = jsonable(self.author)

        auth_code_url = self.auth_code_url

        provide_api_key = self.provide_api_key

        hidden = self.hidden

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
                "authCodeUrl": auth_code_url,
                "provideAPIKey": provide_api_key,
                "hidden": hidden,
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
        if type(category) is not str:
            category = decode.expect(category, str, "category")

        created_at = d.pop("createdAt", decode.MISSING)
        if type(created_at) is not str:
            created_at = decode.expect(created_at, str, "createdAt")

        updated_at = d.pop("updatedAt", decode.MISSING)
        if type(updated_at) is not str:
            updated_at = decode.expect(updated_at, str, "updatedAt")

        use_count = d.pop("useCount", decode.MISSING)
        if type(use_count) is not int:
            use_count = decode.expect(use_count, int, "useCount")

        archived = d.pop("archived", decode.MISSING)
        if type(archived) is not bool:
            archived = decode.expect(archived, bool, "archived")

        tech_reviewed = d.pop("techReviewed", decode.MISSING)
        if type(tech_reviewed) is not bool:
            tech_reviewed = decode.expect(tech_reviewed, bool, "techReviewed")

        author = decode.model(_models.UserSimpleUser.from_dict, d.pop("author", decode.MISSING), "author")

        auth_code_url = d.pop("authCodeUrl", decode.MISSING)
        if type(auth_code_url) is not str:
            auth_code_url = decode.expect(auth_code_url, str, "authCodeUrl")

        provide_api_key = d.pop("provideAPIKey", decode.MISSING)
        if type(provide_api_key) is not bool:
            provide_api_key = decode.expect(provide_api_key, bool, "provideAPIKey")

        hidden = d.pop("hidden", decode.MISSING)
        if type(hidden) is not bool:
            hidden = decode.expect(hidden, bool, "hidden")

        report_template = cls.__new__(cls)
        report_template.id = id
        report_template.name = name
        report_template.category = category
        report_template.created_at = created_at
        report_template.updated_at = updated_at
        report_template.use_count = use_count
        report_template.archived = archived
        report_template.tech_reviewed = tech_reviewed
        report_template.author = author
        report_template.auth_code_url = auth_code_url
        report_template.provide_api_key = provide_api_key
        report_template.hidden = hidden

        report_template.additional_properties = d if d else {}
        return report_template

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
