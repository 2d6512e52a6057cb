"""The search box's query language, parsed into a small tree (pure Python, never raises).

Words separated by spaces must all match; `OR` between alternatives; `NOT x` or `-x`
leaves x out; "quoted text" is one literal (a space in it matches a space or none);
parentheses group; field filters: `tag:`, `color:`, `in:notes` / `in:text`, `doc:`,
`measure:9`, `chapter:三` (or `chapter:3`). Full-width syntax characters work too (（）＂：－).
Anything else is a literal: `R&D`, `27万元/人`, `附:` or `县(市)` are searched as typed.
Malformed input (an unclosed quote, a stray parenthesis, `NOT OR x`, `tag:` without a
value) is searched literally instead, with a notice that says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from hzreader.core.limits import MAX_QUERY_CHARS
from hzreader.i18n import QT_TRANSLATE_NOOP, translate

# Said in the language in use when a query is parsed (the constants are the Chinese).
NOTICE_LITERAL = QT_TRANSLATE_NOOP("Messages", "查询语法有误，已按字面搜索")
NOTICE_TOO_LONG = QT_TRANSLATE_NOOP("Messages", "查询过长，只用了前{n}个字符")
_SURROGATES = re.compile("[\ud800-\udfff]")

# Only ASCII and full-width straight quotes: Chinese “” are text (“一核九星” is searched as typed).
_QUOTES = '"＂'
_LPAREN = "(（"
_RPAREN = ")）"
_COLONS = ":："
_MINUS = "-－"
FIELDS = ("tag", "color", "in", "doc", "measure", "chapter")
_COLORS = {
    "黄": "yellow",
    "黄色": "yellow",
    "红": "red",
    "红色": "red",
    "绿": "green",
    "绿色": "green",
    "蓝": "blue",
    "蓝色": "blue",
    "紫": "purple",
    "紫色": "purple",
}
_KINDS = {
    "notes": "note",
    "note": "note",
    "笔记": "note",
    "批注": "note",
    "text": "text",
    "正文": "text",
}


@dataclass(frozen=True)
class Term:
    """A literal to find in the text (or in a note's text and tags)."""

    text: str


@dataclass(frozen=True)
class Filter:
    """A field restriction such as tag:住房 (value already normalised)."""

    name: str
    value: str


@dataclass(frozen=True)
class Not:
    """Leaves out what its child matches."""

    child: Node


@dataclass(frozen=True)
class And:
    """All children match."""

    children: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    """Any child matches."""

    children: tuple[Node, ...]


Node = Term | Filter | Not | And | Or


@dataclass(frozen=True)
class ParsedQuery:
    """The tree of a query (None for an empty one) and a notice for the user."""

    node: Node | None
    notice: str | None = None
    terms: tuple[str, ...] = field(default=())


class QuerySyntaxError(ValueError):
    """Raised inside the parser only; `parse` turns it into a literal search."""


# Tokens: ("word", text) literal, ("phrase", text) quoted literal, ("field", name, value),
# ("op", "OR" | "NOT" | "AND" | "(" | ")").
Token = tuple[str, ...]


def _read_quoted(text: str, i: int) -> tuple[str, int]:
    """The text of a quoted string starting after its opening quote, and the next index."""
    end = i
    while end < len(text) and text[end] not in _QUOTES:
        end += 1
    if end >= len(text):
        raise QuerySyntaxError("unclosed quote")
    return text[i:end], end + 1


def _split_field(word: str) -> tuple[str, str] | None:
    """(name, value) when a word starts with a known field name and a colon."""
    for colon in _COLONS:
        name, sep, value = word.partition(colon)
        if sep and name.lower() in FIELDS:
            return name.lower(), value
    return None


def tokenize(text: str) -> list[Token]:
    """Tokens of a query; raises QuerySyntaxError on an unclosed quote."""
    tokens: list[Token] = []
    i, n, depth = 0, len(text), 0
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in _QUOTES:
            value, i = _read_quoted(text, i + 1)
            tokens.append(("phrase", value))
        elif ch in _LPAREN:
            tokens.append(("op", "("))
            depth += 1
            i += 1
        elif ch in _MINUS and i + 1 < n and not text[i + 1].isspace() and text[i + 1] not in _MINUS:
            tokens.append(("op", "NOT"))
            i += 1
        else:
            start = i
            while i < n and not text[i].isspace():
                if text[i] in _QUOTES:
                    break
                i += 1
            word = text[start:i]
            # A closing parenthesis ends a group only at the end of a word inside a group;
            # elsewhere it is text (县(市)).
            closing = 0
            while depth > closing and word and word[-1] in _RPAREN:
                word = word[:-1]
                closing += 1
            if word:
                tokens.append(_word_token(word))
                if (
                    tokens[-1][0] == "field"
                    and tokens[-1][2] == ""
                    and i < n
                    and text[i] in _QUOTES
                ):
                    value, i = _read_quoted(text, i + 1)
                    tokens[-1] = ("field", tokens[-1][1], value)
            tokens.extend([("op", ")")] * closing)
            depth -= closing
    return tokens


def _word_token(word: str) -> Token:
    if word in ("OR", "NOT", "AND"):
        return ("op", word)
    split = _split_field(word)
    if split is not None:
        return ("field", *split)
    return ("word", word)


class _Parser:
    """Recursive descent over the tokens: or_expr := and_expr (OR and_expr)*."""

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.pos = 0

    def peek(self) -> Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def parse(self) -> Node | None:
        if not self.tokens:
            return None
        node = self.or_expr()
        if self.peek() is not None:
            raise QuerySyntaxError("unexpected token")
        return node

    def or_expr(self) -> Node:
        parts = [self.and_expr()]
        while self.peek() == ("op", "OR"):
            self.pos += 1
            parts.append(self.and_expr())
        return parts[0] if len(parts) == 1 else Or(tuple(parts))

    def and_expr(self) -> Node:
        parts: list[Node] = []
        while True:
            tok = self.peek()
            if tok is None or tok in (("op", "OR"), ("op", ")")):
                break
            if tok == ("op", "AND"):
                self.pos += 1
                continue
            parts.append(self.unary())
        if not parts:
            raise QuerySyntaxError("missing operand")
        return parts[0] if len(parts) == 1 else And(tuple(parts))

    def unary(self) -> Node:
        tok = self.peek()
        if tok == ("op", "NOT"):
            self.pos += 1
            return Not(self.unary())
        return self.primary()

    def primary(self) -> Node:
        tok = self.peek()
        if tok is None:
            raise QuerySyntaxError("missing operand")
        self.pos += 1
        if tok == ("op", "("):
            node = self.or_expr()
            if self.peek() != ("op", ")"):
                raise QuerySyntaxError("unclosed parenthesis")
            self.pos += 1
            return node
        if tok[0] == "op":
            raise QuerySyntaxError(f"unexpected {tok[1]}")
        if tok[0] == "field":
            return _make_filter(tok[1], tok[2])
        if not tok[1].strip():
            raise QuerySyntaxError("empty phrase")
        return Term(tok[1])


def _make_filter(name: str, raw: str) -> Filter:
    from hzreader.core.numerals import cn_to_int, int_to_cn

    value = raw.strip()
    if not value:
        raise QuerySyntaxError(f"{name}: without a value")
    if name == "in":
        kind = _KINDS.get(value.lower())
        if kind is None:
            raise QuerySyntaxError("in: takes notes or text")
        return Filter("kind", kind)
    if name == "color":
        return Filter("color", _COLORS.get(value, value.lower()))
    if name == "chapter":
        bare = value.removeprefix("第").removesuffix("部分").removesuffix("章").rstrip("、")
        number = cn_to_int(bare)
        return Filter("chapter", int_to_cn(number) if number is not None else bare)
    if name == "measure":
        bare = value.removeprefix("第").removesuffix("条").rstrip(".．、")
        number = cn_to_int(bare)
        return Filter("measure", str(number) if number is not None else bare)
    if name == "tag":
        return Filter("tag", value.strip("/"))
    return Filter(name, value)


def positive_terms(node: Node | None, negated: bool = False) -> list[str]:
    """The literals a hit may contain (for highlighting): every Term not under a NOT."""
    if node is None:
        return []
    if isinstance(node, Term):
        return [] if negated else [node.text]
    if isinstance(node, Not):
        return positive_terms(node.child, not negated)
    if isinstance(node, And | Or):
        return [t for c in node.children for t in positive_terms(c, negated)]
    return []


def literal(text: str) -> Node | None:
    """The literal reading of a query: each space-separated chunk must occur as typed."""
    chunks = []
    for chunk in text.split():
        # A stray straight quote is syntax gone wrong, not text ("共有产权 -> 共有产权).
        stripped = chunk.strip(_QUOTES)
        chunks.append(stripped or chunk)
    if not chunks:
        return None
    terms = tuple(Term(c) for c in dict.fromkeys(chunks))
    return terms[0] if len(terms) == 1 else And(terms)


def parse(text: str) -> ParsedQuery:
    """Parse a query; never raises: malformed input becomes a literal search with a notice."""
    # A lone surrogate (bytes a terminal or a paste could not decode) can match nothing, and
    # the index cannot even encode it: it failed the search as a broken index, and rebuilt it.
    text = _SURROGATES.sub("\ufffd", text)
    notice = None
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS]
        notice = translate("Messages", NOTICE_TOO_LONG).format(n=MAX_QUERY_CHARS)
    if not text.strip():
        return ParsedQuery(None, notice)
    try:
        node = _Parser(tokenize(text)).parse()
    except (QuerySyntaxError, RecursionError):
        node = literal(text)
        notice = translate("Messages", NOTICE_LITERAL)
    return ParsedQuery(node, notice, tuple(dict.fromkeys(positive_terms(node))))
