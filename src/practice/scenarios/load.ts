import type { PracticeParams } from '../params';
import { SCENARIO_NAMES, builtinScenario } from './builtin';
import { ScriptError, parseSteps, type Step } from './steps';

export interface LoadedScenario {
  label: string;
  steps: Step[];
}

/** The label the drill bar shows before the scenario has loaded. */
export const scenarioLabel = (params: PracticeParams): string =>
  params.script ? `script ${params.script}` : params.scenario;

/**
 * Resolves the URL parameters to a timeline: a built-in scenario, or a JSON script fetched from
 * the page's own origin only (a drill must not run someone else's timeline).
 */
export async function loadScenario(
  params: PracticeParams,
  pageUrl: string,
  fetchJson: (url: URL) => Promise<unknown> = defaultFetchJson,
): Promise<LoadedScenario> {
  const label = scenarioLabel(params);
  if (params.script) {
    const url = new URL(params.script, pageUrl);
    if (url.origin !== new URL(pageUrl).origin) {
      throw new ScriptError(`Script rejected: ${url.href} is not on this page's origin`);
    }
    return { label, steps: parseSteps(await fetchJson(url)) };
  }
  const steps = builtinScenario(params.scenario, params);
  if (!steps) throw new ScriptError(`Unknown scenario "${params.scenario}": use one of ${SCENARIO_NAMES.join(', ')}`);
  return { label, steps };
}

async function defaultFetchJson(url: URL): Promise<unknown> {
  // No redirects: a same-origin URL must not bounce the drill to another origin.
  const response = await fetch(url, { credentials: 'same-origin', redirect: 'error' });
  if (!response.ok) throw new ScriptError(`Script ${url.pathname}: HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new ScriptError(`Script ${url.pathname} is not valid JSON`);
  }
}
