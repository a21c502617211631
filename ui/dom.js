// Building DOM from data. Text always goes in as text nodes (textContent),
// never as markup: article text cannot become HTML, whatever it contains.

/**
 * h('li', { class: 'x', dataset: { id: '3' } }, 'text', child) -> element.
 * Attribute values are set with setAttribute (never parsed as HTML); on* attributes are refused.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (/^on/i.test(name)) throw new Error(`event attributes are not allowed: ${name}`);
    if (name === 'dataset') Object.assign(el.dataset, value);
    else if (name === 'class') el.className = String(value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  // nested arrays at any depth (a list of [link, " "] pairs, say): flat() alone would print an inner array as text
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  // nested arrays at any depth (a list of [link, " "] pairs, say): flat() alone would print an inner array as text
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function percent(score) {
  return `${Math.round(score * 100)}%`;
}

/** A bar of a given fraction, drawn with CSSOM (allowed by the CSP, unlike style attributes in markup). */
export function bar(fraction, className = '') {
  const fill = h('span', { class: 'fill' });
  fill.style.width = `${Math.max(0, Math.min(1, fraction)) * 100}%`;
  return h('span', { class: `bar ${className}`.trim() }, fill);
}
