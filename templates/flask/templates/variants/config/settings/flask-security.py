
    # Flask-Security-Too serves sign-up, login and logout at /accounts/, as blueprint "accounts".
    SECURITY_BLUEPRINT_NAME = "accounts"
    SECURITY_URL_PREFIX = "/accounts"
    SECURITY_REGISTERABLE = True
    SECURITY_REGISTER_URL = "/signup/"
    SECURITY_LOGIN_URL = "/login/"
    SECURITY_LOGOUT_URL = "/logout/"
    SECURITY_LOGOUT_METHODS = ["POST"]
    # Logging out needs the CSRF token too (by default a forged POST could log users out);
    # Flask-Security checks it only when WTF_CSRF_ENABLED is set, not merely defaulted.
    SECURITY_LOGOUT_CSRF = True
    WTF_CSRF_ENABLED = True
    # Users choose a username (posts show it) and log in with it or with their email.
    SECURITY_USERNAME_ENABLE = True
    SECURITY_USERNAME_REQUIRED = True
    SECURITY_USERNAME_MIN_LENGTH = 1
    SECURITY_USERNAME_MAX_LENGTH = 80  # the column's length
    SECURITY_PASSWORD_HASH = "argon2"
    # Roles come from the users' is_staff column (models/security.py): no roles table to join.
    SECURITY_JOIN_USER_ROLES = False
    # No mail server: nothing is mailed on sign-up, and emails are checked without DNS look-ups.
    SECURITY_SEND_REGISTER_EMAIL = False
    SECURITY_EMAIL_VALIDATOR_ARGS = {"check_deliverability": False}
