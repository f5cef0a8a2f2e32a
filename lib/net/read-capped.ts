/**
 * A response body read with a size cap enforced while it streams in: reading
 * stops, and the stream is cancelled, as soon as it passes `maxBytes`, so a
 * server that sends without end costs at most the cap. The dataset sync and
 * the CLI's downloads both read this way; each words its own errors.
 *
 * Resolves to the body's bytes, or `'too-large'`. `onProgress` hears the bytes
 * received after each chunk. Errors of the transfer itself are thrown as they
 * come.
 */
export async function readCapped(response: Response, maxBytes: number, onProgress?: (received: number) => void): Promise<Uint8Array | 'too-large'> {
  const reader = response.body?.getReader();
  if (!reader) {
    // No stream to count as it arrives (some fetch polyfills): the cap still holds, after the fact.
    const whole = new Uint8Array(await response.arrayBuffer());
    if (whole.byteLength > maxBytes) return 'too-large';
    onProgress?.(whole.byteLength);
    return whole;
  }
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => {});
      return 'too-large';
    }
    chunks.push(value);
    onProgress?.(received);
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
