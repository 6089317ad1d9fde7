
    # The HTML blueprints check CSRF tokens themselves; the JSON API authenticates every request.
    WTF_CSRF_CHECK_DEFAULT = False
