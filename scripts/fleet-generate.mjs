// Many reports from one real report, for the fleet's browser test (5,000 services) and its bench
// (1,000 reports): each copy names another repository, and its services other folders, owners,
// systems, backends and verdicts, spread deterministically.
export function generateReports(template, { repositories, servicesPerRepository, date = '2026-11-30T12:00:00Z' }) {
  const [first] = template.services;
  if (!first) throw new Error('the template report has no service to copy');
  const reports = [];
  let n = 0;
  for (let r = 0; r < repositories; r++) {
    const name = `acme/repo-${String(r).padStart(4, '0')}`;
    const services = [];
    for (let k = 0; k < servicesPerRepository; k++, n++) {
      const verdict = n % 20 === 0 ? 'mismatch' : n % 10 === 3 ? 'review' : n % 50 === 7 ? 'unknown' : 'fits';
      const current = n % 3 === 0 ? 'python' : 'node';
      const fit = 40 + ((n * 7) % 45);
      const other = verdict === 'mismatch' ? fit + 20 : verdict === 'review' ? fit + 10 : fit - 3;
      const scores = current === 'node' ? { node: fit, python: other } : { node: other, python: fit };
      const { plan: _plan, waiver: _waiver, ...rest } = first;
      services.push({
        ...rest,
        path: `services/svc-${k}`,
        owner: `team-${n % 37}`,
        system: `system-${n % 11}`,
        lifecycle: n % 5 === 0 ? 'experimental' : 'production',
        current,
        verdict,
        fitScore: fit,
        gap: Math.max(0, other - fit),
        scores,
        recommended: other > fit + 5 ? (current === 'node' ? 'python' : 'node') : 'either',
        ...(verdict === 'mismatch' || verdict === 'review'
          ? {
              plan: {
                ...(first.plan ?? {}),
                suggestion: `Split services/svc-${k}/jobs out as its own service. The rest stays.`,
              },
            }
          : {}),
      });
    }
    reports.push({
      ...template,
      repository: { name, commit: (r * 2654435761).toString(16).padStart(40, '0').slice(0, 40), date },
      verdict: services.some((s) => s.verdict === 'mismatch')
        ? 'mismatch'
        : services.some((s) => s.verdict === 'review')
          ? 'review'
          : 'fits',
      services,
    });
  }
  return reports;
}
