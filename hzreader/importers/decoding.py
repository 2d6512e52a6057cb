"""Bytes to text: by BOM, then strict UTF-8, then strict GB18030, then charset-normalizer."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from hzreader.core.errors import BadInputError
from hzreader.i18n import Errors

# Encodings a user can pick when the detected one is wrong (the window offers these).
ENCODING_CHOICES: tuple[str, ...] = ("utf-8", "gb18030", "gbk", "utf-16", "big5")

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters other than tab, line feed, vertical tab, form feed and carriage return.
_CONTROL = frozenset(chr(c) for c in range(32) if c not in (9, 10, 11, 12, 13)) | {"\x7f"}


@dataclass(frozen=True)
class Decoded:
    """The text, the codec that decoded it, and whether that codec was only a guess."""

    text: str
    encoding: str
    guessed: bool = False


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    sample = text[:200_000]
    bad = sum(1 for ch in sample if ch in _CONTROL)
    return bad > max(2, len(sample) // 1000)


def codec_name(encoding: str) -> str:
    """The canonical name of a codec; BadInputError for an unknown one."""
    try:
        return codecs.lookup(encoding).name
    except LookupError as exc:
        raise BadInputError(
            Errors.tr("未知的文字编码：{0}（可用例如 {1}）").format(
                encoding, Errors.tr("、").join(ENCODING_CHOICES)
            )
        ) from exc


def _decode_with(data: bytes, encoding: str, name: str) -> Decoded:
    codec = codec_name(encoding)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise BadInputError(
            Errors.tr("无法用 {0} 解码 {1}（第 {2} 字节处出错），请换一种编码").format(
                encoding, name, exc.start
            )
        ) from exc
    return Decoded(text.lstrip("\ufeff"), codec)


def _utf16_without_bom(data: bytes) -> Decoded | None:
    # A UTF-16 file saved without its BOM is full of NUL bytes in the ASCII positions.
    if len(data) % 2:
        return None
    zeros_even = data[0::2].count(0)
    zeros_odd = data[1::2].count(0)
    codec = "utf-16-le" if zeros_odd > zeros_even else "utf-16-be"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    if "\x00" in text or _looks_binary(text):
        return None
    return Decoded(text, codec, guessed=True)


def _gb(data: bytes) -> Decoded | None:
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    # Most such files are GBK; say so when GBK reads them the same way.
    try:
        if data.decode("gbk") == text:
            return Decoded(text, "gbk")
    except UnicodeDecodeError:
        pass
    # Characters beyond GBK are rare in real text; many of them mean another encoding
    # (Big5, say) happened to be valid GB18030.
    beyond = sum(1 for ch in text if ord(ch) > 0x7F and not _in_gbk(ch))
    return Decoded(text, "gb18030", guessed=beyond > max(1, len(text) // 200))


def _in_gbk(ch: str) -> bool:
    try:
        ch.encode("gbk")
    except UnicodeEncodeError:
        return False
    return True


def _normalizer(data: bytes) -> Decoded | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    return Decoded(str(best), codec_name(best.encoding), guessed=True)


def decode_bytes(data: bytes, *, name: str, encoding: str | None = None) -> Decoded:
    """Decode a text file's bytes; BadInputError when they are binary or undecodable."""
    decoded = _decode_with(data, encoding, name) if encoding else _detect(data, name)
    if "\x00" in decoded.text or _looks_binary(decoded.text):
        raise BadInputError(Errors.tr("{0} 不是文本文件（含有二进制内容），无法导入").format(name))
    return decoded


def _detect(data: bytes, name: str) -> Decoded:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_with(data, codec, name)
    if b"\x00" in data:
        found = _utf16_without_bom(data)
        if found is None:
            raise BadInputError(
                Errors.tr("{0} 不是文本文件（含有二进制内容），无法导入").format(name)
            )
        return found
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    found = _gb(data) or _normalizer(data)
    if found is None:
        raise BadInputError(
            Errors.tr(
                "无法识别 {0} 的文字编码，请指定编码（例如 gbk、utf-8 或 utf-16）再导入"
            ).format(name)
        )
    return found
