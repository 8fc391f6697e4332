/**
 * Finds image bytes wherever the extension keeps data, written apart from the product's own
 * image-magic.ts so a bug there cannot hide one here. A hit is a JPEG, PNG, GIF or WebP
 * signature at any offset of any binary value, or image text (a `data:image` URL, base64 of a
 * JPEG `/9j/`, PNG `iVBORw0KGgo`, WebP `UklGR`) in any string.
 */
export interface ScanResult {
  /** Binary values read (Blobs, ArrayBuffers, typed arrays) and their bytes. */
  binaries: number;
  bytes: number;
  strings: number;
  /** Where image signatures or image text were found: `<db>/<store>: jpeg at 0`. */
  hits: string[];
}

/** Image signatures anywhere in `bytes` (Node side: the downloaded bundle). */
export function imageSignatures(bytes: Uint8Array): string[] {
  const found: string[] = [];
  const at = (i: number, sig: number[]) => sig.every((b, k) => bytes[i + k] === b);
  for (let i = 0; i < bytes.length; i++) {
    if (at(i, [0xff, 0xd8, 0xff])) found.push(`jpeg at ${i}`);
    else if (at(i, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) found.push(`png at ${i}`);
    else if (at(i, [0x47, 0x49, 0x46, 0x38])) found.push(`gif at ${i}`);
    else if (at(i, [0x52, 0x49, 0x46, 0x46]) && at(i + 8, [0x57, 0x45, 0x42, 0x50])) found.push(`webp at ${i}`);
  }
  return found;
}

/**
 * Runs in an extension page (page.evaluate): every value of every store of the named IndexedDB
 * databases, and storage.local + storage.session as JSON. Self-contained, as evaluate requires.
 * Databases that do not exist are skipped, never created.
 */
export async function scanExtensionData(databases: string[]): Promise<ScanResult> {
  const result: ScanResult = { binaries: 0, bytes: 0, strings: 0, hits: [] };
  const TEXT = [/data:image\//i, /\/9j\//, /iVBORw0KGgo/, /UklGR/];
  const scanBytes = (where: string, bytes: Uint8Array) => {
    result.binaries++;
    result.bytes += bytes.byteLength;
    const at = (i: number, sig: number[]) => sig.every((b, k) => bytes[i + k] === b);
    for (let i = 0; i < bytes.length; i++) {
      const hit = at(i, [0xff, 0xd8, 0xff])
        ? 'jpeg'
        : at(i, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
          ? 'png'
          : at(i, [0x47, 0x49, 0x46, 0x38])
            ? 'gif'
            : at(i, [0x52, 0x49, 0x46, 0x46]) && at(i + 8, [0x57, 0x45, 0x42, 0x50])
              ? 'webp'
              : undefined;
      if (hit) result.hits.push(`${where}: ${hit} at ${i}`);
    }
  };
  const scanText = (where: string, text: string) => {
    result.strings++;
    for (const pattern of TEXT) if (pattern.test(text)) result.hits.push(`${where}: text ${pattern.source}`);
  };
  const walk = async (where: string, value: unknown): Promise<void> => {
    if (typeof value === 'string') return scanText(where, value);
    if (value instanceof Blob) return scanBytes(where, new Uint8Array(await value.arrayBuffer()));
    if (value instanceof ArrayBuffer) return scanBytes(where, new Uint8Array(value));
    if (ArrayBuffer.isView(value))
      return scanBytes(where, new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    if (value && typeof value === 'object') for (const inner of Object.values(value)) await walk(where, inner);
  };
  const existing = new Set((await indexedDB.databases()).map((db) => db.name));
  for (const name of databases.filter((n) => existing.has(n))) {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    for (const store of Array.from(db.objectStoreNames)) {
      const values = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const value of values) await walk(`${name}/${store}`, value);
    }
    db.close();
  }
  for (const area of ['local', 'session'] as const)
    scanText(`storage.${area}`, JSON.stringify(await chrome.storage[area].get(null)));
  return result;
}
