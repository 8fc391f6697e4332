import { render } from 'preact';
import './styles/base.css';
import './styles/controls.css';
import { JitsiDomains } from './components/JitsiDomains';
import { createBrowserConnector } from './connector';
import { setMessageSource, t } from './i18n';
import { browserDomainStore } from './options-connector';

// The options page: settings shared by the adapters (self-hosted Jitsi) and, later, Shield and reports.
const connector = createBrowserConnector();
setMessageSource(connector.getMessage, connector.uiLanguage());
document.documentElement.lang = connector.uiLanguage();
document.title = t('options_title');

render(
  <main class="options">
    <h1>{t('options_title')}</h1>
    <JitsiDomains store={browserDomainStore} />
  </main>,
  document.getElementById('app')!,
);
