import { PLATFORM_IDS } from '../../shared/model/platform';
import { REPORT_CATEGORIES } from '../../shared/model/report';
import type { DeskQuery } from './filters';
import { html, type SafeHtml } from './html';
import { CATEGORY_LABELS, PLATFORM_LABELS } from './labels';

/** A plain GET form: filtering works without scripts and the URL can be bookmarked. */
export function renderFilterForm(query: DeskQuery): SafeHtml {
  const option = (value: string, label: string, selected: boolean) =>
    html`<option value="${value}" ${selected ? html` selected` : ''}>${label}</option>`;
  const categories = REPORT_CATEGORIES.map((c) => option(c, CATEGORY_LABELS[c], query.category === c));
  const platforms = PLATFORM_IDS.map((p) => option(p, PLATFORM_LABELS[p], query.platform === p));
  return html`<form class="filters" method="get" action="/desk" role="search" aria-label="Filter reports">
    <div>
      <label for="filter-category">Category</label>
      <select id="filter-category" name="category">
        ${option('', 'All categories', !query.category)}${categories}
      </select>
    </div>
    <div>
      <label for="filter-platform">Platform</label>
      <select id="filter-platform" name="platform">
        ${option('', 'All platforms', !query.platform)}${platforms}
      </select>
    </div>
    <div>
      <label for="filter-meeting">Meeting id</label>
      <input
        id="filter-meeting"
        name="meeting"
        type="text"
        value="${query.meetingId ?? ''}"
        autocomplete="off"
        spellcheck="false"
      />
    </div>
    <div><button type="submit">Show reports</button></div>
  </form>`;
}
