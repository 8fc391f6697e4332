// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';

/**
 * Import boundaries of ARCHITECTURE.md, judged on resolved paths: each context talks to the
 * others only through messages. The practice meeting stands in for a real client, so it knows
 * nothing of Hostguard, except its drill entry, which starts the same content-script code.
 */
const MAY_IMPORT = {
  shared: [],
  content: ['shared'],
  panel: ['shared'],
  background: ['shared'],
  practice: [],
  replicas: [],
  build: ['shared'],
  receiver: ['shared'],
};
const CONTEXTS = Object.keys(MAY_IMPORT);
const zonesFor = (folder) =>
  CONTEXTS.filter((other) => other !== folder && !MAY_IMPORT[folder].includes(other)).map((other) => ({
    target: `./src/${folder}`,
    from: `./src/${other}`,
    message: `src/${folder} must not import from src/${other} (ARCHITECTURE.md: layout).`,
  }));
const importBoundaries = (files, zones, ignores = []) => ({
  files,
  ignores,
  plugins: { 'import-x': importX },
  settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })] },
  rules: { 'import-x/no-restricted-paths': ['error', { zones }] },
});

/** Only classifySender may read `sender`: never trust sender.url (a compromised renderer sets it). */
const senderFields = ['url', 'origin', 'tab', 'frameId', 'id'].map((field) => ({
  selector: `MemberExpression[object.name='sender'][property.name='${field}']`,
  message: 'Read sender fields only in src/shared/protocol/sender.ts (classifySender).',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.webextensions } },
    plugins: { 'no-unsanitized': noUnsanitized },
    rules: {
      // Display names and chat are attacker-controlled: no HTML sinks, no eval.
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'max-lines': ['warn', { max: 300, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/shared/protocol/sender.ts', 'src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...senderFields,
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render page text as text only.' },
      ],
    },
  },
  ...CONTEXTS.filter((folder) => folder !== 'practice' && folder !== 'replicas').map((folder) =>
    importBoundaries([`src/${folder}/**/*.{ts,tsx}`], zonesFor(folder)),
  ),
  importBoundaries(['src/practice/**/*.{ts,tsx}'], zonesFor('practice'), ['src/practice/drill.ts']),
  importBoundaries(['src/replicas/**/*.{ts,tsx}'], zonesFor('replicas')),
  // Adapter tests and their fixtures drive the adapter against the practice meeting; they never ship.
  importBoundaries(
    ['src/content/**/*.test.{ts,tsx}', 'src/content/**/*.fixture.{ts,tsx}'],
    zonesFor('content').filter((zone) => zone.from !== './src/practice' && zone.from !== './src/replicas'),
  ),
);
