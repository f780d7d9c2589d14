"""Readers: turn files, folders and standard input into `Article` records, one module per
format, and report what cannot be read as `Failure` records without stopping the batch.

    for item in read_inputs(["dispatches/", "-"], published=Published.parse("2018-06")):
        print(item)
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO, TextIO

from depeche.readers.clean import clean_text
from depeche.readers.common import DEFAULT_MAX_CHARS, NO_DATE, Options
from depeche.readers.files import READERS, read_file, read_folder
from depeche.readers.language import detect_language
from depeche.readers.stdin import read_stream
from depeche.records import Article, Failure, Published

__all__ = ["DEFAULT_MAX_CHARS", "NO_DATE", "READERS", "clean_text", "detect_language", "read_inputs"]


def read_inputs(
    inputs: Sequence[str],
    *,
    published: Published | None = None,
    stdin: TextIO | BinaryIO | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    detect_language: bool = True,
    clean: bool = True,
) -> Iterator[Article | Failure]:
    """Read every input in order and yield its articles, or a Failure for what cannot be read.

    `inputs` are file paths, folders (read recursively, in sorted order, skipping hidden
    entries and files of unknown extension) or `-` for `stdin` (default: the process's
    standard input). `published` dates the documents that carry no date of their own.
    Texts longer than `max_chars` are refused; `clean` strips web-page boilerplate;
    `detect_language` sets `Article.language`. Never raises for bad input.
    """
    options = Options(published=published, max_chars=max_chars, clean=clean, detect_language=detect_language)
    for name in inputs:
        try:
            if name == "-":
                yield from read_stream(stdin if stdin is not None else sys.stdin.buffer, options=options)
                continue
            path = Path(name)
            if path.is_dir():
                yield from read_folder(path, options=options)
            elif path.exists():
                yield from read_file(path, options=options)
            else:
                yield Failure(name, "no such file or folder")
        except Exception as err:  # a reader's bug on one odd input must not lose the rest of the batch
            yield Failure(name, f"unexpected error while reading: {type(err).__name__}: {err}")
