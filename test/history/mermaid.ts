/**
 * A strict check of the Mermaid subset the history emits (xychart-beta with a title, one x-axis
 * of quoted labels, a numeric y-axis range and line series), written from Mermaid's xychart
 * grammar: a chart that passes renders; anything outside the subset is an error here, even where
 * Mermaid itself would accept it.
 */
export function mermaidErrors(block: string): string[] {
  const errors: string[] = [];
  const lines = block.split('\n');
  if (lines[0] !== '```mermaid' || lines.at(-1) !== '```') errors.push('not a ```mermaid fenced block');
  const body = lines.slice(1, -1);
  if (body[0] !== 'xychart-beta') errors.push(`first line must be xychart-beta, got "${body[0]}"`);
  const quoted = '"[^"`\\n]*"';
  let xCount: number | undefined;
  let lineCount = 0;
  let title = 0;
  let yAxis = 0;
  for (const line of body.slice(1)) {
    let m: RegExpExecArray | null;
    if (new RegExp(`^ {4}title ${quoted}$`).test(line)) title++;
    else if ((m = new RegExp(`^ {4}x-axis \\[(${quoted}(?:, ${quoted})*)\\]$`).exec(line))) {
      if (xCount !== undefined) errors.push('two x-axis lines');
      xCount = m[1]!.match(new RegExp(quoted, 'g'))!.length;
    } else if ((m = /^ {4}y-axis "[^"`\n]*" (\d+(?:\.\d+)?) --> (\d+(?:\.\d+)?)$/.exec(line))) {
      yAxis++;
      if (Number(m[1]) >= Number(m[2])) errors.push(`y-axis range ${m[1]} --> ${m[2]} is empty`);
    } else if ((m = /^ {4}line \[(-?\d+(?:\.\d+)?(?:, -?\d+(?:\.\d+)?)*)\]$/.exec(line))) {
      lineCount++;
      const n = m[1]!.split(', ').length;
      if (xCount === undefined) errors.push('a line before the x-axis');
      else if (n !== xCount) errors.push(`a line of ${n} values on an x-axis of ${xCount} labels`);
    } else errors.push(`not in the subset: "${line}"`);
  }
  if (title !== 1) errors.push(`${title} titles`);
  if (yAxis !== 1) errors.push(`${yAxis} y-axis lines`);
  if (lineCount === 0) errors.push('no line series');
  return errors;
}

/** Every ```mermaid block of a Markdown text. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n[\s\S]*?\n```$/gm)].map((m) => m[0]);
}
