/** The five kinds of events Leitstand takes in (formats.md section 2). Browser-safe. */
export const EVENT_KINDS = ['tickets', 'checks', 'maintenance', 'surveys', 'kpis'] as const
export type EventKind = (typeof EVENT_KINDS)[number]

export function isEventKind(text: string): text is EventKind {
  return (EVENT_KINDS as readonly string[]).includes(text)
}
