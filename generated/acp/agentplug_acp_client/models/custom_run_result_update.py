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

T = TypeVar("T", bound="CustomRunResultUpdate")


@_attrs_define
class CustomRunResultUpdate:
    """Custom-mode update following the agent's custom_streaming_update schema.

    Attributes:
        status (RunStatus): Run status. `pending` until the run ends with `success`, `error`, `timeout` or `interrupted`
            (an interrupted run goes back to `pending` when resumed).
        type_ (Literal['custom']):
        update (StreamUpdateSchema): A custom stream update. Its shape is given by the agent descriptor's
            `specs.custom_streaming_update`.
        run_id (str | Unset): ID of the run.
    """

    status: RunStatus
    type_: Literal["custom"]
    update: dict[str, Any]
    run_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
            "type",
            "update",
            "run_id",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("status", self.status),
                ("type_", self.type_),
                ("update", self.update),
                ("run_id", self.run_id),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        status = getattr(self.status, "value", self.status)

        type_ = self.type_

        update = self.update

        run_id = self.run_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "type": type_,
                "update": update,
            }
        )
        if run_id is not UNSET:
            field_dict["run_id"] = run_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        status = cast(
            RunStatus,
            RunStatus._value2member_map_.get(src_dict["status"])
            or RunStatus(src_dict["status"]),
        )

        type_ = src_dict["type"]
        if type_ != "custom":
            raise ValueError(f"type must be 'custom', got {type_!r}")

        update = src_dict["update"]
        if not isinstance(update, dict):
            raise TypeError(
                f"expected an object for update, got {type(update).__name__}"
            )

        _run_id_in = src_dict.get("run_id", UNSET)
        if _run_id_in is None:
            _run_id_in = UNSET
        run_id = _run_id_in

        _obj = cls(
            status,
            type_,
            update,
            run_id,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("status", None)
            additional_properties.pop("type", None)
            additional_properties.pop("update", None)
            additional_properties.pop("run_id", None)
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
