import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { AppointmentDto, HallDto, SlotCalendarDto, SlotDto } from '../../src/api/contract'
import { walletApi } from '../../src/api/endpoints/wallet'
import { ApiError } from '../../src/api/errors'
import Book from '../../src/packages/appointment/pages/book/index'
import { SLOT_FULL_TEXT } from '../../src/packages/appointment/pages/book/use-book'
import AppointmentPage from '../../src/packages/appointment/pages/detail/index'
import Appointments from '../../src/packages/appointment/pages/list/index'
import { REMINDER_TEMPLATES } from '../../src/packages/appointment/model'
import { session } from '../../src/stores/session'
import { platform } from './fake-platform'
import { setRouterParams } from './taro-fake'

jest.mock('../../src/api/endpoints/wallet', () => ({
  walletApi: {
    halls: jest.fn(),
    slots: jest.fn(),
    book: jest.fn(),
    listAppointments: jest.fn(),
    getAppointment: jest.fn(),
    cancel: jest.fn(),
    reschedule: jest.fn(),
  },
}))

// The QR module is tested on its own (test/unit/domain); here only that the page shows what it draws.
jest.mock('../../src/domain/qr', () => ({
  qrPngDataUri: jest.fn((text: string) => ({ uri: `data:image/png;base64,QR-${text}`, pixels: 264, modules: 25 })),
}))

const api = jest.mocked(walletApi)
const ITEM = '310101-000125006000-0001'
const user = { id: 'u1', platform: 'h5' as const, displayName: '市民', phoneMasked: '138****0000', realNameVerified: false, assurance: 'phone' as const, realName: null, faceVerifiedAt: null }

/** Monday 2026-11-30, 08:00 in Beijing */
const NOW = Date.UTC(2026, 10, 30, 0, 0)

const hall = (o: Partial<HallDto> = {}): HallDto => ({
  id: 'hall-hp',
  name: '黄浦区婚姻登记处',
  address: '上海市黄浦区南京东路 100 号 2 楼',
  hours: '周一至周五 9:00-17:00',
  phone: '021-63210001',
  regionCode: '310101',
  distanceM: null,
  ...o,
})
const farHall = (o: Partial<HallDto> = {}) => hall({ id: 'hall-xh', name: '徐汇区婚姻登记处', address: '上海市徐汇区漕溪北路 336 号', phone: '021-64870001', regionCode: '310104', ...o })

const slot = (start: string, remaining: number): SlotDto => {
  const end = `${String(Number(start.slice(0, 2)) + 1).padStart(2, '0')}:00`
  return { id: `${start.replace(':', '')}-${end.replace(':', '')}`, start, end, capacity: 5, remaining }
}
const calendar = (days: SlotCalendarDto['days'], hallId = 'hall-hp'): SlotCalendarDto => ({ itemId: ITEM, hallId, days })
/** 12/01 has places at 09:00 (10:00 is full), 12/02 is full all day, 12/03 has places */
const CALENDAR = calendar([
  { date: '2026-12-01', slots: [slot('09:00', 2), slot('10:00', 0)] },
  { date: '2026-12-02', slots: [slot('09:00', 0), slot('10:00', 0)] },
  { date: '2026-12-03', slots: [slot('09:00', 5), slot('14:00', 1)] },
])

const appointment = (o: Partial<AppointmentDto> = {}): AppointmentDto => ({
  id: 'ap-1',
  number: 'YY20261201000001',
  itemId: ITEM,
  itemName: '内地居民结婚登记',
  department: '黄浦区民政局',
  hall: hall(),
  date: '2026-12-01',
  slot: { id: '0900-1000', start: '09:00', end: '10:00' },
  status: 'booked',
  checkInCode: 'CK-7Q2M-9XK4',
  materials: ['居民身份证', '居民户口簿', '本人近期半身免冠合影照片'],
  applicationId: null,
  createdAt: NOW - 3_600_000,
  updatedAt: NOW - 3_600_000,
  ...o,
})

function deferred<T>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

async function show(page: JSX.Element) {
  let view!: ReturnType<typeof render>
  await act(async () => {
    view = render(page)
  })
  return view
}
const press = (target: HTMLElement) => act(async () => void fireEvent.click(target))
const radio = (name: string | RegExp) => screen.getByRole('radio', { name })

/** The book page with the hall chosen (its calendar loaded, the first open day picked) */
async function openBook(params: Record<string, string> = { item: ITEM }) {
  setRouterParams(params)
  const view = await show(<Book />)
  return view
}
async function chooseHallAndSlot() {
  await press(radio(/^黄浦区婚姻登记处/))
  await press(radio('09:00-10:00，余 2'))
}

let dateNow: jest.SpyInstance
beforeEach(() => {
  jest.clearAllMocks()
  Object.values(api).forEach((fn) => fn.mockReset())
  dateNow = jest.spyOn(Date, 'now').mockReturnValue(NOW)
  setRouterParams({})
  session.set({ status: 'signed-in', token: 't', user, error: null })
  api.halls.mockResolvedValue({ halls: [hall(), farHall()] })
  api.slots.mockResolvedValue(CALENDAR)
})
afterEach(() => dateNow.mockRestore())

describe('预约 (book)', () => {
  it('loads the halls of the item with address, hours and phone, without asking for the location', async () => {
    const getLocation = jest.spyOn(platform, 'getLocation')
    await openBook()
    expect(api.halls).toHaveBeenCalledTimes(1)
    expect(api.halls.mock.calls[0]).toEqual([ITEM, undefined])
    const first = radio(/^黄浦区婚姻登记处/)
    expect(within(first).getByText('上海市黄浦区南京东路 100 号 2 楼')).toBeTruthy()
    expect(within(first).getByText('办公时间：周一至周五 9:00-17:00')).toBeTruthy()
    expect(within(first).getByText('咨询电话：021-63210001')).toBeTruthy()
    expect(radio(/^徐汇区婚姻登记处/).getAttribute('aria-checked')).toBe('false')
    expect(getLocation).not.toHaveBeenCalled()
    // Nothing chosen yet: no day step, and confirm is disabled
    expect(screen.queryByRole('radiogroup', { name: '选择日期' })).toBeNull()
    expect(screen.getByRole('button', { name: '确认预约' }).getAttribute('aria-disabled')).toBe('true')
    getLocation.mockRestore()
  })

  it('sorts by distance only when asked: the location goes to the server as lat/lng', async () => {
    const getLocation = jest.spyOn(platform, 'getLocation').mockResolvedValue({ status: 'ok', value: { latitude: 31.23, longitude: 121.47, accuracy: 30 } })
    await openBook()
    api.halls.mockResolvedValueOnce({ halls: [farHall({ distanceM: 850 }), hall({ distanceM: 2400 })] })
    await press(screen.getByRole('button', { name: '使用我的位置，按距离排序' }))
    expect(getLocation).toHaveBeenCalledTimes(1)
    expect(api.halls).toHaveBeenLastCalledWith(ITEM, { lat: 31.23, lng: 121.47 })
    const halls = within(screen.getByRole('radiogroup', { name: '选择大厅' })).getAllByRole('radio')
    expect(halls.map((h) => h.getAttribute('aria-label'))).toEqual([
      '徐汇区婚姻登记处，上海市徐汇区漕溪北路 336 号，距您 850 米',
      '黄浦区婚姻登记处，上海市黄浦区南京东路 100 号 2 楼，距您 2.4 公里',
    ])
    expect(screen.getByRole('button', { name: '已按距离由近及远排列，点此重新定位' })).toBeTruthy()
    getLocation.mockRestore()
  })

  it('keeps the district order and says so when the location is refused', async () => {
    const getLocation = jest
      .spyOn(platform, 'getLocation')
      .mockResolvedValue({ status: 'failed', message: '未获得定位权限，请在设置中允许使用位置信息后重试', rawCode: 'getLocation:fail auth deny' })
    await openBook()
    await press(screen.getByRole('button', { name: '使用我的位置，按距离排序' }))
    expect(screen.getByText('未获得位置权限，已按所在区排列')).toBeTruthy()
    expect(screen.getByText('未获得定位权限，请在设置中允许使用位置信息后重试')).toBeTruthy()
    expect(api.halls).toHaveBeenCalledTimes(1)
    expect(radio(/^黄浦区婚姻登记处/)).toBeTruthy()
    getLocation.mockRestore()
  })

  it('shows the working days as chips, a full day and a full slot disabled', async () => {
    await openBook()
    await press(radio(/^黄浦区婚姻登记处/))
    expect(api.slots).toHaveBeenCalledWith(ITEM, 'hall-hp')
    const days = within(screen.getByRole('radiogroup', { name: '选择日期' })).getAllByRole('radio')
    expect(days.map((d) => d.getAttribute('aria-label'))).toEqual(['周二 12/01', '周三 12/02，已约满', '周四 12/03'])
    // The first day with places is picked; the full one cannot be
    expect(radio('周二 12/01').getAttribute('aria-checked')).toBe('true')
    const full = radio('周三 12/02，已约满')
    expect(full.getAttribute('aria-disabled')).toBe('true')
    expect(within(full).getByText('已约满')).toBeTruthy()
    await press(full)
    expect(full.getAttribute('aria-checked')).toBe('false')

    expect(within(radio('09:00-10:00，余 2')).getByText('余 2')).toBeTruthy()
    const taken = radio('10:00-11:00，已满')
    expect(taken.getAttribute('aria-disabled')).toBe('true')
    await press(taken)
    expect(taken.getAttribute('aria-checked')).toBe('false')
    expect(screen.getByRole('button', { name: '确认预约' }).getAttribute('aria-disabled')).toBe('true')

    await press(radio('周四 12/03'))
    expect(radio('14:00-15:00，余 1')).toBeTruthy()
  })

  it('asks for the reminder inside the tap and books once on a double tap, then opens the booking', async () => {
    Object.assign(platform, { name: 'weapp' })
    const subscribe = jest.spyOn(platform, 'requestSubscribe').mockResolvedValue({ status: 'ok', value: {} })
    const answer = deferred<AppointmentDto>()
    api.book.mockReturnValue(answer.promise)
    try {
      await openBook({ item: ITEM, application: 'a1' })
      await chooseHallAndSlot()
      expect(screen.getByText('黄浦区婚姻登记处 · 2026-12-01 周二 09:00-10:00')).toBeTruthy()
      const confirm = screen.getByRole('button', { name: '确认预约' })
      act(() => {
        fireEvent.click(confirm)
        fireEvent.click(confirm)
      })
      expect(api.book).toHaveBeenCalledTimes(1)
      expect(api.book).toHaveBeenCalledWith({ itemId: ITEM, hallId: 'hall-hp', date: '2026-12-01', slotId: '0900-1000', applicationId: 'a1' })
      expect(subscribe).toHaveBeenCalledWith(REMINDER_TEMPLATES.weapp)
      expect(subscribe.mock.invocationCallOrder[0]).toBeLessThan(api.book.mock.invocationCallOrder[0])
      await act(async () => answer.resolve(appointment()))
      expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/appointment/pages/detail/index?id=ap-1' })
    } finally {
      Object.assign(platform, { name: 'h5' })
      subscribe.mockRestore()
    }
  })

  it('reloads the places left when the slot was just taken (409 SLOT_FULL)', async () => {
    await openBook()
    await chooseHallAndSlot()
    api.book.mockRejectedValue(new ApiError({ kind: 'client', status: 409, code: 'SLOT_FULL', message: '该时段已约满' }))
    api.slots.mockResolvedValueOnce(calendar([{ date: '2026-12-01', slots: [slot('09:00', 0), slot('10:00', 0)] }, ...CALENDAR.days.slice(1)]))
    await press(screen.getByRole('button', { name: '确认预约' }))
    expect(api.slots).toHaveBeenCalledTimes(2)
    expect(screen.getByText(SLOT_FULL_TEXT)).toBeTruthy()
    // 12/01 is now full too: the next day with places is picked, nothing is selected
    expect(radio('周二 12/01，已约满').getAttribute('aria-disabled')).toBe('true')
    expect(radio('周四 12/03').getAttribute('aria-checked')).toBe('true')
    expect(screen.getByRole('button', { name: '确认预约' }).getAttribute('aria-disabled')).toBe('true')
  })

  it('leads to the booking the user already has (409 ALREADY_BOOKED)', async () => {
    await openBook()
    await chooseHallAndSlot()
    api.book.mockRejectedValue(new ApiError({ kind: 'client', status: 409, code: 'ALREADY_BOOKED', message: '您已预约本事项' }))
    await press(screen.getByRole('button', { name: '确认预约' }))
    expect(screen.getByText('您已预约本事项')).toBeTruthy()
    api.listAppointments.mockResolvedValue({ appointments: [appointment({ id: 'ap-0', status: 'cancelled' }), appointment({ id: 'ap-9' })] })
    await press(screen.getByRole('button', { name: '查看已有预约' }))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/appointment/pages/detail/index?id=ap-9' })
  })

  it('moves a booking with 确认改约, starting from its hall', async () => {
    api.getAppointment.mockResolvedValue(appointment())
    api.reschedule.mockResolvedValue(appointment({ date: '2026-12-03', slot: { id: '1400-1500', start: '14:00', end: '15:00' } }))
    await openBook({ item: ITEM, reschedule: 'ap-1' })
    expect(api.getAppointment).toHaveBeenCalledWith('ap-1')
    expect(screen.getByText('原预约 2026-12-01 周二 09:00-10:00 · 黄浦区婚姻登记处')).toBeTruthy()
    expect(radio(/^黄浦区婚姻登记处/).getAttribute('aria-checked')).toBe('true')
    expect(api.slots).toHaveBeenCalledWith(ITEM, 'hall-hp')
    // The same time again is no change
    await press(radio('09:00-10:00，余 2'))
    expect(screen.getByText('这是原预约的时段，请选择新的时段')).toBeTruthy()
    expect(screen.getByRole('button', { name: '确认改约' }).getAttribute('aria-disabled')).toBe('true')

    await press(radio('周四 12/03'))
    await press(radio('14:00-15:00，余 1'))
    await press(screen.getByRole('button', { name: '确认改约' }))
    expect(api.book).not.toHaveBeenCalled()
    expect(api.reschedule).toHaveBeenCalledWith('ap-1', { hallId: 'hall-hp', date: '2026-12-03', slotId: '1400-1500' })
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/appointment/pages/detail/index?id=ap-1' })
  })

  it('sends a signed-out visitor to sign in and back to this booking', async () => {
    session.set({ status: 'anonymous', token: null, user: null, error: null })
    await openBook({ item: ITEM })
    expect(api.halls).not.toHaveBeenCalled()
    const here = `/packages/appointment/pages/book/index?item=${encodeURIComponent(ITEM)}`
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/pages/login/index?then=${encodeURIComponent(here)}` })
    expect(screen.getByText('登录后预约')).toBeTruthy()
  })
})

describe('我的预约 (list)', () => {
  it('lists the coming bookings first, each status in words, and opens one', async () => {
    api.listAppointments.mockResolvedValue({
      appointments: [
        appointment({ id: 'old', date: '2026-11-20', status: 'checked-in' }),
        appointment({ id: 'late', date: '2026-12-03', itemName: '居住证办理' }),
        appointment({ id: 'missed', date: '2026-11-25', status: 'missed' }),
        appointment({ id: 'soon', date: '2026-12-01' }),
        appointment({ id: 'gone', date: '2026-12-02', status: 'cancelled' }),
      ],
    })
    await show(<Appointments />)
    const rows = within(screen.getByRole('list', { name: '我的预约' })).getAllByRole('button')
    expect(rows.map((r) => r.getAttribute('aria-label'))).toEqual([
      '2026-12-01 周二 09:00-10:00，已预约，内地居民结婚登记，黄浦区婚姻登记处，查看预约详情',
      '2026-12-03 周四 09:00-10:00，已预约，居住证办理，黄浦区婚姻登记处，查看预约详情',
      '2026-12-02 周三 09:00-10:00，已取消，内地居民结婚登记，黄浦区婚姻登记处，查看预约详情',
      '2026-11-25 周三 09:00-10:00，已过期未到，内地居民结婚登记，黄浦区婚姻登记处，查看预约详情',
      '2026-11-20 周五 09:00-10:00，已签到，内地居民结婚登记，黄浦区婚姻登记处，查看预约详情',
    ])
    for (const word of ['已取消', '已签到', '已过期未到']) expect(screen.getByText(word)).toBeTruthy()
    expect(screen.getAllByText('已预约')).toHaveLength(2)
    await press(rows[0])
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/appointment/pages/detail/index?id=soon' })
  })

  it('shows a skeleton, then says where booking starts when there is none', async () => {
    api.listAppointments.mockReturnValue(new Promise(() => undefined))
    const { container, unmount } = await show(<Appointments />)
    expect(container.querySelectorAll('.tb-skeleton').length).toBeGreaterThan(0)
    unmount()
    api.listAppointments.mockResolvedValue({ appointments: [] })
    await show(<Appointments />)
    expect(screen.getByText('暂无预约')).toBeTruthy()
    expect(screen.getByText(/预约入口在办事指南/)).toBeTruthy()
    await press(screen.getByText('去办事'))
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/services/index' })
  })

  it('shows the error with 重试, which loads again', async () => {
    api.listAppointments.mockRejectedValueOnce(new ApiError({ kind: 'network' })).mockResolvedValueOnce({ appointments: [appointment()] })
    await show(<Appointments />)
    expect(screen.getByText('网络连接失败，请检查网络后重试')).toBeTruthy()
    await press(screen.getByText('重试'))
    expect(api.listAppointments).toHaveBeenCalledTimes(2)
    expect(screen.getByText('已预约')).toBeTruthy()
  })
})

describe('预约详情 (detail)', () => {
  beforeEach(() => setRouterParams({ id: 'ap-1' }))

  it('shows the 签到码 as a QR image and as text, the hall, the time and the materials to bring', async () => {
    api.getAppointment.mockResolvedValue(appointment())
    const { container } = await show(<AppointmentPage />)
    expect(api.getAppointment).toHaveBeenCalledWith('ap-1')
    const qr = screen.getByRole('img', { name: '签到码二维码，签到码 CK-7Q2M-9XK4' })
    expect(qr.querySelector('img')?.getAttribute('src')).toBe('data:image/png;base64,QR-CK-7Q2M-9XK4')
    expect(screen.getByText('CK-7Q2M-9XK4')).toBeTruthy()
    expect(screen.getByText('到大厅后在自助机扫码签到，或向工作人员出示')).toBeTruthy()
    expect(screen.getByText('2026-12-01 周二 09:00-10:00')).toBeTruthy()
    const materials = within(screen.getByRole('list', { name: '需携带的材料' })).getAllByRole('listitem')
    expect(materials.map((m) => m.textContent)).toEqual(['1.居民身份证', '2.居民户口簿', '3.本人近期半身免冠合影照片'])
    expect(container.querySelectorAll('img')).toHaveLength(1)

    await press(screen.getByRole('button', { name: '拨打大厅电话 021-63210001' }))
    expect(platform.makePhoneCall).toHaveBeenCalledWith('021-63210001')
    await press(screen.getByRole('button', { name: '复制地址 上海市黄浦区南京东路 100 号 2 楼' }))
    expect(platform.setClipboard).toHaveBeenCalledWith('上海市黄浦区南京东路 100 号 2 楼')
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '地址已复制', icon: 'none' })
  })

  it('cancels only after the user confirms, then shows no code', async () => {
    api.getAppointment.mockResolvedValue(appointment())
    api.cancel.mockResolvedValue(appointment({ status: 'cancelled' }))
    await show(<AppointmentPage />)
    jest.mocked(Taro.showModal).mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    await press(screen.getByRole('button', { name: '取消预约' }))
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '取消预约', confirmText: '取消预约', cancelText: '再想想' }))
    expect(api.cancel).not.toHaveBeenCalled()

    await press(screen.getByRole('button', { name: '取消预约' }))
    expect(api.cancel).toHaveBeenCalledTimes(1)
    expect(api.cancel).toHaveBeenCalledWith('ap-1')
    expect(screen.getByText('已取消')).toBeTruthy()
    expect(screen.queryByText('CK-7Q2M-9XK4')).toBeNull()
    expect(screen.queryByRole('img')).toBeNull()
    expect(screen.queryByRole('button', { name: '改约' })).toBeNull()
    expect(screen.getByText(/本预约已取消/)).toBeTruthy()
  })

  it('opens 改约 with the item and this booking', async () => {
    api.getAppointment.mockResolvedValue(appointment())
    await show(<AppointmentPage />)
    await press(screen.getByRole('button', { name: '改约' }))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/packages/appointment/pages/book/index?item=${encodeURIComponent(ITEM)}&reschedule=ap-1` })
  })

  it('says when the booking does not exist', async () => {
    api.getAppointment.mockRejectedValue(new ApiError({ kind: 'client', status: 404, code: 'APPOINTMENT_NOT_FOUND', message: '预约不存在' }))
    await show(<AppointmentPage />)
    expect(screen.getByText('未找到该预约')).toBeTruthy()
  })
})
