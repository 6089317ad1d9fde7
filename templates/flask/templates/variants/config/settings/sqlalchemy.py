
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True}
