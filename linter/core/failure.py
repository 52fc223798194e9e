"""What went wrong, unexpectedly, while one file was checked: the subject of GK000."""

from linter.core.record import Record

DETAIL_LENGTH = 200  # an exception's text can hold a whole input: cut it short


class Failure(Record):
    """An exception of type ``error`` raised in pipeline ``stage`` (read, parse, model, rules, suppress)."""

    stage: str
    error: str
    detail: str

    @staticmethod
    def of(stage: str, exception: BaseException) -> "Failure":
        text = str(exception)
        detail = text if len(text) <= DETAIL_LENGTH else text[:DETAIL_LENGTH] + "…"
        return Failure(stage, type(exception).__name__, detail)
