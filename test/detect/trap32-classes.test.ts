import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { resolveSettings } from '../../src/config/index.js';
import { DEFAULT_PARAMS } from '../../src/score/index.js';
import { describedInName, describedInReadme } from '../../src/detect/self-descriptions.js';

// Issue 25, folders reported as services that are not (trap32): an image recipe folder for code mounted from
// elsewhere; a code package copied into the image of the project above it; a shared package copied into several
// services' images; a framework repository's package its CLI starts on its user's machine; folders marked not to be
// deployed and reproduction repositories; a stray Django settings package. Each beside the real service that looks
// like it, which stays found.

const fixture = (name: string) => path.resolve(import.meta.dirname, '../../fixtures', name);
const settings = resolveSettings(undefined, {}, { failOn: 'never', params: DEFAULT_PARAMS });
const report = (name: string) => analyze({ root: fixture(name), settings, now: new Date('2026-12-08') });
const services = (r: Awaited<ReturnType<typeof report>>) => r.services.map((s) => `${s.path} ${s.current} ${s.kind}`);

describe('an image recipe folder for code mounted from elsewhere', () => {
  it('takes the mounted code for the service and the Dockerfile folder for its recipe', async () => {
    const r = await report('image-recipe-folders');
    // the control: mailer/ builds its own code into its image and stays a service
    expect(services(r)).toEqual(['. python http', 'mailer python http']);
    const docker = r.notServices.find((n) => n.path === 'docker');
    expect(docker?.reason).toBe('no-entry');
    expect(docker?.why).toBe(
      'an image recipe for code elsewhere (docker/Dockerfile and docker/requirements.txt, no code of its own): docker-compose.yml:2 builds it to run the code of the root folder',
    );
  });
});

describe('a code package copied into the image of the project above it', () => {
  it('counts the service once, at the folder of the Dockerfile and the manifest the image installs', async () => {
    const r = await report('nested-app-packages');
    // the control: search/ holds no manifest of its own, so its image installs search/app's: that stays the service
    expect(services(r)).toEqual(['catalog python http', 'search/app python http']);
    const app = r.notServices.find((n) => n.path === 'catalog/app');
    expect(app?.reason).toBe('copy');
    expect(app?.why).toBe(
      'the code of catalog/, whose deployment runs catalog/app/main.py (docker-compose.yml) with the manifest above it: nothing runs this folder by itself, counted there',
    );
  });
});

describe("a shared package copied into several services' images", () => {
  it('takes it for shared code, and the services whose images copy their own folder too stay found', async () => {
    const r = await report('shared-image-packages');
    expect(services(r)).toEqual(['invoices python http', 'orders python http']);
    const common = r.notServices.find((n) => n.path === 'common');
    expect(common?.reason).toBe('library');
    expect(common?.why).toBe(
      'shared code copied whole into the images of invoices/, orders/ (invoices/Dockerfile:5, orders/Dockerfile:5): nothing runs it by itself',
    );
  });
});

describe("a framework repository's package its command-line tool starts", () => {
  it('takes the local UI server of the CLI for a cli package, and the one a Dockerfile runs for a service', async () => {
    const r = await report('framework-tool-packages');
    expect(services(r)).toEqual(['packages/telemetry node http']);
    const ui = r.notServices.find((n) => n.path === 'packages/cli-ui');
    expect(ui?.reason).toBe('cli');
    expect(ui?.why).toContain("the repository's command-line package sprout-cli (packages/cli/package.json, bin)");
    expect(r.notServices.find((n) => n.path === 'packages/router')?.reason).toBe('library');
    // dev servers on Vite, the Lambda handler wrapper for users' apps: no service, and no reason needed
    for (const p of ['packages/dev-server', 'packages/mp-dev', 'packages/lambda-runtime'])
      expect(r.services.map((s) => s.path)).not.toContain(p);
  });
});

describe('folders marked not to be deployed, and reproductions', () => {
  it("reads the mark in a README's opening or the folder's name, and a reproduction's README", async () => {
    const r = await report('marked-undeployable');
    // the controls: a condition on deploying (`Do not deploy without setting STRIPE_KEY`) and a sandbox API for partners
    expect(services(r)).toEqual(['payments node http', 'sandbox-api node http']);
    const not = (p: string) => r.notServices.find((n) => n.path === p);
    expect(not('payments-legacy')?.reason).toBe('playground');
    expect(not('payments-legacy')?.why).toContain('payments-legacy/README.md:3 calls it a folder not to be deployed');
    expect(not('webhooks_do_not_deploy')?.why).toContain("its folder's name calls it a folder not to be deployed");
    expect(not('guard-repro')?.reason).toBe('playground');
    expect(not('guard-repro')?.why).toContain(
      'guard-repro/README.md:1 calls it a reproduction or sandbox ("Minimal reproduction")',
    );
  });

  const says = (text: string) => describedInReadme('README.md', text)?.as;
  it('takes the bare mark and a reproduction, not a warning or a product sandbox', () => {
    expect(says('# Old API\n\nDO NOT DEPLOY - kept for reference.\n')).toBe('not-deployed');
    expect(says('# Worker\n\nNot for deployment.\n')).toBe('not-deployed');
    expect(says('# API\n\nDo not deploy without a SECRET_KEY.\n')).toBeUndefined();
    expect(says('# API\n\nNever deploy to production before running the migrations.\n')).toBeUndefined();
    expect(says('# BUG: interceptor runs twice\n')).toBe('reproduction');
    expect(says('# nest-repro\n\nRepro for nestjs/nest#9876\n')).toBe('reproduction');
    expect(says('# Express playground\n\nA sandbox for trying out middleware order.\n')).toBe('reproduction');
    expect(says('# Payments sandbox\n\nThe sandbox API our partners integrate against.\n')).toBeUndefined();
    expect(says('# Bug tracker API\n\nIssues and their comments.\n')).toBeUndefined();
    expect(describedInName('services/api-DO-NOT-DEPLOY')?.as).toBe('not-deployed');
    expect(describedInName('services/deploy-bot')).toBeUndefined();
    // a reproduction is read from the README, not from a name (`repro` may name a product)
    expect(describedInName('minimal-reproduction')).toBeUndefined();
  });
});

describe('a stray Django settings package', () => {
  it('takes settings and urls without manage.py or a wsgi module for a stray, beside the project the image runs', async () => {
    const r = await report('stray-settings-package');
    expect(services(r)).toEqual(['bookshop python http']);
    const stray = r.notServices.find((n) => n.path === '.');
    expect(stray?.reason).toBe('no-entry');
    expect(stray?.why).toBe(
      'Django modules (settings_draft/urls.py) without the program a Django project is started by, beside the Django project at bookshop/ (bookshop/bookshop/wsgi.py): a stray settings package that nothing runs',
    );
  });
});

describe('lessons in numbered folders under one manifest', () => {
  it("takes them for a collection's lessons even when the package's script runs one; a Dockerfile keeps a service", async () => {
    const r = await report('numbered-lesson-folders');
    expect(services(r)).toEqual(['demo-site node http']);
    const course = r.notServices.find((n) => n.path === '.');
    expect(course?.reason).toBe('playground');
    expect(course?.why).toBe(
      'lessons in numbered folders (01_first_server/, 02_routing/, ...) that no deployment file runs',
    );
  });
});

describe('meta-framework sites with only their dev and preview servers', () => {
  it('takes SvelteKit with adapter-auto and a Qwik City site for no services, SvelteKit with server routes for one', async () => {
    const r = await report('meta-framework-sites');
    expect(services(r)).toEqual(['shop node http']);
    expect(r.notServices.find((n) => n.path === 'blog')?.reason).toBe('frontend');
    expect(r.services.map((s) => s.path)).not.toContain('docs-site');
  });
});

describe("an app copied into an app server's base image that sets no command", () => {
  it("runs the base image's own command on the app copied in; a plain Python image with no command runs nothing", async () => {
    const r = await report('base-image-commands');
    expect(services(r)).toEqual(['lyrics python http']);
    const entry = r.services[0]!.evidence.entry.map((e) => e.detail);
    expect(entry[0]).toMatch(/^the command of the base image tiangolo\/uvicorn-gunicorn-fastapi:python3\.11: gunicorn/);
    expect(entry).toContain(
      'Dockerfile runs gunicorn -k uvicorn.workers.UvicornWorker main:app (from lyrics/app/main.py)',
    );
    expect(r.notServices.find((n) => n.path === 'admin')?.reason).toBe('no-entry');
  });
});
