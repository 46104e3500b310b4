/** A distance as people read it: 「850 米」 under a kilometre, else 「1.2 公里」 (one decimal, 「3 公里」 when whole). */
export function distanceText(metres: number): string {
  if (metres < 1000) return `${metres} 米`
  return `${(metres / 1000).toFixed(1).replace(/\.0$/, '')} 公里`
}
