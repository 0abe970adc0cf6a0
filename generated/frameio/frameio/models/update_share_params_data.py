from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

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

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if type(data) is str:
                return data
            try:
                with decode.strictly():
                    name_type_0 = data
                    if type(name_type_0) is not str:
                        name_type_0 = decode.expect(name_type_0, str)

                return name_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast("None | str | Unset", decode.mismatch("one of None | str", data, "name"))

        name = d.pop("name", UNSET)
        if name is not UNSET:
            name = _parse_name(name)

        access = check_update_share_params_data_access(d.pop("access", UNSET), "access")

        downloading_enabled = d.pop("downloading_enabled", UNSET)
        if type(downloading_enabled) is not bool and downloading_enabled is not UNSET:
            downloading_enabled = decode.expect(downloading_enabled, bool, "downloading_enabled")

        def _parse_expiration(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                try:
                    return decode.parse_date_time(data)
                except ValueError:
                    pass

            return cast(
                "datetime.datetime | None | Unset",
                decode.mismatch("one of datetime.datetime | None", data, "expiration"),
            )

        expiration = d.pop("expiration", UNSET)
        if expiration is not UNSET:
            expiration = _parse_expiration(expiration)

        def _parse_passphrase(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if type(data) is str:
                return data
            try:
                with decode.strictly():
                    passphrase_type_0 = data
                    if type(passphrase_type_0) is not str:
                        passphrase_type_0 = decode.expect(passphrase_type_0, str)

                return passphrase_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast("None | str | Unset", decode.mismatch("one of None | str", data, "passphrase"))

        passphrase = d.pop("passphrase", UNSET)
        if passphrase is not UNSET:
            passphrase = _parse_passphrase(passphrase)

        update_share_params_data = cls.__new__(cls)
        update_share_params_data.name = name
        update_share_params_data.access = access
        update_share_params_data.downloading_enabled = downloading_enabled
        update_share_params_data.expiration = expiration
        update_share_params_data.passphrase = passphrase

        return update_share_params_data
