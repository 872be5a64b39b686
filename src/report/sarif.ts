import { pullsTowards } from '../knowledge/effects.js';
import { serviceName } from '../model/facts.js';
import type { Report, ServiceReport } from '../model/report.js';
import { VERSION } from '../version.js';
import { BACKEND_NAMES, verdictSentence } from './words.js';

const RULES = [
  {
    id: 'backend-fit/mismatch',
    name: 'BackendMismatch',
    text: 'The backend in use scores more than the mismatch threshold below the other backend.',
    level: 'warning',
  },
  {
    id: 'backend-fit/review',
    name: 'BackendReview',
    text: 'The backend in use scores more than the review threshold below the other backend.',
    level: 'note',
  },
  {
    id: 'backend-fit/evidence',
    name: 'BackendEvidence',
    text: 'A finding that supports moving this service to the recommended backend.',
    level: 'note',
  },
] as const;

/** At most this many evidence results per service, so a large repo stays a readable SARIF file. */
const MAX_EVIDENCE_RESULTS = 25;

/** SARIF 2.1.0: one result per service that is review or mismatch, and one per finding behind it. */
export function renderSarif(report: Report): string {
  const results = report.services
    .filter((s) => s.verdict === 'review' || s.verdict === 'mismatch')
    .flatMap((s) => resultsFor(s, report.services));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'backend-fit',
            version: VERSION,
            informationUri: 'https://github.com/backend-fit/backend-fit',
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.name,
              shortDescription: { text: r.text },
              defaultConfiguration: { level: r.level },
              help: {
                text: 'See the criteria table in the backend-fit report; waive a known mismatch in .github/backend-fit.yml.',
              },
            })),
          },
        },
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

function resultsFor(service: ServiceReport, services: readonly ServiceReport[]) {
  const rule = service.verdict === 'mismatch' ? RULES[0] : RULES[1];
  const anchor = service.signals.find((s) => s.id === 'web-framework')?.evidence[0] ?? service.signals[0]?.evidence[0];
  const verdict = {
    ruleId: rule.id,
    level: rule.level,
    message: { text: `${serviceName(service, services)}: ${verdictSentence(service)}${planSentence(service)}` },
    locations: [location(anchor?.file ?? service.path, anchor?.line)],
  };
  const target = service.recommended === 'node' || service.recommended === 'python' ? service.recommended : undefined;
  const evidence = service.signals
    .filter((s) => s.id !== 'web-framework' && target !== undefined && pullsTowards(s, target))
    .flatMap((s) => s.evidence.filter((e) => e.kind !== 'more').map((e) => ({ s, e })))
    .slice(0, MAX_EVIDENCE_RESULTS)
    .map(({ s, e }) => ({
      ruleId: RULES[2].id,
      level: 'note',
      message: {
        text: `${s.id} (${s.strength.toFixed(2)}) supports ${target ? BACKEND_NAMES[target] : 'the other backend'}: ${e.detail}`,
      },
      locations: [location(e.file, e.line)],
    }));
  return [verdict, ...evidence];
}

/** The plan as the rest of the verdict's message: what to do, and the guide's sentence it follows. */
function planSentence(service: ServiceReport): string {
  const plan = service.plan;
  return plan ? ` What to do: ${plan.suggestion} (the guide, ${plan.cites.guide}: “${plan.guide}”)` : '';
}

function location(uri: string, line?: number) {
  return {
    physicalLocation: {
      artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
      ...(line ? { region: { startLine: line } } : {}),
    },
  };
}
