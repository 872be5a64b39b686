import { execFileSync } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  body?: unknown;
  authorization?: string;
}

export interface StoredComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
}

export interface StoredPullRequest {
  number: number;
  head: { sha: string; ref: string; repo: { full_name: string } | null };
  base: { sha: string; ref: string };
}

/** A repository of the fake organisation: its listing fields, and the folder served as its tarball. */
export interface StoredRepository {
  full_name: string;
  name: string;
  private?: boolean;
  archived?: boolean;
  fork?: boolean;
  language?: string | null;
  topics?: string[];
  size?: number;
  /** Served as the tarball of its HEAD; absent for a repository the token may list but not read. */
  folder?: string;
  sha?: string;
  date?: string;
  /** Files readable through the contents API, by `path@ref` (`path@` for the default branch). */
  files?: Record<string, string>;
  /** 403 on every read (a private repository the token may not read). */
  forbidden?: boolean;
}

/** A scripted answer for the next matching request: a status, `hang` or `reset`. */
export type Fault = { status: number; headers?: Record<string, string>; body?: unknown } | 'hang' | 'reset';

/**
 * A small GitHub REST API on 127.0.0.1 for end-to-end tests: issue comments (list with
 * pagination, create, update), pull requests (GET one), GET /user, and scripted faults per route.
 */
export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments = new Map<number, StoredComment[]>();
  readonly pulls = new Map<number, StoredPullRequest>();
  /** Faults per `METHOD /path` prefix, consumed in order. */
  readonly faults = new Map<string, Fault[]>();
  /** Organisation repositories, by organisation. */
  readonly orgs = new Map<string, StoredRepository[]>();
  perPage = 100;
  private nextId = 1000;
  private server?: Server;
  url = '';

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  seed(issue: number, body: string, login = 'github-actions[bot]', type = 'Bot'): StoredComment {
    const comment = {
      id: this.nextId++,
      body,
      user: { login, type },
      html_url: `https://github.test/o/r/pull/${issue}#issuecomment-${this.nextId}`,
    };
    this.comments.set(issue, [...(this.comments.get(issue) ?? []), comment]);
    return comment;
  }

  /** One page of a list and its `link: rel="next"`, as GitHub paginates. */
  private paged(
    url: URL,
    all: unknown[],
    json: (status: number, body: unknown, headers?: Record<string, string>) => void,
  ) {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), this.perPage);
    const page = Number(url.searchParams.get('page') ?? 1);
    const headers: Record<string, string> = {};
    if (page * perPage < all.length) {
      const next = new URL(url);
      next.searchParams.set('page', String(page + 1));
      headers.link = `<${next.toString()}>; rel="next"`;
    }
    json(200, all.slice((page - 1) * perPage, page * perPage), headers);
  }

  fail(route: string, ...faults: Fault[]): void {
    this.faults.set(route, [...(this.faults.get(route) ?? []), ...faults]);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname + url.search,
      authorization: req.headers.authorization,
    };
    if (text) record.body = JSON.parse(text);
    this.requests.push(record);

    for (const [route, list] of this.faults) {
      const [method, prefix] = route.split(' ');
      if (method === req.method && url.pathname.startsWith(prefix!) && list.length > 0) {
        const fault = list.shift()!;
        if (fault === 'hang') return;
        if (fault === 'reset') return void req.socket.destroy();
        res.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
        return void res.end(JSON.stringify(fault.body ?? { message: `fault ${fault.status}` }));
      }
    }
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    const repos = /^\/orgs\/([^/]+)\/repos$/.exec(url.pathname);
    if (repos && req.method === 'GET') {
      const all = this.orgs.get(repos[1]!);
      if (!all) return json(404, { message: 'Not Found' });
      return this.paged(url, all, json);
    }
    const read = /^\/repos\/([^/]+)\/([^/]+)\/(commits|tarball|contents)\/(.+)$/.exec(url.pathname);
    if (read && req.method === 'GET') {
      const full = `${read[1]}/${read[2]}`;
      const repo = [...this.orgs.values()].flat().find((r) => r.full_name === full);
      if (!repo) return json(404, { message: 'Not Found' });
      if (repo.forbidden) return json(403, { message: 'Resource not accessible by integration' });
      if (read[3] === 'commits') return json(200, { sha: repo.sha, commit: { committer: { date: repo.date } } });
      if (read[3] === 'tarball') {
        if (!repo.folder || read[4] !== repo.sha) return json(404, { message: 'Not Found' });
        const prefix = `${repo.full_name.replace('/', '-')}-${repo.sha!.slice(0, 7)}`;
        const tar = execFileSync('tar', ['-czf', '-', '--transform', `s,^\\.,${prefix},`, '-C', repo.folder, '.']);
        res.writeHead(200, { 'content-type': 'application/x-gzip' });
        return void res.end(tar);
      }
      const key = `${decodeURIComponent(read[4]!)}@${url.searchParams.get('ref') ?? ''}`;
      const text = repo.files?.[key];
      if (text === undefined) return json(404, { message: 'Not Found' });
      return json(200, { type: 'file', encoding: 'base64', content: Buffer.from(text).toString('base64') });
    }
    if (req.method === 'GET' && url.pathname === '/user') {
      return json(403, { message: 'Resource not accessible by integration' });
    }
    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (list) {
      const issue = Number(list[3]);
      if (req.method === 'GET') {
        const all = this.comments.get(issue) ?? [];
        const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), this.perPage);
        const page = Number(url.searchParams.get('page') ?? 1);
        const slice = all.slice((page - 1) * perPage, page * perPage);
        const headers: Record<string, string> = {};
        if (page * perPage < all.length) {
          const next = new URL(url);
          next.searchParams.set('page', String(page + 1));
          headers.link = `<${next.toString()}>; rel="next"`;
        }
        return json(200, slice, headers);
      }
      if (req.method === 'POST') {
        const created = this.seed(issue, (record.body as { body: string }).body);
        return json(201, created);
      }
    }
    const pull = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/.exec(url.pathname);
    if (pull && req.method === 'GET') {
      const found = this.pulls.get(Number(pull[3]));
      return found ? json(200, found) : json(404, { message: 'Not Found' });
    }
    const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (one && req.method === 'PATCH') {
      const id = Number(one[3]);
      for (const comments of this.comments.values()) {
        const found = comments.find((c) => c.id === id);
        if (found) {
          found.body = (record.body as { body: string }).body;
          return json(200, found);
        }
      }
      return json(404, { message: 'Not Found' });
    }
    json(404, { message: 'Not Found' });
  }
}
