import { describe, expect, it } from 'vitest';
import { displayText, DISPLAY_NAME_LIMITS, toDisplayName } from './display-name';

const markers = (raw: string) =>
  toDisplayName(raw)
    .segments.filter((s) => s.kind === 'marker')
    .map((s) => s.text);

describe('toDisplayName', () => {
  it('keeps an ordinary name as one text segment with no flags', () => {
    const view = toDisplayName('Amélie Durand');
    expect(view.segments).toEqual([{ kind: 'text', text: 'Amélie Durand' }]);
    expect(view).toMatchObject({ hasBidiControl: false, hasInvisible: false, truncated: false, looksBlank: false });
  });

  it('keeps HTML and script payloads as plain text, character for character', () => {
    const payload = '<img src=x onerror=alert(1)><script>window.__pwned=1</script>javascript:alert(1)';
    expect(toDisplayName(payload, { maxClusters: 200 }).text).toBe(payload);
    expect(toDisplayName(payload).text).toBe(`${payload.slice(0, DISPLAY_NAME_LIMITS.clusters)}…`);
  });

  it('makes a right-to-left override visible and flags it', () => {
    const view = toDisplayName('Alice\u202Egnp.exe');
    expect(view.segments).toEqual([
      { kind: 'text', text: 'Alice' },
      { kind: 'marker', text: '⟨U+202E⟩', hidden: 'bidi' },
      { kind: 'text', text: 'gnp.exe' },
    ]);
    expect(view.hasBidiControl).toBe(true);
  });

  it('marks every bidi control, including isolates and the Arabic letter mark', () => {
    expect(markers('\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069\u200E\u200F\u061C')).toHaveLength(11);
  });

  it('makes zero-width characters visible and flags them', () => {
    const view = toDisplayName('Al\u200Bex\u2060\uFEFF');
    expect(markers('Al\u200Bex\u2060\uFEFF')).toEqual(['⟨U+200B⟩', '⟨U+2060⟩', '⟨U+FEFF⟩']);
    expect(view.hasInvisible).toBe(true);
    expect(view.hasBidiControl).toBe(false);
  });

  it('marks a zero-width joiner between letters but not inside an emoji family', () => {
    expect(markers('a\u200Db')).toEqual(['⟨U+200D⟩']);
    expect(toDisplayName('👨\u200D👩\u200D👧').segments).toEqual([{ kind: 'text', text: '👨\u200D👩\u200D👧' }]);
  });

  it('marks tag characters and extra variation selectors used to smuggle text', () => {
    expect(markers('hi\u{E0041}\u{E0042}')).toEqual(['⟨U+E0041⟩', '⟨U+E0042⟩']);
    expect(markers('😀\u{E0100}\u{E0101}')).toEqual(['⟨U+E0100⟩', '⟨U+E0101⟩']);
    expect(markers('a\uFE01')).toEqual(['⟨U+FE01⟩']);
  });

  it('leaves emoji presentation, subdivision flags and Persian ZWNJ alone', () => {
    for (const name of ['❤️ Léa', '1️⃣', '🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}', 'می\u200Cخواهم']) {
      expect(toDisplayName(name).hasInvisible, name).toBe(false);
    }
  });

  it('marks newlines and other controls', () => {
    expect(markers('a\nb\u0000')).toEqual(['⟨U+000A⟩', '⟨U+0000⟩']);
  });

  it('truncates a 10,000-character name to the cluster cap', () => {
    const view = toDisplayName('A'.repeat(10_000));
    expect(view.truncated).toBe(true);
    expect(view.text).toBe(`${'A'.repeat(DISPLAY_NAME_LIMITS.clusters)}…`);
  });

  it('counts grapheme clusters, not code units', () => {
    const view = toDisplayName('👍🏽'.repeat(70), { maxClusters: 3 });
    expect(view.text).toBe('👍🏽👍🏽👍🏽…');
  });

  it('bounds a 1 MB name quickly', () => {
    const started = performance.now();
    const view = toDisplayName('x\u0301'.repeat(500_000));
    expect(view.truncated).toBe(true);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('bounds combining marks per cluster so Zalgo cannot grow the line', () => {
    const zalgo = `Z${'\u0336\u0337\u0338\u0300\u0301'.repeat(200)}algo`;
    const view = toDisplayName(zalgo);
    expect(view.marksCapped).toBe(true);
    expect([...view.text].length).toBeLessThanOrEqual(1 + DISPLAY_NAME_LIMITS.marksPerCluster + 4);
    expect(view.text.endsWith('algo')).toBe(true);
  });

  it('keeps ordinary accents and Devanagari clusters whole', () => {
    expect(toDisplayName('Nguyễn क्षि').text).toBe('Nguyễn क्षि');
    expect(toDisplayName('Nguyễn क्षि').marksCapped).toBe(false);
  });

  it('flags names made to look empty', () => {
    expect(toDisplayName('').looksBlank).toBe(true);
    expect(toDisplayName('\u3164\u200B  ').looksBlank).toBe(true);
    expect(toDisplayName('\u2800').looksBlank).toBe(true);
    expect(toDisplayName('Bob').looksBlank).toBe(false);
  });

  it('counts markers toward the cap so 10,000 zero-width spaces stay short', () => {
    const view = toDisplayName('\u200B'.repeat(10_000));
    expect(view.segments).toHaveLength(DISPLAY_NAME_LIMITS.clusters);
    expect(view.truncated).toBe(true);
  });

  it('never splits a surrogate pair at the scan window edge', () => {
    const text = displayText('a' + '😀'.repeat(5_000), 2_000);
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
