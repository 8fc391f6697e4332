import type { MeetingEvent } from '../../../shared/model/meeting-event';
import type { ParticipantObservation } from '../../../shared/model/participant';
import { readRow, rosterList } from './page';
import { ROW_KEY, S } from './selectors';

const ROW = S.row.selectors[0]!;

/**
 * Keeps the roster as last seen and emits what changed. After the first full read it only
 * re-reads rows that mutation records touched (a Map by row key, no layout reads), so a pass
 * stays cheap with 2,000 rows. When the list leaves the page (panel closed) nothing is emitted:
 * a hidden roster is not an empty meeting. When it comes back, one full read catches up.
 */
export function createRosterTracker(emit: (event: MeetingEvent) => void) {
  const known = new Map<string, ParticipantObservation>();
  const elements = new Map<string, Element>();
  const idOf = new WeakMap<Element, string>();
  let list: Element | null = null;
  let announced = false;
  let sharerId: string | null = null;

  function see(row: Element, at: number): string | undefined {
    const observation = readRow(row, sharerId);
    if (!observation) return undefined;
    const former = idOf.get(row);
    // A row element reused for someone else: the former occupant is gone.
    if (former !== undefined && former !== observation.id && elements.get(former) === row) leave(former, at);
    idOf.set(row, observation.id);
    elements.set(observation.id, row);
    const before = known.get(observation.id);
    known.set(observation.id, observation);
    if (!announced) return observation.id;
    if (!before) emit({ kind: 'joined', at, participant: observation });
    else {
      if (before.name !== observation.name) {
        emit({ kind: 'renamed', at, participantId: observation.id, from: before.name, to: observation.name });
      }
      if (before.role !== observation.role) {
        emit({ kind: 'role-changed', at, participantId: observation.id, role: observation.role });
      }
    }
    return observation.id;
  }

  function leave(id: string, at: number) {
    known.delete(id);
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

  function rescan(at: number) {
    const seen = new Set<string>();
    for (const row of list!.querySelectorAll(ROW)) {
      const id = see(row, at);
      if (id) seen.add(id);
    }
    if (!announced) {
      announced = true;
      emit({ kind: 'roster', at, participants: [...known.values()] });
      return;
    }
    for (const id of [...known.keys()]) if (!seen.has(id)) leave(id, at);
  }

  function applyRecords(records: readonly MutationRecord[], at: number) {
    const touched = new Set<Element>();
    const removed = new Set<Element>();
    for (const record of records) {
      const target = record.target;
      if (target !== list && !list!.contains(target)) continue;
      for (const node of record.removedNodes) rowsIn(node, removed);
      for (const node of record.addedNodes) rowsIn(node, touched);
      const element = target instanceof Element ? target : target.parentElement;
      const row = element?.closest(ROW);
      if (row && list!.contains(row)) touched.add(row);
    }
    for (const row of touched) if (row.isConnected) see(row, at);
    for (const row of removed) {
      if (row.isConnected && list!.contains(row)) continue; // moved, not gone
      const id = idOf.get(row) ?? row.getAttribute(ROW_KEY);
      if (id && elements.get(id) === row) leave(id, at);
    }
  }

  return {
    /** `records === null` asks for a full read. `sharer` is the stage's current sharer. */
    update(doc: Document, records: readonly MutationRecord[] | null, sharer: string | null, at: number) {
      setSharer(sharer);
      const current = rosterList(doc);
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
    knows: (id: string) => known.has(id),
  };
}

/** Rows in an added or removed subtree (the node itself, or rows inside a wrapper). */
function rowsIn(node: Node, into: Set<Element>) {
  if (!(node instanceof Element)) return;
  if (node.matches(ROW)) into.add(node);
  else if (node.firstElementChild) for (const row of node.querySelectorAll(ROW)) into.add(row);
}

export type RosterTracker = ReturnType<typeof createRosterTracker>;
