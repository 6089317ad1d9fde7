"""Command-line tasks, run as ``flask --app {{ cookiecutter.project_slug }} <command>``."""

import click
from flask import Flask
from flask.cli import with_appcontext

from .passwords import password_problem
from .posts import store


@click.command("create-admin")
@click.argument("username")
@click.argument("email")
@click.password_option(envvar="ADMIN_PASSWORD", help="Read from ADMIN_PASSWORD when set.")
@with_appcontext
def create_admin(username: str, email: str, password: str) -> None:
    """Create a staff user, who may use the admin and edit every post."""
    if store.find_user(username) or store.find_user(email):
        raise click.ClickException(f"a user named {username} or with email {email} exists")
    problem = password_problem(password)
    if problem:
        raise click.ClickException(problem)
    store.create_user(username, email, password, staff=True)
    click.echo(f"Created staff user {username}.")


def init_app(app: Flask) -> None:
    app.cli.add_command(create_admin)
