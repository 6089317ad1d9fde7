        self.MONGODB_URI = os.environ.get("MONGODB_URI") or DEFAULT_MONGODB_URI
