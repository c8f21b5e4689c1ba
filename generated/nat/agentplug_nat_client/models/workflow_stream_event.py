from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="WorkflowStreamEvent")


@_attrs_define
class WorkflowStreamEvent:
    """One server-sent event of a workflow stream. `event` is the SSE event name (`message` when the block has none);
    `data` is its JSON payload.

        Attributes:
            data (StreamInteractionEvent | StreamOAuthEvent | StreamOutput): The JSON of a stream event: a prompt
                (`event_type` `interaction_required`), an OAuth request (`event_type` `oauth_required`), or anything else
                (`StreamOutput`: a result, a chat chunk, or an `Error` on `event: error`).
            event (str): `message`, `interaction_required`, `oauth_required` or `error`.
    """

    data: StreamInteractionEvent | StreamOAuthEvent | StreamOutput
    event: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
            "event",
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
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any]
        if isinstance(self.data, StreamInteractionEvent):
            data = self.data if isinstance(self.data, dict) else self.data.to_dict()
        elif isinstance(self.data, StreamOAuthEvent):
            data = self.data if isinstance(self.data, dict) else self.data.to_dict()
        else:
            data = self.data if isinstance(self.data, dict) else self.data.to_dict()

        event = self.event

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "event": event,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data_raw = src_dict["data"]
        data: StreamInteractionEvent | StreamOAuthEvent | StreamOutput
        if isinstance(_data_raw, (dict, Mapping)):
            _data_tag = _data_raw.get("event_type")
            if _data_tag == "interaction_required":
                data = StreamInteractionEvent.from_dict(_data_raw)
            elif _data_tag == "oauth_required":
                data = StreamOAuthEvent.from_dict(_data_raw)
            else:
                data = StreamOutput.from_dict(_data_raw)
        else:
            raise TypeError(f"unexpected {type(_data_raw).__name__} for data")

        event = src_dict["event"]

        _obj = cls(
            data,
            event,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("data", None)
            additional_properties.pop("event", None)
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


from ..models.stream_interaction_event import StreamInteractionEvent  # noqa: E402
from ..models.stream_o_auth_event import StreamOAuthEvent  # noqa: E402
from ..models.stream_output import StreamOutput  # noqa: E402
