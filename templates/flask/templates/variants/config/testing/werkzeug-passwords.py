        # One PBKDF2 round for the many passwords the tests hash; the others keep scrypt.
        self.PASSWORD_HASH_METHOD = "pbkdf2:sha256:1"
