/** 复姓 kept whole when masking (欧阳**); the common ones, as the server's masking keeps them. */
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '令狐', '端木', '南宫']

/** An organisation holds 营业执照 and 许可证: its name is public (企业信用信息公示) and is never masked. */
const ORGANISATION = /(公司|企业|集团|合作社|事务所|中心|商行|店|厂|馆|院|学校|协会|委员会)$/

/**
 * A holder's name as a window may read it over the shoulder: 李建国 → 李**, 欧阳晓峰 → 欧阳**, dots kept. An
 * already masked name stays as it is. Kept beside its page: subpackages share no modules (the twin lives in
 * wallet/pages/show).
 */
export function maskHolder(name: string): string {
  const trimmed = name.trim()
  if (trimmed.includes('*') || ORGANISATION.test(trimmed)) return trimmed
  const chars = [...trimmed]
  const keep = chars.length > 2 && COMPOUND_SURNAMES.includes(chars.slice(0, 2).join('')) ? 2 : 1
  return chars.map((c, i) => (i < keep || c === '·' ? c : '*')).join('')
}
