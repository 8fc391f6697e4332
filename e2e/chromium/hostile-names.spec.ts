import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { hostileNames, type HostileName } from '../support/hostile-names';
import { alertsOfKind, rosterIds } from '../support/panel-view';
import { DANGEROUS_TAGS, installSinks } from '../support/script-sinks';
import { startScenario } from '../support/practice-host';
import { serveTimeline } from '../support/timeline';

/** The panel renders at most 200 roster rows, so the names join in rounds, one meeting tab each. */
const ROUND = 170;
/** Raw hidden characters the names carry; the panel must show each as a `⟨U+…⟩` marker instead. */
const RAW_HIDDEN =
  /[\0\n\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\u2800\u3164\ufeff]|\u{e0041}|\u{e0042}/u;

test.setTimeout(60_000);

test('500 hostile display names run nothing and stay bounded, in the panel and in the meeting page', async ({
  server,
  extension,
  openPractice,
}) => {
  const names = hostileNames();
  expect(names.length).toBeGreaterThanOrEqual(500);
  const sinks = await installSinks(extension.context);
  await sinksCatchARealInjection(extension, sinks);
  const panel = await extension.openPanel();
  // The side panel's real width.
  await panel.setViewportSize({ width: 360, height: 800 });

  for (let start = 0; start < names.length; start += ROUND) {
    const round = names.slice(start, start + ROUND);
    const steps = round.map(({ id, name }) => ({ type: 'join' as const, id, name }));
    const meeting = await openPractice({ script: serveTimeline(server, steps), delay: 0 });
    // Started once the adapter runs, so every name also arrives as a live "joined" alert.
    await startScenario(meeting.page);
    // The raw names reach the session byte for byte: the payloads really got to the panel.
    await expect.poll(() => sessionNamesMatch(meeting.session, round), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => rosterIds(panel)).toEqual(expect.arrayContaining(round.map((h) => h.id)));
    await expect(alertsOfKind(panel, 'joined').first()).toBeVisible();

    await checkPanelNames(panel, round);
    await hoverHandlerNames(panel, round);
    await checkPageNames(meeting.page);
    expect(await sinks.read(meeting.page), 'meeting page').toEqual({
      calls: [],
      cspViolations: [],
      injectedElements: [],
    });
  }
  expect(await sinks.read(panel), 'panel').toEqual({ calls: [], cspViolations: [], injectedElements: [] });
  expect(sinks.dialogs).toEqual([]);
  expect(sinks.requests).toEqual([]);
});

async function sessionNamesMatch(
  session: () => Promise<{ participants: Record<string, { name: string }> } | undefined>,
  round: HostileName[],
): Promise<boolean> {
  const participants = (await session())?.participants ?? {};
  return round.every(({ id, name }) => participants[id]?.name === name);
}

/** Text only, markers for hidden characters, and every name inside its row at 360 px. */
async function checkPanelNames(panel: Page, round: HostileName[]): Promise<void> {
  const facts = await panel.evaluate(readPanelNames, { ids: round.map((h) => h.id), dangerous: DANGEROUS_TAGS });
  expect(facts.horizontalOverflow, 'the panel scrolls sideways').toBeLessThanOrEqual(0);
  expect(facts.dangerous, 'elements text rendering never makes').toEqual([]);
  expect(facts.foreignInNames, 'elements inside names other than markers').toEqual([]);
  for (const hostile of round) {
    const row = facts.rows[hostile.id];
    const label = `${hostile.kind} name ${hostile.id}`;
    expect(row, label).toBeDefined();
    if (!row) continue;
    expect(row.nameLeft, label).toBeGreaterThanOrEqual(row.rowLeft - 0.5);
    expect(row.nameRight, label).toBeLessThanOrEqual(row.rowRight + 0.5);
    // Zalgo stacks spill up and down: the name's box stays in its row and clips what it paints.
    expect(row.nameTop, label).toBeGreaterThanOrEqual(row.rowTop - 0.5);
    expect(row.nameBottom, label).toBeLessThanOrEqual(row.rowBottom + 0.5);
    expect(row.clipsVertically, `${label} clips vertically`).toBe(true);
    expect(row.text, label).not.toMatch(RAW_HIDDEN);
    for (const marker of hostile.markers) expect(row.markers, label).toContain(marker);
    if (hostile.name.length >= 10_000) {
      expect(row.text.endsWith('…'), `${label} is cut`).toBe(true);
      expect(row.text.length, label).toBeLessThan(1_000);
    }
  }
}

function readPanelNames({ ids, dangerous }: { ids: string[]; dangerous: string[] }) {
  const rows: Record<string, { text: string; markers: string[]; nameLeft: number; nameRight: number; rowLeft: number; rowRight: number; nameTop: number; nameBottom: number; rowTop: number; rowBottom: number; clipsVertically: boolean }> = {}; // prettier-ignore
  for (const id of ids) {
    const row = document.querySelector(`[data-testid="participant-row"][data-participant-id="${CSS.escape(id)}"]`);
    const name = row?.querySelector('.participant-name');
    if (!row || !name) continue;
    const rowBox = row.getBoundingClientRect();
    const nameBox = name.getBoundingClientRect();
    const markers = [...name.querySelectorAll('.name-marker')].map((m) => m.textContent ?? '');
    const text = name.textContent ?? '';
    const clipsVertically = ['hidden', 'clip'].includes(getComputedStyle(name).overflowY);
    rows[id] = { text, markers, nameLeft: nameBox.left, nameRight: nameBox.right, rowLeft: rowBox.left, rowRight: rowBox.right, nameTop: nameBox.top, nameBottom: nameBox.bottom, rowTop: rowBox.top, rowBottom: rowBox.bottom, clipsVertically }; // prettier-ignore
  }
  const root = document.documentElement;
  return {
    rows,
    horizontalOverflow: root.scrollWidth - root.clientWidth,
    dangerous: [...document.body.querySelectorAll(dangerous.join(','))].map((el) => el.outerHTML.slice(0, 80)),
    // Markers are the only elements a name may hold, and they hold text only.
    foreignInNames: [...document.querySelectorAll('.name *')]
      .filter((el) => !(el.matches('span.name-marker') && el.childElementCount === 0))
      .map((el) => el.outerHTML.slice(0, 80)),
  };
}

/** The meeting page renders names as text too; checked so a page-side injection is not blamed on us. */
async function checkPageNames(page: Page): Promise<void> {
  const facts = await page.evaluate((dangerous) => {
    const names = [...document.querySelectorAll('#pm-participants-list .pm-participant__name')];
    return {
      rows: names.length,
      withElements: names.filter((n) => n.childElementCount > 0).map((n) => n.outerHTML.slice(0, 80)),
      dangerous: [...document.body.querySelectorAll(dangerous.join(','))].map((el) => el.outerHTML.slice(0, 80)),
    };
  }, DANGEROUS_TAGS);
  expect(facts.rows).toBeGreaterThan(0);
  expect(facts.withElements, 'meeting page name cells with elements').toEqual([]);
  expect(facts.dangerous, 'meeting page').toEqual([]);
}

/** Names carrying pointer or focus handlers are hovered for real: an `onmouseover` payload would fire now. */
async function hoverHandlerNames(panel: Page, round: HostileName[]): Promise<void> {
  const handlers = round.filter((hostile) => /on(mouse|pointer|focus)/i.test(hostile.name));
  expect(handlers.length).toBeGreaterThan(0);
  // A background tab never paints, so the pointer would never "reach" a row there.
  await panel.bringToFront();
  for (const hostile of handlers) {
    const name = panel.locator(
      `[data-testid="participant-row"][data-participant-id="${hostile.id}"] .participant-name`,
    );
    await name.scrollIntoViewIfNeeded();
    const box = await name.boundingBox();
    expect(box, `name ${hostile.id} is on screen`).not.toBeNull();
    await panel.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
  }
}

/**
 * The sinks must be able to fail this test: a page that really injects markup trips them. An
 * extension page (strict CSP) reports the blocked inline handler; an ordinary page runs it.
 */
async function sinksCatchARealInjection(
  extension: { openPanel(): Promise<Page> },
  sinks: Awaited<ReturnType<typeof installSinks>>,
): Promise<void> {
  const canary = await extension.openPanel();
  await canary.evaluate(() => {
    const scratch = document.createElement('div');
    scratch.innerHTML = '<img src="data:," onerror="__pwned(1)">';
    document.body.append(scratch);
  });
  await expect.poll(async () => (await sinks.read(canary)).injectedElements).toContain('img');
  await expect.poll(async () => (await sinks.read(canary)).cspViolations.length).toBeGreaterThan(0);
  await canary.close();
}
