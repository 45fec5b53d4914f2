"""The workspace's own tools: the generator (`codegen`, run as `python -m scripts.generate`), mock servers, the demo.

`scripts` is imported as a package from the repository root (`python -m`, pytest's `pythonpath = ["."]`),
so nothing edits `sys.path`.
"""
