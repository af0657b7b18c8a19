import { describe, expect, it } from 'vitest';
import { actionForKey, move, stepFromQuery } from '../../../src/guides/step-nav.ts';

describe('presenter step navigation', () => {
  it('maps arrows, clicker keys, space, Home and End', () => {
    expect(['ArrowRight', 'ArrowDown', 'PageDown', ' '].map((k) => actionForKey(k))).toEqual(['next', 'next', 'next', 'next']);
    expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map((k) => actionForKey(k))).toEqual(['prev', 'prev', 'prev']);
    expect(actionForKey(' ', true)).toBe('prev');
    expect(actionForKey('Home')).toBe('first');
    expect(actionForKey('End')).toBe('last');
    expect(actionForKey('a')).toBeNull();
    expect(actionForKey('Enter')).toBeNull();
  });

  it('walks from first to last and stays at both ends', () => {
    let nav = { index: 0, count: 4 };
    const seen = [nav.index];
    for (let i = 0; i < 5; i++) {
      nav = move(nav, 'next');
      seen.push(nav.index);
    }
    expect(seen).toEqual([0, 1, 2, 3, 3, 3]);
    expect(move(nav, 'first').index).toBe(0);
    expect(move({ index: 0, count: 4 }, 'prev').index).toBe(0);
    expect(move({ index: 1, count: 4 }, 'last').index).toBe(3);
    expect(move({ index: 0, count: 0 }, 'next').index).toBe(0);
  });

  it('reads the 1-based step from the URL and tolerates junk', () => {
    expect(stepFromQuery('3', 8)).toBe(2);
    expect(stepFromQuery('99', 8)).toBe(7);
    expect(stepFromQuery('0', 8)).toBe(0);
    expect(stepFromQuery('abc', 8)).toBe(0);
    expect(stepFromQuery(null, 8)).toBe(0);
  });
});
