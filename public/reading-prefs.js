/*
 * Reader preferences applied before the first paint (loaded by <head>, no
 * inline script): the colours and text size the reader chose, from
 * localStorage, as attributes of <html>; and the class "js", so that styles
 * can tell a page with script from one without. Same rules as
 * src/lib/reading/prefs.ts (tests/unit/reading/prefs-script.test.ts runs
 * this file); keys in src/lib/reading/constants.ts.
 */
(function () {
  var root = document.documentElement;
  root.classList.add('js');
  var theme = null;
  var size = null;
  try {
    theme = window.localStorage.getItem('van-kien:theme');
    size = window.localStorage.getItem('van-kien:text-size');
  } catch (e) {
    // Storage blocked (private mode, policy): the defaults apply.
  }
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  if (size === 'large' || size === 'larger') root.setAttribute('data-text-size', size);
})();
