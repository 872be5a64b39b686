import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { resolveSettings } from '../../src/config/index.js';
import { detect } from '../../src/detect/index.js';
import type { Report } from '../../src/model/report.js';
import { buildProfile } from '../../src/profile/index.js';
import { DEFAULT_PARAMS } from '../../src/score/index.js';
import { scanTree } from '../support/scan-tree.js';

// Real-time written with a web framework's own API is real-time work (issue 26).
const ROOT = path.resolve(import.meta.dirname, '../../fixtures');
const settings = resolveSettings(undefined, {}, { failOn: 'never', params: DEFAULT_PARAMS });
const report = (name: string): Promise<Report> =>
  analyze({ root: path.join(ROOT, name), settings, now: new Date('2026-11-24') });
const realtimeOf = (r: Report) => r.signals.find((s) => s.id === 'realtime');

describe('framework-native real-time', () => {
  it('a FastAPI chat whose WebSocket handlers are its core is review, Node.js recommended, citing the handler lines', async () => {
    const r = await report('fastapi-websocket-chat');
    expect({ verdict: r.verdict, recommended: r.recommended }).toEqual({ verdict: 'review', recommended: 'node' });
    const lines = realtimeOf(r)!
      .evidence.filter((e) => e.kind === 'file')
      .map((e) => `${e.file}:${e.line}`);
    expect(lines).toEqual(['app/main.py:16', 'app/main.py:29']);
    expect(r.services[0]!.plan!.areas.map((a) => a.path)).toEqual(['app/main.py']);
  });

  it('a FastAPI CRUD API with one health socket stays fits: one handler of seventeen', async () => {
    const r = await report('fastapi-crud-health-ws');
    expect(r.verdict).toBe('fits');
    const realtime = realtimeOf(r)!;
    expect(realtime.strength).toBeLessThan(0.3);
    expect(realtime.evidence[0]!.detail).toBe("1 of 17 route handlers use the framework's own real-time API");
  });

  it('an aiohttp game server built on WebSocketResponse is review; a Tornado chat is found and raises real-time', async () => {
    const game = await report('aiohttp-websocket-game');
    expect(game.verdict).toBe('review');
    expect(
      realtimeOf(game)!
        .evidence.filter((e) => e.kind === 'file')
        .map((e) => e.file),
    ).toEqual(['game/handlers/lobby.py', 'game/handlers/match.py', 'game/handlers/spectate.py']);
    const tornado = await report('tornado-websocket-chat');
    expect(tornado.services.map((s) => [s.path, s.frameworks])).toEqual([['.', ['Tornado']]]);
    expect(realtimeOf(tornado)).toMatchObject({ strength: 1, ecosystem: 'python' });
  });

  it('each framework’s own API is found, in both ecosystems; SSE is lighter than WebSockets', () => {
    const cases: [string, Record<string, string>, number][] = [
      [
        'Starlette WebSocketEndpoint',
        {
          'requirements.txt': 'starlette\nuvicorn\n',
          'app.py':
            'from starlette.applications import Starlette\nfrom starlette.endpoints import WebSocketEndpoint\nfrom starlette.routing import WebSocketRoute\n\nclass Echo(WebSocketEndpoint):\n    async def on_receive(self, ws, data):\n        await ws.send_text(data)\n\napp = Starlette(routes=[WebSocketRoute("/ws", Echo)])\n',
        },
        1,
      ],
      [
        'Quart websocket',
        {
          'requirements.txt': 'quart\nhypercorn\n',
          'app.py':
            'from quart import Quart, websocket\n\napp = Quart(__name__)\n\n@app.websocket("/ws")\nasync def ws():\n    while True:\n        await websocket.send(await websocket.receive())\n',
        },
        1,
      ],
      [
        'Sanic websocket',
        {
          'requirements.txt': 'sanic\n',
          'server.py':
            'from sanic import Sanic\n\napp = Sanic("feed")\n\n@app.websocket("/feed")\nasync def feed(request, ws):\n    async for msg in ws:\n        await ws.send(msg)\n\nif __name__ == "__main__":\n    app.run()\n',
        },
        1,
      ],
      [
        'sse-starlette in FastAPI',
        {
          'requirements.txt': 'fastapi\nuvicorn\nsse-starlette\n',
          'main.py':
            'from fastapi import FastAPI\nfrom sse_starlette.sse import EventSourceResponse\n\napp = FastAPI()\n\n@app.get("/events")\nasync def events():\n    return EventSourceResponse(ticks())\n',
        },
        0.5,
      ],
      [
        'aiohttp-sse',
        {
          'requirements.txt': 'aiohttp\naiohttp-sse\n',
          'server.py':
            'from aiohttp import web\nfrom aiohttp_sse import sse_response\n\nasync def ticks(request):\n    async with sse_response(request) as resp:\n        await resp.send("tick")\n\napp = web.Application()\napp.router.add_get("/ticks", ticks)\nweb.run_app(app)\n',
        },
        0.5,
      ],
      [
        'Bun.serve websocket',
        {
          'package.json': '{"name":"rooms","private":true,"scripts":{"start":"bun run server.ts"}}',
          'server.ts':
            'Bun.serve({\n  port: 3000,\n  fetch(req, server) {\n    server.upgrade(req);\n  },\n  websocket: {\n    message(ws, msg) {\n      ws.send(msg);\n    },\n  },\n});\n',
        },
        1,
      ],
      [
        'uWebSockets.js',
        {
          'package.json':
            '{"name":"feed","private":true,"scripts":{"start":"node server.js"},"dependencies":{"uWebSockets.js":"github:uNetworking/uWebSockets.js#v20.49.0"}}',
          'server.js':
            "const uWS = require('uWebSockets.js');\n\nuWS.App()\n  .ws('/*', { message: (ws, msg) => ws.send(msg) })\n  .listen(9001, () => {});\n",
        },
        1,
      ],
    ];
    for (const [name, tree, ceiling] of cases) {
      const facts = detect(scanTree(tree));
      expect(facts.services.length, name).toBe(1);
      const realtime = buildProfile(facts).services[0]!.signals.find((s) => s.id === 'realtime');
      // a package declared for it (uWebSockets.js) may add its own share; the handler alone reaches the ceiling
      expect(realtime?.strength, name).toBeGreaterThanOrEqual(ceiling);
      expect(
        realtime!.evidence.some((e) => e.kind === 'file' && /WebSocket|server-sent|uWebSockets|Bun/.test(e.detail)),
        name,
      ).toBe(true);
    }
  });
});
