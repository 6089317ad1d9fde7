
    # Short-lived access tokens; a refresh token gets new ones until it expires or is revoked.
    JWT_ACCESS_TOKEN_EXPIRES = timedelta(minutes=15)
    JWT_REFRESH_TOKEN_EXPIRES = timedelta(days=30)
