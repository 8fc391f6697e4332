import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DISPLAY_NAME_LIMITS } from '../../shared/text/display-name';
import en from '../../public/_locales/en/messages.json';
import { catalogueSource } from '../catalogue';
import { setMessageSource } from '../i18n';
import { DisplayName } from './DisplayName';

setMessageSource(catalogueSource(en));
afterEach(cleanup);

describe('DisplayName', () => {
  it('renders payloads as text inside an isolated bdi, never as markup', () => {
    const payload = '"><svg onload=alert(1)><a href="javascript:alert(2)">x</a>';
    const { container } = render(<DisplayName raw={payload} />);
    const bdi = container.querySelector('bdi')!;
    expect(bdi.getAttribute('dir')).toBe('auto');
    expect(container.querySelectorAll('svg, a, script, img')).toHaveLength(0);
    expect(bdi.textContent).toBe(payload);
    expect(bdi.getAttribute('style')).toBeNull();
  });

  it('shows hidden characters as styled markers', () => {
    const { container } = render(<DisplayName raw={'Bob\u200B\u202E'} />);
    const markers = [...container.querySelectorAll('.name-marker')].map((m) => m.textContent);
    expect(markers).toEqual(['⟨U+200B⟩', '⟨U+202E⟩']);
    expect(container.textContent).not.toMatch(/[\u200B\u202E]/);
  });

  it('caps both the visible text and the title of a 10,000-character name', () => {
    const { container } = render(<DisplayName raw={'M'.repeat(10_000)} />);
    const bdi = container.querySelector('bdi')!;
    expect(bdi.textContent).toBe(`${'M'.repeat(DISPLAY_NAME_LIMITS.clusters)}…`);
    expect(bdi.getAttribute('title')).toBe(`${'M'.repeat(DISPLAY_NAME_LIMITS.titleClusters)}…`);
  });

  it('says when a name is blank', () => {
    const { container } = render(<DisplayName raw={'\u3164'} />);
    expect(container.textContent).toContain('⟨U+3164⟩');
    expect(container.querySelector('.name-marker')!.textContent).toBe('(blank name)');
  });
});
