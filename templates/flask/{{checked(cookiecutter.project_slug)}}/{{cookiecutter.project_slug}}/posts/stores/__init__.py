"""One implementation of the posts store per ORM; ``posts.store`` re-exports the chosen one."""
