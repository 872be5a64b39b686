import type { Backend } from '../model/common.js';

/** The two backends' names as people write them: the one place every report and reason takes them from. */
export const BACKEND_DISPLAY: Readonly<Record<Backend, string>> = { node: 'Node.js', python: 'Python' };
