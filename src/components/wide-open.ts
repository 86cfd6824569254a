/**
 * `<details data-wide-open>` starts closed, so that a phone shows the main
 * content first; on a wide screen, where the panel sits beside the content,
 * it is opened. Without JavaScript the panel stays closed and opens on click.
 */
const wide = window.matchMedia('(min-width: 60rem)');

function sync(): void {
  for (const el of document.querySelectorAll<HTMLDetailsElement>('details[data-wide-open]')) el.open = wide.matches;
}

sync();
wide.addEventListener('change', sync);
