/** Offers text as a file download from an extension page (a Blob and a temporary `<a download>`). */
export function downloadText(document: Document, fileName: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task: the click has handed the Blob to the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** "needle-safe-list-2025-11-28.json", "needle-safe-plan-2025-11-28.ics": the local date, so files sort by day. */
export function exportFileName(now: Date, extension: 'json' | 'csv' | 'ics'): string {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  return `needle-safe-${extension === 'ics' ? 'plan' : 'list'}-${day}.${extension}`;
}
