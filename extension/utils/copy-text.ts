/**
 * Copies text to the clipboard. `navigator.clipboard` needs a secure context and focus, which a content
 * script on an http page or a popup losing focus may not have, so fall back to a selected textarea.
 */
export async function copyText(text: string, root: Document | ShadowRoot = document): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;opacity:0;pointer-events:none';
    (root instanceof Document ? root.body : root).appendChild(area);
    area.select();
    try {
      return document.execCommand('copy');
    } finally {
      area.remove();
    }
  }
}
