"""Chinese surname and given-name character data (constants only)."""

from __future__ import annotations

# The ~100 most frequent surnames (together about 85% of the population).
COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎"
    "贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施牛樊葛邢萧赖洪"
)

# Further single-character surnames (百家姓 and modern frequency lists).
OTHER_SURNAMES = frozenset(
    "安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂"
    "成苗谷盛曲翁冉骆蓝路游辛靳欧管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连"
    "芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑"
    "郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘"
    "满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈"
    "晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾"
    "戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由文庹蓬凤仉酆荀羿储汲邴糜松"
    "井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司"
    "韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴郁胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰"
    "郦雍却璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨"
    "居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜"
    "养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公"
) - COMMON_SURNAMES

# Two-character (compound) surnames.
COMPOUND_SURNAMES = frozenset([
    "欧阳", "司马", "诸葛", "上官", "司徒", "东方", "独孤", "南宫", "万俟", "闻人", "夏侯",
    "皇甫", "尉迟", "公羊", "澹台", "公冶", "宗政", "濮阳", "淳于", "单于", "太叔", "申屠",
    "公孙", "仲孙", "轩辕", "令狐", "钟离", "宇文", "长孙", "慕容", "鲜于", "闾丘", "司空",
    "亓官", "司寇", "子车", "颛孙", "端木", "巫马", "公西", "漆雕", "乐正", "壤驷", "公良",
    "拓跋", "夹谷", "宰父", "谷梁", "段干", "百里", "东郭", "南门", "呼延", "羊舌", "微生",
    "梁丘", "左丘", "东门", "西门", "第五", "赫连", "耶律", "完颜", "爱新", "叶赫", "呼兰",
])

# Single surnames that are also function words (于, 和, 来 …) or place-name characters
# (区, 路 …): without a role word or honorific they are not taken as names at all.
FUNCTION_SURNAMES = frozenset(
    "于向和从都那由但干来时相初门区路信能双通广别后空全应成须为"
)
# … of them, those that read as a word before a noun or a name (和: and; 向, 从, 由, 于: to,
# from, by, at; 那: that; 都, 但): 来电人和女士, 书记由龚建明同志担任
BEFORE_A_NOUN = frozenset("和向从由于那都但")
# Surnames that are also frequent in place and shop names (文, 金, 石, 华 …): allowed, lower score.
AMBIGUOUS_SURNAMES = FUNCTION_SURNAMES | frozenset(
    "文安明平国云容展富利公元原强海花权井支计宣普红景苑华盛万南东西北新光胜建长乐山水金石"
)

SINGLE_SURNAMES = COMMON_SURNAMES | OTHER_SURNAMES

# Characters frequent in given names; a name without context must use only these.
GIVEN_NAME_CHARS = frozenset(
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英霞平刚桂兰玉华红梅建国文辉林云飞鹏斌波宇浩凯健俊帆"
    "帅旭宁龙亮志峰东海欣晶婷雪琳颖倩慧晨阳佳怡婕蕾萍燕玲琴芬凤兵彬博才成诚春聪达丹德冬方福富"
    "钢歌光广贵寒涵豪和恒宏鸿虹欢惠家嘉坚江洁金锦进敬君峻康可坤岚莉利良凌璐露伦曼美萌孟铭楠"
    "琪琦奇启千勤青清晴庆秋泉然仁荣蓉容锐瑞睿若珊善少绍深升生胜诗石淑舒爽顺思松素腾天彤桐威"
    "薇巍维卫雯武曦希熙贤祥翔向晓笑新鑫星兴雄轩萱璇勋亚娅岩妍研彦扬瑶耀烨宜义艺易毅逸谊翼音"
    "银莹影永咏友瑜羽雨语钰裕元园远源媛悦月越跃芸运韵泽增展章昭哲珍真振震正政智中忠钟洲珠柱"
    "卓子紫梓宗祖尊佐一二三小大长立世士学之保宝彩灿昌辰程楚川纯翠道定菲奋锋纲港高根庚耕功果"
    "汉好禾河鹤弘洪厚虎花桦环焕会基吉骥纪继济加甲剑娇捷今劲晋京经精景菊钧开克奎昆乐雷连廉柳"
    "隆禄路茂妙民名木妮年农攀培佩朋品朴其谦乾巧卿琼全群冉日如汝润森山尚申声盛实仕守寿书树双"
    "水硕颂随泰堂桃田铁庭通同童图万旺望微为蔚闻舞西喜先仙现宪香湘孝心信杏修绪迅延言炎杨业叶"
    "依亦益寅印迎盈映有佑余育郁苑岳蕴占招照征芝知治致仲州竹壮姿自作琛瑾璟琨玥婧婉娴姗嫣妤婵"
    "娥姣娉茜芷菁蓓莎茹荷菡蕊嵘峥崇昊昕晟晖晔暄曜焱烁煜熠炜灏澄澜沛淳渊滢潇溪铮钦骏驰鸣恺慈"
    "恩忆怀宸宽宥彪翰翊羿珺琰瑛秀兰凤霞丽红梅艳芳娟敏静琳桂芝珍玉贞淑惠婷颖洁瑶倩雅琦馨蓓怡"
    "萍菲燕莉娥嫦蓉姝琬妙韵翠霏凝晗梦婷露岚丹欢彩俐娴瑗筠蕙爱菊芹荣雁蔓茵园艺咏卿聪澜纯毓悦"
    "伯仲叔季孟乃以光耀祥福禄寿喜财发荣贵双丰庆春夏秋冬昌盛德仁义礼信忠孝廉勤俭朗宏毅刚健畅想"
)

# Characters that end a name (grammatical particles, place/organisation suffixes, masks), as
# the name model was trained with them: its features flag them and its training names avoid
# them (privacy.names; changing this list changes what the model reads, and needs a retrain) …
MODEL_STOP_CHARS = frozenset(
    "的了在是和与及等于为对将把被从向已也都就又还但而或并其此该某某号市区县省路街镇乡村局院部"
    "科处厅委办所站队室司厂店校会社组里内外上下前后年月日时分说称讲表今已未无不没请"
    "令犯涉因由自到往至给让叫使向经据按依该各每这那哪谁何啥么吗呢吧啊呀哦嗯"
)
# … and those the rules stop at too: 替 and 跟, prepositions as 向 is (帮忙替|和平安…, 跟|能文明
# 说), added after the model was trained
STOP_CHARS = MODEL_STOP_CHARS | frozenset("替跟")
MASK_CHARS = frozenset("某*＊×xX○〇_-")
# The parts of the names Tibetans and Mongolians go by, which have no surname: a name is one
# part or a few (扎西, 次仁多吉, 格桑卓玛; 巴特尔, 其其格, 乌兰图雅)
UNSURNAMED_NAME_PARTS = frozenset("""
扎西 次仁 多吉 卓玛 格桑 顿珠 尼玛 拉巴 边巴 旺堆 索朗 平措 达瓦 益西 央金 德吉 巴桑 普布 洛桑
丹增 群培 贡布 强巴 次旦 白玛 拉姆 曲珍 仁增 罗布 阿旺 旦增 措姆 加措 嘉措 才让 卓嘎 次珍 米玛
朗杰 索南 多杰 仁青 桑珠 旺姆 拉珍 德庆 泽仁 降措 扎巴 土登 仓决 其美 琼达 次央 德央 旺杰 才旦
昂旺 巴珠 旺久 晋美 格列 贡觉 桑杰 曲扎 斯朗
巴特尔 其其格 乌兰 图雅 斯琴 额尔敦 宝音 朝鲁 苏和 娜仁 格日勒 萨仁 敖登 孟和 哈斯 巴图 那顺
乌力吉 阿古拉 满都拉 额尔德尼 图门 乌日娜 高娃 琪琪格 吉日嘎拉 其木格 萨日娜 阿拉坦 布和
巴雅尔 毕力格 那日苏 苏日娜 格根 塔娜 朝克 斯日古楞 巴音 特木尔 孟克 图布
""".split())  # noqa: SIM905 (a list of words reads best as one)
# Characters frequent in transliterated foreign names (约翰·史密斯, 普京, 默克尔).
TRANSLITERATION_CHARS = frozenset(
    "阿埃艾爱安奥巴拜班邦贝本比彼宾波伯布查达戴丹德迪蒂丁杜多厄恩法菲费芬弗福盖甘戈格古哈海"
    "汉豪赫亨胡霍基吉加贾杰金卡凯坎康柯科克肯库夸拉莱赖兰朗劳勒雷里利莉丽琳卢鲁伦罗洛马迈麦"
    "曼梅门蒙米莫默穆纳奈南内尼妮努诺欧帕潘佩彭皮普齐奇恰乔切琼丘萨塞桑瑟森沙莎舍施什斯松"
    "苏索塔泰坦汤特提汀托瓦万旺威韦维温沃乌西希谢辛休雅亚扬耶伊因英尤约詹兹佐娃娅丝黛蕾"
    "尔夫姆摩翰玛瑞娜茨顿滕奎佛凡扎钦延伍"
)


def surname_of(name: str) -> str:
    """Return the surname prefix of a Chinese name ("" if none is recognized)."""
    if len(name) >= 3 and name[:2] in COMPOUND_SURNAMES:
        return name[:2]
    if name[:1] in SINGLE_SURNAMES:
        return name[:1]
    if name[:2] in COMPOUND_SURNAMES:
        return name[:2]
    return ""
