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

from ..models.semantic_filter_block_config_filter_strategy import (
    SemanticFilterBlockConfigFilterStrategy,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SemanticFilterBlockConfig")


@_attrs_define
class SemanticFilterBlockConfig:
    """Settings of a `semantic_filter` block.

    Attributes:
        batch_size (float | Unset): Server default: `100`.
        embedding_model (str | Unset): Server default: `"sentence-transformers/static-retrieval-mrl-en-v1"`.
        filter_strategy (SemanticFilterBlockConfigFilterStrategy | Unset): Server default: `"cosine_similarity_top_k"`.
        similarity_threshold (float | Unset): Server default: `0`.
        top_k (float | Unset): Server default: `10`.
    """

    batch_size: float | Unset = UNSET
    embedding_model: str | Unset = UNSET
    filter_strategy: SemanticFilterBlockConfigFilterStrategy | Unset = UNSET
    similarity_threshold: float | Unset = UNSET
    top_k: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "batch_size",
            "embedding_model",
            "filter_strategy",
            "similarity_threshold",
            "top_k",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("batch_size", self.batch_size),
                ("embedding_model", self.embedding_model),
                ("filter_strategy", self.filter_strategy),
                ("similarity_threshold", self.similarity_threshold),
                ("top_k", self.top_k),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        batch_size = self.batch_size

        embedding_model = self.embedding_model

        filter_strategy: str | Unset = UNSET
        if not isinstance(self.filter_strategy, Unset):
            filter_strategy = getattr(
                self.filter_strategy, "value", self.filter_strategy
            )

        similarity_threshold = self.similarity_threshold

        top_k = self.top_k

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batch_size is not UNSET:
            field_dict["batch_size"] = batch_size
        if embedding_model is not UNSET:
            field_dict["embedding_model"] = embedding_model
        if filter_strategy is not UNSET:
            field_dict["filter_strategy"] = filter_strategy
        if similarity_threshold is not UNSET:
            field_dict["similarity_threshold"] = similarity_threshold
        if top_k is not UNSET:
            field_dict["top_k"] = top_k

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _batch_size_in = src_dict.get("batch_size", UNSET)
        if _batch_size_in is None:
            _batch_size_in = UNSET
        batch_size = _batch_size_in

        _embedding_model_in = src_dict.get("embedding_model", UNSET)
        if _embedding_model_in is None:
            _embedding_model_in = UNSET
        embedding_model = _embedding_model_in

        _filter_strategy_in = src_dict.get("filter_strategy", UNSET)
        if _filter_strategy_in is None:
            _filter_strategy_in = UNSET
        _filter_strategy = _filter_strategy_in
        filter_strategy: SemanticFilterBlockConfigFilterStrategy | Unset
        if isinstance(_filter_strategy, Unset):
            filter_strategy = UNSET
        else:
            filter_strategy = cast(
                SemanticFilterBlockConfigFilterStrategy,
                SemanticFilterBlockConfigFilterStrategy._value2member_map_.get(
                    _filter_strategy
                )
                or SemanticFilterBlockConfigFilterStrategy(_filter_strategy),
            )

        _similarity_threshold_in = src_dict.get("similarity_threshold", UNSET)
        if _similarity_threshold_in is None:
            _similarity_threshold_in = UNSET
        similarity_threshold = _similarity_threshold_in

        _top_k_in = src_dict.get("top_k", UNSET)
        if _top_k_in is None:
            _top_k_in = UNSET
        top_k = _top_k_in

        _obj = cls(
            batch_size,
            embedding_model,
            filter_strategy,
            similarity_threshold,
            top_k,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("batch_size", None)
            additional_properties.pop("embedding_model", None)
            additional_properties.pop("filter_strategy", None)
            additional_properties.pop("similarity_threshold", None)
            additional_properties.pop("top_k", None)
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
