"""A .docx judged by its zip's central directory before a byte of it is inflated.

A .docx is a zip of XML parts. The central directory at the end of the file lists every part
with its compressed and inflated sizes; reading it costs a few milliseconds whatever the
parts would inflate to. Python's zipfile stops inflating a part at the size the directory
declares (and then fails its CRC check), so a part cannot inflate past what is checked here.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from hzreader.core.errors import BadInputError
from hzreader.core.limits import (
    DOCX_MAX_INFLATED_BYTES,
    DOCX_MAX_PARTS,
    DOCX_MAX_RATIO,
    DOCX_MAX_XML_BYTES,
    DOCX_RATIO_FLOOR,
)
from hzreader.i18n import QT_TRANSLATE_NOOP, Errors, translate

_MB = 1024 * 1024
# The folders and files of a WordprocessingML package (ECMA-376 part 2 and what Word, WPS,
# LibreOffice and Google Docs write): the main part and its parts under word/, properties,
# custom XML, signatures, and Word's own leftovers.
_WORD_PART = re.compile(
    r"(?:\[Content_Types\]\.xml|_rels/\.rels"
    r"|(?:word|docProps|customXml|_rels|_xmlsignatures|\[trash\]|customUI|userCustomization"
    r"|package/services/digital-signature)/[^\\]*)"
)
# Parts that say what the file is when it is not a Word document.
_OTHER_KINDS = (
    ("xl/", QT_TRANSLATE_NOOP("Errors", "Excel 表格（.xlsx）")),
    ("ppt/", QT_TRANSLATE_NOOP("Errors", "PowerPoint 演示文稿（.pptx）")),
    ("mimetype", QT_TRANSLATE_NOOP("Errors", "OpenDocument 文件（.odt/.ods）")),
    ("META-INF/", QT_TRANSLATE_NOOP("Errors", "OpenDocument 或 Java 文件")),
)
_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _refuse(name: str, why: str) -> BadInputError:
    return BadInputError(Errors.tr("无法导入 Word 文档 {0}：{1}").format(name, why))


def _mb(size: int) -> str:
    return f"{size / _MB:.1f} MB"


def _safe_name(part: str) -> bool:
    # No absolute paths, no climbing out, no drive letters: names a zip slip would use.
    if part.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", part):
        return False
    return ".." not in part.replace("\\", "/").split("/")


def _kind_of(names: list[str]) -> str | None:
    for prefix, kind in _OTHER_KINDS:
        if any(n == prefix or n.startswith(prefix) for n in names) and not any(
            n == "word/document.xml" for n in names
        ):
            return kind
    return None


def check_docx(path: Path) -> list[zipfile.ZipInfo]:
    """The parts of a .docx; BadInputError when it would inflate past a limit or is no Word file."""
    name = path.name
    try:
        with path.open("rb") as handle:
            magic = handle.read(8)
        if magic == _OLE_MAGIC:
            raise _refuse(
                name,
                Errors.tr(
                    "这是旧版 .doc 或加密的 Word 文件。"
                    "请在 Word/WPS 中去掉密码并另存为 .docx 再导入"
                ),
            )
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except BadInputError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise _refuse(
            name,
            Errors.tr("文件已损坏或不是 .docx 格式（可在 Word/WPS 中打开后另存为 .docx 再导入）"),
        ) from exc
    if len(parts) > DOCX_MAX_PARTS:
        raise _refuse(
            name,
            Errors.tr("文件里有 {0:,} 个部件，Word 文档最多只会有 {1:,} 个").format(
                len(parts), DOCX_MAX_PARTS
            ),
        )
    names = [p.filename for p in parts]
    other = _kind_of(names)
    if other is not None:
        raise _refuse(name, Errors.tr("这是{0}，不是 Word 文档").format(translate("Errors", other)))
    total = compressed = xml = 0
    for part in parts:
        if not _safe_name(part.filename) or not _WORD_PART.fullmatch(part.filename):
            raise _refuse(
                name, Errors.tr("含有 Word 文档不会有的部件“{0}”").format(part.filename[:80])
            )
        if part.flag_bits & 0x1:
            raise _refuse(name, Errors.tr("文档已加密。请在 Word/WPS 中去掉密码再导入"))
        if part.compress_type not in _METHODS:
            raise _refuse(
                name, Errors.tr("部件“{0}”使用了 Word 不用的压缩方式").format(part.filename[:80])
            )
        total += part.file_size
        compressed += part.compress_size
        if part.filename.endswith((".xml", ".rels")):
            xml += part.file_size
        ratio = part.file_size / max(part.compress_size, 1)
        if part.file_size > DOCX_RATIO_FLOOR and ratio > DOCX_MAX_RATIO:
            raise _refuse(
                name,
                Errors.tr(
                    "部件“{0}”会从 {1} 解压成 {2}（{3:,.0f} 倍，上限 {4} 倍），"
                    "这不是正常的 Word 文档（可能是“压缩炸弹”）"
                ).format(
                    part.filename[:80],
                    _mb(part.compress_size),
                    _mb(part.file_size),
                    ratio,
                    DOCX_MAX_RATIO,
                ),
            )
    if total > DOCX_MAX_INFLATED_BYTES:
        raise _refuse(
            name,
            Errors.tr("解压后共有 {0}，最多可导入 {1}。请删去其中的图片或把它分成几个文件").format(
                _mb(total), _mb(DOCX_MAX_INFLATED_BYTES)
            ),
        )
    if xml > DOCX_MAX_XML_BYTES:
        raise _refuse(
            name,
            Errors.tr("文字部分解压后有 {0}，最多可导入 {1}。请把它分成几个文件再导入").format(
                _mb(xml), _mb(DOCX_MAX_XML_BYTES)
            ),
        )
    if total > DOCX_RATIO_FLOOR and total / max(compressed, 1) > DOCX_MAX_RATIO:
        raise _refuse(
            name,
            Errors.tr(
                "会从 {0} 解压成 {1}（上限 {2} 倍），这不是正常的 Word 文档（可能是“压缩炸弹”）"
            ).format(_mb(compressed), _mb(total), DOCX_MAX_RATIO),
        )
    return parts
