from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import rfc3339
from .._core._types import plain_names
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="Code")


@plain_names({"type": "type_"})
@_attrs_define(slots=False)
class Code(ResponseMetadata):
    """A stored code snippet.

    Attributes:
        id (int):
        name (str):
        type_ (str):
        body (str): The code itself (HTML, SQL, ...).
        readme (str): Notes in Markdown.
        score (int):
        auth_s3_url (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: int
    name: str
    type_: str
    body: str
    readme: str
    score: int
    auth_s3_url: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        body = self.body

        readme = self.readme

        score = self.score

        auth_s3_url = self.auth_s3_url

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "body": body,
                "readme": readme,
                "score": score,
                "authS3Url": auth_s3_url,
                "createdAt": created_at,
                "updatedAt": updated_at,
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

        type_ = d.pop("type", decode.MISSING)
        if type(type_) is not str:
            type_ = decode.expect(type_, str, "type")

        body = d.pop("body", decode.MISSING)
        if type(body) is not str:
            body = decode.expect(body, str, "body")

        readme = d.pop("readme", decode.MISSING)
        if type(readme) is not str:
            readme = decode.expect(readme, str, "readme")

        score = d.pop("score", decode.MISSING)
        if type(score) is not int:
            score = decode.expect(score, int, "score")

        auth_s3_url = d.pop("authS3Url", decode.MISSING)
        if type(auth_s3_url) is not str:
            auth_s3_url = decode.expect(auth_s3_url, str, "authS3Url")

        created_at = decode.date_time(d.pop("createdAt", decode.MISSING), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", decode.MISSING), "updatedAt")

        code = cls.__new__(cls)
        code.id = id
        code.name = name
        code.type_ = type_
        code.body = body
        code.readme = readme
        code.score = score
        code.auth_s3_url = auth_s3_url
        code.created_at = created_at
        code.updated_at = updated_at

        code.additional_properties = d if d else {}
        return code

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
