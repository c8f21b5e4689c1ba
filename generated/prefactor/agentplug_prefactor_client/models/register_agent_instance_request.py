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

from ..models.instance_purpose import InstancePurpose
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegisterAgentInstanceRequest")


@_attrs_define
class RegisterAgentInstanceRequest:
    """
    Attributes:
        agent_schema_version (AgentSchemaVersionForRegister):
        agent_version (AgentVersionForRegister):
        agent_id (str | Unset): Required with an account-scoped token; omitted with a deployment-scoped one (the server
            derives the agent from the token).
        environment_id (str | Unset): Omitted with a deployment-scoped token (derived from the token).
        external_identifier (str | Unset):
        id (str | Unset): A client-chosen instance id.
        idempotency_key (str | Unset): Repeating a request with the same key returns the first result.
        purpose (InstancePurpose | Unset):
        update_current_version (bool | Unset): Move the deployment's pinned version to this one (default true).
    """

    agent_schema_version: AgentSchemaVersionForRegister
    agent_version: AgentVersionForRegister
    agent_id: str | Unset = UNSET
    environment_id: str | Unset = UNSET
    external_identifier: str | Unset = UNSET
    id: str | Unset = UNSET
    idempotency_key: str | Unset = UNSET
    purpose: InstancePurpose | Unset = UNSET
    update_current_version: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "agent_schema_version",
            "agent_version",
            "agent_id",
            "environment_id",
            "external_identifier",
            "id",
            "idempotency_key",
            "purpose",
            "update_current_version",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("agent_schema_version", self.agent_schema_version),
                ("agent_version", self.agent_version),
                ("agent_id", self.agent_id),
                ("environment_id", self.environment_id),
                ("external_identifier", self.external_identifier),
                ("id", self.id),
                ("idempotency_key", self.idempotency_key),
                ("purpose", self.purpose),
                ("update_current_version", self.update_current_version),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        agent_schema_version = (
            self.agent_schema_version
            if isinstance(self.agent_schema_version, dict)
            else self.agent_schema_version.to_dict()
        )

        agent_version = (
            self.agent_version
            if isinstance(self.agent_version, dict)
            else self.agent_version.to_dict()
        )

        agent_id = self.agent_id

        environment_id = self.environment_id

        external_identifier = self.external_identifier

        id = self.id

        idempotency_key = self.idempotency_key

        purpose: str | Unset = UNSET
        if not isinstance(self.purpose, Unset):
            purpose = getattr(self.purpose, "value", self.purpose)

        update_current_version = self.update_current_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_schema_version": agent_schema_version,
                "agent_version": agent_version,
            }
        )
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id
        if external_identifier is not UNSET:
            field_dict["external_identifier"] = external_identifier
        if id is not UNSET:
            field_dict["id"] = id
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if update_current_version is not UNSET:
            field_dict["update_current_version"] = update_current_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        agent_schema_version = AgentSchemaVersionForRegister.from_dict(
            src_dict["agent_schema_version"]
        )

        agent_version = AgentVersionForRegister.from_dict(src_dict["agent_version"])

        _agent_id_in = src_dict.get("agent_id", UNSET)
        if _agent_id_in is None:
            _agent_id_in = UNSET
        agent_id = _agent_id_in

        _environment_id_in = src_dict.get("environment_id", UNSET)
        if _environment_id_in is None:
            _environment_id_in = UNSET
        environment_id = _environment_id_in

        _external_identifier_in = src_dict.get("external_identifier", UNSET)
        if _external_identifier_in is None:
            _external_identifier_in = UNSET
        external_identifier = _external_identifier_in

        _id_in = src_dict.get("id", UNSET)
        if _id_in is None:
            _id_in = UNSET
        id = _id_in

        _idempotency_key_in = src_dict.get("idempotency_key", UNSET)
        if _idempotency_key_in is None:
            _idempotency_key_in = UNSET
        idempotency_key = _idempotency_key_in

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

        _update_current_version_in = src_dict.get("update_current_version", UNSET)
        if _update_current_version_in is None:
            _update_current_version_in = UNSET
        update_current_version = _update_current_version_in

        _obj = cls(
            agent_schema_version,
            agent_version,
            agent_id,
            environment_id,
            external_identifier,
            id,
            idempotency_key,
            purpose,
            update_current_version,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("agent_schema_version", None)
            additional_properties.pop("agent_version", None)
            additional_properties.pop("agent_id", None)
            additional_properties.pop("environment_id", None)
            additional_properties.pop("external_identifier", None)
            additional_properties.pop("id", None)
            additional_properties.pop("idempotency_key", None)
            additional_properties.pop("purpose", None)
            additional_properties.pop("update_current_version", None)
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


from ..models.agent_schema_version_for_register import AgentSchemaVersionForRegister  # noqa: E402
from ..models.agent_version_for_register import AgentVersionForRegister  # noqa: E402
