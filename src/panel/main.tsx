import { render } from 'preact';
import './styles/base.css';
import './styles/controls.css';
import './styles/meeting.css';
import './styles/lists.css';
import './styles/names.css';
import { App } from './App';
import { createBrowserConnector } from './connector';
import { setMessageSource } from './i18n';
import { createPanelStore } from './store';
import { StoreContext } from './use-panel';

const connector = createBrowserConnector();
setMessageSource(connector.getMessage, connector.uiLanguage());
document.documentElement.lang = connector.uiLanguage();
document.title = connector.getMessage('extName') || 'Hostguard';

const store = createPanelStore(connector);
store.getState().start();

render(
  <StoreContext.Provider value={store}>
    <App />
  </StoreContext.Provider>,
  document.getElementById('app')!,
);
