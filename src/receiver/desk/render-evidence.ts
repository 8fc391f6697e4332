import { forbidsImages, type ReportCategory } from '../../shared/model/report';
import { isImageType } from '../../shared/report-wire/schema';
import type { ReportEvidenceRow, StoredReport } from '../store/store';
import { html, type SafeHtml } from './html';
import { formatBytes, renderTime } from './labels';

/** Whether the desk may show or serve this row's bytes: never an image of a child-abuse report. */
export function mayServe(category: ReportCategory, row: ReportEvidenceRow): boolean {
  return row.held && !(isImageType(row.mediaType) && forbidsImages(category));
}

const evidencePath = (sha256: string) => `/desk/evidence/${sha256}`;

/** Every entry with its hash and whether the server holds it; `limit` rows, then a count of the rest. */
export function renderEvidenceTable(
  stored: StoredReport,
  rows: readonly ReportEvidenceRow[],
  limit = Infinity,
): SafeHtml {
  if (!rows.length) return html`<p>No evidence entries.</p>`;
  const captured = new Map(stored.report.evidence.entries.map((e) => [e.seq, e]));
  const shown = rows.slice(0, limit);
  const body = shown.map((row) => {
    const entry = captured.get(row.seq);
    const hash = mayServe(stored.category, row)
      ? html`<a class="hash" href="${evidencePath(row.sha256)}">${row.sha256}</a>`
      : html`<span class="hash">${row.sha256}</span>`;
    const held = row.held
      ? mayServe(stored.category, row)
        ? 'yes'
        : 'yes, not shown'
      : row.attached
        ? html`<span class="held-no">no (missing)</span>`
        : 'no (hash only)';
    return html`<tr>
      <td>${row.seq}</td>
      <td>${row.kind}</td>
      <td>${row.mediaType}</td>
      <td>${entry ? formatBytes(entry.size) : ''}</td>
      <td>${entry ? renderTime(entry.capturedAt) : ''}</td>
      <td>${hash}</td>
      <td>${held}</td>
    </tr>`;
  });
  const more =
    rows.length > shown.length ? html`<p>${rows.length - shown.length} more entries on the report page.</p>` : '';
  return html`<table>
      <caption>
        Evidence entries, in chain order
      </caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">Kind</th>
          <th scope="col">Type</th>
          <th scope="col">Size</th>
          <th scope="col">Captured (client clock)</th>
          <th scope="col">SHA-256</th>
          <th scope="col">Held on server</th>
        </tr>
      </thead>
      <tbody>
        ${body}
      </tbody>
    </table>
    ${more}`;
}

/** Held images of a report that may show them, blurred until the reviewer opens two disclosures (no script). */
export function renderImages(stored: StoredReport, rows: readonly ReportEvidenceRow[]): SafeHtml {
  if (forbidsImages(stored.category)) return html``;
  const images = rows.filter((row) => isImageType(row.mediaType) && mayServe(stored.category, row));
  if (!images.length) return html``;
  const figures = images.map(
    (row) =>
      html`<figure class="evidence-image">
        <details class="show">
          <summary>Show image #${row.seq} (blurred)</summary>
          <details class="unblur"><summary>Remove the blur from image #${row.seq}</summary></details>
          <img
            src="${evidencePath(row.sha256)}"
            alt="Evidence image #${row.seq}, a captured ${row.kind}"
            loading="lazy"
          />
        </details>
        <figcaption>Image #${row.seq}, SHA-256 <span class="hash">${row.sha256}</span></figcaption>
      </figure>`,
  );
  return html`<section aria-labelledby="images-heading">
    <h2 id="images-heading">Images</h2>
    <p>Images are blurred by default. Open an image, then remove its blur only if you need to.</p>
    ${figures}
  </section>`;
}

/** Why a child-abuse report has no images: stated on every page that shows one. */
export const NO_IMAGES_NOTICE = html`<p class="notice">
  <strong>No images are kept for this category.</strong> Storing or copying sexual content involving minors is a crime
  in many countries, so the extension never captures or sends images for it and this server never stores or shows them.
  Only hashes and metadata are kept. Report the meeting to the platform, and to NCMEC (US, report.cybertip.org) or the
  IWF (UK, report.iwf.org.uk).
</p>`;
