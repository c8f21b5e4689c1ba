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
from ..types import UNSET

T = TypeVar("T", bound="ValueRunInterruptUpdate")


@_attrs_define
class ValueRunInterruptUpdate:
    """Stream update reporting that the run was interrupted.

    Attributes:
        interrupt (Any): Payload of an interrupt. Any JSON value except null; scalars and arrays are allowed since
            0.2.3. Its shape is the `interrupt_payload` of the matching entry in the agent descriptor's `specs.interrupts`;
            servers may wrap it as `{"<interrupt_type>": payload}`.
        type_ (Literal['interrupt']):
        run_id (str): ID of the run.
        status (RunStatus): Run status. `pending` until the run ends with `success`, `error`, `timeout` or `interrupted`
            (an interrupted run goes back to `pending` when resumed).
    """

    interrupt: Any
    type_: Literal["interrupt"]
    run_id: str
    status: RunStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "interrupt",
            "type",
            "run_id",
            "status",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("interrupt", self.interrupt),
                ("type_", self.type_),
                ("run_id", self.run_id),
                ("status", self.status),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        interrupt = self.interrupt

        type_ = self.type_

        run_id = self.run_id

        status = getattr(self.status, "value", self.status)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interrupt": interrupt,
                "type": type_,
                "run_id": run_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        interrupt = src_dict["interrupt"]

        type_ = src_dict["type"]
        if type_ != "interrupt":
            raise ValueError(f"type must be 'interrupt', got {type_!r}")

        run_id = src_dict["run_id"]

        status = cast(
            RunStatus,
            RunStatus._value2member_map_.get(src_dict["status"])
            or RunStatus(src_dict["status"]),
        )

        _obj = cls(
            interrupt,
            type_,
            run_id,
            status,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("interrupt", None)
            additional_properties.pop("type", None)
            additional_properties.pop("run_id", None)
            additional_properties.pop("status", None)
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
