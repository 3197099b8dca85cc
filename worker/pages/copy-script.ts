import { raw } from 'hono/html';

/**
 * Makes every `button[data-copy]` on a page copy its text and say `done`: without a round trip, and with a
 * selected textarea where the async clipboard is missing (older in-app browsers).
 */
export const copyScript = (done: string) =>
  raw(`<script>
document.querySelectorAll('button[data-copy]').forEach(function (button) {
  button.addEventListener('click', function () {
    var text = button.getAttribute('data-copy');
    function ok() { button.textContent = ${JSON.stringify(done)}; }
    function fallback() { var a = document.createElement('textarea'); a.value = text; document.body.appendChild(a); a.select(); document.execCommand('copy'); a.remove(); ok(); }
    if (navigator.clipboard && navigator.clipboard.writeText) { navigator.clipboard.writeText(text).then(ok, fallback); } else { fallback(); }
  });
});
</script>`);
