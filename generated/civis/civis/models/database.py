from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="Database")


@_attrs_define(slots=False)
class Database(ResponseMetadata):
    """A database the organisation can query.

    Attributes:
        id (int):
        name (str):
        adapter (str): Engine, e.g. redshift or postgres.
        cluster_identifier (None | str):
        host (str):
        port (int):
        database_name (str):
        managed (bool):
    """

    id: int
    name: str
    adapter: str
    cluster_identifier: None | str
    host: str
    port: int
    database_name: str
    managed: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        adapter = self.adapter

        cluster_identifier: None | str
        cluster_identifier = self.cluster_identifier

        host = self.host

        port = self.port

        database_name = self.database_name

        managed = self.managed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "adapter": adapter,
                "clusterIdentifier": cluster_identifier,
                "host": host,
                "port": port,
                "databaseName": database_name,
                "managed": managed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        adapter = d.pop("adapter", decode.MISSING)
        if type(adapter) is not str:
            adapter = decode.expect(adapter, str, "adapter")

        cluster_identifier = d.pop("clusterIdentifier", decode.MISSING)
        if cluster_identifier is not None and type(cluster_identifier) is not str:
            cluster_identifier = decode.expect(cluster_identifier, str, "clusterIdentifier", "one of None | str")

        host = d.pop("host", decode.MISSING)
        if type(host) is not str:
            host = decode.expect(host, str, "host")

        port = d.pop("port", decode.MISSING)
        if type(port) is not int:
            port = decode.expect(port, int, "port")

        database_name = d.pop("databaseName", decode.MISSING)
        if type(database_name) is not str:
            database_name = decode.expect(database_name, str, "databaseName")

        managed = d.pop("managed", decode.MISSING)
        if type(managed) is not bool:
            managed = decode.expect(managed, bool, "managed")

        database = cls.__new__(cls)
        database.id = id
        database.name = name
        database.adapter = adapter
        database.cluster_identifier = cluster_identifier
        database.host = host
        database.port = port
        database.database_name = database_name
        database.managed = managed

        database.additional_properties = d if d else {}
        return database

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
