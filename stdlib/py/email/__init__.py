"""email: only email.utils is provided."""
