"""Shared fixtures: applications{% if cookiecutter.orm != "none" %} on throwaway databases{% endif %}, and a test client."""

{% set stdlib = ((["os", "socket", "subprocess", "sys", "time"] if cookiecutter.orm == "pymongo" else []) + (["re"] if cookiecutter.auth != "none" else [])) | sort -%}
{% for module in stdlib -%}
import {{ module }}
{% endfor -%}
{% if stdlib %}
{% endif -%}
{% if cookiecutter.orm == "mongoengine" -%}
import mongomock
{% endif -%}
import pytest
{%- if cookiecutter.orm == "mongoengine" %}
from mongoengine import disconnect
{%- endif %}

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


{%- if cookiecutter.orm == "sqlalchemy" %}


@pytest.fixture
def make_app():
    """Build applications from a configuration; close their database connections afterwards."""
    apps = []

    def make(config=None, *, schema=True):
        app = create_app(config or TestingConfig())
        apps.append((app, schema))
        if schema:
            with app.app_context():
                db.create_all()
        return app

    yield make
    for app, {{ "_" if cookiecutter.__database == "sqlite" else "schema" }} in apps:
        with app.app_context():
{%- if cookiecutter.__database != "sqlite" %}
            if schema:
                # TEST_DATABASE_URL may name a real server: leave it empty for the next test.
                db.session.remove()
                db.drop_all()
{%- endif %}
            db.engine.dispose()
{%- elif cookiecutter.orm == "peewee" %}


@pytest.fixture
def make_app(tmp_path):
    """Build applications from a configuration; close their database connections afterwards."""
    apps = []

    def make(config=None, *, schema=True):
        config = config or TestingConfig()
        if config.DATABASE_URL == "sqlite://":
            # Connections close after each request, and an in-memory database with them.
            config.DATABASE_URL = f"sqlite:///{tmp_path / 'test.sqlite3'}"
        app = create_app(config)
        apps.append((app, schema))
        if schema:
            db.create_tables(MODELS)
        return app

    yield make
{%- if cookiecutter.__database != "sqlite" %}
    if any(schema for _, schema in apps):
        # TEST_DATABASE_URL may name a real server: leave it empty for the next test.
        db.drop_tables(MODELS)
{%- endif %}
    db.close()
{%- elif cookiecutter.orm == "pony" %}


@pytest.fixture
def make_app(tmp_path):
    """Build applications, each on its own Pony database; with ``schema``, its tables created."""
    apps = []

    def make(config=None, *, schema=True):
        config = config or TestingConfig()
        if config.DATABASE_URL == "sqlite://":
            # Pony binds SQLite to a file.
            config.DATABASE_URL = f"sqlite:///{tmp_path / f'test{len(apps)}.sqlite3'}"
        app = create_app(config)
        if schema:
            app.extensions["pony"].create_tables()
        apps.append((app, schema))
        return app

    yield make
    for app, {{ "_" if cookiecutter.__database == "sqlite" else "schema" }} in apps:
{%- if cookiecutter.__database != "sqlite" %}
        if schema:
            # TEST_DATABASE_URL may name a real server: leave it empty for the next test.
            app.extensions["pony"].drop_all_tables(with_all_data=True)
{%- endif %}
        app.extensions["pony"].disconnect()
{%- elif cookiecutter.orm == "mongoengine" %}


@pytest.fixture
def make_app():
    """Build applications; with ``schema`` (a usable database) they run on mongomock.

    mongomock keeps an in-memory MongoDB per process, emptied after each test.
    """

    mocked = []

    def make(config=None, *, schema=True):
        config = config or TestingConfig()
        if schema:
            config.MONGODB_CLIENT_CLASS = mongomock.MongoClient
            mocked.append(config)
        return create_app(config)

    yield make
    if mocked:
        Post.drop_collection()
        User.drop_collection()
    disconnect()
{%- elif cookiecutter.orm == "pymongo" %}


def listening(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture(scope="session")
def mongodb_uri(tmp_path_factory):
    """A MongoDB server for the test session: ``TEST_MONGODB_URI``, else nx-27017.

    nx-27017 (a dev dependency) speaks MongoDB's wire protocol over SQLite, in memory here.
    """
    if os.environ.get("TEST_MONGODB_URI"):
        yield os.environ["TEST_MONGODB_URI"]
        return
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    folder = tmp_path_factory.mktemp("nx-27017")
    server = os.path.join(os.path.dirname(sys.executable), "nx-27017")
    command = [server, "--db", "memory", "--port", str(port)]
    command += ["--pid-file", str(folder / "nx.pid"), "--log-file", str(folder / "nx.log")]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 30
    while not listening(port):
        assert process.poll() is None and time.monotonic() < deadline, "nx-27017 did not start"
        time.sleep(0.1)
    yield f"mongodb://127.0.0.1:{port}/test"
    process.terminate()
    process.wait()


@pytest.fixture
def make_app(mongodb_uri):
    """Build applications; with ``schema`` (a usable database) they use the test server.

    The collections are dropped after each test.
    """
    used = []

    def make(config=None, *, schema=True):
        config = config or TestingConfig()
        if schema:
            config.MONGODB_URI = mongodb_uri
        app = create_app(config)
        if schema:
            used.append(app)
        return app

    yield make
    for app in used:
        with app.app_context():
            mongo.db.users.drop()
            mongo.db.posts.drop()
{%- elif cookiecutter.orm == "none" %}


@pytest.fixture
def make_app():
    """Build applications from a configuration, the testing one by default."""

    def make(config=None):
        return create_app(config or TestingConfig())

    return make
{%- endif %}


@pytest.fixture
def app(make_app):
    """An application{% if cookiecutter.orm != "none" %} with the schema created in its in-memory database{% else %}, its context pushed{% endif %}."""
    app = make_app()
    with app.app_context():
        yield app
{%- if cookiecutter.orm == "sqlalchemy" %}
        db.session.remove()
{%- endif %}


@pytest.fixture
def client(app):
    return app.test_client()
{%- if cookiecutter.orm != "none" %}


@pytest.fixture
def password():
    return PASSWORD


@pytest.fixture
def make_user(app):
    """Create users with a known password."""

    def make(username="ada", email=None, *, staff=False):
        email = email or f"{username}@example.com"
        return store.create_user(username, email, PASSWORD, staff=staff)

    return make


@pytest.fixture
def user(make_user):
    return make_user("ada")


@pytest.fixture
def staff(make_user):
    return make_user("grace", staff=True)
{%- endif %}

{%- if cookiecutter.auth != "none" %}


@pytest.fixture
def csrf_token(client):
    """The client session's CSRF token, read from a form as a browser would."""

    def token() -> str:
        # Signed-in users may be sent on from the login page to one with the logout form.
        page = client.get("/accounts/login/", follow_redirects=True).get_data(as_text=True)
        return CSRF_FIELD.search(page).group(1)

    return token


@pytest.fixture
def login(client, csrf_token):
    """Log the client in through the login form."""

    def log_in(username: str) -> None:
{%- if cookiecutter.auth == "flask-security" %}
        # Flask-Security's login form sends signed-in users away: log out first.
        client.post("/accounts/logout/", data={"csrf_token": csrf_token()})
{%- endif %}
        data = {"username": username, "password": PASSWORD, "csrf_token": csrf_token()}
        response = client.post("/accounts/login/", data=data)
        assert response.status_code == 302, response.get_data(as_text=True)

    return log_in
{%- endif %}
