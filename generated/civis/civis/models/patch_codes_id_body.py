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

T = TypeVar("T", bound="PatchCodesIdBody")


@plain_names({"type": "type_"})
@_attrs_define(slots=False)
class PatchCodesIdBody(ResponseMetadata):
    """
    Attributes:
        name (str | Unset):
        type_ (str | Unset): Code kind, e.g. Code::FrontEnd.
        body (str | Unset): The code itself.
        readme (str | Unset): Notes in Markdown.
        score (int | Unset): Reserved for Civis.
        auth_s3_url (str | Unset):
    """

    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    body: str | Unset = UNSET
    readme: str | Unset = UNSET
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
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if body is not UNSET:
            field_dict["body"] = body
        if readme is not UNSET:
            field_dict["readme"] = readme
        if score is not UNSET:
            field_dict["score"] = score
        if auth_s3_url is not UNSET:
            field_dict["authS3Url"] = auth_s3_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        type_ = d.pop("type", UNSET)
        if type(type_) is not str and type_ is not UNSET:
            type_ = decode.expect(type_, str, "type")

        body = d.pop("body", UNSET)
        if type(body) is not str and body is not UNSET:
            body = decode.expect(body, str, "body")

        readme = d.pop("readme", UNSET)
        if type(readme) is not str and readme is not UNSET:
            readme = decode.expect(readme, str, "readme")

        score = d.pop("score", UNSET)
        if type(score) is not int and score is not UNSET:
            score = decode.expect(score, int, "score")

        auth_s3_url = d.pop("authS3Url", UNSET)
        if type(auth_s3_url) is not str and auth_s3_url is not UNSET:
            auth_s3_url = decode.expect(auth_s3_url, str, "authS3Url")

        patch_codes_id_body = cls.__new__(cls)
        patch_codes_id_body.name = name
        patch_codes_id_body.type_ = type_
        patch_codes_id_body.body = body
        patch_codes_id_body.readme = readme
        patch_codes_id_body.score = score
        patch_codes_id_body.auth_s3_url = auth_s3_url

        patch_codes_id_body.additional_properties = d if d else {}
        return patch_codes_id_body

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
