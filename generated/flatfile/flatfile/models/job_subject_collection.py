from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from .._core._types import plain_names
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_subject_collection_params import JobSubjectCollectionParams
    from ..models.job_subject_collection_query import JobSubjectCollectionQuery


T = TypeVar("T", bound="JobSubjectCollection")


@plain_names({"type": "type_"})
@_attrs_define
class JobSubjectCollection:
    """Job acts on a filtered set of resources.

    Attributes:
        type_ (Literal['collection']):  Default: 'collection'.
        resource (str):  Example: records.
        query (JobSubjectCollectionQuery | Unset):
        params (JobSubjectCollectionParams | Unset):
    """

    resource: str
    type_: Literal["collection"] = "collection"
    query: JobSubjectCollectionQuery | Unset = UNSET
    params: JobSubjectCollectionParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        resource = self.resource

        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = jsonable(self.query)

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = jsonable(self.params)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "resource": resource,
            }
        )
        if query is not UNSET:
            field_dict["query"] = query
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['collection']", decode.const(d.pop("type", decode.MISSING), "collection", "type"))

        resource = d.pop("resource", decode.MISSING)
        if type(resource) is not str:
            resource = decode.expect(resource, str, "resource")

        query = d.pop("query", UNSET)
        if query is not UNSET:
            query = decode.model(_models.JobSubjectCollectionQuery.from_dict, query, "query")

        params = d.pop("params", UNSET)
        if params is not UNSET:
            params = decode.model(_models.JobSubjectCollectionParams.from_dict, params, "params")

        job_subject_collection = cls.__new__(cls)
        job_subject_collection.type_ = type_
        job_subject_collection.resource = resource
        job_subject_collection.query = query
        job_subject_collection.params = params

        job_subject_collection.additional_properties = d if d else {}
        return job_subject_collection

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
