/**
 * Astro prints one line per generated file ("  ├─ /van-ban/x/index.html (+6ms)"):
 * 6,000 lines for 1,000 programmes, 60,000 at 10,000, burying the lines an
 * editor needs (errors, the citation report's summary). `npm run build`
 * keeps the build log to a few summary lines at any size: it drops these
 * route lines and prints their count instead (BUILD_VERBOSE=1 keeps them).
 *
 * No import from Astro or Node: Node runs this file directly (scripts/build.ts).
 */

// A string, not a regex literal: linters flag control characters in regex literals.
const ANSI = new RegExp(String.raw`\u001b\[[0-9;]*m`, 'g');
const ROUTE_LINE = /^(?:\d\d:\d\d:\d\d\s+)?[├└]─ \/\S*/u;

/** Whether a line of Astro's output lists one generated file. */
export function isRouteLine(line: string): boolean {
  return ROUTE_LINE.test(line.replace(ANSI, '').trim());
}

/**
 * A filter for a stream of output chunks: whole lines only (a chunk may end
 * mid-line), route lines counted and dropped, every other line passed on.
 */
export function createRouteLineFilter(write: (text: string) => void): { push(chunk: string): void; flush(): void; count(): number } {
  let pending = '';
  let routes = 0;
  const emit = (lines: string[]): void => {
    const kept = lines.filter((line) => {
      if (!isRouteLine(line)) return true;
      routes += 1;
      return false;
    });
    if (kept.length > 0) write(kept.map((l) => `${l}\n`).join(''));
  };
  return {
    push(chunk) {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      emit(lines);
    },
    flush() {
      if (pending !== '') {
        const last = pending;
        pending = '';
        if (isRouteLine(last)) routes += 1;
        else write(last);
      }
    },
    count: () => routes,
  };
}
