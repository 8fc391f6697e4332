import { afterEach, describe, expect, it } from 'vitest';
import { practiceAdapter } from './adapter';
import { $, hostClicks, mountPractice, type PracticePage } from './practice.fixture';

let page: PracticePage | undefined;
afterEach(() => page?.unmount());

describe('practice adapter: probe and title', () => {
  it('is healthy on the practice meeting and reads its title', () => {
    page = mountPractice();
    expect(practiceAdapter.probe(document)).toMatchObject({
      ok: true,
      parts: { roster: true, stage: true, securityButton: true, chat: true },
    });
    expect(practiceAdapter.title(document)).toBe('Weekly community meeting (practice)');
  });

  it('says which part is missing: a closed roster is unhealthy, a closed chat is not', async () => {
    page = mountPractice();
    await hostClicks('#pm-participants-button', '#pm-chat-button', () =>
      $('#pm-participants-list') ? null : $('#pm-title'),
    );
    expect(practiceAdapter.probe(document)).toMatchObject({
      ok: false,
      parts: { roster: false, stage: true, securityButton: true, chat: false },
    });
  });

  it('is unhealthy on a page that is not the practice meeting', () => {
    expect(practiceAdapter.probe(document)).toMatchObject({ ok: false, parts: { roster: false, stage: false } });
  });
});
