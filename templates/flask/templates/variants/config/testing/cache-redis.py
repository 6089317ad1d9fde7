        # The Redis that REDIS_URL names, or an in-process cache when there is none.
        if not os.environ.get("REDIS_URL"):
            self.CACHE_TYPE = "SimpleCache"
