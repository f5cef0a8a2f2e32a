/**
 * Saves text as a file through a Blob and an <a download>: no downloads
 * permission needed, and it works the same in Chromium and Firefox.
 */
export function downloadFile(doc: Document, filename: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked on a later task: revoking at once can cancel the download in Firefox.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
