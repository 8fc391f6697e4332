import { expect, test } from '../support/fixtures';
import { launchLocalizedChromium } from '../support/chromium-locale';
import { PANEL_PATH } from '../support/paths';
import { practiceUrl } from '../support/practice-url';

// Hostguard's first users are French community meetings (src/practice/names.ts): the panel must
// speak French in a French browser, including the words a host in a hurry looks for.
test('in a French browser the panel shows its French labels', async ({ server }) => {
  const browser = await launchLocalizedChromium('fr');
  try {
    const meeting = await browser.context.newPage();
    await meeting.goto(practiceUrl(server.origin, { scenario: 'calm' }));
    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/${PANEL_PATH}`);

    await expect(panel.getByRole('heading', { name: 'Participants (6 présents)' })).toBeVisible();
    await expect(panel.locator('html')).toHaveAttribute('lang', /^fr/);
    await expect(panel.getByRole('button', { name: 'PANIQUE', exact: true })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Arrêter tous les partages' })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Verrouiller la réunion' })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Rétablir' })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Expulser Sophie Lefèvre' })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Signaler Sophie Lefèvre' })).toBeVisible();
    for (const heading of ['Alertes', 'Résultats des actions', 'Raccourcis clavier'])
      await expect(panel.getByRole('heading', { name: heading })).toBeVisible();
    await expect(panel.getByTestId('health')).toHaveText('Hostguard voit les commandes de la réunion.');
    // A message missing from fr/messages.json would show as its key (e.g. `roster_heading`).
    expect(await panel.locator('body').innerText()).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
  } finally {
    await browser.close();
  }
});
