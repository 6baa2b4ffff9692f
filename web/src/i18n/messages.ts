/**
 * The type every translation follows: the German texts are the source, and a
 * second language must give the same keys with texts of its own.
 */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> }
