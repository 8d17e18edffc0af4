/**
 * Small DOM helpers of the plot builders: attribute and text writes that skip unchanged values,
 * so redrawing an unchanged part of a plot costs no style or layout work.
 */

/** Sets an attribute only when its value changes (null removes it). */
export function setAttr(el: Element, name: string, value: string | number | null): void {
  if (value === null) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
    return;
  }
  const v = String(value);
  if (el.getAttribute(name) !== v) el.setAttribute(name, v);
}

/** Sets the text of a node only when it changes. */
export function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}
