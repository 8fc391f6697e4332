import { isChecked, toggleTo } from '../../../kit/menus';
import { bail } from '../../../kit/step';
import { waitFor } from '../../../kit/wait-for';
import { findAccessRadio, findSwitch, readLocked, type MeetSwitch } from '../host-controls-reader';
import { isOn } from '../page';

/**
 * A setting as read before acting, and how to read it again. Every setting is clicked first and
 * all are then confirmed together, so a client that ignores clicks costs one wait, not four.
 */
export interface Pending {
  before: boolean;
  read: () => boolean | undefined;
}

/**
 * Clicks one Host-controls switch if it is not already as wanted. The "Let everyone" switches
 * exist only while "Host management" is on (Help: "Make sure you have Host Management
 * enabled"), so a missing switch with management off turns management on first.
 */
export async function requestSwitch(
  panel: ParentNode,
  key: MeetSwitch,
  want: boolean,
  signal: AbortSignal,
): Promise<Pending> {
  if (!findSwitch(panel, key)) {
    const management = findSwitch(panel, 'hostManagement');
    if (!management) bail('control-missing', `the "${key}" switch is not on the page`);
    if (!isOn(management)) {
      await toggleTo(() => findSwitch(panel, 'hostManagement'), true, isChecked, '"Host management"', signal);
      await waitFor(() => findSwitch(panel, key), `the "${key}" switch`, { signal });
    }
  }
  const control = findSwitch(panel, key) ?? bail('control-missing', `the "${key}" switch is not on the page`);
  const before = isOn(control);
  if (before !== want) control.click();
  return { before, read: () => read(findSwitch(panel, key)) };
}

const read = (control: HTMLElement | null) => (control ? isOn(control) : undefined);

/**
 * Access type: Restricted for `locked`; unlocking picks Trusted, Meet's default for new
 * Workspace meetings (Workspace Updates 2023-07-17), else Open.
 */
export function requestLocked(panel: ParentNode, want: boolean): Pending {
  const before = readLocked(panel) ?? bail('control-missing', 'the "Restricted" access option is not in Host controls');
  if (before !== want) {
    const target = want
      ? findAccessRadio(panel, 'restricted')
      : (findAccessRadio(panel, 'trusted') ?? findAccessRadio(panel, 'open'));
    (target ?? bail('control-missing', 'no access option to choose')).click();
  }
  return { before, read: () => readLocked(panel) };
}
