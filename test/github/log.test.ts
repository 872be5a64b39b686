import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inert, log } from '../../src/github/log.js';

/** Lines the runner would read as workflow commands. */
const commands = (out: string) => out.split(/\r\n|\r|\n/).filter((line) => /^\s*(::|##\[)/.test(line));

describe('inert', () => {
  it('keeps a plain line as it is', () => {
    expect(inert('backend-fit: fits (Node.js 70, Python 50)')).toBe('backend-fit: fits (Node.js 70, Python 50)');
    expect(inert('a :: b ##[x]')).toBe('a :: b ##[x]');
  });

  it('shows every kind of line break as one mark, so the text stays one line', () => {
    expect(inert('a\nb')).toBe('a ⏎ b');
    expect(inert('a\rb')).toBe('a ⏎ b');
    expect(inert('a\r\nb')).toBe('a ⏎ b');
    expect(inert('a\n\nb')).toBe('a ⏎  ⏎ b');
  });

  it('marks a line that would start a command, with or without blanks before it', () => {
    expect(inert('::error::x')).toBe('› ::error::x');
    expect(inert('  \t::add-mask::x')).toBe('›   \t::add-mask::x');
    expect(inert('##[error]x')).toBe('› ##[error]x');
    expect(inert('\n::stop-commands::tok')).toBe(' ⏎ ::stop-commands::tok');
    expect(inert(':x')).toBe(':x');
    expect(inert('#[x')).toBe('#[x');
    expect(inert('##x')).toBe('##x');
  });

  it('no text makes a command line', () => {
    for (const text of ['main\n::error::pwned', 'x\r::add-mask::s', '::stop-commands::t\n::t::', ' \n ##[group]x']) {
      expect(commands(inert(text))).toEqual([]);
    }
  });
});

describe('log', () => {
  let out = '';
  beforeEach(() => {
    out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out += String(chunk);
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  it('info, debug, warning and fail write one inert line each', () => {
    const hostile = 'ref\n::error::pwned';
    log.info(hostile);
    log.debug(hostile);
    log.warning(hostile);
    log.warning(hostile, { file: 'a\n.js', startLine: 3, title: 't' });
    log.fail(hostile);
    expect(commands(out).filter((line) => line.trimStart().startsWith('::error::pwned'))).toEqual([]);
    expect(out.split('\n')).toContain('ref ⏎ ::error::pwned');
    expect(out).toContain('::debug::ref ⏎ ::error::pwned\n');
    expect(out).toContain('::warning::ref ⏎ ::error::pwned\n');
    expect(out).toContain('::warning title=t,file=a%0A.js,line=3::ref ⏎ ::error::pwned\n');
    expect(out).toContain('::error::ref ⏎ ::error::pwned\n');
    expect(process.exitCode).toBe(1);
  });
});
