import { useEffect, useState } from 'preact/hooks';
import { checkEndpointUrl, permissionPatternFor } from '../../shared/model/destinations';
import { t } from '../i18n';
import type { ReportSettingsStore } from '../destinations-store';

type Message = { text: string; error: boolean } | null;

/**
 * The organisation's report receiver: an HTTPS base URL (plain http only for localhost) and its
 * bearer token. Saving asks the browser for exactly that origin, nothing wider.
 */
export function EndpointForm({ store }: { store: ReportSettingsStore }) {
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [message, setMessage] = useState<Message>(null);
  useEffect(() => {
    void store.destinations.load().then((d) => {
      setUrl(d.endpoint?.url ?? '');
      setToken(d.endpoint?.token ?? '');
    });
  }, [store]);

  const save = (event: Event) => {
    event.preventDefault();
    const checked = checkEndpointUrl(url);
    if (!checked.ok) return setMessage({ text: t('endpoint_error', checked.reason), error: true });
    if (!/^[\x21-\x7e]{8,4096}$/.test(token.trim()))
      return setMessage({ text: t('endpoint_token_error'), error: true });
    void store.requestOrigin(permissionPatternFor(checked.origin)).then(async (granted) => {
      if (!granted) return setMessage({ text: t('endpoint_denied', checked.origin), error: true });
      await store.destinations.update((d) => ({ ...d, endpoint: { url: checked.base, token: token.trim() } }));
      setMessage({ text: t('endpoint_saved', checked.origin), error: false });
    });
  };
  const remove = () =>
    void store.destinations
      .update(({ endpoint: _removed, ...rest }) => rest)
      .then(() => {
        setUrl('');
        setToken('');
        setMessage({ text: t('endpoint_removed'), error: false });
      });

  return (
    <form onSubmit={save} data-testid="endpoint-form">
      <h3>{t('endpoint_heading')}</h3>
      <p class="form-note">{t('endpoint_help')}</p>
      <label for="endpoint-url">{t('endpoint_url')}</label>
      <input
        id="endpoint-url"
        type="url"
        autoComplete="off"
        spellcheck={false}
        value={url}
        onInput={(e) => setUrl(e.currentTarget.value)}
      />
      <label for="endpoint-token">{t('endpoint_token')}</label>
      <input
        id="endpoint-token"
        type="password"
        autoComplete="off"
        value={token}
        onInput={(e) => setToken(e.currentTarget.value)}
      />
      <div class="form-buttons">
        <button type="submit">{t('endpoint_save')}</button>{' '}
        <button type="button" class="secondary-button" onClick={remove}>
          {t('endpoint_remove')}
        </button>
      </div>
      <p role="status" class={message?.error ? 'form-error' : 'form-note'} data-testid="endpoint-message">
        {message?.text ?? ''}
      </p>
    </form>
  );
}
