"""The Moderately AI platform client: `ModeratelyAI` (blocking) and `AsyncModeratelyAI`.

    from agentplug.moderately import ModeratelyAI

    with ModeratelyAI() as client:        # MODERATELY_API_KEY, MODERATELY_TEAM_ID[, MODERATELY_BASE_URL]
        file = client.files.upload("sales.csv")
        dataset = client.datasets.create(name="Sales")
        dataset.upload_data("sales.csv")
        schema = dataset.create_schema_from_sample("sales.csv")

Every method of the vendor SDK's documentation keeps its name; results are typed rich models
(subclasses of the generated models), and list methods answer pagers that fetch every page.
"""

from __future__ import annotations

from ._async.client import AsyncModeratelyAI
from ._async.models import (
    AsyncAgentExecutionModel,
    AsyncDatasetModel,
    AsyncDatasetSummaryModel,
    AsyncFileModel,
    AsyncPipelineConfigurationVersionModel,
    AsyncPipelineExecutionModel,
    AsyncPipelineModel,
    AsyncPipelineSummaryModel,
    AsyncUserModel,
)
from ._async.schema_builder import AsyncSchemaBuilder
from ._inference import InferredSchema, infer_csv_schema
from ._sync.client import ModeratelyAI
from ._sync.models import (
    AgentExecutionModel,
    DatasetModel,
    DatasetSummaryModel,
    FileModel,
    PipelineConfigurationVersionModel,
    PipelineExecutionModel,
    PipelineModel,
    PipelineSummaryModel,
    UserModel,
)
from ._sync.schema_builder import SchemaBuilder
from ._unsupported import UnsupportedOperationError

__all__ = [
    "AgentExecutionModel",
    "AsyncAgentExecutionModel",
    "AsyncDatasetModel",
    "AsyncDatasetSummaryModel",
    "AsyncFileModel",
    "AsyncModeratelyAI",
    "AsyncPipelineConfigurationVersionModel",
    "AsyncPipelineExecutionModel",
    "AsyncPipelineModel",
    "AsyncPipelineSummaryModel",
    "AsyncSchemaBuilder",
    "AsyncUserModel",
    "DatasetModel",
    "DatasetSummaryModel",
    "FileModel",
    "InferredSchema",
    "ModeratelyAI",
    "PipelineConfigurationVersionModel",
    "PipelineExecutionModel",
    "PipelineModel",
    "PipelineSummaryModel",
    "SchemaBuilder",
    "UnsupportedOperationError",
    "UserModel",
    "infer_csv_schema",
]
