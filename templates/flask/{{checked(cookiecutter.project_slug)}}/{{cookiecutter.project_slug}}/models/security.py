"""What Flask-Security-Too asks of the user model, the same for every ORM.

Staff is the project's one role, and the ``is_staff`` column stays its source of truth: the admin
shows and sets it, and ``flask create-admin`` sets it. ``roles`` presents it the way
Flask-Security reads roles, so ``user.has_role("staff")`` and ``@roles_required("staff")`` work
without a roles table to keep in step with the column.
"""

import uuid
from dataclasses import dataclass, field

from flask_security import RoleMixin, UserMixin, hash_password, verify_password

STAFF = "staff"


@dataclass(frozen=True, eq=False)
class Role(RoleMixin):
    """A role as Flask-Security sees one; compared by name."""

    name: str
    permissions: list[str] = field(default_factory=list)


def new_uniquifier() -> str:
    """The value Flask-Security puts in the session cookie; changing it logs the user out."""
    return uuid.uuid4().hex


class SecurityUserMixin(UserMixin):
    """Roles from ``is_staff``, and passwords hashed as Flask-Security is configured (argon2)."""

    @property
    def roles(self) -> list[Role]:
        return [Role(STAFF)] if self.is_staff else []

    def set_password(self, password: str) -> None:
        self.password = hash_password(password)

    def check_password(self, password: str) -> bool:
        return verify_password(password, self.password)
