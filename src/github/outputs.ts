import type { Report } from '../model/report.js';

/** The action's outputs (action.yml) from a report. */
export function outputsFor(report: Report, reportFile: string, commentUrl: string): Record<string, string> {
  return {
    verdict: report.verdict,
    current: report.current,
    recommended: report.recommended,
    'fit-score': String(report.fitScore),
    'node-score': String(report.scores.node),
    'python-score': String(report.scores.python),
    'report-file': reportFile,
    'comment-url': commentUrl,
    failed: String(report.policy.failed),
  };
}
