"""Turn the bytes of an input into text: refuse empty and binary data, fall back from UTF-8 to cp1252.

Every reader goes through here, so a file is judged the same way whatever its format.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from typing import Literal

# Share of control characters above which bytes are not taken for text. Real text has
# none apart from tab, newline, carriage return and form feed; a little slack lets a
# stray escape code or two through.
_MAX_CONTROL_SHARE = 0.05
_SAMPLE = 65_536
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\x1b")
_CONTROL_BYTES = (frozenset(range(32)) - _TEXT_CONTROLS) | {127}
_CONTROL_DELETE = bytes(sorted(_CONTROL_BYTES))


BINARY = "binary file, not text"


class DecodeError(ValueError):
    """Bytes that cannot be read as text; the message says why, in words a user understands.

    `kind` is "unsupported" for data that is not text at all, "error" otherwise.
    """

    def __init__(self, message: str, kind: Literal["error", "unsupported"] = "error") -> None:
        super().__init__(message)
        self.kind: Literal["error", "unsupported"] = kind


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    warnings: tuple[str, ...] = ()


def looks_binary(data: bytes) -> bool:
    """True for data holding NUL bytes or too many control characters to be text."""
    if b"\x00" in data:
        return True
    sample = data[:_SAMPLE]
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROL_DELETE))
    return controls / len(sample) > _MAX_CONTROL_SHARE


def normalise(text: str) -> str:
    """Strip a byte-order mark and turn CRLF and lone CR line ends into LF."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def check_text(text: str) -> str:
    """Apply to text that arrived already decoded (a text stream) the checks bytes get.

    Raises DecodeError for empty or binary-looking text; returns the normalised text.
    """
    text = normalise(text)
    if not text.strip():
        raise DecodeError("empty file" if not text else "empty file (only whitespace)")
    sample = text[:_SAMPLE]
    controls = sum(1 for ch in sample if ord(ch) < 128 and ord(ch) in _CONTROL_BYTES)
    if "\x00" in text or controls / len(sample) > _MAX_CONTROL_SHARE:
        raise DecodeError(BINARY, "unsupported")
    return text


def decode(data: bytes) -> Decoded:
    """Decode the bytes of one input.

    UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such; anything else
    that is not valid UTF-8 is read as cp1252, the usual encoding of French text saved by
    Windows tools, with a warning. Raises DecodeError for empty or binary data.
    """
    if not data:
        raise DecodeError("empty file")
    # UTF-16 is full of NUL bytes, so its BOM must be looked at before the binary test.
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(check_text(data.decode("utf-16")))
        except UnicodeDecodeError as err:
            raise DecodeError(f"starts with a UTF-16 byte-order mark but is not UTF-16: {err.reason}") from None
    if looks_binary(data):
        raise DecodeError(BINARY, "unsupported")
    try:
        return Decoded(check_text(data.decode("utf-8")))
    except UnicodeDecodeError as err:
        where = f"byte 0x{data[err.start]:02X} at offset {err.start}"
    text, encoding = decode_legacy(data)
    return Decoded(check_text(text), (f"not valid UTF-8 ({where}): read as {encoding}",))


def decode_legacy(data: bytes) -> tuple[str, str]:
    """Decode bytes that are not UTF-8: (text, name of the encoding used)."""
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 maps every byte, so it always succeeds.
        return data.decode("latin-1"), "latin-1"
