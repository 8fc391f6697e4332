import { forbidsImages } from '../../shared/model/report';
import type { ReportEvidenceRow, StoredReport } from '../store/store';
import { html, type SafeHtml } from './html';
import { CATEGORY_LABELS, renderTime } from './labels';
import { NO_IMAGES_NOTICE, renderEvidenceTable, renderImages } from './render-evidence';
import { renderFields } from './render-fields';
import { renderPage } from './render-page';
import { renderLines, renderText } from './render-text';

/** GET /desk/reports/<id>: everything the report carries, every string escaped and isolated. */
export function renderReportPage(stored: StoredReport, rows: readonly ReportEvidenceRow[]): string {
  const { report } = stored;
  const title = `${CATEGORY_LABELS[stored.category]} report`;
  return renderPage(
    title,
    html`<h1>${title}</h1>
      ${forbidsImages(stored.category) ? NO_IMAGES_NOTICE : ''} ${renderFields(stored, rows)}
      <h2>Reporter's note</h2>
      <p>${report.note ? renderLines(report.note) : 'No note.'}</p>
      <h2>Alerts</h2>
      ${renderTable(
        'Alerts the extension raised',
        ['Time (client clock)', 'Kind', 'Reason'],
        report.alerts.map((a) => [renderTime(a.at), renderText(a.kind, 64), renderText(a.reason, 500)]),
      )}
      <h2>Actions taken</h2>
      ${renderTable(
        'Host actions and their results',
        ['Time (client clock)', 'Action', 'Step', 'Origin', 'Result', 'Detail'],
        report.actions.map((a) => [
          renderTime(a.at),
          renderText(a.action, 64),
          renderText(a.step, 64),
          renderText(a.origin, 16),
          a.ok ? 'ok' : 'failed',
          renderText(a.detail, 500),
        ]),
      )}
      <h2>Evidence</h2>
      <p>
        Chain head <span class="hash">${report.evidence.chainHead}</span>, window ${renderTime(report.window.from)} to
        ${renderTime(report.window.to)} (client clock). Client ${renderText(report.client.browser, 64)}
        ${renderText(report.client.version, 64)}; report id <code>${stored.id}</code>, idempotency key
        <code>${stored.idempotencyKey}</code>.
      </p>
      ${renderEvidenceTable(stored, rows)} ${renderImages(stored, rows)}`,
  );
}

function renderTable(
  caption: string,
  headers: readonly string[],
  rows: readonly (readonly (SafeHtml | string)[])[],
): SafeHtml {
  if (!rows.length) return html`<p>None.</p>`;
  return html`<table>
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        ${headers.map((h) => html`<th scope="col">${h}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (cells) =>
          html`<tr>
            ${cells.map((c) => html`<td>${c}</td>`)}
          </tr>`,
      )}
    </tbody>
  </table>`;
}
