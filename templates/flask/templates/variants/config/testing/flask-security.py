        self.SECURITY_PASSWORD_SALT = "testing-password-salt"
        # Cheap argon2 for the many passwords the tests hash; the other configurations keep
        # passlib's defaults (64 MiB, 3 passes).
        self.SECURITY_PASSWORD_HASH_PASSLIB_OPTIONS = {
            "argon2__memory_cost": 8,
            "argon2__rounds": 1,
            "argon2__parallelism": 1,
        }
