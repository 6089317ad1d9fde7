
    # Werkzeug's password hashing (its default, scrypt); the tests use a cheaper one.
    PASSWORD_HASH_METHOD = "scrypt"
