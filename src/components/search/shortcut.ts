/**
 * The `/` shortcut: focus the search field (the search page's own field when
 * the page has one, else the header's), unless the reader is typing in a
 * field or holds a modifier key.
 */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}

export function installSearchShortcut(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (isTyping(event.target)) return;
    const field =
      document.querySelector<HTMLInputElement>('[data-search-input]') ??
      document.querySelector<HTMLInputElement>('[data-site-search-input]');
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.select();
  });
}
