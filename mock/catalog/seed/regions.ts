import type { RegionDto } from '../../../src/api/contract'
import { regions as configRegions, shortNameOf } from '../../fixtures/regions'

/**
 * Every region the catalog implements items in: the app config's regions (provinces, 上海市 and its 16
 * districts, the G60 cities) plus what the config leaves out to stay small: Shanghai's 街道 / 镇 / 乡 and the
 * G60 cities' 区 / 县 / 县级市 with their streets. The region picker fetches these through
 * `GET /regions/:code/children`.
 *
 * Shanghai: every 街道 / 镇 / 乡 of each district with its 9-digit 乡级 code (GB/T 10114 style: district code +
 * 3 digits, 0xx 街道, 1xx 镇, 2xx 乡). G60 districts carry their real GB/T 2260 codes; their streets are real
 * names with consecutive codes in the same pattern.
 */

/** Shanghai's streets per district: `code-suffix name` pairs. */
const shanghaiStreets: Record<string, string> = {
  '310101': '002南京东路街道 013外滩街道 015半淞园路街道 017小东门街道 018豫园街道 019老西门街道 020五里桥街道 021打浦桥街道 022淮海中路街道 023瑞金二路街道',
  '310104': '003天平路街道 004湖南路街道 007斜土路街道 008枫林路街道 010长桥街道 011田林街道 012虹梅路街道 013康健新村街道 014徐家汇街道 015凌云路街道 016龙华街道 017漕河泾街道 103华泾镇',
  '310105': '001华阳路街道 002江苏路街道 004新华路街道 005周家桥街道 006天山路街道 008仙霞新村街道 009虹桥街道 010程家桥街道 011北新泾街道 102新泾镇',
  '310106': '006江宁路街道 011石门二路街道 012南京西路街道 013静安寺街道 014曹家渡街道 015天目西路街道 016北站街道 017宝山路街道 018共和新路街道 019大宁路街道 020彭浦新村街道 021临汾路街道 022芷江西路街道 101彭浦镇',
  '310107': '005曹杨新村街道 014长风新村街道 015长寿路街道 016甘泉路街道 017石泉路街道 020宜川路街道 021万里街道 022真如镇街道 102长征镇 103桃浦镇',
  '310109': '009欧阳路街道 010曲阳路街道 011广中路街道 014嘉兴路街道 016凉城新村街道 017四川北路街道 018北外滩街道 019江湾镇街道',
  '310110': '001定海路街道 006平凉路街道 008江浦路街道 009四平路街道 012控江路街道 013长白新村街道 015延吉新村街道 016殷行街道 018大桥街道 019五角场街道 020新江湾城街道 021长海路街道',
  '310112': '001江川路街道 006古美街道 008新虹街道 009浦锦街道 101莘庄镇 102七宝镇 103颛桥镇 106华漕镇 107虹桥镇 108梅陇镇 110吴泾镇 112马桥镇 114浦江镇',
  '310113': '003友谊路街道 007吴淞街道 008张庙街道 101罗店镇 102大场镇 103杨行镇 104月浦镇 106罗泾镇 109顾村镇 111高境镇 112庙行镇 113淞南镇',
  '310114': '001新成路街道 002真新街道 004嘉定镇街道 401菊园新区 102南翔镇 103安亭镇 106马陆镇 109徐行镇 111华亭镇 114外冈镇 118江桥镇',
  '310115':
    '004潍坊新村街道 005陆家嘴街道 007周家渡街道 008塘桥街道 009上钢新村街道 010南码头路街道 011沪东新村街道 012金杨新村街道 ' +
    '013洋泾街道 014浦兴路街道 015东明路街道 016花木街道 103川沙新镇 104高桥镇 105北蔡镇 110合庆镇 114唐镇 117曹路镇 120金桥镇 ' +
    '121高行镇 123高东镇 125张江镇 130三林镇 131惠南镇 132周浦镇 133新场镇 134大团镇 136康桥镇 137航头镇 139祝桥镇 140泥城镇 ' +
    '141宣桥镇 142书院镇 143万祥镇 144老港镇 145南汇新城镇',
  '310116': '001石化街道 101朱泾镇 102枫泾镇 103张堰镇 104亭林镇 105吕巷镇 107廊下镇 109金山卫镇 112漕泾镇 113山阳镇',
  '310117':
    '001岳阳街道 002永丰街道 003方松街道 004中山街道 005广富林街道 006九里亭街道 101泗泾镇 102佘山镇 103车墩镇 104新桥镇 ' +
    '105洞泾镇 106九亭镇 107泖港镇 116石湖荡镇 117新浜镇 120叶榭镇 121小昆山镇',
  '310118': '001夏阳街道 002盈浦街道 003香花桥街道 102朱家角镇 103练塘镇 104金泽镇 105赵巷镇 106徐泾镇 107华新镇 109重固镇 110白鹤镇',
  '310120': '001西渡街道 002奉浦街道 003金海街道 101南桥镇 102奉城镇 104庄行镇 106金汇镇 109四团镇 111青村镇 118柘林镇 123海湾镇',
  '310151':
    '101城桥镇 102堡镇 103新河镇 104庙镇 105竖新镇 106向化镇 107三星镇 108港沿镇 109中兴镇 110陈家镇 111绿华镇 112港西镇 ' +
    '113建设镇 114新海镇 115东平镇 116长兴镇 201新村乡 202横沙乡',
}

/** The G60 cities' districts (real GB/T 2260 codes) and some of their streets (real names). */
const g60Districts: Record<string, [code: string, name: string, streets: string][]> = {
  '330400': [
    ['330402', '南湖区', '建设街道 解放街道 南湖街道 新兴街道 城南街道 东栅街道 长水街道 七星街道 新嘉街道 大桥镇 新丰镇 凤桥镇 余新镇'],
    ['330411', '秀洲区', '新城街道 嘉北街道 塘汇街道 高照街道 王江泾镇 油车港镇 新塍镇 王店镇 洪合镇'],
    ['330421', '嘉善县', '魏塘街道 罗星街道 惠民街道 西塘镇 姚庄镇 陶庄镇 干窑镇 天凝镇 大云镇'],
    ['330424', '海盐县', '武原街道 西塘桥街道 望海街道 秦山街道 沈荡镇 百步镇 于城镇 澉浦镇 通元镇'],
    ['330481', '海宁市', '海洲街道 海昌街道 硖石街道 马桥街道 许村镇 长安镇 盐官镇 袁花镇 斜桥镇 周王庙镇 丁桥镇 黄湾镇'],
    ['330482', '平湖市', '当湖街道 钟埭街道 曹桥街道 乍浦镇 新埭镇 新仓镇 独山港镇 林埭镇 广陈镇'],
    ['330483', '桐乡市', '梧桐街道 凤鸣街道 龙翔街道 高桥街道 乌镇镇 濮院镇 崇福镇 洲泉镇 屠甸镇 河山镇 石门镇 大麻镇'],
  ],
  '330100': [
    ['330102', '上城区', '清波街道 湖滨街道 小营街道 望江街道 南星街道 紫阳街道 四季青街道 凯旋街道 采荷街道 闸弄口街道 彭埠街道 九堡街道 丁兰街道 笕桥街道'],
    ['330105', '拱墅区', '米市巷街道 湖墅街道 小河街道 和睦街道 拱宸桥街道 大关街道 上塘街道 祥符街道 半山街道 康桥街道 石桥街道 朝晖街道 潮鸣街道 天水街道 武林街道 长庆街道 东新街道 文晖街道'],
    ['330106', '西湖区', '北山街道 西溪街道 灵隐街道 翠苑街道 文新街道 古荡街道 西湖街道 留下街道 转塘街道 蒋村街道 三墩镇 双浦镇'],
    ['330108', '滨江区', '西兴街道 长河街道 浦沿街道'],
    ['330109', '萧山区', '城厢街道 北干街道 蜀山街道 新塘街道 宁围街道 闻堰街道 靖江街道 南阳街道 新街街道 盈丰街道 瓜沥镇 义桥镇 河上镇 戴村镇 楼塔镇 浦阳镇 进化镇 临浦镇 所前镇 衙前镇 益农镇 党湾镇'],
    ['330110', '余杭区', '五常街道 仓前街道 闲林街道 余杭街道 良渚街道 仁和街道 中泰街道 瓶窑镇 径山镇 黄湖镇 鸬鸟镇 百丈镇'],
    ['330111', '富阳区', '富春街道 春江街道 东洲街道 银湖街道 鹿山街道 新登镇 场口镇 大源镇 万市镇 洞桥镇 胥口镇 常安镇 龙门镇 常绿镇 灵桥镇 渌渚镇 里山镇'],
    ['330112', '临安区', '锦城街道 锦北街道 锦南街道 玲珑街道 青山湖街道 於潜镇 昌化镇 太湖源镇 高虹镇 天目山镇 太阳镇 潜川镇 河桥镇 湍口镇 清凉峰镇 龙岗镇 岛石镇 板桥镇'],
    ['330113', '临平区', '临平街道 南苑街道 东湖街道 星桥街道 乔司街道 崇贤街道 运河街道 塘栖镇'],
    ['330114', '钱塘区', '下沙街道 白杨街道 河庄街道 义蓬街道 新湾街道 临江街道 前进街道'],
    ['330122', '桐庐县', '桐君街道 旧县街道 城南街道 凤川街道 富春江镇 分水镇 横村镇 瑶琳镇 百江镇 江南镇 钟山乡 新合乡 合村乡'],
    ['330127', '淳安县', '千岛湖镇 文昌镇 石林镇 汾口镇 威坪镇 姜家镇 临岐镇 梓桐镇 中洲镇 大墅镇 枫树岭镇 里商乡 金峰乡 富文乡 左口乡 屏门乡 瑶山乡 王阜乡 宋村乡 鸠坑乡 浪川乡 界首乡 安阳乡'],
    ['330182', '建德市', '新安江街道 洋溪街道 更楼街道 梅城镇 寿昌镇 乾潭镇 杨村桥镇 下涯镇 大洋镇 三都镇 大同镇 李家镇 航头镇 大慈岩镇 莲花镇 钦堂乡'],
  ],
  '330700': [
    ['330702', '婺城区', '城东街道 城中街道 城西街道 城北街道 江南街道 西关街道 三江街道 秋滨街道 白龙桥镇 汤溪镇 罗店镇 雅畈镇 安地镇 琅琊镇 蒋堂镇 罗埠镇 洋埠镇 箬阳乡 沙畈乡 塔石乡 岭上乡 莘畈乡 长山乡 竹马乡 苏孟乡'],
    ['330703', '金东区', '多湖街道 东孝街道 孝顺镇 傅村镇 曹宅镇 澧浦镇 岭下镇 江东镇 塘雅镇 赤松镇 源东乡'],
    ['330723', '武义县', '白洋街道 壶山街道 熟溪街道 履坦镇 桃溪镇 泉溪镇 新宅镇 茭道镇 王宅镇 柳城畲族镇 坦洪乡 西联乡 三港乡'],
    ['330726', '浦江县', '浦阳街道 仙华街道 浦南街道 黄宅镇 郑宅镇 岩头镇 檀溪镇 杭坪镇 白马镇 虞宅乡 大畈乡 中余乡 前吴乡 花桥乡'],
    ['330727', '磐安县', '安文街道 新渥街道 尖山镇 玉山镇 方前镇 仁川镇 大盘镇 冷水镇 尚湖镇 双峰乡 盘峰乡 九和乡'],
    ['330781', '兰溪市', '兰江街道 云山街道 上华街道 永昌街道 赤溪街道 女埠街道 游埠镇 诸葛镇 黄店镇 香溪镇 马涧镇 梅江镇 横溪镇 柏社乡'],
    ['330782', '义乌市', '稠城街道 北苑街道 稠江街道 江东街道 后宅街道 城西街道 廿三里街道 福田街道 佛堂镇 苏溪镇 上溪镇 大陈镇 赤岸镇 义亭镇'],
    ['330783', '东阳市', '吴宁街道 南市街道 白云街道 江北街道 城东街道 六石街道 横店镇 巍山镇 南马镇 歌山镇 佐村镇 东阳江镇 湖溪镇 马宅镇 千祥镇 画水镇 虎鹿镇 三单乡'],
    ['330784', '永康市', '东城街道 西城街道 江南街道 石柱镇 古山镇 芝英镇 方岩镇 龙山镇 西溪镇 象珠镇 唐先镇 花街镇 前仓镇 舟山镇'],
  ],
  '320500': [
    ['320505', '虎丘区', '狮山街道 枫桥街道 横塘街道 浒墅关镇 通安镇 东渚街道'],
    ['320506', '吴中区', '长桥街道 郭巷街道 横泾街道 越溪街道 香山街道 城南街道 太湖街道 木渎镇 甪直镇 东山镇 临湖镇 光福镇 胥口镇 金庭镇'],
    ['320507', '相城区', '元和街道 太平街道 北桥街道 黄桥街道 漕湖街道 澄阳街道 北河泾街道 渭塘镇 阳澄湖镇 望亭镇 黄埭镇'],
    ['320508', '姑苏区', '平江街道 沧浪街道 双塔街道 金阊街道 虎丘街道 白洋湾街道 吴门桥街道 苏锦街道'],
    ['320509', '吴江区', '松陵街道 江陵街道 八坼街道 横扇街道 同里镇 震泽镇 盛泽镇 黎里镇 平望镇 七都镇 桃源镇'],
    ['320581', '常熟市', '虞山街道 常福街道 琴川街道 莫城街道 碧溪街道 东南街道 梅李镇 沙家浜镇 古里镇 辛庄镇 尚湖镇 海虞镇 支塘镇 董浜镇'],
    ['320582', '张家港市', '金港街道 后塍街道 德积街道 杨舍镇 塘桥镇 锦丰镇 乐余镇 凤凰镇 南丰镇 大新镇'],
    ['320583', '昆山市', '亭林街道 玉山镇 巴城镇 周市镇 陆家镇 花桥镇 淀山湖镇 张浦镇 周庄镇 千灯镇 锦溪镇'],
    ['320585', '太仓市', '娄东街道 陆渡街道 城厢镇 沙溪镇 浏河镇 浮桥镇 璜泾镇 双凤镇'],
  ],
  '330500': [
    ['330502', '吴兴区', '月河街道 朝阳街道 爱山街道 飞英街道 龙泉街道 凤凰街道 康山街道 仁皇山街道 滨湖街道 杨家埠街道 环渚街道 织里镇 八里店镇 妙西镇 东林镇 埭溪镇'],
    ['330503', '南浔区', '旧馆街道 东迁街道 南浔镇 双林镇 练市镇 善琏镇 菱湖镇 和孚镇 千金镇 石淙镇'],
    ['330521', '德清县', '武康街道 舞阳街道 阜溪街道 下渚湖街道 乾元镇 新市镇 禹越镇 莫干山镇 新安镇 洛舍镇 钟管镇 雷甸镇'],
    ['330522', '长兴县', '雉城街道 画溪街道 太湖街道 龙山街道 洪桥镇 李家巷镇 和平镇 泗安镇 虹星桥镇 夹浦镇 林城镇 煤山镇 小浦镇 水口乡 吕山乡'],
    ['330523', '安吉县', '递铺街道 昌硕街道 灵峰街道 孝源街道 天子湖镇 孝丰镇 梅溪镇 鄣吴镇 报福镇 杭垓镇 天荒坪镇 溪龙乡 上墅乡 山川乡'],
  ],
  '341800': [
    ['341802', '宣州区', '西林街道 澄江街道 鳌峰街道 济川街道 敬亭山街道 水阳镇 狸桥镇 孙埠镇 向阳镇 洪林镇 沈村镇 古泉镇 寒亭镇 文昌镇 金坝镇 杨柳镇 周王镇 溪口镇 五星乡 黄渡乡 朱桥乡'],
    ['341821', '郎溪县', '建平镇 十字镇 新发镇 涛城镇 梅渚镇 毕桥镇 飞鲤镇 姚村乡'],
    ['341823', '泾县', '泾川镇 茂林镇 榔桥镇 桃花潭镇 丁家桥镇 云岭镇 琴溪镇 蔡村镇 黄村镇 汀溪乡 昌桥乡'],
    ['341824', '绩溪县', '华阳镇 临溪镇 长安镇 上庄镇 扬溪镇 伏岭镇 金沙镇 瀛洲镇 家朋乡 荆州乡 板桥头乡'],
    ['341825', '旌德县', '旌阳镇 蔡家桥镇 三溪镇 庙首镇 白地镇 俞村镇 兴隆镇 版书镇'],
    ['341881', '宁国市', '西津街道 河沥溪街道 南山街道 汪溪街道 港口镇 梅林镇 中溪镇 宁墩镇 仙霞镇 竹峰镇 甲路镇 霞西镇 方塘乡 万家乡'],
    ['341882', '广德市', '桃州镇 新杭镇 柏垫镇 邱村镇 誓节镇 杨滩镇 东亭乡 四合乡 卢村乡'],
  ],
  '340200': [
    ['340202', '镜湖区', '赭麓街道 赭山街道 汀棠街道 弋矶山街道 范罗山街道 天门山街道 张家山街道 荆山街道 方村街道'],
    ['340207', '鸠江区', '湾里街道 官陡街道 四褐山街道 清水街道 裕溪口街道 沈巷镇 二坝镇 汤沟镇 白茆镇'],
    ['340209', '弋江区', '中南街道 澛港街道 南瑞街道 白马街道 火龙街道 马塘街道 三山街道 龙湖街道 峨桥镇'],
    ['340210', '湾沚区', '湾沚镇 六郎镇 陶辛镇 红杨镇 花桥镇'],
    ['340212', '繁昌区', '繁阳镇 荻港镇 孙村镇 平铺镇 峨山镇 新港镇'],
    ['340223', '南陵县', '籍山镇 许镇镇 弋江镇 三里镇 何湾镇 工山镇 家发镇 烟墩镇'],
    ['340281', '无为市', '无城镇 高沟镇 襄安镇 石涧镇 陡沟镇 蜀山镇 泥汊镇 福渡镇 牛埠镇 赫店镇 严桥镇 红庙镇 开城镇 昆山镇 刘渡镇 姚沟镇 洪巷镇 泉塘镇'],
  ],
  '340100': [
    ['340102', '瑶海区', '明光路街道 红光街道 三里街街道 胜利路街道 七里站街道 铜陵路街道 方庙街道 城东街道 长淮街道 和平路街道 大兴镇'],
    ['340103', '庐阳区', '亳州路街道 双岗街道 杏林街道 逍遥津街道 杏花村街道 海棠街道 林店街道 四里河街道 大杨镇 三十岗乡'],
    ['340104', '蜀山区', '五里墩街道 琥珀街道 西园街道 三里庵街道 稻香村街道 笔架山街道 荷叶地街道 井岗镇 南岗镇 小庙镇'],
    ['340111', '包河区', '芜湖路街道 包公街道 望湖街道 骆岗街道 万年埠街道 常青街道 烟墩街道 义城街道 同安街道 宁国路街道 大圩镇'],
    ['340121', '长丰县', '水湖镇 庄墓镇 杨庙镇 吴山镇 岗集镇 双墩镇 下塘镇 朱巷镇 罗塘乡 造甲乡 左店乡'],
    ['340122', '肥东县', '店埠镇 撮镇镇 梁园镇 桥头集镇 长临河镇 石塘镇 古城镇 八斗镇 元疃镇 白龙镇 包公镇 张集乡 马湖乡 响导乡 杨店乡'],
    ['340123', '肥西县', '上派镇 三河镇 桃花镇 紫蓬镇 花岗镇 官亭镇 山南镇 严店镇 丰乐镇 高店镇 铭传乡 柿树岗乡'],
    ['340124', '庐江县', '庐城镇 冶父山镇 汤池镇 泥河镇 白湖镇 同大镇 万山镇 石头镇 金牛镇 郭河镇 盛桥镇 白山镇 罗河镇 龙桥镇 矾山镇 乐桥镇 柯坦镇'],
    ['340181', '巢湖市', '卧牛山街道 亚父街道 天河街道 凤凰山街道 半汤街道 中庙街道 中垾镇 烔炀镇 柘皋镇 黄麓镇 槐林镇 散兵镇 栏杆集镇 苏湾镇 夏阁镇 银屏镇 庙岗乡'],
  ],
}

/** 南京东路街道 → 南京东路, 川沙新镇 → 川沙新, 堡镇 → 堡镇 (too short to shorten), 乌镇镇 → 乌镇 */
const streetShortName = (name: string) => {
  if (name.endsWith('街道') && name.length > 3) return name.slice(0, -2)
  if (/[镇乡]$/.test(name) && name.length > 2) return name.slice(0, -1)
  return name
}

const street = (code: string, name: string, parentCode: string): RegionDto => ({
  code,
  name,
  shortName: streetShortName(name),
  level: 'street',
  parentCode,
  g60: false,
})

function buildSubRegions(): RegionDto[] {
  const out: RegionDto[] = []
  for (const [district, list] of Object.entries(shanghaiStreets)) {
    for (const [, suffix, name] of list.matchAll(/(\d{3})(\S+)/g)) out.push(street(`${district}${suffix}`, name, district))
  }
  for (const [city, districts] of Object.entries(g60Districts)) {
    for (const [code, name, streets] of districts) {
      out.push({ code, name, shortName: shortNameOf(name), level: 'district', parentCode: city, g60: false })
      // 街道 001…, 镇 101…, 乡 201…: consecutive in each series, as the 乡级 codes are.
      const next = { 街道: 1, 镇: 101, 乡: 201 }
      for (const name of streets.split(' ')) {
        const series = name.endsWith('街道') ? '街道' : name.endsWith('乡') ? '乡' : '镇'
        out.push(street(`${code}${String(next[series]++).padStart(3, '0')}`, name, code))
      }
    }
  }
  return out
}

/** The config's regions (provinces, cities, Shanghai's districts) and every sub-region. */
export const allRegions: readonly RegionDto[] = [...configRegions, ...buildSubRegions()]

const byCode = new Map(allRegions.map((r) => [r.code, r]))
const childrenByCode = new Map<string, RegionDto[]>()
for (const r of allRegions) {
  if (!r.parentCode) continue
  const list = childrenByCode.get(r.parentCode) ?? []
  list.push(r)
  childrenByCode.set(r.parentCode, list)
}

/** Province-level municipalities (直辖市): 北京, 天津, 上海, 重庆. Their districts sit right under them. */
const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000'])
export const isMunicipality = (code: string) => MUNICIPALITIES.has(code)

export const regionByCode = (code: string): RegionDto | undefined => byCode.get(code)

/** Direct sub-regions, in table order (empty for a street or an unknown code). */
export const childrenOf = (code: string): readonly RegionDto[] => childrenByCode.get(code) ?? []

/** Ancestor codes per region, nearest first; computed once (lists and search call this for every item). */
const ancestorCodes = new Map<string, readonly string[]>()
function chainOf(code: string): readonly string[] {
  let chain = ancestorCodes.get(code)
  if (!chain) {
    const codes: string[] = []
    for (let parent = byCode.get(code)?.parentCode ?? null; parent; parent = byCode.get(parent)?.parentCode ?? null) codes.push(parent)
    chain = codes
    ancestorCodes.set(code, chain)
  }
  return chain
}

/** The parent, its parent, …: nearest first. */
export const ancestorsOf = (code: string): RegionDto[] => chainOf(code).map((c) => byCode.get(c)!)

/** Whether `code` is `ancestor` or lies under it. */
export const isWithin = (code: string, ancestor: string) => code === ancestor || chainOf(code).includes(ancestor)

/** The province (上海市 for Shanghai's districts and streets, 浙江省 for 嘉兴市), or undefined when unknown. */
export function provinceOf(code: string): RegionDto | undefined {
  const region = byCode.get(code)
  if (!region) return undefined
  const chain = chainOf(code)
  return chain.length ? byCode.get(chain[chain.length - 1]) : region
}

/** The city a region belongs to: 嘉兴市 for 南湖区 and its streets, 上海市 (a municipality) for Shanghai's. */
export function cityOf(code: string): RegionDto | undefined {
  for (const c of [code, ...chainOf(code)]) {
    const region = byCode.get(c)
    if (region && (region.level === 'city' || (region.level === 'province' && isMunicipality(c)))) return region
  }
  return undefined
}

/**
 * A user's scope: their region, its ancestors (whose offices serve them too) and its descendants (上海市
 * sees every district's and street's implementations). Never a sibling: 黄浦区 does not see 徐汇区's items.
 */
export const isInScope = (itemRegion: string, userRegion: string) => isWithin(userRegion, itemRegion) || isWithin(itemRegion, userRegion)

/**
 * Steps between two regions in the tree: 0 the same, 1 parent or child, 2 grandparent or sibling, …. Regions
 * of different provinces meet at a notional national root.
 */
export function distance(a: string, b: string): number {
  if (a === b) return 0
  const up = [a, ...chainOf(a)]
  const other = [b, ...chainOf(b)]
  for (let i = 0; i < up.length; i++) {
    const j = other.indexOf(up[i])
    if (j >= 0) return i + j
  }
  return up.length + other.length
}
