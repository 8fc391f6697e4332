import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { chainHead } from '../report-wire/chain';
import { sha256Hex } from '../report-wire/sha256';
import { WireReportSchema, type EvidenceEntry, type WireReport } from '../report-wire/schema';
import { REPORT_CATEGORIES, type ReportCategory } from '../model/report';
import { buildEvidenceBundle, type BundleItem } from './bundle';
import {
  ENGLISH_BUNDLE_LABELS,
  HOTLINE_URLS,
  bundleLabelsFrom,
  bundleMessageKey,
  categoryMessageKey,
  type BundleLabels,
} from './bundle-labels';
import type { BundleManifest } from './bundle-manifest';
import { verifyBundle } from './bundle-verify';
import { findImageSignature } from './image-magic';
import { sha256HexSync } from './sha256-sync';

const MEETING = 'meeting-1';
const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '\u202eevil\u202c name',
  '</bdi><script>alert(1)</script>',
  'a\u200bb',
  '"\'&',
];

function jpeg(n: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(2_000).map((_, i) => (i * 31 + n) & 0xff);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return bytes;
}
const snapshot = new TextEncoder().encode('{"kind":"roster","participants":[{"name":"<b>x</b>"}]}');

async function fixture(category: ReportCategory, { attachImages = true } = {}) {
  const blobs = [jpeg(1), jpeg(2), snapshot, jpeg(3)];
  const kinds = ['frame', 'frame', 'roster', 'frame'] as const;
  const items: BundleItem[] = [];
  for (let seq = 0; seq < blobs.length; seq++) {
    const bytes = blobs[seq]!;
    const mediaType = kinds[seq] === 'frame' ? ('image/jpeg' as const) : ('application/json' as const);
    const entry: EvidenceEntry = {
      seq,
      kind: kinds[seq]!,
      capturedAt: 1_780_000_000_000 + seq * 500,
      mediaType,
      size: bytes.byteLength,
      sha256: await sha256Hex(bytes),
      attached: seq !== 3,
    };
    items.push({ entry, bytes: entry.attached ? bytes : undefined });
  }
  const entries = items.map((i) => ({
    ...i.entry,
    attached: attachImages || i.entry.mediaType === 'application/json' ? i.entry.attached : false,
  }));
  const report: WireReport = {
    idempotencyKey: crypto.randomUUID(),
    createdAt: 1_780_000_100_000,
    category,
    note: 'Intruder shared <b>explicit</b> content\nthen left',
    meeting: { id: MEETING, platform: 'meet', title: 'Weekly \u202esync' },
    window: { from: 1_780_000_000_000, to: 1_780_000_010_000 },
    participants: HOSTILE.map((name, n) => ({ id: `p${n}`, name, role: 'participant' })),
    alerts: [{ at: 1_780_000_000_100, kind: 'unexpected-sharer', reason: HOSTILE[0]! }],
    actions: [
      { at: 1_780_000_000_200, action: 'panic', step: 'stop-share', origin: 'panel', ok: true, detail: '<i>done</i>' },
    ],
    evidence: { chainHead: await chainHead(MEETING, entries), entries },
    client: { version: '0.1.0', browser: 'chrome' },
  };
  return { report, items };
}

const build = (report: WireReport, items: BundleItem[], language = 'en') =>
  buildEvidenceBundle({ report, items, labels: ENGLISH_BUNDLE_LABELS, language });
const text = (zip: Uint8Array, path: string) => new TextDecoder().decode(unzipSync(zip)[path]);

describe('sha256HexSync', () => {
  it('matches WebCrypto at every padding boundary', async () => {
    for (const size of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1_000, 100_003]) {
      const bytes = new Uint8Array(size).map((_, i) => (i * 7 + size) & 0xff);
      expect(sha256HexSync(bytes)).toBe(await sha256Hex(bytes));
    }
    expect(sha256HexSync('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('buildEvidenceBundle', () => {
  it('writes a manifest whose hashes and chain verify, and the evidence files', async () => {
    const { report, items } = await fixture('harassment');
    expect(v.is(WireReportSchema, report)).toBe(true);
    const zip = build(report, items);
    const check = await verifyBundle(zip);
    expect(check).toMatchObject({ ok: true, chain: 'verified', problems: [] });
    expect(check.checked).toBe(3 + 2);
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual([
      'evidence/0000-frame.jpg',
      'evidence/0001-frame.jpg',
      'evidence/0002-roster.json',
      'manifest.json',
      'summary.html',
      'timeline.json',
    ]);
    expect([...files['evidence/0001-frame.jpg']!]).toEqual([...jpeg(2)]);
    const manifest = JSON.parse(text(zip, 'manifest.json')) as BundleManifest;
    expect(manifest).toMatchObject({ schema: 'hostguard.bundle/1', category: 'harassment', imagesWithheld: false });
    expect(manifest.chain.head).toBe(report.evidence.chainHead);
    expect(manifest.chain.rules.link).toContain('previous link');
    expect(manifest.entries.map((e) => e.file ?? null)).toEqual([
      'evidence/0000-frame.jpg',
      'evidence/0001-frame.jpg',
      'evidence/0002-roster.json',
      null,
    ]);
    // Names stay byte-exact in the data files.
    expect(JSON.parse(text(zip, 'timeline.json')).participants.map((p: { name: string }) => p.name)).toEqual(HOSTILE);
  });

  it('detects a flipped byte, an unlisted file and an edited manifest', async () => {
    const { report, items } = await fixture('hate');
    const zip = build(report, items);
    const at = indexOf(zip, jpeg(2).subarray(0, 64)) + 100;
    const flipped = zip.slice();
    flipped[at] = flipped[at]! ^ 0x01;
    const check = await verifyBundle(flipped);
    expect(check.ok).toBe(false);
    expect(check.problems).toContain('evidence/0001-frame.jpg: hash mismatch');

    const edited = await verifyBundle(
      rezip(zip, (files) => {
        const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as BundleManifest;
        manifest.entries.splice(1, 1);
        files['manifest.json'] = new TextEncoder().encode(JSON.stringify(manifest));
        files['extra.exe'] = new Uint8Array([1, 2, 3]);
      }),
    );
    expect(edited.chain).toBe('broken');
    expect(edited.problems).toEqual(
      expect.arrayContaining([
        'extra.exe: not listed',
        'evidence/0001-frame.jpg: not listed',
        'hash chain does not verify',
      ]),
    );
    expect((await verifyBundle(new Uint8Array([1, 2, 3]))).ok).toBe(false);
  });

  it('leaves out bytes that do not match their entry', async () => {
    const { report, items } = await fixture('spam');
    items[0] = { ...items[0]!, bytes: jpeg(9) };
    const zip = build(report, items);
    expect(unzipSync(zip)['evidence/0000-frame.jpg']).toBeUndefined();
    expect((JSON.parse(text(zip, 'manifest.json')) as BundleManifest).entries[0]!.attached).toBe(false);
    expect((await verifyBundle(zip)).ok).toBe(true);
  });

  it('summary.html escapes every hostile name, isolates it in <bdi> and shows hidden characters', async () => {
    const { report, items } = await fixture('harassment');
    const html = text(build(report, items), 'summary.html');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(
      doc.querySelectorAll('script, img, iframe, object, embed, link, form, [onerror], [onload], [src]'),
    ).toHaveLength(0);
    expect(html).not.toMatch(/<img|<script|onerror="/i);
    const names = [...doc.querySelectorAll('tbody bdi')].map((b) => b.textContent);
    expect(names).toEqual(
      expect.arrayContaining([
        '<img src=x onerror="window.__pwned=1">',
        '⟨U+202E⟩evil⟨U+202C⟩ name',
        '</bdi><script>alert(1)</script>',
        'a⟨U+200B⟩b',
        '"\'&',
      ]),
    );
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain(
      "default-src 'none'",
    );
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(html).not.toContain('\u202e');
  });

  it('writes the summary in the host’s language', async () => {
    const { report, items } = await fixture('violence');
    const french: Record<string, string> = {
      [bundleMessageKey('title')]: 'Dossier de preuves Hostguard',
      category_violence: 'Violence (fr)',
    };
    const labels = bundleLabelsFrom((key) => french[key] ?? '');
    const html = text(buildEvidenceBundle({ report, items, labels, language: 'fr-FR' }), 'summary.html');
    expect(html).toContain('<title>Dossier de preuves Hostguard</title>');
    expect(html).toContain('Violence (fr)');
    expect(html).toContain(ENGLISH_BUNDLE_LABELS.chainHow.slice(0, 20));
    expect(html).toContain('lang="fr-FR"');
    const bad = text(buildEvidenceBundle({ report, items, labels, language: '"><script>' }), 'summary.html');
    expect(bad).toContain('lang="en"');
  });

  it('every label has an en and a fr message', () => {
    for (const lang of ['en', 'fr']) {
      const path = join(import.meta.dirname, '../../public/_locales', lang, 'messages.json');
      const messages = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { message: string }>;
      const labels = bundleLabelsFrom((key) => messages[key]?.message ?? '');
      const keys = (Object.keys(ENGLISH_BUNDLE_LABELS) as (keyof BundleLabels)[]).filter((k) => k !== 'categories');
      expect(
        keys.filter((k) => !messages[bundleMessageKey(k)]),
        lang,
      ).toEqual([]);
      expect(
        REPORT_CATEGORIES.filter((c) => !messages[categoryMessageKey(c)]),
        lang,
      ).toEqual([]);
      if (lang === 'fr') expect(labels.imagesWithheldTitle).not.toBe(ENGLISH_BUNDLE_LABELS.imagesWithheldTitle);
    }
  });

  it('sexual-minors: no image file and no JPEG/PNG bytes anywhere in the ZIP, even when images are passed', async () => {
    const { report, items } = await fixture('sexual-minors', { attachImages: false });
    expect(v.is(WireReportSchema, report)).toBe(true);
    // By mistake: image bytes for every frame, and a JPEG disguised as a JSON snapshot.
    const mistaken = items.map((item) => ({
      ...item,
      entry: { ...item.entry, attached: true },
      bytes: item.bytes ?? jpeg(3),
    }));
    const disguised = jpeg(4);
    mistaken.push({
      entry: {
        seq: 4,
        kind: 'chat',
        capturedAt: 1,
        mediaType: 'application/json',
        size: disguised.byteLength,
        sha256: await sha256Hex(disguised),
        attached: true,
      },
      bytes: disguised,
    });
    const report2 = {
      ...report,
      evidence: {
        entries: mistaken.map((m) => ({ ...m.entry, attached: false })),
        chainHead: await chainHead(
          MEETING,
          mistaken.map((m) => m.entry),
        ),
      },
    };
    const zip = build(report2, mistaken);
    const files = Object.keys(unzipSync(zip));
    expect(files.filter((path) => /\.(jpe?g|png|webp|gif)$/i.test(path))).toEqual([]);
    expect(files.filter((path) => path.startsWith('evidence/'))).toEqual(['evidence/0002-roster.json']);
    expect(findImageSignature(zip)).toBe(-1);
    for (const bytes of Object.values(unzipSync(zip))) expect(findImageSignature(bytes)).toBe(-1);
    const check = await verifyBundle(zip);
    expect(check).toMatchObject({ ok: true, chain: 'verified' });
    const manifest = JSON.parse(text(zip, 'manifest.json')) as BundleManifest;
    expect(manifest.imagesWithheld).toBe(true);
    expect(manifest.entries.filter((e) => e.mediaType.startsWith('image/')).every((e) => !e.attached && !e.file)).toBe(
      true,
    );
    const html = text(zip, 'summary.html');
    expect(html).toContain(ENGLISH_BUNDLE_LABELS.imagesWithheldTitle);
    for (const url of Object.values(HOTLINE_URLS)) expect(html).toContain(`href="${url}"`);
    expect(html).toContain(ENGLISH_BUNDLE_LABELS.hotlinePlatform);
  });

  it('verifyBundle flags an image slipped into a sexual-minors bundle', async () => {
    const { report, items } = await fixture('sexual-minors', { attachImages: false });
    const zip = build(report, items);
    const tampered = rezip(zip, (files) => {
      files['evidence/0000-frame.jpg'] = jpeg(1);
    });
    const check = await verifyBundle(tampered);
    expect(check.ok).toBe(false);
    expect(check.problems).toEqual(
      expect.arrayContaining(['evidence/0000-frame.jpg: is an image', 'the archive contains an image signature']),
    );
  });
});

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i <= haystack.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  throw new Error('not found');
}

function rezip(zip: Uint8Array, change: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(zip);
  change(files);
  return zipSync(files, { level: 0 });
}
