/** Elements from data with text nodes only: nothing from a scanned repository is ever parsed as HTML. */
export type Child = Node | string | number | undefined | null | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

export function append(node: Node, children: Child[]): void {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    node.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** A link only to http(s): a `javascript:` URL in a report must not become a link. */
export function link(href: string | undefined, text: Child): HTMLElement {
  if (!href || !/^https?:\/\//i.test(href)) return el('span', {}, text);
  return el('a', { href, rel: 'noopener noreferrer' }, text);
}

const SVG = 'http://www.w3.org/2000/svg';

/** A fit-score line over the runs, 0..100 bottom to top, with its numbers as the accessible name. */
export function sparkline(points: { fitScore: number; date: string }[]): Element {
  const w = 72;
  const h = 18;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'spark');
  svg.setAttribute('width', String(w));
  svg.setAttribute('height', String(h));
  svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
  svg.setAttribute('role', 'img');
  const label =
    points.length > 1
      ? `fit ${points.map((p) => p.fitScore).join(', ')} over ${points.length} runs`
      : `fit ${points[0]?.fitScore ?? '?'}, one run`;
  svg.setAttribute('aria-label', label);
  const title = document.createElementNS(SVG, 'title');
  title.textContent = label;
  svg.appendChild(title);
  const line = document.createElementNS(SVG, 'polyline');
  const step = points.length > 1 ? (w - 4) / (points.length - 1) : 0;
  line.setAttribute(
    'points',
    points.map((p, i) => `${(2 + i * step).toFixed(1)},${(h - 2 - ((h - 4) * p.fitScore) / 100).toFixed(1)}`).join(' '),
  );
  svg.appendChild(line);
  // the last run as a dot: a single run still shows where it stands
  const last = points.at(-1);
  if (last) {
    const dot = document.createElementNS(SVG, 'circle');
    dot.setAttribute('cx', (2 + (points.length - 1) * step).toFixed(1));
    dot.setAttribute('cy', (h - 2 - ((h - 4) * last.fitScore) / 100).toFixed(1));
    dot.setAttribute('r', '2');
    svg.appendChild(dot);
  }
  return svg;
}
