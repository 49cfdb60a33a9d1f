/** Saving a file the page made: a Blob URL and an <a download> (no network, no "downloads" permission). */
export function downloadText(fileName: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Firefox reads the Blob after click() returns: revoke a little later.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
