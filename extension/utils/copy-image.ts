/**
 * Copies a PNG to the clipboard where the browser allows it (secure context, focused document); with
 * `text`, the share text rides in the same clipboard item, so one paste into a chat that takes both
 * (WeChat for PC, QQ) sends the words and the poster together, and a text-only box still gets the words.
 */
export async function copyImage(blob: Blob, text?: string): Promise<boolean> {
  try {
    const item: Record<string, Blob> = { [blob.type]: blob };
    if (text) item['text/plain'] = new Blob([text], { type: 'text/plain' });
    await navigator.clipboard.write([new ClipboardItem(item)]);
    return true;
  } catch {
    return false;
  }
}
