import type { RowObservation } from '../../kit/roster-tracker';
import { isSelfRow, myName, roleOf, rowCore, rowName, rowUserId } from './page';

/*
 * Participant ids, stable for the page load. Teams v2 rows carry the name in their data-tid
 * (meeting-dom.md §3.1), so a name is no key: the user id on the row (the avatar element's id
 * suffix; v1: the tail of aria-describedby) is used when present. Otherwise the id is derived
 * from the name, a second row with the same name getting "#2", and an element keeps its id for
 * as long as it shows the same name.
 */
export function createRowReader(doc: Document): (row: Element) => RowObservation | null {
  const byElement = new WeakMap<Element, { id: string; name: string }>();
  const holders = new Map<string, WeakRef<Element>>();

  function nameId(core: Element, name: string): string {
    const known = byElement.get(core);
    if (known && known.name === name) return known.id;
    for (let n = 1; ; n++) {
      const id = n === 1 ? `name:${name}` : `name:${name}#${n}`;
      const holder = holders.get(id)?.deref();
      if (!holder || holder === core || !holder.isConnected || rowName(holder) !== name) {
        holders.set(id, new WeakRef(core));
        byElement.set(core, { id, name });
        return id;
      }
    }
  }

  return (row) => {
    const core = rowCore(row);
    const name = rowName(core);
    if (!name) return null;
    const userId = rowUserId(core);
    const id = userId ? `user:${userId}` : nameId(core, name);
    const self = isSelfRow(core, myName(doc));
    return { id, name, role: roleOf(core, self), self };
  };
}

const readers = new WeakMap<Document, (row: Element) => RowObservation | null>();

/** One reader per document, so the observer and the actions agree on name-derived ids. */
export function readerFor(doc: Document): (row: Element) => RowObservation | null {
  let reader = readers.get(doc);
  if (!reader) readers.set(doc, (reader = createRowReader(doc)));
  return reader;
}
