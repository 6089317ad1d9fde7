        self.SECURITY_PASSWORD_SALT = self.SECURITY_PASSWORD_SALT or "development-password-salt"
