import { findAllControls, findByLabel, findControl } from '../../../kit/controls';
import { bail, required } from '../../../kit/step';
import { waitFor } from '../../../kit/wait-for';
import { L } from '../labels';
import { S } from '../selectors';
import { whoCanShare } from './share-select';

/*
 * Build 7.2.0's Host tools panel (capture §7): root (Enable waiting room, Lock Meeting, Hide
 * profile pictures; drill-ins Participants › Advanced ›), Participants (Suspend, "Allow
 * participants to:" switches), Advanced (… Share ›), Share ("Who can share?"). Pages are told
 * apart by the header title; a page's rows render after the client's delay, so each step waits
 * for the page's own content.
 */
export type HostToolsPage = 'root' | 'participants' | 'advanced' | 'share';

const TITLES: Record<HostToolsPage, readonly string[]> = {
  root: ['Host tools', "Outils de l'hôte"],
  participants: L.participantsPage,
  advanced: L.advancedPage,
  share: L.sharePage,
};

export const hostToolsPanel = (doc: Document) => findControl(S.hostToolsPanel, doc);

function currentPage(panel: HTMLElement): HostToolsPage | null {
  const title = (findControl(S.hostToolsTitle, panel)?.textContent ?? '').trim().toLowerCase();
  const pages = Object.keys(TITLES) as HostToolsPage[];
  return pages.find((page) => TITLES[page].some((label) => label.toLowerCase() === title)) ?? null;
}

function ready(panel: HTMLElement, page: HostToolsPage): boolean {
  if (page === 'advanced') return findControl(S.hostToolsMenuButton, panel) !== null;
  if (page === 'share') return whoCanShare(panel) !== null;
  return findControl(S.hostToolsRow, panel) !== null;
}

/** Opens Host tools (from the toolbar, or its overflow into More, capture §0 8.4). */
async function openPanel(doc: Document, signal: AbortSignal): Promise<HTMLElement> {
  const open = hostToolsPanel(doc);
  if (open) return open;
  required(findControl<HTMLElement>(S.hostToolsButton, doc), 'Host tools button').click();
  return waitFor(() => hostToolsPanel(doc), 'Host tools panel', { signal });
}

/** The next click toward `want` from `at`: a drill-in label, or Back. */
function nextStep(at: HostToolsPage | null, want: HostToolsPage): readonly string[] | 'back' {
  if (at === 'root') return want === 'participants' ? L.participantsPage : L.advancedPage;
  if (at === 'advanced' && want === 'share') return L.sharePage;
  return 'back';
}

/** Host tools opened on `page`, its content rendered. */
export async function hostToolsOn(doc: Document, page: HostToolsPage, signal: AbortSignal): Promise<HTMLElement> {
  let panel = await openPanel(doc, signal);
  for (let hops = 0; hops < 6; hops++) {
    const at = await waitFor(() => currentPage(panel), 'Host tools page title', { signal });
    if (at === page) return waitFor(() => (ready(panel, page) ? panel : null), `Host tools ${page} page`, { signal });
    const step = nextStep(at, page);
    if (step === 'back') {
      required(findControl<HTMLElement>(S.hostToolsBack, panel), 'Host tools Back button').click();
    } else {
      const buttons = await waitFor(() => nonEmpty(findAllControls(S.hostToolsMenuButton, panel)), 'Host tools menu', {
        signal,
      });
      required(findByLabel(buttons, step), `"${step[0]}" in Host tools`).click();
    }
    await waitFor(() => currentPage(panel) !== at || null, 'the next Host tools page', { signal });
    panel = hostToolsPanel(doc) ?? panel;
  }
  return bail('control-missing', `Host tools ${page} page not reached`);
}

const nonEmpty = <T>(items: T[]) => (items.length > 0 ? items : null);

/** A switch row by its label (`.host-tools-panel__row`: label + switch, capture §7). */
export function switchIn(panel: ParentNode, labels: readonly string[]): HTMLElement | null {
  const wanted = labels.map((label) => label.toLowerCase());
  for (const row of findAllControls(S.hostToolsRow, panel)) {
    const control =
      row.querySelector<HTMLElement>('[role="switch"]') ??
      row.querySelector<HTMLElement>('input[type="checkbox"]') ??
      row.querySelector<HTMLElement>('[aria-checked]') ??
      row.querySelector<HTMLElement>('button');
    if (!control) continue;
    const label = (control.getAttribute('aria-label') ?? '').trim().toLowerCase();
    const text = (row.textContent ?? '')
      .replace(control.textContent ?? '', '')
      .trim()
      .toLowerCase();
    if (wanted.includes(label) || wanted.includes(text)) return control;
  }
  return null;
}

/** A button in the panel by its own text (the danger "Suspend Participant Activities"). */
export const panelButton = (panel: ParentNode, labels: readonly string[]) =>
  findByLabel(panel.querySelectorAll<HTMLElement>('button, [role="button"]'), labels);
