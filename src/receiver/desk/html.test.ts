// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { html } from './html';
import { renderName } from './render-text';

describe('html', () => {
  it('escapes every interpolated string, in text and in quoted attributes', () => {
    const name = `"><img src=x onerror=alert(1)>'&`;
    expect(html`<p title="${name}">${name}</p>`.html).toBe(
      '<p title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&#39;&amp;">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&#39;&amp;</p>',
    );
  });

  it('nests markup made by html and joins arrays', () => {
    const items = ['<a>', 'b'].map((x) => html`<li>${x}</li>`);
    // Prettier formats html`` templates; whitespace between tags is not what is tested.
    expect(
      html`<ul>
        ${items}
      </ul>`.html.replace(/\s+/g, ''),
    ).toBe('<ul><li>&lt;a&gt;</li><li>b</li></ul>');
  });
});

describe('renderName', () => {
  it('isolates the name and shows invisible and bidi characters as markers', () => {
    const out = renderName('Ad\u200bmin\u202e').html;
    expect(out).toBe(
      '<bdi class="untrusted">Ad<span class="hidden-char">⟨U+200B⟩</span>min<span class="hidden-char">⟨U+202E⟩</span></bdi> <span class="flag">(reorders text, hides characters)</span>',
    );
  });

  it('bounds a 10,000-character name', () => {
    const out = renderName('A'.repeat(10_000)).html;
    expect(out.length).toBeLessThan(300);
    expect(out).toContain('10000 characters, shortened');
  });
});
