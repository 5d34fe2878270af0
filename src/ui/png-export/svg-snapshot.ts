/**
 * An on-screen SVG as a stand-alone SVG document. Styles that come from CSS (classes, inherited
 * fonts) do not travel with `outerHTML`, so every element's computed presentation properties are
 * written onto the copy as inline styles; the copy then draws the same inside an <img>.
 */

/** Properties that change how SVG content looks; layout-only properties are left out. */
const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'visibility',
  'display',
  // Axis labels sit in nested <svg style="overflow: visible"> elements, outside their box.
  'overflow',
] as const;

function inlineStyles(source: Element, copy: Element): void {
  const computed = getComputedStyle(source);
  const style = PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`)
    .filter((decl) => !decl.endsWith(':'))
    .join(';');
  // Through the CSSOM, not setAttribute('style'): the Content-Security-Policy refuses inline
  // style attributes (style-src 'self'), but not styles set by script.
  if (copy instanceof SVGElement) copy.style.cssText = style;
  const from = source.children;
  const to = copy.children;
  for (let i = 0; i < from.length && i < to.length; i++) {
    inlineStyles(from[i] as Element, to[i] as Element);
  }
}

export interface SvgSnapshot {
  /** The SVG document's text. */
  text: string;
  width: number;
  height: number;
}

export function snapshotSvg(svg: SVGSVGElement): SvgSnapshot {
  const box = svg.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width || Number(svg.getAttribute('width')) || 1));
  const height = Math.max(1, Math.round(box.height || Number(svg.getAttribute('height')) || 1));
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, copy);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  if (!copy.hasAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { text: new XMLSerializer().serializeToString(copy), width, height };
}
