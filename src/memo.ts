/** Stands for an answer of `undefined` among those kept. */
const NONE = Symbol('none');

/**
 * `fn` with its answers kept, at most `kept` of them (all go when full): for a pure question
 * asked over and over of the same few values (a folder, an import specifier) in a process that
 * may scan many trees.
 */
export function memoized<R>(fn: (key: string) => R, kept: number): (key: string) => R {
  const answers = new Map<string, R | typeof NONE>();
  return (key) => {
    const known = answers.get(key);
    if (known !== undefined) return (known === NONE ? undefined : known) as R;
    const answer = fn(key);
    if (answers.size >= kept) answers.clear();
    answers.set(key, answer === undefined ? NONE : answer);
    return answer;
  };
}

/** `fn`'s answer, computed the first time it is asked for: work that only some paths of a run need. */
export function once<R>(fn: () => R): () => R {
  let answer: { value: R } | undefined;
  return () => (answer ??= { value: fn() }).value;
}
