// @vitest-environment node
import 'fake-indexeddb/auto';
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Participant } from '../../shared/model/participant';
import { freshEvidenceDb } from '../../shared/evidence/evidence-db.testing';
import { onKeyboardCommand } from '../keyboard';
import { outboxRecords } from '../outbox/start-outbox';
import { __forgetCacheForTests, getSession } from '../session/session-store';
import { seedSession } from '../test-support/fake-meeting';
import { participant } from '../test-support/participant';

const raider: Participant = participant('x', { name: 'H e i l  H i t l e r', joinedAt: Date.now() - 3_000 });

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'x', version: '0.1.0' });
  await __forgetCacheForTests();
  await freshEvidenceDb();
});

describe('the file-report shortcut', () => {
  it('files the current incident into the outbox without the panel, logged as the host’s', async () => {
    const at = Date.now() - 2_000;
    await seedSession({
      participants: { x: raider },
      alerts: [
        {
          id: 'a',
          at,
          kind: 'hostile-name',
          severity: 'critical',
          participantId: 'x',
          values: { category: 'hate', term: 'heil hitler' },
        },
      ],
    });
    await onKeyboardCommand('file-report', { id: 7 });
    const records = await outboxRecords();
    const report = records.find((r) => r.report.participants.some((p) => p.id === 'x'))?.report;
    expect(report).toMatchObject({ category: 'hate', participants: [{ id: 'x', name: raider.name }] });
    expect(report!.window.from).toBe(at - 10_000);
    const logged = (await getSession(7))!.actions.at(-1)!;
    expect([logged.hostAction, logged.step, logged.origin, logged.result.ok]).toEqual([
      'report',
      'queued',
      'shortcut',
      true,
    ]);
  });

  it('with no incident yet, files nothing and logs why', async () => {
    await seedSession({ participants: { x: raider } });
    const before = (await outboxRecords()).length;
    await onKeyboardCommand('file-report', { id: 7 });
    expect((await outboxRecords()).length).toBe(before);
    const logged = (await getSession(7))!.actions.at(-1)!;
    expect(logged.result).toMatchObject({ ok: false, detail: expect.stringMatching(/no incident to report/) });
  });
});
