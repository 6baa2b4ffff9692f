/**
 * One number format per kind of figure, the same on the report page, in its
 * PDF, its CSV and the command line's table: availability (and its target)
 * with two decimals, so that 99,95 % stands apart from a 99,9 % target, and
 * cut rather than rounded, so 99,4996 % never reads as a 99,50 % target met;
 * every other percentage (compliance, satisfaction, measured time, error
 * budget), NPS and minutes with one decimal; counts whole. The report JSON
 * keeps its full precision (formats.md section 4).
 */

export type FigureKind = 'availability' | 'percent' | 'minutes' | 'count'

export const FIGURE_DECIMALS: Record<FigureKind, number> = {
  availability: 2,
  percent: 1,
  minutes: 1,
  count: 0,
}

/**
 * The figure with its kind's decimals, as a plain number ("99.74", "-316.4");
 * the caller sets the decimal separator of its language.
 */
export function figureText(kind: FigureKind, value: number): string {
  const decimals = FIGURE_DECIMALS[kind]
  if (kind === 'availability') {
    // The epsilon undoes binary fractions: 1.15 * 100 is 114.999…, which must stay 1.15.
    const cut = Math.floor(value * 10 ** decimals + 1e-6) / 10 ** decimals
    return cut.toFixed(decimals)
  }
  const rounded = Number(value.toFixed(decimals))
  // No "-0.0": a value that rounds to zero is zero.
  return (rounded === 0 ? 0 : rounded).toFixed(decimals)
}
