/**
 * Text widths for plot layout, measured with a hidden "ruler" text element of the svg and cached
 * by font size and text (the same tick labels recur on every redraw).
 */
import { setAttr } from './dom';
import { estimateWidth, type Measure } from './frame';

/** Measured text widths by font size and text (the same labels recur on every redraw). */
const widths = new Map<string, number>();

/**
 * A text measure using an svg's hidden ruler text (an estimate where the svg is not laid out). The
 * ruler is left empty and without a font size after each measurement, so a plot's DOM does not
 * depend on whether a width came from the cache.
 */
export function measurer(ruler: SVGTextElement): Measure {
  return (text, fontSize) => {
    const key = `${fontSize}|${text}`;
    const known = widths.get(key);
    if (known !== undefined) return known;
    setAttr(ruler, 'font-size', fontSize);
    ruler.textContent = text;
    const measured = typeof ruler.getComputedTextLength === 'function' ? ruler.getComputedTextLength() : 0;
    ruler.textContent = '';
    ruler.removeAttribute('font-size');
    if (!(measured > 0)) return estimateWidth(text, fontSize);
    if (widths.size > 5000) widths.clear();
    widths.set(key, measured);
    return measured;
  };
}
