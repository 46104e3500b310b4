/**
 * 电子证照 the platform's 电子证照库 holds (national catalogue names): a material whose `eLicence` names one
 * of these is fetched from the library instead of submitted (免提交). The catalog model test checks every
 * material against this list, so a typo (身份证 for 居民身份证) is caught where it is written.
 */
export const E_LICENCES: readonly string[] = [
  // 个人
  '居民身份证',
  '居民户口簿',
  '居住证',
  '结婚证',
  '离婚证',
  '出生医学证明',
  '社会保障卡',
  '残疾人证',
  '驾驶证',
  '行驶证',
  '普通护照',
  '往来港澳通行证',
  '往来台湾通行证',
  '不动产权证书',
  '毕业证书',
  '学位证书',
  '教师资格证书',
  '医师执业证书',
  '退役军人优待证',
  // 法人
  '营业执照',
  '食品经营许可证',
  '食品生产许可证',
  '公共场所卫生许可证',
  '工业产品生产许可证',
  '建筑业企业资质证书',
  '安全生产许可证',
  '道路运输经营许可证',
  '排污许可证',
  '药品经营许可证',
  '特种设备使用登记证',
  '建设工程规划许可证',
  '建筑工程施工许可证',
  '危险化学品经营许可证',
]
