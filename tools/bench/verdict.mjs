// Pass/fail of a measured figure against its target. A scenario that got no answers has no figure (null, NaN or
// undefined), and that is a failure: in JavaScript `null <= 50` is true, which once marked empty scenarios "pass".

/** True when the figure was measured and is at most the limit. */
export function atMost(figure, limit) {
  return typeof figure === 'number' && Number.isFinite(figure) && figure <= limit;
}

/** True when the figure was measured and is at least the limit. */
export function atLeast(figure, limit) {
  return typeof figure === 'number' && Number.isFinite(figure) && figure >= limit;
}
