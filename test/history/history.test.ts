import { afterEach, describe, expect, it } from 'vitest';
import { resolveSettings } from '../../src/config/index.js';
import { history } from '../../src/history/index.js';
import { DEFAULT_PARAMS } from '../../src/score/index.js';
import { historyRepo, SHOP_HISTORY } from './history-repo.js';

const settings = resolveSettings(undefined, {}, { failOn: 'never', params: DEFAULT_PARAMS });
const since = new Date('2025-12-01T00:00:00Z');
const now = new Date('2026-06-01T00:00:00Z');
let repo: ReturnType<typeof historyRepo> | undefined;
afterEach(() => repo?.cleanup());

describe('history of the shop: ML tips the API, live updates go', () => {
  it('finds commit 11 as where the API tipped and commit 16 as where live/ went, with their files', async () => {
    repo = historyRepo(SHOP_HISTORY);
    const h = await history({ root: repo.dir, settings, since, now, sampling: { points: 4 } });
    expect(h.points.at(-1)!.commit.sha).toBe(repo.shas[19]);
    const tip = h.tipping.find((t) => t.service === 'api')!;
    expect(tip.commit).toBe(repo.shas[10]);
    const tipped = h.events[tip.event!]!;
    expect(tipped).toMatchObject({ kind: 'verdict', before: { verdict: 'fits' }, after: { verdict: 'review' } });
    expect(tipped.commit.subject).toBe('Train product recommendations in the API with TensorFlow.js');
    expect(tipped.commit.author).toBe('Ana Lytics');
    expect(tipped.files).toEqual(
      expect.arrayContaining(['api/src/ml/train.js', 'api/src/ml/predict.js', 'api/package.json']),
    );
    expect(tipped.changes.map((c) => c.id)).toEqual(expect.arrayContaining(['signal.ml', 'verdict', 'score.python']));
    const gone = h.events.find((e) => e.service === 'live' && e.kind === 'disappeared')!;
    expect(gone.commit.sha).toBe(repo.shas[15]);
    expect(gone.files).toEqual(['live/package.json', 'live/src/presence.js', 'live/src/server.js']);
    expect(gone.notBefore).toBeUndefined();
  });
});
