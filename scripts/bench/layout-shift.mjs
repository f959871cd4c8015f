// @ts-check
// Cumulative layout shift as Core Web Vitals counts it for a page load: every layout-shift entry (buffered, from the
// start of the navigation) without recent input, summed. Used by `npm run bench` and test/e2e/layout-shift.test.js.

/** Installed with addInitScript before any page script runs: observes from the start. */
export function observeLayoutShifts() {
  /** @type {{ value: number, moved: string[] }} */
  const shifts = { value: 0, moved: [] };
  /** @param {any} entry */
  const add = (entry) => {
    if (entry.hadRecentInput) return;
    shifts.value += entry.value;
    // What moved, for a reader: `p#below 0,71 → 0,350` (rectangles' top-left corners, CSS pixels).
    for (const { node, previousRect: a, currentRect: b } of entry.sources ?? []) {
      const name = node ? `${node.nodeName.toLowerCase()}${node.id ? `#${node.id}` : ''}` : '?';
      shifts.moved.push(`${name} ${a.x},${a.y} ${a.width}x${a.height} → ${b.x},${b.y} ${b.width}x${b.height}`);
    }
  };
  const observer = new PerformanceObserver((list) => list.getEntries().forEach(add));
  observer.observe({ type: 'layout-shift', buffered: true });
  Object.assign(window, { __layoutShifts: { shifts, observer, add } });
}

/**
 * The page's layout shift so far, after two more frames (a shift is reported after the frame that laid it out); the
 * entries not yet delivered to the observer are taken too.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<{ value: number, moved: string[] }>}
 */
export function layoutShiftOf(page) {
  return page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const { shifts, observer, add } = /** @type {any} */ (window).__layoutShifts;
    observer.takeRecords().forEach(add);
    return { value: shifts.value, moved: [...shifts.moved] };
  });
}
