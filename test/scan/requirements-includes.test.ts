import { describe, expect, it } from 'vitest';
import { requirementsIncludes, resolveInclude } from '../../src/scan/requirements-includes.js';

describe('requirementsIncludes', () => {
  it('finds every spelling of -r and -c', () => {
    const text = [
      '-r base.txt',
      '--requirement common.txt',
      '--requirement=web.txt',
      '-rshort.txt',
      '-c constraints/pins.txt',
      '--constraint  =  more.txt',
      '  -r indented.txt  # a comment',
      'flask==3.0',
    ].join('\n');
    expect(requirementsIncludes(text).map((include) => include.target)).toEqual([
      'base.txt',
      'common.txt',
      'web.txt',
      'short.txt',
      'constraints/pins.txt',
      'more.txt',
      'indented.txt',
    ]);
  });

  it('gives the line of each include, counting continued lines', () => {
    expect(requirementsIncludes('flask\n-r \\\n  base.txt\n-c pins.txt\n')).toEqual([
      { target: 'base.txt', line: 2 },
      { target: 'pins.txt', line: 4 },
    ]);
  });

  it('skips URLs, comments and options that only look alike', () => {
    const text = [
      '-r https://example.com/reqs.txt',
      '# -r commented.txt',
      '--requirements typo.txt',
      '-e git+https://github.com/x/y.git#egg=y',
      '--index-url https://pypi.org/simple',
      'requests  # -r not-an-option.txt',
    ].join('\n');
    expect(requirementsIncludes(text)).toEqual([]);
  });

  it('unquotes a quoted path', () => {
    expect(requirementsIncludes('-r "base.txt"\n')).toEqual([{ target: 'base.txt', line: 1 }]);
  });
});

describe('resolveInclude', () => {
  it('resolves from the including file’s folder', () => {
    expect(resolveInclude('requirements/dev.txt', 'base.txt')).toBe('requirements/base.txt');
    expect(resolveInclude('api/requirements.txt', '../shared/common.txt')).toBe('shared/common.txt');
    expect(resolveInclude('requirements.txt', './base.txt')).toBe('base.txt');
  });

  it('refuses paths that leave the root', () => {
    expect(resolveInclude('requirements.txt', '../outside.txt')).toBeUndefined();
    expect(resolveInclude('a/requirements.txt', '../../x.txt')).toBeUndefined();
    expect(resolveInclude('requirements.txt', '/etc/passwd')).toBeUndefined();
  });
});
