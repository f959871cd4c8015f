// WCAG contrast, computed from what the browser resolved: colours read with getComputedStyle (any CSS colour syntax,
// parsed by a canvas), backgrounds composited up the tree (shadow roots included), and the focus indicator read
// from the box-shadow rings and the outline a control shows.

export type Rgba = [r: number, g: number, b: number, a: number];

const canvas = document.createElement('canvas');
canvas.width = canvas.height = 1;
const context = canvas.getContext('2d', { willReadFrequently: true })!;

/** Any CSS colour as 0–255 sRGB channels and an alpha of 0–1. */
export function rgba(color: string): Rgba {
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = '#000';
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

/** `top` painted over the opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const [r, g, b, a] = top;
  return [r * a + bottom[0] * (1 - a), g * a + bottom[1] * (1 - a), b * a + bottom[2] * (1 - a), 1];
}

/** WCAG 2 relative luminance of an opaque sRGB colour. */
export function luminance([r, g, b]: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio of two opaque colours, 1 to 21. */
export function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The parent box, crossing from a shadow root to its host. */
function parentBox(element: Element): Element | null {
  return element.parentElement ?? ((element.getRootNode() as ShadowRoot).host || null);
}

/** The colour the page shows behind `element` (its ancestors' backgrounds over the canvas), ignoring its own. */
export function backgroundBehind(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let box = parentBox(element); box; box = parentBox(box)) layers.push(rgba(getComputedStyle(box).backgroundColor));
  const probe = document.body.appendChild(document.createElement('div'));
  probe.style.background = 'Canvas';
  let colour = over(rgba(getComputedStyle(probe).backgroundColor), [255, 255, 255, 1]);
  probe.remove();
  for (const layer of layers.reverse()) colour = over(layer, colour);
  return colour;
}

/** How opaque the element is drawn: its opacity times its ancestors'. A dimmed control dims its indicator too. */
export function opacityOf(element: Element): number {
  let opacity = 1;
  for (let box: Element | null = element; box; box = parentBox(box)) opacity *= Number(getComputedStyle(box).opacity);
  return opacity;
}

/** One band of a focus indicator drawn outside the control: its colour and how many CSS pixels wide it shows. */
export interface Band {
  colour: string;
  width: number;
}

/**
 * The bands a control's focus indicator draws around it: each solid box-shadow ring where the rings above it do not
 * cover it (earlier shadows paint on top), and the outline. Blurred or offset shadows are not rings and are left out.
 */
export function indicatorBands(element: Element): Band[] {
  const style = getComputedStyle(element);
  const bands: Band[] = [];
  let covered = 0;
  if (style.boxShadow !== 'none') {
    for (const layer of style.boxShadow.split(/,(?![^(]*\))/)) {
      const colour = /^\s*((?:rgba?|color|oklch|lab|lch|hsl)\([^)]*\)|#\w+|[a-z]+)/i.exec(layer)?.[1] ?? '';
      const lengths = [...layer.replace(colour, '').matchAll(/(-?[\d.]+)px/g)].map((m) => Number(m[1]));
      const [x = 0, y = 0, blur = 0, spread = 0] = lengths;
      if (layer.includes('inset') || x || y || blur || spread <= covered) continue;
      bands.push({ colour, width: spread - covered });
      covered = spread;
    }
  }
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) bands.push({ colour: style.outlineColor, width: parseFloat(style.outlineWidth) });
  return bands;
}

/**
 * The best contrast a band at least 2px wide reaches against the background behind the control: what WCAG 2.2 asks
 * of a focus indicator (2.4.13: a 2px perimeter at 3:1 between the focused and unfocused pixels; 1.4.11: 3:1
 * against what is next to it). 1 when there is no such band.
 */
export function focusContrast(indicator: Element): number {
  const behind = backgroundBehind(indicator);
  const opacity = opacityOf(indicator);
  const shown = (colour: string): Rgba => {
    const [r, g, b, a] = rgba(colour);
    return over([r, g, b, a * opacity], behind);
  };
  return Math.max(1, ...indicatorBands(indicator).filter((band) => band.width >= 2).map((band) => contrast(shown(band.colour), behind)));
}
