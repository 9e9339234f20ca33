"""What every public read answer gets: conditional GET (ETag, and Last-Modified where an
answer knows it) and CORS, so that browsers and caches use the open API as they should."""

from __future__ import annotations

from flask import Flask, Response, request
from flask_cors import CORS

# Public endpoints any web page may call (no cookies are ever involved): reads, and the
# public writes, a disclosure request and an access application (a form on another
# government site may submit them)
CORS_RESOURCES = {
    r"/api/v1/requests$": {"methods": ["POST", "OPTIONS"]},  # this path only, not its status
    r"/api/v1/datasets/[^/]+/access-requests$": {"methods": ["POST", "OPTIONS"]},
    r"/api/v1/*": {"methods": ["GET", "HEAD", "OPTIONS"]},
    r"/api/3/action/*": {"methods": ["GET", "POST", "OPTIONS"]},
    r"/api/action/*": {"methods": ["GET", "POST", "OPTIONS"]},
    r"/data.json": {"methods": ["GET", "HEAD", "OPTIONS"]},
    r"/feeds/*": {"methods": ["GET", "HEAD", "OPTIONS"]},
    r"/catalog.*": {"methods": ["GET", "HEAD", "OPTIONS"]},
    # a dataset's DCAT-AP (/datasets/<name>.ttl, or its page asked for RDF)
    r"/datasets/*": {"methods": ["GET", "HEAD", "OPTIONS"]},
}


def install(app: Flask) -> None:
    """Conditional GET on every successful read, and CORS on the public endpoints."""
    CORS(app, resources=CORS_RESOURCES, origins="*", send_wildcard=True,
         supports_credentials=False,
         expose_headers=["ETag", "Last-Modified", "Link", "Location", "Retry-After"])
    app.after_request(conditional)


def conditional(response: Response) -> Response:
    """An ETag from the body of a complete 200 answer to a GET or HEAD (a streamed one has
    none), then 304 Not Modified when the client's copy is current."""
    if request.method not in ("GET", "HEAD") or response.status_code != 200 or \
            response.is_streamed or response.direct_passthrough:
        return response
    if not response.get_etag()[0]:
        response.add_etag()
    response.headers.setdefault("Cache-Control", "no-cache")  # revalidate, then reuse
    return response.make_conditional(request)
