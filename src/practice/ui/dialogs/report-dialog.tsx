import { useRef, useState } from 'preact/hooks';
import type { Participant } from '../../model/types';
import { Checkbox, Dialog, DialogButton } from './dialog';

/** The client's own report categories (value, label), in its order. */
export const REPORT_CATEGORIES = [
  ['inappropriate', 'Inappropriate or offensive content'],
  ['harassment', 'Harassment or hate speech'],
  ['disruption', 'Disrupting the meeting'],
  ['impersonation', 'Impersonation'],
  ['child-safety', 'Child safety'],
  ['other', 'Other'],
] as const;

interface Props {
  participant: Participant;
  onSubmit: (category: string, description: string, alsoRemove: boolean) => void;
  onCancel: () => void;
}

/**
 * The native "Report participant" dialog. Only the host submits it: Hostguard may prefill it
 * and must leave it open. Submit is enabled once a category is chosen; the fields are read
 * when Submit is clicked.
 */
export function ReportDialog({ participant, onSubmit, onCancel }: Props) {
  const [hasCategory, setHasCategory] = useState(false);
  const category = useRef<HTMLSelectElement>(null);
  const description = useRef<HTMLTextAreaElement>(null);
  const alsoRemove = useRef<HTMLInputElement>(null);
  const submit = () =>
    onSubmit(category.current?.value ?? '', description.current?.value ?? '', alsoRemove.current?.checked === true);
  return (
    <Dialog
      id="pm-report-dialog"
      participantId={participant.id}
      title="Report participant"
      onCancel={onCancel}
      actions={
        <>
          <DialogButton label="Cancel" onClick={onCancel} />
          <DialogButton label="Submit" kind="primary" disabled={!hasCategory} onClick={submit} />
        </>
      }
    >
      <p class="pm-dialog__subject">
        Reporting <bdi class="pm-name pm-report__name">{participant.name}</bdi>
      </p>
      <label class="pm-field">
        <span>Category</span>
        <select ref={category} name="category" onChange={(event) => setHasCategory(event.currentTarget.value !== '')}>
          <option value="">Choose a category</option>
          {REPORT_CATEGORIES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label class="pm-field">
        <span>Description</span>
        <textarea ref={description} name="description" rows={4} maxLength={4_000} />
      </label>
      <Checkbox name="also-remove" label="Also remove from the meeting" defaultChecked={false} inputRef={alsoRemove} />
    </Dialog>
  );
}
