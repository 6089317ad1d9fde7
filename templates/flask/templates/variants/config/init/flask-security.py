        # Flask-Security keys its HMACs with it (argon2 hashes carry their own random salts).
        self.SECURITY_PASSWORD_SALT = os.environ.get("SECURITY_PASSWORD_SALT", "")
