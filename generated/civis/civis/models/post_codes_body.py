from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._types import plain_names
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostCodesBody")


@plain_names({"type": "type_"})
@_attrs_define(slots=False)
class PostCodesBody(ResponseMetadata):
    """
    Attributes:
        name (str):
        type_ (str): Code kind, e.g. Code::FrontEnd.
        body (str): The code itself.
        readme (str): Notes in Markdown.
        score (int | Unset): Reserved for Civis.
        auth_s3_url (str | Unset):
    """

    name: str
    type_: str
    body: str
    readme: str
    score: int | Unset = UNSET
    auth_s3_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        body = self.body

        readme = self.readme

        score = self.score

        auth_s3_url = self.auth_s3_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "body": body,
                "readme": readme,
            }
        )
        if score is not UNSET:
            field_dict["score"] = score
        if auth_s3_url is not UNSET:
            field_dict["authS3Url"] = auth_s3_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        score = d.pop("score", UNSET)
        if type(score) is not int and score is not UNSET:
            score = decode.expect(score, int, "score")

        auth_s3_url = d.pop("authS3Url", UNSET)
        if type(auth_s3_url) is not str and auth_s3_url is not UNSET:
            auth_s3_url = decode.expect(auth_s3_url, str, "authS3Url")

        post_codes_body = cls.__new__(cls)
        post_codes_body.name = name
        post_codes_body.type_ = type_
        post_codes_body.body = body
        post_codes_body.readme = readme
        post_codes_body.score = score
        post_codes_body.auth_s3_url = auth_s3_url

        post_codes_body.additional_properties = d if d else {}
        return post_codes_body

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
