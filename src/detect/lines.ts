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

/** A here-document a shell line opens (`cat > template.yaml <<EOF`, `cat <<'EOF' | sudo tee /etc/x`). */
export interface HereDocument {
  /** The index of the line that opens it, and that line's text before `<<` and after its marker. */
  start: number;
  before: string;
  after: string;
  /**
   * The index of the line that closes it, or the lines' count if none does: the line that starts with the marker as a
   * word (`EOF`, or `EOF'` where the here-document sits inside `bash -c '...'`).
   */
  end: number;
  closed: boolean;
  body: string;
}

const HEREDOC_OPEN = /<<-?\s*(['"]?)(\w+)\1/;

/** The here-documents of a script's lines, in order; a body's lines are never read as lines that open one. */
export function hereDocuments(lines: readonly string[]): HereDocument[] {
  const out: HereDocument[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = HEREDOC_OPEN.exec(lines[i]!);
    if (!open) continue;
    const mark = open[2]!;
    const closing = new RegExp(String.raw`^${mark}(?!\w)`);
    const close = lines.findIndex((l, j) => j > i && closing.test(l.trim()));
    const end = close < 0 ? lines.length : close;
    const line = lines[i]!;
    out.push({
      start: i,
      before: line.slice(0, open.index),
      after: line.slice(open.index + open[0].length),
      end,
      closed: close >= 0,
      body: lines.slice(i + 1, end).join('\n'),
    });
    i = end;
  }
  return out;
}
