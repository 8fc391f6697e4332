import { afterEach, describe, expect, it, vi } from 'vitest';
import { $, $$, byText, mountForTest, openRowMenu, practiceLog, rowOf, startScenario, until } from './test-dom';

let page: ReturnType<typeof mountForTest> | undefined;
afterEach(() => {
  page?.unmount();
  vi.useRealTimers();
});
const mount = (...args: Parameters<typeof mountForTest>) => (page = mountForTest(...args));

const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '\u202Egnp.exe',
  'Zero\u200Bwidth (Host)',
  'x'.repeat(10_000),
];

describe('practice meeting: drill bar and scripted participants', () => {
  it('waits for "Start scenario" unless autostart=1', async () => {
    mount('delay=0', [{ type: 'join', id: 'a', name: 'Scripted' }]);
    await until(() => $('#pm-drill-status')?.textContent === 'Ready');
    expect(rowOf('a')).toBeNull();
    await startScenario();
    await until(() => rowOf('a'));
    expect($('#pm-drill-status')!.textContent).toBe('Finished');
    expect(
      practiceLog()
        .map((e) => e.type)
        .slice(-4),
    ).toEqual(['scenario-started', 'step:join', 'joined', 'scenario-finished']);
  });

  it('shows a visible error for a script on another origin, and never fetches it', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    mount('script=https://evil.example/raid.json');
    await until(() => $('.pm-drill__status--error'));
    expect($('#pm-drill-status')!.textContent).toMatch(/^Script rejected: https:\/\/evil\.example\/raid\.json/);
    expect(($('#pm-start-scenario') as HTMLButtonElement).disabled).toBe(true);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('renders hostile display names and chat as text only', async () => {
    const steps = HOSTILE.flatMap((name, i) => [
      { type: 'join', id: `h${i}`, name },
      { type: 'chat', id: `h${i}`, text: name },
    ]);
    mount('delay=0&autostart=1', steps);
    await until(() => $$('.pm-chat__message').length === HOSTILE.length);
    expect(
      $$('#pm-participants-list .pm-participant__name')
        .slice(6)
        .map((n) => n.textContent),
    ).toEqual(HOSTILE);
    expect($$('.pm-chat__text').map((n) => n.textContent)).toEqual(HOSTILE);
    expect(page!.root.querySelectorAll('img, script')).toHaveLength(0);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    // The impostor's "(Host)" is part of the name; the role label stays empty.
    expect($('.pm-participant__role', rowOf('h3')!)!.textContent).toBe('');
  });

  it('a removed raider who rejoins under a look-alike name is refused with a notice', async () => {
    mount('delay=0&autostart=1', [
      { type: 'rejoin-after-removal', id: 'intruder', name: 'N\u0430than Roy', after: 5 },
      { type: 'join', id: 'intruder', name: 'Nathan Roy' },
    ]);
    await until(() => rowOf('intruder'));
    (await openRowMenu('intruder')).find((i) => i.textContent === 'Remove')!.click();
    const dialog = await until(() => $('#pm-remove-dialog'));
    $<HTMLInputElement>('input[name="block-rejoin"]', dialog)!.click();
    byText('button', 'Remove', dialog)!.click();
    const notice = await until(() => $('.pm-notice'));
    expect(notice.textContent).toContain('A removed participant tried to rejoin: blocked');
    expect($$('#pm-participants-list [data-participant-id]')).toHaveLength(6);
  });

  it('refuses joins while locked, with a notice', async () => {
    mount('delay=0', [{ type: 'join', id: 'late', name: 'Late' }]);
    $('#pm-security-button')!.click();
    (await until(() => byText('#pm-security-menu [role^="menuitem"]', 'Lock meeting'))).click();
    await until(() => $('#pm-lock-indicator'));
    await startScenario();
    const notice = await until(() => $('.pm-notice'));
    expect(notice.textContent).toContain('Join refused: meeting is locked');
    expect(rowOf('late')).toBeNull();
  });

  it('toasts announce changes and go away by themselves after ~4 s', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    mount('delay=0&autostart=1', [{ type: 'join', id: 'a', name: 'Ada' }]);
    await vi.waitFor(() => expect(byText('#pm-toasts li', 'Ada joined')).not.toBeNull());
    await vi.advanceTimersByTimeAsync(3_900);
    expect(byText('#pm-toasts li', 'Ada joined')).not.toBeNull();
    await vi.advanceTimersByTimeAsync(200);
    expect(byText('#pm-toasts li', 'Ada joined')).toBeNull();
  });

  it('the host can chat even while chat is off for participants, whose messages are refused', async () => {
    mount('delay=0', [{ type: 'chat', id: 'p4', text: 'refused' }]);
    $('#pm-security-button')!.click();
    (await until(() => byText('#pm-security-menu [role^="menuitem"]', 'Chat'))).click();
    await until(() => $('.pm-chat__disabled'));
    await startScenario();
    await until(() => practiceLog().some((e) => e.type === 'chat-refused'));
    const input = $<HTMLInputElement>('.pm-chat__input')!;
    input.value = 'Welcome all';
    $('.pm-chat__form button')!.click();
    const message = await until(() => $('.pm-chat__message'));
    expect($('.pm-chat__author', message)!.textContent).toBe('You');
    expect($('.pm-chat__text', message)!.textContent).toBe('Welcome all');
    expect(message.getAttribute('data-sender-id')).toBe('p1');
    expect($$('.pm-chat__message')).toHaveLength(1);
  });
});
