import type { Page } from '@playwright/test';
import type { HostCommand } from '../../src/shared/actions';
import type { CommandOutcome } from '../../src/shared/protocol/messages';
import { PROTOCOL_VERSION } from '../../src/shared/protocol/messages';

/** Sends a host command from an extension page, exactly as the panel's buttons do. */
export function hostCommand(extensionPage: Page, tabId: number, command: HostCommand): Promise<CommandOutcome> {
  return extensionPage.evaluate(
    ({ tabId, command, v }) => chrome.runtime.sendMessage({ type: 'panel-bg/command', v, tabId, command }),
    { tabId, command, v: PROTOCOL_VERSION },
  );
}
