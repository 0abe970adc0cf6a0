"""Look-ups civis-python's `APIClient` offers beyond the API's operations.

Hand-written (an sdk.yaml `extensions` module): each helper combines API calls (find a database by
name, the caller's username, ...) and the API has no operation that does it in one. The generator
copies this file into the package as `civis/extensions/helpers.py` and mixes `ClientHelpers` into
`APIClient` and `AsyncClientHelpers` into `AsyncAPIClient`; it is golden-checked, type-checked and
tested like the generated code around it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol, cast

if TYPE_CHECKING:
    from .._client import APIClient, AsyncAPIClient

AWS_CREDENTIAL_TYPE = "Amazon Web Services S3"
DATABASE_CREDENTIAL_TYPE = "Database"


class _Named(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def name(self) -> str: ...


def _only(found: list[int], what: str) -> int:
    if not found:
        raise ValueError(f"{what} not found")
    if len(found) > 1:
        raise ValueError(f"{what} is ambiguous: ids {found}")
    return found[0]


def _by_name(items: Iterable[_Named], name: str, what: str) -> int:
    return _only([item.id for item in items if item.name == name], f"{what} {name!r}")


def _split_table(table: str) -> tuple[str, str]:
    schema, dot, name = table.partition(".")
    if not dot or not schema or not name:
        raise ValueError(f"table {table!r} is not in the form schema.table")
    return schema, name


class ClientHelpers:
    """Mixed into `civis.APIClient`."""

    @property
    def _api(self) -> APIClient:
        return cast("APIClient", self)

    @property
    def username(self) -> str:
        """The caller's username (`GET /users/me`)."""
        return self._api.users.list_me().username

    @property
    def default_credential(self) -> int | None:
        """The id of the caller's default credential, or None when there is none."""
        for credential in self._api.credentials.list(default=True, limit=1):
            return credential.id
        return None

    def get_database_id(self, database: str | int) -> int:
        """The id of the database named `database` (an int passes through); ValueError if none or several."""
        if isinstance(database, int):
            return database
        return _by_name(self._api.databases.list(), database, "database")

    def get_table_id(self, table: str, database: str | int) -> int:
        """The id of `schema.table` in `database` (a name or an id); only an exact match counts."""
        schema, name = _split_table(table)
        tables = self._api.tables.list(database_id=self.get_database_id(database), schema=schema, name=name)
        return _only([t.id for t in tables if t.schema == schema and t.name == name], f"table {table!r}")

    def get_aws_credential_id(self, cred_name: str | int, owner: str | None = None) -> int:
        """The id of the AWS credential named `cred_name` (an int passes through) owned by `owner`
        (default: the caller); ValueError if none or several."""
        if isinstance(cred_name, int):
            return cred_name
        owner = owner if owner is not None else self.username
        credentials = self._api.credentials.list(type=AWS_CREDENTIAL_TYPE)
        found = [c.id for c in credentials if c.name == cred_name and c.owner == owner]
        return _only(found, f"AWS credential {cred_name!r} of {owner!r}")

    def get_database_credential_id(self, username: str | int, database_name: str | int) -> int:
        """The id of the database credential of `username` (an int passes through) for the database
        `database_name` (a name or an id); ValueError if none or several."""
        if isinstance(username, int):
            return username
        host = self.get_database_id(database_name)
        credentials = self._api.credentials.list(type=DATABASE_CREDENTIAL_TYPE, remote_host_id=host)
        found = [c.id for c in credentials if c.username == username]
        return _only(found, f"database credential of {username!r} for {database_name!r}")


class AsyncClientHelpers:
    """Mixed into `civis.AsyncAPIClient`: the same look-ups as coroutines (properties become `get_*`)."""

    @property
    def _api(self) -> AsyncAPIClient:
        return cast("AsyncAPIClient", self)

    async def get_username(self) -> str:
        """The caller's username (`GET /users/me`)."""
        return (await self._api.users.list_me()).username

    async def get_default_credential(self) -> int | None:
        """The id of the caller's default credential, or None when there is none."""
        async for credential in await self._api.credentials.list(default=True, limit=1):
            return credential.id
        return None

    async def get_database_id(self, database: str | int) -> int:
        """The id of the database named `database` (an int passes through); ValueError if none or several."""
        if isinstance(database, int):
            return database
        return _by_name(await self._api.databases.list(), database, "database")

    async def get_table_id(self, table: str, database: str | int) -> int:
        """The id of `schema.table` in `database` (a name or an id); only an exact match counts."""
        schema, name = _split_table(table)
        database_id = await self.get_database_id(database)
        tables = await self._api.tables.list(database_id=database_id, schema=schema, name=name)
        return _only([t.id async for t in tables if t.schema == schema and t.name == name], f"table {table!r}")

    async def get_aws_credential_id(self, cred_name: str | int, owner: str | None = None) -> int:
        """The id of the AWS credential named `cred_name` (an int passes through) owned by `owner`
        (default: the caller); ValueError if none or several."""
        if isinstance(cred_name, int):
            return cred_name
        owner = owner if owner is not None else await self.get_username()
        credentials = await self._api.credentials.list(type=AWS_CREDENTIAL_TYPE)
        found = [c.id async for c in credentials if c.name == cred_name and c.owner == owner]
        return _only(found, f"AWS credential {cred_name!r} of {owner!r}")

    async def get_database_credential_id(self, username: str | int, database_name: str | int) -> int:
        """The id of the database credential of `username` (an int passes through) for the database
        `database_name` (a name or an id); ValueError if none or several."""
        if isinstance(username, int):
            return username
        host = await self.get_database_id(database_name)
        credentials = await self._api.credentials.list(type=DATABASE_CREDENTIAL_TYPE, remote_host_id=host)
        found = [c.id async for c in credentials if c.username == username]
        return _only(found, f"database credential of {username!r} for {database_name!r}")
