// Prints "N passed, N failed" from the machine-readable reports of this run:
// test-results/unit.json (vitest json reporter) and test-results/e2e.json (Playwright json reporter).
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
let passed = 0;
let failed = 0;

const unit = read('test-results/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  // A suite that failed to load has no tests to count: count it as one failure.
  failed += unit.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
} else console.log('(no unit test report: the unit tests did not run)');

const e2e = read('test-results/e2e.json');
if (e2e) {
  passed += e2e.stats.expected;
  failed += e2e.stats.unexpected + e2e.stats.flaky;
  // Errors outside any test (config, global setup) fail the run without failing a test.
  failed += e2e.errors?.length ?? 0;
} else console.log('(no e2e report: the end-to-end tests did not run)');

console.log(`${passed} passed, ${failed} failed`);
