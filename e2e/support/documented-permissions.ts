import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './paths';

export interface DocumentedAccess {
  permissions: string[];
  /** Permissions the README marks "Chrome only". */
  chromeOnly: string[];
  hostPermissions: string[];
  optionalHostPermissions: string[];
}

/** The first column of README's "Permissions, and why" table: what the store builds may ask for. */
export function documentedAccess(): DocumentedAccess {
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Permissions, and why'), readme.indexOf('## Privacy'));
  const access: DocumentedAccess = {
    permissions: [],
    chromeOnly: [],
    hostPermissions: [],
    optionalHostPermissions: [],
  };
  for (const line of section.split('\n')) {
    const first = /^\|([^|]*)\|/.exec(line)?.[1] ?? '';
    const tokens = [...first.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    for (const token of tokens) {
      if (token === 'commands') continue; // a manifest key, not a permission
      if (token.includes('://') || token === '<all_urls>') {
        (first.includes('optional') ? access.optionalHostPermissions : access.hostPermissions).push(token);
      } else {
        access.permissions.push(token);
        if (first.includes('Chrome only')) access.chromeOnly.push(token);
      }
    }
  }
  return access;
}
