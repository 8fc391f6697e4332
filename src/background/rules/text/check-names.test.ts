import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLines, parseArgs, termsOf, toJsonLine } from './check-names';
import { createTextMatcher } from './matcher';

describe('checkLines', () => {
  it('gives one result per non-blank line, in order, with the verdict or nulls', () => {
    const results = checkLines(['Marie Curie', '', '   ', 'h1tler was right\r', 'salopette'], createTextMatcher());
    expect(results).toEqual([
      { text: 'Marie Curie', flagged: false, category: null, reason: null },
      {
        text: 'h1tler was right',
        flagged: true,
        category: 'hate',
        reason: 'contains a hateful term (hitler was right)',
      },
      { text: 'salopette', flagged: false, category: null, reason: null },
    ]);
  });
});

describe('toJsonLine', () => {
  it('escapes bidi and invisible characters so the terminal shows them', () => {
    const line = toJsonLine({ text: '\u202Eevil\u200B', flagged: false, category: null, reason: null });
    expect(line).toBe('{"text":"\\u202eevil\\u200b","flagged":false,"category":null,"reason":null}');
    expect(JSON.parse(line).text).toBe('\u202Eevil\u200B');
  });
});

describe('parseArgs and termsOf', () => {
  it('reads --extra and --allow, with a space or an equals sign', () => {
    expect(parseArgs(['--extra', 'a.txt', '--allow=b.txt'])).toEqual({
      extraFile: 'a.txt',
      allowFile: 'b.txt',
      help: false,
    });
    expect(parseArgs(['-h']).help).toBe(true);
  });

  it('refuses unknown options and a missing file name', () => {
    expect(() => parseArgs(['--bogus'])).toThrow('unknown option --bogus');
    expect(() => parseArgs(['--extra'])).toThrow('--extra needs a file name');
  });

  it('reads one term per line, skipping blanks and comments', () => {
    expect(termsOf('# our list\r\nfoo\n\n  hate:bar  \n')).toEqual(['foo', 'hate:bar']);
  });
});

describe('npm run check-names, end to end', () => {
  it('reads stdin and the word-list files and prints one JSON line per input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-names-'));
    try {
      writeFileSync(join(dir, 'extra.txt'), '# organisation terms\nhate:zorglub\n');
      writeFileSync(join(dir, 'allow.txt'), 'Dick\n');
      const cli = join(import.meta.dirname, 'check-names-cli.ts');
      const run = spawnSync('npx', ['tsx', cli, '--extra', join(dir, 'extra.txt'), '--allow', join(dir, 'allow.txt')], {
        input: 'Dick Van Dyke\n\nZ0RGLUB\nfu\u200Bck\n',
        encoding: 'utf8',
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(
        run.stdout
          .trimEnd()
          .split('\n')
          .map((line) => JSON.parse(line)),
      ).toEqual([
        { text: 'Dick Van Dyke', flagged: false, category: null, reason: null },
        {
          text: 'Z0RGLUB',
          flagged: true,
          category: 'hate',
          reason: 'contains a hateful term your organisation flags (zorglub)',
        },
        { text: 'fu\u200Bck', flagged: true, category: 'obscene', reason: 'contains an obscene term (fuck)' },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
