import { describe, expect, it } from 'vitest';
import { forEachLineMatching, joinContinued } from '../../src/detect/lines.js';

const linesOf = (text: string, pattern: RegExp) => {
  const seen: [number, string][] = [];
  forEachLineMatching(text, pattern, (line, number) => seen.push([number, line]));
  return seen;
};

describe('the lines that hold a match', () => {
  it('are each visited once, in order, with their numbers and without their line break', () => {
    expect(linesOf('a\nfoo foo\n\nbar foo\r\nfoo', /foo/g)).toEqual([
      [2, 'foo foo'],
      [4, 'bar foo\r'],
      [5, 'foo'],
    ]);
  });

  it('find a match at the very start and none in an empty text', () => {
    expect(linesOf('foo\nx', /foo/g)).toEqual([[1, 'foo']]);
    expect(linesOf('', /foo/g)).toEqual([]);
    expect(linesOf('x\ny\n', /foo/g)).toEqual([]);
  });

  it('find line starts with a multiline pattern', () => {
    expect(linesOf('x = 1\napp = App()\n  app.run()\n', /^app\b/gm)).toEqual([[2, 'app = App()']]);
  });
});

describe('lines continued with a backslash', () => {
  it('joins each continuation to the line it continues, trimmed, keeping the first line', () => {
    const text = ['RUN pip install \\', '    -r requirements.txt  \\  ', '  && echo done', 'CMD ["python", "app.py"]'];
    expect(joinContinued(text)).toEqual([
      { text: 'RUN pip install -r requirements.txt && echo done', first: 0 },
      { text: 'CMD ["python", "app.py"]', first: 3 },
    ]);
  });

  it('keeps a last line that is still open, and lines with no backslash as they are', () => {
    expect(joinContinued(['  a b  ', 'c \\'])).toEqual([
      { text: '  a b  ', first: 0 },
      { text: 'c', first: 1 },
    ]);
    expect(joinContinued([])).toEqual([]);
  });
});
