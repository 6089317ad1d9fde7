"""The JSON API of the posts; its OpenAPI document is /api/openapi.json."""
