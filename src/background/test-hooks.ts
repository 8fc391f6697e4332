import { allSessions } from './session/session-store';
import { onKeyboardCommand } from './keyboard';
import { classifyFrame, imageCheckStatus } from './image-check';

/**
 * Test builds only (`__TEST_HOOKS__`): lets e2e run a keyboard command where real key input cannot
 * reach the browser (Firefox over WebDriver BiDi). Store builds never contain this.
 */
export function installTestHooks(): void {
  (globalThis as { __hostguardTest?: unknown }).__hostguardTest = {
    command: (name: string) => onKeyboardCommand(name),
    sessions: () => allSessions(),
    // The image check on frames the e2e draws (the model loads on the first frame).
    classifyFrame: (jpegDataUrl: string) => classifyFrame(jpegDataUrl),
    imageCheckStatus: () => imageCheckStatus(),
  };
}
