import { useEffect, useState } from 'preact/hooks';
import {
  checkWebhookUrl,
  permissionPatternFor,
  WEBHOOK_FLAVOURS,
  type WebhookFlavour,
} from '../../shared/model/destinations';
import { t } from '../i18n';
import type { ReportSettingsStore } from '../destinations-store';

type Message = { text: string; error: boolean } | null;

/** A chat channel for co-hosts and the safety lead: a text-only heads-up, never an image. */
export function WebhookForm({ store }: { store: ReportSettingsStore }) {
  const [url, setUrl] = useState('');
  const [flavour, setFlavour] = useState<WebhookFlavour>('slack');
  const [message, setMessage] = useState<Message>(null);
  useEffect(() => {
    void store.destinations.load().then((d) => {
      setUrl(d.webhook?.url ?? '');
      setFlavour(d.webhook?.flavour ?? 'slack');
    });
  }, [store]);

  const save = (event: Event) => {
    event.preventDefault();
    const checked = checkWebhookUrl(url);
    if (!checked.ok) return setMessage({ text: t('webhook_error', checked.reason), error: true });
    void store.requestOrigin(permissionPatternFor(checked.origin)).then(async (granted) => {
      if (!granted) return setMessage({ text: t('endpoint_denied', checked.origin), error: true });
      await store.destinations.update((d) => ({ ...d, webhook: { url: checked.base, flavour } }));
      setMessage({ text: t('webhook_saved', checked.origin), error: false });
    });
  };
  const remove = () =>
    void store.destinations
      .update(({ webhook: _removed, ...rest }) => rest)
      .then(() => {
        setUrl('');
        setMessage({ text: t('webhook_removed'), error: false });
      });

  return (
    <form onSubmit={save} data-testid="webhook-form">
      <h3>{t('webhook_heading')}</h3>
      <p class="form-note">{t('webhook_help')}</p>
      <label for="webhook-url">{t('webhook_url')}</label>
      <input
        id="webhook-url"
        type="url"
        autoComplete="off"
        spellcheck={false}
        value={url}
        onInput={(e) => setUrl(e.currentTarget.value)}
      />
      <label for="webhook-flavour">{t('webhook_flavour')}</label>
      <select
        id="webhook-flavour"
        value={flavour}
        onChange={(e) => setFlavour(e.currentTarget.value as WebhookFlavour)}
      >
        {WEBHOOK_FLAVOURS.map((f) => (
          <option key={f} value={f}>
            {t(`webhook_flavour_${f}`)}
          </option>
        ))}
      </select>
      <div class="form-buttons">
        <button type="submit">{t('webhook_save')}</button>{' '}
        <button type="button" class="secondary-button" onClick={remove}>
          {t('webhook_remove')}
        </button>
      </div>
      <p role="status" class={message?.error ? 'form-error' : 'form-note'} data-testid="webhook-message">
        {message?.text ?? ''}
      </p>
    </form>
  );
}
