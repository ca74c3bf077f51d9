"""A package for the import oracle program."""
X = 'pkg init'
from .helper import H
