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
    from ..models.search_result import SearchResult
    from ..models.search_results_aggregations import SearchResultsAggregations


T = TypeVar("T", bound="SearchResults")


@_attrs_define(slots=False)
class SearchResults(ResponseMetadata):
    """Ranked hits for a search query.

    Attributes:
        total_results (int):
        aggregations (SearchResultsAggregations):
        results (list[SearchResult]):
    """

    total_results: int
    aggregations: SearchResultsAggregations
    results: list[SearchResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        total_results = self.total_results

        aggregations = jsonable(self.aggregations)

        results = []
        for results_item_data in self.results:
            results_item = jsonable(results_item_data)
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalResults": total_results,
                "aggregations": aggregations,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_results = d.pop("totalResults", decode.MISSING)
        if type(total_results) is not int:
            total_results = decode.expect(total_results, int, "totalResults")

        aggregations = decode.model(
            _models.SearchResultsAggregations.from_dict, d.pop("aggregations", decode.MISSING), "aggregations"
        )

        results = decode.model_array(_models.SearchResult.from_dict, d.pop("results", decode.MISSING), "results")

        search_results = cls.__new__(cls)
        search_results.total_results = total_results
        search_results.aggregations = aggregations
        search_results.results = results

        search_results.additional_properties = d if d else {}
        return search_results

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
