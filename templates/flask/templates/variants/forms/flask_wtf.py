"""The HTML forms, on Flask-WTF: each carries a CSRF token and validates on the server."""

from flask_wtf import FlaskForm
{%- set own_accounts = cookiecutter.auth != "flask-security" %}
{#- Without a model form generator the post form is declared field by field. #}
{%- set fields = ((["EmailField", "PasswordField", "StringField"] if own_accounts else [])
    + (["StringField", "TextAreaField"] if cookiecutter.orm not in ["sqlalchemy", "peewee"] else []))
    | unique | sort %}
{%- set validators = ["DataRequired", "Email", "EqualTo", "Length", "Regexp", "ValidationError"]
    if own_accounts else ["DataRequired", "Length"] %}
{%- if fields %}
from wtforms import {{ fields | join(", ") }}
from wtforms.validators import {{ validators | join(", ") }}
{%- endif %}
{%- if cookiecutter.orm == "sqlalchemy" %}
from wtforms_alchemy import model_form_factory
{%- elif cookiecutter.orm == "peewee" %}
from wtfpeewee.orm import model_form
{%- endif %}
{% if own_accounts or cookiecutter.orm in ["sqlalchemy", "peewee"] %}
{% endif -%}
{% if cookiecutter.orm in ["sqlalchemy", "peewee"] -%}
from .models import Post
{% endif -%}
{% if own_accounts -%}
from .passwords import password_problem
from .posts import store

# Usernames never contain "@", so a login name is unambiguously a username or an email.
USERNAME_PATTERN = r"^[\w.+-]+$"
{% endif -%}
{%- if cookiecutter.orm == "sqlalchemy" %}
ModelForm = model_form_factory(FlaskForm, strip_string_fields=True)


class PostForm(ModelForm):
    """Generated from the Post model: both fields required, the title at most 200 characters."""

    class Meta:
        model = Post
        only = ["title", "body"]
{%- else %}

def strip(value):
    return value.strip() if isinstance(value, str) else value
{%- endif %}
{%- if cookiecutter.orm == "peewee" %}


# Generated from the Post model: both fields required, the title at most 200 characters.
PostForm = model_form(
    Post,
    base_class=FlaskForm,
    only=("title", "body"),
    field_args={"title": {"filters": [strip]}, "body": {"filters": [strip]}},
)
{%- elif cookiecutter.orm in ["mongoengine", "pymongo", "pony"] %}


class PostForm(FlaskForm):
    title = StringField("Title", validators=[DataRequired(), Length(max=200)], filters=[strip])
    body = TextAreaField("Body", validators=[DataRequired()], filters=[strip])
{%- endif %}
{%- if own_accounts %}


class SignupForm(FlaskForm):
    username = StringField(
        "Username",
        validators=[
            DataRequired(),
            Length(max=80),
            Regexp(USERNAME_PATTERN, message="Letters, digits and . + - _ only."),
        ],
    )
    email = EmailField("Email", validators=[DataRequired(), Email(), Length(max=255)])
    password1 = PasswordField("Password", validators=[DataRequired()])
    password2 = PasswordField(
        "Password again",
        validators=[DataRequired(), EqualTo("password1", message="The passwords differ.")],
    )

    def validate_password1(self, field) -> None:
        problem = password_problem(field.data)
        if problem:
            raise ValidationError(problem)

    def validate_username(self, field) -> None:
        if store.find_user(field.data):
            raise ValidationError("This username is taken.")

    def validate_email(self, field) -> None:
        if store.find_user(field.data):
            raise ValidationError("An account with this email exists.")


class LoginForm(FlaskForm):
    username = StringField("Username or email", validators=[DataRequired()])
    password = PasswordField("Password", validators=[DataRequired()])
{%- endif %}
