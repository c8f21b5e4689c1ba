from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_status import RunStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ValueRunResultUpdate")


@_attrs_define
class ValueRunResultUpdate:
    """Values-mode update: the full current output, replacing any earlier update.

    Attributes:
        run_id (str): ID of the run.
        status (RunStatus): Run status. `pending` until the run ends with `success`, `error`, `timeout` or `interrupted`
            (an interrupted run goes back to `pending` when resumed).
        type_ (Literal['values']):
        values (Any): Run output values. Any JSON value except null; scalars and arrays are allowed since 0.2.3. The
            agent descriptor's `specs.output` gives its shape.
        messages (list[Message] | Unset): Messages produced so far.
    """

    run_id: str
    status: RunStatus
    type_: Literal["values"]
    values: Any
    messages: list[Message] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "run_id",
            "status",
            "type",
            "values",
            "messages",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("run_id", self.run_id),
                ("status", self.status),
                ("type_", self.type_),
                ("values", self.values),
                ("messages", self.messages),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        status = getattr(self.status, "value", self.status)

        type_ = self.type_

        values = self.values

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = (
                    messages_item_data
                    if isinstance(messages_item_data, dict)
                    else messages_item_data.to_dict()
                )
                messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_id": run_id,
                "status": status,
                "type": type_,
                "values": values,
            }
        )
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        run_id = src_dict["run_id"]

        status = cast(
            RunStatus,
            RunStatus._value2member_map_.get(src_dict["status"])
            or RunStatus(src_dict["status"]),
        )

        type_ = src_dict["type"]
        if type_ != "values":
            raise ValueError(f"type must be 'values', got {type_!r}")

        values = src_dict["values"]

        _messages_in = src_dict.get("messages", UNSET)
        if _messages_in is None:
            _messages_in = UNSET
        _messages = _messages_in
        messages: list[Message] | Unset = UNSET
        if not isinstance(_messages, Unset):
            if not isinstance(_messages, list):
                raise TypeError(
                    f"expected a list for messages, got {type(_messages).__name__}"
                )
            messages = [
                Message.from_dict(messages_item_data)
                for messages_item_data in _messages
            ]

        _obj = cls(
            run_id,
            status,
            type_,
            values,
            messages,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("run_id", None)
            additional_properties.pop("status", None)
            additional_properties.pop("type", None)
            additional_properties.pop("values", None)
            additional_properties.pop("messages", None)
            _obj.additional_properties = additional_properties
        return _obj

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


from ..models.message import Message  # noqa: E402
