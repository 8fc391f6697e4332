/** GET a desk page the way a browser does after the Basic-auth prompt (any user, token as password). */
export function deskGet(url: string, path: string, token: string): Promise<Response> {
  return fetch(`${url}${path}`, { headers: { authorization: `Basic ${btoa(`reviewer:${token}`)}` } });
}
