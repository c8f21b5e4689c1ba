from enum import Enum


class ListFilesOrderBy(str, Enum):
    CREATEDAT = "createdAt"
    FILENAME = "fileName"
    FILESIZE = "fileSize"
    UPDATEDAT = "updatedAt"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ListFilesOrderBy | None":
        # Servers add values before clients update: keep an unknown value as a
        # pseudo-member that is still a str and compares equal to the raw value.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
