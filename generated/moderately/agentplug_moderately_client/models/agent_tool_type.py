from enum import Enum


class AgentToolType(str, Enum):
    ASKAGENTRUNTOOL = "AskAgentRunTool"
    CLASSIFYENTITIESFROMTEXTTOOL = "ClassifyEntitiesFromTextTool"
    CLINICALTRIALSEARCHTOOL = "ClinicalTrialSearchTool"
    CRITICALANALYSISTOOL = "CriticalAnalysisTool"
    DRAFTWRITINGTOOL = "DraftWritingTool"
    GENERICSEARCHTOOL = "GenericSearchTool"
    GETDATETOOL = "GetDateTool"
    PATENTSEARCHTOOL = "PatentSearchTool"
    PUBMEDSEARCHTOOL = "PubmedSearchTool"
    REGEXSEARCHTOOL = "RegexSearchTool"
    RELATEDRESOURCESTOOL = "RelatedResourcesTool"
    RESOURCECREATIONTOOL = "ResourceCreationTool"
    RESOURCEENTITIESEXTRACTIONTOOL = "ResourceEntitiesExtractionTool"
    RESOURCEFINDLINESTOOL = "ResourceFindLinesTool"
    RESOURCEGROUNDEDEDITORTOOL = "ResourceGroundedEditorTool"
    RESOURCELISTTOOL = "ResourceListTool"
    RESOURCEPRIORITIZATIONTOOL = "ResourcePrioritizationTool"
    RESOURCEQUESTIONANSWERINGTOOL = "ResourceQuestionAnsweringTool"
    RESOURCEREADLINESTOOL = "ResourceReadLinesTool"
    RESOURCESAMPLETOOL = "ResourceSampleTool"
    RESOURCESEARCHTOOL = "ResourceSearchTool"
    RESOURCESECTIONTOOL = "ResourceSectionTool"
    RESOURCESTRUCTUREDEXTRACTIONTOOL = "ResourceStructuredExtractionTool"
    RESOURCESTRUCTURETOOL = "ResourceStructureTool"
    RESOURCESUMMARIZATIONTOOL = "ResourceSummarizationTool"
    SCRAPEWEBSITETOOL = "ScrapeWebsiteTool"
    SUMMARYTOOL = "SummaryTool"
    TAVILYSEARCHTOOL = "TavilySearchTool"
    WRITINGFEEDBACKTOOL = "WritingFeedbackTool"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AgentToolType | None":
        # Servers add values before clients update: keep an unknown value as a
        # pseudo-member that is still a str and compares equal to the raw value.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
