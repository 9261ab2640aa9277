"""The HTTP server: SPARQL 1.1 Protocol endpoint, named queries, entity pages and a query page.

Kept import-light on purpose: query worker processes import kg.server.worker through this package.
Use `from kg.server.app import create_app`.
"""
