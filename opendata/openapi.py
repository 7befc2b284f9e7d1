"""The OpenAPI 3.1 document of /api/v1/, built from the resources' field lists."""

from .fields import RESOURCES, TOOLS
from .selectors import PAGE_SIZE, PAGE_SIZE_MAX

_ERROR = {
    "description": "A plain-language explanation in `error`.",
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "required": ["error"],
                "properties": {"error": {"type": "string"}},
            }
        }
    },
}


def _list_operation(resource) -> dict:
    name = resource.name
    return {
        "get": {
            "operationId": f"list_{name}",
            "summary": f"{resource.title}, a page at a time",
            "parameters": [
                {
                    "name": "page",
                    "in": "query",
                    "schema": {"type": "integer", "minimum": 1, "default": 1},
                },
                {
                    "name": "page_size",
                    "in": "query",
                    "schema": {
                        "type": "integer",
                        "minimum": 1,
                        "maximum": PAGE_SIZE_MAX,
                        "default": PAGE_SIZE,
                    },
                },
            ],
            "responses": {
                "200": {
                    "description": f"One page of {name}.",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["count", "page", "page_size", "next", "previous"],
                                "properties": {
                                    "count": {"type": "integer"},
                                    "page": {"type": "integer"},
                                    "page_size": {"type": "integer"},
                                    "next": {"type": ["string", "null"], "format": "uri"},
                                    "previous": {"type": ["string", "null"], "format": "uri"},
                                    "results": {
                                        "type": "array",
                                        "items": {"$ref": f"#/components/schemas/{name}"},
                                    },
                                },
                            }
                        }
                    },
                },
                "400": _ERROR,
                "404": _ERROR,
            },
        }
    }


def _csv_operation(resource) -> dict:
    return {
        "get": {
            "operationId": f"csv_{resource.name}",
            "summary": f"All {resource.name} as CSV (UTF-8 with BOM, one column per field; "
            "lists joined by '|', objects as JSON)",
            "responses": {
                "200": {
                    "description": "CSV file.",
                    "content": {"text/csv": {"schema": {"type": "string"}}},
                }
            },
        }
    }


def document(*, server: str) -> dict:
    paths = {}
    for name, resource in RESOURCES.items():
        paths[f"/{name}/"] = _list_operation(resource)
        paths[f"/{name}.csv"] = _csv_operation(resource)
    paths["/tools/{slug}/"] = {
        "get": {
            "operationId": "get_tool",
            "summary": "One tool",
            "parameters": [
                {"name": "slug", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "responses": {
                "200": {
                    "description": "The tool.",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": f"#/components/schemas/{TOOLS.name}"}
                        }
                    },
                },
                "404": _ERROR,
            },
        }
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Toolwijzer open data",
            "version": "1",
            "description": (
                "Read-only data of Toolwijzer: tools for social work with their facts and "
                "screenings, published practices and guides. Unknown facts are null. "
                "See docs/opendata.md in the source repository."
            ),
        },
        "servers": [{"url": server}],
        "paths": paths,
        "components": {
            "schemas": {name: resource.schema() for name, resource in RESOURCES.items()}
        },
    }
