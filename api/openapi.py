"""The OpenAPI 3 document of REST API v1."""

from __future__ import annotations

from typing import Any

from catalog.metadata import FORMAT_MEDIA_TYPES, OPEN_CONDITIONS, THEMES
from catalog.search import FACET_FIELDS, SORTS
from catalog.search.model import MAX_RESULT_WINDOW

ERROR = {"$ref": "#/components/responses/Error"}


def _param(name: str, description: str, schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "description": description, "schema": schema, **extra}


def openapi_document(server_url: str) -> dict[str, Any]:
    """OpenAPI 3.0 description of the read API; `server_url` is where it is served."""
    filter_params = [
        _param("publisher", "Publisher code; repeat for OR.", {"type": "string"}, explode=True),
        _param(
            "theme", "Theme (数据领域); repeat for OR.", {"type": "string", "enum": list(THEMES)}
        ),
        _param(
            "format",
            "Resource format; repeat for OR.",
            {"type": "string", "enum": list(FORMAT_MEDIA_TYPES)},
        ),
        _param(
            "open_condition",
            "开放属性; repeat for OR.",
            {"type": "string", "enum": list(OPEN_CONDITIONS)},
        ),
        _param("keyword", "Keyword; repeat for OR.", {"type": "string"}),
    ]
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "govcat open data API",
            "version": "1",
            "description": "Read access to the published, privacy-screened datasets.",
        },
        "servers": [{"url": server_url}],
        "paths": {
            "/api/v1/datasets": {
                "get": {
                    "summary": "Search datasets",
                    "operationId": "searchDatasets",
                    "parameters": [
                        _param(
                            "q", "Free text; Chinese is segmented into words.", {"type": "string"}
                        ),
                        *filter_params,
                        _param(
                            "sort", "Order of results.", {"type": "string", "enum": list(SORTS)}
                        ),
                        _param("modified_since", "Only datasets modified at or after this "
                               "ISO 8601 date or datetime.", {"type": "string"}),
                        _param("modified_until", "Only datasets modified at or before this "
                               "ISO 8601 date (its whole day) or datetime.", {"type": "string"}),
                        _param(
                            "page",
                            f"Page number; page × per_page may reach result {MAX_RESULT_WINDOW}"
                            " at most.",
                            {"type": "integer", "minimum": 1, "maximum": MAX_RESULT_WINDOW},
                        ),
                        _param(
                            "per_page",
                            "Results per page.",
                            {"type": "integer", "minimum": 1, "maximum": 100},
                        ),
                    ],
                    "responses": {
                        "200": {
                            "description": "A page of datasets with facet counts.",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/DatasetPage"}
                                }
                            },
                        },
                        "400": ERROR,
                    },
                }
            },
            "/api/v1/datasets/{dataset}": {
                "get": {
                    "summary": "One dataset with its resources",
                    "operationId": "getDataset",
                    "parameters": [_path_param("dataset", "Dataset id or name.")],
                    "responses": {
                        "200": {
                            "description": "The dataset's published revision.",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Dataset"}
                                }
                            },
                        },
                        "404": ERROR,
                        "410": {
                            "description": "The dataset was withdrawn (it left its source): "
                                           "the error and its tombstone.",
                            "content": {"application/json": {"schema": {
                                "type": "object",
                                "properties": {
                                    "error": {"$ref": "#/components/schemas/Error"},
                                    "withdrawn": {"type": "object", "properties": {
                                        "name": {"type": "string"},
                                        "withdrawn_at": {"type": "string",
                                                         "format": "date-time"},
                                        "reason": {"type": "string"},
                                    }},
                                },
                            }}},
                        },
                    },
                }
            },
            "/api/v1/datasets/{dataset}/resources/{resource_id}/download": {
                "get": {
                    "summary": "Download a resource's screened file",
                    "operationId": "downloadResource",
                    "parameters": [
                        _path_param("dataset", "Dataset id or name."),
                        _path_param("resource_id", "Resource id."),
                    ],
                    "responses": {
                        "200": {
                            "description": "The file, as published after the privacy screen.",
                            "content": {
                                media_type: {"schema": {"type": "string", "format": "binary"}}
                                for media_type in FORMAT_MEDIA_TYPES.values()
                            },
                        },
                        "403": ERROR,
                        "404": ERROR,
                    },
                }
            },
            "/api/v1/publishers": {
                "get": {
                    "summary": "Publishers (departments)",
                    "operationId": "listPublishers",
                    "responses": {
                        "200": {
                            "description": "Every publisher with its number of public datasets.",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {
                                            "data": {
                                                "type": "array",
                                                "items": {"$ref": "#/components/schemas/Publisher"},
                                            },
                                            "total": {"type": "integer"},
                                        },
                                    }
                                }
                            },
                        }
                    },
                }
            },
            "/api/v1/sources": {
                "get": {
                    "summary": "Harvest sources, each with its last job",
                    "operationId": "listSources",
                    "responses": {"200": _list_of("Source", "Every harvest source.")},
                }
            },
            "/api/v1/sources/{name}/jobs": {
                "get": {
                    "summary": "A source's harvest jobs, newest first (the last 100)",
                    "operationId": "listSourceJobs",
                    "parameters": [_path_param("name", "The source's name.")],
                    "responses": {"200": _list_of("Job", "The source's jobs."), "404": ERROR},
                }
            },
            "/api/v1/openapi.json": {
                "get": {
                    "summary": "This document",
                    "operationId": "openapi",
                    "responses": {"200": {"description": "OpenAPI 3 document."}},
                }
            },
        },
        "components": {
            "responses": {
                "Error": {
                    "description": "An error.",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
                    },
                }
            },
            "schemas": _schemas(),
        },
    }


def _list_of(schema: str, description: str) -> dict[str, Any]:
    """A 200 response {"data": [schema...], "total"}."""
    return {
        "description": description,
        "content": {"application/json": {"schema": {
            "type": "object",
            "properties": {
                "data": {"type": "array", "items": {"$ref": f"#/components/schemas/{schema}"}},
                "total": {"type": "integer"},
            },
        }}},
    }


def _path_param(name: str, description: str) -> dict[str, Any]:
    return {
        "name": name,
        "in": "path",
        "required": True,
        "description": description,
        "schema": {"type": "string"},
    }


def _schemas() -> dict[str, Any]:
    string, nullable = {"type": "string"}, {"type": "string", "nullable": True}
    return {
        "Error": {
            "type": "object",
            "required": ["error"],
            "properties": {
                "error": {
                    "type": "object",
                    "required": ["code", "message"],
                    "properties": {"code": string, "message": string},
                }
            },
        },
        "Job": {
            "type": "object",
            "properties": {
                "id": string,
                "source": string,
                "status": {"type": "string", "enum": ["running", "finished", "failed"]},
                "started": {"type": "string", "format": "date-time"},
                "finished": {"type": "string", "format": "date-time", "nullable": True},
                "counts": {"type": "object", "properties": {
                    name: {"type": "integer"} for name in (
                        "added", "updated", "unchanged", "withdrawn", "held", "invalid",
                        "errored")}},
                "errors": {"type": "array", "items": {"type": "object", "properties": {
                    "key": string, "message": string}}},
            },
        },
        "Source": {
            "type": "object",
            "properties": {
                "name": string,
                "type": string,
                "publisher": string,
                "url": string,
                "organizations": {"type": "array", "items": string},
                "groups": {"type": "array", "items": string},
                "last_job": {"allOf": [{"$ref": "#/components/schemas/Job"}], "nullable": True},
            },
        },
        "Publisher": {
            "type": "object",
            "properties": {
                "code": string,
                "id": string,
                "name": string,
                "name_en": nullable,
                "description": nullable,
                "dataset_count": {"type": "integer"},
                "created": {"type": "string", "format": "date-time"},
            },
        },
        "Resource": {
            "type": "object",
            "properties": {
                "id": string,
                "name": string,
                "title": nullable,
                "description": nullable,
                "format": string,
                "media_type": string,
                "size": {"type": "integer", "nullable": True},
                "checksum": nullable,
                "row_count": {"type": "integer", "nullable": True},
                "schema": {"type": "object", "nullable": True, "description": "Table Schema"},
                "validation_status": string,
                "download_url": {
                    "type": "string",
                    "nullable": True,
                    "description": "null unless the dataset is unconditionally open, and "
                                   "for a link resource",
                },
                "url": {
                    "type": "string",
                    "nullable": True,
                    "description": "a link resource's address at its source (not fetched, "
                                   "screened or served by govcat); null for files, and unless "
                                   "the dataset is unconditionally open",
                },
                "screened": {
                    "type": "boolean",
                    "description": "false for a link resource: its content was not screened",
                },
            },
        },
        "Dataset": {
            "type": "object",
            "properties": {
                "id": string,
                "name": string,
                "title": string,
                "title_en": string,
                "description": string,
                "publisher": {
                    "type": "object",
                    "properties": {"code": string, "name": string},
                },
                "theme": string,
                "keywords": {"type": "array", "items": string},
                "open_condition": {"type": "string", "enum": list(OPEN_CONDITIONS)},
                "legal_basis": string,
                "access_conditions": string,
                "license": string,
                "update_frequency": string,
                "issued": {"type": "string", "format": "date"},
                "modified": {"type": "string", "format": "date"},
                "temporal_start": {"type": "string", "format": "date"},
                "temporal_end": {"type": "string", "format": "date"},
                "spatial": string,
                "contact_point": {"type": "object"},
                "language": string,
                "resources": {"type": "array", "items": {"$ref": "#/components/schemas/Resource"}},
                "revision": {"type": "integer"},
                "metadata_modified": string,
                "published_at": nullable,
                "validation_status": string,
                "privacy_status": string,
            },
        },
        "DatasetPage": {
            "type": "object",
            "required": ["data", "total", "page", "per_page", "links", "facets"],
            "properties": {
                "data": {"type": "array", "items": {"$ref": "#/components/schemas/Dataset"}},
                "total": {"type": "integer"},
                "page": {"type": "integer"},
                "per_page": {"type": "integer"},
                "links": {
                    "type": "object",
                    "description": "the same search at other pages (also in the Link header)",
                    "properties": {rel: {"type": "string", "nullable": True}
                                   for rel in ("self", "first", "prev", "next", "last")},
                },
                "facets": {
                    "type": "object",
                    "properties": {
                        name: {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "properties": {"value": string, "count": {"type": "integer"}},
                            },
                        }
                        for name in FACET_FIELDS
                    },
                },
            },
        },
    }
