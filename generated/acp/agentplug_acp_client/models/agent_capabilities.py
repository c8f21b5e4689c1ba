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

T = TypeVar("T", bound="AgentCapabilities")


@_attrs_define
class AgentCapabilities:
    """Protocol features the agent supports.

    Attributes:
        callbacks (bool | Unset): The run's `webhook` is honoured; otherwise it has no effect. Server default: `false`.
        interrupts (bool | Unset): Runs can stop on an interrupt and be resumed. Server default: `false`.
        streaming (StreamingCapabilities | Unset): Supported streaming modes. When this object is absent the agent does
            not stream at all.
        threads (bool | Unset): Runs can be executed on threads (the Threads endpoints are usable). Server default:
            `false`.
    """

    callbacks: bool | Unset = UNSET
    interrupts: bool | Unset = UNSET
    streaming: StreamingCapabilities | Unset = UNSET
    threads: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "callbacks",
            "interrupts",
            "streaming",
            "threads",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("callbacks", self.callbacks),
                ("interrupts", self.interrupts),
                ("streaming", self.streaming),
                ("threads", self.threads),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        callbacks = self.callbacks

        interrupts = self.interrupts

        streaming: dict[str, Any] | Unset = UNSET
        if not isinstance(self.streaming, Unset):
            streaming = (
                self.streaming
                if isinstance(self.streaming, dict)
                else self.streaming.to_dict()
            )

        threads = self.threads

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if callbacks is not UNSET:
            field_dict["callbacks"] = callbacks
        if interrupts is not UNSET:
            field_dict["interrupts"] = interrupts
        if streaming is not UNSET:
            field_dict["streaming"] = streaming
        if threads is not UNSET:
            field_dict["threads"] = threads

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _callbacks_in = src_dict.get("callbacks", UNSET)
        if _callbacks_in is None:
            _callbacks_in = UNSET
        callbacks = _callbacks_in

        _interrupts_in = src_dict.get("interrupts", UNSET)
        if _interrupts_in is None:
            _interrupts_in = UNSET
        interrupts = _interrupts_in

        _streaming_in = src_dict.get("streaming", UNSET)
        if _streaming_in is None:
            _streaming_in = UNSET
        _streaming = _streaming_in
        streaming: StreamingCapabilities | Unset
        if isinstance(_streaming, Unset):
            streaming = UNSET
        else:
            streaming = StreamingCapabilities.from_dict(_streaming)

        _threads_in = src_dict.get("threads", UNSET)
        if _threads_in is None:
            _threads_in = UNSET
        threads = _threads_in

        _obj = cls(
            callbacks,
            interrupts,
            streaming,
            threads,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("callbacks", None)
            additional_properties.pop("interrupts", None)
            additional_properties.pop("streaming", None)
            additional_properties.pop("threads", None)
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


from ..models.streaming_capabilities import StreamingCapabilities  # noqa: E402
