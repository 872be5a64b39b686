import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { extractCodeFacts } from '../../src/detect/code-facts.js';
import { backgroundJobs, segments } from '../../src/detect/command-words.js';
import { scan } from '../../src/scan/index.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures');

const detected = async (fixture: string) => detect(await scan(path.join(FIXTURES, fixture)));

/** The code facts of one file that name a server or worker: `line kind serves`. */
const named = (file: string, text: string, imports: string[]) =>
  extractCodeFacts(
    file,
    text,
    undefined,
    imports.map((module) => ({ module })),
  )
    .filter((f) => f.server)
    .map((f) => `${f.line} ${f.server} ${f.serves ?? 'requests'}`);

describe('chat and GitHub apps whose transport the code chooses (issue 25, bot29)', () => {
  it('serves requests over HTTP and messages over Socket Mode or polling', async () => {
    const facts = await detected('chat-app-transports');
    expect(facts.services.map((s) => [s.path, s.kind, s.frameworks.join(', ')])).toEqual([
      ['alerts-bot', 'http', 'Telegram bot'],
      ['ops-bot', 'worker', 'Slack Bolt'],
      ['poll-bot', 'http', 'Slack Bolt'],
      ['pr-helper', 'http', 'Probot'],
      ['quiz-bot', 'worker', 'Telegram bot'],
      ['reminder-bot', 'http', 'Telegram bot'],
      ['standup-bot', 'http', 'Slack Bolt'],
      ['triage-bot', 'worker', 'Slack Bolt'],
    ]);
    const service = (dir: string) => facts.services.find((s) => s.path === dir)!;
    // the app started from another module is started by its image; its receiver and app are the HTTP evidence
    expect(service('standup-bot').evidence.map((e) => `${e.file}:${e.line}`)).toEqual([
      'standup-bot/src/app.ts:4',
      'standup-bot/src/receiver.ts:3',
    ]);
    // a GitHub App's app.yml (its events and permissions) is no App Engine deployment
    expect(service('pr-helper').entry.map((e) => e.file)).not.toContain('pr-helper/app.yml');
    expect(service('pr-helper').entry.map((e) => e.detail)).toContain('start: probot run ./index.js');
    expect(facts.notServices.find((n) => n.path === 'slack-sandbox')?.reason).toBe('no-entry');
  });

  it('reads the transport from the lines of the file that boots the app', () => {
    const bolt = ['@slack/bolt'];
    // one App over HTTP; the same constructor in a Socket Mode file makes no HTTP evidence
    expect(named('app.js', 'const app = new App({ token, signingSecret });\n', bolt)).toEqual([
      '1 Slack Bolt requests',
    ]);
    expect(named('app.js', 'const app = new App({\n  token,\n  socketMode: true,\n  appToken,\n});\n', bolt)).toEqual([
      '3 Slack Bolt worker',
    ]);
    // not Bolt's App: a file importing no Bolt
    expect(named('app.js', 'const app = new App({ token });\n', ['other'])).toEqual([]);
    const py = ['slack_bolt'];
    expect(named('app.py', 'app = App(token=t)\nSocketModeHandler(app, t).start()\n', py)).toEqual([
      '2 Slack Bolt worker',
    ]);
    // the connection is evidence, not a start: like a chat bot's login, something must run the file
    expect(
      extractCodeFacts(
        'mode.py',
        'class S:\n    def start(self):\n        self.h = SocketModeHandler(app, t)\n        self.h.connect()\n',
        undefined,
        py.map((module) => ({ module })),
      ).map((f) => f.kind),
    ).toEqual(['server']);
    const telegram = ['telegram'];
    expect(named('bot.py', 'application.run_webhook(listen="0.0.0.0", port=PORT)\n', telegram)).toEqual([
      '1 Telegram bot requests',
    ]);
    expect(named('bot.py', 'application.run_polling()\n', telegram)).toEqual(['1 Telegram bot worker']);
    // Telegraf: a launch with a webhook option serves; a plain launch polls
    expect(named('bot.js', 'bot.launch({\n  webhook: {\n    domain, port: 8080,\n  },\n});\n', ['telegraf'])).toEqual([
      '2 Telegram bot requests',
    ]);
    expect(named('bot.js', 'bot.launch();\n', ['telegraf'])).toEqual(['1 Telegram bot worker']);
  });

  it("lists a bot run beside the web app in its folder as the folder's worker", async () => {
    const facts = await detected('bots-beside-web-apps');
    expect(facts.services.map((s) => [s.path, s.kind, s.frameworks.join(', ')])).toEqual([
      ['alerts-relay', 'http', 'Express'],
      ['alerts-relay', 'worker', 'Discord bot'],
      ['rename-bot', 'http', 'Flask'],
      ['rename-bot', 'worker', 'Telegram bot'],
      ['shop-notify', 'http', 'Express'],
      ['shop-notify', 'worker', 'Telegram bot'],
      ['status-page', 'http', 'FastAPI'],
      ['userbot', 'worker', 'Telegram bot'],
    ]);
    const service = (dir: string, kind: string) => facts.services.find((s) => s.path === dir && s.kind === kind)!;
    expect(service('rename-bot', 'worker').evidence.map((e) => `${e.file}:${e.line}`)).toEqual([
      'rename-bot/bot.py:17',
    ]);
    // the package's `bot` script starts its worker; its `poll` script runs a loop by hand, which is no worker
    expect(service('shop-notify', 'worker').entry.map((e) => e.detail)).toEqual(['bot: node src/bot.js']);
    expect(service('shop-notify', 'http').entry.map((e) => e.detail)).not.toContain('bot: node src/bot.js');
  });

  it('splits a line at a command sent to the background, not at a redirection', () => {
    expect(segments('gunicorn app:app & python3 bot.py')).toEqual(['gunicorn app:app', 'python3 bot.py']);
    expect(segments('uvicorn main:app 2>&1 | tee log')).toEqual(['uvicorn main:app 2>&1', 'tee log']);
    expect(segments('node server.js &> server.log & node bot.js >&2')).toEqual([
      'node server.js &> server.log',
      'node bot.js >&2',
    ]);
    expect(segments('sh -c "a & b" && c')).toEqual(['sh -c "a & b"', 'c']);
    // the jobs of a start line: `&&` sequences stay whole, background jobs run beside them
    expect(backgroundJobs('cd api && node server.js & node bot.js 2>&1')).toEqual([
      'cd api && node server.js',
      'node bot.js 2>&1',
    ]);
  });
});
