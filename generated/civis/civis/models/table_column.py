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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.table_column_value_distribution import TableColumnValueDistribution
    from ..models.table_column_value_distribution_percent import TableColumnValueDistributionPercent


T = TypeVar("T", bound="TableColumn")


@_attrs_define(slots=False)
class TableColumn(ResponseMetadata):
    """A column and its profile statistics.

    Attributes:
        name (str):
        civis_data_type (str):
        sql_type (str):
        order (int):
        sample_values (list[str] | Unset):
        encoding (None | str | Unset):
        description (None | str | Unset):
        min_value (None | str | Unset):
        max_value (None | str | Unset):
        null_count (int | None | Unset):
        distinct_count (int | None | Unset):
        avg_value (float | Unset):
        stddev (float | Unset):
        value_distribution_percent (TableColumnValueDistributionPercent | Unset):
        coverage_count (int | Unset):
        possible_dependent_variable_types (list[str] | Unset):
        useable_as_independent_variable (bool | Unset):
        useable_as_primary_key (bool | Unset):
        value_distribution (TableColumnValueDistribution | Unset):
    """

    name: str
    civis_data_type: str
    sql_type: str
    order: int
    sample_values: list[str] | Unset = UNSET
    encoding: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    min_value: None | str | Unset = UNSET
    max_value: None | str | Unset = UNSET
    null_count: int | None | Unset = UNSET
    distinct_count: int | None | Unset = UNSET
    avg_value: float | Unset = UNSET
    stddev: float | Unset = UNSET
    value_distribution_percent: TableColumnValueDistributionPercent | Unset = UNSET
    coverage_count: int | Unset = UNSET
    possible_dependent_variable_types: list[str] | Unset = UNSET
    useable_as_independent_variable: bool | Unset = UNSET
    useable_as_primary_key: bool | Unset = UNSET
    value_distribution: TableColumnValueDistribution | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        civis_data_type = self.civis_data_type

        sql_type = self.sql_type

        order = self.order

        sample_values: list[str] | Unset = UNSET
        if not isinstance(self.sample_values, Unset):
            sample_values = self.sample_values

        encoding: None | str | Unset
        if isinstance(self.encoding, Unset):
            encoding = UNSET
        else:
            encoding = self.encoding

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        min_value: None | str | Unset
        if isinstance(self.min_value, Unset):
            min_value = UNSET
        else:
            min_value = self.min_value

        max_value: None | str | Unset
        if isinstance(self.max_value, Unset):
            max_value = UNSET
        else:
            max_value = self.max_value

        null_count: int | None | Unset
        if isinstance(self.null_count, Unset):
            null_count = UNSET
        else:
            null_count = self.null_count

        distinct_count: int | None | Unset
        if isinstance(self.distinct_count, Unset):
            distinct_count = UNSET
        else:
            distinct_count = self.distinct_count

        avg_value = self.avg_value

        stddev = self.stddev

        value_distribution_percent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value_distribution_percent, Unset):
            value_distribution_percent = jsonable(self.value_distribution_percent)

        coverage_count = self.coverage_count

        possible_dependent_variable_types: list[str] | Unset = UNSET
        if not isinstance(self.possible_dependent_variable_types, Unset):
            possible_dependent_variable_types = self.possible_dependent_variable_types

        useable_as_independent_variable = self.useable_as_independent_variable

        useable_as_primary_key = self.useable_as_primary_key

        value_distribution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value_distribution, Unset):
            value_distribution = jsonable(self.value_distribution)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "civisDataType": civis_data_type,
                "sqlType": sql_type,
                "order": order,
            }
        )
        if sample_values is not UNSET:
            field_dict["sampleValues"] = sample_values
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if description is not UNSET:
            field_dict["description"] = description
        if min_value is not UNSET:
            field_dict["minValue"] = min_value
        if max_value is not UNSET:
            field_dict["maxValue"] = max_value
        if null_count is not UNSET:
            field_dict["nullCount"] = null_count
        if distinct_count is not UNSET:
            field_dict["distinctCount"] = distinct_count
        if avg_value is not UNSET:
            field_dict["avgValue"] = avg_value
        if stddev is not UNSET:
            field_dict["stddev"] = stddev
        if value_distribution_percent is not UNSET:
            field_dict["valueDistributionPercent"] = value_distribution_percent
        if coverage_count is not UNSET:
            field_dict["coverageCount"] = coverage_count
        if possible_dependent_variable_types is not UNSET:
            field_dict["possibleDependentVariableTypes"] = possible_dependent_variable_types
        if useable_as_independent_variable is not UNSET:
            field_dict["useableAsIndependentVariable"] = useable_as_independent_variable
        if useable_as_primary_key is not UNSET:
            field_dict["useableAsPrimaryKey"] = useable_as_primary_key
        if value_distribution is not UNSET:
            field_dict["valueDistribution"] = value_distribution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        civis_data_type = d.pop("civisDataType", decode.MISSING)
        if type(civis_data_type) is not str:
            civis_data_type = decode.expect(civis_data_type, str, "civisDataType")

        sql_type = d.pop("sqlType", decode.MISSING)
        if type(sql_type) is not str:
            sql_type = decode.expect(sql_type, str, "sqlType")

        order = d.pop("order", decode.MISSING)
        if type(order) is not int:
            order = decode.expect(order, int, "order")

        sample_values = d.pop("sampleValues", UNSET)
        if sample_values is not UNSET:
            sample_values = decode.scalar_array(sample_values, str, "sampleValues")

        encoding = d.pop("encoding", UNSET)
        if encoding is not None and type(encoding) is not str and encoding is not UNSET:
            encoding = decode.expect(encoding, str, "encoding", "one of None | str")

        description = d.pop("description", UNSET)
        if description is not None and type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description", "one of None | str")

        min_value = d.pop("minValue", UNSET)
        if min_value is not None and type(min_value) is not str and min_value is not UNSET:
            min_value = decode.expect(min_value, str, "minValue", "one of None | str")

        max_value = d.pop("maxValue", UNSET)
        if max_value is not None and type(max_value) is not str and max_value is not UNSET:
            max_value = decode.expect(max_value, str, "maxValue", "one of None | str")

        null_count = d.pop("nullCount", UNSET)
        if null_count is not None and type(null_count) is not int and null_count is not UNSET:
            null_count = decode.expect(null_count, int, "nullCount", "one of int | None")

        distinct_count = d.pop("distinctCount", UNSET)
        if distinct_count is not None and type(distinct_count) is not int and distinct_count is not UNSET:
            distinct_count = decode.expect(distinct_count, int, "distinctCount", "one of int | None")

        avg_value = d.pop("avgValue", UNSET)
        if type(avg_value) is not float and avg_value is not UNSET:
            avg_value = decode.expect(avg_value, float, "avgValue")

        stddev = d.pop("stddev", UNSET)
        if type(stddev) is not float and stddev is not UNSET:
            stddev = decode.expect(stddev, float, "stddev")

        value_distribution_percent = d.pop("valueDistributionPercent", UNSET)
        if value_distribution_percent is not UNSET:
            value_distribution_percent = decode.model(
                _models.TableColumnValueDistributionPercent.from_dict,
                value_distribution_percent,
                "valueDistributionPercent",
            )

        coverage_count = d.pop("coverageCount", UNSET)
        if type(coverage_count) is not int and coverage_count is not UNSET:
            coverage_count = decode.expect(coverage_count, int, "coverageCount")

        possible_dependent_variable_types = d.pop("possibleDependentVariableTypes", UNSET)
        if possible_dependent_variable_types is not UNSET:
            possible_dependent_variable_types = decode.scalar_array(
                possible_dependent_variable_types, str, "possibleDependentVariableTypes"
            )

        useable_as_independent_variable = d.pop("useableAsIndependentVariable", UNSET)
        if type(useable_as_independent_variable) is not bool and useable_as_independent_variable is not UNSET:
            useable_as_independent_variable = decode.expect(
                useable_as_independent_variable, bool, "useableAsIndependentVariable"
            )

        useable_as_primary_key = d.pop("useableAsPrimaryKey", UNSET)
        if type(useable_as_primary_key) is not bool and useable_as_primary_key is not UNSET:
            useable_as_primary_key = decode.expect(useable_as_primary_key, bool, "useableAsPrimaryKey")

        value_distribution = d.pop("valueDistribution", UNSET)
        if value_distribution is not UNSET:
            value_distribution = decode.model(
                _models.TableColumnValueDistribution.from_dict, value_distribution, "valueDistribution"
            )

        table_column = cls.__new__(cls)
        table_column.name = name
        table_column.civis_data_type = civis_data_type
        table_column.sql_type = sql_type
        table_column.order = order
        table_column.sample_values = sample_values
        table_column.encoding = encoding
        table_column.description = description
        table_column.min_value = min_value
        table_column.max_value = max_value
        table_column.null_count = null_count
        table_column.distinct_count = distinct_count
        table_column.avg_value = avg_value
        table_column.stddev = stddev
        table_column.value_distribution_percent = value_distribution_percent
        table_column.coverage_count = coverage_count
        table_column.possible_dependent_variable_types = possible_dependent_variable_types
        table_column.useable_as_independent_variable = useable_as_independent_variable
        table_column.useable_as_primary_key = useable_as_primary_key
        table_column.value_distribution = value_distribution

        table_column.additional_properties = d if d else {}
        return table_column

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
