"""Files and folders: pick the reader by extension (and by content for text), walk
folders recursively in sorted order, skipping hidden entries and unknown extensions."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

from depeche.readers.common import Options, too_long
from depeche.readers.decode import DecodeError, decode
from depeche.readers.html import read_html
from depeche.readers.jsonl import read_json_file, read_jsonl_file
from depeche.readers.txt import read_text
from depeche.records import Article, Failure

Reader = Callable[[Path, str, str, Options], Iterator[Article | Failure]]

# UTF-8 takes at most 4 bytes a character: a file larger than this cannot fit the limit.
_MAX_BYTES_PER_CHAR = 4


def _text_file(path: Path, name: str, doc_id: str, options: Options) -> Iterator[Article | Failure]:
    size = path.stat().st_size
    if size > _MAX_BYTES_PER_CHAR * options.max_chars:
        # Refused unread: no need to load gigabytes to say they are too many.
        yield Failure(name, too_long(size // _MAX_BYTES_PER_CHAR, options.max_chars, at_least=True), doc_id=doc_id)
        return
    try:
        decoded = decode(path.read_bytes())
    except DecodeError as err:
        yield Failure(name, str(err), doc_id=doc_id, kind=err.kind)
        return
    yield read_text(decoded.text, doc_id=doc_id, source=name, options=options, warnings=decoded.warnings)


def _html_file(path: Path, name: str, doc_id: str, options: Options) -> Iterator[Article | Failure]:
    yield read_html(path.read_bytes(), doc_id=doc_id, source=name, options=options)


def _jsonl_file(path: Path, name: str, doc_id: str, options: Options) -> Iterator[Article | Failure]:
    yield from read_jsonl_file(path, name=name, options=options)


def _json_file(path: Path, name: str, doc_id: str, options: Options) -> Iterator[Article | Failure]:
    yield from read_json_file(path, name=name, options=options)


READERS: dict[str, Reader] = {
    ".txt": _text_file,
    ".text": _text_file,
    ".jsonl": _jsonl_file,
    ".ndjson": _jsonl_file,
    ".json": _json_file,
    ".html": _html_file,
    ".htm": _html_file,
    ".xhtml": _html_file,
}


def read_file(
    path: Path, *, options: Options, doc_id: str | None = None, name: str | None = None
) -> Iterator[Article | Failure]:
    """Read one file named explicitly: an unknown extension is tried as text."""
    name = name or str(path)
    doc_id = doc_id or path.stem
    reader = READERS.get(path.suffix.lower(), _text_file)
    try:
        yield from reader(path, name, doc_id, options)
    except OSError as err:
        yield Failure(name, f"cannot read: {err.strerror or err}", doc_id=doc_id)
    except Exception as err:  # a bug met on one odd file must not cost the rest of its folder
        yield Failure(name, f"unexpected error while reading: {type(err).__name__}: {err}", doc_id=doc_id)


def walk(folder: Path) -> Iterator[Path]:
    """Files of known formats under `folder`, recursively, sorted, hidden entries skipped."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for file in sorted(files):
            if not file.startswith(".") and Path(file).suffix.lower() in READERS:
                yield Path(root) / file


def read_folder(folder: Path, *, options: Options) -> Iterator[Article | Failure]:
    """Read every file of a known format under `folder`.

    A file's doc_id is its path under the folder without extension (`2018/dispatch`), so
    files of the same name in different subfolders stay apart.
    """
    found = False
    for path in walk(folder):
        found = True
        doc_id = path.relative_to(folder).with_suffix("").as_posix()
        yield from read_file(path, options=options, doc_id=doc_id)
    if not found:
        kinds = ", ".join(sorted(READERS))
        yield Failure(str(folder), f"no file to read in this folder (looked for {kinds})", kind="unsupported")
