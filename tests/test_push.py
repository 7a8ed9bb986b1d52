"""kg push into a real SPARQL server (Debian's virtuoso-opensource), then the query library on it.

The fixture starts Virtuoso on free loopback ports with a throw-away database
folder; if it cannot start, the tests fail (they are not skipped).
"""
from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.request
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.query import library, run_query
from kg.remote import query_endpoint

GRAPH = "https://w3id.org/cnkg/graph/test"
INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
Striping = 0
[Parameters]
ServerPort = {sql}
DisableUnixSocket = 1
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = ., {d}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = {http}
ServerRoot = {d}/vsp
ServerThreads = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    binary = shutil.which("virtuoso-t")
    if binary is None:
        pytest.fail("virtuoso-t not found: apt-get install virtuoso-opensource (.ci/run installs it)")
    folder = tmp_path_factory.mktemp("virtuoso")
    (folder / "vsp").mkdir()
    http, sql = _free_port(), _free_port()
    (folder / "virtuoso.ini").write_text(INI.format(d=folder, http=http, sql=sql), encoding="utf-8")
    proc = subprocess.Popen([binary, "-f", "-c", str(folder / "virtuoso.ini")], cwd=folder,
                            stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{http}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{base}/sparql?query=ASK%7B%7D", timeout=2):
                break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                log = (folder / "virtuoso.log").read_text(errors="replace")[-2000:] if (
                    folder / "virtuoso.log").exists() else ""
                pytest.fail(f"Virtuoso did not start on port {http}:\n{log}")
            time.sleep(0.3)
    yield base
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="module")
def pushed(virtuoso: str, seed_build: Path) -> str:
    args = ["push", str(seed_build / "kg.ttl"), "--endpoint", f"{virtuoso}/sparql-graph-crud-auth",
            "--graph", GRAPH, "--user", "dba", "--password", "dba", "--replace", "--batch", "500"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return result.output


def test_push_reports_triples_sent(pushed: str, seed_build: Path, virtuoso: str):
    import pyoxigraph

    expected = len(list(pyoxigraph.parse(path=str(seed_build / "kg.ttl"))))
    assert f"sent {expected} triples" in pushed
    count = query_endpoint("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", f"{virtuoso}/sparql", graph=GRAPH)
    assert int(count.rows[0][0][1]) == expected


def test_push_replace_does_not_duplicate(pushed: str, seed_build: Path, virtuoso: str):
    args = ["push", str(seed_build / "kg.nt"), "--endpoint", f"{virtuoso}/sparql-graph-crud-auth",
            "--graph", GRAPH, "--user", "dba", "--password", "dba", "--replace"]
    assert CliRunner().invoke(main, args).exit_code == 0
    count = query_endpoint("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", f"{virtuoso}/sparql", graph=GRAPH)
    import pyoxigraph

    assert int(count.rows[0][0][1]) == len(list(pyoxigraph.parse(path=str(seed_build / "kg.ttl"))))


def test_wrong_password_is_refused(virtuoso: str, seed_build: Path):
    args = ["push", str(seed_build / "kg.ttl"), "--endpoint", f"{virtuoso}/sparql-graph-crud-auth",
            "--graph", GRAPH + "/x", "--user", "dba", "--password", "wrong"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1 and "401" in result.output


def _normal(value: str) -> str:
    try:
        return str(Decimal(value).normalize())
    except (InvalidOperation, ValueError):
        return " | ".join(sorted(value.split(" | ")))


@pytest.mark.parametrize("name", sorted(library()))
def test_library_on_server_equals_local_file(pushed: str, virtuoso: str, seed_build: Path, name: str):
    local = run_query(name, [seed_build / "kg.ttl"])
    remote = query_endpoint(name, f"{virtuoso}/sparql", graph=GRAPH)
    norm = lambda r: sorted(tuple(_normal(v) for _, v, _ in row) for row in r.rows)  # noqa: E731
    assert remote.variables == local.variables
    assert norm(remote) == norm(local)
