/**
 * Display names an attacker would pick, each with the id it joins under. Every script payload
 * calls a sink the tests instrument (`__pwned(n)`, `alert(n)`) or fetches a `pwned` URL, so any
 * execution or markup injection anywhere is counted. `markers` are the `⟨U+…⟩` stand-ins the
 * panel must show for the hidden characters the name carries.
 */
export interface HostileName {
  id: string;
  name: string;
  kind: 'markup' | 'template' | 'bidi' | 'invisible' | 'zalgo' | 'long';
  markers: string[];
}

const MARKUP: readonly ((n: number) => string)[] = [
  (n) => `<img src=x onerror=__pwned(${n})>`,
  (n) => `<img src="/pwned-${n}.png" onerror="alert(${n})">`,
  (n) => `<script>__pwned(${n})</script>`,
  (n) => `"><svg onload=__pwned(${n})>`,
  (n) => `'><svg/onload=alert(${n})>`,
  (n) => `<iframe srcdoc="<script>parent.__pwned(${n})</script>"></iframe>`,
  (n) => `<a href="javascript:__pwned(${n})">Host</a>`,
  (n) => `javascript:__pwned(${n})`,
  (n) => `javascript:alert(${n})//https://example.com`,
  (n) => `<body onload=__pwned(${n})>`,
  (n) => `<details open ontoggle=__pwned(${n})>`,
  (n) => `<math><mtext><table><mglyph><style><img src=x onerror=__pwned(${n})>`,
  (n) => `<input autofocus onfocus=__pwned(${n})>`,
  (n) => `<video><source onerror=__pwned(${n})></video>`,
  (n) => `<object data="javascript:__pwned(${n})"></object>`,
  (n) => `<style>@import '/pwned-${n}.css';</style>`,
  (n) => `</bdi><img src=x onerror=__pwned(${n})>`,
  (n) => `</title><script>__pwned(${n})</script>`,
  (n) => `<noscript><p title="</noscript><img src=x onerror=__pwned(${n})>">`,
  (n) => `<svg><animate onbegin=__pwned(${n}) attributeName=x dur=1s>`,
  (n) => `<div style="background:url(/pwned-${n}.png)">Host</div>`,
  (n) => `data:text/html,<script>__pwned(${n})</script>`,
  (n) => `<form action="javascript:__pwned(${n})"><button>Host</button></form>`,
  (n) => `" onmouseover="__pwned(${n})" title="`,
  (n) => `' autofocus onfocus='alert(${n})`,
  (n) => `<img src=x onerror=alert(${n})>`,
];

const TEMPLATE: readonly ((n: number) => string)[] = [
  (n) => `{{constructor.constructor('__pwned(${n})')()}}`,
  (n) => `{{$on.constructor('alert(${n})')()}}`,
  (n) => `\${__pwned(${n})}`,
  (n) => `\`\${alert(${n})}\``,
  (n) => `#{__pwned(${n})}`,
  (n) => `<%= __pwned(${n}) %>`,
  (n) => `[[\${__pwned(${n})}]]`,
  (n) => `{{#with "s" as |x|}}{{x.constructor 'alert(${n})'}}{{/with}}`,
];

const cp = (hex: number) => String.fromCodePoint(hex);
const marker = (hex: number) => `\u27e8U+${hex.toString(16).toUpperCase().padStart(4, '0')}\u27e9`;

/** Names built around hidden characters; the code points listed must each show as a marker. */
const HIDDEN: readonly { kind: 'bidi' | 'invisible'; make: (n: number) => string; hidden: number[] }[] = [
  { kind: 'bidi', make: (n) => `${cp(0x202e)}gnp.${n}.exe`, hidden: [0x202e] },
  { kind: 'bidi', make: (n) => `Host ${n}${cp(0x202e)} (tsoH)`, hidden: [0x202e] },
  { kind: 'bidi', make: (n) => `${cp(0x202d)}admin${cp(0x202c)} ${n}`, hidden: [0x202d, 0x202c] },
  { kind: 'bidi', make: (n) => `${cp(0x2067)}Ahmed${cp(0x2069)} ${n}`, hidden: [0x2067, 0x2069] },
  { kind: 'bidi', make: (n) => `${cp(0x200f)}Moderator ${n}${cp(0x200e)}`, hidden: [0x200f, 0x200e] },
  { kind: 'bidi', make: (n) => `${cp(0x202b)}${n}${cp(0x061c)}`, hidden: [0x202b, 0x061c] },
  { kind: 'bidi', make: (n) => `Amélie ${cp(0x2066)}${n}${cp(0x2068)}`, hidden: [0x2066, 0x2068] },
  { kind: 'bidi', make: (n) => `${cp(0x202a)}(Host)${cp(0x202e)} ${n}`, hidden: [0x202a, 0x202e] },
  { kind: 'invisible', make: (n) => `Ho${cp(0x200b)}st ${n}`, hidden: [0x200b] },
  { kind: 'invisible', make: (n) => `${cp(0xfeff)}Admin ${n}`, hidden: [0xfeff] },
  { kind: 'invisible', make: (n) => `J${cp(0x2060)}o${cp(0x2060)}hn ${n}`, hidden: [0x2060] },
  { kind: 'invisible', make: (n) => `${cp(0x200c)}${cp(0x200d)}${n}`, hidden: [0x200c, 0x200d] },
  { kind: 'invisible', make: (n) => `${cp(0x2800)}${cp(0x2800)} ${n}`, hidden: [0x2800] },
  { kind: 'invisible', make: (n) => `${cp(0x3164)} ${n}`, hidden: [0x3164] },
  { kind: 'invisible', make: (n) => `Soft${cp(0xad)}hyphen ${n}`, hidden: [0xad] },
  { kind: 'invisible', make: (n) => `Tag${cp(0xe0041)}${cp(0xe0042)} ${n}`, hidden: [0xe0041, 0xe0042] },
  { kind: 'invisible', make: (n) => `Line one\nLine two ${n}`, hidden: [0x0a] },
  { kind: 'invisible', make: (n) => `Nul${cp(0)}byte ${n}`, hidden: [0x00] },
];

/** Deterministic Zalgo: every letter buried under `marks` combining marks (U+0300–U+036F). */
export function zalgo(text: string, marks: number, seed = 1): string {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31);
  return [...text].map((ch) => ch + Array.from({ length: marks }, () => cp(0x300 + (next() % 0x70))).join('')).join('');
}

const LONG: readonly string[] = [
  'A'.repeat(10_000),
  'W'.repeat(10_000),
  '\ufdfd'.repeat(10_000),
  'مرحبا'.repeat(2_000),
  zalgo('Zalgo', 1_999).slice(0, 10_000),
  '<img src=x onerror=__pwned(0)>'.repeat(334).slice(0, 10_000),
  `${cp(0x202e)}${'x'.repeat(9_999)}`,
];

/** `markup` and `template` payloads in every variant, hidden-character, Zalgo and 10,000-character names. */
export function hostileNames(variants = 11): HostileName[] {
  const names: HostileName[] = [];
  let n = 0;
  const add = (kind: HostileName['kind'], name: string, markers: string[] = []) =>
    names.push({ id: `h${names.length + 1}`, name, kind, markers });
  for (let v = 0; v < variants; v++) {
    for (const make of MARKUP) add('markup', make(++n));
    for (const make of TEMPLATE) add('template', make(++n));
  }
  for (let v = 0; v < 6; v++) for (const { kind, make, hidden } of HIDDEN) add(kind, make(++n), hidden.map(marker));
  for (let v = 0; v < 20; v++) add('zalgo', zalgo(`Zalgo ${++n}`, 8 + v * 4, v + 1));
  for (const name of LONG) add('long', name, name.startsWith(cp(0x202e)) ? [marker(0x202e)] : []);
  return names;
}
