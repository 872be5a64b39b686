/** Source files a code pattern applies to, by language. */
export const JS_FILE = /\.(?:[cm]?[jt]sx?)$/;
export const PY_FILE = /\.py$/;

/**
 * A path a deploy command or function list gives for its code that names a file by its extension (`actions/greet.js`,
 * `main.py`, `hello.go`) rather than a folder (`.`, `./src`): the code is that file's folder. A folder with a dot in its
 * name (`api.v2`) reads as a file too; deploy tools' documented examples name folders without one.
 */
export const SOURCE_FILE_PATH = /[^/.]\.\w+$/;
