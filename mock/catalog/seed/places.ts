/**
 * What the generator needs to know about each city and district to make halls and usage figures look real:
 * 区号 (area code), how many metro lines it has, roads its offices sit on, and 常住人口 (万, rounded, 2020 census
 * order of magnitude) that weights the seeded usage counts.
 */

export interface CityPlace {
  /** 区号 of 咨询电话 */
  areaCode: string
  /** 常住人口, 万 */
  population: number
  /** How many metro lines it has (0: buses only) */
  metroLines: number
  /** Roads in the city centre (for city-level offices and districts without their own list) */
  roads: string[]
}

export const cityPlaces: Record<string, CityPlace> = {
  '310000': { areaCode: '021', population: 2487, metroLines: 18, roads: ['人民大道', '延安东路', '南京西路', '世纪大道', '肇嘉浜路', '北京西路'] },
  '330400': { areaCode: '0573', population: 555, metroLines: 0, roads: ['中山东路', '禾兴南路', '南湖大道', '越秀南路', '中环南路', '洪兴西路'] },
  '330100': { areaCode: '0571', population: 1252, metroLines: 10, roads: ['解放东路', '延安路', '庆春路', '文三路', '凤起路', '市民街'] },
  '330700': { areaCode: '0579', population: 712, metroLines: 0, roads: ['双龙南街', '八一北街', '人民西路', '宾虹路', '李渔路', '婺州街'] },
  '320500': { areaCode: '0512', population: 1295, metroLines: 8, roads: ['干将西路', '人民路', '苏州大道东', '三香路', '金鸡湖大道', '竹辉路'] },
  '330500': { areaCode: '0572', population: 341, metroLines: 0, roads: ['仁皇山路', '人民路', '红旗路', '劳动路', '环城西路', '凤凰路'] },
  '341800': { areaCode: '0563', population: 250, metroLines: 0, roads: ['鳌峰中路', '叠嶂中路', '昭亭南路', '梅溪路', '响山路', '薰化路'] },
  '340200': { areaCode: '0553', population: 374, metroLines: 2, roads: ['中山北路', '北京中路', '长江中路', '赭山西路', '九华中路', '银湖北路'] },
  '340100': { areaCode: '0551', population: 985, metroLines: 8, roads: ['长江中路', '潜山路', '徽州大道', '马鞍山路', '芜湖路', '怀宁路'] },
}

/** Shanghai's districts: 常住人口 (万) and roads near their 行政服务中心 and 社区事务受理服务中心. */
export const shanghaiDistrictPlaces: Record<string, { population: number; roads: string[] }> = {
  '310101': { population: 66, roads: ['延安东路', '西藏中路', '河南南路', '淮海中路', '复兴中路', '蒙自路'] },
  '310104': { population: 111, roads: ['漕溪北路', '天钥桥路', '肇嘉浜路', '南丹东路', '宜山路', '龙华中路'] },
  '310105': { population: 69, roads: ['愚园路', '长宁路', '天山路', '仙霞路', '延安西路', '古北路'] },
  '310106': { population: 98, roads: ['常德路', '江场西路', '共和新路', '北京西路', '大统路', '灵石路'] },
  '310107': { population: 124, roads: ['大渡河路', '真光路', '长寿路', '铜川路', '武宁路', '曹杨路'] },
  '310109': { population: 76, roads: ['飞虹路', '四平路', '曲阳路', '东长治路', '广中路', '四川北路'] },
  '310110': { population: 124, roads: ['江浦路', '控江路', '长阳路', '平凉路', '黄兴路', '国和路'] },
  '310112': { population: 265, roads: ['沪闵路', '虹井路', '都市路', '七莘路', '春申路', '古美路'] },
  '310113': { population: 224, roads: ['密山路', '友谊路', '牡丹江路', '淞滨路', '同济路', '盘古路'] },
  '310114': { population: 183, roads: ['博乐路', '塔城路', '城中路', '叶城路', '清河路', '裕民南路'] },
  '310115': { population: 568, roads: ['合欢路', '张杨路', '浦东大道', '川沙路', '锦绣路', '东方路'] },
  '310116': { population: 82, roads: ['金山大道', '龙山路', '卫零路', '蒙山路', '板桥西路', '新城路'] },
  '310117': { population: 191, roads: ['荣乐中路', '中山中路', '人民北路', '谷阳北路', '西林北路', '乐都路'] },
  '310118': { population: 127, roads: ['公园路', '城中北路', '华青路', '青安路', '盈港东路', '外青松公路'] },
  '310120': { population: 114, roads: ['望园路', '解放东路', '南桥路', '江海路', '金海路', '环城东路'] },
  '310151': { population: 64, roads: ['翠竹路', '八一路', '人民路', '东门路', '南门路', '鼓浦路'] },
}

/** Roads nearly every county seat has, for the G60 cities' districts and their streets. */
export const commonRoads = ['人民路', '中山路', '解放路', '建设路', '文化路', '新华路', '环城南路', '城北路']

/** 长三角 G60 科创走廊 members: 松江区 and eight cities (the regions of a 跨区域通办 item). */
export const G60_MEMBERS: readonly string[] = ['310117', '330400', '330100', '330700', '320500', '330500', '341800', '340200', '340100']

/**
 * How much of a G60 city's population uses this (Shanghai's) platform's catalog, relative to Shanghai's own
 * residents: their own provincial platforms are where most of them go.
 */
export const G60_USAGE_SHARE = 0.4
