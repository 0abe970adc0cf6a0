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
    from ..models.job_subject_resource_params import JobSubjectResourceParams
    from ..models.job_subject_resource_query import JobSubjectResourceQuery


T = TypeVar("T", bound="JobSubjectResource")


@plain_names({"type": "type_"})
@_attrs_define
class JobSubjectResource:
    """Job acts on one resource.

    Attributes:
        type_ (Literal['resource']):  Default: 'resource'.
        id (str):  Example: us_sh_YOUR_ID.
        query (JobSubjectResourceQuery | Unset):
        params (JobSubjectResourceParams | Unset):
    """

    id: str
    type_: Literal["resource"] = "resource"
    query: JobSubjectResourceQuery | Unset = UNSET
    params: JobSubjectResourceParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

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
                "id": id,
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
        type_ = cast("Literal['resource']", decode.const(d.pop("type", decode.MISSING), "resource", "type"))

        id = d.pop("id", decode.MISSING)
        if type(id) is not str:
            id = decode.expect(id, str, "id")

        query = d.pop("query", UNSET)
        if query is not UNSET:
            query = decode.model(_models.JobSubjectResourceQuery.from_dict, query, "query")

        params = d.pop("params", UNSET)
        if params is not UNSET:
            params = decode.model(_models.JobSubjectResourceParams.from_dict, params, "params")

        job_subject_resource = cls.__new__(cls)
        job_subject_resource.type_ = type_
        job_subject_resource.id = id
        job_subject_resource.query = query
        job_subject_resource.params = params

        job_subject_resource.additional_properties = d if d else {}
        return job_subject_resource

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
