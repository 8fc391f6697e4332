import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { originFromInput, type DomainError, type DomainStore } from '../jitsi-domains';

const ERROR_KEYS: Record<DomainError | 'denied', string> = {
  invalid: 'jitsi_error_invalid',
  'not-https': 'jitsi_error_not_https',
  'known-platform': 'jitsi_error_known',
  denied: 'jitsi_error_denied',
};

/** The host adds a self-hosted Jitsi domain; Hostguard asks the browser for that one origin. */
export function JitsiDomains({ store }: { store: DomainStore }) {
  const [domains, setDomains] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const refresh = () => void store.list().then(setDomains);
  useEffect(refresh, [store]);

  const add = (event: Event) => {
    event.preventDefault();
    const parsed = originFromInput(input);
    if ('error' in parsed) return setMessage({ text: t(ERROR_KEYS[parsed.error]), error: true });
    void store.add(parsed.origin).then((granted) => {
      setMessage(
        granted ? { text: t('jitsi_added', parsed.origin), error: false } : { text: t(ERROR_KEYS.denied), error: true },
      );
      if (granted) setInput('');
      refresh();
    });
  };

  return (
    <section aria-labelledby="jitsi-heading" data-testid="jitsi-domains">
      <h2 id="jitsi-heading">{t('jitsi_heading')}</h2>
      <p>{t('jitsi_help')}</p>
      <form onSubmit={add}>
        <label for="jitsi-domain">{t('jitsi_label')}</label>{' '}
        <input
          id="jitsi-domain"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          value={input}
          onInput={(e) => setInput((e.target as HTMLInputElement).value)}
        />{' '}
        <button type="submit">{t('jitsi_add')}</button>
      </form>
      <p role="status" class={message?.error ? 'form-error' : 'form-note'} data-testid="jitsi-message">
        {message?.text ?? ''}
      </p>
      {domains.length === 0 ? (
        <p class="empty-note">{t('jitsi_empty')}</p>
      ) : (
        <ul data-testid="jitsi-list">
          {domains.map((origin) => (
            <li key={origin}>
              <span class="domain">{origin}</span>{' '}
              <button type="button" onClick={() => void store.remove(origin).then(refresh)}>
                {t('jitsi_remove', origin)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
