
DEFAULT_REDIS_URL = "redis://localhost:6379/0"
