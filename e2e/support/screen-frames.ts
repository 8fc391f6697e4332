import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { REPO_ROOT } from './paths';

/**
 * Neutral frames for the image check (no explicit imagery is made or downloaded, ever): ordinary
 * screen content drawn with canvas at 1280×720, plus public-domain photos of people and objects
 * from Debian's python3-skimage data, when installed. Each frame is a `[data-frame]` element in the
 * page, sampled by the content script's real sampler (share-frames.ts).
 */

/** Debian's `python3-skimage` data (scikit-image test images: public domain / CC0). */
export const PHOTO_DIR = '/usr/lib/python3/dist-packages/skimage/data';
const PHOTOS = [
  'astronaut.png',
  'camera.png',
  'chelsea.png',
  'coffee.png',
  'rocket.jpg',
  'motorcycle_left.png',
  'hubble_deep_field.jpg',
  'page.png',
  'text.png',
  'coins.png',
  'retina.jpg',
  'brick.png',
  'grass.png',
];

/** The photos present on this machine (none when python3-skimage is not installed). */
export function availablePhotos(): { name: string; bytes: Buffer; contentType: string }[] {
  return PHOTOS.filter((name) => existsSync(path.join(PHOTO_DIR, name))).map((name) => ({
    name,
    bytes: readFileSync(path.join(PHOTO_DIR, name)),
    contentType: name.endsWith('.png') ? 'image/png' : 'image/jpeg',
  }));
}

/** What Playwright's and puppeteer's Page both offer (their evaluate() typings differ, not their use). */
interface AnyPage {
  evaluate: unknown;
  addScriptTag(options: { content: string }): Promise<unknown>;
}

function run<A, R>(page: AnyPage, fn: (arg: A) => R | Promise<R>, arg: A): Promise<Awaited<R>> {
  return (page.evaluate as (f: typeof fn, a: A) => Promise<Awaited<R>>).call(page, fn, arg);
}

/** Puts the content script's sampler in the page as `__hostguardSampler` (TypeScript stripped, no bundler). */
export async function injectFrameSampler(page: AnyPage): Promise<void> {
  const source = readFileSync(path.join(REPO_ROOT, 'src/content/kit/share-frames.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  await page.addScriptTag({
    content: `(() => { const exports = {}; ${outputText}; globalThis.__hostguardSampler = exports; })();`,
  });
}

/** Draws the synthetic screens into the page, one `[data-frame]` tile each. */
export function drawScreenFrames(page: AnyPage): Promise<string[]> {
  return run(page, drawInPage, null);
}

/** Adds one `[data-frame]` tile per photo URL and waits until they have loaded. */
export function addPhotoTiles(page: AnyPage, photos: { name: string; url: string }[]): Promise<string[]> {
  return run(
    page,
    async (list: { name: string; url: string }[]) => {
      const names: string[] = [];
      for (const { name, url } of list) {
        const img = document.createElement('img');
        img.src = url;
        await img.decode();
        const tile = document.createElement('div');
        tile.dataset.frame = `photo:${name}`;
        tile.append(img);
        document.body.append(tile);
        names.push(tile.dataset.frame);
      }
      return names;
    },
    photos,
  );
}

/** Samples every tile with the real sampler: name -> JPEG data URL, or null when it refused. */
export function sampleTiles(page: AnyPage): Promise<{ name: string; frame: string | null }[]> {
  return run(
    page,
    () => {
      const sampler = (globalThis as { __hostguardSampler?: { sampleShareFrame(el: HTMLElement): string | null } })
        .__hostguardSampler;
      if (!sampler) throw new Error('injectFrameSampler first');
      return [...document.querySelectorAll<HTMLElement>('[data-frame]')].map((tile) => ({
        name: tile.dataset.frame!,
        frame: sampler.sampleShareFrame(tile),
      }));
    },
    null,
  );
}

/** Runs in the page: self-contained (the function is sent as source). */
function drawInPage(): string[] {
  const W = 1280;
  const H = 720;
  const frames: [string, (g: CanvasRenderingContext2D) => void][] = [
    [
      'slide with bullets and a bar chart',
      (g) => {
        g.fillStyle = '#fff';
        g.fillRect(0, 0, W, H);
        g.fillStyle = '#1f3b73';
        g.fillRect(0, 0, W, 110);
        g.fillStyle = '#fff';
        g.font = 'bold 48px sans-serif';
        g.fillText('Résultats du troisième trimestre', 60, 72);
        g.fillStyle = '#222';
        g.font = '30px sans-serif';
        ['Chiffre d’affaires en hausse de 12 %', 'Trois nouveaux clients', 'Objectifs 2027 confirmés'].forEach(
          (line, i) => g.fillText(`• ${line}`, 70, 200 + i * 60),
        );
        const bars = [180, 260, 220, 340];
        bars.forEach((h, i) => {
          g.fillStyle = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2'][i]!;
          g.fillRect(760 + i * 110, 640 - h, 80, h);
          g.fillStyle = '#222';
          g.font = '22px sans-serif';
          g.fillText(`T${i + 1}`, 785 + i * 110, 675);
        });
        g.strokeStyle = '#444';
        g.beginPath();
        g.moveTo(740, 640);
        g.lineTo(1220, 640);
        g.stroke();
      },
    ],
    [
      'gradient title slide',
      (g) => {
        const gradient = g.createLinearGradient(0, 0, W, H);
        gradient.addColorStop(0, '#0f2027');
        gradient.addColorStop(0.5, '#203a43');
        gradient.addColorStop(1, '#2c5364');
        g.fillStyle = gradient;
        g.fillRect(0, 0, W, H);
        g.fillStyle = '#fff';
        g.font = 'bold 72px sans-serif';
        g.fillText('Assemblée générale 2026', 180, 340);
        g.font = '34px sans-serif';
        g.fillText('Association des parents d’élèves', 330, 420);
      },
    ],
    [
      'code editor',
      (g) => {
        g.fillStyle = '#1e1e1e';
        g.fillRect(0, 0, W, H);
        g.fillStyle = '#252526';
        g.fillRect(0, 0, 260, H);
        g.font = '20px monospace';
        const lines = [
          'import { load } from "./model";',
          '',
          'export async function main(argv: string[]) {',
          '  const model = await load();',
          '  for (const file of argv) {',
          '    const result = await model.run(file);',
          '    console.log(file, result.score.toFixed(2));',
          '  }',
          '}',
        ];
        lines.forEach((line, i) => {
          g.fillStyle = '#858585';
          g.fillText(String(i + 1).padStart(3), 270, 50 + i * 30);
          g.fillStyle = i % 3 === 0 ? '#c586c0' : i % 3 === 1 ? '#9cdcfe' : '#ce9178';
          g.fillText(line, 320, 50 + i * 30);
        });
        g.fillStyle = '#cccccc';
        ['src', '  main.ts', '  model.ts', 'package.json'].forEach((f, i) => g.fillText(f, 20, 50 + i * 30));
      },
    ],
    [
      'spreadsheet grid',
      (g) => {
        g.fillStyle = '#fff';
        g.fillRect(0, 0, W, H);
        g.strokeStyle = '#d0d0d0';
        g.font = '18px sans-serif';
        for (let row = 0; row < 24; row++) {
          for (let col = 0; col < 10; col++) {
            g.strokeRect(col * 128, row * 30, 128, 30);
            g.fillStyle = row === 0 ? '#217346' : '#222';
            const text =
              row === 0 ? `Colonne ${col + 1}` : col === 0 ? `Ligne ${row}` : String((row * 37 + col * 11) % 997);
            g.fillText(text, col * 128 + 8, row * 30 + 21);
          }
        }
      },
    ],
    [
      'browser page',
      (g) => {
        g.fillStyle = '#f1f3f4';
        g.fillRect(0, 0, W, 80);
        g.fillStyle = '#fff';
        g.fillRect(200, 20, 880, 40);
        g.fillStyle = '#555';
        g.font = '20px sans-serif';
        g.fillText('https://www.example.org/actualites/conseil-municipal', 220, 47);
        g.fillStyle = '#fff';
        g.fillRect(0, 80, W, H - 80);
        g.fillStyle = '#111';
        g.font = 'bold 40px serif';
        g.fillText('Le conseil municipal vote le budget', 120, 170);
        g.font = '22px serif';
        for (let i = 0; i < 12; i++)
          g.fillText('Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.', 120, 230 + i * 34);
        g.fillStyle = '#9aa7b0';
        g.fillRect(900, 200, 280, 200);
      },
    ],
    ['black frame', (g) => ((g.fillStyle = '#000'), g.fillRect(0, 0, W, H))],
    ['white frame', (g) => ((g.fillStyle = '#fff'), g.fillRect(0, 0, W, H))],
    // A false-positive probe: a flat skin tone, the highest-scoring neutral frame in detection.md §1.3.
    ['flat skin-tone frame', (g) => ((g.fillStyle = '#e0ac88'), g.fillRect(0, 0, W, H))],
  ];
  return frames.map(([name, draw]) => {
    const canvas = Object.assign(document.createElement('canvas'), { width: W, height: H });
    draw(canvas.getContext('2d')!);
    const tile = document.createElement('div');
    tile.dataset.frame = name;
    tile.append(canvas);
    document.body.append(tile);
    return name;
  });
}

/** The image check's answer for one frame, as the test hook returns it. */
export interface FrameVerdict {
  explicit: boolean;
  scores: Record<'Drawing' | 'Hentai' | 'Neutral' | 'Porn' | 'Sexy', number>;
  ms: number;
}

/** One line a frame: its top class, the unsafe sum (P+H+S) the rule thresholds, and every score. */
export function formatVerdicts(rows: { name: string; verdict: FrameVerdict }[]): string {
  return rows
    .map(({ name, verdict: { scores, ms, explicit } }) => {
      const top = Object.entries(scores).sort((a, b) => b[1] - a[1])[0]!;
      const unsafe = scores.Porn + scores.Hentai + scores.Sexy;
      const all = Object.entries(scores)
        .map(([k, v]) => `${k} ${v.toFixed(3)}`)
        .join(' ');
      return `${name.padEnd(34)} ${top[0].padEnd(8)} unsafe ${unsafe.toFixed(3)} ${explicit ? 'EXPLICIT' : 'safe'} ${ms.toFixed(0).padStart(4)} ms | ${all}`;
    })
    .join('\n');
}

/** A 1×1 PNG, served from a second origin to taint a canvas. */
export const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
