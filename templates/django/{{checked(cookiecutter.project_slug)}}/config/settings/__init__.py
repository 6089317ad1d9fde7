"""Settings split by environment: ``local``, ``test`` and ``production`` build on ``base``."""
