from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable

if TYPE_CHECKING:
    from ..models.reviewer_set import ReviewerSet


T = TypeVar("T", bound="AddReviewersToShareParamsData")


@_attrs_define
class AddReviewersToShareParamsData:
    """
    Attributes:
        reviewers (ReviewerSet): Reviewers named by exactly one kind of identifier.
        message (str):  Example: Please review by Friday..
    """

    reviewers: ReviewerSet
    message: str

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        reviewers = jsonable(self.reviewers)

        message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reviewers": reviewers,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reviewers = decode.model(_models.ReviewerSet.from_dict, d.pop("reviewers", decode.MISSING), "reviewers")

        message = d.pop("message", decode.MISSING)
        if type(message) is not str:
            message = decode.expect(message, str, "message")

        add_reviewers_to_share_params_data = cls.__new__(cls)
        add_reviewers_to_share_params_data.reviewers = reviewers
        add_reviewers_to_share_params_data.message = message

        return add_reviewers_to_share_params_data
