import type { TextCategory } from '../../../shared/model/alert';
import type { TextMatcher } from './matcher';

/**
 * The pure part of `npm run check-names`: a safety lead pastes names or chat lines and sees, for
 * each, what the matcher would say. No I/O here, so tests drive it directly.
 */
export interface CheckedLine {
  text: string;
  flagged: boolean;
  category: TextCategory | null;
  reason: string | null;
}

/** One result per non-blank line, in input order. A trailing "\r" (Windows files) is dropped. */
export function checkLines(lines: Iterable<string>, matcher: TextMatcher): CheckedLine[] {
  const results: CheckedLine[] = [];
  for (const raw of lines) {
    const text = raw.replace(/\r$/, '');
    if (text.trim() === '') continue;
    const verdict = matcher.check(text);
    results.push({
      text,
      flagged: verdict !== undefined,
      category: verdict?.category ?? null,
      reason: verdict?.reason ?? null,
    });
  }
  return results;
}

/**
 * One JSON line. Names are attacker-controlled: invisible and bidi characters are written as
 * \uXXXX escapes so they cannot reorder or hide text in the terminal that shows the output.
 */
export function toJsonLine(result: CheckedLine): string {
  return JSON.stringify(result).replace(
    /[\p{Cf}\p{Zl}\p{Zp}\u0080-\u009f]/gu,
    (char) => `\\u${char.codePointAt(0)!.toString(16).padStart(4, '0')}`,
  );
}

/** A word-list file: one term per line; blank lines and `#` comments are skipped. */
export function termsOf(fileText: string): string[] {
  return fileText
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

export interface CliOptions {
  extraFile?: string;
  allowFile?: string;
  help: boolean;
}

/** `--extra FILE`, `--allow FILE` (also `--extra=FILE`), `--help`; anything else is an error. */
export function parseArgs(args: readonly string[]): CliOptions {
  const options: CliOptions = { help: false };
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    if (flag === '--help' || flag === '-h') {
      options.help = true;
      continue;
    }
    if (flag !== '--extra' && flag !== '--allow') throw new Error(`unknown option ${flag}`);
    const value = inline ?? args[++i];
    if (!value) throw new Error(`${flag} needs a file name`);
    if (flag === '--extra') options.extraFile = value;
    else options.allowFile = value;
  }
  return options;
}

export const USAGE = `Usage: npm run check-names [-- --extra FILE] [-- --allow FILE] < names.txt

Reads names or chat lines on stdin (UTF-8, one per line, blank lines skipped) and prints one
JSON line for each: {"text", "flagged", "category", "reason"}.
  --extra FILE  extra terms, one per line: "word", "hate:word", "word*" (see extra-terms.ts)
  --allow FILE  allowed words, one per line: they never fire as whole words`;
