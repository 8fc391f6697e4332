import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOST_ACTIONS, KEYBOARD_COMMANDS } from '../shared/actions';
import { RESULT_CODES } from '../shared/model/action';
import { ALERT_KINDS, SEVERITIES } from '../shared/model/alert';
import { ROLES } from '../shared/model/participant';
import { REPORT_CATEGORIES, REPORT_STATUSES } from '../shared/model/report';
import { SETTING_KEYS } from '../shared/model/settings';
import { HEALTH_PARTS } from '../shared/model/health-parts';
import { PLATFORM_IDS, WEB_PLATFORMS } from '../shared/model/platform';
import { catalogueSource, placeholdersOf, type MessageCatalogue } from './catalogue';
import { msgKey, setMessageSource, t, tParts } from './i18n';

const LOCALES = join(import.meta.dirname, '../public/_locales');
const readLocale = (lang: string) =>
  JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as MessageCatalogue;
const en = readLocale('en');
const others = readdirSync(LOCALES).filter((lang) => lang !== 'en');

/** Keys the manifest and the model need, whether or not code spells them out. */
const REQUIRED_KEYS = [
  ...['extName', 'extDescription', 'actionTitle'],
  ...KEYBOARD_COMMANDS.map((c) => msgKey('command', c.name)),
  ...HOST_ACTIONS.flatMap((a) => [a.labelKey, msgKey('manual', a.kind)]),
  ...ALERT_KINDS.map((kind) => msgKey('alert', kind)),
  ...RESULT_CODES.map((code) => msgKey('result', code)),
  ...REPORT_CATEGORIES.map((category) => msgKey('category', category)),
  ...REPORT_STATUSES.map((status) => msgKey('report_status', status)),
  ...ROLES.map((role) => msgKey('role', role)),
  ...SEVERITIES.map((severity) => msgKey('severity', severity)),
  ...PLATFORM_IDS.map((platform) => msgKey('platform', platform)),
  ...Object.values(HEALTH_PARTS).map((part) => part.labelKey),
  // Every real platform names its own manual path for every host action.
  ...WEB_PLATFORMS.flatMap((platform) => HOST_ACTIONS.map((a) => msgKey('manual', `${platform}_${a.kind}`))),
  ...SETTING_KEYS.flatMap((key) => [
    msgKey('setting', `${key}-on`),
    msgKey('setting', `${key}-off`),
    msgKey('step', key),
  ]),
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry) ? [path] : [];
  });
}

/** Every literal key in t('…'), tParts('…') and lookup('…') calls under src/panel. */
const keysUsedInCode = sourceFiles(import.meta.dirname).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/\b(?:t|tParts|lookup)\(\s*'([^']+)'/g)].map((m) => m[1]!),
);

describe('locales', () => {
  it('finds the t() calls it checks', () => {
    expect(keysUsedInCode.length).toBeGreaterThan(50);
  });

  it('en has every key the code and the model use', () => {
    const missing = [...new Set([...REQUIRED_KEYS, ...keysUsedInCode])].filter((key) => !(key in en));
    expect(missing).toEqual([]);
  });

  it.each(others)('%s has exactly the keys en has', (lang) => {
    const locale = readLocale(lang);
    expect(Object.keys(en).filter((key) => !(key in locale))).toEqual([]);
    expect(Object.keys(locale).filter((key) => !(key in en))).toEqual([]);
  });

  it.each(others)('%s uses the same placeholders as en, each bound to the same substitution', (lang) => {
    const locale = readLocale(lang);
    for (const [key, entry] of Object.entries(locale)) {
      const english = en[key];
      if (!english) continue; // reported by the key test above
      expect(placeholdersOf(entry), key).toEqual(placeholdersOf(english));
      for (const name of placeholdersOf(entry)) {
        const content = (e: MessageCatalogue[string]) =>
          Object.entries(e.placeholders ?? {}).find(([n]) => n.toLowerCase() === name)?.[1].content;
        expect(content(entry), `${key}.${name}`).toBe(content(english));
      }
    }
  });

  it.each(['en', ...others])(
    '%s keys are valid i18n names, unique ignoring case, no placeholder left unbound',
    (lang) => {
      const locale = readLocale(lang);
      const keys = Object.keys(locale);
      expect(keys.filter((key) => !/^[A-Za-z0-9_@]+$/.test(key))).toEqual([]);
      expect(new Set(keys.map((key) => key.toLowerCase())).size).toBe(keys.length);
      for (const [key, entry] of Object.entries(locale)) {
        const declared = Object.keys(entry.placeholders ?? {}).map((n) => n.toLowerCase());
        expect(
          placeholdersOf(entry).filter((name) => !declared.includes(name)),
          key,
        ).toEqual([]);
        expect(entry.message.trim(), key).not.toBe('');
      }
    },
  );
});

describe('t and tParts', () => {
  it('substitutes in one pass, so page text containing $1 stays literal', () => {
    setMessageSource(catalogueSource(en));
    expect(t('badge_left_at', '$1 $$')).toBe('Left $1 $$');
  });

  it('shows the key when a message is missing, so the gap is visible', () => {
    setMessageSource(() => '');
    expect(t('no_such_key')).toBe('no_such_key');
  });

  it("puts components into placeholders in the translation's order", () => {
    setMessageSource(
      catalogueSource({ x: { message: 'B=$B$ A=$A$', placeholders: { a: { content: '$1' }, b: { content: '$2' } } } }),
    );
    const a = { marker: 'A' };
    const b = { marker: 'B' };
    expect(tParts('x', [a as never, b as never])).toEqual(['B=', b, ' A=', a]);
  });
});
