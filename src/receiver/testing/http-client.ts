import type { WireBatchResponse } from '../../shared/report-wire/schema';
import type { BuiltReport, EvidenceBlob } from './make-report';

/** What the extension's outbox does, over plain fetch: PUT each blob, then POST the batch. */
export async function putBlob(url: string, token: string, blob: EvidenceBlob): Promise<Response> {
  return fetch(`${url}/v1/evidence/${blob.sha256}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': blob.mediaType },
    body: blob.bytes,
  });
}

export async function postBatch(
  url: string,
  token: string,
  reports: readonly unknown[],
  init: RequestInit = {},
): Promise<{ status: number; body: WireBatchResponse & { error?: string } }> {
  const response = await fetch(`${url}/v1/reports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ schema: 'hostguard.report/1', reports }),
    ...init,
  });
  return { status: response.status, body: (await response.json()) as WireBatchResponse & { error?: string } };
}

export async function uploadAll(url: string, token: string, built: readonly BuiltReport[]): Promise<void> {
  for (const { blobs } of built) {
    for (const blob of blobs) {
      const response = await putBlob(url, token, blob);
      if (response.status !== 201 && response.status !== 200) throw new Error(`PUT ${blob.sha256}: ${response.status}`);
      await response.body?.cancel();
    }
  }
}
