import { render, waitFor } from '@testing-library/preact';
import { App } from '../App';
import { setMessageSource } from '../i18n';
import { createPanelStore } from '../store';
import { StoreContext } from '../use-panel';
import { FakeConnector } from './fake-connector';

/** Renders the whole panel over a fake connector, in English, and waits for the first load. */
export async function renderPanel(connector: FakeConnector = new FakeConnector()) {
  setMessageSource(connector.getMessage, 'en');
  const store = createPanelStore(connector);
  const stop = store.getState().start();
  const view = render(
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>,
  );
  await waitFor(() => {
    if (!store.getState().loaded || !store.getState().shortcuts) throw new Error('not loaded yet');
  });
  return { ...view, store, connector, stop };
}
