/** Source files a code pattern applies to, by language. */
export const JS_FILE = /\.(?:[cm]?[jt]sx?)$/;
export const PY_FILE = /\.py$/;
