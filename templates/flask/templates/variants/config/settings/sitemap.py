
    # Sitemap URLs take the request's scheme, not Flask-Sitemap's fixed "http".
    SITEMAP_URL_SCHEME = None
