/**
 * Makes an Observable Plot chart one named image for assistive technology. Plot names its marks
 * with aria-label on <g> elements, which ARIA does not allow on a plain group (axe-core
 * aria-prohibited-attr); the chart's figures are in the table view beside it, so the marks are
 * left to the eye and the tooltips (<title>), and the image says what it shows.
 */
export function asOneImage<T extends Element>(chart: T, label: string): T {
  const svgs = chart instanceof SVGSVGElement ? [chart] : [...chart.querySelectorAll('svg')];
  for (const svg of svgs) {
    // Plot names only the chart itself; the legend's colour swatches are unnamed decoration.
    if (svg.hasAttribute('aria-label') || svgs.length === 1) {
      svg.setAttribute('role', 'img');
      svg.setAttribute('aria-label', label);
    } else svg.setAttribute('aria-hidden', 'true');
    for (const named of svg.querySelectorAll('[aria-label], [aria-description]')) {
      // Kept as data, not as a name: what each group is ("x-axis tick label") stays checkable.
      const mark = named.getAttribute('aria-label');
      if (mark) named.setAttribute('data-mark', mark);
      named.removeAttribute('aria-label');
      named.removeAttribute('aria-description');
    }
  }
  return chart;
}
