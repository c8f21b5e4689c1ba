from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.success_status import SuccessStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentSpanEnvelope")


@_attrs_define
class AgentSpanEnvelope:
    """
    Attributes:
        details (AgentSpan):
        status (SuccessStatus):
        control (ControlSignal | Unset): The platform asks the agent instance to stop.
    """

    details: AgentSpan
    status: SuccessStatus
    control: ControlSignal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "details",
            "status",
            "control",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("details", self.details),
                ("status", self.status),
                ("control", self.control),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        details = (
            self.details if isinstance(self.details, dict) else self.details.to_dict()
        )

        status = getattr(self.status, "value", self.status)

        control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.control, Unset):
            control = (
                self.control
                if isinstance(self.control, dict)
                else self.control.to_dict()
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "details": details,
                "status": status,
            }
        )
        if control is not UNSET:
            field_dict["control"] = control

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        details = AgentSpan.from_dict(src_dict["details"])

        status = cast(
            SuccessStatus,
            SuccessStatus._value2member_map_.get(src_dict["status"])
            or SuccessStatus(src_dict["status"]),
        )

        _control_in = src_dict.get("control", UNSET)
        if _control_in is None:
            _control_in = UNSET
        _control = _control_in
        control: ControlSignal | Unset
        if isinstance(_control, Unset):
            control = UNSET
        else:
            control = ControlSignal.from_dict(_control)

        _obj = cls(
            details,
            status,
            control,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("details", None)
            additional_properties.pop("status", None)
            additional_properties.pop("control", None)
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


from ..models.agent_span import AgentSpan  # noqa: E402
from ..models.control_signal import ControlSignal  # noqa: E402
