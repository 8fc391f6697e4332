import type { ReplicaParticipant } from '../replica';
import type { ViewContext } from './context';
import { h } from './dom';
import type { Change } from './model';
import { personRow, presentationRow } from './people-row';
import type { PanelRender } from './side-panel';

/*
 * The People panel (engagium doc, 2025-11): heading "People", "Add people", "Search for
 * people", "In the meeting", a "Contributors N" toggle, then `region "In call"` >
 * `list "Participants"` > one listitem per person, and each presentation as its own entry.
 * Not virtualised: the panel lists everyone (engagium: "Always complete list"). Rows are
 * updated one by one, so a join among 500 rows touches one row.
 */
export function renderPeoplePanel(ctx: ViewContext): PanelRender {
  return (body) => {
    const { doc, t, cls, model } = ctx;
    const count = h(doc, 'span', { class: cls('contributorsCount') });
    const list = h(doc, 'div', { class: cls('peopleList'), role: 'list', 'aria-label': t.participantsList });
    body.append(
      h(doc, 'button', { type: 'button', class: cls('addPeople'), 'aria-label': t.addPeople }, t.addPeople),
      h(doc, 'input', {
        type: 'text',
        class: cls('searchPeople'),
        'aria-label': t.searchPeople,
        placeholder: t.searchPeople,
      }),
      h(doc, 'h3', { class: cls('inMeeting') }, t.inTheMeeting),
      h(
        doc,
        'button',
        { type: 'button', class: cls('contributors'), 'aria-expanded': 'true' },
        h(doc, 'span', {}, t.contributors),
        count,
      ),
      h(doc, 'div', { class: cls('inCall'), role: 'region', 'aria-label': t.inCall }, list),
    );
    const rows = new Map<string, HTMLElement>();
    const presentations = new Map<string, HTMLElement>();

    const addPresentation = (person: ReplicaParticipant) => {
      const presentationId = model.presentationIds.get(person.id);
      const anchor = rows.get(person.id);
      if (!presentationId || !anchor) return;
      const row = presentationRow(ctx, person, presentationId);
      presentations.set(person.id, row);
      anchor.after(row);
    };
    const removePresentation = (id: string) => {
      presentations.get(id)?.remove();
      presentations.delete(id);
    };
    // The client patches a row in place (same element) when a name, role or mic state changes.
    const patchRow = (person: ReplicaParticipant) => {
      const row = rows.get(person.id);
      if (!row) return;
      const fresh = personRow(ctx, person);
      row.setAttribute('aria-label', person.name);
      row.replaceChildren(...fresh.childNodes);
    };
    const refreshCount = () => (count.textContent = String(model.people.length));

    // Self first, then everyone in join order.
    const ordered = [...model.people.filter((p) => p.self), ...model.people.filter((p) => !p.self)];
    for (const person of ordered) {
      const row = personRow(ctx, person);
      rows.set(person.id, row);
      list.append(row);
      if (person.sharing) addPresentation(person);
    }
    refreshCount();

    return model.subscribe((change: Change) => {
      if (change.kind === 'joined') {
        const row = personRow(ctx, change.person);
        rows.set(change.person.id, row);
        list.append(row);
      } else if (change.kind === 'left') {
        rows.get(change.person.id)?.remove();
        rows.delete(change.person.id);
        removePresentation(change.person.id);
      } else if (change.kind === 'renamed' || change.kind === 'muted' || change.kind === 'role') {
        patchRow(change.person);
        if (change.kind === 'renamed' && presentations.has(change.person.id)) {
          removePresentation(change.person.id);
          addPresentation(change.person);
        }
      } else if (change.kind === 'share') {
        if (change.on) addPresentation(change.person);
        else removePresentation(change.person.id);
      }
      refreshCount();
    });
  };
}
