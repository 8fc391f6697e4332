import { request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** Bytes the client had written when the answer came. */
  sent: number;
}

/**
 * Streams `chunks` of `chunkSize` bytes (no Content-Length: chunked), the way a client sends a
 * big body, and stops writing as soon as the server answers. A reset after the answer is expected.
 */
export function streamBody(
  url: string,
  path: string,
  headers: Record<string, string>,
  chunks: number,
  chunkSize: number,
) {
  return new Promise<RawResponse>((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = request(new URL(path, url), { method: 'POST', headers });
    req.on('response', (res) => {
      answered = true;
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(parts).toString('utf8'),
          sent,
        }),
      );
      res.on('error', reject);
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const chunk = Buffer.alloc(chunkSize, 0x20);
    const writeNext = (index: number) => {
      if (answered || req.destroyed) return;
      if (index >= chunks) return void req.end();
      sent += chunk.length;
      if (req.write(chunk)) setImmediate(() => writeNext(index + 1));
      else req.once('drain', () => writeNext(index + 1));
    };
    req.write('{"schema":"hostguard.report/1","reports":["');
    writeNext(0);
  });
}
