"""Tests of the generated clients and of the generator pipeline (a package: test module names
like test_models may exist elsewhere under tests/ too)."""
