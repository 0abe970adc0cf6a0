from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.insight_scores_last_period import InsightScoresLastPeriod
    from ..models.insight_scores_links import InsightScoresLinks
    from ..models.insight_scores_period import InsightScoresPeriod
    from ..models.insight_scores_scores import InsightScoresScores


T = TypeVar("T", bound="InsightScores")


@_attrs_define
class InsightScores:
    """Engineering-insights scores.

    Attributes:
        period (InsightScoresPeriod):
        last_period (InsightScoresLastPeriod):
        scores (InsightScoresScores):
        field_links (InsightScoresLinks | Unset):
    """

    period: InsightScoresPeriod
    last_period: InsightScoresLastPeriod
    scores: InsightScoresScores
    field_links: InsightScoresLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        period = jsonable(self.period)

        last_period = jsonable(self.last_period)

        scores = jsonable(self.scores)

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period": period,
                "lastPeriod": last_period,
                "scores": scores,
            }
        )
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        period = decode.model(_models.InsightScoresPeriod.from_dict, d.pop("period", decode.MISSING), "period")

        last_period = decode.model(
            _models.InsightScoresLastPeriod.from_dict, d.pop("lastPeriod", decode.MISSING), "lastPeriod"
        )

        scores = decode.model(_models.InsightScoresScores.from_dict, d.pop("scores", decode.MISSING), "scores")

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.InsightScoresLinks.from_dict, field_links, "_links")

        insight_scores = cls.__new__(cls)
        insight_scores.period = period
        insight_scores.last_period = last_period
        insight_scores.scores = scores
        insight_scores.field_links = field_links

        insight_scores.additional_properties = d if d else {}
        return insight_scores

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
