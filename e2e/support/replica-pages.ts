import path from 'node:path';
import { build, type Rollup } from 'vite';
import { REPO_ROOT } from './paths';

/** The four real clients, each served at a URL of its real site (request routing, no network). */
export const REPLICA_PLATFORMS = ['zoom', 'meet', 'teams', 'jitsi'] as const;
export type ReplicaPlatform = (typeof REPLICA_PLATFORMS)[number];

/** A meeting URL on each platform's real origin: the store build's content script matches these. */
export const REPLICA_URLS: Record<ReplicaPlatform, string> = {
  zoom: 'https://app.zoom.us/wc/81234567890/join?fromPWA=1',
  meet: 'https://meet.google.com/hgd-drill-abc',
  teams: 'https://teams.microsoft.com/v2/?meetingjoin=true',
  jitsi: 'https://meet.jit.si/HostguardDrillRoom',
};

const scripts = new Map<ReplicaPlatform, Promise<string>>();

/** src/replicas/<platform>/page.ts bundled as one classic script (built once per worker). */
export function replicaScript(platform: ReplicaPlatform): Promise<string> {
  let script = scripts.get(platform);
  if (!script) {
    script = bundle(path.join(REPO_ROOT, 'src', 'replicas', platform, 'page.ts'));
    scripts.set(platform, script);
  }
  return script;
}

/** A TypeScript entry bundled as one classic script (the replicas' pages, the bench's page probes). */
export async function bundle(entry: string): Promise<string> {
  const result = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      lib: { entry, formats: ['iife'], name: 'replica', fileName: () => 'replica.js' },
    },
  })) as Rollup.RollupOutput[] | Rollup.RollupOutput;
  const output = (Array.isArray(result) ? result[0]! : result).output[0];
  return output.code;
}

/** The page a replica is served as: an empty document whose script renders the client. */
export async function replicaHtml(platform: ReplicaPlatform): Promise<string> {
  // `</script` inside the bundle would end the inline script early.
  const code = (await replicaScript(platform)).replaceAll('</script', '<\\/script');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${platform}</title></head><body><script>${code}</script></body></html>`;
}
