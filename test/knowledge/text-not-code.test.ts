import { describe, expect, it } from 'vitest';
import { textNotCodeIn } from '../../src/knowledge/text-not-code.js';

/** Whether the first occurrence of `word` in `text` lies in a comment or a string. */
function inText(text: string, language: 'node' | 'python', word: string): boolean {
  const at = text.indexOf(word);
  expect(at, word).toBeGreaterThanOrEqual(0);
  return textNotCodeIn(text, language)(at);
}

describe('textNotCodeIn', () => {
  it('Python: docstrings, strings and comments are text; code after them is code', () => {
    const py = [
      '"""Usage:',
      '    uvicorn.run(app)',
      '"""',
      "HINT = 'call app.run() yourself'  # or server.serve_forever()",
      'x = "a \\" quote"; listen()',
      'def f():',
      "    '''web.run_app(app)'''",
      '    return 1',
      'app.run(port=5000)',
    ].join('\n');
    expect(inText(py, 'python', 'uvicorn.run')).toBe(true);
    expect(inText(py, 'python', 'app.run()')).toBe(true);
    expect(inText(py, 'python', 'server.serve_forever')).toBe(true);
    expect(inText(py, 'python', 'listen()')).toBe(false);
    expect(inText(py, 'python', 'web.run_app')).toBe(true);
    expect(inText(py, 'python', 'app.run(port')).toBe(false);
  });

  it('JavaScript: block and line comments, template literals and quotes are text', () => {
    const js = [
      '/*',
      '  app.listen(3000);',
      '*/',
      'const T = `',
      'server.listen(8080);',
      '${name}`;',
      "const s = 'http.createServer()'; // then server.listen(1)",
      'const url = "https://x.test//path";',
      'app.listen(port);',
    ].join('\n');
    expect(inText(js, 'node', 'app.listen(3000)')).toBe(true);
    expect(inText(js, 'node', 'server.listen(8080)')).toBe(true);
    expect(inText(js, 'node', 'http.createServer')).toBe(true);
    expect(inText(js, 'node', 'server.listen(1)')).toBe(true);
    expect(inText(js, 'node', 'app.listen(port)')).toBe(false);
  });

  it('a quote left open (a regular expression, an apostrophe in JSX) costs only its line', () => {
    const js = ['const re = /[\'"]/;', "<p>Don't stop</p>;", 'server.listen(80);'].join('\n');
    expect(inText(js, 'node', 'server.listen')).toBe(false);
  });

  it('asked out of order, it reads again from the start', () => {
    const py = "x = 1\n'''\nuvicorn.run(app)\n'''\nuvicorn.run(app)\n";
    const ask = textNotCodeIn(py, 'python');
    expect(ask(py.lastIndexOf('uvicorn'))).toBe(false);
    expect(ask(py.indexOf('uvicorn'))).toBe(true);
    expect(ask(0)).toBe(false);
  });
});
