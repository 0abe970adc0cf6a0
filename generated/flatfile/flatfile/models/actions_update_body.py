from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from .._core._types import plain_names
from ..models.action_mode import ActionMode, check_action_mode
from ..models.action_schedule import ActionSchedule, check_action_schedule
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_constraint import ActionConstraint
    from ..models.action_message import ActionMessage
    from ..models.action_mount import ActionMount
    from ..models.guardrail import Guardrail
    from ..models.guide import Guide
    from ..models.input_form import InputForm


T = TypeVar("T", bound="ActionsUpdateBody")


@plain_names({"type": "type_"})
@_attrs_define
class ActionsUpdateBody:
    """
    Attributes:
        label (str | Unset): Button text. Example: Submit.
        slug (str | Unset): Deprecated alias of operation.
        operation (str | Unset): Job operation started when the action runs. Example: submitAction.
        mode (ActionMode | str | Unset): How blocking the job started by an action is for the user. Example: foreground.
        tooltip (str | Unset): Hover text for the button.
        messages (list[ActionMessage] | Unset):
        type_ (str | Unset): Deprecated; kept for older clients.
        description (str | Unset): Text shown in the confirmation dialog. Example: Submit data to webhook.site.
        schedule (ActionSchedule | str | Unset): Cadence for actions that run on a timer.
        primary (bool | Unset): Show the action prominently. Example: True.
        confirm (bool | Unset): Ask for confirmation before running.
        icon (str | Unset): Name of a Flatfile design-system icon (primary actions only).
        require_all_valid (bool | Unset): Deprecated; use constraints.
        require_selection (bool | Unset): Deprecated; use constraints.
        input_form (InputForm | Unset): Form collected from the user when an action is clicked.
        constraints (list[ActionConstraint] | Unset):
        mount (ActionMount | Unset): Placement of an action in the UI.
        guide (Guide | Unset): Help text attached to an action.
        guardrail (Guardrail | Unset): Warning shown before an action runs.
    """

    label: str | Unset = UNSET
    slug: str | Unset = UNSET
    operation: str | Unset = UNSET
    mode: ActionMode | str | Unset = UNSET
    tooltip: str | Unset = UNSET
    messages: list[ActionMessage] | Unset = UNSET
    type_: str | Unset = UNSET
    description: str | Unset = UNSET
    schedule: ActionSchedule | str | Unset = UNSET
    primary: bool | Unset = UNSET
    confirm: bool | Unset = UNSET
    icon: str | Unset = UNSET
    require_all_valid: bool | Unset = UNSET
    require_selection: bool | Unset = UNSET
    input_form: InputForm | Unset = UNSET
    constraints: list[ActionConstraint] | Unset = UNSET
    mount: ActionMount | Unset = UNSET
    guide: Guide | Unset = UNSET
    guardrail: Guardrail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        slug = self.slug

        operation = self.operation

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        tooltip = self.tooltip

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = jsonable(messages_item_data)
                messages.append(messages_item)

        type_ = self.type_

        description = self.description

        schedule: str | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule

        primary = self.primary

        confirm = self.confirm

        icon = self.icon

        require_all_valid = self.require_all_valid

        require_selection = self.require_selection

        input_form: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_form, Unset):
            input_form = jsonable(self.input_form)

        constraints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.constraints, Unset):
            constraints = []
            for constraints_item_data in self.constraints:
                constraints_item = jsonable(constraints_item_data)
                constraints.append(constraints_item)

        mount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mount, Unset):
            mount = jsonable(self.mount)

        guide: dict[str, Any] | Unset = UNSET
        if not isinstance(self.guide, Unset):
            guide = jsonable(self.guide)

        guardrail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.guardrail, Unset):
            guardrail = jsonable(self.guardrail)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if label is not UNSET:
            field_dict["label"] = label
        if slug is not UNSET:
            field_dict["slug"] = slug
        if operation is not UNSET:
            field_dict["operation"] = operation
        if mode is not UNSET:
            field_dict["mode"] = mode
        if tooltip is not UNSET:
            field_dict["tooltip"] = tooltip
        if messages is not UNSET:
            field_dict["messages"] = messages
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if primary is not UNSET:
            field_dict["primary"] = primary
        if confirm is not UNSET:
            field_dict["confirm"] = confirm
        if icon is not UNSET:
            field_dict["icon"] = icon
        if require_all_valid is not UNSET:
            field_dict["requireAllValid"] = require_all_valid
        if require_selection is not UNSET:
            field_dict["requireSelection"] = require_selection
        if input_form is not UNSET:
            field_dict["inputForm"] = input_form
        if constraints is not UNSET:
            field_dict["constraints"] = constraints
        if mount is not UNSET:
            field_dict["mount"] = mount
        if guide is not UNSET:
            field_dict["guide"] = guide
        if guardrail is not UNSET:
            field_dict["guardrail"] = guardrail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label", UNSET)
        if type(label) is not str and label is not UNSET:
            label = decode.expect(label, str, "label")

        slug = d.pop("slug", UNSET)
        if type(slug) is not str and slug is not UNSET:
            slug = decode.expect(slug, str, "slug")

        operation = d.pop("operation", UNSET)
        if type(operation) is not str and operation is not UNSET:
            operation = decode.expect(operation, str, "operation")

        mode = check_action_mode(d.pop("mode", UNSET), "mode")

        tooltip = d.pop("tooltip", UNSET)
        if type(tooltip) is not str and tooltip is not UNSET:
            tooltip = decode.expect(tooltip, str, "tooltip")

        messages = d.pop("messages", UNSET)
        if messages is not UNSET:
            messages = decode.model_array(_models.ActionMessage.from_dict, messages, "messages")

        type_ = d.pop("type", UNSET)
        if type(type_) is not str and type_ is not UNSET:
            type_ = decode.expect(type_, str, "type")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        schedule = check_action_schedule(d.pop("schedule", UNSET), "schedule")

        primary = d.pop("primary", UNSET)
        if type(primary) is not bool and primary is not UNSET:
            primary = decode.expect(primary, bool, "primary")

        confirm = d.pop("confirm", UNSET)
        if type(confirm) is not bool and confirm is not UNSET:
            confirm = decode.expect(confirm, bool, "confirm")

        icon = d.pop("icon", UNSET)
        if type(icon) is not str and icon is not UNSET:
            icon = decode.expect(icon, str, "icon")

        require_all_valid = d.pop("requireAllValid", UNSET)
        if type(require_all_valid) is not bool and require_all_valid is not UNSET:
            require_all_valid = decode.expect(require_all_valid, bool, "requireAllValid")

        require_selection = d.pop("requireSelection", UNSET)
        if type(require_selection) is not bool and require_selection is not UNSET:
            require_selection = decode.expect(require_selection, bool, "requireSelection")

        input_form = d.pop("inputForm", UNSET)
        if input_form is not UNSET:
            input_form = decode.model(_models.InputForm.from_dict, input_form, "inputForm")

        constraints = d.pop("constraints", UNSET)
        if constraints is not UNSET:
            constraints = decode.model_array(_models.ActionConstraint.from_dict, constraints, "constraints")

        mount = d.pop("mount", UNSET)
        if mount is not UNSET:
            mount = decode.model(_models.ActionMount.from_dict, mount, "mount")

        guide = d.pop("guide", UNSET)
        if guide is not UNSET:
            guide = decode.model(_models.Guide.from_dict, guide, "guide")

        guardrail = d.pop("guardrail", UNSET)
        if guardrail is not UNSET:
            guardrail = decode.model(_models.Guardrail.from_dict, guardrail, "guardrail")

        actions_update_body = cls.__new__(cls)
        actions_update_body.label = label
        actions_update_body.slug = slug
        actions_update_body.operation = operation
        actions_update_body.mode = mode
        actions_update_body.tooltip = tooltip
        actions_update_body.messages = messages
        actions_update_body.type_ = type_
        actions_update_body.description = description
        actions_update_body.schedule = schedule
        actions_update_body.primary = primary
        actions_update_body.confirm = confirm
        actions_update_body.icon = icon
        actions_update_body.require_all_valid = require_all_valid
        actions_update_body.require_selection = require_selection
        actions_update_body.input_form = input_form
        actions_update_body.constraints = constraints
        actions_update_body.mount = mount
        actions_update_body.guide = guide
        actions_update_body.guardrail = guardrail

        actions_update_body.additional_properties = d if d else {}
        return actions_update_body

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
