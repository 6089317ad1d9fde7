"""The real servers the smoke tier relies on start, answer, and give each test its own database."""

import subprocess
from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.smoke


def test_postgres_gives_each_test_a_fresh_database(postgres_server, postgres_url):
    name = urlparse(postgres_url).path.lstrip("/")
    assert postgres_server.sql("SELECT current_setting('listen_addresses')") == "127.0.0.1"
    postgres_server.sql("CREATE TABLE t (x int); INSERT INTO t VALUES (41)", database=name)
    assert postgres_server.sql("SELECT x + 1 FROM t", database=name) == "42"
    with postgres_server.database() as other:
        other_name = urlparse(other).path.lstrip("/")
        assert other_name != name
        with pytest.raises(subprocess.CalledProcessError):
            postgres_server.sql("SELECT x FROM t", database=other_name)
    remaining = f"SELECT count(*) FROM pg_database WHERE datname = '{other_name}'"
    assert postgres_server.sql(remaining) == "0"


def test_mariadb_serves_the_app_user_over_tcp(mariadb_server, mariadb_url):
    url = urlparse(mariadb_url)
    name = url.path.lstrip("/")
    result = subprocess.run(
        [
            mariadb_server.client,
            "--no-defaults",
            "--protocol=tcp",
            "-h",
            "127.0.0.1",
            "-P",
            str(url.port),
            f"-u{url.username}",
            f"-p{url.password}",
            "-N",
            "-B",
            name,
            "-e",
            "CREATE TABLE t (x int); INSERT INTO t VALUES (41); SELECT x + 1 FROM t",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    assert result.stdout.strip() == "42"
    assert "MariaDB" in mariadb_server.sql("SELECT version()")


def test_redis_answers_and_is_flushed_between_tests(redis_server, redis_url):
    url = urlparse(redis_url)
    cli = ["redis-cli", "-p", str(url.port), "-n", url.path.lstrip("/")]
    assert subprocess.run([*cli, "DBSIZE"], capture_output=True, text=True).stdout.strip() == "0"
    subprocess.run([*cli, "SET", "k", "v"], check=True, capture_output=True)
    assert subprocess.run([*cli, "GET", "k"], capture_output=True, text=True).stdout.strip() == "v"


def test_memcached_stores_and_returns_a_value(memcached_server, memcached_location):
    assert memcached_location == f"127.0.0.1:{memcached_server.port}"
    assert memcached_server.command("set k 0 60 1\r\nv").startswith("STORED")
    assert "VALUE k 0 1\r\nv" in memcached_server.command("get k")
