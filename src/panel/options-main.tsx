import { render } from 'preact';
import './styles/base.css';
import './styles/controls.css';
import { JitsiDomains } from './components/JitsiDomains';
import { createBrowserConnector } from './connector';
import { setMessageSource, t } from './i18n';
import { browserDomainStore, browserPanicOptions } from './options-connector';
import { PanicOptionsForm } from './components/PanicOptionsForm';

// The options page: what panic does, self-hosted Jitsi domains and, later, Shield and report settings.
const connector = createBrowserConnector();
setMessageSource(connector.getMessage, connector.uiLanguage());
document.documentElement.lang = connector.uiLanguage();
document.title = t('options_title');

render(
  <main class="options">
    <h1>{t('options_title')}</h1>
    <PanicOptionsForm store={browserPanicOptions} />
    <JitsiDomains store={browserDomainStore} />
  </main>,
  document.getElementById('app')!,
);
