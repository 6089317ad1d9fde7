"""Real database and cache servers for the tests, started from the installed binaries.

Each server listens on 127.0.0.1 at a free port with its data in a fresh temporary directory, and
is stopped (by the pid we started) when its context exits. PostgreSQL and MariaDB refuse to run
as root; as root they are started as their Debian system users.
"""

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

START_TIMEOUT = 60.0


class ServiceUnavailable(RuntimeError):
    """The server's binary is not installed on this machine."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(ready: Callable[[], bool], what: str, process: subprocess.Popen) -> None:
    """Poll ``ready`` until it holds, failing early if ``process`` exits."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited with {process.returncode} while starting")
        if ready():
            return
        time.sleep(0.1)
    raise RuntimeError(f"{what} did not become ready within {START_TIMEOUT} s")


def port_open(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def binary(*candidates: str) -> str:
    for candidate in candidates:
        found = shutil.which(candidate) or next(iter(sorted(glob.glob(candidate))[::-1]), None)
        if found:
            return found
    raise ServiceUnavailable(f"none of {candidates} is installed")


def as_user(user: str) -> list[str]:
    """Prefix for commands that must not run as root."""
    return ["runuser", "-u", user, "--"] if os.geteuid() == 0 else []


def own_dir(prefix: str, user: str) -> Path:
    path = Path(tempfile.mkdtemp(prefix=prefix, dir="/tmp"))
    if os.geteuid() == 0:
        shutil.chown(path, user, user)
    return path


@contextlib.contextmanager
def running(
    command: list[str], what: str, log: Path, ready: Callable[[], bool]
) -> Iterator[subprocess.Popen]:
    """Start ``command``, wait until ``ready``, and stop that process afterwards."""
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
    try:
        try:
            wait_until(ready, what, process)
        except RuntimeError as error:
            raise RuntimeError(f"{error}; log:\n{log.read_text(errors='replace')}") from None
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@dataclass
class Postgres:
    port: int
    psql: str
    socket_dir: Path

    def sql(self, statement: str, database: str = "postgres") -> str:
        command = [self.psql, "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres"]
        return subprocess.run(
            [*command, "-d", database, "-tAc", statement],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()

    @contextlib.contextmanager
    def database(self) -> Iterator[str]:
        """A fresh database; yields its URL and drops it afterwards."""
        name = f"test_{uuid.uuid4().hex[:12]}"
        self.sql(f'CREATE DATABASE "{name}"')
        try:
            yield f"postgresql://postgres:postgres@127.0.0.1:{self.port}/{name}"
        finally:
            self.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextlib.contextmanager
def postgres() -> Iterator[Postgres]:
    bindir = Path(binary("/usr/lib/postgresql/*/bin/postgres")).parent
    data = own_dir("pg-", "postgres")
    try:
        subprocess.run(
            [
                *as_user("postgres"),
                str(bindir / "initdb"),
                "-D",
                str(data / "data"),
                "-U",
                "postgres",
                "--auth=trust",
                "--encoding=UTF8",
                "--no-sync",
            ],
            check=True,
            capture_output=True,
        )
        port = free_port()
        command = [
            *as_user("postgres"),
            str(bindir / "postgres"),
            "-D",
            str(data / "data"),
            "-p",
            str(port),
            "-k",
            str(data),
            "-c",
            "listen_addresses=127.0.0.1",
            "-c",
            "fsync=off",
            "-c",
            "synchronous_commit=off",
            "-c",
            "full_page_writes=off",
        ]
        server = Postgres(port, str(bindir / "psql"), data)
        with running(command, "PostgreSQL", data / "server.log", lambda: _answers(server)):
            yield server
    finally:
        shutil.rmtree(data, ignore_errors=True)


def _answers(server) -> bool:
    try:
        return server.sql("SELECT 1") == "1"
    except subprocess.CalledProcessError:
        return False


@dataclass
class MariaDB:
    port: int
    client: str
    socket: Path
    user: str = "app"
    password: str = "app-password"

    def sql(self, statement: str) -> str:
        command = [self.client, "--no-defaults", f"--socket={self.socket}", "-uroot", "-N", "-B"]
        return subprocess.run(
            [*command, "-e", statement], check=True, capture_output=True, text=True
        ).stdout.strip()

    @contextlib.contextmanager
    def database(self) -> Iterator[str]:
        """A fresh database; yields its URL (mysql://) and drops it afterwards."""
        name = f"test_{uuid.uuid4().hex[:12]}"
        self.sql(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4")
        try:
            yield f"mysql://{self.user}:{self.password}@127.0.0.1:{self.port}/{name}"
        finally:
            self.sql(f"DROP DATABASE IF EXISTS `{name}`")


@contextlib.contextmanager
def mariadb() -> Iterator[MariaDB]:
    """MariaDB, which also stands in for MySQL (Debian ships no MySQL server)."""
    server_binary = binary("mariadbd", "/usr/sbin/mariadbd")
    install = binary("mariadb-install-db")
    client = binary("mariadb")
    data = own_dir("mariadb-", "mysql")
    try:
        subprocess.run(
            [
                *as_user("mysql"),
                install,
                "--no-defaults",
                f"--datadir={data / 'data'}",
                "--auth-root-authentication-method=socket",
                "--skip-test-db",
            ],
            check=True,
            capture_output=True,
        )
        port = free_port()
        socket_path = data / "mysqld.sock"
        command = [
            *as_user("mysql"),
            server_binary,
            "--no-defaults",
            f"--datadir={data / 'data'}",
            f"--socket={socket_path}",
            f"--pid-file={data / 'mysqld.pid'}",
            f"--port={port}",
            "--bind-address=127.0.0.1",
            "--skip-log-bin",
            "--innodb-flush-log-at-trx-commit=0",
            "--innodb-buffer-pool-size=64M",
        ]
        server = MariaDB(port, client, socket_path)
        # Root authenticates by unix socket as the OS user; the tests act as root, so connect as
        # root over the socket to create the password user the applications use over TCP.
        with running(command, "MariaDB", data / "server.log", lambda: _answers(server)):
            server.sql(
                f"CREATE USER '{server.user}'@'127.0.0.1' IDENTIFIED BY '{server.password}';"
                f"GRANT ALL ON *.* TO '{server.user}'@'127.0.0.1'"
            )
            yield server
    finally:
        shutil.rmtree(data, ignore_errors=True)


@dataclass
class Redis:
    port: int
    _next_db: int = 0

    @contextlib.contextmanager
    def database(self) -> Iterator[str]:
        """A numbered Redis database of its own (16 per server), flushed afterwards."""
        number = self._next_db % 16
        self._next_db += 1
        url = f"redis://127.0.0.1:{self.port}/{number}"
        try:
            yield url
        finally:
            subprocess.run(
                ["redis-cli", "-p", str(self.port), "-n", str(number), "FLUSHDB"],
                check=True,
                capture_output=True,
            )


@contextlib.contextmanager
def redis() -> Iterator[Redis]:
    server_binary = binary("redis-server")
    data = Path(tempfile.mkdtemp(prefix="redis-", dir="/tmp"))
    port = free_port()
    command = [
        server_binary,
        "--port",
        str(port),
        "--bind",
        "127.0.0.1",
        "--save",
        "",
        "--appendonly",
        "no",
        "--dir",
        str(data),
    ]
    try:
        with running(command, "Redis", data / "server.log", lambda: port_open(port)):
            yield Redis(port)
    finally:
        shutil.rmtree(data, ignore_errors=True)


@dataclass
class Memcached:
    port: int

    @property
    def location(self) -> str:
        return f"127.0.0.1:{self.port}"

    def command(self, line: str) -> str:
        with socket.create_connection(("127.0.0.1", self.port), timeout=5) as sock:
            sock.sendall(line.encode() + b"\r\n")
            return sock.recv(65536).decode()

    @contextlib.contextmanager
    def database(self) -> Iterator[str]:
        """Memcached has no databases: the whole server, flushed afterwards."""
        try:
            yield self.location
        finally:
            self.command("flush_all")


@contextlib.contextmanager
def memcached() -> Iterator[Memcached]:
    server_binary = binary("memcached")
    data = Path(tempfile.mkdtemp(prefix="memcached-", dir="/tmp"))
    port = free_port()
    user = ["-u", "nobody"] if os.geteuid() == 0 else []
    command = [server_binary, "-l", "127.0.0.1", "-p", str(port), "-U", "0", "-m", "64", *user]
    try:
        with running(command, "Memcached", data / "server.log", lambda: port_open(port)):
            yield Memcached(port)
    finally:
        shutil.rmtree(data, ignore_errors=True)
