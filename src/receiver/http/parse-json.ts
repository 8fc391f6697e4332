import { HttpError } from './http-error';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Strict UTF-8 (display names must arrive byte-exact, not with U+FFFD swapped in), then JSON. */
export function parseJsonBody(body: Uint8Array): unknown {
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    throw new HttpError(400, 'The body is not valid UTF-8.');
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new HttpError(400, `The body is not valid JSON: ${(error as Error).message}`);
  }
}
