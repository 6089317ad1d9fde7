"""The post as the rest of the application sees it: plain data, whatever the ORM."""

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Post:
    id: int | str
    title: str
    body: str
    author: str
    author_id: int | str
    created: datetime  # timezone-aware, UTC
