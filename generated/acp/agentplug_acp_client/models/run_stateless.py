from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_status import RunStatus
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="RunStateless")


@_attrs_define
class RunStateless:
    """A stateless run together with the request that created it.

    Attributes:
        agent_id (str): Agent executing the run.
        created_at (datetime.datetime): Creation time. Servers may send it without a UTC offset.
        run_id (str): ID of the run.
        status (RunStatus): Run status. `pending` until the run ends with `success`, `error`, `timeout` or `interrupted`
            (an interrupted run goes back to `pending` when resumed).
        updated_at (datetime.datetime): Last update time. Servers may send it without a UTC offset.
        creation (RunCreateStateless): Request to create a stateless run.
        thread_id (str | Unset): Thread the run belongs to; set only for thread runs.
    """

    agent_id: str
    created_at: datetime.datetime
    run_id: str
    status: RunStatus
    updated_at: datetime.datetime
    creation: RunCreateStateless
    thread_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "agent_id",
            "created_at",
            "run_id",
            "status",
            "updated_at",
            "creation",
            "thread_id",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("agent_id", self.agent_id),
                ("created_at", self.created_at),
                ("run_id", self.run_id),
                ("status", self.status),
                ("updated_at", self.updated_at),
                ("creation", self.creation),
                ("thread_id", self.thread_id),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        created_at = (
            self.created_at
            if isinstance(self.created_at, str)
            else self.created_at.isoformat()
        )

        run_id = self.run_id

        status = getattr(self.status, "value", self.status)

        updated_at = (
            self.updated_at
            if isinstance(self.updated_at, str)
            else self.updated_at.isoformat()
        )

        creation = (
            self.creation
            if isinstance(self.creation, dict)
            else self.creation.to_dict()
        )

        thread_id = self.thread_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_id": agent_id,
                "created_at": created_at,
                "run_id": run_id,
                "status": status,
                "updated_at": updated_at,
                "creation": creation,
            }
        )
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        agent_id = src_dict["agent_id"]

        created_at = parse_datetime(src_dict["created_at"])

        run_id = src_dict["run_id"]

        status = cast(
            RunStatus,
            RunStatus._value2member_map_.get(src_dict["status"])
            or RunStatus(src_dict["status"]),
        )

        updated_at = parse_datetime(src_dict["updated_at"])

        creation = RunCreateStateless.from_dict(src_dict["creation"])

        _thread_id_in = src_dict.get("thread_id", UNSET)
        if _thread_id_in is None:
            _thread_id_in = UNSET
        thread_id = _thread_id_in

        _obj = cls(
            agent_id,
            created_at,
            run_id,
            status,
            updated_at,
            creation,
            thread_id,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("agent_id", None)
            additional_properties.pop("created_at", None)
            additional_properties.pop("run_id", None)
            additional_properties.pop("status", None)
            additional_properties.pop("updated_at", None)
            additional_properties.pop("creation", None)
            additional_properties.pop("thread_id", None)
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


from ..models.run_create_stateless import RunCreateStateless  # noqa: E402
