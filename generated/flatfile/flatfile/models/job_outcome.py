from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from .._core._types import plain_names
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_outcome_next_download import JobOutcomeNextDownload
    from ..models.job_outcome_next_files import JobOutcomeNextFiles
    from ..models.job_outcome_next_id import JobOutcomeNextId
    from ..models.job_outcome_next_retry import JobOutcomeNextRetry
    from ..models.job_outcome_next_snapshot import JobOutcomeNextSnapshot
    from ..models.job_outcome_next_unknown import JobOutcomeNextUnknown
    from ..models.job_outcome_next_url import JobOutcomeNextUrl
    from ..models.job_outcome_next_wait import JobOutcomeNextWait


T = TypeVar("T", bound="JobOutcome")


@plain_names({"next": "next_"})
@_attrs_define
class JobOutcome:
    """Result shown to the user.

    Attributes:
        acknowledge (bool | Unset): Require the user to confirm the outcome. Example: True.
        button_text (str | Unset):  Example: Acknowledge.
        next_ (JobOutcomeNextDownload | JobOutcomeNextFiles | JobOutcomeNextId | JobOutcomeNextRetry |
            JobOutcomeNextSnapshot | JobOutcomeNextUnknown | JobOutcomeNextUrl | JobOutcomeNextWait | Unset): What the user
            is offered after a job finishes; `type` selects the variant.
        heading (str | Unset):  Example: Success.
        message (str | Unset):  Example: Job was successful.
        hide_default_button (bool | Unset):
    """

    acknowledge: bool | Unset = UNSET
    button_text: str | Unset = UNSET
    next_: (
        JobOutcomeNextDownload
        | JobOutcomeNextFiles
        | JobOutcomeNextId
        | JobOutcomeNextRetry
        | JobOutcomeNextSnapshot
        | JobOutcomeNextUnknown
        | JobOutcomeNextUrl
        | JobOutcomeNextWait
        | Unset
    ) = UNSET
    heading: str | Unset = UNSET
    message: str | Unset = UNSET
    hide_default_button: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        acknowledge = self.acknowledge

        button_text = self.button_text

        next_: dict[str, Any] | Unset = jsonable(self.next_)

        heading = self.heading

        message = self.message

        hide_default_button = self.hide_default_button

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if acknowledge is not UNSET:
            field_dict["acknowledge"] = acknowledge
        if button_text is not UNSET:
            field_dict["buttonText"] = button_text
        if next_ is not UNSET:
            field_dict["next"] = next_
        if heading is not UNSET:
            field_dict["heading"] = heading
        if message is not UNSET:
            field_dict["message"] = message
        if hide_default_button is not UNSET:
            field_dict["hideDefaultButton"] = hide_default_button

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acknowledge = d.pop("acknowledge", UNSET)
        if type(acknowledge) is not bool and acknowledge is not UNSET:
            acknowledge = decode.expect(acknowledge, bool, "acknowledge")

        button_text = d.pop("buttonText", UNSET)
        if type(button_text) is not str and button_text is not UNSET:
            button_text = decode.expect(button_text, str, "buttonText")

        def _parse_next_(
            data: object,
        ) -> (
            JobOutcomeNextDownload
            | JobOutcomeNextFiles
            | JobOutcomeNextId
            | JobOutcomeNextRetry
            | JobOutcomeNextSnapshot
            | JobOutcomeNextUnknown
            | JobOutcomeNextUrl
            | JobOutcomeNextWait
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                tag = data.get("type")
                if tag == "id":
                    try:
                        return decode.variant(_models.JobOutcomeNextId.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "url":
                    try:
                        return decode.variant(_models.JobOutcomeNextUrl.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "download":
                    try:
                        return decode.variant(_models.JobOutcomeNextDownload.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "files":
                    try:
                        return decode.variant(_models.JobOutcomeNextFiles.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "wait":
                    try:
                        return decode.variant(_models.JobOutcomeNextWait.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "snapshot":
                    try:
                        return decode.variant(_models.JobOutcomeNextSnapshot.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "retry":
                    try:
                        return decode.variant(_models.JobOutcomeNextRetry.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                return decode.variant(_models.JobOutcomeNextId.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.JobOutcomeNextUrl.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.JobOutcomeNextDownload.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.JobOutcomeNextFiles.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.JobOutcomeNextWait.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.JobOutcomeNextSnapshot.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.JobOutcomeNextRetry.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.JobOutcomeNextUnknown.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast(
                "JobOutcomeNextDownload | JobOutcomeNextFiles | JobOutcomeNextId | JobOutcomeNextRetry | JobOutcomeNextSnapshot | JobOutcomeNextUnknown | JobOutcomeNextUrl | JobOutcomeNextWait | Unset",
                decode.mismatch(
                    "one of JobOutcomeNextDownload | JobOutcomeNextFiles | JobOutcomeNextId | JobOutcomeNextRetry | JobOutcomeNextSnapshot | JobOutcomeNextUnknown | JobOutcomeNextUrl | JobOutcomeNextWait",
                    data,
                    "next",
                ),
            )

        next_ = d.pop("next", UNSET)
        if next_ is not UNSET:
            next_ = _parse_next_(next_)

        heading = d.pop("heading", UNSET)
        if type(heading) is not str and heading is not UNSET:
            heading = decode.expect(heading, str, "heading")

        message = d.pop("message", UNSET)
        if type(message) is not str and message is not UNSET:
            message = decode.expect(message, str, "message")

        hide_default_button = d.pop("hideDefaultButton", UNSET)
        if type(hide_default_button) is not bool and hide_default_button is not UNSET:
            hide_default_button = decode.expect(hide_default_button, bool, "hideDefaultButton")

        job_outcome = cls.__new__(cls)
        job_outcome.acknowledge = acknowledge
        job_outcome.button_text = button_text
        job_outcome.next_ = next_
        job_outcome.heading = heading
        job_outcome.message = message
        job_outcome.hide_default_button = hide_default_button

        job_outcome.additional_properties = d if d else {}
        return job_outcome

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
