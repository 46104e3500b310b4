/**
 * The accessible name of a tappable card: everything it shows, in the order it shows it, joined with 「，」 so a
 * screen reader pauses between the parts. WCAG 2.5.3 (Label in Name) asks that the spoken name contain the
 * visible words, so a voice-control user can say what they see; a summary that leaves parts out, or reorders
 * them, fails it (axe-core: label-content-name-mismatch). Empty parts are skipped.
 */
export function spokenName(...parts: ReadonlyArray<string | null | undefined | false>): string {
  return parts
    .filter((p): p is string => typeof p === 'string')
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join('，')
}
