from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="PipelineConfigurationBlocks")


@_attrs_define
class PipelineConfigurationBlocks:
    """Blocks by id."""

    additional_properties: dict[
        str,
        ArtifactBlock
        | ClauseExtractionAgentBlock
        | ConstantBlock
        | CustomBlock
        | DatasetBlock
        | EmbeddingsBlock
        | FileBlock
        | IdentityBlock
        | InputBlock
        | JoinBlock
        | JsonTemplateBlock
        | LlmBlock
        | MapBlock
        | OutputBlock
        | PdfReaderBlock
        | SemanticFilterBlock
        | StringTemplateBlock
        | TextSplitterBlock
        | TransformBlock
        | ZipBlock,
    ] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset({})

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, ConstantBlock):
                field_dict[prop_name] = (
                    prop if isinstance(prop, dict) else prop.to_dict()
                )
            elif isinstance(prop, InputBlock):
                field_dict[prop_name] = (
                    prop if isinstance(prop, dict) else prop.to_dict()
                )
            elif isinstance(prop, OutputBlock):
                field_dict[prop_name] = (
                    prop if isinstance(prop, dict) else prop.to_dict()
                )
            elif isinstance(prop, DatasetBlock):
                field_dict[prop_name] = (
                    prop if isinstance(prop, dict) else prop.to_dict()
                )
            elif isinstance(prop, FileBlock):
                field_dict[prop_name] = (
                    prop if isinstance(prop, dict) else prop.to_dict()
                )
            elif isinstance(prop, ArtifactBlock):
                field_dict[prop_name] = (
                    prop if isinstance(prop, dict) else prop.to_dict()
                )
            elif isinstance(prop, IdentityBlock):
                field_dict[prop_name] = (
                    prop if isinstance(prop, dict) else prop.to_dict()
                )
            elif isinstance(prop, ZipBlock):
                field_dict[prop_name] = (
                    prop if isinstance(prop, dict) else prop.to_dict()
                )
            elif isinstance(prop, MapBlock):
                field_dict[prop_name] = (
                    prop if isinstance(prop, dict) else prop.to_dict()
                )
            elif isinstance(prop, JoinBlock):
                field_dict[prop_name] = (
                    prop if isinstance(prop, dict) else prop.to_dict()
                )
            elif isinstance(prop, LlmBlock):
                field_dict[prop_name] = (
                    prop if isinstance(prop, dict) else prop.to_dict()
                )
            elif isinstance(prop, EmbeddingsBlock):
                field_dict[prop_name] = (
                    prop if isinstance(prop, dict) else prop.to_dict()
                )
            elif isinstance(prop, SemanticFilterBlock):
                field_dict[prop_name] = (
                    prop if isinstance(prop, dict) else prop.to_dict()
                )
            elif isinstance(prop, ClauseExtractionAgentBlock):
                field_dict[prop_name] = (
                    prop if isinstance(prop, dict) else prop.to_dict()
                )
            elif isinstance(prop, StringTemplateBlock):
                field_dict[prop_name] = (
                    prop if isinstance(prop, dict) else prop.to_dict()
                )
            elif isinstance(prop, TextSplitterBlock):
                field_dict[prop_name] = (
                    prop if isinstance(prop, dict) else prop.to_dict()
                )
            elif isinstance(prop, TransformBlock):
                field_dict[prop_name] = (
                    prop if isinstance(prop, dict) else prop.to_dict()
                )
            elif isinstance(prop, PdfReaderBlock):
                field_dict[prop_name] = (
                    prop if isinstance(prop, dict) else prop.to_dict()
                )
            elif isinstance(prop, JsonTemplateBlock):
                field_dict[prop_name] = (
                    prop if isinstance(prop, dict) else prop.to_dict()
                )
            else:
                field_dict[prop_name] = (
                    prop if isinstance(prop, dict) else prop.to_dict()
                )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls()
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = {}
            for prop_name, prop_dict in src_dict.items():
                if prop_name in cls._known_keys:
                    continue
                _additional_property_raw = prop_dict
                additional_property: (
                    ArtifactBlock
                    | ClauseExtractionAgentBlock
                    | ConstantBlock
                    | CustomBlock
                    | DatasetBlock
                    | EmbeddingsBlock
                    | FileBlock
                    | IdentityBlock
                    | InputBlock
                    | JoinBlock
                    | JsonTemplateBlock
                    | LlmBlock
                    | MapBlock
                    | OutputBlock
                    | PdfReaderBlock
                    | SemanticFilterBlock
                    | StringTemplateBlock
                    | TextSplitterBlock
                    | TransformBlock
                    | ZipBlock
                )
                if isinstance(_additional_property_raw, (dict, Mapping)):
                    _additional_property_tag = _additional_property_raw.get("type")
                    if _additional_property_tag == "constant":
                        additional_property = ConstantBlock.from_dict(
                            _additional_property_raw
                        )
                    elif _additional_property_tag == "input":
                        additional_property = InputBlock.from_dict(
                            _additional_property_raw
                        )
                    elif _additional_property_tag == "output":
                        additional_property = OutputBlock.from_dict(
                            _additional_property_raw
                        )
                    elif _additional_property_tag == "dataset":
                        additional_property = DatasetBlock.from_dict(
                            _additional_property_raw
                        )
                    elif _additional_property_tag == "file":
                        additional_property = FileBlock.from_dict(
                            _additional_property_raw
                        )
                    elif _additional_property_tag == "artifact":
                        additional_property = ArtifactBlock.from_dict(
                            _additional_property_raw
                        )
                    elif _additional_property_tag == "identity":
                        additional_property = IdentityBlock.from_dict(
                            _additional_property_raw
                        )
                    elif _additional_property_tag == "zip":
                        additional_property = ZipBlock.from_dict(
                            _additional_property_raw
                        )
                    elif _additional_property_tag == "map":
                        additional_property = MapBlock.from_dict(
                            _additional_property_raw
                        )
                    elif _additional_property_tag == "join":
                        additional_property = JoinBlock.from_dict(
                            _additional_property_raw
                        )
                    elif _additional_property_tag == "llm":
                        additional_property = LlmBlock.from_dict(
                            _additional_property_raw
                        )
                    elif _additional_property_tag == "embeddings":
                        additional_property = EmbeddingsBlock.from_dict(
                            _additional_property_raw
                        )
                    elif _additional_property_tag == "semantic_filter":
                        additional_property = SemanticFilterBlock.from_dict(
                            _additional_property_raw
                        )
                    elif _additional_property_tag == "clause_extraction_agent":
                        additional_property = ClauseExtractionAgentBlock.from_dict(
                            _additional_property_raw
                        )
                    elif _additional_property_tag == "string_template":
                        additional_property = StringTemplateBlock.from_dict(
                            _additional_property_raw
                        )
                    elif _additional_property_tag == "text_splitter":
                        additional_property = TextSplitterBlock.from_dict(
                            _additional_property_raw
                        )
                    elif _additional_property_tag == "transform":
                        additional_property = TransformBlock.from_dict(
                            _additional_property_raw
                        )
                    elif _additional_property_tag == "pdf_reader":
                        additional_property = PdfReaderBlock.from_dict(
                            _additional_property_raw
                        )
                    elif _additional_property_tag == "json_template":
                        additional_property = JsonTemplateBlock.from_dict(
                            _additional_property_raw
                        )
                    else:
                        additional_property = CustomBlock.from_dict(
                            _additional_property_raw
                        )
                else:
                    raise TypeError(
                        f"unexpected {type(_additional_property_raw).__name__} for AdditionalProperty"
                    )

                additional_properties[prop_name] = additional_property
            _obj.additional_properties = additional_properties
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> (
        ArtifactBlock
        | ClauseExtractionAgentBlock
        | ConstantBlock
        | CustomBlock
        | DatasetBlock
        | EmbeddingsBlock
        | FileBlock
        | IdentityBlock
        | InputBlock
        | JoinBlock
        | JsonTemplateBlock
        | LlmBlock
        | MapBlock
        | OutputBlock
        | PdfReaderBlock
        | SemanticFilterBlock
        | StringTemplateBlock
        | TextSplitterBlock
        | TransformBlock
        | ZipBlock
    ):
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: ArtifactBlock
        | ClauseExtractionAgentBlock
        | ConstantBlock
        | CustomBlock
        | DatasetBlock
        | EmbeddingsBlock
        | FileBlock
        | IdentityBlock
        | InputBlock
        | JoinBlock
        | JsonTemplateBlock
        | LlmBlock
        | MapBlock
        | OutputBlock
        | PdfReaderBlock
        | SemanticFilterBlock
        | StringTemplateBlock
        | TextSplitterBlock
        | TransformBlock
        | ZipBlock,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.artifact_block import ArtifactBlock  # noqa: E402
from ..models.clause_extraction_agent_block import ClauseExtractionAgentBlock  # noqa: E402
from ..models.constant_block import ConstantBlock  # noqa: E402
from ..models.custom_block import CustomBlock  # noqa: E402
from ..models.dataset_block import DatasetBlock  # noqa: E402
from ..models.embeddings_block import EmbeddingsBlock  # noqa: E402
from ..models.file_block import FileBlock  # noqa: E402
from ..models.identity_block import IdentityBlock  # noqa: E402
from ..models.input_block import InputBlock  # noqa: E402
from ..models.join_block import JoinBlock  # noqa: E402
from ..models.json_template_block import JsonTemplateBlock  # noqa: E402
from ..models.llm_block import LlmBlock  # noqa: E402
from ..models.map_block import MapBlock  # noqa: E402
from ..models.output_block import OutputBlock  # noqa: E402
from ..models.pdf_reader_block import PdfReaderBlock  # noqa: E402
from ..models.semantic_filter_block import SemanticFilterBlock  # noqa: E402
from ..models.string_template_block import StringTemplateBlock  # noqa: E402
from ..models.text_splitter_block import TextSplitterBlock  # noqa: E402
from ..models.transform_block import TransformBlock  # noqa: E402
from ..models.zip_block import ZipBlock  # noqa: E402
