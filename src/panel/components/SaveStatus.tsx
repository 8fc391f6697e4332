import { t } from '../i18n';
import type { SaveStatus as Status } from '../use-stored-value';

const KEYS: Record<Status, string | null> = {
  idle: null,
  saving: 'options_saving',
  saved: 'options_saved',
  failed: 'options_save_failed',
};

/** "Saved." after each change, so the host knows no Save button is needed. */
export function SaveStatus({ status, testId }: { status: Status; testId?: string }) {
  const key = KEYS[status];
  return (
    <p role="status" class={status === 'failed' ? 'form-error' : 'save-status'} data-testid={testId}>
      {key ? t(key) : ''}
    </p>
  );
}
