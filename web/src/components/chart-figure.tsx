/**
 * The frame every chart sits in: a figure named by its caption, the chart, and
 * an optional note below (what the lines mean, where the numbers are).
 */
import { type ReactNode, useId } from 'react'

export function ChartFigure({
  caption,
  note,
  children,
}: {
  caption: ReactNode
  note?: ReactNode
  children: ReactNode
}) {
  const captionId = useId()
  return (
    <figure className="chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="chart-caption">
        {caption}
      </figcaption>
      <div className="chart-frame">{children}</div>
      {note ? <p className="chart-note">{note}</p> : null}
    </figure>
  )
}
