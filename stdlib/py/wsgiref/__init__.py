"""wsgiref: util and headers."""
