/**
 * One derivation at a time in this process. The ticket history and the state
 * rollup number their builds from what is stored; two rebuilds running at
 * once (a push cycle and a catalog load, say) could pick the same number.
 */
let tail: Promise<unknown> = Promise.resolve()

export function exclusively<T>(action: () => Promise<T>): Promise<T> {
  const result = tail.then(action)
  tail = result.catch(() => undefined)
  return result
}
