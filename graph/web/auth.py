"""Write access: updates and Graph Store writes need the configured bearer token.

No token configured: the server is read-only and refuses writes with 403. A token configured:
a write must carry ``Authorization: Bearer <token>`` (401 otherwise), compared in constant time.
Reads never need a token.
"""

from __future__ import annotations

import hmac

from flask import request

from graph.web.errors import ApiError

__all__ = ["require_write_token"]

_CHALLENGE = 'Bearer realm="vnkg"'


def require_write_token(token: str | None) -> None:
    """Raise ApiError (403 read-only, 401 missing or wrong token) unless the request may write."""
    if not token:
        raise ApiError(403, "this server is read-only: writes need an update token configured on the server "
                            "(VNKG_UPDATE_TOKEN) and presented as 'Authorization: Bearer <token>'")
    header = request.headers.get("Authorization", "")
    scheme, _, presented = header.partition(" ")
    if scheme.lower() != "bearer" or not presented.strip():
        raise ApiError(401, "this request writes to the store: present the update token as "
                            "'Authorization: Bearer <token>'", {"WWW-Authenticate": _CHALLENGE})
    if not hmac.compare_digest(presented.strip().encode("utf-8"), token.encode("utf-8")):
        raise ApiError(401, "the bearer token presented is not this server's update token",
                       {"WWW-Authenticate": f'{_CHALLENGE}, error="invalid_token"'})
