import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-error';

/**
 * Reads a request body of at most `limit` bytes. A declared Content-Length over the limit is
 * refused before reading anything; a streamed body is refused at the chunk that passes the limit,
 * and the connection is closed after the 413 so the rest is never read.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(tooLarge(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (error?: HttpError) => {
      req.off('data', onData).off('end', onEnd).off('close', onClose).off('error', onClose);
      if (error) reject(error);
      else resolve(Buffer.concat(chunks, size));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else {
        req.pause();
        stop(tooLarge(limit));
      }
    };
    const onEnd = () => stop();
    const onClose = () => stop(new HttpError(400, 'The request body ended before it was complete.'));
    req.on('data', onData).on('end', onEnd).on('close', onClose).on('error', onClose);
  });
}

function tooLarge(limit: number): HttpError {
  return new HttpError(413, `The body is larger than ${limit} bytes.`, { connection: 'close' });
}
