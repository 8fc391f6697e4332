import { allSessions } from './session/session-store';
import { onKeyboardCommand } from './keyboard';

/**
 * Test builds only (`__TEST_HOOKS__`): lets e2e run a keyboard command where real key input cannot
 * reach the browser (Firefox over WebDriver BiDi). Store builds never contain this.
 */
export function installTestHooks(): void {
  (globalThis as { __hostguardTest?: unknown }).__hostguardTest = {
    command: (name: string) => onKeyboardCommand(name),
    sessions: () => allSessions(),
  };
}
