import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from '../../src/config/did-you-mean.js';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['perfomance', 'performance', 1],
    ['review', 'review', 0],
  ])('%s -> %s is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('didYouMean', () => {
  const keys = ['fail-on', 'thresholds', 'weights', 'expected', 'ignore', 'services', 'waivers', 'comment'];

  it('suggests keys within the edit distance', () => {
    expect(didYouMean('waiver', keys)).toBe('waivers');
    expect(didYouMean('expectd', keys)).toBe('expected');
    expect(didYouMean('tresholds', keys)).toBe('thresholds');
  });

  it('allows about a third of a long key to differ', () => {
    expect(didYouMean('thershholds', keys)).toBe('thresholds');
  });

  it('matches other casings and separators', () => {
    expect(didYouMean('failOn', keys)).toBe('fail-on');
    expect(didYouMean('FAIL_ON', keys)).toBe('fail-on');
  });

  it('picks the nearest candidate', () => {
    expect(didYouMean('review', ['reviews', 'review2x', 'mismatch'])).toBe('reviews');
  });

  it('suggests nothing for far-off keys', () => {
    expect(didYouMean('colour', keys)).toBeUndefined();
    expect(didYouMean('x', keys)).toBeUndefined();
  });
});
