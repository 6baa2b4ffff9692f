/** A missing value: a dash, never 0, with the words for screen readers and print. */
export function NoData() {
  return (
    <span className="no-data" title="keine Daten">
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">keine Daten</span>
    </span>
  )
}

export function ValueOrNoData({ value }: { value: string | null }) {
  return value === null ? <NoData /> : value
}
