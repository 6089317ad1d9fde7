"""Applications for tests, on a MongoDB server started for the test run."""

import atexit
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import unittest

from {{ cookiecutter.project_slug }} import create_app
from {{ cookiecutter.project_slug }}.config import TestingConfig
from {{ cookiecutter.project_slug }}.extensions import mongo

_mongodb_uri = None


def listening(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def mongodb_uri() -> str:
    """A MongoDB server for the test run: ``TEST_MONGODB_URI``, else nx-27017.

    nx-27017 (a dev dependency) speaks MongoDB's wire protocol over SQLite, in memory here. It
    starts with the first test that needs it and stops when the run ends.
    """
    global _mongodb_uri
    if _mongodb_uri is None:
        _mongodb_uri = os.environ.get("TEST_MONGODB_URI") or _start_nx_27017()
    return _mongodb_uri


def _start_nx_27017() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    folder = tempfile.mkdtemp(prefix="nx-27017-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    server = os.path.join(os.path.dirname(sys.executable), "nx-27017")
    command = [server, "--db", "memory", "--port", str(port)]
    command += ["--pid-file", os.path.join(folder, "nx.pid")]
    command += ["--log-file", os.path.join(folder, "nx.log")]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    atexit.register(process.wait)
    atexit.register(process.terminate)
    deadline = time.monotonic() + 30
    while not listening(port):
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError("nx-27017 did not start")
        time.sleep(0.1)
    return f"mongodb://127.0.0.1:{port}/test"


class FactoryTestCase(unittest.TestCase):
    """Builds applications with ``self.make_app``."""

    def make_app(self, config=None, *, schema=True):
        """An application; with ``schema`` (a usable database) it uses the test server.

        The collections are dropped after each test.
        """
        config = config or TestingConfig()
        if schema:
            config.MONGODB_URI = mongodb_uri()
        app = create_app(config)
        # The client Flask-PyMongo made for this application (it keeps the latest one).
        self.addCleanup(mongo.cx.close)
        if schema:
            self.addCleanup(self._drop_collections, app)
        return app

    @staticmethod
    def _drop_collections(app) -> None:
        with app.app_context():
            mongo.db.users.drop()
            mongo.db.posts.drop()
