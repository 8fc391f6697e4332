import { describe, expect, it } from 'vitest';
import { ZoomIdentity, type RowFacts } from './identity';

/** Row elements reused by index, as react-virtualized does; `show` puts names in them. */
function rows(count: number) {
  const elements = Array.from({ length: count }, () => document.createElement('div'));
  return (names: string[]): RowFacts[] => names.map((name, index) => ({ row: elements[index]!, name, index }));
}

describe('ZoomIdentity', () => {
  it('derives ids from names, with a suffix for twins in order', () => {
    const identity = new ZoomIdentity();
    const show = rows(4);
    const facts = show(['Host', 'Ana', 'Ana', 'Ana']);
    identity.resolve(facts, 4, true);
    expect(facts.map((f) => identity.idOf(f.row))).toEqual(['Host', 'Ana', 'Ana#2', 'Ana#3']);
  });

  it('keeps the id through a rename in place', () => {
    const identity = new ZoomIdentity();
    const show = rows(3);
    identity.resolve(show(['Host', 'Ana', 'Ben']), 3, true);
    const renamed = show(['Host', 'Ana', 'Benedict']);
    identity.resolve(renamed, 3, true);
    expect(identity.idOf(renamed[2]!.row)).toBe('Ben');
    expect(identity.nameOf('Ben')).toBe('Benedict');
  });

  it('follows people, not row elements, when a leave above shifts the rows', () => {
    const identity = new ZoomIdentity();
    const show = rows(4);
    identity.resolve(show(['Host', 'Ana', 'Ben', 'Chloé']), 4, true);
    const shifted = show(['Host', 'Ben', 'Chloé']);
    identity.resolve(shifted, 3, true);
    expect(shifted.map((f) => identity.idOf(f.row))).toEqual(['Host', 'Ben', 'Chloé']);
    expect(identity.nameOf('Ana')).toBeUndefined();
  });

  it('a rename to a name already shown elsewhere is not taken for that person', () => {
    const identity = new ZoomIdentity();
    const show = rows(3);
    identity.resolve(show(['Host', 'Ana', 'Eve']), 3, true);
    const copy = show(['Host', 'Ana', 'Ana']);
    identity.resolve(copy, 3, true);
    expect(copy.map((f) => identity.idOf(f.row))).toEqual(['Host', 'Ana', 'Eve']);
  });

  it('keeps people scrolled out of view while the list is incomplete, and reuses a freed name', () => {
    const identity = new ZoomIdentity();
    const top = rows(2)(['Host', 'Ana']);
    identity.resolve(top, 40, false);
    // Scrolled: new cells for new indexes (react-virtualized keys cells by index).
    const lower = [30, 31].map((index, i) => ({ row: document.createElement('div'), name: ['Zed', 'Yan'][i]!, index }));
    identity.resolve(lower, 40, false);
    expect(lower.map((f) => identity.idOf(f.row))).toEqual(['Zed', 'Yan']);
    expect(identity.nameOf('Ana')).toBe('Ana');
    identity.resolve([top[0]!], 1, true);
    expect(identity.nameOf('Zed')).toBeUndefined();
    const back = rows(2)(['Host', 'Zed']);
    identity.resolve(back, 2, true);
    expect(identity.idOf(back[1]!.row)).toBe('Zed');
  });
});
