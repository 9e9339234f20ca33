"""The words that mark a person's name in Chinese text (constants only): role words before it,
titles and honorifics after it. The rules (person_zh), the model's features (names.features)
and its filters (person_model) read the same lists."""

from __future__ import annotations

ROLES = [
    "被申请人", "申请人", "联系人", "当事人", "负责人", "姓名", "名字", "被处罚人", "处罚对象",
    "法定代表人", "法人代表", "户主", "经办人", "投诉人", "举报人", "信访人", "收件人", "寄件人",
    "发件人", "委托人", "代理人", "受托人", "监护人", "患者", "被告人", "被告", "原告", "第三人",
    "承办人", "审批人", "签收人", "报告人", "报案人", "填报人", "填表人", "办理人", "借款人",
    "担保人", "业主", "驾驶人", "驾驶员", "车主", "权利人", "纳税人", "参保人", "被保险人",
    "受益人", "继承人", "犯罪嫌疑人", "嫌疑人", "证人", "求助人", "户名", "执法人员", "工作人员",
    "联络员", "来电人", "值班人员", "值班员", "办案人员", "市民", "村民", "居民", "群众", "职工",
    "家属", "经营者", "店员", "员工", "店主", "摊主", "业户", "股东", "开户人", "持卡人",
    "购买人", "承租人", "出租人", "领取人", "接收人", "送达人", "受害人", "被害人",
]
# Relatives, as assistance and household records name them (由祖母抚养 was masked 由*母, 与伯母
# 同住 伯*): no one's name (privacy.recognizers.products). Not the forms of address that follow
# a surname (ELDERS: 王奶奶), nor 孙子 (Sun Tzu).
RELATIVES = (
    "祖母", "祖父", "外祖母", "外祖父", "外婆", "外公", "姥姥", "姥爷", "伯父", "伯母", "婶婶",
    "舅舅", "舅妈", "姑姑", "姑父", "姨妈", "姨父", "岳父", "岳母", "公公", "婆婆", "儿媳",
    "女婿", "孙女", "外孙", "外孙女", "继父", "继母", "养父", "养母", "父亲", "母亲", "丈夫",
    "妻子", "儿子", "女儿", "哥哥", "姐姐", "弟弟", "妹妹", "嫂子", "弟媳", "堂兄", "堂弟",
    "表哥", "表姐", "表弟", "表妹", "外甥", "外甥女", "侄子", "侄女", "配偶",
)
# A relative after 其 or 的 (his, her; of) before a name is an appositive, as a role word is
# (反映其妻子上官嘉萍独居, 苑青的儿子樊红旗), and so are the people close to someone that
# hotline records name (其邻居钱多多); the rules' alone (the model's features read ROLES), and
# only after 其 or 的: 妇女儿童 holds 女儿, 儿子管老子 a son.
KIN = (*(whose + word for whose in "其的" for word in (
    *RELATIVES, "爷爷", "奶奶", "老伴", "孙子", "邻居", "同事", "朋友", "同学", "室友", "房东",
    "租客", "前夫", "前妻", "子女", "儿女")),
    # … and after 之 of a written record (申请人黄建之子孙振华: 子孙 is a word), or 其 (由其子
    # 孙宇继承, 与其兄花芳因宅基地…; not 其父|母均已, 其孙|子在)
    *("之" + relative for relative in "子女妻夫父母孙媳婿"),
    *("其" + relative for relative in "子女妻夫兄姐弟妹"),
    # … and the eldest or second child (其中长兄花秋月坚持…, 长子向金凤已于…分户)
    *("长" + relative for relative in "子女兄姐"), "次子", "次女",
    # … and a newborn's parents (其父安平安办理了户口登记; not 其父母, 其母子: the rules read no
    # name on from them)
    "其父", "其母",
    # … and step and adoptive parents after anyone (姜伟继父高璐未尽抚养义务: no other word holds
    # them)
    "继父", "继母", "养父", "养母",
    # … and after a spouse a name is joined to (常伟和妻子时文明靠养殖脱贫), or kin taken along
    # (李玉梅携子万海洋前来…)
    *(joined + spouse for joined in "和与" for spouse in ("妻子", "丈夫", "爱人")),
    # … or any relative (儿媳王芳与婆婆信鹏因带孩子…, 与父亲万和平同住)
    *(joined + relative for joined in "和与跟" for relative in RELATIVES
      if relative not in ("妻子", "丈夫")),
    # … or someone close, whom one acts with (与同事金玉兰合力救出…, 与邻居广林发生纠纷, 和队友
    # 信秋月在混双比赛中…)
    *(joined + close for joined in "和与同" for close in ("同事", "邻居", "朋友", "同学", "室友",
                                                         "队友", "搭档", "同伴", "徒弟",
                                                         "助手")),
    *("携" + relative for relative in "子女妻夫父母儿"),
    # … and after 我 of a caller's or a letter's own words (我妈和平安昨天摔了一跤, 我邻居信长江
    # 天天…, 感谢信：我母亲王晶住院期间…)
    *("我" + word for word in (
        *RELATIVES, "爸", "妈", "爸爸", "妈妈", "老公", "老婆", "爱人", "前夫", "前妻", "哥", "姐",
        "弟", "妹", "邻居", "爷爷", "奶奶", "同事", "朋友", "同学", "房东", "租客")))
# The parties, witnesses and officers of court records, role words of the rules alone (the
# model's features read ROLES): 辩护人马文明 was published, 文明 being a word
PARTIES = ("辩护人", "上诉人", "被上诉人", "申请执行人", "被执行人", "审判长", "审判员", "陪审员",
           "书记员", "公诉人", "检察员", "鉴定人", "申诉人", "被申诉人", "罪犯", "目击者", "仲裁员",
           # … of agreements and mediation records (甲方曾红旗，乙方李四: 乙方 was 乙*), of
           # marriage records (女方卢和平 was *和平) and of disclosure requests, whose third party
           # is a person the information names (涉及第三方程东的个人隐私: 方程 is a word)
           "甲方", "乙方", "丙方", "男方", "女方", "第三方",
           # … of leases and loans (出租方：华光明　承租方：时平安: both were published)
           "出租方", "承租方", "出借方", "借款方",
           # … and of sales (卖方上官胜利以房价上涨为由拒绝签约: published)
           "卖方", "买方",
           # … and of criminal records, whose accomplices another case tries (同案犯甘露（另案
           # 处理）was published)
           "同案犯", "同案人", "共犯", "主犯", "从犯", "同伙",
           # … of sentence reductions and parole (假释犯能文明在考验期内…) and of land transfers
           # (流出方能建国: 方能 is a word; not 转入方, which 补贴已转入方文名下 is not)
           "假释犯", "假释人员", "服刑人员", "在押人员", "刑满释放人员", "流出方", "流入方")
# A person's other names (司徒伟（曾用名越小红）: 用名 was masked, 越小红 published), or the one
# they go by (一个自称蒙帅的人冒充…, 小名那玉兰, 一名叫卢军的男子, 我叫和平安): what follows names
# someone, whatever words it reads as (privacy.recognizers.person_zh)
ALIASES = ("曾用名", "原名", "别名", "化名", "自称", "名叫", "小名", "乳名", "昵称", "绰号", "我叫",
           "俺叫")
# The parts people play in the records of offices, transactions and events (受理人, 收款人,
# 产权人, 死者): role words of the rules alone (the model's features read ROLES); 受理人王红旗于…
# was masked 王*旗, the model reading 王红 alone; and the words of a person's other names
PARTICIPANTS = (
    "受理人", "回访人", "接诉人", "批准人", "录入人", "记录人", "调查人", "核查人", "签字人",
    "送件人", "取件人", "陪同人", "介绍人", "推荐人", "申报人", "见证人", "被调查人", "行为人",
    "被询问人", "询问人", "被讯问人", "讯问人", "被约谈人",
    "收款人", "付款人", "缴款人", "领款人", "买受人", "出卖人", "受让人", "转让人", "共有人",
    "承包人", "发包人", "产权人", "房主", "租赁人", "法人", "考生", "病人", "伤者", "死者",
    "遇难者", "逝者", "失主", "收养人", "送养人", "被收养人", "应征青年", "指导教师", "指导老师",
    "参赛选手", "退役军人", "承包方代表", "责任人", "值班领导", "带班领导", "乘车人",
    "发现人", "报警人", "拾得人", "来访人", "陪同人员", "检查人员", "调查人员", "评审专家",
    "拟任人选", "拟聘人员", "拟录用人员", "录用人员", "经手人", "监督人", "证明人", "保管人",
    "政协委员", "实际使用人", "实际控制人", "实际经营者", "候选人",
    # … and of intangible heritage (代表性传承人文鹏从事剪纸技艺: 人文 is a word), legal aid,
    # archives, elderly care and talent schemes (受援人, 查档人于文明: 档人 was masked, 于文明
    # published; 入住人, 引进人才)
    "传承人", "受援人", "查档人", "入住人", "入住老人", "引进人才",
    # … and of repair requests (报修人：王国庆，地址：…: the model found no one) and of checks
    # (复核人和春风)
    "报修人", "复核人",
    # … and of reviews of a service, adoptions and dog bites (评价人龙文明, 领养人安爱国, 被咬伤人
    # 信勇)
    "评价人", "领养人", "被咬伤人",
    # … and the tellers and scrutineers of a village election (唱票人：易**；计票人：时光明)
    "唱票人", "计票人", "监票人",
    # … and who gives a statement (——陈述人王伟: 陈述人 was masked as a name)
    "陈述人",
    # … and who buys a subsidised machine or a grave (购机人文鹏: 人文 is a word)
    "购机人", "购墓人",
    # … and of papers (通讯作者：能文明，电子邮箱…)
    "通讯作者", "第一作者",
    # … and a forest's chief, with the level before it (本村林长全和平负责…: the model read 林长全;
    # 林长 alone ends names before 长期: 其邻居安林长期…)
    "村林长", "级林长", "总林长",
    # … and of unsafe houses, fugitives and owners' committees (房屋使用人, 在逃人员, 网上逃犯,
    # 业委会委员; not 主持人 nor 发言人, before a colon and what is said, or a foreign name:
    # 主持人：谢谢…, 发言人梅赫曼帕拉斯特说)
    "房屋使用人", "在逃人员", "逃犯", "网上逃犯", "业委会委员", "业委会主任",
    "业主委员会委员",
    # … and of credit, rural building, collectives, lotteries and remarks (失信主体, 建房户, 外嫁女:
    # the model read 女王 of 外嫁女王桂芳; 中奖者; 经办：向军; not 彩民, before which the rules read
    # 刘坤守 of 彩民刘坤守号多年)
    "失信主体", "建房户", "外嫁女", "中奖者", "经办",
    # … and of rural revival and farm produce (致富带头人李文的合作社…, 生产者白雪梅，产地…,
    # 乡贤黄平安捐资…: the model found no one)
    "致富带头人", "带头人", "生产者", "乡贤",
    # … and of illegal fund-raising's clean-up (集资参与人师红旗持本人身份证…)
    "集资参与人", "参与人", "出资人",
    # … and of drug rehabilitation, rescue, the missing and social insurance (社区戒毒人员,
    # 受助人员, 被宣告失踪人, 灵活就业人员高欢办理了…: the model found no one)
    "戒毒人员", "社区戒毒人员", "戒毒康复人员", "吸毒人员", "受助人员", "失踪人", "被宣告失踪人",
    "灵活就业人员",
    # … and of food poisoning and family searches (就餐人员花芳食用…后出现呕吐: the model found
    # no one; 寻亲者南宫光明于1990年…)
    "就餐人员", "用餐人员", "寻亲者", "寻亲人员",
    # … and of mining rights, tax arrears and model workers (探矿权人文长江: 人文 is a word; 欠税人,
    # 全国劳动模范华春风带领…)
    "探矿权人", "采矿权人", "矿业权人", "欠税人", "劳动模范", "劳模",
    # … and of science envoys and lift maintenance (科技特派员高明深入田间…, 电梯维保人员全和平未按
    # 规定…)
    "科技特派员", "特派员", "维保人员", "电梯维保人员",
    # … and of licences, rights transferred, land auctions, pledges and private schools (被许可人：
    # 张英: 许可人 was read as a name, 可人; 受让方谷勇通过…: the model found no one)
    "被许可人", "许可人", "受让方", "转让方", "出让方", "竞得人", "承诺人", "举办者",
    # … and of old trees adopted (古树认养人向建国认养…: 养人 was masked)
    "认养人",
    # … and of utilities' customers and trade in grain, tobacco and meat (用水户全和平反映…,
    # 经营户信秋月的生猪产品…: the model found no one; 粮食收购商东方玲: 商 was masked)
    "用水户", "用电户", "用气户", "燃气用户", "经营户", "收购商", "粮食收购商", "零售户",
    "卷烟零售户", "经销商",
    # … and of used cars (二手车商高玉兰隐瞒车辆泡水情况: the model found no one), of oral
    # history (采访人广光明，讲述了…), of work orders, inspections and stores (接单人江海洋,
    # 检查人高明、张伟: 高明 was published; 领用人 乔倩), and of neighbouring households
    # (被邻户马文明多占约0.4亩)
    "车商", "二手车商", "采访人", "受访人", "接单人", "派单人", "检查人", "被检查人", "领用人",
    "带班人", "邻户",
    # … and of archives, pledges, receptions and weddings (查阅人 时光明, 签署人：广爱国, 接待人员
    # 成长江, 证婚人: the model found no one; not 主持人, a transcript's speaker: 主持人：谢谢…)
    "查阅人", "签署人", "接待人员", "证婚人",
    # … and of talks, weapons handed in or licensed, patrols, prizes and surveys (主讲人信秋月,
    # 持枪人华光明, 上缴人师红旗, 巡查人师和平, 中奖人高欢, 受访者能军: the model found no one)
    "主讲人", "持枪人", "上缴人", "上交人", "巡查人", "中奖人", "领奖人", "受访者", "被访者",
    "代收人",
    # … and of goods inspected, clinics, lottery outlets and rectifications (货主　和爱国, 就诊者
    # 于平安, 代销者花海洋, 整改人　和爱国), and compatriots from Taiwan (台胞时光明反映…)
    "货主", "就诊者", "代销者", "整改人", "台胞",
    # … and of cosmetic surgery and libraries (求美者赵磊在某医美机构…: 美者 was masked)
    "求美者", "读者",
    # … and of cadres, teachers and doctors sent to serve elsewhere (挂职干部包杰任某县副县长…: the
    # model found no one; 援疆教师邓敏: 疆 was masked)
    "挂职干部", "援疆干部", "援藏干部", "援疆教师", "援藏教师", "援疆医生", "援藏医生",
    # … and the bench, before a name as after a surname (与法官方海洋…: 官方 is a word; not 老板
    # nor 老师, before foreign names and what a host asks of one: 老板普雷兹奥西, 请王老师谈一下)
    "法官", "检察官",
    # … of awards, patents, donations, proposals and procurement (项目完成人, 发明人, 器官捐献者,
    # 提案人, 中标人, 供货商)
    "完成人", "项目完成人", "发明人", "设计人", "捐献者", "器官捐献者", "遗体捐献者",
    "提案人", "中标人", "供货商", "教职人员", "人大代表", "党代表",
    # … and of dogs, permits, credit, employment, brokerage and health checks (犬主和平安,
    # 取水许可证持有人和建设, 信用主体于红旗, 雇主和平安拖欠…, 经纪人华光明隐瞒…)
    "犬主", "养犬人", "持有人", "信用主体", "雇主", "经纪人", "受检者", "经办人员",
    # … and of special equipment (特种设备作业人员和平无证操作叉车: the model found no one)
    "作业人员", "特种作业人员",
    # … and of the federations' and veterans' records (妇联执委花海洋, 侨眷程红旗, 老干部于红旗)
    "执委", "侨眷", "侨属", "老干部", "老战士", "老兵", "老红军", "立遗嘱人", "遗嘱人", "诉求人",
    "所有权人", "使用权人",
    # … and of medical disputes (患方代表常红旗要求…)
    "患方代表", "患方", "患者家属",
    # … of debts, pledges, insurance, support, gifts and claims (申领人闻一多 was published)
    "申领人", "债务人", "债权人", "保证人", "抵押人", "出借人", "投保人", "被监护人", "赡养人",
    "被赡养人", "抚养人", "扶养人", "捐赠人", "捐款人", "受助人", "肇事者", "肇事人", "应聘者",
    "求职者", "见义勇为者", "遗属", "声明人", "缴费人", "被救助人", "献血者", "爱心人士",
    # … of appeals for missing people, relief, incidents and epidemics (失踪人员江春生: masked
    # 江*生, the model reading 江春 before 生发, hair growth; 次密接王磊: 密接 was masked)
    "失踪人员", "走失人员", "流浪人员", "流浪乞讨人员", "涉事人员", "违章人员", "违法人员",
    # (… and of rescue reports: 落水者能军经抢救无效死亡, 被困人员王伟被安全转移…)
    "落水者", "溺水者", "被困人员", "被困群众", "受伤人员",
    "确诊病例", "密切接触者", "密接者", "接种人", "受种者", "当事民警", "病例", "感染者",
    "无症状感染者", "密接", "次密接",
    # … of trademarks, auctions, permits and state compensation (商标注册人为能军, 竞买人, 持证人,
    # 赔偿请求人文建军对…不服)
    "注册人", "专利权人", "竞买人", "持证人", "赔偿请求人", "请求人",
    # … and of a working group's members (副组长：于平安（区政府办主任）)
    "组长", "副组长", "常务副组长",
    # … and of exit records, housing funds and medical insurance (出境人员高欢所持护照…: the
    # model found no one; 缴存职工, 参保人员)
    "出境人员", "入境人员", "出入境人员", "缴存职工", "缴存人", "参保人员",
    # … and of residents from Hong Kong, Macao and Taiwan and foreigners (外籍人士高明持工作签证…)
    "外籍人士", "外籍人员", "香港居民", "澳门居民", "台湾居民", "港澳居民", "台湾同胞",
    # … and of a news page's credits (责任编辑：全和平 was published)
    "责任编辑", "值班编辑",
    # … and of veterans' records (退役士兵雷鸣于…: thunder)
    "退役士兵", "退伍军人", "退伍士兵", "复员军人", "转业军人", "伤残军人", "现役军人", "烈士",
    # … and of labour dispatch, wage arrears and water supply (劳动者全和平与派遣单位…, 欠薪责任人,
    # 用户广建国的水表…: the model found no one; 劳务派遣工程林: 工程 is a word)
    "劳动者", "被派遣劳动者", "派遣员工", "劳务派遣工", "派遣工", "欠薪责任人", "用户", "供水用户",
    *ALIASES,
)

# The occupations hotline, community and complaint records name people by (快递员罗国强,
# 房东钱永胜, 网格员王国庆): role words of the rules alone (the model's features read ROLES),
# and no one's name themselves (房东要求…, 保姆, 楼长 were masked: privacy.recognizers.products)
OCCUPATIONS = (
    # (… and a party's or a group's representative: 与商家代表广光明达成调解协议)
    *(who + "代表" for who in ("商家", "村民", "业主", "家长", "居民", "职工", "群众", "患者")),
    # (… and the chiefs of roads, rivers and forests at a level of government: 县级路长华光明; not
    # 路长 alone, which begins 路长江)
    *(level + "级" + chief for level in "省市县区乡镇村" for chief in ("路长", "河长", "林长")),
    "网格员", "快递员", "快递小哥", "外卖员", "外卖小哥", "送餐员", "骑手", "保安", "保安员",
    "保洁员", "保洁", "清洁工", "环卫工", "司机", "包工头", "工头", "房东", "租客", "租户", "楼长",
    "楼道长", "管理员", "物业管家", "营业员", "售货员", "收银员", "服务员", "导购", "客服",
    "保姆", "月嫂", "护工", "护士", "护士长", "社工", "志愿者", "民警", "交警", "辅警", "协管员",
    "城管队员", "中介", "业务员", "销售员", "村支书", "村干部", "扶贫干部", "驻村干部", "帮扶干部",
    "第一书记", "辅导员", "班主任", "教练", "导游", "讲解员", "领队", "抄表员",
    "技术员", "维修工", "维修员", "电工", "安全员", "调解员", "厨师", "店长", "门卫", "宿管",
    # … of elderly care, forestry, law, sport, farming and building sites (护理员华红旗, 律师于红旗
    # 为受援人…, 裁判员时光明因…, 林农能海洋: 林 was masked, 项目经理和平安对事故负有…)
    "护理员", "护林员", "律师", "代理师", "专利代理师", "运动员", "选手", "裁判员", "教练员",
    "农场主", "家庭农场主",
    "林农", "果农", "菜农", "茶农", "渔民", "牧民", "项目经理", "文物保护员", "防疫员", "宿管员",
    "村民小组长", "小组长", "社区书记", "特岗教师", "市委书记", "区委书记", "县委书记",
    "市长", "区长", "县长", "镇长", "授权代表", "个体工商户", "值班医生", "商家",
    "村会计", "村出纳", "出纳", "报账员", "摊贩", "摊主", "小贩", "流动摊贩",
    "工人", "装修工", "农民工", "同学", "实习生", "通讯员", "消防员", "消防队员",
    "乡村医生", "村医", "接诊医生", "主治医生", "家庭医生", "卫生监督员", "监督员",
    "主治医师", "医师", "执业医师", "住院医师",
    # … and anaesthetists, whose 麻醉 jieba tags as a name (麻醉科主任徐华说: 麻 was masked)
    "麻醉师", "麻醉医生", "麻醉医师", "麻醉科主任", "麻醉科医生",
    # … and an insurer's loss adjusters (查勘员王健当天就到了现场: 勘员 was masked)
    "查勘员", "定损员", "理赔员",
    # … and the chiefs a river, a road or a grid is put in the charge of (区级河长：付伟; 河长 and
    # 楼栋长 were masked; not 林长, whose 林 ends names before 长期: 其邻居安林长期…), and census
    # takers
    "河长", "湖长", "网格长", "楼栋长", "单元长", "普查员",
    # … and those who watch for disasters and teach farmers or in two languages (水库巡查员任凯,
    # 双语教师吴晶: 查 and 语 were masked; 地质灾害监测员, 气象信息员, 农技员)
    "巡查员", "水库巡查员", "监测员", "信息员", "气象信息员", "灾害信息员", "群测群防员",
    "护堤员", "农技员", "双语教师",
    # … and building workers and craftsmen (木工华和平在施工中…, 剪纸艺人万建设)
    "木工", "钢筋工", "瓦工", "泥瓦工", "油漆工", "水电工", "艺人", "手艺人",
    # … and artists (书法家东方和平现场挥毫…)
    "书法家", "画家", "作家", "摄影家", "摄影师",
    # … and who sells or shows themself online (主播梁鑫直播带货…: 播 was masked; 网红包荣发布…)
    "主播", "网络主播", "带货主播", "网红",
    # … and whose boat, craft or certificate an accident, a fishery or a building record names
    # (船主蓝凤兰: 蓝 and 凤兰 were read apart, 凤 was published; 注册建造师信文明)
    "船主", "船东", "船长", "船员", "电焊工", "焊工", "起重工", "架子工", "建造师", "注册建造师",
    "监理工程师",
    # … and the officers of societies, chambers and foundations (某协会会长高欢未按章程…: 协会会长
    # is one word, and the model read 高欢 as one too), and site foremen (施工员)
    "会长", "副会长", "理事长", "副理事长", "秘书长", "副秘书长", "监事长", "施工员",
    # … and the cadres of family planning (村计生专干田敏上门…: 生专 was masked), and vets
    "计生专干", "专干", "计生干部", "计生员", "兽医", "村兽医", "动物防疫员",
    # (执业兽医师金平安对此不予回应: 师金 was read as the name after 兽医; not 兽医师 alone, which
    # is as often 兽医 and a name of the surname 师), and engineers (监测站工程师黄平安为…讲解: the
    # model's 黄平安 was dropped, no role word before it)
    "执业兽医师", "执业兽医", "工程师", "总工程师", "高级工程师", "助理工程师",
    # … and the repairers a service sends (维修师傅金长江: 傅金长江 was read, the model unsure;
    # not 师傅 alone: 老师傅芳 is 老师 and a name, 请向师傅… a title after a surname)
    "维修师傅", "安装师傅", "上门师傅", "代驾师傅", "司机师傅", "快递师傅", "搬家师傅", "开锁师傅",
    # … and volunteer teachers and investors (支教老师刘丹: 支教 was masked, 支 a surname)
    "支教老师", "支教教师", "乡村教师", "投资商", "救援队员", "救援人员",
    # … and registrars (婚姻登记员东方平安，其耐心劝和…)
    "登记员", "婚姻登记员", "照管员", "校车照管员",
    # … and road menders, live-stream controllers, repairers and invigilators (养护员向文明,
    # 场控和春风在后台…, 维修人员高明到场, 监考员　时爱国)
    "养护员", "道路养护员", "场控", "维修人员", "监考员", "巡考员", "测绘员", "代办员",
    # … and who rides along on a refuse truck (跟车员 王杨: 车 was masked, 王杨 published)
    "跟车员",
    # … and the hotline's own agents (该工单由坐席员华海燕受理: 席 was masked)
    "坐席员", "话务员", "接线员", "座席员",
    # … and testers and inspectors of lightning rods, goods and samples (防雷检测员师红旗对…)
    "检测员", "检验员", "质检员", "化验员",
    # … and who watch waste sorting, take car park fees and help the elderly at home (助老员华和平
    # 每天…: 员华 was read as a name, 和平 published)
    "督导员", "收费员", "助老员", "助餐员",
    # … and the judges of a hearing or a contest (评委龙和平询问其兼职收入…) and a village's legal
    # adviser (法律顾问广林向…解释; not 老师傅: 被老师傅芳打伤 names 傅芳)
    "评委", "评审", "法律顾问",
    # … and mental health doctors and restorers of relics (社区精防医生信海洋, 修复师李*), crop
    # insurance's village agents and designated drivers (协保员王伟反映…: 协保员 was masked;
    # 代驾师傅)
    "精防医生", "修复师", "协保员", "代驾", "代驾师傅", "代驾司机",
    # … and bank tellers, lifeguards, pharmacists and kindergartens' heads (感谢柜员金和平耐心…,
    # 救生员师红旗无证上岗, 园长时光明当场答复: 和平 and 光明 are words)
    "柜员", "救生员", "药师", "执业药师", "园长", "副园长",
    # … and road and drain menders, labour inspectors, cooks, dispatchers, examiners, keepers of
    # relics and libraries, notaries, nursery and domestic workers, lift fitters, seamen and
    # rangers (排水养护工和华冒雨…, 劳动保障监察员信秋月连续奋战…, 大厨华光明坚持…: 和, 信 and 华
    # read as no surnames, 秋月 and 光明 as words)
    "养护工", "排水工", "监察员", "劳动保障监察员", "督查员", "大厨", "主厨", "厨师长", "调度员",
    "考试员", "考官", "文物安全员", "食品安全员", "馆员", "图书管理员", "公证员", "保育员",
    "育婴师", "家政员", "维保工", "检验检疫员", "大副", "轮机长", "引航员", "理货员", "护林队员",
    "巡护员", "监测员", "领班", "班长",
    # … and the people a record places or sends, labour's managers on a site, nursery nurses
    # and technicians (安置人员：能春风, 劳资专管员：高欢, 育婴员高欢在照护期间…)
    "安置人员", "派遣人员", "专管员", "劳资专管员", "育婴员", "技师", "高级技师",
    # … and cooperatives' members and supervisors (社员　包和平　品种…; not 路长 nor 田长,
    # which begin names: 田长江)
    "社员", "督导",
    # … and the militia and its full-time cadres (基干民兵周波连续奋战…, 专武干部金长江负责: 干民兵
    # and 专武 were masked, the names published)
    "民兵", "基干民兵", "应急民兵", "专武干部",
    # … and the chairs of federations and unions (区妇联主席时光明在座谈会上表示: 主席 is a title
    # the model does not read, and 时光明 was published; not 主席 alone, which 户主 and 店主
    # end before a surname: 户主席琴, 店主席玉兰)
    *(body + chair for body in ("妇联", "工会", "侨联", "残联", "文联", "科协", "政协", "工商联",
                                "学生会", "业委会") for chair in ("主席", "副主席")),
    # … and who flies a drone (经查操控人文新华未申报…: 人文 is a word, and the name was published;
    # not 飞手, which 岳飞手书 holds), who runs a neighbourhood's group buying (团长江红旗以…为由
    # 拒绝: 长江 is a word), and collectors (收藏家时光明将…; not 专家, before 和学者 and 组)
    "操控人", "操控员", "团长", "社区团长", "团购团长", "收藏家",
)
# Who a person is in hotline records and news, where a name follows (来电人反映学生万和平在…, 乘客,
# 旅客, 老人, 残疾人, 新兵, 市领导 …: 和平 is a word, and 万和平 was published): role words of the
# rules alone, read as occupations are (not where a longer word ends in one, as 留学生 does, nor
# before a word of time: 老人凌晨)
PEOPLE = (
    "学生", "小学生", "中学生", "大学生", "研究生", "学员", "家长", "孩子", "儿童", "少年",
    "幼儿", "毕业生", "新生", "小朋友", "博士研究生", "硕士研究生", "爱好者", "好人",
    "青年", "妇女", "男子", "女子", "老人", "老太", "老汉", "独居老人", "留守儿童", "孤儿",
    "残疾人", "乘客", "游客", "顾客", "消费者", "买家", "卖家", "农户", "网友", "党员", "党员干部",
    "选民",
    "老党员", "教师", "住户", "商户", "退休职工", "产妇", "孕妇", "行人", "路人", "过路人",
    "网民", "企业家", "市领导", "区领导", "县领导", "省领导", "局领导",
    "新生儿", "婴儿", "新兵", "旅客", "师生",
    # … and doctoral, master's and other students (博士生江长江因违规在实验室留宿…), and who is
    # rescued (被救者信秋月的家属…)
    "博士生", "硕士生", "本科生", "高中生", "初中生", "被救者", "获救者", "遇险者", "被困者",
    # … and of residence registers (流动人口金爱国已办理居住登记)
    "流动人口", "外来人口", "暂住人员",
    # … and a relative (被亲戚花强拉入传销组织: the model found no one), and neighbours (与楼下邻居
    # 花秋月发生口角: 秋月 is a word)
    "亲戚", "邻居", "楼下邻居", "楼上邻居", "隔壁邻居", "对门邻居",
    # … and a village's or a team's mainstays (村里的文艺骨干信伟自编自导了…)
    "骨干", "文艺骨干", "业务骨干", "技术骨干",
    # … and returned overseas Chinese and their families (区侨联走访慰问了归侨信长江)
    "归侨", "侨眷", "归国华侨",
    # … and a bank's or a shop's customers and the buyers of homes (向客户高春风出具收缴凭证,
    # "…，"购房人马海洋说: the model found no one)
    "客户", "购房人", "购房者",
)
# Whom assistance, relief, commendation, candidacy and supervision records are about (帮扶对象：
# 华国锋，… was published: the model finds no one before an organisation's word; 社区矫正对象
# 钱和平在…), the farming households subsidies are paid to or whose land is taken (养殖户黄金凤:
# 黄金 is a common word; 被征地农户) and those an institution provides for (特困供养人员广强于…),
# role words of the rules alone
RECIPIENTS = ("帮扶对象", "救助对象", "慰问对象", "资助对象", "保障对象", "走访对象", "表彰对象",
              "回访对象", "评估对象", "告诫对象",
              "公示对象", "低保对象", "优抚对象", "安置对象", "补助对象", "救济对象", "困难户",
              "低保户", "贫困户", "五保户", "特困户", "拆迁户", "被征收人", "特困人员", "获奖者",
              "养殖户", "种植户", "种粮大户", "种植大户", "养殖大户", "农机大户", "承包户",
              "被征地农户", "征地农户", "被征地农民", "就业困难人员", "公益性岗位人员",
              "发展对象", "考察对象", "培养对象", "矫正对象", "帮教对象", "社区服刑人员",
              "特困供养人员", "供养人员", "特困供养对象", "供养对象", "购机户", "购机者",
              # family planning's rewards, reservoir resettlers' support and relief (计生特扶对象:
              # 生特扶 was masked; 水库移民, 危房户, 受灾群众)
              "特扶对象", "计生特扶对象", "奖扶对象", "计生奖扶对象", "扶助对象", "水库移民",
              "移民户", "后期扶持对象", "危房户", "受灾群众", "受灾户",
              # … and whom an audit of a post's economic duties is of (经济责任审计对象：信秋月
              # （原某局局长）: the model found no one)
              "审计对象", "经济责任审计对象",
              # … and of rebuilt houses, relocation from poor villages and children without
              # carers (危房改造户和敏的新房…, 易地扶贫搬迁户明明一家…, 事实无人抚养儿童文胜利:
              # 抚养's 养 was masked)
              "危房改造户", "改造户", "搬迁户", "易地扶贫搬迁户", "扶贫搬迁户",
              "事实无人抚养儿童", "无人抚养儿童", "困境儿童", "孤儿")
# The heading of a list of people before its first item (拟资助学生名单：白天明，就读于…;
# 发放名单：武和平，残疾等级二级: a list of one is no list), role words of the rules alone, a
# colon theirs
HEADINGS = (*(heading + colon for heading in (
    "名单", "名单如下",
    # … and of the people at a meeting, as its minutes list them (参会人员：时光明、和平安、向前
    # 进、于海洋: only 于海洋 was masked)
    "参会人员", "与会人员", "出席人员", "列席人员", "参加人员", "缺席人员", "出席", "列席", "缺席",
    # … and a signature's field (签字：金秋月: a cell of a form, the name a word or not)
    "签字", "签名", "本人签字", "本人签名",
    # … and a duty roster's and an attendance sheet's (带班：能春风, 签到：信文明; not 值班, before
    # the days of a week: 本周值班：周一陈志强，…), and of honours (模范个人：于红旗、和东平)
    "带班", "签到", "先进个人", "模范个人", "优秀个人", "先进工作者",
    # … and who checked or drew up a form, and a working group's members (审核人：程红旗, 组员：
    # 和爱国: a form's field, the name a word or not)
    "审核人", "复核人", "制表人", "组员", "成员")
    for colon in "：:"),)
TITLES = [
    "先生", "女士", "小姐", "同志", "老师", "师傅", "医生", "律师", "主任", "局长", "处长",
    "科长", "书记", "市长", "县长", "区长", "镇长", "村长", "乡长", "厂长", "经理", "董事长",
    "院长", "校长", "所长", "站长", "队长", "警官", "教授", "博士",
]
# The forms of address of neighbours and elders (王阿姨, 李叔叔, 张大爷), which hotline and
# community records name people by …
ELDERS = ("阿姨", "叔叔", "大爷", "大妈", "奶奶", "爷爷", "阿婆", "大姐", "大哥", "大叔", "大婶",
          "大嫂")
# … honorifics as 先生 and 女士 are, and 老板 (仇老板, the boss Qiu), 法官 and 检察官 (由胡想法官
# 承办), 大夫, a doctor (张伟大夫每周三坐诊: 伟大 is a word), and the clergy's titles (寺庙住持杨建
# 法师…: 法 was read as a third character): only after a name.
HONORIFICS = frozenset(["先生", "女士", "小姐", "同志", "老师", "师傅", "老板", "法官", "检察官",
                        "小朋友", "大夫", "法师", "神父", "牧师", "道长", "阿訇", *ELDERS])
# After a name, a couple, or a parent and a child, named by one of them (韩国强夫妇经营…):
# the name is a person's (not 夫妻 alone, which follows 系 more often than a name: 与黄桂英系
# 夫妻关系)
FAMILY = ("夫妇", "夫妻俩", "夫妻二人", "夫妻两人", "父子", "母子", "父女", "母女", "兄妹", "姐妹",
          "兄弟", "姐弟")
# After a name, what is held in someone's name or done for someone (胡英名下的银行卡, 委托张婷
# 代领, 家属陈婉清代为签收): the name is a person's whatever comes next (名下银行卡 names no
# bank).
HELD_FOR = ("名下", "代领", "代为")
# What someone calling, writing or asking does after their name (来电人云帅咨询…, 应建华反映…)
REPORTS = ("反映", "投诉", "举报", "咨询", "求助", "来电", "来信", "来访", "诉称")
# Verbs whose object is a person, in the notices of appointments and the judgments government
# publishes: 任命王伟为…, 免去王国华的…职务, 判处辛业江有期徒刑… (the rules', with what follows
# the name: privacy.recognizers.person_zh._FRAME_WORDS)
APPOINTING = ("任命", "免去", "聘任", "聘请", "聘用", "录用", "提名", "推选", "选举", "增补",
              "补选", "判处", "提拔")
