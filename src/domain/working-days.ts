/**
 * 工作日 arithmetic for 承诺办结日期 (and, later, appointments): Monday to Friday, minus the State Council's
 * 法定节假日 (放假), plus the weekends worked instead (调休上班). Dates are 'YYYY-MM-DD' calendar dates in
 * Beijing time (UTC+8, no daylight saving), computed by hand: no Intl, no time-zone database, no host clock.
 *
 * The schedule is published each November for the next year, so it is hard-coded here year by year:
 * - 2025: 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）, kept so that dates counted
 *   from an acceptance late in 2025 come out right.
 * - 2026: 国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号, 2025-11-04）.
 * - 2027: not published when this was written (checked 2026-11-29), so 2027 falls back to plain weekdays:
 *   元旦 2027-01-01 (a Friday) and the 春节 week count as working days until the notice is added below.
 *   Any other year outside the table falls back the same way.
 *
 * @see https://www.gov.cn/zhengce/content/202511/content_7047090.htm (2026)
 * @see https://www.gov.cn/zhengce/content/202411/content_6986382.htm (2025)
 */

/** One 放假 period (inclusive) and the weekend days worked for it (调休上班). */
interface HolidayPeriod {
  name: string
  from: string
  to: string
  workdays: string[]
}

const SCHEDULE: Record<number, HolidayPeriod[]> = {
  2025: [
    { name: '元旦', from: '2025-01-01', to: '2025-01-01', workdays: [] },
    { name: '春节', from: '2025-01-28', to: '2025-02-04', workdays: ['2025-01-26', '2025-02-08'] },
    { name: '清明节', from: '2025-04-04', to: '2025-04-06', workdays: [] },
    { name: '劳动节', from: '2025-05-01', to: '2025-05-05', workdays: ['2025-04-27'] },
    { name: '端午节', from: '2025-05-31', to: '2025-06-02', workdays: [] },
    { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08', workdays: ['2025-09-28', '2025-10-11'] },
  ],
  2026: [
    // 一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
    { name: '元旦', from: '2026-01-01', to: '2026-01-03', workdays: ['2026-01-04'] },
    // 二、春节：2月15日（周日）至23日（周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
    { name: '春节', from: '2026-02-15', to: '2026-02-23', workdays: ['2026-02-14', '2026-02-28'] },
    // 三、清明节：4月4日（周六）至6日（周一）放假，共3天。
    { name: '清明节', from: '2026-04-04', to: '2026-04-06', workdays: [] },
    // 四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
    { name: '劳动节', from: '2026-05-01', to: '2026-05-05', workdays: ['2026-05-09'] },
    // 五、端午节：6月19日（周五）至21日（周日）放假，共3天。
    { name: '端午节', from: '2026-06-19', to: '2026-06-21', workdays: [] },
    // 六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
    { name: '中秋节', from: '2026-09-25', to: '2026-09-27', workdays: [] },
    // 七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
    { name: '国庆节', from: '2026-10-01', to: '2026-10-07', workdays: ['2026-09-20', '2026-10-10'] },
  ],
}

const DAY_MS = 86_400_000
const BEIJING_OFFSET_MS = 8 * 3_600_000

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n))

/** Days since 1970-01-01 of a 'YYYY-MM-DD' that is a real calendar date, or null. */
function parseDay(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!m) return null
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  const ms = Date.UTC(y, mo - 1, d)
  const back = new Date(ms)
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null
  return ms / DAY_MS
}

/** Whether `date` is 'YYYY-MM-DD' and a real calendar date (no 2026-02-30). */
export const isCalendarDate = (date: string): boolean => parseDay(date) !== null

function dayOf(date: string): number {
  const day = parseDay(date)
  if (day === null) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`)
  return day
}

function formatDay(day: number): string {
  const d = new Date(day * DAY_MS)
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`
}

const OFF_DAYS = new Set<number>()
const WORKED_WEEKENDS = new Set<number>()
for (const periods of Object.values(SCHEDULE)) {
  for (const p of periods) {
    for (let day = dayOf(p.from); day <= dayOf(p.to); day++) OFF_DAYS.add(day)
    for (const w of p.workdays) WORKED_WEEKENDS.add(dayOf(w))
  }
}

/** The calendar date in Beijing (UTC+8) at an instant: 'YYYY-MM-DD'. */
export function beijingDate(epochMs: number): string {
  return formatDay(Math.floor((epochMs + BEIJING_OFFSET_MS) / DAY_MS))
}

function isWorkingDayNumber(day: number): boolean {
  if (OFF_DAYS.has(day)) return false
  if (WORKED_WEEKENDS.has(day)) return true
  // 1970-01-01 was a Thursday: (day + 4) % 7 is 0 on Sundays.
  const weekday = (((day + 4) % 7) + 7) % 7
  return weekday >= 1 && weekday <= 5
}

/** Whether government offices work on this date (工作日). Throws a RangeError for anything but 'YYYY-MM-DD'. */
export function isWorkingDay(date: string): boolean {
  return isWorkingDayNumber(dayOf(date))
}

/**
 * The date `days` working days after `start` (start itself not counted), e.g. 承诺办结日期 = acceptance + the
 * promised 工作日. With 0: `start` itself when it is a working day, else the next working day.
 */
export function addWorkingDays(start: string, days: number): string {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a non-negative integer: ${days}`)
  let day = dayOf(start)
  if (days === 0) {
    while (!isWorkingDayNumber(day)) day++
    return formatDay(day)
  }
  let left = days
  while (left > 0) {
    day++
    if (isWorkingDayNumber(day)) left--
  }
  return formatDay(day)
}

/**
 * Working days after `a` up to and including `b` (so `workingDaysBetween(a, addWorkingDays(a, n)) === n`),
 * e.g. 「还剩 N 个工作日」 from today to the due date; negative when `b` is before `a`, 0 when equal.
 */
export function workingDaysBetween(a: string, b: string): number {
  const from = dayOf(a)
  const to = dayOf(b)
  if (to < from) return -workingDaysBetween(b, a)
  let count = 0
  for (let day = from + 1; day <= to; day++) if (isWorkingDayNumber(day)) count++
  return count
}
