import { serviceName as qualifiedName } from '../model/facts.js';
import { codeSpan, escapeMarkdown } from '../report/markdown-escape.js';
import { BACKEND_NAMES, VERDICT_EMOJI } from '../report/words.js';
import { DRIFTING, serviceKey, type Fleet, type FleetService } from './types.js';

/** GitHub's job summary takes 1 MiB per step; this leaves room for whatever else the step writes. */
export const SUMMARY_LIMIT = 1_000_000;

const NO_OWNER = '(no owner)';
const RANK = { mismatch: 0, review: 1, unknown: 2, fits: 3 } as const;

/**
 * The fleet in Markdown for the job summary: what needs attention first (drifting services by
 * owner), then what changed, the counts, reports that could not be read, and every service as
 * far as the limit allows. Sections past the limit are cut with a line that says how many rows
 * were left out; the page and fleet.json hold them all.
 */
export function renderFleetSummary(fleet: Fleet, options: { limit?: number } = {}): string {
  const limit = options.limit ?? SUMMARY_LIMIT;
  const out = new Budget(limit - 400);
  const { counts } = fleet;
  out.line(`## backend-fit across ${counts.repositories} repositories: ${counts.services} services`);
  out.line('');
  out.line(
    (['mismatch', 'review', 'fits', 'unknown'] as const)
      .map((v) => `${VERDICT_EMOJI[v]} ${counts.byVerdict[v]} ${v}`)
      .join(' · ') +
      ' — ' +
      (['node', 'python', 'both', 'none'] as const)
        .filter((b) => counts.byBackend[b] > 0)
        .map((b) => `${BACKEND_NAMES[b]} ${counts.byBackend[b]}`)
        .join(' · '),
  );
  out.line('');

  const drifting = fleet.services.filter((s) => DRIFTING.has(s.verdict));
  out.line(`### Needs attention: ${drifting.length} drifting service${drifting.length === 1 ? '' : 's'}`);
  out.line('');
  if (drifting.length === 0) out.line('No service is in review or mismatch.');
  const byOwner = groupBy(drifting, (s) => s.owner || NO_OWNER);
  const owners = [...byOwner].sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b));
  rows: for (const [owner, list] of owners) {
    if (!out.line(`**${codeSpan(owner)}** (${list.length})\n`)) break;
    const sorted = [...list].sort((a, b) => RANK[a.verdict] - RANK[b.verdict] || a.fitScore - b.fitScore);
    for (const [i, s] of sorted.entries()) {
      if (
        !out.line(
          `- ${VERDICT_EMOJI[s.verdict]} ${serviceName(s, fleet.services)}: ${scoresOf(s)}${s.plan ? ` — ${escapeMarkdown(s.plan)}` : ''}`,
        )
      ) {
        out.cut(`- … ${sorted.length - i} more of this owner, and the owners after it: see the page`);
        break rows;
      }
    }
    out.line('');
  }

  const { changes } = fleet;
  if (fleet.previous || changes.newDrifts.length + changes.fixed.length + changes.newServices.length > 0) {
    out.line(`### Since the last run${fleet.previous ? ` (${fleet.previous.generatedAt.slice(0, 10)})` : ''}`);
    out.line('');
    const find = new Map(fleet.services.map((s) => [serviceKey(s, fleet.services), s]));
    for (const [title, keys] of [
      ['New drifts', changes.newDrifts],
      ['Fixed', changes.fixed],
      ['New services', changes.newServices],
      ['Gone', changes.gone],
    ] as const) {
      const shown = keys.map((k) => (find.get(k) ? serviceName(find.get(k)!, fleet.services) : codeSpan(k)));
      if (
        !out.line(
          `- ${title} (${keys.length}): ${shown.slice(0, 50).join(', ') || 'none'}${keys.length > 50 ? ', …' : ''}`,
        )
      )
        break;
    }
    out.line('');
  }

  if (fleet.problems.length > 0) {
    out.line(`### Reports not used: ${fleet.problems.length}`);
    out.line('');
    for (const [i, p] of fleet.problems.entries()) {
      if (!out.line(`- ${p.kind}: ${escapeMarkdown(p.message)}`)) {
        out.cut(`- … ${fleet.problems.length - i} more`);
        break;
      }
    }
    out.line('');
  }

  out.line('### Every service');
  out.line('');
  out.line('| repository | service | owner | backend | verdict | fit | Node.js | Python |');
  out.line('| --- | --- | --- | --- | --- | ---: | ---: | ---: |');
  const all = [...fleet.services].sort((a, b) => RANK[a.verdict] - RANK[b.verdict] || a.fitScore - b.fitScore);
  for (const [i, s] of all.entries()) {
    const cell = (v?: string) => (v ? codeSpan(v, { inTable: true }) : '');
    const row = `| ${cell(s.repository)} | ${cell(qualifiedName(s, fleet.services))} | ${cell(s.owner)} | ${s.current} | ${VERDICT_EMOJI[s.verdict]} ${s.verdict} | ${s.fitScore} | ${s.scores.node} | ${s.scores.python} |`;
    if (!out.line(row)) {
      out.cut(
        `\n${all.length - i} more services are not listed here (the summary's 1 MiB): see the page or fleet.json.`,
      );
      break;
    }
  }
  return out.text();
}

/** A service as the summary names it: its repository, and its folder with the kind that tells two at one folder apart. */
function serviceName(s: FleetService, beside: readonly FleetService[]): string {
  return `${codeSpan(s.repository)} ${codeSpan(qualifiedName(s, beside))}`;
}

function scoresOf(s: FleetService): string {
  return `${s.verdict}, fit ${s.fitScore} on ${BACKEND_NAMES[s.current]} (Node.js ${s.scores.node}, Python ${s.scores.python})`;
}

function groupBy<T>(list: T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of list) {
    const group = map.get(key(item));
    if (group) group.push(item);
    else map.set(key(item), [item]);
  }
  return map;
}

/** Lines up to a byte budget; the cut line goes in the room kept for it. */
class Budget {
  private readonly parts: string[] = [];
  private bytes = 0;
  constructor(private readonly limit: number) {}
  line(text: string): boolean {
    const size = Buffer.byteLength(text) + 1;
    if (this.bytes + size > this.limit) return false;
    this.parts.push(text);
    this.bytes += size;
    return true;
  }
  cut(text: string): void {
    this.parts.push(text);
    this.bytes += Buffer.byteLength(text) + 1;
  }
  text(): string {
    return this.parts.join('\n') + '\n';
  }
}
