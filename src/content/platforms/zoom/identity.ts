/*
 * Zoom has no stable row key (meeting-dom.md §1.1, §5): row ids are list indexes
 * (`participants-list-N`) and react-virtualized reuses a row element for whoever sits at its
 * index. So a participant's id is derived from the display name they had when first seen; a
 * second person with the same name gets "<name>#2", a third "<name>#3", in order of appearance.
 * The id then follows the person, not the name: a rename in place (same row element and index,
 * same head count, old name gone from view) keeps the id, even when the new name copies someone
 * else's (the classic impersonation). Limits (NOTES.md): a rename while scrolled out of
 * the rendered window looks like a new person until the list is read whole again.
 */
interface Known {
  name: string;
  index: number;
  element: Element | null;
}

export interface RowFacts {
  row: Element;
  name: string;
  index: number;
}

export class ZoomIdentity {
  private readonly known = new Map<string, Known>();
  /** Ids by their current name: a pass looks names up instead of scanning everyone (500+ rows). */
  private readonly named = new Map<string, Set<string>>();
  private readonly ofRow = new WeakMap<Element, string>();
  private lastTotal: number | null = null;

  idOf = (row: Element): string | undefined => this.ofRow.get(row);
  nameOf = (id: string): string | undefined => this.known.get(id)?.name;

  /** Assigns an id to every rendered row; `complete`: every participant is rendered, so the unseen left. */
  resolve(rows: readonly RowFacts[], total: number | null, complete: boolean): void {
    const taken = new Set<string>();
    const pending: RowFacts[] = [];
    const shownNames = new Set(rows.map((r) => r.name));
    const shownElements = new Set(rows.map((r) => r.row));
    const assign = (facts: RowFacts, id: string) => {
      taken.add(id);
      this.ofRow.set(facts.row, id);
      this.set(id, { name: facts.name, index: facts.index, element: facts.row });
    };
    for (const facts of rows) {
      const before = this.ofRow.get(facts.row);
      if (before && !taken.has(before) && this.known.get(before)?.name === facts.name) assign(facts, before);
      else pending.push(facts);
    }
    const sameCount = total === this.lastTotal;
    const renamedInPlace = (facts: RowFacts): string | undefined => {
      const before = this.ofRow.get(facts.row);
      const was = before === undefined ? undefined : this.known.get(before);
      if (!sameCount || !was || was.index !== facts.index || taken.has(before!) || shownNames.has(was.name)) {
        return undefined;
      }
      // Someone else with the new name, not yet placed, whose row is in view: a shifted row.
      for (const id of this.named.get(facts.name) ?? []) {
        const element = this.known.get(id)?.element;
        if (id !== before && !taken.has(id) && element && shownElements.has(element)) return undefined;
      }
      return before;
    };
    const byName = (facts: RowFacts): string | undefined => {
      let best: string | undefined;
      let distance = Infinity;
      for (const id of this.named.get(facts.name) ?? []) {
        const gap = Math.abs(this.known.get(id)!.index - facts.index);
        if (!taken.has(id) && gap < distance) [best, distance] = [id, gap];
      }
      return best;
    };
    for (const facts of pending) {
      const id = renamedInPlace(facts) ?? byName(facts) ?? this.fresh(facts.name, taken);
      assign(facts, id);
    }
    if (complete) for (const id of [...this.known.keys()]) if (!taken.has(id)) this.set(id, undefined);
    this.lastTotal = total;
  }

  /** Updates the id's record and the name index together. */
  private set(id: string, record: Known | undefined): void {
    const was = this.known.get(id);
    if (was) {
      const ids = this.named.get(was.name);
      ids?.delete(id);
      if (ids?.size === 0) this.named.delete(was.name);
    }
    if (!record) {
      this.known.delete(id);
      return;
    }
    this.known.set(id, record);
    const ids = this.named.get(record.name) ?? new Set<string>();
    ids.add(id);
    this.named.set(record.name, ids);
  }

  private fresh(name: string, taken: ReadonlySet<string>): string {
    const base = name.trim() === '' ? 'zoom-participant' : name;
    let id = base;
    for (let n = 2; this.known.has(id) || taken.has(id); n++) id = `${base}#${n}`;
    return id;
  }
}

const identities = new WeakMap<Document, ZoomIdentity>();

/** The page's identity map, shared by the observer and the actions. */
export function identityFor(doc: Document): ZoomIdentity {
  let identity = identities.get(doc);
  if (!identity) identities.set(doc, (identity = new ZoomIdentity()));
  return identity;
}

/** A fresh map when observation (re)starts on a page. */
export function resetIdentity(doc: Document): ZoomIdentity {
  const identity = new ZoomIdentity();
  identities.set(doc, identity);
  return identity;
}
