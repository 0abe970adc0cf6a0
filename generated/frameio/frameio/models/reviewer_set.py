from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReviewerSet")


@_attrs_define
class ReviewerSet:
    """Reviewers named by exactly one kind of identifier.

    Attributes:
        user_ids (list[UUID] | Unset):
        emails (list[str] | Unset):
        adobe_user_ids (list[str] | Unset):
    """

    user_ids: list[UUID] | Unset = UNSET
    emails: list[str] | Unset = UNSET
    adobe_user_ids: list[str] | Unset = UNSET

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        user_ids: list[str] | Unset = UNSET
        if not isinstance(self.user_ids, Unset):
            user_ids = []
            for user_ids_item_data in self.user_ids:
                user_ids_item = str(user_ids_item_data)
                user_ids.append(user_ids_item)

        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        adobe_user_ids: list[str] | Unset = UNSET
        if not isinstance(self.adobe_user_ids, Unset):
            adobe_user_ids = self.adobe_user_ids

        field_dict: dict[str, Any] = {}

        if user_ids is not UNSET:
            field_dict["user_ids"] = user_ids
        if emails is not UNSET:
            field_dict["emails"] = emails
        if adobe_user_ids is not UNSET:
            field_dict["adobe_user_ids"] = adobe_user_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _user_ids_array = d.pop("user_ids", UNSET)
        user_ids: list[UUID] | Unset
        if isinstance(_user_ids_array, list):
            user_ids = []
            with decode.in_array("user_ids", user_ids):
                for user_ids_item_data in _user_ids_array:
                    user_ids_item = decode.uuid(user_ids_item_data)

                    user_ids.append(user_ids_item)
        else:
            user_ids = decode.mismatch("an array", _user_ids_array, "user_ids")

        emails = d.pop("emails", UNSET)
        if emails is not UNSET:
            emails = decode.scalar_array(emails, str, "emails")

        adobe_user_ids = d.pop("adobe_user_ids", UNSET)
        if adobe_user_ids is not UNSET:
            adobe_user_ids = decode.scalar_array(adobe_user_ids, str, "adobe_user_ids")

        reviewer_set = cls.__new__(cls)
        reviewer_set.user_ids = user_ids
        reviewer_set.emails = emails
        reviewer_set.adobe_user_ids = adobe_user_ids

        return reviewer_set
