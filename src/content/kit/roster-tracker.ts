import type { MeetingEvent } from '../../shared/model/meeting-event';
import type { ParticipantObservation } from '../../shared/model/participant';

export type RowObservation = Omit<ParticipantObservation, 'sharing'>;

/** How one platform shows its roster; the tracker does the rest. */
export interface RosterSource {
  /** The roster container, or null while it is not on the page (a hidden roster is not an empty meeting). */
  list(doc: Document): Element | null;
  /** Selector of one row inside the list. */
  row: string;
  /** id, raw name, role (from the platform's role label only) and self; null = not a participant row. */
  read(row: Element): RowObservation | null;
  /** Attributes whose change must re-read a row. */
  attributes?: readonly string[];
  /**
   * A virtualised list renders only the rows in view, so a row leaving the DOM is not a leave.
   * `complete(list)` says every participant's row is rendered right now.
   */
  virtualized?: { complete(list: Element): boolean };
}

/**
 * The roster differ: keeps the roster as last seen and emits `roster` once, then one event per
 * change. After the first full read it re-reads only rows that mutation records touched, so a
 * pass stays cheap with 2,000 rows.
 */
export function createRosterTracker(source: RosterSource, emit: (event: MeetingEvent) => void) {
  const known = new Map<string, ParticipantObservation>();
  const elements = new Map<string, Element>();
  const idOf = new WeakMap<Element, string>();
  let list: Element | null = null;
  let announced = false;
  let sharerId: string | null = null;
  const complete = () => (source.virtualized ? list !== null && source.virtualized.complete(list) : true);

  function see(row: Element, at: number): string | undefined {
    const read = source.read(row);
    if (!read) return undefined;
    const observation: ParticipantObservation = { ...read, sharing: read.id === sharerId };
    const former = idOf.get(row);
    // A row element reused for someone else: in a full list the former occupant is gone.
    if (former !== undefined && former !== read.id && elements.get(former) === row) {
      if (complete()) leave(former, at);
      else elements.delete(former);
    }
    idOf.set(row, read.id);
    elements.set(read.id, row);
    const before = known.get(read.id);
    known.set(read.id, observation);
    if (!announced) return read.id;
    if (!before) emit({ kind: 'joined', at, participant: observation });
    else {
      if (before.name !== observation.name)
        emit({ kind: 'renamed', at, participantId: read.id, from: before.name, to: observation.name });
      if (before.role !== observation.role) emit({ kind: 'role-changed', at, participantId: read.id, role: read.role });
    }
    return read.id;
  }

  function leave(id: string, at: number) {
    if (!known.delete(id)) return;
    elements.delete(id);
    emit({ kind: 'left', at, participantId: id });
  }

  function setSharer(next: string | null) {
    if (next === sharerId) return;
    for (const id of [sharerId, next]) {
      const observation = id === null ? undefined : known.get(id);
      if (observation) known.set(observation.id, { ...observation, sharing: observation.id === next });
    }
    sharerId = next;
  }

  function announce(at: number) {
    announced = true;
    emit({ kind: 'roster', at, participants: [...known.values()] });
  }

  function rescan(at: number) {
    const seen = new Set<string>();
    for (const row of list!.querySelectorAll(source.row)) {
      const id = see(row, at);
      if (id) seen.add(id);
    }
    if (!announced) {
      if (complete()) announce(at);
      return;
    }
    if (complete()) for (const id of [...known.keys()]) if (!seen.has(id)) leave(id, at);
  }

  function applyRecords(records: readonly MutationRecord[], at: number) {
    const touched = new Set<Element>();
    const removed = new Set<Element>();
    for (const record of records) {
      const target = record.target;
      if (target !== list && !list!.contains(target)) continue;
      for (const node of record.removedNodes) rowsIn(node, source.row, removed);
      for (const node of record.addedNodes) rowsIn(node, source.row, touched);
      const element = target instanceof Element ? target : target.parentElement;
      const row = element?.closest(source.row);
      if (row && list!.contains(row)) touched.add(row);
    }
    for (const row of touched) if (row.isConnected) see(row, at);
    const full = complete();
    for (const row of removed) {
      if (row.isConnected && list!.contains(row)) continue; // moved, not gone
      const id = idOf.get(row);
      if (id === undefined || elements.get(id) !== row) continue;
      if (full) leave(id, at);
      else elements.delete(id);
    }
  }

  return {
    /** `records === null` asks for a full read. `sharer` is who is sharing now, by participant id. */
    update(doc: Document, records: readonly MutationRecord[] | null, sharer: string | null, at: number) {
      setSharer(sharer);
      const current = source.list(doc);
      if (!current) {
        list = null;
        return;
      }
      if (current !== list || !announced || records === null) {
        list = current;
        return rescan(at);
      }
      applyRecords(records, at);
    },
    /**
     * For virtualised lists: the adapter enumerated the whole list (by scrolling) and saw exactly
     * `present`; announces the roster if not yet done, and whoever is missing has left.
     */
    reconcile(present: ReadonlySet<string>, at: number) {
      if (!announced) return announce(at);
      for (const id of [...known.keys()]) if (!present.has(id)) leave(id, at);
    },
    knows: (id: string) => known.has(id),
    announced: () => announced,
    /** The participant now shown under exactly this name (first match), for clients that name the sharer. */
    idByName(name: string): string | undefined {
      for (const p of known.values()) if (p.name === name) return p.id;
      return undefined;
    },
    all: (): readonly ParticipantObservation[] => [...known.values()],
  };
}

/** Rows in an added or removed subtree (the node itself, or rows inside a wrapper). */
function rowsIn(node: Node, row: string, into: Set<Element>) {
  if (!(node instanceof Element)) return;
  if (node.matches(row)) into.add(node);
  else if (node.firstElementChild) for (const found of node.querySelectorAll(row)) into.add(found);
}

export type RosterTracker = ReturnType<typeof createRosterTracker>;
