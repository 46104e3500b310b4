import { idCardCheckChar } from '../../src/domain/id-card'
import type { Draws } from '../catalog/hash'
import { cityOf } from '../catalog/seed/regions'
import { addressLine, nameLine, numberLine, plain, type SeedLicence } from './faces'
import { REFERENCE_YEAR, chineseDate, digits, maskMiddle, plateNumber, ymd, type Place } from './seed-helpers'

/**
 * The household around a seeded person (seed-personal.ts): a fictional spouse (for 结婚证), their child's
 * 出生医学证明, and the family car's 行驶证. Drawn from the person's second stream, so the older licences stay as
 * they were.
 */

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭']
const GIVEN = { 男: ['伟', '强', '磊', '军', '涛', '明辉', '志远', '浩然', '子轩', '俊杰'], 女: ['芳', '丽', '静', '敏', '婷', '雪梅', '欣怡', '梓涵', '雨桐', '诗琪'] }
const VEHICLES = [
  { model: '上汽大众牌SVW71412BU', type: '小型轿车', engine: 'DJ', ev: false },
  { model: '比亚迪牌BYD7005BEVA', type: '小型轿车', engine: 'TZ', ev: true },
  { model: '荣威牌CSA7154TDPS', type: '小型轿车', engine: 'LS', ev: false },
  { model: '上汽通用别克牌SGM6531UAA1', type: '小型普通客车', engine: 'LX', ev: false },
]
const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'

export interface Person {
  name: string
  idNumber: string
  gender: '男' | '女'
  birthDate: string
}

export const personOf = (name: string, idNumber: string): Person => ({
  name,
  idNumber,
  gender: Number(idNumber.charAt(16)) % 2 === 1 ? '男' : '女',
  birthDate: `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`,
})

/** A fictional spouse from the same 户籍 district: the other gender, a valid 身份证号. */
export function spouseOf(holder: Person, district: string, x: Draws): Person {
  const gender = holder.gender === '男' ? '女' : '男'
  const birth = `${Number(holder.birthDate.slice(0, 4)) + x.int(-3, 3)}${holder.birthDate.slice(5, 7) === '02' ? '03' : holder.birthDate.slice(5, 7)}${String(x.int(1, 28)).padStart(2, '0')}`
  const sequence = `${digits(x, 2)}${gender === '男' ? x.pick([1, 3, 5, 7, 9]) : x.pick([0, 2, 4, 6, 8])}`
  const first17 = `${district}${birth}${sequence}`
  return personOf(`${x.pick(SURNAMES)}${x.pick(GIVEN[gender])}`, `${first17}${idCardCheckChar(first17)}`)
}

/** 行驶证 of the person's car, registered 1–8 years ago where they live. */
export function vehicleLicence(owner: Person, home: Place, issuer: string, x: Draws, id: string): SeedLicence {
  const vehicle = x.pick(VEHICLES)
  const plate = plateNumber(home.district, x, vehicle.ev)
  const registered = ymd(REFERENCE_YEAR - x.int(1, 8), x.int(1, 12), x.int(1, 28))
  const vin = `LS${Array.from({ length: 15 }, () => VIN_CHARS[x.int(0, VIN_CHARS.length - 1)]).join('')}`
  const engine = `${vehicle.engine}${digits(x, 7)}`
  return {
    id,
    type: '行驶证',
    number: maskMiddle(plate, 2, 2),
    holder: owner.name,
    issuer,
    issuedAt: registered,
    validUntil: null,
    applicationId: null,
    fields: { name: owner.name, vehicleType: vehicle.type },
    face: [
      numberLine('号牌号码', plate),
      plain('车辆类型', vehicle.type),
      nameLine('所有人', owner.name),
      addressLine('住址', home.address, home.area),
      plain('使用性质', '非营运'),
      plain('品牌型号', vehicle.model),
      numberLine('车辆识别代号', vin),
      numberLine(vehicle.ev ? '电动机号码' : '发动机号码', engine),
      plain('注册日期', chineseDate(registered)),
      plain('发证日期', chineseDate(registered)),
      plain('发证机关', issuer),
    ],
  }
}

/** 出生医学证明 of the couple's child, born 1–3 years ago in the 户籍 city's 妇幼保健院. */
export function birthCertificate(holder: Person, spouse: Person, home: Place, x: Draws, id: string): SeedLicence {
  const [father, mother] = holder.gender === '男' ? [holder, spouse] : [spouse, holder]
  const gender = x.pick(['男', '女'] as const)
  const child = `${father.name.charAt(0)}${x.pick(GIVEN[gender])}`
  const born = ymd(REFERENCE_YEAR - x.int(1, 3), x.int(1, 12), x.int(1, 28))
  const time = `${String(x.int(0, 23)).padStart(2, '0')}时${String(x.int(0, 59)).padStart(2, '0')}分`
  const hospital = `${cityOf(home.district)!.name}妇幼保健院`
  const number = `${String.fromCharCode(77 + x.int(0, 12))}${digits(x, 9)}`
  return {
    id,
    type: '出生医学证明',
    number: maskMiddle(number, 2, 2),
    holder: child,
    issuer: hospital,
    issuedAt: born,
    validUntil: null,
    applicationId: null,
    fields: { name: child, birthDate: born },
    face: [
      nameLine('新生儿姓名', child),
      plain('性别', gender),
      plain('出生时间', `${chineseDate(born)} ${time}`),
      plain('出生地点', home.area),
      plain('健康状况', '良好'),
      nameLine('母亲姓名', mother.name),
      numberLine('母亲有效身份证件号码', mother.idNumber),
      nameLine('父亲姓名', father.name),
      numberLine('父亲有效身份证件号码', father.idNumber),
      numberLine('出生医学证明编号', number),
      plain('签发机构', hospital),
      plain('签发日期', chineseDate(born)),
    ],
  }
}
