/* global setTimeout, clearTimeout */
// Headless Chromium driven over the DevTools protocol on a pipe (--remote-debugging-pipe): no
// WebSocket, no port, no dependency. Used by the fleet page's browser tests and its screenshot.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** The browser to run, or undefined when none is installed. */
export function findChromium() {
  return CANDIDATES.find((p) => p && existsSync(p));
}

export class Browser {
  /** @param {string} executable */
  static async launch(executable, { width = 1400, height = 900 } = {}) {
    const profile = mkdtempSync(path.join(os.tmpdir(), 'bf-chromium-'));
    const child = spawn(
      executable,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-extensions',
        '--disable-default-apps',
        '--no-first-run',
        '--no-default-browser-check',
        '--mute-audio',
        `--window-size=${width},${height}`,
        `--user-data-dir=${profile}`,
        '--remote-debugging-pipe',
        'about:blank',
      ],
      { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] },
    );
    const browser = new Browser(child, profile);
    await browser.send('Browser.getVersion');
    return browser;
  }

  constructor(child, profile) {
    this.child = child;
    this.profile = profile;
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = [];
    this.stderr = '';
    child.stderr.on('data', (d) => (this.stderr = (this.stderr + d).slice(-4000)));
    let buffer = Buffer.alloc(0);
    child.stdio[4].on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      let end;
      while ((end = buffer.indexOf(0)) >= 0) {
        const message = JSON.parse(buffer.subarray(0, end).toString('utf8'));
        buffer = buffer.subarray(end + 1);
        this.dispatch(message);
      }
    });
    child.on('exit', () => {
      for (const { reject } of this.pending.values())
        reject(new Error(`chromium exited: ${this.stderr.trim().split('\n').pop()}`));
      this.pending.clear();
    });
  }

  dispatch(message) {
    if (message.id !== undefined) {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (!waiting) return;
      if (message.error) waiting.reject(new Error(`${waiting.method}: ${message.error.message}`));
      else waiting.resolve(message.result);
      return;
    }
    for (const listener of this.listeners) listener(message);
  }

  /** One DevTools command; with a session id it goes to that page. */
  send(method, params = {}, sessionId) {
    const id = this.nextId++;
    const message = { id, method, params, ...(sessionId ? { sessionId } : {}) };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, method });
      this.child.stdio[3].write(JSON.stringify(message) + '\0');
    });
  }

  /** A new tab with console, errors and every network request recorded. */
  async newPage() {
    const { targetId } = await this.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await this.send('Target.attachToTarget', { targetId, flatten: true });
    const page = new Page(this, sessionId);
    this.listeners.push((m) => m.sessionId === sessionId && page.record(m));
    await Promise.all(['Page.enable', 'Runtime.enable', 'Log.enable', 'Network.enable'].map((m) => page.send(m)));
    return page;
  }

  async close() {
    await this.send('Browser.close').catch(() => undefined);
    await new Promise((resolve) => {
      if (this.child.exitCode !== null) return resolve(undefined);
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
      this.child.once('exit', () => {
        clearTimeout(timer);
        resolve(undefined);
      });
    });
    rmSync(this.profile, { recursive: true, force: true });
  }
}

export class Page {
  constructor(browser, sessionId) {
    this.browser = browser;
    this.sessionId = sessionId;
    /** Console messages of level error or warning, uncaught exceptions, and log entries (CSP, failed loads). */
    this.errors = [];
    /** URLs of every request the page made. */
    this.requests = [];
    this.waiters = [];
  }

  send(method, params = {}) {
    return this.browser.send(method, params, this.sessionId);
  }

  record(message) {
    const { method, params } = message;
    if (method === 'Runtime.consoleAPICalled' && (params.type === 'error' || params.type === 'warning'))
      this.errors.push(`console.${params.type}: ${params.args.map((a) => a.value ?? a.description).join(' ')}`);
    if (method === 'Runtime.exceptionThrown')
      this.errors.push(`exception: ${params.exceptionDetails.exception?.description ?? params.exceptionDetails.text}`);
    if (method === 'Log.entryAdded' && (params.entry.level === 'error' || params.entry.level === 'warning'))
      this.errors.push(`log: ${params.entry.text}`);
    if (method === 'Network.requestWillBeSent') this.requests.push(params.request.url);
    for (const waiter of [...this.waiters]) {
      if (waiter.method === method) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    }
  }

  waitFor(method, timeoutMs = 20000) {
    return new Promise((resolve, reject) => {
      const waiter = { method, resolve };
      this.waiters.push(waiter);
      setTimeout(() => {
        const i = this.waiters.indexOf(waiter);
        if (i >= 0) {
          this.waiters.splice(i, 1);
          reject(new Error(`no ${method} within ${timeoutMs} ms`));
        }
      }, timeoutMs).unref();
    });
  }

  async goto(url) {
    const loaded = this.waitFor('Page.loadEventFired');
    await this.send('Page.navigate', { url });
    await loaded;
  }

  /** Runs an expression in the page (a function body's value, awaited) and returns its JSON value. */
  async eval(expression) {
    const { result, exceptionDetails } = await this.send('Runtime.evaluate', {
      expression,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails)
      throw new Error(`in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  }

  /** A real key press, as a keyboard user makes it. */
  async press(key, code = key, keyCode = 0) {
    const base = { key, code, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode };
    const text = key === 'Enter' ? '\r' : key.length === 1 ? key : undefined;
    // a key that types text goes down as keyDown with its text: that is what activates a button
    await this.send(
      'Input.dispatchKeyEvent',
      text ? { type: 'keyDown', text, ...base } : { type: 'rawKeyDown', ...base },
    );
    await this.send('Input.dispatchKeyEvent', { type: 'keyUp', ...base });
  }

  async screenshot({ width = 1400, height = 900 } = {}) {
    await this.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false });
    const { data } = await this.send('Page.captureScreenshot', { format: 'png' });
    return Buffer.from(data, 'base64');
  }
}
