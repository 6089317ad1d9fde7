"""The base test cases: applications{% if cookiecutter.orm != "none" %} on throwaway databases{% endif %}, and a test client."""

{% set stdlib = ((["atexit", "os", "socket", "subprocess", "sys", "time"] if cookiecutter.orm == "pymongo" else []) + (["contextlib", "re"] if cookiecutter.auth != "none" else []) + (["itertools"] if cookiecutter.orm == "pony" else []) + (["shutil", "tempfile"] if cookiecutter.orm != "none" else []) + ["unittest"]) | sort -%}
{% for module in stdlib -%}
import {{ module }}
{% endfor -%}
{% if cookiecutter.orm != "none" -%}
from pathlib import Path
{% endif -%}
{% if cookiecutter.orm == "mongoengine" %}
import mongomock
from mongoengine import disconnect
{% endif %}
from {{ cookiecutter.project_slug }} import create_app
from {{ cookiecutter.project_slug }}.config import TestingConfig
{%- if cookiecutter.orm == "sqlalchemy" %}
from {{ cookiecutter.project_slug }}.extensions import db
{%- elif cookiecutter.orm == "peewee" %}
from {{ cookiecutter.project_slug }}.database import MODELS
from {{ cookiecutter.project_slug }}.models import db
{%- endif %}
{%- if cookiecutter.orm == "mongoengine" %}
from {{ cookiecutter.project_slug }}.models import Post, User
{%- elif cookiecutter.orm == "pymongo" %}
from {{ cookiecutter.project_slug }}.extensions import mongo
{%- endif %}
{%- if cookiecutter.orm != "none" %}
from {{ cookiecutter.project_slug }}.posts import store

PASSWORD = "correct horse battery staple"
{%- endif %}
{%- if cookiecutter.auth != "none" %}
CSRF_FIELD = re.compile(r'name="csrf_token"[^>]* value="([^"]+)"')
{%- endif %}
{%- if cookiecutter.orm == "pony" %}
# Numbers the SQLite files of the applications a test builds.
_NUMBERS = itertools.count()
{%- elif cookiecutter.orm == "pymongo" %}
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
{%- endif %}


class FactoryTestCase(unittest.TestCase):
{%- if cookiecutter.orm == "none" %}
    """Builds applications from configurations with ``self.make_app``."""
{%- else %}
    """Builds applications with ``self.make_app``; ``self.tmp_path`` is removed after the test.

    An application built with ``schema`` has its tables in a throwaway database, emptied after
    the test.
    """

    def setUp(self) -> None:
        self.tmp_path = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, self.tmp_path, ignore_errors=True)
{%- endif %}
{%- if cookiecutter.orm == "sqlalchemy" %}

    def make_app(self, config=None, *, schema=True):
        """An application from a configuration; its connections are closed after the test."""
        app = create_app(config or TestingConfig())
        if schema:
            with app.app_context():
                db.create_all()
        self.addCleanup(self._close, app, schema)
        return app

    @staticmethod
    def _close(app, {{ "_" if cookiecutter.__database == "sqlite" else "schema" }}) -> None:
        with app.app_context():
{%- if cookiecutter.__database != "sqlite" %}
            if schema:
                # TEST_DATABASE_URL may name a real server: leave it empty for the next test.
                db.session.remove()
                db.drop_all()
{%- endif %}
            db.engine.dispose()
{%- elif cookiecutter.orm == "peewee" %}

    def make_app(self, config=None, *, schema=True):
        """An application from a configuration; its connections are closed after the test."""
        config = config or TestingConfig()
        if config.DATABASE_URL == "sqlite://":
            # Connections close after each request, and an in-memory database with them.
            config.DATABASE_URL = f"sqlite:///{self.tmp_path / 'test.sqlite3'}"
        app = create_app(config)
        self.addCleanup(db.close)
        if schema:
            db.create_tables(MODELS)
{%- if cookiecutter.__database != "sqlite" %}
            # TEST_DATABASE_URL may name a real server: leave it empty for the next test.
            self.addCleanup(db.drop_tables, MODELS)
{%- endif %}
        return app
{%- elif cookiecutter.orm == "pony" %}

    def make_app(self, config=None, *, schema=True):
        """An application on its own Pony database; with ``schema``, its tables created."""
        config = config or TestingConfig()
        if config.DATABASE_URL == "sqlite://":
            # Pony binds SQLite to a file, one per application.
            config.DATABASE_URL = f"sqlite:///{self.tmp_path / f'test{next(_NUMBERS)}.sqlite3'}"
        app = create_app(config)
        pony = app.extensions["pony"]
        self.addCleanup(pony.disconnect)
        if schema:
            pony.create_tables()
{%- if cookiecutter.__database != "sqlite" %}
            # TEST_DATABASE_URL may name a real server: leave it empty for the next test.
            self.addCleanup(pony.drop_all_tables, with_all_data=True)
{%- endif %}
        return app
{%- elif cookiecutter.orm == "mongoengine" %}

    def make_app(self, config=None, *, schema=True):
        """An application; with ``schema`` (a usable database) it runs on mongomock.

        mongomock keeps an in-memory MongoDB per process, emptied after each test.
        """
        config = config or TestingConfig()
        if schema:
            config.MONGODB_CLIENT_CLASS = mongomock.MongoClient
        app = create_app(config)
        self.addCleanup(disconnect)
        if schema:
            self.addCleanup(User.drop_collection)
            self.addCleanup(Post.drop_collection)
        return app
{%- elif cookiecutter.orm == "pymongo" %}

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
{%- elif cookiecutter.orm == "none" %}

    def make_app(self, config=None):
        """An application from a configuration, the testing one by default."""
        return create_app(config or TestingConfig())
{%- endif %}


class AppTestCase(FactoryTestCase):
    """Each test gets ``self.app`` (the testing configuration), its context pushed, and
    ``self.client``.
    """

    def setUp(self) -> None:
        super().setUp()
        self.app = self.make_app()
        context = self.app.app_context()
        context.push()
        self.addCleanup(context.pop)
{%- if cookiecutter.orm == "sqlalchemy" %}
        self.addCleanup(db.session.remove)
{%- endif %}
        self.client = self.app.test_client()
{%- if cookiecutter.orm != "none" %}

    def make_user(self, username="ada", email=None, *, staff=False):
        """A user with the known password, ``PASSWORD``."""
        email = email or f"{username}@example.com"
        return store.create_user(username, email, PASSWORD, staff=staff)
{%- endif %}
{%- if cookiecutter.auth != "none" %}

    def csrf_token(self) -> str:
        """The client session's CSRF token, read from a form as a browser would."""
        # Signed-in users may be sent on from the login page to one with the logout form.
        page = self.client.get("/accounts/login/", follow_redirects=True).get_data(as_text=True)
        return CSRF_FIELD.search(page).group(1)

    @contextlib.contextmanager
    def new_visitor(self):
        """A new client in a new app context, for each case of a loop of subtests.

        Requests reuse the app context the test pushed, and its ``g``, where Flask-Login keeps
        the current user{% if cookiecutter.__forms %} and Flask-WTF the CSRF token{% endif %}: a case would see the one before.
        """
        with self.app.app_context():
            self.client = self.app.test_client()
            yield

    def login(self, username: str) -> None:
        """Log the client in through the login form."""
{%- if cookiecutter.auth == "flask-security" %}
        # Flask-Security's login form sends signed-in users away: log out first.
        self.client.post("/accounts/logout/", data={"csrf_token": self.csrf_token()})
{%- endif %}
        data = {"username": username, "password": PASSWORD, "csrf_token": self.csrf_token()}
        response = self.client.post("/accounts/login/", data=data)
        self.assertEqual(response.status_code, 302, response.get_data(as_text=True))
{%- endif %}
