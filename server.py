"""The WSGI application, for any WSGI server: ``gunicorn 'server:app'`` (``vnkg serve`` does this).

Settings come from the environment (``VNKG_*``) and the config file (``VNKG_CONFIG``).
"""

from graph.web import create_app

app = create_app()
