"""JSON Lines (one article object per line) and JSON files (one object or a list of them).

Each object has `doc_id` or `id`, `published` or `date`, `text`, and optionally `title`
and `url`. A bad line becomes a Failure named `path:LINE`; the other lines go on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from depeche.readers.common import Options, make_article, publication_date
from depeche.readers.decode import BINARY, DecodeError, decode, decode_legacy, looks_binary
from depeche.records import Article, Failure

_TYPE_NAMES = {
    dict: "an object",
    list: "a list",
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "a boolean",
}


def _type_name(value: object) -> str:
    return "null" if value is None else _TYPE_NAMES.get(type(value), type(value).__name__)


def _json_error(err: json.JSONDecodeError) -> str:
    return f"invalid JSON: {err.msg} (column {err.colno})"


def read_record(
    record: object, *, source: str, default_id: str, options: Options, warnings: tuple[str, ...] = ()
) -> Article | Failure:
    """Turn one decoded JSON value into an Article, or a Failure saying what is wrong with it."""
    if not isinstance(record, dict):
        return Failure(source, f"expected a JSON object with a 'text' field, found {_type_name(record)}")
    notes = list(warnings)
    raw_id = record.get("doc_id", record.get("id"))
    if raw_id is None or raw_id == "":
        doc_id = default_id
        notes.append(f"no 'doc_id' or 'id': named {doc_id!r}")
    elif isinstance(raw_id, str | int) and not isinstance(raw_id, bool):
        doc_id = str(raw_id)
    else:
        return Failure(source, f"'doc_id' must be a string or a number, found {_type_name(raw_id)}")
    if "text" not in record:
        return Failure(source, "missing 'text'", doc_id=doc_id)
    text = record["text"]
    if not isinstance(text, str):
        return Failure(source, f"'text' must be a string, found {_type_name(text)}", doc_id=doc_id)
    if not text.strip():
        return Failure(source, "empty 'text'", doc_id=doc_id)
    published, date_notes = publication_date(record.get("published", record.get("date")), source, options)
    notes.extend(date_notes)
    fields: dict[str, str | None] = {}
    for name in ("title", "url"):
        value: Any = record.get(name)
        if value is not None and not isinstance(value, str):
            notes.append(f"'{name}' ignored: a string was expected, found {_type_name(value)}")
            value = None
        fields[name] = value or None
    # Readers normalise line ends of whole files; text inside JSON needs the same.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return make_article(
        doc_id=doc_id,
        text=text,
        source=source,
        options=options,
        published=published,
        title=fields["title"],
        url=fields["url"],
        warnings=tuple(notes),
    )


def read_lines(
    lines: Iterable[tuple[int, str, tuple[str, ...]]], *, name: str, stem: str, options: Options
) -> Iterator[Article | Failure]:
    """Read JSON Lines given as (line number, text, decoding warnings); blank lines are skipped."""
    for number, line, warnings in lines:
        if not line.strip():
            continue
        source = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield Failure(source, _json_error(err))
            continue
        except RecursionError:
            yield Failure(source, "invalid JSON: nested too deeply")
            continue
        try:
            yield read_record(record, source=source, default_id=f"{stem}-{number}", options=options, warnings=warnings)
        except Exception as err:  # a bug met on one odd row must not cost the rows after it
            yield Failure(source, f"unexpected error while reading: {type(err).__name__}: {err}")


def _decoded_lines(stream: BinaryIO) -> Iterator[tuple[int, str, tuple[str, ...]]]:
    """Decode a JSON Lines stream line by line, so a large file is never held whole."""
    for number, raw in enumerate(stream, start=1):
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        raw = raw.rstrip(b"\r\n")
        try:
            yield number, raw.decode("utf-8"), ()
        except UnicodeDecodeError as err:
            text, encoding = decode_legacy(raw)
            yield number, text, (f"line not valid UTF-8 (byte 0x{raw[err.start]:02X}): read as {encoding}",)


def read_jsonl_file(path: Path, *, name: str, options: Options) -> Iterator[Article | Failure]:
    """Read a .jsonl file; `name` is how the path is shown in sources."""
    with path.open("rb") as stream:
        head = stream.read(65_536)
        if not head:
            yield Failure(name, "empty file")
            return
        if looks_binary(head):
            yield Failure(name, BINARY, kind="unsupported")
            return
        stream.seek(0)
        yield from read_lines(_decoded_lines(stream), name=name, stem=path.stem, options=options)


def read_json_text(
    text: str, *, name: str, stem: str, options: Options, warnings: tuple[str, ...] = ()
) -> Iterator[Article | Failure]:
    """Read a JSON document holding one article object or a list of them."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        yield Failure(f"{name}:{err.lineno}", _json_error(err))
        return
    except RecursionError:
        yield Failure(name, "invalid JSON: nested too deeply")
        return
    if isinstance(data, list):
        if not data:
            yield Failure(name, "empty JSON list: no article")
        for i, record in enumerate(data):
            yield read_record(
                record, source=f"{name}[{i}]", default_id=f"{stem}-{i}", options=options, warnings=warnings
            )
    elif isinstance(data, dict):
        yield read_record(data, source=name, default_id=stem, options=options, warnings=warnings)
    else:
        yield Failure(name, f"expected a JSON object or a list of objects, found {_type_name(data)}")


def read_json_file(path: Path, *, name: str, options: Options) -> Iterator[Article | Failure]:
    """Read a .json file."""
    try:
        decoded = decode(path.read_bytes())
    except DecodeError as err:
        yield Failure(name, str(err), kind=err.kind)
        return
    yield from read_json_text(decoded.text, name=name, stem=path.stem, options=options, warnings=decoded.warnings)
