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

from ..models.agent_span_type import AgentSpanType
from ..models.agent_status import AgentStatus
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="AgentSpan")


@_attrs_define
class AgentSpan:
    """
    Attributes:
        agent_instance_id (str):
        id (str):
        schema_name (str):
        status (AgentStatus):
        type_ (AgentSpanType):
        account_id (None | str | Unset):
        agent_id (None | str | Unset):
        finished_at (datetime.datetime | None | Unset):
        inserted_at (datetime.datetime | None | Unset):
        parent_span_id (None | str | Unset):
        payload (SpanPayload | Unset):
        result_payload (None | SpanPayload | Unset):
        schema_title (None | str | Unset):
        started_at (datetime.datetime | None | Unset):
        summary (None | str | Unset): The span type's template rendered over params and result.
        updated_at (datetime.datetime | None | Unset):
    """

    agent_instance_id: str
    id: str
    schema_name: str
    status: AgentStatus
    type_: AgentSpanType
    account_id: None | str | Unset = UNSET
    agent_id: None | str | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    inserted_at: datetime.datetime | None | Unset = UNSET
    parent_span_id: None | str | Unset = UNSET
    payload: dict[str, Any] | Unset = UNSET
    result_payload: None | SpanPayload | Unset = UNSET
    schema_title: None | str | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    summary: None | str | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "agent_instance_id",
            "id",
            "schema_name",
            "status",
            "type",
            "account_id",
            "agent_id",
            "finished_at",
            "inserted_at",
            "parent_span_id",
            "payload",
            "result_payload",
            "schema_title",
            "started_at",
            "summary",
            "updated_at",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("agent_instance_id", self.agent_instance_id),
                ("id", self.id),
                ("schema_name", self.schema_name),
                ("status", self.status),
                ("type_", self.type_),
                ("account_id", self.account_id),
                ("agent_id", self.agent_id),
                ("finished_at", self.finished_at),
                ("inserted_at", self.inserted_at),
                ("parent_span_id", self.parent_span_id),
                ("payload", self.payload),
                ("result_payload", self.result_payload),
                ("schema_title", self.schema_title),
                ("started_at", self.started_at),
                ("summary", self.summary),
                ("updated_at", self.updated_at),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        agent_instance_id = self.agent_instance_id

        id = self.id

        schema_name = self.schema_name

        status = getattr(self.status, "value", self.status)

        type_ = getattr(self.type_, "value", self.type_)

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = (
                self.finished_at
                if isinstance(self.finished_at, str)
                else self.finished_at.isoformat()
            )
        else:
            finished_at = self.finished_at

        inserted_at: None | str | Unset
        if isinstance(self.inserted_at, Unset):
            inserted_at = UNSET
        elif isinstance(self.inserted_at, datetime.datetime):
            inserted_at = (
                self.inserted_at
                if isinstance(self.inserted_at, str)
                else self.inserted_at.isoformat()
            )
        else:
            inserted_at = self.inserted_at

        parent_span_id: None | str | Unset
        if isinstance(self.parent_span_id, Unset):
            parent_span_id = UNSET
        else:
            parent_span_id = self.parent_span_id

        payload = self.payload

        result_payload: dict[str, Any] | None | Unset
        if isinstance(self.result_payload, Unset):
            result_payload = UNSET
        elif isinstance(self.result_payload, SpanPayload):
            result_payload = (
                self.result_payload
                if isinstance(self.result_payload, dict)
                else self.result_payload.to_dict()
            )
        else:
            result_payload = self.result_payload

        schema_title: None | str | Unset
        if isinstance(self.schema_title, Unset):
            schema_title = UNSET
        else:
            schema_title = self.schema_title

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = (
                self.started_at
                if isinstance(self.started_at, str)
                else self.started_at.isoformat()
            )
        else:
            started_at = self.started_at

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = (
                self.updated_at
                if isinstance(self.updated_at, str)
                else self.updated_at.isoformat()
            )
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_instance_id": agent_instance_id,
                "id": id,
                "schema_name": schema_name,
                "status": status,
                "type": type_,
            }
        )
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if inserted_at is not UNSET:
            field_dict["inserted_at"] = inserted_at
        if parent_span_id is not UNSET:
            field_dict["parent_span_id"] = parent_span_id
        if payload is not UNSET:
            field_dict["payload"] = payload
        if result_payload is not UNSET:
            field_dict["result_payload"] = result_payload
        if schema_title is not UNSET:
            field_dict["schema_title"] = schema_title
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if summary is not UNSET:
            field_dict["summary"] = summary
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        agent_instance_id = src_dict["agent_instance_id"]

        id = src_dict["id"]

        schema_name = src_dict["schema_name"]

        status = cast(
            AgentStatus,
            AgentStatus._value2member_map_.get(src_dict["status"])
            or AgentStatus(src_dict["status"]),
        )

        type_ = cast(
            AgentSpanType,
            AgentSpanType._value2member_map_.get(src_dict["type"])
            or AgentSpanType(src_dict["type"]),
        )

        _account_id_raw = src_dict.get("account_id", UNSET)
        account_id: None | str | Unset
        if isinstance(_account_id_raw, Unset):
            account_id = UNSET
        else:
            account_id = cast(None | str | Unset, _account_id_raw)

        _agent_id_raw = src_dict.get("agent_id", UNSET)
        agent_id: None | str | Unset
        if isinstance(_agent_id_raw, Unset):
            agent_id = UNSET
        else:
            agent_id = cast(None | str | Unset, _agent_id_raw)

        _finished_at_raw = src_dict.get("finished_at", UNSET)
        finished_at: datetime.datetime | None | Unset
        if isinstance(_finished_at_raw, Unset):
            finished_at = UNSET
        elif isinstance(_finished_at_raw, str):
            finished_at_type_0 = parse_datetime(_finished_at_raw)

            finished_at = finished_at_type_0
        else:
            finished_at = cast(datetime.datetime | None | Unset, _finished_at_raw)

        _inserted_at_raw = src_dict.get("inserted_at", UNSET)
        inserted_at: datetime.datetime | None | Unset
        if isinstance(_inserted_at_raw, Unset):
            inserted_at = UNSET
        elif isinstance(_inserted_at_raw, str):
            inserted_at_type_0 = parse_datetime(_inserted_at_raw)

            inserted_at = inserted_at_type_0
        else:
            inserted_at = cast(datetime.datetime | None | Unset, _inserted_at_raw)

        _parent_span_id_raw = src_dict.get("parent_span_id", UNSET)
        parent_span_id: None | str | Unset
        if isinstance(_parent_span_id_raw, Unset):
            parent_span_id = UNSET
        else:
            parent_span_id = cast(None | str | Unset, _parent_span_id_raw)

        _payload_in = src_dict.get("payload", UNSET)
        if _payload_in is None:
            _payload_in = UNSET
        payload = _payload_in
        if not isinstance(payload, (dict, Unset)):
            raise TypeError(
                f"expected an object for payload, got {type(payload).__name__}"
            )

        _result_payload_raw = src_dict.get("result_payload", UNSET)
        result_payload: None | SpanPayload | Unset
        if isinstance(_result_payload_raw, Unset):
            result_payload = UNSET
        elif isinstance(_result_payload_raw, (dict, Mapping)):
            result_payload = SpanPayload.from_dict(_result_payload_raw)
        else:
            result_payload = cast(None | SpanPayload | Unset, _result_payload_raw)

        _schema_title_raw = src_dict.get("schema_title", UNSET)
        schema_title: None | str | Unset
        if isinstance(_schema_title_raw, Unset):
            schema_title = UNSET
        else:
            schema_title = cast(None | str | Unset, _schema_title_raw)

        _started_at_raw = src_dict.get("started_at", UNSET)
        started_at: datetime.datetime | None | Unset
        if isinstance(_started_at_raw, Unset):
            started_at = UNSET
        elif isinstance(_started_at_raw, str):
            started_at_type_0 = parse_datetime(_started_at_raw)

            started_at = started_at_type_0
        else:
            started_at = cast(datetime.datetime | None | Unset, _started_at_raw)

        _summary_raw = src_dict.get("summary", UNSET)
        summary: None | str | Unset
        if isinstance(_summary_raw, Unset):
            summary = UNSET
        else:
            summary = cast(None | str | Unset, _summary_raw)

        _updated_at_raw = src_dict.get("updated_at", UNSET)
        updated_at: datetime.datetime | None | Unset
        if isinstance(_updated_at_raw, Unset):
            updated_at = UNSET
        elif isinstance(_updated_at_raw, str):
            updated_at_type_0 = parse_datetime(_updated_at_raw)

            updated_at = updated_at_type_0
        else:
            updated_at = cast(datetime.datetime | None | Unset, _updated_at_raw)

        _obj = cls(
            agent_instance_id,
            id,
            schema_name,
            status,
            type_,
            account_id,
            agent_id,
            finished_at,
            inserted_at,
            parent_span_id,
            payload,
            result_payload,
            schema_title,
            started_at,
            summary,
            updated_at,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("agent_instance_id", None)
            additional_properties.pop("id", None)
            additional_properties.pop("schema_name", None)
            additional_properties.pop("status", None)
            additional_properties.pop("type", None)
            additional_properties.pop("account_id", None)
            additional_properties.pop("agent_id", None)
            additional_properties.pop("finished_at", None)
            additional_properties.pop("inserted_at", None)
            additional_properties.pop("parent_span_id", None)
            additional_properties.pop("payload", None)
            additional_properties.pop("result_payload", None)
            additional_properties.pop("schema_title", None)
            additional_properties.pop("started_at", None)
            additional_properties.pop("summary", None)
            additional_properties.pop("updated_at", None)
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


from ..models.span_payload import SpanPayload  # noqa: E402
