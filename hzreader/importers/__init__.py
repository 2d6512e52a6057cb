"""Reading files to import: size and type checks, decoding, Word documents. No Qt, no database."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from hzreader.core.errors import BadInputError
from hzreader.core.limits import MAX_FILE_BYTES
from hzreader.core.textbounds import check_text
from hzreader.i18n import Errors, Messages
from hzreader.importers.decoding import ENCODING_CHOICES, decode_bytes
from hzreader.importers.docx_reader import read_docx

__all__ = ["ENCODING_CHOICES", "MAX_BYTES", "SUFFIXES", "ImportedText", "read_file"]

MAX_BYTES = MAX_FILE_BYTES  # the name this module had for it
SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".docx": "docx"}


@dataclass(frozen=True)
class ImportedText:
    """A file's text as decoded, with how it was read."""

    text: str
    encoding: str
    format: str
    source_name: str
    size: int
    warnings: list[str] = field(default_factory=list)


def _check_file(path: Path) -> tuple[str, int]:
    suffix = path.suffix.lower()
    if suffix == ".doc":
        raise BadInputError(
            Errors.tr(
                "不支持旧版 Word 文件（.doc）：{0}。请在 Word/WPS 中另存为 .docx 再导入"
            ).format(path.name)
        )
    if suffix not in SUFFIXES:
        raise BadInputError(
            Errors.tr("不支持的文件类型“{0}”：{1}。只能导入 .txt、.md 和 .docx").format(
                suffix or Errors.tr("无扩展名"), path.name
            )
        )
    try:
        stat = path.stat()
    except FileNotFoundError as exc:
        raise BadInputError(Errors.tr("找不到文件：{0}").format(path)) from exc
    except OSError as exc:
        raise BadInputError(
            Errors.tr("无法读取文件 {0}：{1}").format(path, exc.strerror or exc)
        ) from exc
    if not path.is_file():
        raise BadInputError(Errors.tr("{0} 不是一个文件").format(path))
    if stat.st_size > MAX_BYTES:
        raise BadInputError(
            Errors.tr("文件太大：{0} 有 {1:.1f} MB，最多只能导入 {2} MB").format(
                path.name, stat.st_size / 1024 / 1024, MAX_BYTES // 1024 // 1024
            )
        )
    return SUFFIXES[suffix], stat.st_size


def readable_name(path: Path) -> str:
    """A file's name as text: a name in bytes that are not UTF-8 (GBK, from an old USB stick,
    say) comes through Python as lone surrogates, which the database cannot store."""
    name = path.name
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        raw = os.fsencode(name)
        try:
            return raw.decode("gb18030")
        except UnicodeDecodeError:
            return raw.decode("utf-8", "replace")
    return name


def read_file(path: Path, *, encoding: str | None = None) -> ImportedText:
    """Read a .txt, .md or .docx file; BadInputError for anything that cannot be imported."""
    path = Path(path)
    fmt, size = _check_file(path)
    warnings: list[str] = []
    if fmt == "docx":
        text, used = read_docx(path), "docx"
    else:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise BadInputError(
                Errors.tr("无法读取文件 {0}：{1}").format(path, exc.strerror or exc)
            ) from exc
        decoded = decode_bytes(data, name=path.name, encoding=encoding)
        text, used = decoded.text, decoded.encoding
        if decoded.guessed:
            warnings.append(
                Messages.tr("文字编码是推测的（{0}），请核对预览中的文字是否正常").format(used)
            )
    if not text.strip():
        raise BadInputError(
            Errors.tr("{0} 是空文件（没有文字），没有可导入的内容").format(path.name)
        )
    check_text(text, path.name)
    return ImportedText(text, used, fmt, readable_name(path), size, warnings)
