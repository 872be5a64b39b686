/**
 * Calls `visit` with each line of `text` that holds a match of `pattern` (a global regular
 * expression), once per line and in order, with its 1-based number and its offset in the text,
 * without its `\n`. One
 * search finds the lines; only those are cut out of the text, which is never split whole.
 */
export function forEachLineMatching(
  text: string,
  pattern: RegExp,
  visit: (line: string, number: number, start: number) => void,
): void {
  let number = 1; // the number of the line that starts at `counted`
  let counted = 0;
  pattern.lastIndex = 0;
  for (let hit = pattern.exec(text); hit; hit = pattern.exec(text)) {
    const start = hit.index === 0 ? 0 : text.lastIndexOf('\n', hit.index - 1) + 1;
    const newline = text.indexOf('\n', hit.index);
    const end = newline < 0 ? text.length : newline;
    for (let i = text.indexOf('\n', counted); i >= 0 && i < start; i = text.indexOf('\n', i + 1)) number++;
    counted = start;
    visit(text.slice(start, end), number, start);
    if (newline < 0) return;
    pattern.lastIndex = end + 1;
  }
}

/**
 * Lines continued with a `\` at their end (shell, Dockerfile, systemd and README commands all
 * continue so) joined into one logical line: the backslash dropped, each continuation trimmed and
 * added after one space. `first` is the index of the logical line's first physical line.
 */
export function joinContinued(lines: readonly string[]): { text: string; first: number }[] {
  const out: { text: string; first: number }[] = [];
  let open: { text: string; first: number } | undefined;
  lines.forEach((line, i) => {
    const text = open ? `${open.text} ${line.trim()}` : line;
    const first = open?.first ?? i;
    if (CONTINUED.test(text)) open = { text: text.replace(CONTINUED, ''), first };
    else {
      out.push({ text, first });
      open = undefined;
    }
  });
  if (open) out.push(open);
  return out;
}

const CONTINUED = /\s*\\\s*$/;
