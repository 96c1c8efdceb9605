/**
 * Offers a Blob to the browser as a download under `fileName`: for files that need the bearer
 * token (CSV, PDF, iCalendar), which a plain link could not send.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the address is given up.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
