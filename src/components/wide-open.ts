/**
 * `<details data-wide-open>` is open on a wide screen, where the panel sits
 * beside the content, and closed on a phone, so that the main content comes
 * first. The HTML may say `open` (the table of contents does, so that it is
 * open on a desktop without JavaScript); this script closes it on a phone and
 * marks it `data-wide-synced` (reading.css hides the list until then).
 */
const wide = window.matchMedia('(min-width: 60rem)');

function sync(): void {
  for (const el of document.querySelectorAll<HTMLDetailsElement>('details[data-wide-open]')) {
    el.open = wide.matches;
    el.dataset.wideSynced = '';
  }
}

sync();
wide.addEventListener('change', sync);
