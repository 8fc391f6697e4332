import { forbidsImages } from '../../shared/model/report';
import type { ReportEvidenceRow, StoredReport } from '../store/store';
import { html, type SafeHtml } from './html';
import { CATEGORY_LABELS, PLATFORM_LABELS, renderTime } from './labels';
import { renderName, renderText } from './render-text';

/** The facts every view of a report shows, as a description list. */
export function renderFields(stored: StoredReport, rows: readonly ReportEvidenceRow[]): SafeHtml {
  const { report } = stored;
  const held = rows.filter((row) => row.held).length;
  const chain =
    stored.chainStatus === 'verified'
      ? 'verified (server-checked hash chain)'
      : html`<span class="status-broken">${stored.chainStatus}</span>`;
  return html`<dl class="fields">
    <dt>Received</dt>
    <dd>${renderTime(stored.receivedAt)} <span class="meta">(server clock)</span></dd>
    <dt>Category</dt>
    <dd>${CATEGORY_LABELS[stored.category]}</dd>
    <dt>Platform</dt>
    <dd>${PLATFORM_LABELS[stored.platform]}</dd>
    <dt>Meeting</dt>
    <dd>
      ${renderText(report.meeting.title)}
      <span class="meta">(id <code>${renderText(report.meeting.id, 80)}</code>)</span>
    </dd>
    <dt>Participants</dt>
    <dd>${renderParticipants(stored)}</dd>
    <dt>Chain</dt>
    <dd>${chain}</dd>
    <dt>Evidence</dt>
    <dd>
      ${rows.length} entries, ${held} held on the server${forbidsImages(stored.category) ? ', no images kept' : ''}
    </dd>
  </dl>`;
}

export function renderParticipants(stored: StoredReport, limit = 20): SafeHtml {
  const people = stored.report.participants;
  if (!people.length) return html`none named`;
  const items = people.slice(0, limit).map(
    (p) =>
      html`<li>
        ${renderName(p.name)}
        <span class="meta">(${renderText(p.role, 32)}, id <code>${renderText(p.id, 80)}</code>)</span>
      </li>`,
  );
  const more = people.length > limit ? html`<li>and ${people.length - limit} more</li>` : '';
  return html`<ul>
    ${items}${more}
  </ul>`;
}
