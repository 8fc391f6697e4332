/**
 * The desk's only style sheet, served from a route because the CSP allows `style-src 'self'`
 * and nothing inline. Contrast of text and controls is 7:1 or better on white.
 */
export const DESK_CSS = `
:root { color: #1b1b1b; background: #fff; font: 16px/1.5 system-ui, sans-serif; }
body { margin: 0 auto; max-width: 72rem; padding: 0 1rem 3rem; }
a { color: #0b4a8b; }
a:focus-visible, button:focus-visible, select:focus-visible, input:focus-visible, summary:focus-visible {
  outline: 3px solid #0b4a8b; outline-offset: 2px;
}
.skip { position: absolute; left: -100vw; }
.skip:focus { position: static; display: inline-block; padding: .5rem; }
header.site p { font-weight: 700; margin: 1rem 0; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.35rem; margin-top: 2rem; } h3 { font-size: 1.15rem; } h4 { font-size: 1rem; }
form.filters { display: flex; flex-wrap: wrap; gap: .75rem 1.25rem; align-items: end; padding: .75rem; border: 1px solid #6b6b6b; }
form.filters label { display: block; font-weight: 600; }
select, input, button { font: inherit; padding: .25rem .5rem; border: 1px solid #4a4a4a; border-radius: 3px; background: #fff; color: #1b1b1b; }
button { background: #0b4a8b; color: #fff; border-color: #0b4a8b; cursor: pointer; }
article.report { border: 1px solid #6b6b6b; border-radius: 4px; padding: .25rem 1rem 1rem; margin: 1rem 0; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dl.fields dt { font-weight: 600; }
dl.fields dd { margin: 0; min-width: 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
caption { text-align: left; font-weight: 600; }
th, td { border: 1px solid #8a8a8a; padding: .25rem .5rem; text-align: left; vertical-align: top; }
code, .hash { font-family: ui-monospace, monospace; font-size: .9em; overflow-wrap: anywhere; word-break: break-all; }
.untrusted { unicode-bidi: isolate; overflow-wrap: anywhere; }
.hidden-char { font-family: ui-monospace, monospace; font-size: .85em; color: #5a3500; background: #fff1c2; border: 1px solid #8a5a00; border-radius: 3px; padding: 0 .15em; }
.flag { color: #8b1a1a; font-weight: 600; }
.meta { color: #4a4a4a; }
.notice { border-left: 6px solid #8b1a1a; background: #fbeeee; padding: .5rem 1rem; }
.status-broken, .held-no { color: #8b1a1a; font-weight: 600; }
figure.evidence-image { margin: 1rem 0; }
figure.evidence-image img { display: block; max-width: 100%; height: auto; filter: blur(24px); }
figure.evidence-image details.unblur[open] + img { filter: none; }
details > summary { cursor: pointer; }
`;
