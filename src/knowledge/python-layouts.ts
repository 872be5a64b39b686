/**
 * Folders of a Python project that hold its importable packages once the project is installed
 * (`pip install .`, `uv sync`, `poetry install`), not importable from the project's own folder:
 * the PyPA src layout. `python -m shop.worker` run where the project was installed imports
 * `src/shop/worker.py`, as does an app server's `shop.api:app`. Looked up after the module's path
 * from the folder the command runs in, which Python tries first.
 */
export const PYTHON_SOURCE_ROOTS: readonly string[] = ['src'];
