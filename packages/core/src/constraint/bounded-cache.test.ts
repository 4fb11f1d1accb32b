import { describe, expect, it } from 'vitest';
import { BoundedCache } from './bounded-cache';

describe('BoundedCache', () => {
  const bytes = (value: string) => value.length;

  it('keeps at most maxEntries, dropping the least recently used', () => {
    const cache = new BoundedCache<string>(2, 1000, bytes);
    cache.set('a', 'x');
    cache.set('b', 'y');
    expect(cache.get('a')).toBe('x'); // a is now the most recent
    cache.set('c', 'z');
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('x');
    expect(cache.get('c')).toBe('z');
    expect(cache.size).toBe(2);
  });

  it('keeps at most maxBytes, and an entry larger than the budget is not kept', () => {
    const cache = new BoundedCache<string>(100, 10, bytes);
    cache.set('a', 'aaaa');
    cache.set('b', 'bbbb');
    expect(cache.bytes).toBe(8);
    cache.set('c', 'cccc');
    expect(cache.get('a')).toBeUndefined();
    expect(cache.bytes).toBe(8);
    cache.set('huge', 'x'.repeat(11));
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.get('b')).toBe('bbbb');
    // replacing a key counts its new size only
    cache.set('b', 'bb');
    expect(cache.bytes).toBe(6);
  });
});
