        self.CACHE_REDIS_URL = os.environ.get("REDIS_URL") or DEFAULT_REDIS_URL
