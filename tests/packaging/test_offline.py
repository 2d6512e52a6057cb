"""hzreader never reaches the network: the source tree's imports and rendered HTML, and the
built folder (dist/hzreader/) run copied elsewhere, in a network namespace with no
interfaces, under strace, from a read-only place and in portable mode.

The built-folder tests skip when dist/hzreader/hzreader does not exist; build it with
`.venv/bin/python packaging/build.py` (CI does, then runs this file again).
"""

from __future__ import annotations

import ast
import importlib.util
import json
import shutil
import subprocess
import sys
import time
import zipfile
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

import pytest
from frozen_run import (
    BUILT,
    EXECUTABLE,
    NOT_BUILT,
    ROOT,
    Runner,
    can_unshare,
    clean_env,
    stop,
)

from hzreader.services.composition import Services

PACKAGE = ROOT / "hzreader"
GBK_TEXT = ROOT / "tests" / "data" / "import" / "provincial_plan.gbk.txt"

# Modules that open network connections. Local sockets (the window's single-instance
# guard uses QLocalServer/QLocalSocket) are fine; PySide6.QtNetwork is checked by name.
NETWORK_MODULES = (
    "urllib.request",
    "http.client",
    "http.server",
    "requests",
    "httpx",
    "urllib3",
    "aiohttp",
    "websocket",
    "websockets",
    "socket",
    "socketserver",
    "ssl",
    "ftplib",
    "smtplib",
    "poplib",
    "imaplib",
    "telnetlib",
    "xmlrpc",
    "asyncio",
    "webbrowser",
)
LOCAL_QT_NETWORK = frozenset({"QLocalServer", "QLocalSocket"})


def network_imports(path: Path) -> list[str]:
    """What the module at `path` imports (statically or by a literal name) that can reach
    the network."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            if node.module == "PySide6.QtNetwork":
                found += [
                    f"PySide6.QtNetwork.{a.name}"
                    for a in node.names
                    if a.name not in LOCAL_QT_NETWORK
                ]
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            first = node.args[0]
            if called in {"import_module", "__import__"} and isinstance(first, ast.Constant):
                names = [str(first.value)]
        for name in names:
            if any(name == m or name.startswith(m + ".") for m in NETWORK_MODULES):
                found.append(name)
    return found


def test_no_module_of_hzreader_imports_a_network_client() -> None:
    problems = []
    modules = sorted(PACKAGE.rglob("*.py"))
    for path in modules:
        problems += [f"{path.relative_to(ROOT)}: {n}" for n in network_imports(path)]
    assert len(modules) > 50  # the scan saw the package
    assert problems == []


def test_the_scan_sees_network_imports(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import urllib.request\nfrom http.client import HTTPSConnection\nimport requests\n"
        "from PySide6.QtNetwork import QLocalSocket, QNetworkAccessManager\n"
        "import importlib\nimportlib.import_module('socket')\nimport urllib.parse\n",
        encoding="utf-8",
    )
    assert network_imports(bad) == [
        "urllib.request",
        "http.client",
        "http.client.HTTPSConnection",
        "requests",
        "PySide6.QtNetwork.QNetworkAccessManager",
        "socket",
    ]


class _Resources(HTMLParser):
    """Collects every attribute through which a browser would fetch something."""

    FETCHING: ClassVar[set[str]] = {
        "src",
        "srcset",
        "data",
        "poster",
        "background",
        "action",
        "formaction",
    }

    def __init__(self) -> None:
        super().__init__()
        self.fetches: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            value = value or ""
            if name in self.FETCHING or (tag == "link" and name == "href"):
                self.fetches.append(f"<{tag} {name}={value}>")
            elif tag == "a" and name == "href":
                self.links.append(value)
            elif name == "style" and "url(" in value:
                self.fetches.append(f"<{tag} style={value}>")
        if tag in {"img", "script", "iframe", "link", "object", "embed", "video", "audio"}:
            self.fetches.append(f"<{tag}>")


REMOTE_NOTE = (
    "参见 ![远程图片](https://example.com/remote.png) 与 [政策原文](https://example.com/page)。\n\n"
    '<img src="http://example.com/pixel.gif"> <script src="https://example.com/x.js"></script>\n'
    '<link rel="stylesheet" href="https://example.com/x.css">'
    '<iframe src="https://example.com/frame"></iframe>\n\n'
    '<p style="background: url(https://example.com/bg.png)">背景</p>\n\n'
    '<video src="https://example.com/v.mp4" poster="https://example.com/p.jpg"></video>'
)


def test_rendered_notes_and_the_html_export_load_nothing_remote(app_ctx, tmp_path: Path) -> None:
    from hzreader.exporters.note_html import render_note

    Services(app_ctx).annotations.create(
        "m9", quote="共有产权住房", note=REMOTE_NOTE, tags=["测试"]
    )
    path, count = Services(app_ctx).exports.export("html", tmp_path / "notes.html")
    page = path.read_text(encoding="utf-8")
    for html in (render_note(REMOTE_NOTE), page):
        parser = _Resources()
        parser.feed(html)
        assert parser.fetches == []
        assert parser.links == ["https://example.com/page"]  # a link stays a link
        assert "政策原文" in html and "背景" in html
    assert count == 1
    assert "default-src 'none'" in page  # the page itself forbids every fetch


def test_the_word_export_links_no_remote_image(app_ctx, tmp_path: Path) -> None:
    Services(app_ctx).annotations.create("m9", quote="共有产权住房", note=REMOTE_NOTE)
    path, _count = Services(app_ctx).exports.export("docx", tmp_path / "notes.docx")
    with zipfile.ZipFile(path) as package:
        rels = "".join(
            package.read(n).decode("utf-8") for n in package.namelist() if n.endswith(".rels")
        )
        body = package.read("word/document.xml").decode("utf-8")
        media = [n for n in package.namelist() if n.startswith("word/media/")]
    assert "政策原文" in body
    external = [r for r in rels.split("<Relationship ") if 'TargetMode="External"' in r]
    assert [r for r in external if "/hyperlink" not in r] == []  # links at most, no image
    assert media == []


def _netns_or_skip() -> None:
    why = can_unshare("-n")
    if why:
        pytest.skip(why)


def test_the_trace_catches_an_inet_connect(tmp_path: Path) -> None:
    """The offline test's detector, on a program that does try the network (and fails)."""
    _netns_or_skip()
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed (apt-get install strace)")
    code = (
        "import socket\n"
        "for family, address in ((socket.AF_INET, ('192.0.2.1', 80)), "
        "(socket.AF_INET6, ('2001:db8::1', 80)), (socket.AF_UNIX, '/nonexistent')):\n"
        "    try: socket.socket(family).connect(address)\n"
        "    except OSError as exc: print(exc)\n"
    )
    traces = tmp_path / "traces"
    traces.mkdir()
    probe = Runner(Path(sys.executable), clean_env(tmp_path / "home"), traces)
    done = probe.run("-c", code)
    assert done.returncode == 0, done.stderr
    assert "unreachable" in done.stdout  # no interface in the namespace: nothing left
    caught = probe.inet_connects()
    assert len(caught) == 2 and "AF_INET6" in caught[1]  # AF_UNIX is not reported


# ---------------------------------------------------------------- the built folder

built = pytest.mark.skipif(not EXECUTABLE.exists(), reason=NOT_BUILT)


def _make_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("某区社区书房建设实施方案")
    document.add_paragraph("一、总体要求")
    document.add_paragraph("坚持离线优先，推进全民阅读。")
    document.add_paragraph("二、主要任务")
    document.add_paragraph("（一）建设社区书房。到2025年，建成社区书房120家，覆盖全部街道。")
    document.add_paragraph("（二）开展阅读活动。每年举办读书会不少于50场。")
    document.save(path)
    return path


def _json(done: subprocess.CompletedProcess[str]):
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@built
def test_the_folder_weighs_at_most_150_mib_and_carries_only_what_is_used() -> None:
    files = [p for p in BUILT.rglob("*") if p.is_file()]
    size = sum(p.stat().st_size for p in files)
    names = [str(p.relative_to(BUILT)) for p in files]
    assert size <= 150 * 1024 * 1024, f"{size / 1024 / 1024:.1f} MiB"
    for unused in ("Qml", "Quick", "WebEngine", "libqgtk3", "wayland", "pytest", "tests/"):
        assert [n for n in names if unused in n] == [], unused
    translations = {p.name for p in BUILT.rglob("translations/*.qm")}
    assert translations == {"qt_zh_CN.qm", "qt_en.qm", "qtbase_zh_CN.qm", "qtbase_en.qm"}
    platforms = {p.name for p in BUILT.rglob("plugins/platforms/*.so")}
    assert {"libqxcb.so", "libqoffscreen.so"} <= platforms
    assert not [p for p in BUILT.rglob("*") if p.is_symlink()]
    # Every source file of resources/ (the plan; translations when there are some) and of
    # db/ (the migrations, as scripts alembic loads from files) is in the folder.
    for folder in ("resources", "db"):
        for source in (ROOT / folder).rglob("*"):
            if source.is_file() and "__pycache__" not in source.parts:
                inside = BUILT / "_internal" / source.relative_to(ROOT)
                assert inside.read_bytes() == source.read_bytes(), inside


# The window's start from source, to its first paint: the top-level modules it has imported.
STARTUP_PROBE = r"""
import builtins, os, sys
from pathlib import Path
os.environ["HZBENCH_T0"] = "0"
say = builtins.print

def print_modules(*args, **kwargs):
    if args and str(args[0]).startswith("FIRST_PAINT"):
        say("MODULES", " ".join(sorted({name.split(".")[0] for name in sys.modules})), flush=True)
    say(*args, **kwargs)

builtins.print = print_modules
exec(open(sys.argv[2], encoding="utf-8").read())
from hzreader.ui.shell.launch import run_window
sys.exit(run_window(Path(sys.argv[1])))
"""


# Not in a built program: the script, pip's hooks of an editable install, shiboken's loader.
SOURCE_ONLY = {"__main__", "_distutils_hack", "sitecustomize", "signature_bootstrap"}


@built
def test_the_start_s_modules_are_files_beside_the_program(tmp_path: Path) -> None:
    """What the window imports before its first frame is read by Python's own importer (.pyc
    files in _internal/), not from the compressed archive (packaging/trim.py STARTUP_MODULES);
    the rest stays in the archive."""
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import trim
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    inside = BUILT / "_internal"
    assert (inside / "hzreader" / "ui" / "shell" / "main_window.pyc").is_file()
    assert not list((inside / "hzreader").rglob("*.py"))  # bytecode only, as before
    assert not list((inside / "sqlalchemy").rglob("*.pyc"))  # after the first frame: archive
    data, env = tmp_path / "data", clean_env(tmp_path / "home")
    subprocess.run([EXECUTABLE, "--data-dir", str(data), "docs"], env=env, check=True,
                   capture_output=True, timeout=120)  # fmt: skip
    probe = [
        sys.executable,
        "-c",
        STARTUP_PROBE,
        str(data),
        str(ROOT / "packaging" / "first_paint.py"),
    ]
    # Once, so that the next start is a returning user's (the quick start, layout saved).
    subprocess.run(probe, env=env, capture_output=True, timeout=120)
    out = subprocess.run(probe, env=env, capture_output=True, text=True, timeout=120)
    lines = [line for line in out.stdout.splitlines() if line.startswith("MODULES ")]
    assert lines, out.stderr[-2000:]
    with zipfile.ZipFile(inside / "base_library.zip") as base:
        started = {name.split("/")[0].removesuffix(".pyc") for name in base.namelist()}
    loose = set(trim.STARTUP_MODULES)
    missed = []
    for name in lines[0].split()[1:]:
        spec = importlib.util.find_spec(name)
        origin = getattr(spec, "origin", None) or ""
        pure = origin.endswith(".py")  # not built in, not an extension module
        if pure and name not in loose | started | SOURCE_ONLY and "editable" not in name:
            missed.append(name)
    assert missed == [], f"imported before the first frame, still in the archive: {missed}"


@built
def test_the_copied_folder_works_offline(folder_copy: Path, tmp_path: Path) -> None:
    _netns_or_skip()
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed (apt-get install strace)")
    import hzreader

    exe = folder_copy
    home, data, traces = tmp_path / "home", tmp_path / "data", tmp_path / "traces"
    traces.mkdir()
    hz = Runner(exe, clean_env(home), traces)
    d = ["--data-dir", str(data)]

    version = hz.run("--version")
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"hzreader {hzreader.__version__}"
    docs = _json(hz.run(*d, "docs", "--json"))
    assert docs[0]["id"] == "plan"

    word = _json(hz.run(*d, "import", str(_make_docx(tmp_path / "书房.docx")), "--json"))
    assert word["nodes"] > 3
    with pytest.raises(UnicodeDecodeError):
        GBK_TEXT.read_bytes().decode("utf-8")  # the fixture really is GBK
    gbk = _json(hz.run(*d, "import", str(GBK_TEXT), "--json"))
    assert gbk["title"].startswith("浙江省促进城乡居民增收实施方案")
    assert {word["id"], gbk["id"]} <= {doc["id"] for doc in _json(hz.run(*d, "docs", "--json"))}

    found = _json(hz.run(*d, "search", "社区书房", "--json"))
    assert found["total"] > 0 and {h["doc"] for h in found["hits"]} == {word["id"]}
    found = _json(hz.run(*d, "search", "居民增收", "--doc", gbk["id"], "--json"))
    assert found["total"] > 0

    note = _json(
        hz.run(
            *d,
            "annotate",
            "m9",
            "--quote",
            "共有产权住房",
            "--note",
            "**离线核对** 无网络",
            "--tag",
            "部门/发改",
            "--json",
        )
    )
    assert note["key"] == "m9" and note["tags"] == ["部门/发改"]
    hits = _json(hz.run(*d, "search", "离线核对", "--json"))["hits"]
    assert [h["kind"] for h in hits] == ["note"]

    out = _json(hz.run(*d, "export", "--format", "docx", "-o", str(tmp_path / "n.docx"), "--json"))
    assert out["count"] == 1
    with zipfile.ZipFile(out["path"]) as package:
        assert "离线核对" in package.read("word/document.xml").decode("utf-8")
    if "xlsx" in hz.run("export", "--help").stdout:
        out = _json(
            hz.run(*d, "export", "--format", "xlsx", "-o", str(tmp_path / "n.xlsx"), "--json")
        )
        with zipfile.ZipFile(out["path"]) as book:
            # The frozen openpyxl writes characters as references (&#31163;): the same text.
            text = unescape(
                "".join(book.read(n).decode("utf-8") for n in book.namelist() if "xl/" in n)
            )
        assert out["count"] == 1 and "离线核对" in text
    check = _json(hz.run(*d, "check", "--json"))
    assert check["ok"] is True, check["problems"]

    window = hz.start(*d)
    try:
        time.sleep(10)
        running = window.poll() is None
        locked = (data / "hzreader.lock").exists()
    finally:
        _out, err = stop(window, exe)
    assert running, err[-3000:]
    assert locked  # the window held its data dir: it really got that far

    # strace wrapped every run (each left its log) and saw no AF_INET/AF_INET6 connect().
    assert len(list(traces.glob("connect-*.log"))) == hz.count >= 13
    assert hz.inet_connects() == []
    log = data / "hzreader.log"
    assert "Traceback" not in (log.read_text(encoding="utf-8") if log.exists() else "")


@built
def test_a_fresh_home_gets_the_user_data_folder(folder_copy: Path, tmp_path: Path) -> None:
    exe = folder_copy
    home = tmp_path / "home"
    done = subprocess.run(
        [str(exe), "docs"], env=clean_env(home), capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert (home / ".local" / "share" / "hzreader" / "hzreader.sqlite3").is_file()
    assert not (exe.parent / "hzreader-data").exists()


@built
def test_the_folder_runs_from_a_read_only_place(folder_copy: Path, tmp_path: Path) -> None:
    exe = folder_copy
    folder = exe.parent
    before = sorted((str(p.relative_to(folder)), p.stat().st_mtime) for p in folder.rglob("*"))
    subprocess.run(["chmod", "-R", "a-w", str(folder)], check=True)
    data = tmp_path / "data"
    args = [str(exe), "--data-dir", str(data), "docs", "--json"]
    # root ignores permission bits: a read-only bind mount makes the place read-only for root
    # too (in a mount namespace of its own, so nothing outside sees it).
    if can_unshare("-m") is None:
        mount = f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder} && "
        args = ["unshare", "-m", "sh", "-c", mount + 'exec "$@"', "sh", *args]
    try:
        done = subprocess.run(
            args, env=clean_env(tmp_path / "home"), capture_output=True, text=True, timeout=120
        )
    finally:
        subprocess.run(["chmod", "-R", "u+w", str(folder)], check=True)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)[0]["id"] == "plan"
    assert (data / "hzreader.sqlite3").is_file()
    after = sorted((str(p.relative_to(folder)), p.stat().st_mtime) for p in folder.rglob("*"))
    assert after == before  # nothing written beside the program


@built
def test_portable_mode_keeps_the_data_beside_the_program(folder_copy: Path, tmp_path: Path) -> None:
    exe = folder_copy
    portable = exe.parent / "hzreader-data"
    portable.mkdir()
    home = tmp_path / "home"

    def docs(*args: str, **env: str) -> None:
        done = subprocess.run(
            [str(exe), *args, "docs"],
            env=clean_env(home, **env),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr

    docs()
    assert (portable / "hzreader.sqlite3").is_file()
    assert not (home / ".local" / "share" / "hzreader").exists()
    # The order: --data-dir, then $HZREADER_DATA_DIR, then hzreader-data, then the user folder.
    docs(HZREADER_DATA_DIR=str(tmp_path / "from-env"))
    assert (tmp_path / "from-env" / "hzreader.sqlite3").is_file()
    docs("--data-dir", str(tmp_path / "from-option"), HZREADER_DATA_DIR=str(tmp_path / "x"))
    assert (tmp_path / "from-option" / "hzreader.sqlite3").is_file()
    assert not (tmp_path / "x").exists()


@built
def test_the_folder_upgrades_a_database_of_the_first_schema(
    folder_copy: Path, tmp_path: Path
) -> None:
    # The migrations are scripts that alembic loads from files inside the folder.
    exe = folder_copy
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(ROOT / "tests" / "data" / "schema-0001.sqlite3", data / "hzreader.sqlite3")
    done = subprocess.run(
        [str(exe), "--data-dir", str(data), "show", "m9.s2", "--json"],
        env=clean_env(tmp_path / "home"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    node = _json(done)
    assert node["citation"].endswith("第9条第2句")
    assert list((data / "backups").glob("pre-migration-0001-*.sqlite3"))
