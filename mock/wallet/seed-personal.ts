import { Draws, hash } from '../catalog/hash'
import { cityOf } from '../catalog/seed/regions'
import { COMPOUND_SURNAME_REP, CITIZEN, JIAXING_REP, LEGAL_REP, X_CHECK_DIGIT } from '../fixtures/identities'
import { maskIdNumber } from '../identity/person'
import { addressLine, birthLine, nameLine, numberLine, plain, type SeedLicence } from './faces'
import { birthCertificate, personOf, spouseOf, vehicleLicence } from './seed-family'
import {
  REFERENCE_YEAR,
  SHANGHAI,
  addYears,
  chineseDate,
  digits,
  hex,
  homeDistrict,
  maskMiddle,
  officeOf,
  placeIn,
  policeOf,
  shanghaiDistricts,
  validityText,
  ymd,
  type Place,
} from './seed-helpers'

/**
 * A person's seeded licences, derived from the 实名 identity: everybody holds 居民身份证, 居民户口簿 and 社会保障卡;
 * the seeded people (fixtures/identities.ts) some of 驾驶证, 行驶证, 结婚证, 居住证 and 出生医学证明 (their child's).
 * The 身份证号's 行政区划 gives the 户籍 (a Shanghai district when the catalog does not know it).
 *
 * The draws of the original three-plus-three licences come first and in their old order (`d`), so those stay
 * exactly as they were; everything added for the wallet's faces draws from a second stream (`x`).
 */

type Extra = 'driving' | 'vehicle' | 'marriage' | 'residence' | 'birth'
const EXTRAS: Record<string, readonly Extra[]> = {
  [LEGAL_REP.idNumber]: ['driving', 'marriage'],
  [CITIZEN.idNumber]: ['residence'],
  [COMPOUND_SURNAME_REP.idNumber]: ['driving', 'vehicle'],
  [JIAXING_REP.idNumber]: ['marriage', 'birth'],
  [X_CHECK_DIGIT.idNumber]: ['driving', 'vehicle'],
}
/** 欧阳晓峰 let his 驾驶证 lapse (issued 2015, valid 10 years): the wallet's expired licence. */
const EXPIRED_DRIVING = new Set([COMPOUND_SURNAME_REP.idNumber])

export function personalLicences(identity: { name: string; idNumber: string }): SeedLicence[] {
  const idNumber = identity.idNumber.toUpperCase()
  const { name } = identity
  const me = personOf(name, idNumber)
  const d = new Draws(hash(`licences:${idNumber}`))
  const x = new Draws(hash(`licences-face:${idNumber}`))
  const birthYear = Number(idNumber.slice(6, 10))
  const { birthDate, gender } = me
  const home = placeIn(homeDistrict(idNumber, d), d, 'home')
  const police = policeOf(home.district)
  const homeCity = cityOf(home.district)!
  const id = (code: string) => `lic-${code}-${hex(`${code}:${idNumber}`)}`
  const base = { holder: name, applicationId: null }
  const addr = (label: string, place: Place) => addressLine(label, place.address, place.area)

  // 居民身份证: valid 5 / 10 / 20 years or 长期 by age at issue, renewed 1–4 years ago.
  const idIssuedYear = REFERENCE_YEAR - d.int(1, 4)
  const idIssued = ymd(idIssuedYear, d.int(1, 12), d.int(1, 28))
  const age = idIssuedYear - birthYear
  const idYears = age < 16 ? 5 : age <= 25 ? 10 : age <= 45 ? 20 : null
  const idUntil = idYears === null ? null : addYears(idIssued, idYears)
  const household = digits(d, 9)
  const hukouIssuer = home.streetShort ? `${police}${home.streetShort}派出所` : police
  const hukouIssued = ymd(REFERENCE_YEAR - d.int(2, 15), d.int(1, 12), d.int(1, 28))
  const list: SeedLicence[] = [
    {
      ...base,
      id: id('idcard'),
      type: '居民身份证',
      number: maskIdNumber(idNumber),
      issuer: police,
      issuedAt: idIssued,
      validUntil: idUntil,
      fields: { name, gender, birthDate, address: home.address, regionCode: home.regionCode },
      face: [
        nameLine('姓名', name),
        plain('性别', gender),
        plain('民族', '汉'),
        birthLine('出生', birthDate),
        addr('住址', home),
        numberLine('公民身份号码', idNumber),
        plain('签发机关', police),
        plain('有效期限', validityText(idIssued, idUntil)),
      ],
    },
    {
      ...base,
      id: id('hukou'),
      type: '居民户口簿',
      number: maskMiddle(household, 2, 3),
      issuer: hukouIssuer,
      issuedAt: hukouIssued,
      validUntil: null,
      fields: { name, address: home.address, regionCode: home.regionCode, householdType: '家庭户', relation: '户主' },
      face: [
        plain('户别', '家庭户'),
        nameLine('户主姓名', name),
        numberLine('户号', household),
        addr('住址', home),
        nameLine('姓名', name),
        plain('户主或与户主关系', '户主'),
        plain('性别', gender),
        plain('民族', '汉'),
        birthLine('出生日期', birthDate),
        numberLine('公民身份号码', idNumber),
        plain('登记机关', hukouIssuer),
        plain('登记日期', chineseDate(hukouIssued)),
      ],
    },
  ]

  const extras = EXTRAS[idNumber] ?? []
  // Where the person lives and works: the 户籍 place, or Shanghai with a 居住证.
  const residence = extras.includes('residence') && homeCity.code !== SHANGHAI ? placeIn(d.pick(shanghaiDistricts()).code, d, 'home') : null
  const workCity = residence ? cityOf(residence.district)! : homeCity
  const cardIssued = ymd(REFERENCE_YEAR - d.int(1, 6), d.int(1, 12), d.int(1, 28))
  const cardNumber = `${String.fromCharCode(65 + d.int(0, 25))}${digits(d, 8)}`
  const bank = d.pick(['中国工商银行', '中国建设银行', '中国农业银行', '中国银行', '交通银行', '上海银行'])
  const cardIssuer = `${workCity.name}人力资源和社会保障局`
  list.push({
    ...base,
    id: id('sscard'),
    type: '社会保障卡',
    number: maskMiddle(cardNumber, 2, 2),
    issuer: cardIssuer,
    issuedAt: cardIssued,
    validUntil: addYears(cardIssued, 10),
    fields: { name, bank },
    face: [
      nameLine('姓名', name),
      numberLine('社会保障号码', idNumber),
      numberLine('社会保障卡号', cardNumber),
      plain('开户银行', bank),
      plain('发卡日期', chineseDate(cardIssued)),
      plain('有效期限', validityText(cardIssued, addYears(cardIssued, 10))),
      plain('发卡机构', cardIssuer),
    ],
  })

  const trafficPolice = workCity.code === SHANGHAI ? '上海市公安局交通警察总队' : `${workCity.name}公安局交通警察支队`
  if (extras.includes('driving')) {
    const drawn = ymd(REFERENCE_YEAR - d.int(1, 5), d.int(1, 12), d.int(1, 28))
    const issued = EXPIRED_DRIVING.has(idNumber) ? `2015${drawn.slice(4)}` : drawn
    const firstYear = Math.min(REFERENCE_YEAR - 6, birthYear + 20 + d.int(0, 8))
    const firstIssued = ymd(firstYear, d.int(1, 12), d.int(1, 28))
    list.push({
      ...base,
      id: id('driving'),
      type: '驾驶证',
      number: maskIdNumber(idNumber),
      issuer: trafficPolice,
      issuedAt: issued,
      validUntil: addYears(issued, 10),
      fields: { name, vehicleClass: 'C1', firstIssuedAt: firstIssued },
      face: [
        numberLine('证号', idNumber),
        nameLine('姓名', name),
        plain('性别', gender),
        plain('国籍', '中国'),
        addr('住址', residence ?? home),
        birthLine('出生日期', birthDate),
        plain('初次领证日期', chineseDate(firstIssued)),
        plain('准驾车型', 'C1'),
        plain('有效期限', validityText(issued, addYears(issued, 10))),
        plain('发证机关', trafficPolice),
      ],
    })
  }
  const spouse = extras.includes('marriage') ? spouseOf(me, home.district, x) : null
  if (spouse) {
    const year = Math.min(REFERENCE_YEAR - 1, birthYear + 25 + d.int(0, 6))
    const registered = ymd(year, d.int(1, 12), d.int(1, 28))
    const number = `J${home.district}-${year}-${digits(d, 6)}`
    const [husband, wife] = gender === '男' ? [me, spouse] : [spouse, me]
    const office = officeOf(home.district, '民政局')
    list.push({
      ...base,
      id: id('marriage'),
      type: '结婚证',
      number: maskMiddle(number, 13, 2),
      issuer: office,
      issuedAt: registered,
      validUntil: null,
      fields: { name, registeredAt: registered },
      face: [
        nameLine('持证人', name),
        plain('登记日期', chineseDate(registered)),
        numberLine('结婚证字号', number),
        nameLine('男方姓名', husband.name),
        birthLine('男方出生日期', husband.birthDate),
        numberLine('男方身份证件号', husband.idNumber),
        nameLine('女方姓名', wife.name),
        birthLine('女方出生日期', wife.birthDate),
        numberLine('女方身份证件号', wife.idNumber),
        plain('登记机关', office),
      ],
    })
  }
  if (residence) {
    const issued = ymd(REFERENCE_YEAR - d.int(1, 2), d.int(1, 12), d.int(1, 28))
    const issuer = policeOf(residence.district)
    list.push({
      ...base,
      id: id('residence'),
      type: '居住证',
      number: maskIdNumber(idNumber),
      issuer,
      issuedAt: issued,
      validUntil: addYears(issued, 3),
      fields: { name, address: residence.address, regionCode: residence.regionCode },
      face: [
        nameLine('姓名', name),
        plain('性别', gender),
        birthLine('出生', birthDate),
        numberLine('公民身份号码', idNumber),
        addr('居住地址', residence),
        plain('签发机关', issuer),
        plain('有效期限', validityText(issued, addYears(issued, 3))),
      ],
    })
  }
  if (extras.includes('vehicle')) list.push(vehicleLicence(me, residence ?? home, trafficPolice, x, id('vehicle')))
  if (spouse && extras.includes('birth')) list.push(birthCertificate(me, spouse, home, x, id('birth')))
  return list
}
