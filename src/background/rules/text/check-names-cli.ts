import { readFileSync } from 'node:fs';
import { checkLines, parseArgs, termsOf, toJsonLine, USAGE } from './check-names';
import { createTextMatcher } from './matcher';

/**
 * `npm run check-names`: lets a safety lead try word lists on real names before putting them in
 * the options page. Node only; never bundled into the extension.
 */
function main(): void {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`check-names: ${(error as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const read = (file: string | undefined) => (file === undefined ? [] : termsOf(readFileSync(file, 'utf8')));
  const matcher = createTextMatcher({ extraTerms: read(options.extraFile), allowedTerms: read(options.allowFile) });
  const input = readFileSync(0, 'utf8');
  const out = checkLines(input.split('\n'), matcher).map(toJsonLine);
  process.stdout.write(out.length > 0 ? `${out.join('\n')}\n` : '');
}

main();
