import { REPORT_CATEGORIES } from '../../shared/model/report';
import type { ReportEvidenceRow, StoredReport } from '../store/store';
import { queryString, type DeskQuery } from './filters';
import { html, type SafeHtml } from './html';
import { CATEGORY_LABELS, PLATFORM_LABELS, renderTime } from './labels';
import { renderEvidenceTable } from './render-evidence';
import { renderFields } from './render-fields';
import { renderFilterForm } from './render-filter-form';
import { renderPage } from './render-page';
import { renderText } from './render-text';

export interface ListView {
  query: DeskQuery;
  reports: readonly StoredReport[];
  evidence: ReadonlyMap<string, readonly ReportEvidenceRow[]>;
  limit: number;
}

/** GET /desk: newest meetings first; within a meeting, reports by category. */
export function renderListPage(view: ListView): string {
  const meetings = groupBy(view.reports, (r) => `${r.platform}\n${r.meetingId}`);
  const sections = [...meetings.values()].map((reports, index) => renderMeeting(reports, index, view.evidence));
  const capped = view.reports.length >= view.limit ? html`<p>Showing the newest ${view.limit} reports.</p>` : '';
  const qs = queryString(view.query);
  return renderPage(
    'Reports',
    html`<h1>Reports</h1>
      ${renderFilterForm(view.query)}
      <p>
        ${view.reports.length === 1 ? '1 report' : `${view.reports.length} reports`}. Export:
        <a href="/desk/export.csv${qs}">CSV</a>, <a href="/desk/export.json${qs}">JSON</a>.
      </p>
      ${capped}${sections.length ? sections : html`<p>No reports match.</p>`}`,
  );
}

function renderMeeting(
  reports: readonly StoredReport[],
  index: number,
  evidence: ReadonlyMap<string, readonly ReportEvidenceRow[]>,
): SafeHtml {
  const first = reports[0]!;
  const id = `meeting-${index}`;
  const byCategory = groupBy(reports, (r) => r.category);
  const groups = REPORT_CATEGORIES.filter((c) => byCategory.has(c)).map((category) => {
    const list = byCategory.get(category)!;
    return html`<section>
      <h3 id="${id}-${category}">${CATEGORY_LABELS[category]} (${list.length})</h3>
      ${list.map((r) => renderCard(r, evidence.get(r.id) ?? []))}
    </section>`;
  });
  // Plain sections, not named regions: two meetings may share a title, and landmarks must be unique.
  return html`<section>
    <h2 id="${id}">
      Meeting ${renderText(first.report.meeting.title, 120)}
      <span class="meta"
        >on ${PLATFORM_LABELS[first.platform]}, id <code>${renderText(first.meetingId, 80)}</code></span
      >
    </h2>
    <p><a href="/desk${queryString({ meetingId: first.meetingId })}">Only this meeting</a></p>
    ${groups}
  </section>`;
}

function renderCard(stored: StoredReport, rows: readonly ReportEvidenceRow[]): SafeHtml {
  return html`<article class="report" aria-labelledby="report-${stored.id}">
    <h4 id="report-${stored.id}">
      <a href="/desk/reports/${stored.id}"
        >${CATEGORY_LABELS[stored.category]} report received ${renderTime(stored.receivedAt)}</a
      >
    </h4>
    ${renderFields(stored, rows)}
    <details>
      <summary>Evidence list (${rows.length})</summary>
      ${renderEvidenceTable(stored, rows, 20)}
    </details>
  </article>`;
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}
