import { addWorkingDays, beijingDate, isCalendarDate, isWorkingDay, workingDaysBetween } from '../../../src/domain/working-days'

describe('working days', () => {
  describe('beijingDate', () => {
    it.each([
      [0, '1970-01-01'],
      [Date.UTC(2026, 11, 31, 15, 59, 59, 999), '2026-12-31'], // 23:59:59.999 in Beijing
      [Date.UTC(2026, 11, 31, 16, 0, 0, 0), '2027-01-01'], // midnight in Beijing, still 12-31 in UTC
      [Date.UTC(2026, 1, 28, 20, 0), '2026-03-01'],
      [Date.UTC(2028, 1, 28, 20, 0), '2028-02-29'],
    ])('gives the Beijing date of %d as %s', (epochMs, date) => {
      expect(beijingDate(epochMs)).toBe(date)
    })
  })

  it('tells real calendar dates from the rest', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true)
    expect(isCalendarDate('2026-02-29')).toBe(false)
    expect(isCalendarDate('2026-2-1')).toBe(false)
    expect(() => isWorkingDay('2026-02-30')).toThrow(RangeError)
  })

  describe('an ordinary week', () => {
    it('works Monday to Friday', () => {
      const week = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']
      expect(week.map(isWorkingDay)).toEqual([true, true, true, true, true, false, false])
    })

    it('counts from the day after the start, skipping the weekend', () => {
      expect(addWorkingDays('2026-11-23', 4)).toBe('2026-11-27')
      expect(addWorkingDays('2026-11-23', 5)).toBe('2026-11-30')
      expect(addWorkingDays('2026-11-27', 1)).toBe('2026-11-30')
      expect(addWorkingDays('2026-11-28', 1)).toBe('2026-11-30')
      expect(addWorkingDays('2026-11-16', 20)).toBe('2026-12-14')
    })

    it('gives the start itself for 0 days when it is a working day, else the next working day', () => {
      expect(addWorkingDays('2026-11-25', 0)).toBe('2026-11-25')
      expect(addWorkingDays('2026-11-28', 0)).toBe('2026-11-30')
    })

    it('rejects a negative or fractional count', () => {
      expect(() => addWorkingDays('2026-11-25', -1)).toThrow(RangeError)
      expect(() => addWorkingDays('2026-11-25', 1.5)).toThrow(RangeError)
    })
  })

  describe('2026 (国办发明电〔2025〕7号)', () => {
    it('rests 国庆节 10-01..10-07 and 中秋节 09-25..09-27', () => {
      for (let d = 1; d <= 7; d++) expect(isWorkingDay(`2026-10-0${d}`)).toBe(false)
      expect(['2026-09-25', '2026-09-26', '2026-09-27'].map(isWorkingDay)).toEqual([false, false, false])
      expect(isWorkingDay('2026-09-30')).toBe(true)
      expect(isWorkingDay('2026-10-08')).toBe(true)
    })

    it('works the 调休 weekends: 01-04 (Sun), 02-14 and 02-28 (Sat), 05-09 (Sat), 09-20 (Sun), 10-10 (Sat)', () => {
      expect(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'].every(isWorkingDay)).toBe(true)
      expect(isWorkingDay('2026-10-11')).toBe(false) // the Sunday after stays a rest day
    })

    it('rests the other holidays: 元旦, 春节 (9 days), 清明节, 劳动节, 端午节', () => {
      const off = ['2026-01-01', '2026-01-02', '2026-02-16', '2026-02-20', '2026-02-23', '2026-04-06', '2026-05-04', '2026-05-05', '2026-06-19']
      expect(off.map(isWorkingDay)).toEqual(off.map(() => false))
      expect(isWorkingDay('2026-02-24')).toBe(true)
    })

    it('carries a count over the 国庆 break and onto the 调休 Saturday', () => {
      expect(addWorkingDays('2026-09-30', 1)).toBe('2026-10-08')
      expect(addWorkingDays('2026-09-30', 3)).toBe('2026-10-10')
      expect(addWorkingDays('2026-09-30', 4)).toBe('2026-10-12')
      expect(addWorkingDays('2026-09-24', 1)).toBe('2026-09-28')
      expect(addWorkingDays('2026-09-18', 1)).toBe('2026-09-20')
      expect(addWorkingDays('2026-10-01', 0)).toBe('2026-10-08')
      expect(workingDaysBetween('2026-09-30', '2026-10-12')).toBe(4)
    })

    it('carries a count over 春节, onto the 调休 Saturday before it', () => {
      expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-14')
      expect(addWorkingDays('2026-02-14', 1)).toBe('2026-02-24')
    })

    it('has 248 working days in the year', () => {
      expect(workingDaysBetween('2025-12-31', '2026-12-31')).toBe(248)
    })
  })

  describe('2025 (国办发明电〔2024〕12号)', () => {
    it('rests 10-01..10-08 and works the 调休 Saturday 10-11', () => {
      expect(isWorkingDay('2025-10-08')).toBe(false)
      expect(isWorkingDay('2025-10-11')).toBe(true)
      expect(isWorkingDay('2025-09-28')).toBe(true)
      expect(workingDaysBetween('2024-12-31', '2025-12-31')).toBe(248)
    })
  })

  describe('across the year end', () => {
    it('counts from 2025 over 元旦 2026 onto the 调休 Sunday 01-04', () => {
      expect(addWorkingDays('2025-12-31', 1)).toBe('2026-01-04')
      expect(addWorkingDays('2025-12-26', 5)).toBe('2026-01-05')
      expect(workingDaysBetween('2025-12-31', '2026-01-05')).toBe(2)
    })

    it('falls back to plain weekdays in 2027 until its notice is added', () => {
      expect(isWorkingDay('2027-01-01')).toBe(true) // a Friday; 元旦 once the 2027 notice is in the table
      expect(addWorkingDays('2026-12-31', 1)).toBe('2027-01-01')
      expect(addWorkingDays('2026-12-31', 2)).toBe('2027-01-04')
    })
  })

  describe('workingDaysBetween', () => {
    it('counts the working days after a, up to and including b', () => {
      expect(workingDaysBetween('2026-11-25', '2026-11-25')).toBe(0)
      expect(workingDaysBetween('2026-11-27', '2026-11-29')).toBe(0)
      expect(workingDaysBetween('2026-11-27', '2026-11-30')).toBe(1)
      expect(workingDaysBetween('2026-10-12', '2026-09-30')).toBe(-4)
    })

    it('undoes addWorkingDays, which always lands on a working day', () => {
      for (const start of ['2025-12-20', '2026-02-10', '2026-04-30', '2026-09-19', '2026-10-03', '2026-12-25']) {
        expect(isWorkingDay(addWorkingDays(start, 0))).toBe(true)
        for (let n = 1; n <= 45; n++) {
          const end = addWorkingDays(start, n)
          expect(isWorkingDay(end)).toBe(true)
          expect(workingDaysBetween(start, end)).toBe(n)
        }
      }
    })
  })
})
