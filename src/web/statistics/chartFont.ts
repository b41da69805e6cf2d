/** The charts' font size in pixels (plotBars and plotMonths set it on the chart). */
export const CHART_FONT_SIZE = 13;

/** The CSS font a chart drawn in `element` writes in, for measuring its labels. */
export function chartFont(element: Element): string {
  return `${CHART_FONT_SIZE}px ${getComputedStyle(element).fontFamily}`;
}
