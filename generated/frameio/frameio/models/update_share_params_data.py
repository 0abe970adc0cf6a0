from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import rfc3339
from ..models.update_share_params_data_access import UpdateShareParamsDataAccess, check_update_share_params_data_access
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateShareParamsData")


@_attrs_define
class UpdateShareParamsData:
    """
    Attributes:
        name (None | str | Unset):
        access (UpdateShareParamsDataAccess | str | Unset):
        downloading_enabled (bool | Unset):
        expiration (datetime.datetime | None | Unset):
        passphrase (None | str | Unset):
    """

    name: None | str | Unset = UNSET
    access: UpdateShareParamsDataAccess | str | Unset = UNSET
    downloading_enabled: bool | Unset = UNSET
    expiration: datetime.datetime | None | Unset = UNSET
    passphrase: None | str | Unset = UNSET

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        access: str | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = self.access

        downloading_enabled = self.downloading_enabled

        expiration: None | str | Unset
        if isinstance(self.expiration, Unset):
            expiration = UNSET
        elif isinstance(self.expiration, datetime.datetime):
            expiration = rfc3339(self.expiration)
        else:
            expiration = self.expiration

        passphrase: None | str | Unset
        if isinstance(self.passphrase, Unset):
            passphrase = UNSET
        else:
            passphrase = self.passphrase

        field_dict: dict[str, Any] = {}

        if name is not UNSET:
            field_dict["name"] = name
        if access is not UNSET:
            field_dict["access"] = access
        if downloading_enabled is not UNSET:
            field_dict["downloading_enabled"] = downloading_enabled
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if passphrase is not UNSET:
            field_dict["passphrase"] = passphrase

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name is not None and type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name", "one of None | str")

        access = check_update_share_params_data_access(d.pop("access", UNSET), "access")

        downloading_enabled = d.pop("downloading_enabled", UNSET)
        if type(downloading_enabled) is not bool and downloading_enabled is not UNSET:
            downloading_enabled = decode.expect(downloading_enabled, bool, "downloading_enabled")

        expiration = d.pop("expiration", UNSET)
        if expiration is not None and expiration is not UNSET:
            expiration = decode.date_time(expiration, "expiration", expected="one of datetime.datetime | None")

        passphrase = d.pop("passphrase", UNSET)
        if passphrase is not None and type(passphrase) is not str and passphrase is not UNSET:
            passphrase = decode.expect(passphrase, str, "passphrase", "one of None | str")

        update_share_params_data = cls.__new__(cls)
        update_share_params_data.name = name
        update_share_params_data.access = access
        update_share_params_data.downloading_enabled = downloading_enabled
        update_share_params_data.expiration = expiration
        update_share_params_data.passphrase = passphrase

        return update_share_params_data
