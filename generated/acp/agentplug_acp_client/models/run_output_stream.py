from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunOutputStream")


@_attrs_define
class RunOutputStream:
    """One server-sent event of a run output stream. `id` and `event` are the SSE fields; `data` is the JSON payload.

    Attributes:
        data (CustomRunResultUpdate | ValueRunErrorUpdate | ValueRunInterruptUpdate | ValueRunResultUpdate): JSON
            carried in the `data` field of a stream event, distinguished by `type`.
        event (str): SSE event type. Servers send `agent_event`; the kind of update is `data.type`. A client reading an
            event with no `event` field sees the SSE default, `message`.
        id (str | Unset): Event id. The protocol sends one with every event, but real servers restart numbering at 1 on
            each connection and can lose it (a keep-alive written without its newline turns the `id` line into a comment),
            so clients must accept events without one.
    """

    data: (
        CustomRunResultUpdate
        | ValueRunErrorUpdate
        | ValueRunInterruptUpdate
        | ValueRunResultUpdate
    )
    event: str
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
            "event",
            "id",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("data", self.data),
                ("event", self.event),
                ("id", self.id),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any]
        if isinstance(self.data, ValueRunResultUpdate):
            data = self.data if isinstance(self.data, dict) else self.data.to_dict()
        elif isinstance(self.data, CustomRunResultUpdate):
            data = self.data if isinstance(self.data, dict) else self.data.to_dict()
        elif isinstance(self.data, ValueRunInterruptUpdate):
            data = self.data if isinstance(self.data, dict) else self.data.to_dict()
        else:
            data = self.data if isinstance(self.data, dict) else self.data.to_dict()

        event = self.event

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "event": event,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data_raw = src_dict["data"]
        data: (
            CustomRunResultUpdate
            | ValueRunErrorUpdate
            | ValueRunInterruptUpdate
            | ValueRunResultUpdate
        )
        if isinstance(_data_raw, (dict, Mapping)):
            _data_tag = _data_raw.get("type")
            if _data_tag == "values":
                data = ValueRunResultUpdate.from_dict(_data_raw)
            elif _data_tag == "custom":
                data = CustomRunResultUpdate.from_dict(_data_raw)
            elif _data_tag == "interrupt":
                data = ValueRunInterruptUpdate.from_dict(_data_raw)
            elif _data_tag == "error":
                data = ValueRunErrorUpdate.from_dict(_data_raw)
            else:
                raise ValueError(f"unknown type {_data_tag!r} for data")
        else:
            raise TypeError(f"unexpected {type(_data_raw).__name__} for data")

        event = src_dict["event"]

        _id_in = src_dict.get("id", UNSET)
        if _id_in is None:
            _id_in = UNSET
        id = _id_in

        _obj = cls(
            data,
            event,
            id,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("data", None)
            additional_properties.pop("event", None)
            additional_properties.pop("id", None)
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


from ..models.custom_run_result_update import CustomRunResultUpdate  # noqa: E402
from ..models.value_run_error_update import ValueRunErrorUpdate  # noqa: E402
from ..models.value_run_interrupt_update import ValueRunInterruptUpdate  # noqa: E402
from ..models.value_run_result_update import ValueRunResultUpdate  # noqa: E402
