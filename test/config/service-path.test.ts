import { describe, expect, it } from 'vitest';
import { normalizeServicePath } from '../../src/config/index.js';

describe('normalizeServicePath', () => {
  it.each([
    ['api', 'api'],
    ['./api/', 'api'],
    ['api///', 'api'],
    ['services//api', 'services/api'],
    ['services\\api', 'services/api'],
    ['a/./b', 'a/b'],
    ['a/x/../b', 'a/b'],
    ['.', '.'],
    ['./', '.'],
    ['', '.'],
    [' api ', 'api'],
  ])('%j -> %j', (raw, normalized) => {
    expect(normalizeServicePath(raw)).toBe(normalized);
  });

  it.each(['..', '../api', 'a/../../b', '/srv/api', 'C:\\repo\\api', 'c:/repo'])('refuses %j', (raw) => {
    expect(normalizeServicePath(raw)).toBeUndefined();
  });
});
