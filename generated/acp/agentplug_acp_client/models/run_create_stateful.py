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

from ..models.run_create_multitask_strategy import RunCreateMultitaskStrategy
from ..models.run_create_on_disconnect import RunCreateOnDisconnect
from ..models.run_create_stateful_if_not_exists import RunCreateStatefulIfNotExists
from ..models.streaming_mode import StreamingMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="RunCreateStateful")


@_attrs_define
class RunCreateStateful:
    """Request to create a run on a thread.

    Attributes:
        after_seconds (int | Unset): Delay in seconds before the run starts.
        agent_id (str | Unset): Agent to run. When absent the server's default agent is meant, though some servers
            require it.
        config (RunConfig | Unset): Run configuration.
        input_ (Any | Unset): Run input. Any JSON value except null; scalars and arrays are allowed since 0.2.3. The
            agent descriptor's `specs.input` gives its shape.
        metadata (RunCreateMetadata | Unset): Free-form metadata stored with the run.
        multitask_strategy (RunCreateMultitaskStrategy | Unset): What to do when another run is already active. Server
            default: `"reject"`.
        on_disconnect (RunCreateOnDisconnect | Unset): What to do with the run if the client disconnects. Server
            default: `"cancel"`.
        stream_mode (list[StreamingMode] | None | StreamingMode | Unset): Streaming mode(s) requested; each must be
            supported by the agent (descriptor `specs.capabilities.streaming`). Some servers accept only null or an absent
            value. Server default: `null`.
        webhook (str | Unset): URL that receives a POST with the run whenever its status changes (see the
            `runstatuschange` callback).
        if_not_exists (RunCreateStatefulIfNotExists | Unset): What to do if the thread does not exist: `create` it or
            `reject` the request. Server default: `"reject"`.
        stream_subgraphs (bool | Unset): Also stream output from subgraphs. Server default: `false`.
    """

    after_seconds: int | Unset = UNSET
    agent_id: str | Unset = UNSET
    config: RunConfig | Unset = UNSET
    input_: Any | Unset = UNSET
    metadata: dict[str, Any] | Unset = UNSET
    multitask_strategy: RunCreateMultitaskStrategy | Unset = UNSET
    on_disconnect: RunCreateOnDisconnect | Unset = UNSET
    stream_mode: list[StreamingMode] | None | StreamingMode | Unset = UNSET
    webhook: str | Unset = UNSET
    if_not_exists: RunCreateStatefulIfNotExists | Unset = UNSET
    stream_subgraphs: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "after_seconds",
            "agent_id",
            "config",
            "input",
            "metadata",
            "multitask_strategy",
            "on_disconnect",
            "stream_mode",
            "webhook",
            "if_not_exists",
            "stream_subgraphs",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("after_seconds", self.after_seconds),
                ("agent_id", self.agent_id),
                ("config", self.config),
                ("input_", self.input_),
                ("metadata", self.metadata),
                ("multitask_strategy", self.multitask_strategy),
                ("on_disconnect", self.on_disconnect),
                ("stream_mode", self.stream_mode),
                ("webhook", self.webhook),
                ("if_not_exists", self.if_not_exists),
                ("stream_subgraphs", self.stream_subgraphs),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        after_seconds = self.after_seconds

        agent_id = self.agent_id

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = (
                self.config if isinstance(self.config, dict) else self.config.to_dict()
            )

        input_ = self.input_

        metadata = self.metadata

        multitask_strategy: str | Unset = UNSET
        if not isinstance(self.multitask_strategy, Unset):
            multitask_strategy = getattr(
                self.multitask_strategy, "value", self.multitask_strategy
            )

        on_disconnect: str | Unset = UNSET
        if not isinstance(self.on_disconnect, Unset):
            on_disconnect = getattr(self.on_disconnect, "value", self.on_disconnect)

        stream_mode: list[str] | None | str | Unset
        if isinstance(self.stream_mode, Unset):
            stream_mode = UNSET
        elif isinstance(self.stream_mode, list):
            stream_mode = []
            for stream_mode_type_0_item_data in self.stream_mode:
                stream_mode_type_0_item = getattr(
                    stream_mode_type_0_item_data, "value", stream_mode_type_0_item_data
                )
                stream_mode.append(stream_mode_type_0_item)

        elif isinstance(self.stream_mode, StreamingMode):
            stream_mode = getattr(self.stream_mode, "value", self.stream_mode)
        else:
            stream_mode = self.stream_mode

        webhook = self.webhook

        if_not_exists: str | Unset = UNSET
        if not isinstance(self.if_not_exists, Unset):
            if_not_exists = getattr(self.if_not_exists, "value", self.if_not_exists)

        stream_subgraphs = self.stream_subgraphs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if after_seconds is not UNSET:
            field_dict["after_seconds"] = after_seconds
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if config is not UNSET:
            field_dict["config"] = config
        if input_ is not UNSET:
            field_dict["input"] = input_
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if multitask_strategy is not UNSET:
            field_dict["multitask_strategy"] = multitask_strategy
        if on_disconnect is not UNSET:
            field_dict["on_disconnect"] = on_disconnect
        if stream_mode is not UNSET:
            field_dict["stream_mode"] = stream_mode
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if if_not_exists is not UNSET:
            field_dict["if_not_exists"] = if_not_exists
        if stream_subgraphs is not UNSET:
            field_dict["stream_subgraphs"] = stream_subgraphs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _after_seconds_in = src_dict.get("after_seconds", UNSET)
        if _after_seconds_in is None:
            _after_seconds_in = UNSET
        after_seconds = _after_seconds_in

        _agent_id_in = src_dict.get("agent_id", UNSET)
        if _agent_id_in is None:
            _agent_id_in = UNSET
        agent_id = _agent_id_in

        _config_in = src_dict.get("config", UNSET)
        if _config_in is None:
            _config_in = UNSET
        _config = _config_in
        config: RunConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = RunConfig.from_dict(_config)

        input_ = src_dict.get("input", UNSET)

        _metadata_in = src_dict.get("metadata", UNSET)
        if _metadata_in is None:
            _metadata_in = UNSET
        metadata = _metadata_in
        if not isinstance(metadata, (dict, Unset)):
            raise TypeError(
                f"expected an object for metadata, got {type(metadata).__name__}"
            )

        _multitask_strategy_in = src_dict.get("multitask_strategy", UNSET)
        if _multitask_strategy_in is None:
            _multitask_strategy_in = UNSET
        _multitask_strategy = _multitask_strategy_in
        multitask_strategy: RunCreateMultitaskStrategy | Unset
        if isinstance(_multitask_strategy, Unset):
            multitask_strategy = UNSET
        else:
            multitask_strategy = cast(
                RunCreateMultitaskStrategy,
                RunCreateMultitaskStrategy._value2member_map_.get(_multitask_strategy)
                or RunCreateMultitaskStrategy(_multitask_strategy),
            )

        _on_disconnect_in = src_dict.get("on_disconnect", UNSET)
        if _on_disconnect_in is None:
            _on_disconnect_in = UNSET
        _on_disconnect = _on_disconnect_in
        on_disconnect: RunCreateOnDisconnect | Unset
        if isinstance(_on_disconnect, Unset):
            on_disconnect = UNSET
        else:
            on_disconnect = cast(
                RunCreateOnDisconnect,
                RunCreateOnDisconnect._value2member_map_.get(_on_disconnect)
                or RunCreateOnDisconnect(_on_disconnect),
            )

        _stream_mode_raw = src_dict.get("stream_mode", UNSET)
        stream_mode: list[StreamingMode] | None | StreamingMode | Unset
        if isinstance(_stream_mode_raw, Unset):
            stream_mode = UNSET
        elif isinstance(_stream_mode_raw, list):
            _stream_mode_type_0 = _stream_mode_raw
            stream_mode_type_0: list[StreamingMode]
            stream_mode_type_0 = []
            for stream_mode_type_0_item_data in _stream_mode_type_0:
                stream_mode_type_0_item = cast(
                    StreamingMode,
                    StreamingMode._value2member_map_.get(stream_mode_type_0_item_data)
                    or StreamingMode(stream_mode_type_0_item_data),
                )

                stream_mode_type_0.append(stream_mode_type_0_item)

            stream_mode = stream_mode_type_0
        elif isinstance(_stream_mode_raw, str):
            stream_mode_type_1 = cast(
                StreamingMode,
                StreamingMode._value2member_map_.get(_stream_mode_raw)
                or StreamingMode(_stream_mode_raw),
            )

            stream_mode = stream_mode_type_1
        else:
            stream_mode = cast(
                list[StreamingMode] | None | StreamingMode | Unset, _stream_mode_raw
            )

        _webhook_in = src_dict.get("webhook", UNSET)
        if _webhook_in is None:
            _webhook_in = UNSET
        webhook = _webhook_in

        _if_not_exists_in = src_dict.get("if_not_exists", UNSET)
        if _if_not_exists_in is None:
            _if_not_exists_in = UNSET
        _if_not_exists = _if_not_exists_in
        if_not_exists: RunCreateStatefulIfNotExists | Unset
        if isinstance(_if_not_exists, Unset):
            if_not_exists = UNSET
        else:
            if_not_exists = cast(
                RunCreateStatefulIfNotExists,
                RunCreateStatefulIfNotExists._value2member_map_.get(_if_not_exists)
                or RunCreateStatefulIfNotExists(_if_not_exists),
            )

        _stream_subgraphs_in = src_dict.get("stream_subgraphs", UNSET)
        if _stream_subgraphs_in is None:
            _stream_subgraphs_in = UNSET
        stream_subgraphs = _stream_subgraphs_in

        _obj = cls(
            after_seconds,
            agent_id,
            config,
            input_,
            metadata,
            multitask_strategy,
            on_disconnect,
            stream_mode,
            webhook,
            if_not_exists,
            stream_subgraphs,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("after_seconds", None)
            additional_properties.pop("agent_id", None)
            additional_properties.pop("config", None)
            additional_properties.pop("input", None)
            additional_properties.pop("metadata", None)
            additional_properties.pop("multitask_strategy", None)
            additional_properties.pop("on_disconnect", None)
            additional_properties.pop("stream_mode", None)
            additional_properties.pop("webhook", None)
            additional_properties.pop("if_not_exists", None)
            additional_properties.pop("stream_subgraphs", None)
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


from ..models.run_config import RunConfig  # noqa: E402
