from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..models.review_response_kind import ReviewResponseKind, check_review_response_kind
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReviewResponse")


@_attrs_define
class ReviewResponse:
    """
    Attributes:
        field_id (str):
        kind (ReviewResponseKind | str):
        creation_date (int | Unset): Milliseconds since the Unix epoch. Example: 1700000000000.
        comment (str | Unset):
        member_id (str | Unset):
        service_token_id (str | Unset):
    """

    field_id: str
    kind: ReviewResponseKind | str
    creation_date: int | Unset = UNSET
    comment: str | Unset = UNSET
    member_id: str | Unset = UNSET
    service_token_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        kind: str = self.kind

        creation_date = self.creation_date

        comment = self.comment

        member_id = self.member_id

        service_token_id = self.service_token_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "kind": kind,
            }
        )
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if member_id is not UNSET:
            field_dict["memberId"] = member_id
        if service_token_id is not UNSET:
            field_dict["serviceTokenId"] = service_token_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id", decode.MISSING)
        if type(field_id) is not str:
            field_id = decode.expect(field_id, str, "_id")

        kind = check_review_response_kind(d.pop("kind", decode.MISSING), "kind")

        creation_date = d.pop("creationDate", UNSET)
        if type(creation_date) is not int and creation_date is not UNSET:
            creation_date = decode.expect(creation_date, int, "creationDate")

        comment = d.pop("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = decode.expect(comment, str, "comment")

        member_id = d.pop("memberId", UNSET)
        if type(member_id) is not str and member_id is not UNSET:
            member_id = decode.expect(member_id, str, "memberId")

        service_token_id = d.pop("serviceTokenId", UNSET)
        if type(service_token_id) is not str and service_token_id is not UNSET:
            service_token_id = decode.expect(service_token_id, str, "serviceTokenId")

        review_response = cls.__new__(cls)
        review_response.field_id = field_id
        review_response.kind = kind
        review_response.creation_date = creation_date
        review_response.comment = comment
        review_response.member_id = member_id
        review_response.service_token_id = service_token_id

        review_response.additional_properties = d if d else {}
        return review_response

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
