import { html, type HtmlValue } from './html';

export const DESK_CSS_PATH = '/desk/desk.css';

/** The page shell: one h1 per page, landmarks, a skip link; styles only from DESK_CSS_PATH (CSP). */
export function renderPage(title: string, body: HtmlValue): string {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>${title} · Hostguard safety desk</title>
        <link rel="stylesheet" href="${DESK_CSS_PATH}" />
      </head>
      <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="site">
          <p><a href="/desk">Hostguard safety desk</a></p>
        </header>
        <main id="main" tabindex="-1">${body}</main>
      </body>
    </html> `.html;
}
