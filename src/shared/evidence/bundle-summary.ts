import type { WireReport } from '../report-wire/schema';
import { HOTLINE_URLS, type BundleLabels } from './bundle-labels';
import type { ManifestEntry } from './bundle-manifest';
import { escapeHtml, nameHtml, textHtml } from './html-text';

/**
 * summary.html: the bundle read by a person (a moderator, the platform, the police). One
 * self-contained page: no script, no remote resource, inline CSS, a CSP that forbids the rest.
 * It shows no image, even where the archive holds some: opening the summary must not expose
 * anyone to the content. Every page-derived string goes through html-text.ts.
 */
export interface SummaryInput {
  report: WireReport;
  entries: readonly ManifestEntry[];
  labels: BundleLabels;
  language: string;
  imagesWithheld: boolean;
}

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1b1b1b}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{border:1px solid #bbb;padding:.25rem .5rem;text-align:start;vertical-align:top}
td{overflow-wrap:anywhere}code{font-size:.85em;word-break:break-all}.hidden-char{background:#fde68a;border-radius:3px;font-family:monospace;font-size:.85em}
.withheld{border:3px solid #b91c1c;padding:1rem;margin:1rem 0;background:#fef2f2}.note{white-space:pre-wrap}`;

const RTL = /^(ar|he|fa|ur|ps|yi|dv|ckb|sd|ug)\b/i;

export function summaryHtml(input: SummaryInput): string {
  const { report, labels } = input;
  const language = safeLanguage(input.language);
  const when = timeFormatter(language);
  const t = (ms: number) => `<time datetime="${new Date(ms).toISOString()}">${escapeHtml(when(ms))}</time>`;
  const category = labels.categories[report.category] ?? report.category;
  return `<!doctype html>
<html lang="${escapeHtml(language)}" dir="${RTL.test(language) ? 'rtl' : 'ltr'}">
<head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(labels.title)}</title><style>${STYLE}</style></head>
<body>
<h1>${escapeHtml(labels.title)}</h1>
<p>${escapeHtml(labels.intro)}</p>
${input.imagesWithheld ? withheldHtml(labels) : ''}
<h2>${escapeHtml(labels.meeting)}</h2>
<table>
${row(labels.platform, escapeHtml(report.meeting.platform))}
${row(labels.meetingTitle, `<bdi>${textHtml(report.meeting.title)}</bdi>`)}
${row(labels.meetingId, `<code>${escapeHtml(report.meeting.id)}</code>`)}
${row(labels.category, escapeHtml(category))}
${row(labels.window, `${t(report.window.from)} – ${t(report.window.to)}`)}
${row(labels.createdAt, t(report.createdAt))}
${row(labels.note, report.note ? `<div class="note" dir="auto">${textHtml(report.note)}</div>` : escapeHtml(labels.none))}
</table>
<p>${escapeHtml(labels.hiddenCharacters)}</p>
<h2>${escapeHtml(labels.participants)}</h2>
${table(
  labels,
  [labels.name, labels.role, labels.participantId],
  report.participants.map((p) => [nameHtml(p.name), textHtml(p.role), `<code>${textHtml(p.id)}</code>`]),
)}
<h2>${escapeHtml(labels.alerts)}</h2>
${table(
  labels,
  [labels.time, labels.kind, labels.reason],
  report.alerts.map((a) => [t(a.at), textHtml(a.kind), `<bdi>${textHtml(a.reason)}</bdi>`]),
)}
<h2>${escapeHtml(labels.actions)}</h2>
${table(
  labels,
  [labels.time, labels.action, labels.step, labels.origin, labels.result, labels.detail],
  report.actions.map((a) => [
    t(a.at),
    textHtml(a.action),
    textHtml(a.step),
    textHtml(a.origin),
    escapeHtml(a.ok ? labels.ok : labels.failed),
    `<bdi>${textHtml(a.detail)}</bdi>`,
  ]),
)}
<h2>${escapeHtml(labels.evidence)}</h2>
${table(
  labels,
  [labels.seq, labels.time, labels.kind, labels.mediaType, labels.size, labels.sha256, labels.file],
  input.entries.map((e) => [
    String(e.seq),
    t(e.capturedAt),
    escapeHtml(e.kind),
    escapeHtml(e.mediaType),
    String(e.size),
    `<code>${escapeHtml(e.sha256)}</code>`,
    e.file ? `<a href="${escapeHtml(e.file)}">${escapeHtml(e.file)}</a>` : escapeHtml(labels.hashOnly),
  ]),
)}
<h2>${escapeHtml(labels.chain)}</h2>
<p>${escapeHtml(labels.chainHead)}: <code>${escapeHtml(report.evidence.chainHead)}</code></p>
<p>${escapeHtml(labels.chainHow)}</p>
</body>
</html>
`;
}

function withheldHtml(labels: BundleLabels): string {
  const link = (url: string, text: string) =>
    `<li><a href="${escapeHtml(url)}" rel="noreferrer noopener">${escapeHtml(text)}</a> <code>${escapeHtml(url)}</code></li>`;
  return `<section class="withheld" role="note">
<h2>${escapeHtml(labels.imagesWithheldTitle)}</h2>
<p>${escapeHtml(labels.imagesWithheld)}</p>
<h3>${escapeHtml(labels.whereToReport)}</h3>
<ul>
${link(HOTLINE_URLS.hotlineNcmec, labels.hotlineNcmec)}
${link(HOTLINE_URLS.hotlinePharos, labels.hotlinePharos)}
${link(HOTLINE_URLS.hotlineInhope, labels.hotlineInhope)}
<li>${escapeHtml(labels.hotlinePlatform)}</li>
</ul>
</section>`;
}

const row = (label: string, valueHtml: string) =>
  `<tr><th scope="row">${escapeHtml(label)}</th><td>${valueHtml}</td></tr>`;

function table(labels: BundleLabels, headers: readonly string[], rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return `<p>${escapeHtml(labels.none)}</p>`;
  const head = headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** A well-formed BCP 47 tag, else `en`: the tag ends up in an attribute and in Intl. */
function safeLanguage(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

function timeFormatter(language: string): (ms: number) => string {
  const format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'long' });
  return (ms) => format.format(ms);
}
