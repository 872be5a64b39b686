import { commitId } from '../commit-id.js';
import type { PolicyReport } from '../model/report.js';
import { codeSpan, escapeMarkdown } from './markdown-escape.js';

/**
 * The PR's own changes to the policy, which did not decide this run (policy-from: base): a
 * reviewer sees what the PR tries to change in its gate before merging it. None when it changes nothing.
 */
export function policyChangeLine(policy: PolicyReport): string | undefined {
  const source = policy.source;
  if (!source?.changes.length) return undefined;
  return `⚠️ This PR changes the policy: ${source.changes.map(escapeMarkdown).join('; ')}. It takes effect once merged; this run used the policy of the base commit ${codeSpan(commitId(source.commit))}.`;
}
