"""Text as a private SQLite database keeps it: UTF-8, with the lone surrogates that stand
for a file name's undecodable bytes kept (SQLite's own text refuses them)."""


def stored(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def unstored(data: bytes) -> str:
    return data.decode("utf-8", "surrogatepass")
