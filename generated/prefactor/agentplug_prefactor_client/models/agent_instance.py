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

from ..models.agent_instance_type import AgentInstanceType
from ..models.agent_status import AgentStatus
from ..models.instance_purpose import InstancePurpose
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="AgentInstance")


@_attrs_define
class AgentInstance:
    """
    Attributes:
        account_id (str):
        agent_id (str):
        agent_version_id (str):
        environment_id (str):
        id (str):
        inserted_at (datetime.datetime):
        status (AgentStatus):
        type_ (AgentInstanceType):
        updated_at (datetime.datetime):
        agent_deployment_id (str | Unset):
        cost_breakdown (CostBreakdown | None | Unset):
        external_identifier (None | str | Unset):
        finished_at (datetime.datetime | None | Unset):
        purpose (InstancePurpose | Unset):
        quality_payload (None | QualityPayload | Unset): The instance's own quality record, set by an update (evaluation
            tools write it).
        quality_payloads (None | QualityPayloads | Unset):
        quality_summaries (None | QualitySummaries | Unset):
        span_counts (AgentInstanceSpanCounts | None | Unset):
        started_at (datetime.datetime | None | Unset):
        termination_reason (None | str | Unset):
    """

    account_id: str
    agent_id: str
    agent_version_id: str
    environment_id: str
    id: str
    inserted_at: datetime.datetime
    status: AgentStatus
    type_: AgentInstanceType
    updated_at: datetime.datetime
    agent_deployment_id: str | Unset = UNSET
    cost_breakdown: CostBreakdown | None | Unset = UNSET
    external_identifier: None | str | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    purpose: InstancePurpose | Unset = UNSET
    quality_payload: None | QualityPayload | Unset = UNSET
    quality_payloads: None | QualityPayloads | Unset = UNSET
    quality_summaries: None | QualitySummaries | Unset = UNSET
    span_counts: AgentInstanceSpanCounts | None | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    termination_reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "account_id",
            "agent_id",
            "agent_version_id",
            "environment_id",
            "id",
            "inserted_at",
            "status",
            "type",
            "updated_at",
            "agent_deployment_id",
            "cost_breakdown",
            "external_identifier",
            "finished_at",
            "purpose",
            "quality_payload",
            "quality_payloads",
            "quality_summaries",
            "span_counts",
            "started_at",
            "termination_reason",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("account_id", self.account_id),
                ("agent_id", self.agent_id),
                ("agent_version_id", self.agent_version_id),
                ("environment_id", self.environment_id),
                ("id", self.id),
                ("inserted_at", self.inserted_at),
                ("status", self.status),
                ("type_", self.type_),
                ("updated_at", self.updated_at),
                ("agent_deployment_id", self.agent_deployment_id),
                ("cost_breakdown", self.cost_breakdown),
                ("external_identifier", self.external_identifier),
                ("finished_at", self.finished_at),
                ("purpose", self.purpose),
                ("quality_payload", self.quality_payload),
                ("quality_payloads", self.quality_payloads),
                ("quality_summaries", self.quality_summaries),
                ("span_counts", self.span_counts),
                ("started_at", self.started_at),
                ("termination_reason", self.termination_reason),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        agent_id = self.agent_id

        agent_version_id = self.agent_version_id

        environment_id = self.environment_id

        id = self.id

        inserted_at = (
            self.inserted_at
            if isinstance(self.inserted_at, str)
            else self.inserted_at.isoformat()
        )

        status = getattr(self.status, "value", self.status)

        type_ = getattr(self.type_, "value", self.type_)

        updated_at = (
            self.updated_at
            if isinstance(self.updated_at, str)
            else self.updated_at.isoformat()
        )

        agent_deployment_id = self.agent_deployment_id

        cost_breakdown: dict[str, Any] | None | Unset
        if isinstance(self.cost_breakdown, Unset):
            cost_breakdown = UNSET
        elif isinstance(self.cost_breakdown, CostBreakdown):
            cost_breakdown = (
                self.cost_breakdown
                if isinstance(self.cost_breakdown, dict)
                else self.cost_breakdown.to_dict()
            )
        else:
            cost_breakdown = self.cost_breakdown

        external_identifier: None | str | Unset
        if isinstance(self.external_identifier, Unset):
            external_identifier = UNSET
        else:
            external_identifier = self.external_identifier

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

        purpose: str | Unset = UNSET
        if not isinstance(self.purpose, Unset):
            purpose = getattr(self.purpose, "value", self.purpose)

        quality_payload: dict[str, Any] | None | Unset
        if isinstance(self.quality_payload, Unset):
            quality_payload = UNSET
        elif isinstance(self.quality_payload, QualityPayload):
            quality_payload = (
                self.quality_payload
                if isinstance(self.quality_payload, dict)
                else self.quality_payload.to_dict()
            )
        else:
            quality_payload = self.quality_payload

        quality_payloads: dict[str, Any] | None | Unset
        if isinstance(self.quality_payloads, Unset):
            quality_payloads = UNSET
        elif isinstance(self.quality_payloads, QualityPayloads):
            quality_payloads = (
                self.quality_payloads
                if isinstance(self.quality_payloads, dict)
                else self.quality_payloads.to_dict()
            )
        else:
            quality_payloads = self.quality_payloads

        quality_summaries: dict[str, Any] | None | Unset
        if isinstance(self.quality_summaries, Unset):
            quality_summaries = UNSET
        elif isinstance(self.quality_summaries, QualitySummaries):
            quality_summaries = (
                self.quality_summaries
                if isinstance(self.quality_summaries, dict)
                else self.quality_summaries.to_dict()
            )
        else:
            quality_summaries = self.quality_summaries

        span_counts: dict[str, Any] | None | Unset
        if isinstance(self.span_counts, Unset):
            span_counts = UNSET
        elif isinstance(self.span_counts, AgentInstanceSpanCounts):
            span_counts = (
                self.span_counts
                if isinstance(self.span_counts, dict)
                else self.span_counts.to_dict()
            )
        else:
            span_counts = self.span_counts

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

        termination_reason: None | str | Unset
        if isinstance(self.termination_reason, Unset):
            termination_reason = UNSET
        else:
            termination_reason = self.termination_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "agent_id": agent_id,
                "agent_version_id": agent_version_id,
                "environment_id": environment_id,
                "id": id,
                "inserted_at": inserted_at,
                "status": status,
                "type": type_,
                "updated_at": updated_at,
            }
        )
        if agent_deployment_id is not UNSET:
            field_dict["agent_deployment_id"] = agent_deployment_id
        if cost_breakdown is not UNSET:
            field_dict["cost_breakdown"] = cost_breakdown
        if external_identifier is not UNSET:
            field_dict["external_identifier"] = external_identifier
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if quality_payload is not UNSET:
            field_dict["quality_payload"] = quality_payload
        if quality_payloads is not UNSET:
            field_dict["quality_payloads"] = quality_payloads
        if quality_summaries is not UNSET:
            field_dict["quality_summaries"] = quality_summaries
        if span_counts is not UNSET:
            field_dict["span_counts"] = span_counts
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if termination_reason is not UNSET:
            field_dict["termination_reason"] = termination_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        account_id = src_dict["account_id"]

        agent_id = src_dict["agent_id"]

        agent_version_id = src_dict["agent_version_id"]

        environment_id = src_dict["environment_id"]

        id = src_dict["id"]

        inserted_at = parse_datetime(src_dict["inserted_at"])

        status = cast(
            AgentStatus,
            AgentStatus._value2member_map_.get(src_dict["status"])
            or AgentStatus(src_dict["status"]),
        )

        type_ = cast(
            AgentInstanceType,
            AgentInstanceType._value2member_map_.get(src_dict["type"])
            or AgentInstanceType(src_dict["type"]),
        )

        updated_at = parse_datetime(src_dict["updated_at"])

        _agent_deployment_id_in = src_dict.get("agent_deployment_id", UNSET)
        if _agent_deployment_id_in is None:
            _agent_deployment_id_in = UNSET
        agent_deployment_id = _agent_deployment_id_in

        _cost_breakdown_raw = src_dict.get("cost_breakdown", UNSET)
        cost_breakdown: CostBreakdown | None | Unset
        if isinstance(_cost_breakdown_raw, Unset):
            cost_breakdown = UNSET
        elif isinstance(_cost_breakdown_raw, (dict, Mapping)):
            cost_breakdown = CostBreakdown.from_dict(_cost_breakdown_raw)
        else:
            cost_breakdown = cast(CostBreakdown | None | Unset, _cost_breakdown_raw)

        _external_identifier_raw = src_dict.get("external_identifier", UNSET)
        external_identifier: None | str | Unset
        if isinstance(_external_identifier_raw, Unset):
            external_identifier = UNSET
        else:
            external_identifier = cast(None | str | Unset, _external_identifier_raw)

        _finished_at_raw = src_dict.get("finished_at", UNSET)
        finished_at: datetime.datetime | None | Unset
        if isinstance(_finished_at_raw, Unset):
            finished_at = UNSET
        elif isinstance(_finished_at_raw, str):
            finished_at_type_0 = parse_datetime(_finished_at_raw)

            finished_at = finished_at_type_0
        else:
            finished_at = cast(datetime.datetime | None | Unset, _finished_at_raw)

        _purpose_in = src_dict.get("purpose", UNSET)
        if _purpose_in is None:
            _purpose_in = UNSET
        _purpose = _purpose_in
        purpose: InstancePurpose | Unset
        if isinstance(_purpose, Unset):
            purpose = UNSET
        else:
            purpose = cast(
                InstancePurpose,
                InstancePurpose._value2member_map_.get(_purpose)
                or InstancePurpose(_purpose),
            )

        _quality_payload_raw = src_dict.get("quality_payload", UNSET)
        quality_payload: None | QualityPayload | Unset
        if isinstance(_quality_payload_raw, Unset):
            quality_payload = UNSET
        elif isinstance(_quality_payload_raw, (dict, Mapping)):
            quality_payload = QualityPayload.from_dict(_quality_payload_raw)
        else:
            quality_payload = cast(None | QualityPayload | Unset, _quality_payload_raw)

        _quality_payloads_raw = src_dict.get("quality_payloads", UNSET)
        quality_payloads: None | QualityPayloads | Unset
        if isinstance(_quality_payloads_raw, Unset):
            quality_payloads = UNSET
        elif isinstance(_quality_payloads_raw, (dict, Mapping)):
            quality_payloads = QualityPayloads.from_dict(_quality_payloads_raw)
        else:
            quality_payloads = cast(
                None | QualityPayloads | Unset, _quality_payloads_raw
            )

        _quality_summaries_raw = src_dict.get("quality_summaries", UNSET)
        quality_summaries: None | QualitySummaries | Unset
        if isinstance(_quality_summaries_raw, Unset):
            quality_summaries = UNSET
        elif isinstance(_quality_summaries_raw, (dict, Mapping)):
            quality_summaries = QualitySummaries.from_dict(_quality_summaries_raw)
        else:
            quality_summaries = cast(
                None | QualitySummaries | Unset, _quality_summaries_raw
            )

        _span_counts_raw = src_dict.get("span_counts", UNSET)
        span_counts: AgentInstanceSpanCounts | None | Unset
        if isinstance(_span_counts_raw, Unset):
            span_counts = UNSET
        elif isinstance(_span_counts_raw, (dict, Mapping)):
            span_counts = AgentInstanceSpanCounts.from_dict(_span_counts_raw)
        else:
            span_counts = cast(AgentInstanceSpanCounts | None | Unset, _span_counts_raw)

        _started_at_raw = src_dict.get("started_at", UNSET)
        started_at: datetime.datetime | None | Unset
        if isinstance(_started_at_raw, Unset):
            started_at = UNSET
        elif isinstance(_started_at_raw, str):
            started_at_type_0 = parse_datetime(_started_at_raw)

            started_at = started_at_type_0
        else:
            started_at = cast(datetime.datetime | None | Unset, _started_at_raw)

        _termination_reason_raw = src_dict.get("termination_reason", UNSET)
        termination_reason: None | str | Unset
        if isinstance(_termination_reason_raw, Unset):
            termination_reason = UNSET
        else:
            termination_reason = cast(None | str | Unset, _termination_reason_raw)

        _obj = cls(
            account_id,
            agent_id,
            agent_version_id,
            environment_id,
            id,
            inserted_at,
            status,
            type_,
            updated_at,
            agent_deployment_id,
            cost_breakdown,
            external_identifier,
            finished_at,
            purpose,
            quality_payload,
            quality_payloads,
            quality_summaries,
            span_counts,
            started_at,
            termination_reason,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("account_id", None)
            additional_properties.pop("agent_id", None)
            additional_properties.pop("agent_version_id", None)
            additional_properties.pop("environment_id", None)
            additional_properties.pop("id", None)
            additional_properties.pop("inserted_at", None)
            additional_properties.pop("status", None)
            additional_properties.pop("type", None)
            additional_properties.pop("updated_at", None)
            additional_properties.pop("agent_deployment_id", None)
            additional_properties.pop("cost_breakdown", None)
            additional_properties.pop("external_identifier", None)
            additional_properties.pop("finished_at", None)
            additional_properties.pop("purpose", None)
            additional_properties.pop("quality_payload", None)
            additional_properties.pop("quality_payloads", None)
            additional_properties.pop("quality_summaries", None)
            additional_properties.pop("span_counts", None)
            additional_properties.pop("started_at", None)
            additional_properties.pop("termination_reason", None)
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


from ..models.agent_instance_span_counts import AgentInstanceSpanCounts  # noqa: E402
from ..models.cost_breakdown import CostBreakdown  # noqa: E402
from ..models.quality_payload import QualityPayload  # noqa: E402
from ..models.quality_payloads import QualityPayloads  # noqa: E402
from ..models.quality_summaries import QualitySummaries  # noqa: E402
