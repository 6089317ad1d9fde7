"""Flask-Admin at /admin/, for staff only: browse and edit users and posts."""

from flask import Flask, abort, redirect, request, url_for
from flask_admin import Admin, AdminIndexView
from flask_admin.contrib.{{ {"sqlalchemy": "sqla"}.get(cookiecutter.orm, cookiecutter.orm) }} import ModelView
from flask_admin.form import SecureForm
from flask_login import current_user
{%- if cookiecutter.orm == "pymongo" %}
from wtforms import BooleanField, EmailField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length
{%- endif %}

{% if cookiecutter.orm == "sqlalchemy" -%}
from .extensions import db
from .models import Post, User
{% elif cookiecutter.orm == "pymongo" -%}
from .extensions import mongo
{% else -%}
from .models import Post, User
{% endif -%}
{% if cookiecutter.auth == "flask-principal" -%}
from .permissions import staff_permission
{%- else -%}
from .posts import store
{%- endif %}


class StaffOnly:
    """Anonymous users are sent to log in; signed-in users who are not staff get 403."""

    def is_accessible(self) -> bool:
{%- if cookiecutter.auth == "flask-principal" %}
        return staff_permission.can()
{%- else %}
        return current_user.is_authenticated and store.is_staff(current_user)
{%- endif %}

    def inaccessible_callback(self, name, **kwargs):
        if current_user.is_authenticated:
            abort(403)
        return redirect(url_for("accounts.login", next=request.full_path.rstrip("?")))


class IndexView(StaffOnly, AdminIndexView):
    pass


class StaffModelView(StaffOnly, ModelView):
    # Admin forms carry a CSRF token in the session, like the site's own forms.
    form_base_class = SecureForm


{%- if cookiecutter.orm == "pymongo" %}


class UserForm(SecureForm):
    username = StringField(validators=[DataRequired(), Length(max=80)])
    email = EmailField(validators=[DataRequired(), Length(max=255)])
    is_staff = BooleanField()


class PostForm(SecureForm):
    title = StringField(validators=[DataRequired(), Length(max=200)])
    body = TextAreaField(validators=[DataRequired()])
{%- endif %}


class UserView(StaffModelView):
    # Users sign up, or create-admin makes staff: the admin never sees or sets passwords.
    can_create = False
    column_list = ("username", "email", "is_staff", "created_at")
{%- if cookiecutter.orm == "pymongo" %}
    form = UserForm
{%- else %}
    column_searchable_list = ("username", "email")
    form_columns = ("username", "email", "is_staff")
{%- endif %}


class PostView(StaffModelView):
{%- if cookiecutter.orm == "pymongo" %}
    # Posts are written on the site, which records their author and date.
    can_create = False
    column_list = ("title", "author", "created")
    form = PostForm
{%- else %}
    column_list = ("title", "author", "created")
    column_searchable_list = ("title",)
    column_default_sort = ("created", True)
    form_columns = ("title", "body", "author")
{%- endif %}


def init_app(app: Flask) -> None:
    """One Admin per application, so that tests can build several apps in one process."""
    admin = Admin(name=f"{app.config['PROJECT_NAME']} admin", index_view=IndexView())
{%- if cookiecutter.orm == "sqlalchemy" %}
    admin.add_view(UserView(User, db))
    admin.add_view(PostView(Post, db))
{%- elif cookiecutter.orm == "pymongo" %}
    admin.add_view(UserView(mongo.db.users, "Users", endpoint="user"))
    admin.add_view(PostView(mongo.db.posts, "Posts", endpoint="post"))
{%- else %}
    admin.add_view(UserView(User))
    admin.add_view(PostView(Post))
{%- endif %}
    admin.init_app(app)
