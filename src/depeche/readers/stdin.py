"""Standard input (`-`): JSON Lines when the content starts with `{`, a JSON list when it
starts with `[`, else one text document (reference format or plain) named `stdin`."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO, TextIO

from depeche.readers.common import Options
from depeche.readers.decode import DecodeError, check_text, decode
from depeche.readers.jsonl import read_json_text, read_lines
from depeche.readers.txt import read_text
from depeche.records import Article, Failure

NAME = "stdin"


def read_stream(stream: TextIO | BinaryIO, *, options: Options) -> Iterator[Article | Failure]:
    """Read the whole stream, then its documents."""
    data = stream.read()
    try:
        if isinstance(data, bytes):
            decoded = decode(data)
            text, warnings = decoded.text, decoded.warnings
        else:
            text, warnings = check_text(data), ()
    except DecodeError as err:
        yield Failure(NAME, str(err), kind=err.kind)
        return
    start = text.lstrip()[:1]
    if start == "{":
        lines = ((number, line, warnings) for number, line in enumerate(text.split("\n"), start=1))
        yield from read_lines(lines, name=NAME, stem=NAME, options=options)
    elif start == "[":
        yield from read_json_text(text, name=NAME, stem=NAME, options=options, warnings=warnings)
    else:
        yield read_text(text, doc_id=NAME, source=NAME, options=options, warnings=warnings)
