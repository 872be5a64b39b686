import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/index.js';
import { InputError } from '../../src/github/inputs.js';
import { catalogChanges, changedKeys, readBasePolicy } from '../../src/github/policy-source.js';
import { scannedFile, type ScannedFile } from '../../src/model/scan.js';
import { classify, scan } from '../../src/scan/index.js';
import { gitRepo } from '../delta/git-repo.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A repository with a base commit and a head commit (checked out); returns the base's SHA. */
function repo(base: Record<string, string>, head: Record<string, string | null>) {
  const r = gitRepo();
  dirs.push(r.dir);
  r.write({ 'package.json': '{"name":"x"}', ...base });
  const sha = r.commit('base');
  for (const [name, text] of Object.entries(head)) {
    if (text === null) r.remove(name);
    else r.write({ [name]: text });
  }
  r.commit('head');
  return { root: r.dir, sha };
}

const CONFIG = '.github/backend-fit.yml';
const request = (root: string, baseSha: string, configFile = CONFIG, explicit = false) => ({
  root,
  configFile,
  explicit,
  baseSha,
  overrides: {},
  defaultFailOn: 'mismatch' as const,
  now: new Date('2026-12-06T12:00:00Z'),
});

const descriptor = (name: string, type: string, lifecycle = 'production') =>
  `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${name}\nspec:\n  type: ${type}\n  lifecycle: ${lifecycle}\n  owner: team-a\n`;

describe('readBasePolicy', () => {
  it("takes the base's config and lists the keys the PR changes", async () => {
    const { root, sha } = repo(
      { [CONFIG]: 'fail-on: review\n' },
      { [CONFIG]: 'fail-on: never\nthresholds: {review: 99, mismatch: 100}\n' },
    );
    const policy = (await readBasePolicy(request(root, sha)))!;
    expect(policy.settings.failOn).toBe('review');
    expect(policy.settings.params.thresholds).not.toEqual({ review: 99, mismatch: 100 });
    expect(policy.settings.configFile).toBe(CONFIG);
    expect(policy.source()).toEqual({
      from: 'base',
      commit: sha,
      changes: [`${CONFIG}: changes fail-on, thresholds`],
    });
  });

  it('says when the PR adds, removes or breaks the config file, and nothing when it is unchanged', async () => {
    const added = repo({}, { [CONFIG]: 'ignore: ["**"]\nfail-on: never\n' });
    const policy = (await readBasePolicy(request(added.root, added.sha)))!;
    expect(policy.settings.ignore).toEqual([]);
    expect(policy.settings.configFile).toBeUndefined();
    expect(policy.source().changes).toEqual([`${CONFIG}: adds the config file (fail-on, ignore)`]);

    const removed = repo({ [CONFIG]: 'fail-on: review\nignore: [a]\n' }, { [CONFIG]: null });
    expect((await readBasePolicy(request(removed.root, removed.sha)))!.source().changes).toEqual([
      `${CONFIG}: removes the config file (fail-on, ignore)`,
    ]);

    const broken = repo({ [CONFIG]: 'fail-on: review\n' }, { [CONFIG]: 'fail-on: sometimes\n' });
    const [line] = (await readBasePolicy(request(broken.root, broken.sha)))!.source().changes;
    expect(line).toMatch(/^the PR's config file is not valid \(\.github\/backend-fit\.yml: fail-on: /);

    const same = repo({ [CONFIG]: 'fail-on: review\n' }, { 'src/a.js': '' });
    expect((await readBasePolicy(request(same.root, same.sha)))!.source().changes).toEqual([]);

    const none = repo({}, { 'src/a.js': '' });
    expect((await readBasePolicy(request(none.root, none.sha)))!.source().changes).toEqual([]);
  });

  it('reads the .yaml spelling at the base, as the checkout would, but not for a named file', async () => {
    const { root, sha } = repo({ '.github/backend-fit.yaml': 'fail-on: review\n' }, {});
    expect((await readBasePolicy(request(root, sha)))!.settings.failOn).toBe('review');
    expect((await readBasePolicy(request(root, sha, CONFIG, true)))!.settings.failOn).toBe('mismatch');
  });

  it('reads a config at the root of the scanned folder, and a scanned folder inside the repository', async () => {
    const { root, sha } = repo({ 'fit.yml': 'fail-on: review\n', 'svc/fit.yml': 'fail-on: never\n' }, {});
    expect((await readBasePolicy(request(root, sha, 'fit.yml', true)))!.settings.failOn).toBe('review');
    const inside = path.join(root, 'svc');
    expect((await readBasePolicy(request(inside, sha, 'fit.yml', true)))!.settings.failOn).toBe('never');
    await expect(readBasePolicy(request(inside, sha, '../fit.yml', true))).rejects.toThrow(
      new ConfigError(`../fit.yml: the config file must be inside the scanned folder (${inside})`),
    );
  });

  it('a config blob larger than any config is not read', async () => {
    const { root, sha } = repo({ [CONFIG]: `# ${'x'.repeat(1024 * 1024)}\n` }, {});
    await expect(readBasePolicy(request(root, sha))).rejects.toThrow(
      new ConfigError(`${CONFIG}: ${1024 * 1024 + 3} bytes is too large for a config file (at most ${1024 * 1024})`),
    );
  });

  it('fetches a base the shallow checkout lacks, with depth 1', async () => {
    const { root, sha } = repo({ [CONFIG]: 'fail-on: review\n' }, { [CONFIG]: 'fail-on: never\n' });
    const clone = mkdtempSync(path.join(os.tmpdir(), 'bf-clone-'));
    dirs.push(clone);
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${root}`, clone]);
    const policy = (await readBasePolicy(request(clone, sha)))!;
    expect(policy.settings.failOn).toBe('review');
    expect(policy.source().commit).toBe(sha);
  });

  it("the base's own errors fail the run, naming the file, the key and the commit", async () => {
    const { root, sha } = repo({ [CONFIG]: 'waivers:\n  - {service: ., reason: r, expires: 2099-12-31}\n' }, {});
    await expect(readBasePolicy(request(root, sha))).rejects.toThrow(
      new ConfigError(
        `${CONFIG}: waivers[0].expires: 2099-12-31 is more than 180 days away (max-waiver-days); give a nearer date and renew it when it runs out (in the base commit ${sha.slice(0, 12)})`,
      ),
    );
  });

  it('a base that is not in a git checkout fails closed; a folder with no git at all has no base', async () => {
    const { root } = repo({}, {});
    await expect(readBasePolicy(request(root, 'c'.repeat(40)))).rejects.toThrow(
      new InputError(
        'policy-from: base: the base commit cccccccccccc is not in this checkout and could not be fetched; check out with git history (actions/checkout) or set policy-from: head',
      ),
    );
    const plain = mkdtempSync(path.join(os.tmpdir(), 'bf-nogit-'));
    dirs.push(plain);
    expect(await readBasePolicy(request(plain, 'c'.repeat(40)))).toBeUndefined();
  });

  it("puts the base's descriptors and CODEOWNERS in the scan, and names what the PR changes", async () => {
    const { root, sha } = repo(
      {
        [CONFIG]: 'ignore: ["legacy/**"]\n',
        'catalog-info.yaml': descriptor('shop', 'service'),
        'old/catalog-info.yaml': descriptor('old', 'service'),
        'legacy/catalog-info.yaml': descriptor('legacy', 'service'),
        'sys/catalog-info.yaml': `${descriptor('sys', 'service')}  system: a\n`,
        CODEOWNERS: '* @a\n',
      },
      {
        'package.json': '{"name":"y"}',
        'legacy/catalog-info.yaml': null,
        'sys/catalog-info.yaml': `${descriptor('sys', 'service')}  system: b\n`,
        'catalog-info.yaml': descriptor('shop', 'library', 'experimental'),
        'old/catalog-info.yaml': null,
        'new/catalog-info.yaml': descriptor('new', 'website'),
        CODEOWNERS: '* @b\n',
        'src/a.js': 'x',
      },
    );
    const policy = (await readBasePolicy(request(root, sha)))!;
    const head = await scan(root);
    const scanned = await policy.policyFiles(head);
    const text = (p: string) => scanned.files.find((f) => f.path === p)?.text;
    expect(text('catalog-info.yaml')).toBe(descriptor('shop', 'service'));
    expect(text('old/catalog-info.yaml')).toBe(descriptor('old', 'service'));
    expect(text('CODEOWNERS')).toBe('* @a\n');
    expect(scanned.files.some((f) => f.path === 'new/catalog-info.yaml')).toBe(false);
    expect(text('src/a.js')).toBe(head.files.find((f) => f.path === 'src/a.js')!.text);
    expect(text('package.json')).toBe('{"name":"y"}');
    // ignored by the base's own config: not brought back
    expect(scanned.files.some((f) => f.path.startsWith('legacy/'))).toBe(false);
    expect(scanned.stats).toBe(head.stats);
    expect(policy.source().changes).toEqual([
      'catalog-info.yaml: Component shop: spec.type service → library, spec.lifecycle production → experimental',
      'new/catalog-info.yaml: adds Component new (spec.type website, spec.lifecycle production, spec.owner team-a)',
      'sys/catalog-info.yaml: Component sys: spec.system a → b',
      'old/catalog-info.yaml: removes Component old',
      'CODEOWNERS: changes owners',
    ]);
  });
});

describe('changedKeys', () => {
  it('names top-level keys as written in the file, catalog rules by their group', () => {
    expect(changedKeys(undefined, undefined)).toEqual([]);
    expect(changedKeys({ failOn: 'review' }, { failOn: 'review' })).toEqual([]);
    expect(
      changedKeys(
        { failOn: 'review', excludeServices: ['a'], catalog: { systems: { s: {} } } },
        { failOn: 'never', maxWaiverDays: 9, catalog: { systems: { s: {} }, owners: { o: {} } } },
      ),
    ).toEqual(['exclude-services', 'fail-on', 'max-waiver-days', 'owners']);
  });
});

describe('catalogChanges', () => {
  const file = (p: string, text: string): ScannedFile => ({ ...scannedFile(p, text.length, classify(p)!), text });
  it('nothing when the descriptors hold the same policy, whatever else moves', () => {
    const a = file('catalog-info.yaml', descriptor('shop', 'service'));
    const b = file('catalog-info.yaml', `# a comment\n${descriptor('shop', 'service')}`);
    expect(catalogChanges([a], [b], [b])).toEqual([]);
    const unread = { ...file('CODEOWNERS', ''), text: undefined };
    expect(catalogChanges([unread], [unread], [])).toEqual([]);
    // a descriptor that could not be read (too large) holds no component on either side
    const big = { ...a, text: undefined };
    expect(catalogChanges([big], [big], [big])).toEqual([]);
    const moved = file(
      'catalog-info.yaml',
      'kind: Component\nmetadata:\n  name: shop\n  annotations: {backstage.io/source-location: "dir:./api"}\nspec: {type: service}\n',
    );
    expect(catalogChanges([a], [moved], [moved, file('api/index.js', '')])).toEqual([
      'catalog-info.yaml: Component shop: spec.lifecycle production → (none), spec.owner team-a → (none), its folder . → api',
    ]);
    expect(catalogChanges([], [file('catalog-info.yaml', 'kind: Component\nmetadata: {name: x}\n')], [])).toEqual([
      'catalog-info.yaml: adds Component x',
    ]);
  });
});
