import { describe, expect, it } from 'vitest';
import { extractCodeFacts } from '../../src/detect/code-facts.js';
import { detect } from '../../src/detect/index.js';
import { scanTree } from '../support/scan-tree.js';

/** The facts one line gives in a file that imports `module`: `pattern kind serves`. */
const factsOf = (file: string, module: string, line: string) =>
  extractCodeFacts(file, `${line}\n`, undefined, [{ module }]).map(
    (f) => `${f.pattern} ${f.kind}${f.serves ? ` ${f.serves}` : ''}`,
  );

describe('servers the pattern list did not name, each a line of its record', () => {
  it.each([
    ['mcp', 'mcp.run(transport="sse")', 'py-mcp-http-transport server-start'],
    ['mcp', 'mcp.run("streamable-http")', 'py-mcp-http-run server-start'],
    ['fastmcp', '    transport="http",', 'py-mcp-http-transport server-start'],
    ['mcp', '        await mcp.run_sse_async()', 'py-mcp-http-async server-start'],
    ['mcp', 'app = mcp.streamable_http_app()', 'py-mcp-http-app server'],
    ['mcp', '    mcp.run()', 'py-mcp-stdio-run server stdio'],
    ['mcp', 'mcp.run(transport="stdio")', 'py-mcp-stdio-run server stdio'],
    ['mcp', '        await mcp.run_stdio_async()', 'py-mcp-stdio-async server stdio'],
    ['telebot', 'bot.infinity_polling()', 'py-telebot-polling server worker'],
    ['telegram', '    application.run_polling()', 'py-telegram-polling server worker'],
    ['aiogram', '    await dp.start_polling(bot)', 'py-telegram-polling server worker'],
    ['discord', 'client.run(os.environ["TOKEN"])', 'py-discord-run server worker'],
    ['discord', "    Oisol().run(os.getenv('DISCORD_TOKEN'), reconnect=True)", 'py-discord-subclass-run server worker'],
    ['pika', 'channel.start_consuming()', 'py-pika-consume server worker'],
    ['aio_pika', '    await queue.consume(on_message)', 'py-aio-pika-consume server worker'],
    ['wsgiref', 'httpd = make_server("", 8000, app)', 'py-wsgiref-server-0 server'],
    ['wsgiref', '                         wsgiref.simple_server.WSGIServer):', 'py-wsgiref-server-1 server'],
  ])('python, importing %s: %s', (module, line, fact) => {
    expect(factsOf('app/main.py', module, line)).toContain(fact);
  });

  it.each([
    [
      '@modelcontextprotocol/sdk',
      'const transport = new SSEServerTransport("/messages", res);',
      'node-mcp-http-transport server',
    ],
    [
      '@modelcontextprotocol/sdk',
      'await server.connect(new StdioServerTransport());',
      'node-mcp-stdio-transport server stdio',
    ],
    ['amqplib', "channel.consume('orders', handle);", 'node-amqp-consume server worker'],
    ['telegraf', 'bot.launch();', 'node-telegraf-launch server worker'],
    ['grammy', 'bot.start();', 'node-grammy-start server worker'],
    [
      'node-telegram-bot-api',
      'const bot = new TelegramBot(token, { polling: true });',
      'node-telegram-bot-api-polling server worker',
    ],
    ['discord.js', 'client.login(process.env.DISCORD_TOKEN);', 'node-discord-login server worker'],
    ['hyper-express', 'const webserver = new HyperExpress.Server();', 'node-hyper-express-server server'],
  ])('node, importing %s: %s', (module, line, fact) => {
    expect(factsOf('src/index.js', module, line)).toContain(fact);
  });

  it.each([
    // a client that only sends, an import line, a transport read from the environment
    ['telegram', 'await bot.send_message(chat_id=CHAT, text="done")'],
    ['pika', 'channel.basic_publish(exchange="", routing_key="jobs", body=b"x")'],
    ['wsgiref', 'from wsgiref.simple_server import WSGIServer, make_server'],
    ['mcp', 'mcp.run(transport=os.environ["TRANSPORT"])'],
    ['requests', 'bot.infinity_polling()'],
    // a thread started beside a bot, and a bot class's run with no discord import
    ['discord', 'threading.Thread(target=keep_alive).start()'],
    ['requests', 'MyBot().run(TOKEN)'],
  ])('python, importing %s: %s is no server', (module, line) => {
    expect(factsOf('app/main.py', module, line).filter((f) => !f.startsWith('py-app-run'))).toEqual([]);
  });

  it('HyperExpress and uWebSockets.js are found by their package, like any framework', () => {
    const services = (dependencies: Record<string, string>) =>
      detect(
        scanTree({
          'package.json': JSON.stringify({ private: true, scripts: { start: 'node index.js' }, dependencies }),
          'index.js': 'const server = require("./server");\nserver.start();\n',
        }),
        {},
      ).services.map((s) => `${s.path}:${s.frameworks.join('+')}`);
    expect(services({ 'hyper-express': '^6.17.0' })).toEqual(['.:HyperExpress']);
    expect(services({ 'uWebSockets.js': 'uNetworking/uWebSockets.js#v20.48.0' })).toEqual(['.:uWebSockets.js']);
    expect(services({ lodash: '^4' })).toEqual([]);
  });
});
