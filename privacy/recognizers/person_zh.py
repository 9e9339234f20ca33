"""PERSON (Chinese): surname-anchored names scored by context, dictionary and segmentation cues."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from functools import cache, partial
from pathlib import Path

from privacy.chinese import NAME_TAGS, WORDS_TAGGED_AS_NAMES, alternatives, is_cjk
from privacy.lexicon import Lexicon, lexicon
from privacy.recognizers.base import Candidate, CellHints, ScreenRecognizer
from privacy.recognizers.cues import (
    ALIASES,
    APPOINTING,
    ELDERS,
    FAMILY,
    HEADINGS,
    HELD_FOR,
    HONORIFICS,
    KIN,
    OCCUPATIONS,
    PARTICIPANTS,
    PARTIES,
    PEOPLE,
    RECIPIENTS,
    RELATIVES,
    REPORTS,
    ROLES,
    TITLES,
)
from privacy.recognizers.handle import organisation_accounts
from privacy.recognizers.name_context import (
    GLUED_LEFT,
    LEVELS,
    PLACE_TAGS,
    PREPOSITIONS_TO,
    a_date_after,
    a_listed_place,
    a_location,
    a_quoted_thing,
    begins_a_name,
    begins_a_word,
    followed_by_a_thing,
    glued_left,
    left_crossing,
    names_a_shop,
    names_a_thing,
    right_crossing,
    towards_this_body,
)
from privacy.recognizers.person_model import (
    ADDRESSING,
    ADVERBIALS,
    BEARING_BLAME,
    BIDDING,
    BLANKS,
    CONFIDENT,
    CONJUNCTION_SURNAMES,
    DONE,
    DONE_IN_A_ROLE,
    EVIDENT,
    FIELD_BEFORE,
    FIELD_MARKS,
    FOR_OR_TOWARDS,
    FUNCTION_TAGS,
    GIVEN_WORD_TAGS,
    HOME_PARTS,
    HOUSEHOLD,
    HOUSEHOLDS_COUNTED,
    LIKELY,
    LIST_GLUE,
    MODEL,
    NAME_DOTS,
    NOUN_AS_GIVEN,
    OF_KIN,
    ONLY_PLACES_END,
    ORDINARY,
    PERSONAL_PRONOUNS,
    PROPER_GIVEN,
    PROPER_WORD_TAGS,
    SHORT_TEXT,
    SOMEONE_WORDS,
    SQUAD_LEADERS,
    SURE,
    WEEKDAYS,
    WITHIN_A_TIME,
    WORDS_NAMING_SOMEONE,
    ModelNames,
    a_demonstrative,
    a_party,
    a_rare_noun,
    a_verb,
    a_verb_at,
    a_visited_household,
    acts_after_a_name,
    acts_right_after,
    before_a_number_in_words,
    before_the_bidden,
    common_compound,
    does_an_act,
    inside_a_word,
    merge,
    nameless_terms,
    spaced_names,
    starts_an_act,
    written_as_a_name,
)
from privacy.recognizers.products import (
    PRODUCTS,
    a_body_shortened,
    a_drug_stem_in,
    in_a_drug_name,
    product_mentions,
)
from privacy.recognizers.surnames import (
    AMBIGUOUS_SURNAMES,
    BEFORE_A_NOUN,
    COMMON_SURNAMES,
    COMPOUND_SURNAMES,
    FUNCTION_SURNAMES,
    GIVEN_NAME_CHARS,
    MASK_CHARS,
    SINGLE_SURNAMES,
    STOP_CHARS,
    TRANSLITERATION_CHARS,
    UNSURNAMED_NAME_PARTS,
    surname_of,
)

_A_PARENT = ("其父", "其母")  # (KIN: 其父安平安办理了…)
_AGED = "岁的"  # an age before a name (今年78岁的邢长江是…), a role word of the rules
_PREFIXES = (*ROLES, *KIN, *PARTIES, *PARTICIPANTS, *RECIPIENTS, *OCCUPATIONS, *PEOPLE,
             *HEADINGS, _AGED, *(t for t in TITLES if t not in HONORIFICS))
_HONORIFIC = re.compile(alternatives(sorted(HONORIFICS)))
_HELD_FOR = re.compile(alternatives(HELD_FOR))
# whose parent, child or spouse is named after a name (朱红旗的儿子, 向建国母亲)
_KIN_NAMED = "(?:父亲|母亲|儿子|女儿|妻子|丈夫)"
# … and before the relative's own name (和长江母亲万芳在…; not 祖国母亲的, 荣升父亲后)
_KIN_BEFORE_A_NAME = _KIN_NAMED + "(?=[" + "".join(sorted(COMMON_SURNAMES)) + "])"
# (… not after becoming one, which no name is: 佟大为荣升父亲, 荣升 was masked as a name)
_BECOMING = "".join(f"(?<!{verb})" for verb in ("荣升", "成为", "当上", "升级", "晋升"))
# a list of people that goes on with a name masked already (新增东方平安、凌*两人, 由华和平、龙*
# 两名救援人员): whatever words its given name is, it is one
_BESIDE_A_MASKED_NAME = re.compile(
    r"、[\u4e00-\u9fff]{1,2}(?:[*＊]{1,3}|某{1,2})等?[两二三四五六七八九十](?:人|名|位)")
_CONTACTS = ("联系电话", "电话", "手机")  # a contact number right after a name (家属于磊电话1339…)
# Who else a name is named with: a couple or a parent and a child (FAMILY), a family
# (何红旗一家的遭遇; not 一家 before what one is: 开设一家公司), the others named with it
# (汪红旗等三人, 王伟等12名同志), or the household an assistance or a relocation record means
# (蔡爱国家庭人均收入, 许桂芳户家庭人均收入: masked 许桂**, 桂芳户 read as a name; 江红旗户分得
# 5幢301室; 安爱国户因病致贫，纳入…), or what happens at their home (周建国家中无人: 国家, a
# state, read across the name) or to it (于爱国家被列入拆迁范围, 信文明户被征收…), or the
# household counted with others (把马爱国家等下游5户群众转移)
_NAMED_WITH = re.compile("|".join(FAMILY) + "|一家(?=[的人三四五六七八九])"
                         "|等(?:[0-9一二三四五六七八九十两]{1,3}[人名位户]|人)"
                         "|户?[，,]?家庭(?:[月年]?人均|成员|[月年]?收入|困难|住址|情况|人口)"
                         "|家的(?:宅基地|房屋|承包地|责任田)|家[中里](?:无人|有人|失窃|被盗|漏水|起火)"
                         "|[家户]被(?:列入|纳入|征收|评为)"
                         "|户(?:房屋|住房|分得|选定|选择|签约|领取|获得|纳入|被纳入|享受|申请|因(?:病|灾|学|残|伤))"
                         "|家门口|" + HOUSEHOLDS_COUNTED)
_NAMED_WITH_FIRST = "".join(sorted({w[0] for w in FAMILY} | set("一等家户")))
# A mobile number, in brackets or not, which right after a name is a person's
_MOBILE = r"[（(]?(?:\+?86[ -]?)?1[3-9][0-9]{9}(?![0-9])"
_MOBILE_AFTER = re.compile(r"[ \t]*" + _MOBILE)
# After a name: "，身份证号…", "（男）", "，现年12岁", "：您…", "：你好" (a letter's salutation), an
# ID (罗和平 330102…, masked or not), "的个人隐私" (whose privacy a disclosure reply withholds: 涉及
# 第三方石海洋的个人隐私, 海洋 being a word), whose injuries, illness, remains, cards, pension,
# contributions or business licence (宁静的伤情为轻伤二级, 和爱国的医保卡被他人冒用, 宁静的社保缴费
# 记录, 金和平的营业执照), who was talked round (华和平经劝导后…), a company's legal representative,
# a professional title or a pupil's (苗玉兰工程师, 温红旗同学; after a full name only: 任工程师 is
# an office held, 二班同学 a class), whose parent, child or spouse is named (朱红旗的儿子, 江和平之
# 子田伟; not 抚养大他的妻子), a speech someone makes (区委书记苏立新作动员讲话: 新作 is a word),
# the door of someone's house or where the household lives (高爱国家门前, 王建国家住城东: 国家 is a
# word), a court's summons (被告段秋月经传票传唤: 月经 is a word), who someone is in a household or
# a signature, in brackets (和立新（户主）, 华秋月（已故）, 石和平（来电人）, 安静（代）), or their
# post or the name being a pseudonym (能春风（村党支部书记）, 明明（化名）), the
# parties and offences of court records and the disputes of any (上诉人包雪梅因与…, 房东欧玉梅因
# 押金退还问题发生纠纷: 梅因 is a word; 与被告欧阳建国民间借贷
# 纠纷: 国民 is one; 被告人安静犯盗窃罪, 证人文兵出庭作证), HELD_FOR (名下, 代领), _NAMED_WITH and
# _CONTACTS with a number also mark a person; so do a
# letter's salutation (信文明您好, 和涛，你好, 时光明：本机关于…), a hearing's
# (全建国，本机关定于…), a business (和爱国个体工商户…), a birth year or a disability's grade after
# a comma (金和平，1921年生; 文胜利，肢体三级), a household's house (安爱国户的房屋), who someone is
# (信文明是村里的…, 于红旗这个人), what someone said (金和平说，他…, 信文明说：“…), a couple in
# brackets (（夫妻）), a household commended (能文明家被评为…, 和敏一家被评为…, 文胜利家庭获评…), a
# veteran's or a resident's status after 系 (和春风，系一级伤残军人), a user of the web addressed
# (成超网友您好) or reporting (易建国网友反映的…), a thesis, a degree's, a birth or death
# certificate or a disability card (成杰的学位论文), a driving licence, a vehicle's plate or a
# household registration (和敏驾驶证记满…, 华和平，号牌…, 程文明户籍已迁出…), the person
# themself (胡建国本人表示…), whose act breaks a law (和爱国的行为违反…), a relation to someone
# else (能文明与成某系夫妻关系), what someone's kin says of them (据和平安母亲讲…), and in a
# remark's cell whose kin or household someone is or who signed for someone (信海洋之妻, 向建国
# 母亲, 程红旗户, 时涛代签; not 邵业户, a business's owner), someone with their kin (已与易红旗
# 及其女婿…沟通), a reply's addressee (包和平，您反映的…), who is satisfied with how a complaint
# was handled (广涛对校车超载问题的处理表示满意), a list that goes on with a name
# masked already
# (_BESIDE_A_MASKED_NAME), the post an accident report gives someone at an anonymised body (能
# 文明，某公司法定代表人，对事故…; not ，中共党员 alone, which follows a résumé's birthplace too:
# 籍贯浙江宁波，中共党员), a martyr (金和平烈士墓前; not a martyrs' cemetery, 龙华烈士陵园), and a
# household's bills, meters, dog and child (华文明家的电费已欠缴…, 万和平家的狗未拴绳, 成卫东家的
# 孩子), a person's shop, stall, farm or cooperative (郭红的餐馆油烟扰民, 成秋月的摊位无证经营,
# 姜帅的合作社已经带动…), what is paid to a person (能军的补贴资金已通过一卡通发放), what
# someone holds that an office issued (郭文持医院出具的费用清单…), whose household is poor
# (白建国家里困难: 国家 is a state), an obituary's farewell (万光明千古！), whose account's
# money moves (银行发现成静账户资金快进快出), what a remark says was done after a space (于爱国
# 已入户核实) and whose household's gas or power use rose (白雪梅家燃气用量…).
_AFTER = re.compile(
    r"[ \t]*(?:[，,（(][ \t]*(?:身份证|公民身份|性别|男|女|年龄|现年|民族|联系电话|电话|手机|住址"
    r"|某[\u4e00-\u9fff]{1,8}?(?:法定代表人|负责人|实际控制人|股东|经理|站长|所长|安全员|员工)"
    r"|系(?:[一二三四1-4]级)?(?:伤残|残疾|退役|复员|转业|烈士|退休|在校|本村|本社区|我村|该村))"
    r"|[:：][ \t\n]*(?:您|你好|本机关于)"
    r"|[，,][ \t]*(?:本机关|本局|本院|本委|本办)(?:于|定于|已|收到|现|依法)"
    r"|个体工商户"
    r"|" + _MOBILE + r"|[0-9]{6}[0-9*]{11}[0-9Xx*](?![0-9]))"
    r"|(?:身份证|户口簿|户口本|结婚证|房产证)复印件|家门[前口]|家住(?![房宅])|您好|[，,](?:你好|您好)"
    # (a form's next field about the person, after blanks: 受害人登记：师红旗　　年龄：76岁)
    r"|[ \t\u3000]+(?:性别|年龄|民族|籍贯|身份证号码?|出生日期|出生年月|身份|工作单位|家庭住址"
    r"|住址|联系电话|监护人)[：:]"
    r"|家里(?:困难|贫困|条件|经济)|千古[！!]"
    r"|家的(?:电费|水费|燃气费|燃气表|电表|水表|燃气管道|燃气软管|狗|犬只|孩子"
    r"|[\u4e00-\u9fff]{1,3}?犬)"
    r"|家(?:燃气|用电|用水)用量|[ \t]+已(?:签收|入户|核实|领取|缴纳|签字|提交|预约)"
    r"|的?账户(?:资金|余额)"
    r"|烈士(?!陵园|纪念|公园|广场|墓地|事迹陈列)"
    r"|一?家被评为|家庭(?:获评|被评为|荣获)"
    r"|这个人|那个人|他们家|她们家|你好|网友(?:您好|你好|反映|留言|提问|来信|建议|咨询|称)|"
    + _BESIDE_A_MASKED_NAME.pattern
    + r"|[，,](?:肢体|视力|听力|言语|智力|精神)(?:残疾)?[一二三四1-4]级|说[：:]“|(?:说|称)[，,]“"
    r"|[，,][一二三四五六七八九十0-9]{1,2}组(?:村民|居民)|户的?(?:房屋|住房|宅基地|承包地)"
    r"|是(?:村里|社区|小区|本村|我们)的|是一[名位]|说[，,](?:他|她)(?![们人])"
    r"|[，,][ \t]*(?:1[89]|20)[0-9]{2}年(?:[0-9]{1,2}月)?(?:生|出生|牺牲)|[，,]准考证号"
    r"|的个人(?:隐私|信息|账户)|的(?:报警|报案|举报|求助)(?:后|电话)|的诉求|开的(?=[店饭超餐公小])"
    r"|的(?:伤情|伤势|病情|遗体|骨灰|医保卡|社保卡|身份证|银行卡|驾驶证|户口本|退休金|养老金|抚恤金|营业执照"
    r"|丧葬费|社保缴费|居民身份证|护照|出入境证件|孩子|事迹|伤残等级|病历|车辆|学籍|人事档案"
    r"|奶奶|爷爷|外婆|外公|姥姥|姥爷|表弟|表哥|表妹|表姐|哥哥|姐姐|弟弟|妹妹|老伴"
    r"|学位论文|毕业论文|学位证书|毕业证书|出生医学证明|死亡证明|死亡医学证明|残疾人证|残疾证"
    r"|餐馆|饭店|网店|店铺|摊位|摊点|门店|商铺|小吃店|早餐店|诊所|作坊|养殖场|农家乐"
    r"|补贴资金|补助资金|补贴款|补助款|救助金|赔偿款|合作社|家庭农场)"
    r"|驾驶证(?!件)|[，,]号牌|户籍(?:已|在|地)|户口(?:已|迁|在|于)"
    r"|本人(?:表示|称|同意|已|签字|签署|签名|确认|未|账户|的账户|银行卡|社保卡)"
    r"|的行为(?:违反|构成|已构成|属于)"
    r"|与[\u4e00-\u9fff]{1,4}?系(?:夫妻|母子|父子|母女|父女|兄弟|姐妹|兄妹|姐弟|邻居|同事|亲属)"
    r"|经(?:劝导|劝说|批评教育)"
    # (where someone lives or works, and a team named after its leader: 须向华飞所在的街道办事处
    # 备案, 在广爱国班组完成考勤确认后; not a team's leader: 维修班组长)
    r"|所在的?(?:街道|社区|村|小区|单位|公司|学校|班级|部门|科室|网格|管理处|车间)|班组(?!长)"
    # (… and someone alone doing something: 花和平一个人要盯两个池子, 全建国独自乘电梯时)
    r"|一个人(?:要|在|住|生活|照顾|带|负责|承担|看|管|干|扛|撑)|独自"
    # (… and the vehicle someone drove: 与和东平驾驶的小轿车发生碰撞)
    # (not 文明驾驶的车辆: civil driving's vehicles)
    r"|驾驶的(?:小轿车|轿车|货车|电动车|摩托车|三轮车|出租车|网约车|面包车)"
    r"|[为系](?:该|本)?(?:公司|企业|单位|店|厂|合作社)?的?(?:法定代表人|实际控制人|股东|户主|实际经营者)"
    r"|经(?:本院)?(?:合法)?(?:传票)?传唤|(?<![我你他她它们])的" + _KIN_NAMED
    + r"|之[子女妻夫父母](?=[\u4e00-\u9fff]|$)|" + _BECOMING + _KIN_NAMED + r"$|"
    + _KIN_NAMED + r"(?:讲|说|称|表示|反映)|"
    + _KIN_BEFORE_A_NAME
    + r"|代签|代收|及其(?:" + _KIN_NAMED[3:-1] + r"|女婿|儿媳|配偶|子女|家属|家人|父母"
    r"|委托代理人|代理人|法定代理人|监护人|代理律师)"
    r"|[，,][ \t]*您(?:反映|提出|提交|来信|申请|咨询|投诉|举报|于|所)"
    r"|对[\u4e00-\u9fff“”]{1,24}?表示(?:满意|非常满意|感谢|认可|理解|不满意)"
    r"|[（(](?:学号|工号|考号|准考证号|学籍号)|等(?:候选人|持证旅客|旅客|考生|学员|会员|选手|运动员"
    r"|村民|居民|群众|业主|家长|职工|农户|老人|党员|志愿者)"
    r"|(?<![业住商农用客散])户$|户符合"
    r"|[（(](?:户主|已故|代|代签|代领|本人|家属|配偶|长子|长女|次子|次女|儿子|女儿|妻子|丈夫|父亲|个体"
    r"|母亲|来电人|投诉人|举报人|信访人|申请人|当事人|联系人|负责人|经办人|店主|业主|车主|房主"
    r"|经营者|夫妻|夫妇|化名|[\u4e00-\u9fff]{0,8}?(?:书记|主任|村长|组长|社长|站长|所长|局长|会长"
    r"|主席|队长|委员|代表|经营者|负责人|法定代表人|店主|老板))[）)]"
    r"|因与|民间借贷|犯[\u4e00-\u9fff]{1,12}?罪|出庭"
    r"|(?<![人们者])因[\u4e00-\u9fff]{1,10}?(?:发生|产生|引发)(?:纠纷|争执|矛盾|口角)"
    r"|持[\u4e00-\u9fff]{1,10}?(?:出具|开具|签发|核发|颁发)的"
    r"|作了?(?:重要|动员|总结|工作|专题|主旨|表态)(?:讲话|报告|发言|部署)"
    r"|(?:高级)?(?:工程师|会计师|经济师|农艺师|主治医师|医师)|同学(?![们会])"
    r"|护士长|副?[大中支]队长"
    r"|" + _HELD_FOR.pattern
    + r"|" + _NAMED_WITH.pattern
    + r"|(?:" + "|".join(_CONTACTS) + r")[:：]?[ \t]*[（(]?(?:\+?86[)）]?[ -]?)?[0-9]"
    + r"|[ \t]{1,2}(?:" + "|".join(TITLES) + ")"
)
# Titles and honorifics after a surname (the model's features read TITLES alone: an honorific
# such as 阿姨 is the rules' without a retrain)
_TITLE = re.compile(alternatives(sorted({*TITLES, *HONORIFICS})))
# … and after a whole name, the deputies' titles and a few more of office too (程红旗副县长分管…,
# 王伟主席; not after a surname alone: 任副厂长 and 任主席 are served as one)
_OFFICES = ("主席", "部长", "行长", "社长", "组长", "会长", "总经理", "秘书长", "指导员", "政委",
            "大队长", "中队长", "支队长", "教练")
_TITLE_OF_A_NAME = re.compile(alternatives(sorted({
    *TITLES, *HONORIFICS, *_OFFICES,
    *("副" + title for title in (*TITLES, *_OFFICES) if title.endswith(("长", "主任", "书记",
                                                                      "经理", "主席", "教授")))})))
# What a clause's subject does that places and organisations do too: have done something on a
# date (阮勇于2026年11月20日向我局申请…; 富阳于2014年撤市设区), win an award or be named one
# (卫成荣获…, 韩国强被评为…), be of an age (白天明今年68岁: a town is, too): after a name only
# where it is no word of the dictionary but a name's (_subject_verb_after).
_DEEDS = ("于[0-9]", "于(?:昨日|今日|当日|次日|近日|现场)", "荣获", "获评", "被评为",
          "今年[0-9一二三四五六七八九十百]+岁")
# What only a party to a case does: address the court or the other party, plead, state,
# confess, be brought to justice, mean to take what is another's (原告方舟向本院提出…, 被告人高山
# 以非法占有为目的…, 被告和平安向原告借款…)
_COURT_ACTS = ("向本院", "辩称", "诉称", "述称", "供述", "归案", "以非法占有为目的", "向原告",
               "向被告")
# What a person does in disputes and hotline records, engaging someone for something or going with
# them (万和平委托芮伟代为…, 苏和平陪同曾伟到医院, 和凤英冒用…, 漆红酒后辱骂…), thinking, hoping,
# refusing or being dissatisfied (但建国希望…, 应博拒绝签收, 和秀荣对处理结果不满意), the reason of
# what is decided about them (考生万国庆因考试作弊…), a breach (于爱国违规操作, 擅自, 私自), living
# alone, a death, a request to the office that answers it (须兵向本机关提出…), or what someone owes
# or refuses (，盛玉兰拖欠其工资, 包工头能文明拖欠工人工资, 拒不, 拒付), promises, hides or takes
# (房东时光明答应退还押金, 承诺, 隐瞒, 收取), runs or does of their own accord (，苏军经营的超市, 事
# 后，练兵主动赔偿), drinks, drives or runs a red light, has no licence, objects, claims, applies,
# donates, holds shares, steals with someone, says or hands on something (白红旗醉酒驾驶, 华红旗驾驶
# 的货车, 和海洋无证经营, 安静不服, 尉红霞主张…, 白红旗持股60%, 时文明伙同…, 时秋月所述情况, 石和平
# 传达了…), whose family or parent someone is (华红旗家属对…有异议, 向建国家长申请转学), being
# brought to justice, meaning to take what is another's (和平安归案后, 高山以非法占有为目的), doing
# for a child, a fault found in someone, misappropriating or donating (家长花华为孩子报名, 网约车司
# 机于平存在拒载行为, 挪用公款, 能文明捐款), what drivers, guides and passengers do or suffer in
# complaints (出租车司机能春风绕路, 导游华和平未按合同…, 乘客能敏摔倒), sending a parcel, signing,
# and what an office does to the one a role word names (与业主时光明签订…, 对被执行人信长江采取…, 对
# 经营者时文明进行了约谈, 向患者家属明月说明了…), joining the army, underpaying tax, carrying or
# posting something, following a craft (应征青年时光明被批准入伍, 纳税人和春风少缴…,
# 旅客花海洋携带…, 传承人于红旗从事剪纸技艺), what a farmer does with land or buys, an archive
# searched (村民和春风将其承包地…, 信长江购置的插秧机, 查档人于文明查询…), blame for an accident, a
# breach, a duty failed, impersonating, lateness, a proposal made, a home
# (项目经理和平安对事故负有…, 塔吊司机时光明违章作业, 安全员能文明未履行…, 于红旗冒充客服人员, 供货
# 商信长江逾期交货, 人大代表和建国提出的建议, 居民时光明家中…, 当事人和平安对处罚决定不服), serving
# a sentence, false claims, a death in war, leading, a record of service, an election, a breach of
# discipline, helping, going home (罪犯时光明服刑期间…, 项目负责人和爱国虚报冒领…, 驻村第一书记时海
# 洋带领…, 和斌严重违纪…), what a patient's family asks, a teacher, a courier or a cleaner does, a
# surgeon's before and after, finding, losing, suing, falling ill or helping (患方代表常红旗要求…,
# 班主任王文体罚学生, 宿管员华和平发现…, 乘客金平安协助…), and what petitions, courts, registers,
# replies, schools and news say a person did, owns or holds (华和平称其…, 被告和爱国于本判决…, 当事
# 人信文明对违法事实无异议, 特岗教师和平安…任教, 市委书记时光明主持召开…, 和平安持有的…, 于红旗所在
# 的企业…, 信文明先后多次…, 时爱国持伪造的…, 于红旗对抽检结果有异议), where someone lives under
# supervision or shows an identity card (假释人员和春风所在社区反映…, 查档人信文明持身份证…), and
# what accident, fire, epidemic, donation and patent records say of someone (工人和爱国从高处坠落,
# 商户于红旗在店内…, 金和平开办的作坊, 客运驾驶员能红旗连续驾驶…, 次密接全和平已居家观察, 病例于平安
# 的活动轨迹, 和春风发病前…, 华文明个人捐款…, 和华发明的…), forging to defraud, favouritism,
# objecting to a decision on compensation (村干部时爱国优亲厚友, 赔偿请求人文建军对赔偿决定不服),
# suing someone, a household's size, a speech and how someone said something (原告成伟诉你…, 时伟户
# 共有人口4人, 钱伟致辞, 包伟感激地说), a life before a death (信文明生前系退休教师), a judge
# sitting alone (审判员全和平独任审理), a graduate's contract, a worker's dispute (毕业生时爱国已与
# 某公司签约, 劳动者和平安与用人单位…), a certification done, costs claimed (和涛已完成…资格认证, 和
# 斌报销住院医疗费用…), what someone holds or does without a permit (出境人员高欢所持护照…, 华和平在
# 未取得林木采伐许可证…), what officials do in reports of meetings and visits (王超实地察看…, 和爱国
# 为获奖代表颁发…, 信文明表态…, 于红旗对下一步工作…), and what news says of winners and of someone's
# feelings or childhood (白雪梅获得二等奖, 时爱国打破了…, 华光明从小就…, 信文明信心满满), a
# qualification, a brave act, a pass to cross a border, a call received, pigs sold, a dog kept,
# going door to door, resigning, where a family lives, what someone grows, raises or keeps, being
# selected and visiting a grave (和华具备…资格, 华文明跳入河中…, 南宫光明持往来港澳通行证…,
# 钟想接到…, 龙杰出栏…, 黄阳家饲养的…, 信新华挨家挨户…, 信文明辞职, 白建国家所在…, 和涛种植的…, 石和
# 平饲养的…, 能红旗上坟…), a complaint to a hotline, arrears paid, driving for hire and illegal
# mining, what a mediation has someone pay, going into hospital, changing schools, driving, acting
# for a company, adopting and refusing or paying a fee (花长江向12315投诉…, 欠税人信文明已缴清…,
# 司机广爱国驾驶网约车…, 白雪梅非法采砂…, 文和平一次性赔偿…, 安爱国入院后…, 李荣拒交物业费), insider
# dealing and what is set up or wired without leave (成林利用内幕信息…, 成林私设屠宰点), a paper
# published, practice without a qualification and a seat taken (能春风发表的论文…, 于红旗无医师资格
# 为他人注射…, 乘客和爱国霸座), working away from home (张伟进城务工多年), checking in (李俊入住某
# 宾馆时…), a post held and an honour won (来电人孙浩担任…, 刘洋荣获…: 担 and 荣 were masked),
# colleagues and carrying someone out (居民许晴和同事们…, 居民吴刚背出…: 和 and 背 were
# masked), a dog or money taken along, a family, living alone and giving blood (马文明携犬外出…,
# 和爱国的家属…, 和春风独自居住, 时爱国无偿献血…), knowing (程文明明知…), leaving or coming
# to hospital and staying in a village (时莹出院后…, 钟想来院就诊…, 华雪梅驻村以来…), a
# suspicion, honesty, what someone claims and a household of the village (和鹏涉嫌故意伤害罪,
# 时海洋拾金不昧, 易爱国自称…, 能文明为本村脱贫监测户), letting one's own house (和春风将自有住房
# 分隔出租…), compensation received and leading the way (和平安获赔12,400元, 广平安带头跳进…),
# and the share of the blame an accident's finding gives (金玉兰承担次要责任), what someone cannot
# show (店长和平无法提供认证证书), which
# offices and things do too: after a name only where neither it nor its given name is a word of the
# dictionary but one a name is (商家拒绝, 区|财政借给该企业, 公开信认为; not 安静借给)
_ACTS = ("担任", "荣获", "获评", "辩称", "和同事", "和队友", "和搭档", "背出", "背起", "勇斗",
         "篡改", "委托", "陪同", "冒用", "借给", "酒后", "雇佣", "认为", "希望", "拒绝", "不同意",
         "无法提供", "无法出示", "无法说明",
         "不满意", "对处理结果", "因", "违规", "擅自", "私自", "当场死亡", "去世", "病故", "身亡",
         "独居", "向本机关", "向本局", "向我局", "向本院", "向我院", "向本委", "向我委", "向本办",
         "向我办", "拖欠", "拒不", "拒付", "经营的", "主动", "醉酒", "无证", "驾驶的",
         "驾驶机动车", "驾驶小型", "驾驶超", "驾驶货车", "驾驶大货车", "驾驶车辆", "驾驶无",
         "驾驶电动", "驾驶摩托", "闯红灯", "血液中", "合伙", "不服", "所述",
         "在讲话中", "传达了", "将车辆", "伙同", "持股", "主张", "捐赠", "家属",
         "家长", *BEARING_BLAME, "负事故", "利用职务", "利用职权", "申请", "归案",
         "以非法占有为目的", "为孩子", "存在", "挪用", "捐款",
         "绕路", "拒载", "未出示", "未按", "态度恶劣", "摔倒", "跌倒", "滑倒", "寄出的",
         "签订", "签署", "采取", "进行了约谈", "进行约谈", "进行了处理", "进行处理", "进行了表彰",
         "进行表彰", "说明了", "请假", "与妻子", "与丈夫", "与其妻子", "与其丈夫", "向原告",
         "向被告", "贪污", "答应", "承诺", "带看", "收取", "失联", "隐瞒", "已被",
         "被批准", "入伍", "少缴", "未申报", "携带", "从事", "邮寄的", "将其", "购置的", "购买",
         "查询", "负有", "对事故", "对处罚", "违章", "未履行", "未按期", "未按规定", "冒充",
         "逾期", "提出的", "家中", "超量", "已履行", "住院", "提交的", "卷款", "未牵绳", "未取得",
         "未办理", "上门", "销售", "服刑", "虚报", "冒领", "牺牲", "带领", "累计", "当选",
         "严重违纪", "违纪", "帮助", "回乡", "要求", "体罚", "发现", "遗失", "私拆", "拾到", "拾得",
         "术前", "术后", "突发", "起诉", "状告", "协助", "拿着", "始终", "一直", "和妻子", "和丈夫",
         "靠", "献血", "扎根", "将拾到", "称其", "多次到", "上访", "承包的", "组织召开",
         "带队", "入学", "归还", "于本判决", "借款", "自愿", "作为公司", "可在收到",
         "由其", "监护", "在逃", "服务态度", "在场", "对违法事实", "任教", "以优异成绩", "未经",
         "持有的", "主持召开", "强调", "报道", "得票", "作为评审", "接诊",
         "来我局", "来我院", "来我办", "所在的企业", "所在单位", "所在社区", "所在村",
         "所在小区", "先后多次", "按时报到", "持伪造", "对抽检", "持身份证", "持本人",
         "从脚手架", "从高处", "在店内", "在其店内", "连续驾驶", "开办的", "已居家",
         "居家隔离", "居家健康监测", "居家观察", "的活动轨迹", "的行动轨迹", "的行程轨迹",
         "个人捐款", "个人捐赠", "个人出资", "发明的", "发病", "通过伪造", "优亲厚友",
         "以权谋私", "吃拿卡要", "对赔偿决定", "对复议决定", "诉你", "诉被告",
         "户共有", "致辞", "生前", "独任", "已与", "与用人单位", "已完成", "报销",
         "感激地说", "高兴地说", "激动地说", "自豪地说", "动情地说", "所持", "在未取得", "在未经",
         "在未办理", "实地察看", "实地查看", "实地调研", "实地考察", "听取了", "详细询问",
         "详细了解", "表态", "为获奖", "代表区政府", "代表市政府", "代表县政府", "对下一步",
         "获得一等奖", "获得二等奖", "获得三等奖", "打破了", "从小就", "激动得", "信心满满",
         "具备", "跳入", "跳进", "持往来", "持港澳", "持因私", "接到", "出栏", "家饲养",
         "挨家挨户", "辞去", "辞职", "家所在", "种植的", "养殖的", "饲养的", "入选", "上坟",
         "推搡", "如不服", "已搬离", "已搬走", "已去世", "向12345", "向12315", "已缴清",
         "驾驶网约车", "驾驶出租车", "非法采砂", "非法采矿", "非法捕捞", "非法狩猎", "一次性赔偿",
         "一次性支付", "一次性补偿", "一次性给付", "开设的", "入院", "转学至",
         "转学到", "驾车", "作为该", "收养", "拒交", "拒缴", "欠缴", "补交", "缴纳",
         "利用内幕", "私设", "私接", "私拉", "私建", "发表的", "无医师资格", "无资质", "霸座",
         "进城务工", "外出务工", "在外务工", "入住", "出村", "继承", "既往", "适用", "代写",
         "寄递", "考取", "考入", "声明：", "情绪激动", "体检合格", "代表学校", "作为志愿者",
         "从外地返乡", "返乡后", "拒不配合", "携犬", "携款", "的家属", "独自", "无偿献血",
         "明知", "出院", "来院", "驻村", "涉嫌", "拾金不昧", "自称", "为本村", "违反",
         "任职期间", "租住", "被困", "一审被", "二审被", "被判处", "毕业后", "毕业于",
         "捐资", "网购", "获赔", "带头", "承担主要", "承担次要", "承担全部", "承担同等",
         "将自有住房", "将自有房屋", "将自家住房", "将自家房屋", "将自建房")
# What a clause's subject does (和春花咨询…, ，应建华反映…): in hotline records and letters,
# call, write or ask; in court records and news, speak (潘文明供述…), have already had something
# done, be of an age or be someone (曾美丽已于…, 王伟现年, 王伟系…), that only a person does; and
# _DEEDS.
_SUBJECT_VERBS = (*REPORTS, "建议", "表示", "供述", "辩称", "述称", "承认", "介绍", "告诉",
                  "坦言", "透露", "已于", "现年", "系", "所申请", "称", "陈述",
                  # … and what they say and do at a meeting (和春风提议…, 信秋月指出…)
                  "提议", "指出", "补充说明", "主持", "出席", "发言", "讲话", "汇报", "到会",
                  # … and call again or report a fault (明明再次来电，称…, 能军报修称…), call
                  # the police or brief a meeting (本次童玉兰报警后…, 成军通报了…情况)
                  "再次来电", "报修称", "报警", "通报了",
                  "缺席", "配合",
                  # … and what a suspect owns up to (经审讯，李成交代了…: 成交 is a word)
                  "交代了",
                  # … and suffer, as only people do (白光明患有高血压, 由楠因病于…去世), or trade
                  # on what their post lets them know (易建国利用未公开信息买卖股票: 建国 is a word)
                  "患有", "因病", "利用未公开信息", *_ACTS, *_DEEDS)
# (a lookahead on the verbs' first characters fails at once where none starts: the alternation,
# tried in its order, matches as it did)
_SUBJECT_VERB = re.compile("(?=[" + "".join(sorted({verb[0] for verb in _SUBJECT_VERBS}))
                           + "])(?:" + "|".join(_SUBJECT_VERBS) + ")")
_DEED = re.compile("|".join(_DEEDS))
# The characters a match of _TITLE, _TITLE_OF_A_NAME, _AFTER or _SUBJECT_VERB can start with: a
# name without a role word before it needs one of them right after its surname (a title) or its
# given name (evidence). (tests/privacy/test_names.py derives them from the patterns and
# compares.)
_EVIDENCE_FIRST = frozenset(" \t，,（(:：+0123456789的开为系经作之因民犯出工会农高结房您个这他她是"
                            "那你护一、网本与儿妻丈烈千大中支副账及所班独驾\u3000"
                            + _NAMED_WITH_FIRST + "".join(
                                w[0] for w in [*TITLES, *HONORIFICS, *_OFFICES, "副", *HELD_FOR,
                                               *_CONTACTS, *_SUBJECT_VERBS]))
# A title right after the name, or _AFTER: both are evidence of a name.
_TITLE_OR_AFTER = re.compile(_TITLE.pattern + "|" + _AFTER.pattern)
# Verbs after a name support it, but do not override the other checks (来信反映 is no name).
_VERBS = re.compile("|".join(
    [*REPORTS, "表示", "述称", "陈述", "承认", "签收", "签字", "本人", "于[0-9]"]))
_CLAUSE_STARTS = frozenset("。！？；，：:;,!?\n")
_PAUSES = frozenset("，。；、,;")  # (what a clause or an item of a list ends with)
_ENUMERATION = frozenset(["、", "和", "及", "与"])  # glue that allows any given-name characters


_SURNAME = (
    "(?:" + alternatives(sorted(COMPOUND_SURNAMES))
    + "|[" + "".join(sorted(SINGLE_SURNAMES)) + "])"
)
_GIVEN = "[" + "".join(sorted(GIVEN_NAME_CHARS - STOP_CHARS)) + "]"
# The stop characters of given names that are words (钱和平, 苏向阳), which the rules read only
# whole, where jieba tags them as names or other proper nouns (PROPER_GIVEN; not words of time:
# 但|昨日咨询)
_FUNCTION_IN_A_GIVEN_NAME = frozenset("和为于与向")


def _rests(words: Sequence[str]) -> str:
    """Each word but its first character (matched before), checked with a lookbehind."""
    # Grouped by their second character as alternatives() groups words by their first: the
    # words that can match at a position keep their order in words.
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[1], []).append(f"{re.escape(word[2:])}(?<={re.escape(word)})")
    seconds = "".join(re.escape(second) for second in groups)
    return f"(?=[{seconds}])(?:" + "|".join(f"{re.escape(second)}(?:{'|'.join(rests)})"
                                           for second, rests in groups.items()) + ")"


def _rests_by_first(words: Sequence[str], buckets: int = 8) -> str:
    """_rests(words), the words parted by their first character into buckets tried in turn."""
    # Python's re tries a wide alternation's branches one by one: _rests(_PREFIXES) tried the
    # branches of some 400 second characters wherever a surname was (half of _START's time).
    # Each bucket (a lookbehind on the character matched before picks it) holds a few dozen.
    # Only the bucket of that character can match, its words in their order: the matches are
    # _rests(words)'s. (The lookahead on all the words' second characters skips most at once.)
    counts: dict[str, int] = {}
    for word in words:
        counts[word[0]] = counts.get(word[0], 0) + 1
    firsts: list[list[str]] = [[] for _ in range(buckets)]
    sizes = [0] * buckets
    for first in sorted(counts, key=lambda first: (-counts[first], first)):
        smallest = sizes.index(min(sizes))  # (buckets of about as many words each)
        firsts[smallest].append(first)
        sizes[smallest] += counts[first]
    seconds = "".join(re.escape(second) for second in sorted({word[1] for word in words}))
    return f"(?=[{seconds}])(?:" + "|".join(
        "(?<=[" + "".join(map(re.escape, sorted(bucket))) + "])"
        + _rests([word for word in words if word[0] in bucket])
        for bucket in firsts if bucket) + ")"


# Candidate starts: a surname followed by a typical given-name character or a stop character
# given names that are words hold (赵|向阳户分得…: 赵 was published, 向阳 read as the name), an
# honorific (陆老师), or any given name and HELD_FOR (俞奕辰名下) or a mobile number (电话告知
# 强奕辰（1591…: 奕 is rare in names, and 知强 was masked, 奕 published), or any surname right
# after a role word (申请人：…), a word for staff or a form's label no list holds (_STAFF,
# _LABEL: 巡库员…, 巡河人：…) or a list separator (the next name of 张三、李四). Every match
# begins with one of the characters these can start with, consumed first, so that Python's re
# skips other characters at C speed (a pattern starting with a lookahead is tried at every
# position). A match that goes on consumes a role word (and what follows it up to the name);
# one that stops there asserts that a name starts at that character (match.start()).
_FIRST = sorted(SINGLE_SURNAMES | {w[0] for w in [*COMPOUND_SURNAMES, *_PREFIXES, *TITLES]}
                | set("员：:"))
# The end of a word for staff no list holds (巡库员, 测报员, 评估员, 核查人员: 员 after another
# character), not of a verb (动员, 裁员, 派员: to mobilise, to lay off, to send staff) nor of 全员
# (all staff): the rules read the name after it as after an occupation (OCCUPATIONS)
_STAFF = "(?<=[\u4e00-\u9fff]员)(?<![动裁减满超复增定全冗扩派招缺]员)"
# A form's label for a person no list holds, before its colon and a value no longer than a
# name, nor a surname and a title (a transcript's speaker's words: 主持人：殷总，您…): a word
# ending in 人 (巡河人, 接待人, 记录人), a relative (新生儿母亲：, 父亲：) or a representative
# (接待代表：)
# (matched from its colon: 人 and relatives' last characters are too common to start a match at)
_LABEL = "(?:(?<=[\u4e00-\u9fff]人[：:])|(?<=代表[：:])|" + "|".join(
    "(?<=(?:" + "|".join(sorted(r for r in RELATIVES if len(r) == size)) + ")[：:])"
    for size in sorted({len(r) for r in RELATIVES})) + ")"
# an aside between a form's label and its colon (法定代表人（负责人）：华春风); a role word may
# say whom it names with 为 or 是 as with a colon (登记车主为和平安，施工负责人是时爱国。)
_ASIDE = r"[（(][\u4e00-\u9fff]{1,6}[）)]"
_START = re.compile(
    "[" + "".join(_FIRST) + "]"
    rf"(?:{_rests_by_first(_PREFIXES)}(?:{_ASIDE}[ \t]*[:：]|[ \t\u3000]*[:：]?|为|是)[ \t\u3000]*"
    rf"(?={_SURNAME})"
    rf"|(?<=(?={_SURNAME}(?:{_GIVEN}|[{''.join(sorted(_FUNCTION_IN_A_GIVEN_NAME))}]"
    rf"|{_TITLE.pattern}"
    rf"|[\u4e00-\u9fff]{{1,2}}(?:{_HELD_FOR.pattern}|{_MOBILE}))).)"
    rf"|(?<=(?<=[、,，;；/ 和及与])(?={_SURNAME}).)"
    # (tried last, and each after one character's look-behind, for speed: most matches start
    # at a surname)
    rf"|(?<=员)(?P<staff>{_STAFF}[ \t\u3000]*[:：]?[ \t\u3000]*(?={_SURNAME}))"
    rf"|(?<=[：:])(?P<label>{_LABEL}[ \t\u3000]*(?!{_SURNAME}(?:{_TITLE.pattern}|[总董]))"
    rf"(?={_SURNAME}[\u4e00-\u9fff]{{1,3}}(?:[\s，,；;。、（(]|$))))"
)
_candidate = partial(tuple.__new__, Candidate)  # Candidate(...) without NamedTuple's __new__
_PROPER_TAGS = frozenset(["ns", "nz", "nt"])  # jieba's places, other proper nouns, organisations
# Verbs of promotion that begin with a surname, before the title someone rises to (晋升主任医师)
_PROMOTED = frozenset(["晋升", "晋级", "升任"])
_SOME_WORD = 100  # a dictionary word this frequent is more than a name's two characters
_COMMON_WORD = 1000  # even after a role word, a word this frequent (信息) is not a name …
_PROPER_GIVEN_TAGS = frozenset(["nr", "nrfg", "nz", "ns"])  # (a given name's proper noun)
_COMMON_HEAD = 10000  # … nor one this frequent that a name would start with (法人单位名录)
_RARE_WORD = 500  # without context, a 2-character dictionary "name" must be rarer (许可 is not)
_GLUED_RIGHT = 500  # … straddling the name's right edge (健在 in 李健在 only lowers the score)


# Given-name characters a name without context may use (all of them are CJK ideographs).
_TYPICAL_GIVEN = frozenset(c for c in GIVEN_NAME_CHARS - STOP_CHARS - MASK_CHARS if is_cjk(c))


# never in a given name, even after a role word; nor 地, the particle of how something is done
# (村民高兴地说 was 高**: the model's features read STOP_CHARS, which leave 地 out), nor 患, to
# suffer from (之子羊东患白血病 was 羊**)
_NOT_GIVEN = STOP_CHARS | MASK_CHARS | frozenset("地患")
# … nor 以 (by) or 独 (alone: 仲裁员王伟独任审理) at a given name's end (王以卓 and 茅以升 hold 以
# in the middle)
_NOT_LAST_GIVEN = frozenset("以独靠拟")
_BODIES_NAMED = frozenset(["单位", "部门", "机构", "公司", "集团"])  # (no given name is one)


def _given_char_ok(char: str, permissive: bool) -> bool:
    """Whether char can be part of a given name (any CJK character but stops, if permissive)."""
    if not permissive:
        return char in _TYPICAL_GIVEN
    return is_cjk(char) and char not in _NOT_GIVEN


ADDRESSED = 0.85  # a surname before an honorific: masked, not held for review (as LIKELY)


_BODY_ENDS = frozenset("会委局办部院所厅处司署站队组社校")  # what ends an organisation's name
# Before a surname and a title of office, what makes the surname the start of a reference
# (物业的孙经理, 向陈主任反映, 村委会赵书记, 刑警大队严警官), not the end of a word (班主任,
# 社区主任)
_BEFORE_AN_ADDRESSED_TITLE = frozenset("的和与跟向找给让及、，,。；;：:（(“\"「 \t\n") | _BODY_ENDS


_RARE_FUNCTION_SURNAMES = FUNCTION_SURNAMES - COMMON_SURNAMES  # 由, 从, 和 (not 于, 向)
# what follows a form of address where someone is spoken to or of: a pause, a greeting, whose,
# or what someone says or asks (和女士来电反映, 由先生表示)
_SPOKEN_TO = re.compile(r"[，,：:。！!？?、；;）)”\s]|您|你|好|的|$|说|称|问|"
                        + alternatives([*REPORTS, "表示", "介绍", "告诉"]))
_THANKS = ("感谢", "谢谢", "致谢")  # (before a name and its title: 感谢康桂花市长)


def _addressed(text: str, start: int, given_at: int, surname: str,
               context: bool = False) -> Candidate | None:
    """The surname of 李先生, 欧阳女士 or 陆老师 as a name of its own (the corpora, and a careful
    reader, count it as one), unless it belongs to the word before it (这位先生, 音乐老师,
    出租车师傅) or is also an ordinary word there (我和老师, 一位新老师), which a role word
    right before it (context) rules out for a surname that is no word before a noun
    (来电人强女士, 申请人应先生; not 来电人和女士); before a title of office, where what
    precedes it makes the surname a word's start (物业的孙经理). A function word that is a rare
    surname is a preposition before an elder's form of address (由爷爷照顾, 从阿婆那里)."""
    if surname in _RARE_FUNCTION_SURNAMES and text.startswith(ELDERS, given_at):
        return None
    honorific = _HONORIFIC.match(text, given_at)
    if (honorific is not None and surname in _RARE_FUNCTION_SURNAMES and not context
            and not _SPOKEN_TO.match(text, honorific.end())):
        return None  # 由老板每月…结算, 和老师一起去: by or with whom, unless someone is spoken
        # to or of (和老师您好, 由老师：…, 感谢由老师的帮助)
    # after a role word and before an honorific, a function word that reads as no word before
    # a noun is a surname (申请人应先生: 应 is common around Ningbo and Taizhou)
    if context and honorific and surname not in BEFORE_A_NOUN:
        return _candidate((start, given_at, ADDRESSED))
    if honorific is None and (surname in AMBIGUOUS_SURNAMES or (
            start and text[start - 1] not in _BEFORE_AN_ADDRESSED_TITLE)):
        return None  # 李局长: a title of office, the model's to judge (班主任, 社区主任)
    if start and is_cjk(text[start - 1]) and (surname in AMBIGUOUS_SURNAMES
                                               or left_crossing(text, start) >= GLUED_LEFT):
        return None
    return _candidate((start, given_at, ADDRESSED))


def _a_title_of_a_name(text: str, start: int, end: int) -> bool:
    """Whether a title a whole name is followed by (_TITLE_OF_A_NAME) is after text[start:end],
    which starts where an addressed title's surname may (_BEFORE_AN_ADDRESSED_TITLE: 、|马桂花
    副院长, or after thanks: 感谢|康桂花市长; not 上海|翰鸿律师事务所, 中国|国家主席, 中银|香港
    副董事长), and its last two and the title are no longer title (任财务经理: a financial
    manager)."""
    title = _TITLE_OF_A_NAME.match(text, end)
    return (title is not None
            and (start == 0 or text[start - 1] in _BEFORE_AN_ADDRESSED_TITLE
                 or text.endswith(_THANKS, 0, start))
            and not glued_left(text, start)
            and not lexicon().frequency(text, max(start, end - 2), title.end()))


def _evidence_after(text: str, start: int, end: int, titles: bool = True) -> bool:
    """Whether what follows a name ending at end says it is one: a title (unless not titles),
    an ID, a contact number, 名下 (_TITLE_OR_AFTER), or a subject's verb (_SUBJECT_VERBS)
    after a clause's first words or a room's number."""
    if (_TITLE_OR_AFTER if titles else _AFTER).match(text, end) or (
            titles and _a_title_of_a_name(text, start, end)):
        return True
    return ((_starts_a_clause(text, start) or _after_a_room(text, start))
            and _subject_verb_after(text, start, end))


def _evidence_after_a_given_name(text: str, start: int, given_at: int) -> bool:
    """Whether _evidence_after() a name of one or two given name characters at given_at."""
    return any(_evidence_after(text, start, end)
               for end in (given_at + 1, given_at + 2) if end <= len(text))


def _doubled_before_a_pause(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is one character doubled before a pause or blanks (申请人明明，,
    儿童明明　　监护人：…: 明明, an adverb, obviously, ends no clause; a name of a surname and
    the same given name does), or before what someone in a role does (副局长明明主持会议) or how
    promptly (网格员明明及时劝阻: not 明明已经, obviously already)."""
    return end - start == 2 and text[start] == text[start + 1] and (
        text[end:end + 1] in _PAUSES or text[end:end + 1] in BLANKS
        or text.startswith(DONE_IN_A_ROLE, end) or text.startswith(_PROMPTLY, end))


_PROMPTLY = ("及时", "立即", "当场", "随即", "当即", "连夜", "耐心", "积极", "主动")


# the time of day a log's entry starts with, and the space after it (工作日志：19:20 信秋月来电)
_A_LOG_TIME = re.compile(r"(?<!\d)\d{1,2}[:：]\d{2}[ \t\u3000]+$")
_CAUSES = ("因为", "由于", "因")  # (because: what a clause may start with before its subject)


def _starts_a_clause(text: str, at: int) -> bool:
    """Whether a clause starts at at (the text's start, or after _CLAUSE_STARTS), or its subject
    does, after a word of cause that starts it (因常红旗拒不履行…, 由于白雪拒绝…)."""
    if at == 0 or text[at - 1] in _CLAUSE_STARTS:
        return True
    if text[at - 1] in " \t\u3000" and _A_LOG_TIME.search(text, max(0, at - 12), at):
        return True  # 19:20 信秋月来电: a log's entry starts after its time
    cause = next((c for c in _CAUSES if text.endswith(c, 0, at)), None)
    return cause is not None and (at == len(cause) or text[at - len(cause) - 1] in _CLAUSE_STARTS)


def _said_by_a_subject(text: str, start: int, end: int) -> bool:
    """Whether a clause starts at start and what follows end, or a gathering it is said at
    (_AT_A_GATHERING), is what its subject says or thinks (告诉, 表示, 反映: _SUBJECT_VERBS but
    _ACTS and _DEEDS, which places and offices do too)."""
    if not _starts_a_clause(text, start):
        return False
    verb = _SUBJECT_VERB.match(text, end)
    if verb is None and text.startswith("在", end):  # (和平安在发言中指出…)
        where = _AT_A_GATHERING.match(text, end)
        verb = None if where is None else _SUBJECT_VERB.match(text, where.end())
    return (verb is not None and verb.group() not in _ACTS and _DEED.match(text, end) is None
            and not lexicon().frequency(text, verb.start(), verb.end() + 1))


def _after_a_room(text: str, at: int) -> bool:
    """Whether a room's number ends at at (3号楼502室全和平反映…: a caller named by their flat)."""
    return text[at - 1:at] == "室" and text[at - 2:at - 1].isdigit()


# … and, after a role word, a common noun too, as a given name or the whole name (出租车司机能
# 春风绕路: 春风, a spring breeze; 政协委员金兵提交的…: 金兵, the Jin's soldiers)
_GIVEN_NOUN_TAGS = (*GIVEN_WORD_TAGS, "n")


# when, between a subject and its verb (本月按时报到, 今日上午…)
_WHEN = ("本月", "上月", "今日", "昨日", "当日", "当天", "近日", "今年", "去年", "本周", "上周",
         "日前", "近期", "本年度")


# To a public body, before what a subject asks or reports of it or gives it (向市场监管局投诉,
# 向市档案馆申请, 向医院捐赠)
_TOWARDS_A_BODY = re.compile(r"向[\u4e00-\u9fff]{1,8}?(?:[局院所站馆委办会联队处厅部]|中心)"
                             "(?=" + alternatives([*REPORTS, "申请", "捐赠", "捐款", "捐献",
                                                   "赠送"]) + ")")

# At a meeting or an event, before what a subject says or does there (在村民议事会上建议, 在座谈会
# 上反映): a gathering's word, then 上 or 中
_AT_A_GATHERING = re.compile(r"在[\u4e00-\u9fff]{0,8}?(?:会|会议|活动|论坛|讲座|展|展览|仪式|典礼"
                             r"|大会|晚会|现场|听证会|协商会|发言|讲话)[上中]")


def _done_at_a_place(text: str, at: int) -> re.Match | None:
    """What a subject does at a place: a subject's verb of two or more (_SUBJECT_VERB) one to
    six ideographs after 在 at at (南宫红旗在工地从事电焊作业), None if none."""
    for verb_at in range(at + 2, min(len(text), at + 8)):
        if not is_cjk(text[verb_at]):
            return None
        verb = _SUBJECT_VERB.match(text, verb_at)
        if verb is not None and verb.end() - verb_at >= 2:
            return verb
    return None


def _subject_verb_after(text: str, start: int, end: int, evident: bool = False) -> bool:
    """Whether a subject's verb (_SUBJECT_VERBS) follows a name at end, or after a word of
    when (_WHEN: 本月按时报到), a public body it is said to (_TOWARDS_A_BODY: 向市档案馆申请) or
    a gathering it is said at (_AT_A_GATHERING: 在村民议事会上建议),
    as a word of its own, not the start of a longer one (高峰系统,
    文明系列), nor one of _DEEDS after a word of the
    dictionary but a name's (富阳于2014年撤市设区: a place; unless a role word is before it,
    evident, and the word of a kind given names are: 当事人安宁于2026年8月…) or after an adverb
    that ends in 于 (原定于2月24日, 和相当于18万元: jieba tags 原定 and 相当 d), nor one of _ACTS
    after a name or a given name of two that is a word but one a name is (商家拒绝, 区|财政借给;
    not 须|兵向本机关提出; after a role word, evident, a common noun may be either: 出租车司机能
    春风绕路, 政协委员金兵提交的…), or after a function word's surname a given name of one that
    begins a word with the verb (但|正因这样; not 漆红酒后, 豆成因). What only a person does in
    the model's words (does_an_act: 出境, 隐匿) counts as one of _ACTS after a given name of two
    that is a word where the whole is none (和春风出境后…, 广春风隐匿收入…)."""
    verb = _SUBJECT_VERB.match(text, end)
    if verb is None and text.startswith("向", end):  # (易胜利向市场监管局投诉…)
        body = _TOWARDS_A_BODY.match(text, end)
        verb = None if body is None else _SUBJECT_VERB.match(text, body.end())
    if verb is None and text.startswith(_WHEN, end):  # (矫正对象时海洋本月按时报到)
        verb = _SUBJECT_VERB.match(text, end + next(len(w) for w in _WHEN
                                                    if text.startswith(w, end)))
    if verb is None and text.startswith("在", end):  # (华光明在村民议事会上建议…)
        where = _AT_A_GATHERING.match(text, end)
        verb = (_done_at_a_place(text, end) if where is None
                else _SUBJECT_VERB.match(text, where.end()))
    given_at = start + len(surname_of(text[start:end]))
    acted = (verb is None and end - given_at == 2 and lexicon().frequency(text, given_at, end)
             and not lexicon().frequency(text, start, end) and does_an_act(text, end))
    if not acted and (verb is None or lexicon().frequency(text, verb.start(), verb.end() + 1)):
        return False
    if acted or verb.group() in _ACTS:
        given = given_at
        words = lexicon()
        # (a compound surname that is no common word says a name as a role word does: 南宫光明持…)
        nouns = evident or (given - start == 2 and not common_compound(text[start:given]))
        named = end - given > 1 and words.tag(text[start:end]) in NAME_TAGS  # (金光明具备…)
        if text[start:end] in WORDS_TAGGED_AS_NAMES or any(
                words.frequency(text, at, end) and words.tag(text[at:end]) not in (
                    _GIVEN_NOUN_TAGS if nouns or (at == given and _a_rare_noun_given(
                        text, start, given, end)) else GIVEN_WORD_TAGS)
                for at in (start, given) if at == start or (end - at > 1 and not named)) or (
                end - given == 1 and text[start] in FUNCTION_SURNAMES
                and words.frequency(text, given, end + 1) is not None):
            return False
    if _DEED.match(text, end) is None:
        return True
    if _ends_in_an_adverb(text, start, end):
        return False
    return not _a_word(text, start, end, whole=True) or (
        evident and lexicon().tag(text[start:end]) in GIVEN_WORD_TAGS)


# 老周, 小蒋: a common surname after 老 or 小, how neighbours and colleagues are called (not
# one that is also a function or place word: 小于, 老城) …
_ELDER_OR_YOUNGER = re.compile(
    "[老小](?=[" + "".join(sorted(COMMON_SURNAMES - AMBIGUOUS_SURNAMES)) + "])")
# … except where the two are a word for a thing (jieba's dictionary has 老张 and 小李 as words
# too, for the people novels call so)
_THINGS_SO_CALLED = frozenset("""
小康 小牛 老牛 小熊 小龙 小孔 小叶 小钱 小毛 老毛 小史 小许 老许 老赖 老汤 小温
""".split())  # noqa: SIM905 (a list of words reads best as one)


def _elder_or_younger(text: str) -> list[Candidate]:
    """The surnames of 老周 and 小蒋 as names of their own (the form is the evidence), unless
    the two begin a longer word (老师, 小时, 老百姓, 小程序) or are a thing's word (老赖,
    小康), the surname begins a word other than its family's (小王子, 老黄牛; not 老胡家, nor
    where what is said of them follows: 老郑和他儿子, 老李明天来), 老 or 小 ends one (大小王)
    or an organisation's word follows within two characters: a shop named after its owner
    (老王便利店)."""
    out = []
    for match in _ELDER_OR_YOUNGER.finditer(text):
        start, at = match.start(), match.end()
        if (text[start:at + 1] in _THINGS_SO_CALLED or begins_a_word(text, start, at + 1)
                or (begins_a_word(text, at, at + 1) and text[at + 1:at + 2] != "家"
                    and not _said_of_an_elder(text, at + 1))
                or left_crossing(text, start) >= GLUED_LEFT or names_a_shop(text, at + 1)):
            continue
        out.append(_candidate((at, at + 1, ADDRESSED)))
    return out


_SAID_OF_TAGS = frozenset({"v", "t", *FUNCTION_TAGS})  # jieba's verbs, function words, times
_LINKS_AFTER_AN_ELDER = frozenset("和与跟及同把被给向对在说")  # (老郑和他儿子, 老刘跟我说)


def _said_of_an_elder(text: str, at: int) -> bool:
    """Whether what follows the surname of 老周 or 小蒋 at at is said of them: one of
    _LINKS_AFTER_AN_ELDER, or a word of two or more that is a verb, a function word or a word
    of time (老郑和他儿子, 老李发生口角, 老李明天来; not 小王八, 小赖特)."""
    if text[at:at + 1] in _LINKS_AFTER_AN_ELDER:
        return True
    words = lexicon()
    return any(words.frequency(text, at, stop) and words.tag(text[at:stop])[:1] in _SAID_OF_TAGS
               for stop in range(at + 2, min(len(text), at + 3) + 1))


def _with_elders(text: str, names: list[Candidate], elders: list[Candidate]) -> list[Candidate]:
    """names, and the surnames of 老周 and 小蒋 (_elder_or_younger): in place of the names that
    overlap one from its 老 or its surname on where what follows the surname is said of them
    (_said_of_an_elder: 老刘跟我说, the model read 刘跟, publishing 刘; 老郑和他儿子: 郑和;
    老李发生口角: 老李发生), else where they overlap none."""
    out = list(names)
    for elder in elders:
        overlapping = [n for n in out if n.start < elder.end and elder.start < n.end]
        if overlapping and all(elder.start - 1 <= n.start <= elder.start
                               and (n.end == elder.end or _said_of_an_elder(text, elder.end))
                               for n in overlapping):
            out = [n for n in out if n not in overlapping]
        if not any(n.start < elder.end and elder.start < n.end for n in out):
            out.append(elder)
    return sorted(out)


# What a given name between a frame's words is not written with: masks and particles (the frame
# vouches for the rest: 对何和平经营的, whose 和 is a stop character elsewhere)
_NOT_IN_A_FRAMED_NAME = MASK_CHARS | frozenset("的了着过们是在")
_ROLE_WORDS = WORDS_NAMING_SOMEONE
_ROLE_WORD_LIST = tuple(sorted(_ROLE_WORDS))  # (for str.endswith)
_LONGEST_ROLE_WORD = max(map(len, _ROLE_WORDS))
_IN_ROLE_WORDS = frozenset("".join(_ROLE_WORDS))


_WORD_ACROSS_A_ROLE = 10  # a word this frequent across a role word's end is no role word's
_ENDS_OF_WORDS_FOR_PEOPLE = frozenset("师员长生家工人者")


def _a_word_across_a_role(text: str, start: int) -> bool:
    """Whether the role word's last two characters before start and the surname at start (and
    the character after it) are a word (居民|区, a residential area; 学生|会; 股东|会), but one
    that names someone too (村会计|师文明: 会计师, an accountant)."""
    words = lexicon()
    return start >= 2 and any((words.frequency(text, start - 2, end) or 0) >= _WORD_ACROSS_A_ROLE
                              and text[end - 1] not in _ENDS_OF_WORDS_FOR_PEOPLE
                              for end in (start + 1, start + 2))


# The times of day and of the week that a surname begins and no one is named, which the rules
# read after a role word (居民凌晨报警, 家属明天来: 凌 and 明 are surnames; not 明明 nor 夏天,
# names too)
_TIMES_NO_ONE_IS = frozenset("""
凌晨 明天 明日 明早 明晚 后天 周末 周一 周二 周三 周四 周五 周六 周日 年初 年底 年末 上午 下午
""".split())  # noqa: SIM905 (a list of words reads best as one)


def _a_time_counted(text: str, name: Candidate) -> bool:
    """Whether all of a name but its surname is a time counted before 内, 后 or 以来
    (WITHIN_A_TIME: 执法人员于|一周后进行了复查, 于|三天内: 于 is no surname there)."""
    given = name.start + len(surname_of(text[name.start:name.end]))
    match = WITHIN_A_TIME.match(text, given)
    return match is not None and match.end() - 1 >= name.end > given


def _inside_a_role_word(text: str, name: Candidate) -> bool:
    """Whether a name lies inside a role word of the rules (特困供养人员: the model read 养 as a
    surname alone), where no one is named."""
    if not all(c in _IN_ROLE_WORDS for c in text[name.start:name.end]):
        return False  # (most names: the look-ups below are spared)
    last_end = min(len(text), name.start + _LONGEST_ROLE_WORD)
    return any(text[start:end] in _ROLE_WORDS
               for end in range(name.end, last_end + 1)
               for start in range(max(0, end - _LONGEST_ROLE_WORD), name.start + 1)
               if end - start >= name.end - name.start)


# jieba's tags of words of time, number and manner, of function words, and of adjectives used
# as nouns or adverbs, which a name does not start with after an occupation
_NO_NAMES_HEAD = frozenset(["t", "m", "q", "c", "d", "p", "r", "f", "u", "an", "ad"])
_RARE_HEAD = 10  # … unless rarer than this in the dictionary
_NAME_OR_PROPER_TAGS = NAME_TAGS | frozenset(PROPER_WORD_TAGS)
_OCCUPATIONS = frozenset([*OCCUPATIONS, *PEOPLE])


def _named_after_an_occupation(text: str, at: int, name: Candidate) -> bool:
    """Whether the rules' name after the occupation at text[at:] (cues.OCCUPATIONS) is one:
    no word straddles the occupation's start (not the 教练 of 主教练, nor the 电工 of 核电工程),
    though one may straddle its end (行人|马海洋, 行人|文博: 人马 and 人文 are words), and
    the name starts with a surname and a given name's character (快递员罗国强; an occupation's
    own things follow it where a name would: 快递员包裹丢失, 司机车速过快, 中介费用过高) that
    is no word of time, number or manner (清洁工凌晨四点, 司机明天, 外卖员安全问题). After a word
    for people (cues.PEOPLE: 学生, 幼儿) neither the name's first two characters nor its given
    name may be a common word (学生毕业) unless what follows vouches for it (乘客和建设摔倒, 给予
    学生时光明留校察看处分, 游客时光明不听劝阻: a verb of the dictionary or an adverb; never
    for a place's name, 我的家长哈尔滨不知道…), though a given name of one character, common
    as any is, may where the name ends at it (幼儿马超在园内, 乘客能敏摔倒: a verb begins after
    it; not 家长麦克|法兰, a longer name)."""
    head = text[name.start:min(name.end, name.start + 2)]
    # (the given name after a compound surname: 邻居上官|军及时… is no 官军, government troops)
    given_at = name.start + max(1, len(surname_of(text[name.start:name.end])))
    if glued_left(text, at) or not _a_name_head(head):
        return False
    if (not text.startswith(PEOPLE, at)
            or _subject_verb_after(text, name.start, name.end, evident=True)
            or _framed_across_a_role(text, name)):
        return True
    if lexicon().tag(text[name.start:name.end])[:2] in PLACE_TAGS:
        return False
    if a_verb_at(text, name.end) or acts_right_after(text, name.end):
        return True
    return not (_common_word(head) or (_common_word(text[given_at:name.end]) and (
        (name.end - given_at > 1
         and not _an_unambiguous_surname_before(text, name.start, given_at, head))
        or (_given_char_ok(text[name.end:name.end + 1], True)
            and not a_verb(text, name.end, name.end + 2)))))


def _an_unambiguous_surname_before(text: str, start: int, given_at: int, head: str) -> bool:
    """Whether a common surname that is no word of its own (田, not 和 nor 时) is before a given
    name of two, and no word of the dictionary is its first two (商户田建设的店外: 田建 is none;
    not 学生和家长, whose 和 is a conjunction)."""
    return (given_at - start == 1 and text[start] in COMMON_SURNAMES
            and text[start] not in AMBIGUOUS_SURNAMES and not lexicon().frequency(head))


def _common_word(pair: str, at_least: int = _COMMON_WORD,
                 tagged_none_of: frozenset[str] = _NAME_OR_PROPER_TAGS) -> bool:
    """Whether two characters are a word of the dictionary at least this frequent that jieba
    tags none of these: by default, of a name (its first two, or its given name) a word as common
    as _COMMON_WORD that is no name's, place's or other proper noun's: what follows who a person
    is (研究生毕业留校, 学生毕业: 毕业 is a word, 业 a given name's character; 研究生班学习), where
    an occupation's name vouches for more (网格员王国庆: 王国)."""
    words = lexicon()
    return ((words.frequency(pair) or 0) >= at_least
            and words.tag(pair) not in tagged_none_of)


def _named_after_an_age(text: str, name: Candidate) -> bool:
    """Whether the rules' name after an age (_AGED) is one: it starts as a name does
    (_a_name_head), says no surname (50岁的陈姓男子), and is no word of the dictionary but a
    name's (90岁的高龄)."""
    span = text[name.start:name.end]
    words = lexicon()
    return (_a_name_head(span[:2]) and "姓" not in span
            and not (words.frequency(span) and words.tag(span) not in NAME_TAGS))


_WORD_HEAD = 50  # how frequent a word after a role word is to be read as one (not 沈安, 9)


def _a_word_head(head: str) -> bool:
    """Whether a name's first two characters after a role word are a word of the dictionary
    rather than a name's start: a word but a name's, as frequent as _WORD_HEAD or one of time,
    number or manner (_NO_NAMES_HEAD), whose second character is no given name's (周末, 陆续,
    费用, 连续, 江流; not 高峰, 陆军, 任一 of 任一诺, whose 峰, 军 and 一 names are written
    with), or a doubled adverb (家属连连道谢, 居民常常: no name writes its surname twice)."""
    words = lexicon()
    if written_as_a_name(head):
        return head[0] == head[1] and words.tag(head) in _NO_NAMES_HEAD
    tag = words.tag(head)
    return tag in _NO_NAMES_HEAD or (
        (words.frequency(head) or 0) >= _WORD_HEAD and tag not in NAME_TAGS)


def _a_proper_subject(text: str, name: Candidate) -> bool:
    """Whether a name of two is a proper noun of the dictionary before what only a person does
    (村主任金城利用职务便利…: 金城, a place's name), as _score() reads one after a role word, or
    any word before what only a party to a case does (原告方舟向本院提出…: an ark)."""
    span = text[name.start:name.end]
    return len(span) == 2 and (text.startswith(_COURT_ACTS, name.end) or (
        lexicon().tag(span) in _PROPER_TAGS and _SUBJECT_VERB.match(text, name.end) is not None))


def _a_name_head(head: str) -> bool:
    """Whether a name's first two characters are a surname and a given name's character that
    are no word of time, number or manner (_NO_NAMES_HEAD) but a rare one (司机常新华绕路: 常新,
    ever new), or a word jieba tags as a name that is no ordinary word too (护士甘甜为老人接种:
    甜 is written in few names)."""
    words = lexicon()
    tag = words.tag(head)
    return (written_as_a_name(head) or (tag in NAME_TAGS and head not in WORDS_TAGGED_AS_NAMES)
            ) and not (tag in _NO_NAMES_HEAD and (words.frequency(head) or 0) >= _RARE_HEAD)


# A given name's character where evidence around a name vouches for it
_VOUCHED_GIVEN = ("(?:(?![" + "".join(map(re.escape, sorted(_NOT_IN_A_FRAMED_NAME)))
                  + r"])[\u4e00-\u9fff])")


# what a register's change of a person says after the former one (法定代表人由于明变更为王伟:
# after 由, a name may begin with 于, which is no preposition there)
_CHANGES = ("变更为", "调整为", "更换为")


def _framed_name(before: Sequence[str], after: Sequence[str]) -> str:
    """A name between words whose object is a person and what such a text says next: a surname
    and one or two characters of a given name (as few as let what follows match)."""
    return ("(?:" + alternatives(sorted(before, key=len, reverse=True)) + ")"
            + "(" + _SURNAME + _VOUCHED_GIVEN + "{1,2}?)"
            + "(?=" + alternatives(sorted(after, key=len, reverse=True)) + ")")


# an office's section, department, station or squad, before who in it does what and when
_SECTIONS = ("科", "部", "处", "站", "支队", "大队", "中队")
# … and the bodies someone of which checks or says something (市场监管局能敏核查)
_BODIES_CHECKING = ("局", "中心", "办", "组", "股", "所")
_SAYING_IN_A_SECTION = ("介绍", "表示", "指出", "告诉记者", "提醒", "强调", "通报", "在会上",
                        "在培训会上", "在新闻发布会上")
_CHECKING_IN_A_SECTION = ("复核", "核查", "审核", "核实", "联合检查", "走访核实", "现场核查",
                          "现场核实", "在检查中", "在突击检查中", "在巡查中", "在核查中", "检测",
                          "指导", "带领", "主持", "全程参与", "全程", "上门", "多次劝导", "帮",
                          "通过", "接件后", "带队", "答复", "配合", "陪同")
_SECTIONS_OR_BODIES = frozenset(_SECTIONS + _BODIES_CHECKING)
# The frames of a name, evidence enough even for a surname that is a function word (免去应建平的)
# where the dictionary's ordinary words are still no one (选举产生的, 推选代表为, 待街道补充):
# the words before a name, and what such a text says after it.
_FRAME_WORDS = (
    # an appointed, removed or sentenced person: the verb and what such a notice says next
    # (任命张三为, 免去王国华的…职务, 任命张三、李四为, 判处辛业江有期徒刑)
    (APPOINTING, ["为", "的", "同志", "、", "有期徒刑", "无期徒刑", "死刑", "拘役", "管制",
                  "职务"]),
    # whom a record waits for, and what they are to do (待马博文补充材料, 待司马刚签字: masked
    # 马*文 and **刚, the model's names published a given name's character)
    (["待"], ["补充", "补齐", "提交", "提供", "签字", "签收", "确认", "到场", "领取", "核实",
             "更正", "说明"]),
    # a missing or fallen person, as appeals for help write them (老人王思远走失: masked 王*远,
    # 远走 being a word)
    (["老人", "老太", "老汉", "孩子", "儿童", "男孩", "女孩"], ["走失", "失踪", "摔倒", "晕倒"]),
    # … and an elder whom someone looks after (孤寡老人严文明由村委会安排专人照料)
    (["老人"], ["由"]),
    # a neighbour where they live or do what is complained of (反映邻居上官军在杭州…)
    (["邻居"], ["在", "家", "长期", "经常", "每天", "因"]),
    # … or upstairs, downstairs, next door (楼上马桂花家长期漏水)
    (["楼上", "楼下", "隔壁", "对门"], ["家"]),
    # whom an office acts on, who introduces or approves, who answers for or signs something,
    # whom a notice asks to come (对何和平经营的, 经史文明介绍, 由沈红旗负责, 请马强于本周五前;
    # not 进行: 对华政策进行), whose offence it punishes (对和桂香的违法行为) or complaint or
    # petition it looks into (对能文明反映的问题, 维持了对时爱国信访事项的处理意见), or whom it
    # admonishes or follows up (决定对全和平进行诫勉谈话, 每季度对方静进行一次随访: 对方, the
    # other), or whose guardian or parent it talks to (对方建军的监护人进行安全教育), or whose
    # breach of the rules it orders put right (对万红旗违规发放津贴补贴问题，责令…), or whom only a
    # person is taught, warned or detained (司法所对师和平开展入矫教育, 对方平进行训诫: 对方 is a
    # word), or against whom a measure is taken (依法对盛桂花采取取保候审措施)
    (["对"], ["经营的", "处以", "给予", "送达", "依法", "予以", "作出", "的违法", "的行为",
             "的申请", "的投诉", "的举报", "的来信", "的诉求", "的复议申请", "发出", "下达",
             "提交的", "提供的",
             "的遭遇", "有不同意见", "有意见", "有异议", "反映的", "投诉的", "举报的", "提出的",
             "减去", "予以减刑", "予以假释", "裁定", "信访事项", "的信访事项", "进行诫勉谈话",
             "进行提醒谈话", "进行谈话提醒", "进行约谈", "进行随访", "进行一次随访",
             "进行了随访", "进行上门随访", "进行了上门随访", "进行家访", "进行帮教",
             "的监护人", "的家长", "进行了诫勉谈话", "进行了提醒谈话", "进行了谈话提醒",
             "进行了约谈", "违规", "违纪", "的侵权行为", "开展入矫", "进行入矫", "进行训诫",
             "采取", "执行", "实施",
             "予以训诫", "进行批评教育", "予以批评教育", "处以行政拘留", "予以行政拘留",
             "作出行政拘留", "行政拘留", "实施强制隔离戒毒", "进行心理疏导", "进行法治教育",
             "冒用", "拒不", "拒服兵役", "抢夺", "携带", "进行停运", "进行培训",
             # (对花海洋不服诊断结论的…, 对花海洋负责的施工标段; not 在 nor 家: 发现对方存在…,
             # 对符合国家…, 反对任何国家)
             "不服", "负责的", "申报的", "承包的"]),
    # whom a disciplinary notice names (市纪委监委通报了时海洋违规收受礼金问题)
    (["通报了"], ["违规", "违纪", "严重违纪", "严重违法", "违反", "收受", "利用职务", "在担任"]),
    # whose deposits a court freezes, whom it gives a time limit or declares missing (本院依法冻结
    # 了华春风的银行存款, 限师红旗于判决生效之日起…, 申请宣告白红旗失踪), whose loan is repaid
    # (偿还金平安借款, 法院判令葛伟支付叶波欠款五万元: the model found no one)
    (["冻结了", "查封了", "扣划了", "冻结", "查封", "扣划"],
     ["的银行", "的存款", "的账户", "名下"]),
    (["限"], ["于判决", "于本判决", "在判决"]),
    (["宣告"], ["失踪", "死亡"]),
    (["偿还", "归还", "支付", "返还", "给付"], ["借款", "欠款", "货款", "租金", "违约金", "利息"]),
    # who moves up a list in a candidate's place (不予录用，递补全玉兰进入考察环节)
    (["递补"], ["进入", "为"]),
    # whom a text recalls (提起向建国，村民们都竖起大拇指), or says someone is called (她叫白雪，在
    # 超市上班)
    (["提起", "他叫", "她叫"], ["，", ","]),
    # whom a decision punishes or rewards (关于给予国楠警告处分的决定), on whose behalf someone
    # acts (受邓和平委托, 律师代为办理)
    (["给予"], ["同志", "警告", "严重警告", "党内警告", "记过", "记大过", "降级", "撤职", "开除",
              "留党察看", "通报批评", "诫勉", "行政拘留", "罚款", "留校察看", "勒令退学",
              "开除学籍", "党内", "政务", "撤销", "开除党籍"]),
    (["受"], ["委托", "的委托", "指派"]),
    # whom a court cannot find or a claim is against (因任文明下落不明，本院依法公告送达…; 因浦波
    # 长期不履行赡养义务; 因江军长期未归，其家属申请宣告失踪), or who would not sign for a
    # document served (因帅晶拒绝签字，执法人员在送达回证上注明…), whom a certificate is for
    # (兹证明明桂芳系我单位在职职工)
    (["因"], ["下落不明", "长期不履行", "不履行", "未到场", "未到庭", "未出庭", "长期未归",
             "外出未归", "离家出走", "拒绝签字", "拒绝签收", "拒不签字", "拒不签收",
             # … or whose papers were untrue (因和华提供的经济困难证明材料不实，…终止援助)
             "提供的", "提交的", "隐瞒", "虚报", "冒领", "骗取"]),
    # whom an office tells what to bring (审核后告知向爱国需补充提供出院小结), from whom it
    # recovers what was claimed wrongly (医保中心追回师鹏冒用他人医保卡结算的费用), whose
    # registered mark someone uses (未经许可使用能春风注册的商标), and for whom a nurse does
    # something (采血护士为和爱国完成采血后), or an official for someone (利用职务便利，为蔡伟承揽
    # 工程提供帮助)
    (["告知"], ["需", "须", "应", "于", "补充", "携带", "前来"]),
    (["追回"], ["冒用", "冒领", "骗取", "违规", "多领", "重复"]),
    (["使用", "冒用", "盗用"], ["注册的", "的商标", "的专利", "的名义", "的身份证"]),
    (["为"], ["完成", "承揽", "谋取", "谋利"]),
    # who leads, helps or accompanies others (在韩国强的带动下, 在付伟的帮助下), or in whose home
    # something is found (在明爱国家中查获…: 国家, a state)
    (["在"], ["的带动下", "的帮助下", "的带领下", "的陪同下", "的指导下", "的协调下", "家中",
             "的倡议下", "的号召下", "的组织下", "的鼓励下", "的劝说下", "的指引下",
             # … an official among them (在黄平安副县长的陪同下)
             *(deputy + office + "的" + company for deputy in ("", "副")
               for office in ("县长", "市长", "区长", "镇长", "乡长", "局长", "书记", "主任")
               for company in ("陪同下", "带领下"))]),
    # whose request a disclosure reply or a legal aid centre acknowledges (本机关于…收到师杨提交的
    # 政府信息公开申请, 受理了和春风的法律援助申请)
    (["收到", "受理了", "受理", "接收", "接收了"],
     ["提交的", "的申请", "的来信", "寄来的", "邮寄的", "的法律援助申请", "的行政复议申请",
      "的复议申请", "的仲裁申请", "的救助申请"]),
    (["受理了", "受理"], ["与"]),  # … or whom a notarial act names first (受理了信文明与胡敏的…)
    # (… and where they live: 兹证明和爱国居住于…; 兹有时光明同志系…)
    (["兹证明", "现证明", "兹有"], ["系", "与", "同志", "为", "于", "居住", "在", "，", "（", "(",
                                 "是", "属", "家", "户"]),
    (["经", "经向"], ["介绍", "同意", "批准", "签字", "确认", "本人", "核实", "核查", "调查",
                     "协调", "申请", "推荐", "安排", "审查", "审核", "统计", "验收", "现场验收",
                     "签发", "查看", "现场查看", "核对", "检查", "现场检查", "劝导", "多次劝导",
                     "耐心劝导", "举报", "调取", "复核，", "与", "、", "联系，", "现场核实",
                     "现场勘查", "现场勘察", "审计", "反映，", "入户", "委托，", "授权，", "家访",
                     "带路", "询问，", "鉴定，",
                     # (经华海燕书面申请, 经文鹏清点, 经东方军报告, 经成爱国测量, 经能军
                     # 核算, 经师红旗调试, 经和华提议, 经能春风现场排查; not 检测 nor 报告 alone:
                     # 经查重检测, 经查重报告)
                     "书面申请", "清点", "报告，", "测量", "核算", "调试", "提议", "排查",
                     "现场排查"]),
    # (经黄平安本人申请, 经那柳核实, 经万红旗推荐, 经华飞安排, 经师海洋现场验收, 经向程文明核实,
    # 经华立新查看, 经信秋月举报，, 经易红旗授权，, 经华和平、龙伟共同检查; not 调解: 经仲裁调解,
    # nor 复核 without its comma: 经杨杨反复核对); whom a work order is
    # passed to (工单已转沈红旗处理)
    (["转", "转交", "交由", "交"], ["处理", "办理", "核实", "跟进"]),
    # … and to whom something is handed (把体检报告交给和春风后…: 春风 is a word)
    (["交给", "转交给", "移交给", "递给"], ["后"]),
    # whom an inspection finds occupying a pavement or building without leave (城管队员在巡查中
    # 发现于红旗占用人行道摆摊), an audit claiming twice (审核中发现能春风存在重复报销行为),
    # customs posting what is banned (海关发现钱玉兰邮寄的包裹…), or a patrol someone driving a
    # boat (渔政执法人员在巡查中发现能军驾驶无名渔船…)
    (["发现", "发现，", "发现,"], ["占用", "擅自", "私自", "违规", "无证", "存在", "涉嫌", "冒用",
                               "重复", "邮寄的", "销售的", "经营的", "在楼道", "堆放", "驾驶",
                               "在人行道", "在路边", "占道", "者", "倒在", "倒地",
                               # … or a nurse a patient unwell (夜间巡视时发现江海洋血压偏低)
                               "血压", "血糖", "体温", "心率", "呼吸", "意识", "病情", "身体不适",
                               "面色"]),
    # whom an office tells to pay, come or bring something (物业管家已电话通知高超缴纳物业费)
    (["通知"], ["缴纳", "补缴", "补交", "前来", "到场", "携带", "领取", "于", "尽快", "限期",
               "参加", "家长", "准备"]),
    # whose account a record gives (据白雪反映: 白雪 is a word), or a caller heard (听华光明说，…)
    (["据"], ["反映", "介绍", "透露", "称", "陈述", "供述", "所述", "讲述", "回忆", "交代",
             # (据能军观察，部分餐厅…: what someone saw or counted)
             "观察", "统计", "了解", "估计", "估算", "测算", "推算", "说"]),
    (["听"], ["说", "讲"]),
    # whom a meeting heard report (会议听取了高明关于…的汇报), whose delegation is welcome (欢迎易
    # 红旗一行来我市考察), whom a letter thanks (感谢广爱国对我们工作的支持), whom a caller asks
    # for (喂，是和春风吗？), and who takes the minutes after the chair (由王伟主持，万海洋记录)
    (["听取了", "听取"], ["关于", "的汇报", "的工作汇报", "的报告", "的情况汇报"]),
    (["欢迎"], ["一行"]),
    (["感谢", "谢谢"], ["对我们", "对我", "对本", "的支持", "的帮助", "的关心", "一直以来"]),
    (["喂，是", "喂，你是", "请问是", "请问你是", "请问您是"], ["吗", "家吗"]),
    (["主持，", "主持,"], ["记录"]),
    # whom a superior criticises or an employer dismisses (经理批评白雪梅工作态度不端正, 单位决定
    # 辞退常红旗，…), and whom a school admits (学校录取信海洋为2026级新生)
    (["批评", "辞退", "开除", "解雇", "解聘"], ["工作", "，", ",", "。", "的", "未", "不", "因",
                                       "违反", "在"]),
    (["录取", "招收", "接收"], ["为"]),
    # from whom goods were bought (承认从时建国处购进…), whom a volunteer takes to hospital or
    # home (志愿者陪和长江去医院复诊, 同事送和华到医院), whom a commission calls in for a talk
    # (区纪委找和平安谈话提醒), whom someone visits (社区工作人员多次上门看望信海洋。)
    (["从"], ["处"]),
    (["陪", "陪同", "送", "护送", "背"], ["去医院", "到医院", "回家", "就医", "去派出所"]),
    (["找"], ["谈话", "了解情况", "核实情况"]),
    (["看望", "探望", "慰问", "走访", "走访了"], ["。", "，", ",", "家", "并", "时"]),
    # whom a complainant asks to apologise or pay (要求信建设赔礼道歉), saw dumping (看见来波往河
    # 里倒垃圾) or suspects of stealing, for whom someone pays in advance (替和长江垫付), and whom
    # an office permits a trade (准予信海洋从事道路货物运输经营)
    # whom someone struck, injured or sued (一气之下打了明和平一巴掌, 开车撞伤了金和平。;
    # not 遭到殴打和辱骂，: only after 了), and whom an office urges or reminds to do something
    # (物业多次催促能军清理杂物, 上门劝说方平配合拆除, 村委会提醒华海燕注意用火安全)
    (["打了", "打伤了", "撞伤了", "撞倒了", "推倒了", "起诉了", "控告了"],
     ["一巴掌", "一拳", "，", "。", ",", "致"]),
    (["劝说", "劝导", "催促", "提醒", "告诫", "动员"], ["配合", "清理", "注意", "尽快", "及时",
                                              "拆除", "搬离", "缴纳", "遵守", "不要", "不得"]),
    (["要求", "责令"], ["赔礼道歉", "当面道歉", "道歉", "赔偿", "退还", "归还", "支付", "搬离",
                     "停止"]),
    (["看见", "看到", "目睹"], ["往", "进入", "将", "把", "偷"]),
    (["怀疑"], ["偷", "盗", "私自", "故意"]),
    (["替"], ["垫付", "缴纳", "支付", "签字", "办理"]),
    (["准予", "批准"], ["从事", "办理", "变更", "注销", "登记", "经营"]),
    # whom a caller asks to pass a message on to (麻烦转告广春风，让他尽快回个电话)
    (["转告"], ["，", ",", "让", "请"]),
    # who said what a quotation ends (“我们一定把服务做得更好。”龙文明说。; in straight quotes,
    # one that closes after a clause's end: "连口水都没有，"信文明说)
    (["”", "」", '，"', '。"', '！"', '？"', '…"'],
     ["说。", "说，", "说：", "表示", "介绍说", "告诉记者"]),
    # whom an IOU's writer borrowed from (今借到王军人民币五万元整: the model found no one)
    (["今借到", "借到", "今收到", "今欠", "现借到"], ["人民币", "现金"]),
    # whose signature a record lacks or holds (未能提供朱红梅签字的送达回证)
    (["提供", "未经", "须经", "需经", "没有"], ["签字", "签名", "本人签字", "授权"]),
    # whom a decision's finding, or what an office has learnt or verified, is about (经查，
    # 白美丽于2026年8月…, 经查，区勇未按期申报…, 据了解，董永生长期…: 生长 is a word; a
    # disciplinary notice's 经查，能平丧失理想信念…)
    (["经查，", "经查,", "经查：", "据了解，", "据了解,", "经核实，", "经核实,", "经调查，",
      "经调查,", "经审查，", "经审查,", "经审核，", "经审核,", "经调解，", "经调解,"],
     ["于", "未", "在", "多次", "长期", "擅自", "私自", "拒不", "涉嫌", "利用", "无证", "已",
      "同意", "自愿", "与", "提交的", "提供的", "以", "、", "符合", "不符合", "丧失", "背弃",
      "背离", "违反", "违规", "收受", "严重违反", "赔偿", "一次性", "事发时", "案发时"]),
    # whose first offence a decision weighs (鉴于常平安系初次违规…), and whom a party sues at a
    # clause's end (刘某以诈骗罪起诉信秋月。)
    (["鉴于"], ["系", "已", "主动", "在"]),
    (["起诉", "控告", "状告"], ["。", "，", "；"]),
    # whom a follow-up call reached, and what they said (经回访，李成对办理结果表示满意: 成对 is a
    # word), whom a party branch admits (拟发展广鹏为中共预备党员)
    (["经回访，", "经回访,", "经电话回访，", "经电话回访,"], ["对", "表示", "称", "反映"]),
    (["拟发展", "发展"], ["为中共预备党员", "为预备党员", "为中共党员", "为入党积极分子",
                       "为发展对象"]),
    # who has lost a certificate, as a notice of loss declares (现有顾和平遗失不动产权证书)
    (["现有", "本人"], ["遗失", "不慎遗失", "自愿"]),
    # whose document a disclosure request asks for, which the reply withholds (您申请公开的“信海洋
    # 的土地征收补偿协议”涉及第三方个人隐私)
    (["申请公开的“", "申请公开“"], ["的"]),
    # the other of two whom a register says are kin (吴燕同花芳系母子关系), whom someone meets or
    # talks with, as news reports them (同时永红进行了亲切友好的交谈: 同时 is a word)
    (["同"], ["系母子", "系父子", "系母女", "系父女", "系夫妻", "系兄弟", "系姐妹", "进行了",
             "进行会谈", "举行会谈", "举行了会谈", "会谈", "交谈"]),
    (["遗失声明：", "遗失声明:", "声明：", "声明:"], ["不慎遗失", "遗失", "将"]),
    # whose injury a decision recognises (认定居强于2026年6月12日受到的伤害为工伤: 定居 is a word)
    # or blame for an accident it finds (认定马超负事故全部责任), or an accident caused (造成文林
    # 轻微伤)
    (["认定"], ["于", *BEARING_BLAME, "负事故", "具备", "符合"]),
    # … or whom a review finds qualified or not (经专家组评审，信文明具备…任职资格; 经资格复审，
    # 能文明不符合…)
    (["评审，", "评审,", "评定，", "评定,", "认定，", "认定,", "复审，", "复审,"],
     ["具备", "符合", "取得", "不具备", "不符合"]),
    # … or those hurt in an accident, listed (造成金光明、常胜利二人受伤)
    (["造成"], ["轻微伤", "轻伤", "重伤", "受伤", "死亡", "当场死亡", "骨折", "、", "二人",
               "两人"]),
    # who answers for, signs, collects or provides something, or leads a working group (由沈红旗
    # 负责, 以上材料由信文明提供, 工作专班由和敏任组长), who reported a case (该案由和超举报), who
    # carries on or takes over (其传承项目由时军继续传承), looks after someone (由和平安照料),
    # leads or pays (由于平安带领党员突击队…, 经调解由文和平一次性赔偿…, 由和春风支付…), cares
    # for a patient (住院期间由于红旗陪护), shares with another (由于志强与皇甫伟各继承一半),
    # coordinates, lectures, acts for someone or witnesses (由程文明主讲的…, 由信文明代理的…)
    (["由"], ["负责", "签收", "签字", "代领", "代为", "担任", "领取", "办理", "承包", "施工",
             "主持", "牵头", "送回", "送还", "归还", "提供", "出具", "填写", "保管", "提出", "等",
             "继续", "接任", "接替", "接手", "继承", "照料", "照顾", "抚养", "赡养", "监护",
             "举报", "检举", "任组长", "任副组长", "任主任", "任副主任", "任总指挥",
             "任副总指挥", "负担", "承担", "召集", "代签", "陪同", "带队", "签发", "审核",
             "代管", "代办", "代收", "汇报", "通报", "介绍", "宣读", "讲解", "带领", "赔偿",
             "一次性赔偿", "一次性支付", "一次性补偿", "支付", "补偿", "退还", "陪护", "看护",
             "护理", "代表", "与", "、", "协调", "主讲的", "代理的", "见证",
             *_CHANGES]),
    # whom a text message greets after its sender's brackets (【城南小学】花海洋家长您好,
    # 【安居保交楼专班】华海燕业主您好: 海洋 and 海燕 are words), or a letter to parents
    (["】"], ["业主您好", "家长您好", "同学您好", "用户您好", "客户您好", "业主，您好",
             "家长，您好", "您好"]),
    # … or a reply, or a notice, after its colon (微信回复：和平您好, 通知广春风：您的投诉已受理),
    # and who in a form is named in brackets after their role (领用人（易红旗）)
    (["回复：", "答复：", "回复:", "答复:"], ["您好", "，您好"]),
    (["通知"], ["：您", ":您"]),
    ([role + bracket for role in ("领用人", "送交人", "联系人", "负责人", "经办人", "申请人",
                                  "收款人", "签收人") for bracket in "（("], ["）", ")"]),
    (["尊敬的"], ["家长，", "家长您好", "家长：", "同学，", "同学您好"]),
    # whom a colleague is asked to do something (辛苦金爱国跑一趟, 麻烦和鹏把考勤表再核对一遍)
    (["辛苦", "麻烦"], ["跑一趟", "把", "帮忙", "帮我", "再", "核对", "联系", "通知"]),
    # … and whose claim a court dismisses (判决驳回华和平的诉讼请求)
    (["驳回"], ["的诉讼请求", "的全部诉讼请求", "的申请", "的复议申请", "的上诉", "的起诉"]),
    # … and whom it changes to, at a clause's end (法定代表人变更为华光明。)
    (_CHANGES, ["。", "，", ",", "；", ";"]),
    # whose petition or report a reply answers (关于田海洋信访事项的答复意见书, 关于高军反映…问题的
    # 处理意见), whom an office has do something (安排易和平进行心电图检查), gathers (组织广建设等人
    # 进行调解), or agrees to move (同意向胜利从第一中学调入…)
    (["关于"], ["信访事项", "的信访", "同志", "申请公开", "的政府信息公开申请", "的申请", "反映",
               "投诉", "举报", "来信", "来访", "诉求"]),
    # whom an employer is told to pay or owes (责令该公司支付吴红霞工资: the model found no one;
    # 已将拖欠花宁的工资全部结清)
    (["支付", "补发", "发放", "结清", "退还", "拖欠", "欠", "克扣", "扣发"],
     ["工资", "的工资", "加班费", "的加班费", "经济补偿", "赔偿金", "劳动报酬", "的劳动报酬",
      "报酬", "的报酬", "工钱", "的工钱"]),
    # … or someone is to compensate for an injury or a loss (同意赔偿华光明医药费2000元)
    (["赔偿", "补偿", "赔付", "支付"], ["医药费", "医疗费", "误工费", "护理费", "营养费",
                                  "交通费", "经济损失", "损失", "精神损害抚慰金", "丧葬费",
                                  "维修费", "修理费", "各项费用"]),
    # … whom an office helps apply (协助华和平办理了高龄津贴申领手续)
    (["协助", "帮助", "帮"], ["办理", "申领", "申请"]),
    # … or whom a technician or an office guides in what to do (农技员指导胡琴科学施用化肥)
    (["指导", "督促", "引导"], ["科学", "正确", "规范", "做好", "完成", "填写", "施用", "掌握",
                          "落实", "整改"]),
    # to whom an office delivers a decision in person (将决定书送达华立新本人: the model read
    # 达华), or passes a letter on (请将此函转交车成本人签收: 成本, a cost)
    (["送达", "送交", "交给", "交付", "面交", "转交"], ["本人"]),
    (["安排"], ["进行", "参加", "负责", "前往"]),
    (["组织"], ["等人"]),
    (["同意"], ["从", "调入", "调到", "辞去"]),
    # for whom a relative collects what is due (家属刘伟代为领取明海洋的丧葬费)
    (["代为领取", "代领"], ["的"]),
    # … or who collects the ashes (骨灰由其子东方海洋领回), or whom a shop refunds (商家同意退还
    # 程文明购物款3000元)
    ([f"由其{kin}" for kin in ("子", "女", "妻", "夫", "父", "母", "子女", "家属")] + ["由家属"],
     ["领回", "领取", "代领", "签收", "办理"]),
    # (… and what is left of a prepaid card: 承诺退还安光明剩余卡内余额)
    (["退还", "返还", "退回"], ["购物款", "货款", "押金", "定金", "订金", "预付款", "培训费",
                           "学费", "服务费", "会员费", "全部款项", "剩余", "余款", "卡内余额",
                           "多收的", "的押金", "的预付款", "的定金"]),
    # whom an office spoke with (经与武文明沟通，其同意…)
    (["经与"], ["沟通", "协商", "联系", "核实", "确认", "面谈", "电话沟通", "电话联系"]),
    (["请"], ["于", "到", "前往", "携带", "尽快"]),
    # whom a decision appoints (经研究决定，李丹任区教育局副局长: the model reads 李丹任区 as a
    # place's start), whose licence it revokes (决定注销钱红旗的医师执业证书)
    (["决定，", "决定,", "决定"], ["任", "担任", "兼任", "同志任", "同志为", "为"]),
    (["注销", "吊销", "撤销"], ["的"]),
    # whom an office tells, asks, visits, guides, urges or calms, and what it tells them to do
    # or they answer (已督促魏平安按时缴纳, 经询问韩国庆，其承认…, 看望了白和平等困难党员, 联系到了
    # 沙海军，其称…, 工作人员已安抚高翔了解情况, 民警协调高翔后，…: the model found no one)
    (["通知", "询问", "告知", "看望了", "看望", "慰问了", "慰问", "走访了", "走访", "劝说",
      "指导", "回访", "督促", "约谈了", "约谈", "提醒", "责令", "责成", "联系", "联系到了",
      "联系到", "联系上了", "联系上", "安抚", "安抚了", "约见", "接待了", "接待", "随访",
      "探望了", "探望", "协调", "帮助", "帮助了", "陪同", "表扬", "表扬了", "救助", "救助了",
      "传唤", "处罚", "拘留"],
     ["，其", ",其", "于", "按时", "尽快", "立即", "限期", "及时", "到", "前往", "相关", "拆除",
      "通过", "等", "，要求", ",要求", "时", "了解", "后，", "后,", "并做", "，对方", ",对方",
      "前来", "：其", "核实", "确认"]),
    # … and the first of those listed (陪同华光明、任伟走访…; not places visited: 走访乐从、平洲)
    (["通知", "陪同", "表扬", "表扬了", "询问", "约谈", "约谈了", "传唤", "处罚", "随", "回访"],
     ["、"]),
    # … whom a physician advises (主治医生申浩建议王强住院观察: the model found no one)
    (["建议", "嘱咐", "叮嘱", "嘱"], ["住院", "就医", "就诊", "复查", "转院", "手术", "休息",
                                   "戒烟", "按时", "尽快", "及时", "前往", "到"]),
    # … whom a degree is conferred on, or a fugitive caught (授予信平安等85名同学…, 协助抓获全和平的
    # 群众)
    (["授予"], ["等", "同学", "同志"]),
    # … whose membership a vote confirms, or whose trade in wildlife the police punish (确认向文明
    # 具有本集体经济组织成员资格, 依法查处了高强收购、出售…)
    (["确认"], ["具有", "具备", "符合", "不具有", "不具备"]),
    (["查处了", "查处"], ["收购", "出售", "非法", "涉嫌", "违法", "无证"]),
    (["抓获"], ["的", "，", ",", "。", "归案"]),
    # … and whom someone reached, found or told, at a clause's end or before their family (记者
    # 联系上了向文明。, 我们找到了信文明的家人, 并将结果告知明玉兰。), or who fills a place given up
    # (按规定依次递补成秋月。)
    # (… whom an office calls back or answers: 回访成建设，宽带已恢复; 供电公司答复师和平：…)
    (["联系上了", "联系到了", "联系上", "联系到", "找到了", "告知", "反馈给", "答复", "递补",
      "回访", "回访了", "电话回访"],
     ["。", "，", "的家人", "的家属"]),
    (["联系", "通知", "告知"], ["的家属", "的家人", "的子女", "的监护人"]),  # (联系华光明的家属…)
    # … and whom a work order calls and what they are told or what it learns (联系金兵，告知其…,
    # 联系能军后得知…)
    (["联系"], ["，告知", "后得知", "后确认", "后了解"]),
    (["答复"], ["：", ":"]),  # (not 回访满意度：)
    # with whom someone has a dispute (其与段和平因宅基地界线发生纠纷) or registers a marriage or
    # signs a contract on a date (包伟与王平安于2024年5月20日办理结婚登记), or whose original a
    # notary's copy matches (复印件与时爱国出示的原件相符)
    (["与", "跟"], ["因", "之间", "合伙", "进行了沟通", "进行沟通", "自愿", "的借贷", "的纠纷",
                   "达成", "签订", "协商一致",
                   "系", "于19", "于20", "出示的", "共同共有", "共同出资", "联系", "联络",
                   "沟通", "协商", "电话沟通", "电话联系", "一起", "核对", "家长", "一同",
                   "驾驶的"]),
    # whom a notice says to contact (请与村委会花光明联系), whom a witness saw (证明文兵曾多次到现
    # 场), whose household's works cause a complaint (系和建设家装修所致), whom an assembly
    # proposes (拟确定东方红旗、桂芳为低保对象) or recommends (推荐华春风为省级代表性传承人, 推荐程
    # 红旗参加评选; 经学校推荐，华文明获得…), with whom someone steals (伙同于爱国多次盗窃)
    (["请与", "与村委会", "与居委会", "与社区"], ["联系", "联络"]),
    (["证明"], ["曾", "多次", "于", "在"]),
    (["系"], ["家装修", "家的", "家中", *("家" + part for part in HOME_PARTS)]),
    (["拟确定", "确定"], ["为", "、"]),
    (["推荐"], ["为", "参加", "参评", "作为"]),
    (["推荐，", "推荐,"], ["获得", "荣获", "被评为", "入选"]),
    # whose request a disclosure reply finds nothing for or passes on, whom a work order's
    # office reached (未制作或获取金爱国所申请的信息, 本机关未制作信文明申请公开的信息, 现将高明的
    # 申请转交…, 已联系师杰，…)
    (["获取"], ["所申请的"]),
    (["未制作", "未获取"], ["所申请的", "申请公开的"]),
    (["现将"], ["的申请", "的来信", "的信访"]),
    (["已联系"], ["，", ","]),
    # who calls, in their own words, or whom a caller is kin to or has told (你好，我是时爱国，
    # 住在…, 我是和春风的女儿, 我跟信文明说过好几次了), to whom a car is lent (借给无证的万和平
    # 驾驶), whom an office asked (经询问，和春风承认…)
    (["我是"], ["的女儿", "的儿子", "的母亲", "的父亲", "的家属", "的邻居", "的妻子", "的丈夫",
              "的妈妈", "的爸爸", "的爷爷", "的奶奶", "的外婆", "的外公", "，住", "，家住", "，是",
              "，我"]),
    (["我跟", "我和"], ["说过", "说了", "讲过", "反映过"]),
    # whom a caller asks for (我找全和平，他说…)
    (["我找"], ["，", ","]),
    (["无证的"], ["驾驶"]),
    (["经询问，", "经询问,"], ["承认", "称", "表示", "供述"]),
    # whom a statement's questions ask about (问：华文明是你什么人？, 你和时爱国是什么关系？), whom
    # a duty log's call is from (接和敏电话称…)
    (["问：", "问:"], ["是你什么人", "是你的什么人", "是你的"]),
    (["你和", "你与", "你跟"], ["是什么关系", "什么关系", "之间"]),
    (["接", "接到"], ["电话", "的电话", "来电", "的来电", "报修", "的报修", "报警", "的报警",
                    "的求助", "的投诉", "的举报"]),
    (["给"], ["回电", "打电话", "回电话"]),  # (水务局给向文明回电时说明…)
    # who attended a meeting or a visit, as its report lists them (出席会议的有能立新、成伟等市领导)
    (["出席会议的有", "参加会议的有", "出席的有", "陪同考察的有", "陪同调研的有", "陪同的有",
      "参加活动的有"], ["、", "等"]),
    (["回访时"], ["表示", "称", "说"]),
    # whom someone sees fall or meets (看到和平安摔倒在地, 记者见到师文明时，…; not whom a story
    # recalls, 说起童话，: a topic as often) and whom a quoted speaker calls (“华红旗，你家的…)
    (["看到", "见到", "遇到"], ["摔倒", "晕倒", "倒在", "落水", "时"]),
    (["“"], ["，你", "，您", "，快", "，请"]),
    # whom a reply says the complaint is about (您反映的于红旗占用公共通道问题)
    (["反映的"], ["占用", "私自", "擅自", "违规", "违章", "乱", "长期", "拖欠"]),
    # to whom a letter of thanks or praise is written (致白雪梅的一封感谢信)
    (["致"], ["的一封", "的感谢信", "的表扬信", "的慰问信", "的公开信", "同志的"]),
    (["伙同"], ["多次", "在", "于", "将", "共同", "盗窃", "窃取", "以"]),
    # for whom an office or a person does something (替王明代缴物业费, 帮应晶办理了, 给从金凤颁发,
    # 徐红旗替罗伟顶班), or whose illness a family pays for (为了给程文明治病), or to whom a meal is
    # brought (助老员每天中午给华爱国送餐上门), or lost things found, a card reported lost or a
    # list drawn up (保安帮田磊找回了…, 替包敏挂失银行卡, 帮黄东平梳理了…)
    (["替", "帮", "给", "帮助"], ["代缴", "代交", "代办", "代付", "代领", "办理", "补办", "颁发",
                                "发放", "缴纳", "顶班", "值班", "签字", "代购", "治病", "看病",
                                "送餐", "送饭", "送药", "挂失", "梳理", "找回", "联系", "协调",
                                "维修", "修好", "核对", "查询", "与", "调取", "填写", "申请",
                                "追回", "讨回", "老人"]),
    # … and whom an office handles something for, issues a certificate to or refunds (自来水公司
    # 已为何桂花办理水费缓缴: 为何, why; 公证处为全和平办理了…; 档案馆为常超出具…; 已将学费退还给
    # 南宫光明，), applies for something for (镇政府为师红旗申请了临时救助金) or fits out the
    # home of (社区为杨建家安装了…: 家 was masked), or arranges care for (居家养老服务中心为程红旗
    # 安排了…)
    (["为", "已为", "现为", "并为"], ["办理", "补办", "开具", "出具", "退还", "退回", "减免",
                                  "更换", "提供", "缴存", "缴纳", "申请", "家安装", "安排了",
                                  # (农商行为信秋月发放…, 铁路部门为和敏颁发奖金)
                                  "发放", "颁发"]),
    (["退还给", "退给", "返还给", "退回给"], ["，", ",", "。", "；", ";"]),
    # whom one person asks, sues, employs, lends to, accompanies, reports or has help, in the
    # disputes hotline and mediation records tell of (多次向汪和平索要欠款, 将金文起诉至…, 雇佣
    # 越建国从事装修, 借给孔爱国五万元, 陪同卫博到医院, 实名举报向文明利用职务之便, 让林红旗帮忙,
    # 冒用和秀英的身份证, 以陶红旗的名义, 房屋被雷和平强占, 称何和平拖欠其工资, 要求和雪梅退还),
    # or whom an officer asks, tells or checks with (民警向钱亮了解情况, 社区干部向华光明宣传…,
    # 向信文明核实后得知), or an office
    # recovers money from (医保中心向车慧追回…) or pays or hands something to (民政所向信海洋发放
    # 临时救助金)
    (["向"], ["索要", "讨要", "催要", "借款", "借钱", "借了", "送达", "了解", "宣传", "宣读",
             "解释", "询问", "出示", "出具", "追回", "追缴", "追偿", "收回", "催缴", "催收",
             "支付", "详细说明", "累计发放", "收取", "索取", "学习",
             "赔付", "发放", "颁发", "返还", "退还", "补发", "理赔", "道歉", "赔礼道歉", "赔偿",
             "退款", "致歉", "当面道歉", "书面道歉", "赔礼", "家属", "的家属", "及其家属",
             "致以", "赠送", "转达", "等", "报告", "汇报", "反映", "核实", "求证",
             # (…管委会向东方卫东答复：…)
             "答复", "书面答复", "作出答复"]),
    # … or overcharges (停车场收费员多收霍欢停车费二十元; 多收 was read as a name's)
    (["多收", "少收", "多收了", "少收了", "乱收", "多扣", "多扣了"],
     ["停车费", "物业费", "管理费", "服务费", "押金", "租金", "房租", "水费", "电费", "燃气费",
      "学费", "费用", "的"]),
    # … or pays into the account of (奖励扶助资金已发放至常立新账户), or stops from sending money
    # (及时劝阻常红旗向陌生账户汇款)
    (["发放至", "发放到", "转入", "存入", "打入", "汇入", "转至"],
     ["账户", "的账户", "银行账户", "的银行账户", "银行卡", "的银行卡", "社保卡"]),
    (["劝阻"], ["向", "转账", "汇款", "继续", "，", ",", "。"]),
    # … or whose fault a refusal gives as its reason (保险公司以程红旗未如实告知病史为由…), or
    # whose message a reply answers (针对信文明的留言，…)
    (["以"], ["未如实", "未按", "未经", "不符合", "违反"]),
    (["针对"], ["的留言", "的诉求", "的反映", "的投诉", "的来信", "的举报", "反映的"]),
    # … or whose act a fire's or an accident's cause is (经调查，火灾系信海洋燃放鞭炮引起)
    (["火灾系", "事故系", "起火原因系"], ["燃放", "用火", "吸烟", "违规", "焚烧", "操作", "驾驶"]),
    # (… and whom a court lists as a defaulter: 本院依法将高欢纳入失信被执行人名单; whose request is
    # passed on: 将万爱国提交的复核申请转交…)
    (["将"], ["起诉至", "起诉到", "告上", "打伤", "推倒", "送往", "送至", "送到", "咬伤", "撞伤",
             "撞倒", "纳入失信", "列入失信", "提交的"]),
    (["雇佣", "雇用", "聘用", "招用"], ["从事", "担任", "在"]),
    (["借给", "转账给", "交给", "付给", "支付给", "转给", "租给", "卖给"],
     ["人民币", "现金", *"0123456789一二两三四五六七八九十百千万"]),
    # … or lets a house or transfers shares to (将其房屋出租给和睦，租期一年; 股东将其持有的30%股权
    # 转让给时光明。; not what else is transferred or sold, which a company or a bank takes too:
    # 将保单赔偿受益权转让给广发行，)
    (["出租给", "租给", "股权转让给", "股份转让给"], ["，", ",", "。", "；", ";"]),
    (["流转给"], ["经营", "种植", "耕种", "使用", "，", ",", "。", "；", ";"]),
    # whom a protection order forbids to come near (禁止令狐平骚扰、跟踪…申请人), whom a court
    # makes a guardian or a guardian is appointed for (指定车成为被监护人…的监护人, 由胡某担任江海洋
    # 的监护人)
    (["禁止", "禁止被申请人"], ["骚扰", "跟踪", "接触", "殴打", "威胁", "辱骂", "对申请人", "对其",
                         "以任何方式", "靠近", "进入申请人", "乘坐", "出境"]),
    # … or whom an enforcement order forbids to travel (禁止于平安乘坐飞机…), whom a register
    # grants (准予向海洋办理不动产首次登记)
    (["准予"], ["办理", "登记", "变更", "注销"]),
    (["指定"], ["为被监护人", "为监护人", "为其监护人", "担任监护人", "担任其监护人"]),
    (["担任"], ["的监护人", "的法定代理人"]),
    # whom legal aid assigns (指派律师于红旗为受援人…)
    (["指派", "指派律师"], ["为", "承办", "担任", "代理", "提供"]),
    (["陪同"], ["到", "去", "前往", "就诊", "来到", "一起"]),
    (["举报", "控告", "状告", "投诉", "起诉", "反映"],
     ["利用", "侵占", "拖欠", "违规", "非法", "私自", "擅自", "殴打", "诈骗", "骗取", "强占",
      "占用", "收受"]),
    (["接送"], ["上下学", "上学", "放学"]),
    # a visiting delegation's head (会见了来访的白玉兰一行: 白玉兰, a magnolia)
    (["来访的"], ["一行"]),
    # whose words are quoted (正如和春风所说)
    (["正如"], ["所说", "所言", "指出的那样"]),
    # whose status an office revokes (关于撤销向和平“县级非遗代表性传承人”资格的决定), to whom a
    # ruling has wages paid (裁决某电镀厂支付牛玉兰停工留薪期工资), whom an office asks to lead
    # (委托于平安牵头…), whom a hospital compensates (由医院一次性赔偿安爱国各项损失…), whose name
    # a label bears (贴有“文玉兰”字样标签), whom a notice commends (表扬了…：“…”, 特此对和春风
    # 见义勇为…予以表彰)
    (["撤销", "取消"], ["“"]),
    (["支付", "补发", "赔付", "赔偿"], ["停工留薪", "的工资", "抚养费", "赡养费", "经济补偿",
                                    "医疗费", "误工费", "围墙", "房屋", "车辆", "修复费",
                                    "维修费", "损失"]),
    (["委托"], ["牵头", "负责", "代为", "整理"]),
    # to whom an office replies in writing (工作人员刘伟给高欢的书面答复中明确…)
    (["给", "对"], ["的书面答复", "的答复", "的回复", "的复函", "的告知书"]),
    # whose things a worker broke (在搬运过程中摔坏了高明的衣柜)
    (["摔坏了", "损坏了", "弄坏了", "打碎了", "撞坏了", "划伤了", "弄丢了"], ["的"]),
    (["赔偿", "补偿"], ["各项损失"]),
    (["贴有“", "写有“", "印有“"], ["”字样"]),
    (["表扬了", "表扬"], ["：", ":"]),
    (["特此对", "对"], ["见义勇为"]),
    # whom a lawyer advises (律师建议能雪梅保留好聊天记录), who sold what someone bought (购买了
    # 和平安销售的假冒种子), whose application a meeting grants (同意信海洋的宅基地申请), and by
    # whose account an office acts (根据东方和平提供的…)
    (["建议"], ["通过", "保留", "尽快", "及时", "携带", "前往"]),
    (["购买了", "购买", "买了"], ["销售的", "出售的", "生产的", "经营的"]),
    (["同意", "批准", "驳回", "不同意"], ["的申请", "的宅基地申请", "的请求", "的诉讼请求"]),
    (["根据", "据"], ["提供的", "反映的", "举报的", "陈述的"]),
    # whom a company owes wages (问：你公司欠王军多少工资？), and whose land or house bounds a plot
    # (四至为：东至水泥路，西至白雪梅家菜地)
    (["欠", "拖欠", "共欠", "还欠"], ["多少", "的工资", "的钱", "的货款", "的工程款"]),
    (["东至", "西至", "南至", "北至", "东邻", "西邻", "南邻", "北邻"],
     ["家" + land for land in ("菜地", "院墙", "房屋", "宅基地", "责任田", "承包地", "田地", "林地",
                              "围墙", "住宅", "房", "山林", "地")]),
    # whose home or shop an office visits (市残联工作人员到金光明家中上门评残, 助浴车来到信兵家楼下,
    # 检查组发现花长江店里的除草剂…)
    (["到", "前往", "来到", "走进", "发现", "飘进", "传进", "闯入"],
     ["家中", "家里", *("家" + part for part in HOME_PARTS), "店里", "店内"]),
    # … or whom a warden finds breaking a rule (督导员…发现时娜未按要求分类投放: 发现时, when
    # found, hid the name), or a bank clerk finds nervous (发现向建国神色慌张)
    (["发现"], ["未按要求", "未按规定", "乱扔", "乱丢", "乱倒", "违规投放", "私自", "擅自",
               "神色", "形迹"]),
    # from whom a reporter learnt something (记者从能春风处了解到…)
    (["从"], ["处了解", "处获悉", "处得知", "处获取"]),
    # whom a reporter asks at a press conference (请问于红旗局长，…)
    (["请问"], [t for t in TITLES if t not in HONORIFICS]),
    # who among donors gave what (募集善款3万元，其中方平个人捐款5000元)
    (["其中"], ["个人捐款", "个人捐赠", "个人出资", "捐款", "捐赠"]),
    # … or who among those checked did what (共约谈主播17人，其中金和平因多次虚构原价…)
    (["其中"], ["因", "系", "已", "被"]),
    (["让", "叫", "叫来", "喊来"], ["帮忙", "帮", "照看", "代为", "一起", "去", "来"]),
    # whom someone is called (有个叫常青的人冒充…, 租给了一个叫高远的人)
    (["叫", "名叫"], ["的人", "的男子", "的女子", "的男人", "的女人", "的小伙", "的老人",
                   "的老太", "的师傅", "的工人", "的朋友", "的同学", "的同事", "的邻居"]),
    (["冒用", "盗用", "借用"], ["的"]),
    # whose complaint or what they handed in is passed on (把常平安的投诉材料移交给仲裁委)
    (["把"], ["的投诉", "上交的", "反映的", "提交的", "的诉求"]),
    # whose claims a tribunal upholds (本委依法缺席审理，并支持成建设的全部仲裁请求)
    (["支持", "驳回"], ["的全部", "的诉讼请求", "的仲裁请求", "的请求", "的申请"]),
    (["以"], ["的名义"]),
    (["被"], ["强占", "打伤", "殴打", "骗走", "骗取", "占用", "辱骂", "抢走", "偷走", "撞伤",
             "咬伤", "拖欠", "饲养的", "驾驶的", "等"]),
    # … or a dog bites (将路过的华爱国咬伤, 犬只咬伤邻居于桂芳，…)
    # who in an office's section, department, station or squad does what and when (管理科石海洋
    # 于5月份组织…, 药剂科王萍于3月6日上报…, 执法支队石海洋于6月3日…: the model reads the
    # section's name on, and 海洋 is a word)
    (_SECTIONS + _BODIES_CHECKING, [*("于" + digit for digit in "0123456789"), "于今", "于本月",
                                    "于次日", "于当日", "于近日", "于同日", "于上午", "于下午",
                                    "于中午", "于晚上", "于凌晨", "于摇号前"]),
    # … or says, or checks (物业科和爱国介绍, 客运科东方军介绍, 工伤保险科程红旗表示, 工程科能春风在
    # 检查中发现; 经乡农业综合服务中心全国强复核, 经市场监管局能敏核查, 经学院调查组和敏走访核实)
    (_SECTIONS + _BODIES_CHECKING, [*_SAYING_IN_A_SECTION, *_CHECKING_IN_A_SECTION]),
    # … and the head of one, after their title (据部长时文明介绍: no adverb stands between a
    # head's title and what they say; only titles that start as a section's name does, as a
    # frame's first character is looked for everywhere)
    (["股长", "科长", "部长", "处长", "局长", "站长", "所长", "组长", "主任", "负责人"],
     _SAYING_IN_A_SECTION),
    # whom someone goes somewhere with (上午陪和敏到向阳路仲裁院提交材料)
    (["陪", "陪同", "偕同"], ["到", "前往", "去", "调取", "家属", "及其"]),
    # who speaks first in a meeting's minutes (会议纪要：成爱国通报一季度客户投诉情况…)
    (["纪要：", "纪要:"], ["通报", "部署", "提出", "建议", "汇报", "强调", "指出", "主持", "介绍",
                         "传达"]),
    # whose request or complaint a reply is about (关于单和平提出的“参战人员身份认定”诉求)
    (["关于", "对于"], ["提出的", "反映的", "的诉求", "的申请", "的投诉", "的举报"]),
    (["路过的"], ["咬伤", "抓伤", "撞伤", "撞倒"]),
    (["咬伤", "抓伤", "咬伤邻居", "抓伤邻居"], ["，", "。", "的", "后"]),
    # a household by its floor (确认啤酒瓶来自16楼东方军户，: 军户 is a word)
    (["楼", "层"], ["户，", "户。", "户、", "户；", "户的", "户家"]),
    (["称", "称，"], ["拖欠", "欠", "殴打", "辱骂", "骗", "多次", "长期", "经常", "私自", "擅自",
                    "未经", "违法", "在村"]),
    # (… and whom a court or a creditor asks to pay: 要求金文明给付货款)
    (["要求"], ["退还", "赔偿", "支付", "搬离", "归还", "停止", "拆除", "道歉", "返还", "给付",
               "偿还", "等"]),
)
# what may stand before a name in a frame, by what follows the name there
_FRAMED_BEFORE = {after: tuple(sorted({before for befores, afters in _FRAME_WORDS
                                       if after in afters for before in befores}))
                  for after in {word for _, afters in _FRAME_WORDS for word in afters}}
_LONGEST_FRAME_AFTER = max(map(len, _FRAMED_BEFORE))
# what a text holds where any frame may match (a search for one skips the pattern elsewhere)
_FRAME_FIRST = re.compile(
    "[" + "".join(sorted({word[0] for before, _ in _FRAME_WORDS for word in before})) + "]")


@cache
def _frames_by_first() -> dict[str, list[tuple[int, list[str], Sequence[str]]]]:
    """For each character a frame's words before a name start with, the frames that may start
    there, in _FRAME_WORDS's order: each its words before a name starting so and after it, and
    their indexes."""
    by_first: dict[str, list[tuple[int, list[str], Sequence[str]]]] = {}
    for index, (before, after) in enumerate(_FRAME_WORDS):
        for first in sorted({word[0] for word in before}):
            by_first.setdefault(first, []).append(
                (index, [word for word in before if word[0] == first], after))
    return by_first


@cache
def _frame_pattern(first: str) -> tuple[re.Pattern[str], tuple[int, ...]]:
    """One pattern of the frames that may start at first (each its own group) and their
    indexes, compiled when a text first holds first: all 250 together took half a second, the
    most of a two-line file's screen."""
    frames = _frames_by_first()[first]
    return (re.compile("|".join(_framed_name(before, after) for _, before, after in frames)),
            tuple(index for index, _, _ in frames))


def _frame_matches(text: str) -> Iterator[tuple[re.Match[str], int]]:
    """Each frame's match in text and its index in _FRAME_WORDS, left to right and none
    overlapping, the first frame listed winning where several match at a position (as one
    pattern of them all would find them; a position is tried only with the frames its
    character may start: that pattern tried every frame at each, a tenth of the screen's time)."""
    at = 0
    while (first := _FRAME_FIRST.search(text, at)) is not None:
        at = first.start()
        pattern, frames = _frame_pattern(text[at])
        match = pattern.match(text, at)
        if match is None:
            at += 1
            continue
        yield match, frames[match.lastindex - 1]
        at = max(match.end(), at + 1)


# A person's record: a name at its start, or an item's of a list counted in Chinese numerals
# (一、和平安，男，…), and the person's sex after it (公示：马上飞，男，汉族;
# 和平安/男/45岁; 向前, 常青 and 马上 are words too, which no one writes so): a name whatever
# the model says
_RECORD = re.compile(r"(?:^|(?<=[：:；;\n])|(?<=[一二三四五六七八九十]、))("
                     + _SURNAME + _VOUCHED_GIVEN
                     + r"{1,2})(?=[，,（(][男女][，,）)]|([/|｜])[男女]\2)"
                     # … and a table's row flattened into text (拟录用人员名单：1 班梅 男 1993.11;
                     # 拟录用人员 高峰 性别 男: 高峰 was published)
                     + r"|(?:^|(?<=[：:；;\s]))(" + _SURNAME + _VOUCHED_GIVEN
                     + r"{1,2})(?=[ \t\u3000]+(?:性别[ \t\u3000]*[：:]?[ \t\u3000]*)?[男女]"
                     r"(?:[ \t\u3000]|$))")


# Someone named by the surname alone (快递员姓付，电话…; 一名姓王的男子; 物业经理姓冷，叫冷锋): the
# surname is all that names the person there, masked as 王先生's is (not 姓名, 姓氏, 百姓)
_SURNAMED = re.compile(
    "(?<![百贵同])姓(?![名氏])(" + _SURNAME + r")(?=[，。,、；;的叫）)\s]|$|先生|女士|男子|女子)")


def _surnamed(text: str) -> list[Candidate]:
    """The surnames _SURNAMED finds in text."""
    return [_candidate((m.start(1), m.end(1), EVIDENT)) for m in _SURNAMED.finditer(text)]


# what a text holds where _RECORD may match (not 女士)
_SEX = re.compile(r"[男女][，,）)/|｜]|[ \t\u3000][男女](?:[ \t\u3000]|$)")
# A deputy or a member whom an office's reply addresses, or whose proposal a text reports
# (金和平委员：您提出的…提案收悉, 和春风委员建议…; 代表 and 委员 end no name elsewhere:
# 党代表大会, 村民代表)
_MEMBER = re.compile("(?:代表|委员)(?:[：:]|提出的|建议|表示|指出|认为)")
_ADDRESSED_MEMBER = re.compile(r"(?:^|(?<=[\n。：:])|(?<=尊敬的))(" + _SURNAME + _VOUCHED_GIVEN
                               + r"{1,2})(?=" + _MEMBER.pattern + ")")


def _recorded(text: str) -> list[Candidate]:
    """The names at the start of a person's record (_RECORD), not a role word (申请人，男 is
    no one's name) nor a surname and a form of address (莫老伯，男: masked *老伯, as always)."""
    out = []
    for match in _RECORD.finditer(text):
        # a row's cells, apart or between slashes (性别 男 is a heading and its value)
        cells = match.start(1) < 0 or match.group(2) is not None
        start, end = match.span(3 if match.start(1) < 0 else 1)
        given = start + len(surname_of(text[start:end]))
        if not (text[start:end] in _ROLE_WORDS or text.startswith(ADDRESSING, given)
                or _HONORIFIC.match(text, given)
                or (cells and _common_word(text[start:end], _SOME_WORD, NAME_TAGS))):
            out.append(_candidate((start, end, EVIDENT)))
    return out


# jieba's tags of verbs and function words, which a form's field holds where it holds no name
# (户主：同上, 签发：同意; not 高远, lofty, which jieba tags d)
_NO_FIELD_NAME_TAGS = frozenset({"v", *FUNCTION_TAGS} - {"d"})


def _labelled_fields(labels: Sequence[str], after_a_label: str) -> re.Pattern[str]:
    """Fields of these labels, each a name's shape after the label and what follows it
    (after_a_label), up to the field's end."""
    return re.compile("(?:" + alternatives(labels) + ")" + after_a_label + r"[ \t\u3000]*("
                      + _SURNAME + _VOUCHED_GIVEN + r"{1,2})(?=[ \t\u3000；;，,。\n]|$)")


_COLON_OR_BLANKS = r"(?:[ \t\u3000]*[：:]|[ \t\u3000])"  # after a field's label
# What a form's 姓名 (name) or 户主 (household head) field holds, after a colon or blanks,
# whatever words it reads as (姓名：能力 性别：男, 户主 庄严，家庭人口 3人)
_FORM_NAME = _labelled_fields(["姓名", "户主"], _COLON_OR_BLANKS)


def _field_names(fields: Iterable[re.Match[str]]) -> list[Candidate]:
    """What the fields of a form hold (each match's first group), as names, but a masked one
    (姓名：张某), a verb or a function word (户主：同上, 签发：同意)."""
    words = lexicon()
    return [_candidate((m.start(1), m.end(1), EVIDENT)) for m in fields
            if not MASK_CHARS.intersection(m.group(1))
            and words.tag(m.group(1))[:1] not in _NO_FIELD_NAME_TAGS]


def _form_names(text: str) -> list[Candidate]:
    """The names _FORM_NAME finds (_field_names)."""
    return _field_names(_FORM_NAME.finditer(text))


# A form's field for someone in a role, a colon after its label and blanks or the text's end
# after its value of a surname and two characters (来访群众：成长江　　反映事项：…: the rules read
# no name in 成长, a common word, and the model masked 江 alone)
_ROLE_LABEL = "(?:" + alternatives(sorted(_ROLE_WORDS)) + r")[ \t\u3000]*[：:][ \t\u3000]*"
_ROLE_FORM_FIELD = re.compile(
    _ROLE_LABEL + "(" + _SURNAME + _VOUCHED_GIVEN + r"{2})(?=[ \t\u3000]|$)")


# … and such a field whose value names the body the person is of before them (调解员：和平街道
# 人民调解委员会单长江　: the whole value is no name, and 长江 is a word)
_ROLE_FORM_FIELD_AFTER_A_BODY = re.compile(
    _ROLE_LABEL + r"[\u4e00-\u9fff]{2,16}?(?:委员会|局|所|站|中心|大队|中队|支队|科|办|院|公司)("
    + _SURNAME + _VOUCHED_GIVEN + r"{1,2})(?=[ \t\u3000]|$)")


# … and a record's first value, of a surname and one or two characters, right after its heading
# (a notice, a register) and before the next field's label: whom the record is of (产业奖补公示：
# 信秋月　养蜂数量：50箱, 营地住宿登记：华光明　证件号：…)
_HEADED_RECORD = re.compile(
    r"(?:公示|登记|名单|记录|登记表|信息表)[：:][ \t\u3000]*(" + _SURNAME + _VOUCHED_GIVEN
    + r"{1,2})(?=[ \t\u3000]+[\u4e00-\u9fff]{2,8}[：:])")


# … and a form's field whose label ends as a word for someone does (受益户, 总指挥, 复秤人, 带队
# 队长) at a field's start, its value followed by the next field's label or the text's end
# (受益户：师和平　家庭人口：3人, 总指挥：师红旗　参演人数：860人: the model found no one)
_PERSONS_FIELD = re.compile(
    r"(?:^|(?<=[ \t\u3000]))[\u4e00-\u9fff]{0,4}?(?:人|户|员|长|指挥)[ \t\u3000]*[：:]"
    r"[ \t\u3000]*(" + _SURNAME + _VOUCHED_GIVEN
    + r"{1,2})(?=[ \t\u3000]+[\u4e00-\u9fff]{2,8}[：:]|[ \t\u3000]*$)")


# What a reply finds of what someone complained of, after their name (所反映问题属实), and that
# name, a clause's first words
_COMPLAINED_OF_AFTER = re.compile("所(?:反映|投诉|举报|诉问题|述问题|述情况)")
_COMPLAINANT = re.compile(r"(?:^|(?<=[，,。；;：:]))(" + _SURNAME + _VOUCHED_GIVEN
                          + r"{1,2}?)(?=" + _COMPLAINED_OF_AFTER.pattern + ")")


def _complainants(text: str) -> list[Candidate]:
    """The names _COMPLAINANT finds that are no word of the dictionary but one it tags as a
    name (_field_names: 高明所反映…)."""
    words = lexicon()
    return _field_names(m for m in _COMPLAINANT.finditer(text)
                        if not words.frequency(m.group(1))
                        or words.tag(m.group(1)) in NAME_TAGS)


def _role_form_fields(text: str) -> list[Candidate]:
    """The names _ROLE_FORM_FIELD, _ROLE_FORM_FIELD_AFTER_A_BODY, _HEADED_RECORD and
    _PERSONS_FIELD find that are no word of the dictionary (_field_names)."""
    words = lexicon()
    return _field_names(m for pattern in (_ROLE_FORM_FIELD, _ROLE_FORM_FIELD_AFTER_A_BODY,
                                          _HEADED_RECORD, _PERSONS_FIELD)
                        for m in pattern.finditer(text) if not words.frequency(m.group(1)))


# A document's sign-off: who drafted, checked and signed it (起草：严冬；审核：方舟；签发：
# 高远), or a form's, who handled, approved and recorded it (经办人：文明 复核人：方正 审批人：
# 和谐: 和谐 was published), each field holding a name whatever words it reads as where two or
# more stand together (审核：通过 alone is a status), but a verb or a function word (签发：同意)
_SIGN_OFF = _labelled_fields(["起草", "拟稿", "核稿", "审核", "审稿", "签发", "校对", "复核",
                              "审签", "会签", "制表", "填表", "经办", "审批", "批准", "承办",
                              "记录", "审定", "核定", "统计", "验收"], r"人?[ \t\u3000]*[：:]")
# … and a judgment's bench at its end, after a colon or blanks (审判长 文明 / 审判员 安宁 / 书记员
# 金凤; 审判长：现在开庭 is a transcript's line: 现在 is a word of time)
_BENCH = _labelled_fields(["审判长", "审判员", "代理审判员", "人民陪审员", "陪审员", "书记员",
                           "法官助理", "执行员", "执行法官"], _COLON_OR_BLANKS)


def _two_fields_or_more(fields: re.Pattern[str], text: str) -> list[Candidate]:
    """The names of a sign-off or a bench (_SIGN_OFF, _BENCH) of two fields or more
    (_field_names)."""
    matches = list(fields.finditer(text))
    return _field_names(matches) if len(matches) >= 2 else []


# A name that is a word, then 同志 (comrade) or 同学 (a pupil), at a clause's start or in a
# list: 和平同志因病逝世, where the rules and the model read 和平 as peace (not 同志们, all
# comrades; 司马平安同学…: the model read 司马 alone)
_COMRADE = re.compile(r"(?:^|(?<=[，,。；;：:、\n]))(" + _SURNAME + _VOUCHED_GIVEN
                      + r"{1,2})(?=(?:同志|同学)(?!们))")
_COMRADE_WORD_TAGS = frozenset(["nr", "nrfg", "nz", "ns"])  # names', proper nouns', places'


def _comrades(text: str) -> list[Candidate]:
    """The names _COMRADE finds that are words of the dictionary jieba tags as names, proper
    nouns or places (和平, 红旗, 长江), or start with a compound surname (东方平安, two words),
    or whose given name of two is a word jieba tags as a name (于红旗): 同志 or 同学 vouches
    for them, where no other evidence would; not role words (老红军同志, 老党员同志)."""
    words = lexicon()
    return [_candidate((m.start(1), m.end(1), EVIDENT)) for m in _COMRADE.finditer(text)
            if m.group(1) not in _ROLE_WORDS and (
                (words.frequency(m.group(1)) and words.tag(m.group(1)) in _COMRADE_WORD_TAGS)
                or m.group(1)[:2] in COMPOUND_SURNAMES
                or (m.end(1) - m.start(1) == 3 and words.tag(m.group(1)[1:]) in NAME_TAGS))]


def _names_no_thing(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a name the patterns below find, names no body, place or
    household (高新区（工作人员）, 对辖区内的金华路，, 王芳家（低保户）: the household of 王芳)."""
    return (not names_a_thing(text, end - 1) and not a_location(text, end)
            and text[end - 1] not in ONLY_PLACES_END and text[end - 1] not in HOUSEHOLD)


# A name with who the person is in brackets right after it, a list's item or a clause's first
# words (签到表：信秋月（楼栋长）、刘*（网格员）, 高欢（学员家长）建议…: 秋月 and 高欢 are words,
# and the names were published): the role word, with a few characters before it (物业安全员)
_BRACKETED_ROLE = re.compile(
    r"(?:^|(?<=[，,。；;：:、\n \t\u3000]))(" + _SURNAME + _VOUCHED_GIVEN + r"{1,2})"
    r"(?=[（(][\u4e00-\u9fff]{0,4}?"
    + alternatives(sorted({*WORDS_NAMING_SOMEONE, *RELATIVES}, key=len, reverse=True))
    + r"[）)])")


def _role_bracketed(text: str) -> list[Candidate]:
    """The names _BRACKETED_ROLE finds that name no thing (_names_no_thing)."""
    return [_candidate((m.start(1), m.end(1), EVIDENT)) for m in _BRACKETED_ROLE.finditer(text)
            if _names_no_thing(text, *m.span(1))]


# A name that begins a sentence or a clause before what the one named did at once (信秋月当即
# 召集…: 秋月 is a word, and the name was published) or before their call, letter or visit
# (银利来电反映…: 银利 is a word of the dictionary, if a rare one)
_ACTING_AT_ONCE = re.compile(r"(?:^|(?<=[。！？!?\n，,]))(" + _SURNAME + _VOUCHED_GIVEN
                             + r"{1,2})(?=当即|立即|随即|当场|立刻|来电|来信|来访)")


def _acting_at_once(text: str) -> list[Candidate]:
    """The names _ACTING_AT_ONCE finds that are no word of the dictionary (双方当即…, 公司立即…,
    华为立即…, 民警立即…: words, jieba's tags no help; 高欢 is one too) and name no thing."""
    return [_candidate((m.start(1), m.end(1), EVIDENT)) for m in _ACTING_AT_ONCE.finditer(text)
            if not lexicon().frequency(m.group(1)) and _names_no_thing(text, *m.span(1))]


# A name before others like the one named (组织时光明等技术人员…, 经文国强等村民建议: 光明 and
# 国强 are words, and the names were published), counted or named by a word for people, and one
# before what it said (…的信秋月如是说; not before 向记者, to the reporter: 网易官方向记者表示),
# and an elder named so (信秋月老人独自居住: the model found it only likely), and who is
# interviewed (从传销组织脱身的华和平在接受采访时说…)
_NAMED_AMONG_OTHERS = re.compile(
    "(" + _SURNAME + _VOUCHED_GIVEN + r"{1,2})(?=等(?:[0-9一二两三四五六七八九十百千余多几]*"
    r"(?:名|人|位)|" + alternatives(sorted({*WORDS_NAMING_SOMEONE, "人员", "同志", "干部",
                                           "技术人员", "专家"}, key=len, reverse=True))
    + ")|如是说|老人(?!们)|在接受(?:记者|媒体)?采访)")


def _named_among_others(text: str) -> list[Candidate]:
    """The names _NAMED_AMONG_OTHERS finds that are no word of the dictionary and name no thing
    (高新区等单位人员, 刘家老人), nor the end of a word before (有关|人员等, 本人等) or a word
    for someone after a surname (和对方等7名)."""
    return [_candidate((m.start(1), m.end(1), EVIDENT))
            for m in _NAMED_AMONG_OTHERS.finditer(text)
            if not lexicon().frequency(m.group(1)) and _names_no_thing(text, *m.span(1))
            and not glued_left(text, m.start(1), _GLUED_TO_OTHERS)
            and text[m.start(1) + len(surname_of(m.group(1))):m.end(1)] not in _SOMEONE
            and lexicon().tag(text[m.start(1):m.start(1) + 2]) != "r"
            and text[m.end(1) - 1] not in _FOR_OR_WITH  # (护士甘甜为老人接种…)
            and not _when_or_how(text[m.end(1) - 2:m.end(1)])]


_FOR_OR_WITH = frozenset("为给向对帮替和与跟同陪")  # (what ends no name before 老人 or 等)
_WHEN_OR_HOW_TAGS = frozenset(["d", "ad", "f", "p", "c"])
_COMMON_TIME = 1000  # (a word of time this frequent ends no name: 昨天, 近日; not 秋月, 22)


def _when_or_how(pair: str) -> bool:
    """Whether pair, a name's last two characters, is when or how someone acts rather than a
    given name (主任楼文龙最近在接受采访时…: 龙最近 was read on from 楼文龙)."""
    tag = lexicon().tag(pair)
    return tag in _WHEN_OR_HOW_TAGS or (
        tag == "t" and (lexicon().frequency(pair) or 0) >= _COMMON_TIME)


_SOMEONE = SOMEONE_WORDS | {"人员", "本人"}  # (what follows a surname in 有关人员, 和对方)
_GLUED_TO_OTHERS = 2000  # (有关, 20,573, not 经文, 319: 经文国强等村民建议)


# Whom an office deals with, described before the name (对主动简办婚事的和永红，村委会…, 对拒不
# 履行赡养义务的高玉兰，…, 对违规进入…的和春风收取救援费用: 永红 and 春风 are words, and the
# model found no one): after 对, what they did and 的, before a comma or what is done to them
_DEALT_WITH = re.compile(r"对[^，,。；;：:、]{2,30}?的(" + _SURNAME + _VOUCHED_GIVEN
                         + r"{1,2})(?=[，,]|处以|予以|收取|给予|进行|作出|发放|颁发|依法)")


def _dealt_with(text: str) -> list[Candidate]:
    """The names _DEALT_WITH finds that are no word of the dictionary and name no thing
    (对辖区内的金华路，…)."""
    return [_candidate((m.start(1), m.end(1), EVIDENT)) for m in _DEALT_WITH.finditer(text)
            if not lexicon().frequency(m.group(1)) and _names_no_thing(text, *m.span(1))]


# Who a caller says they are (来电人：我是住在白沙花园的和敏，…, 我是平安里小区的花海洋，…: the
# model found no one), where they live or what they are before 的
_SELF_INTRODUCED = re.compile(r"我是(?:[^，,。；;：:]{0,20}?的)?(" + _SURNAME + _VOUCHED_GIVEN
                              + r"{1,2})(?=[，,。；;！!]|$)")


def _self_introduced(text: str) -> list[Candidate]:
    """The names _SELF_INTRODUCED finds that are no word of the dictionary, nor a word for
    someone after a surname (我是这里的老住户，), and name no thing."""
    return [_candidate((m.start(1), m.end(1), EVIDENT)) for m in _SELF_INTRODUCED.finditer(text)
            if not lexicon().frequency(m.group(1)) and _names_no_thing(text, *m.span(1))
            and text[m.start(1) + len(surname_of(m.group(1))):m.end(1)] not in _SOMEONE]


# Who won a prize, after it (获奖名单：一等奖师和平，二等奖金光明、…: 奖金, a bonus, is a word,
# and 光明 one too), the name an item of the list
_AWARDED = re.compile(r"(?:[一二三特]等奖|优秀奖|金奖|银奖|铜奖|鼓励奖)[ \t\u3000]*[：:]?"
                      r"[ \t\u3000]*(" + _SURNAME + _VOUCHED_GIVEN
                      + r"{1,2})(?=[，,、；;。 \t\u3000]|$)")


def _awarded(text: str) -> list[Candidate]:
    """The names _AWARDED finds that are no word of the dictionary but one it tags as a name
    (金光明; not 金华, a city, nor 金牌)."""
    words = lexicon()
    return [_candidate((m.start(1), m.end(1), EVIDENT)) for m in _AWARDED.finditer(text)
            if not words.frequency(m.group(1)) or words.tag(m.group(1)) in NAME_TAGS]


# Tibetan and Mongolian names, which have no surname (surnames.UNSURNAMED_NAME_PARTS): a few
# parts together (次仁多吉, 格桑卓玛), or one after a role word (牧民其其格); where one part is
# the start of a longer word, a place's (乌兰察布, 巴音郭楞), no name
_UNSURNAMED_PART = alternatives(sorted(UNSURNAMED_NAME_PARTS, key=len, reverse=True))
_UNSURNAMED = re.compile(
    "(?=[" + "".join(sorted({part[0] for part in UNSURNAMED_NAME_PARTS})) + "])"
    f"({_UNSURNAMED_PART})((?:{_UNSURNAMED_PART}){{0,2}})")


def _unsurnamed(text: str) -> list[Candidate]:
    """The Tibetan and Mongolian names in text (_UNSURNAMED)."""
    out = []
    for match in _UNSURNAMED.finditer(text):
        start, end = match.span()
        if match.group(2) or (_role_word_before(text, start) is not None
                              and not begins_a_word(text, start, end)):  # (not 乌兰察布)
            out.append(_candidate((start, end, EVIDENT)))
    return out


# Who is on duty on a day or a shift of a roster (值班：周一方平，周二段伟: 一方 is a word, and 方平
# was published; 值班表：7月1日金和平，…; 工作日志：夜班　江华、白**　检查旅馆9家): the name
# after the day or the shift, up to the next item or the clause's end
_ROSTERED = re.compile("(?:" + alternatives(WEEKDAYS)
                       + r"|(?<![0-9])[0-9]{1,2}月[0-9]{1,2}日"
                       + r"|(?<![\u4e00-\u9fff])[早中晚夜白]班[ \t\u3000]*)[：:]?(" + _SURNAME
                       + _VOUCHED_GIVEN + r"{1,2})(?=[，,；;、 \t\u3000。]|$)")


def _rostered(text: str) -> list[tuple[Candidate, int]]:
    """The names _ROSTERED finds, each with where its day starts, that are no common word of
    the dictionary but a name's (周三全天，周四上午; not 方平, a rare one)."""
    return [(_candidate((m.start(1), m.end(1), EVIDENT)), m.start())
            for m in _ROSTERED.finditer(text)
            if not _common_word(m.group(1), ORDINARY, NAME_TAGS)]


# Whom a court's or an office's notice addresses at its start, before a colon and what it
# tells them (时光明：本院受理原告…诉你…; 师和平、金爱国：本院…): the notice's parties, whatever
# words their names read as, or their household (冯云户：你户…: 户 was masked with the name)
_ADDRESSED_PARTY = re.compile(
    r"(?:^|(?<=[\n。、]))(" + _SURNAME + _VOUCHED_GIVEN + r"{1,2}?)(?=户?(?:、" + _SURNAME
    + _VOUCHED_GIVEN + r"{1,2})*[：:](?:本院|本机关|本局|本委|本会|你|您))")


def _addressed_parties(text: str) -> list[Candidate]:
    """The names _ADDRESSED_PARTY finds that are no ordinary word of the dictionary (公告：本院…
    is a notice's heading)."""
    return [_candidate((m.start(1), m.end(1), EVIDENT)) for m in _ADDRESSED_PARTY.finditer(text)
            if not _a_word(text, m.start(1), m.end(1), whole=True)]


def _addressed_members(text: str) -> list[Candidate]:
    """The names _ADDRESSED_MEMBER finds, unless a word but a name's starts there (党委|委员,
    常务|委员; not 金和|平委员, 向阳|代表, nor a compound surname: 南宫红旗代表)."""
    words = lexicon()
    return [_candidate((m.start(1), m.end(1), EVIDENT)) for m in _ADDRESSED_MEMBER.finditer(text)
            if m.group(1)[:2] in COMPOUND_SURNAMES
            or not (words.frequency(text, m.start(1), m.start(1) + 2)
                    and words.tag(text[m.start(1):m.start(1) + 2]) not in PROPER_GIVEN)]


# Whom a notice of appointments names at a clause's start, with the office after it (郭琳任市发展
# 和改革委员会主任，免去…; 文飞同志兼任区委常委: the model read 任市 as a place's start and the
# name was published), or since or while in it (和春风任村党支部书记以来，…): a name whatever
# the model says, unless a word but a name's (曾先后任)
_OFFICE_ENDS = ("长", "主任", "书记", "委员", "常委", "主席", "调研员", "巡视员", "审判员",
                "检察员", "专员", "总监", "总编辑", "干事", "科员", "秘书")
_APPOINTED = re.compile(r"(?:^|(?<=[\n。；;，,：:]))(" + _SURNAME + _VOUCHED_GIVEN
                        + r"{1,2}?)(?=(?:同志)?(?:兼任|担任|任)[^，,。；;、\n]{1,24}?"
                        + alternatives(_OFFICE_ENDS)
                        + r"(?:职务)?(?:以来|期间)?(?:[，,。；;、\n]|$))")
# (the characters of adverbs and verbs that come between a subject and 任: 曾兼任, 现任, 拟任;
# and jieba's tags of the words of manner, time and linking: 曾长期任, 同时任, 曾连续任)
_HOW_OR_WHEN = frozenset(["d", "ad", "a", "c", "t", "p", "r", "m", "q", "f", "u"])
_BEFORE_TAKING_OFFICE = frozenset("兼担调现曾拟继新升改出转接留历连再另暂并仍均分各先后将已"
                                  "还也又都就便即亦正")


def _appointed(text: str) -> list[Candidate]:
    """The names _APPOINTED finds that are no word of the dictionary but a name's and whose
    given name neither is a word of manner, time or linking nor ends as an adverb or a verb
    before 任 does."""
    out = []
    for match in _APPOINTED.finditer(text):
        start, end = match.span(1)
        given = start + len(surname_of(text[start:end]))
        if (text[end - 1] in _BEFORE_TAKING_OFFICE or text[start:end] in _ROLE_WORDS
                or text[end - 1] in _BODY_ENDS
                or _common_word(text[start:end], ORDINARY, NAME_TAGS)
                or (end - given == 2 and lexicon().tag(text[given:end]) in _HOW_OR_WHEN)):
            continue
        out.append(_candidate((start, end, EVIDENT)))
    return out


_DOTTED_PART = 6  # the most characters of a dotted name's part (阿不都热依木) …
# … which holds no stop character but those Uyghur names are written with (阿不都, 阿依古丽)
# (and the adverbs that follow a name: 马里恩·图尔以…, 詹姆斯·米勒曾…)
_NOT_IN_A_DOTTED_PART = (STOP_CHARS - frozenset("不都依里")) | frozenset("以曾仍正便即却再")
_PARTICLES = frozenset("于为在和与的了是")  # what ends a word a name runs into (逊于, 提为)


def _dotted(text: str, names: list[Candidate], words: Lexicon) -> list[Candidate]:
    """The names that reach a name's dot with a part too short on either side (fewer than two
    characters before it, three after it), each widened over that part: the model reads the
    parts of Uyghur names apart (艾力·|买买提 published 买买提, 买买提·吐尔逊 买买 and 逊). A part
    is ideographs up to a stop character, a title, a role word, or a word of the dictionary as
    common as GLUED_LEFT: before the dot one ending there (评选|热依拉), after it one starting
    there past the part's first character (阿布都拉|咨询), as common as _COMMON_WORD where it
    ends in a particle (古丁|终于; not 吐尔逊于: 逊于 is a rarer word)."""
    out = []
    for name in names:
        dots = [i for i in range(max(0, name.start - 1), min(len(text), name.end + 1))
                if text[i] in NAME_DOTS]
        if not dots:
            continue
        first, last = dots[0], dots[-1] + 1  # the first dot, and what follows the last
        start, end = min(name.start, first), max(name.end, last)
        if first - start < 2:
            while (start > 0 and first - start < _DOTTED_PART and is_cjk(text[start - 1])
                   and text[start - 1] not in _NOT_IN_A_DOTTED_PART
                   and not text.endswith(_PREFIXES, 0, start)
                   and not any((words.frequency(text, at, start) or 0) >= GLUED_LEFT
                               for at in range(max(0, start - 3), start - 1))):
                start -= 1
        if end - last < 3:
            while (end < len(text) and end - last < _DOTTED_PART and is_cjk(text[end])
                   and text[end] not in _NOT_IN_A_DOTTED_PART and not _TITLE.match(text, end)
                   and (end == last or not any(
                       (words.frequency(text, end, stop) or 0)
                       >= (_COMMON_WORD if text[stop - 1] in _PARTICLES else GLUED_LEFT)
                       for stop in range(end + 2, min(len(text), end + 3) + 1)))):
                end += 1
        if (start, end) != (name.start, name.end) and start < first and end > last:
            out.append(_candidate((start, end, name.score)))
    return out


def _words_after_a_compound(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a compound surname that is a common word and a given name of
    two characters that is one too (与东方哲学之间: the east, philosophy; not 待东方志补充)."""
    return (end - start == 4 and text[start:start + 2] in COMPOUND_SURNAMES
            and common_compound(text[start:start + 2]) and _common_word(text[start + 2:end]))


# the comrades of a group, whom a frame names as it names one (关于全体同志…, 关于青年同志…)
_COMRADES_ALL = frozenset(["全体", "广大", "青年", "年轻", "部分", "各位", "有关", "相关"])


# one-character frames that are prepositions, or verbs whose object is a person: no conjunction
# that is a surname too (person_model.CONJUNCTION_SURNAMES) follows one (与和平安系邻居, 对和桂香
# 的…, 经和春风介绍, 陪和长江去医院, 找和平安谈话)
_PREPOSITION_FRAMES = frozenset("与跟同对向给为替帮让被将把据在由经陪送找背因")
_THIS_ONE = frozenset("该这那此本各每其某")  # (demonstratives before a role word: 该居民)
_VILLAGE_ENDS = frozenset("村庄屯寨")  # (a framed name of three ending so is a village's)
_DIRECTIONS = frozenset("东西南北上下前后左右内外里来着")  # (向东, 向来: towards, always)


# a character a framed name may hold (_read_on), and jieba's tags of the words no given name
# is: function words, and of how one acts (主动, b)
_A_FRAMED_CHARACTER = re.compile(_VOUCHED_GIVEN)
_NO_GIVEN_WORD_TAGS = (*FUNCTION_TAGS, "b")


def _read_on(text: str, start: int, end: int, after: Sequence[str]) -> int:
    """Where a framed name of one given character ends when the frame's words after it match
    one character later too (经学校推荐，高桂荣获得…: 荣获 and 获得 both follow a name there, and
    the shorter reading published 荣): the longer name, of two, whose last character masked
    wrongly hides less than a given name's published; not where the character is a word after
    a name itself (证明文勇曾多次…: 曾 and 多次 both follow one) or says what the named did."""
    if (end - start - len(surname_of(text[start:end])) == 1
            and _A_FRAMED_CHARACTER.match(text, end) and text.startswith(tuple(after), end + 1)
            and text[end] not in after and not acts_after_a_name(text, start, end + 1)):
        return end + 1
    return end


# frames' words of one character that begin many words with a surname after them (听信, 交易)
_GLUED_FRAME_WORDS = frozenset("听交")


_BEFORE_A_NUMBER = frozenset(PREPOSITIONS_TO + "为")  # (公证员夏华|为82岁的老人…)


def _a_verb_done(text: str, at: int) -> bool:
    """Whether text[at] is a verb no given name is written with before 了, done (喊了; not
    了解, a word of its own)."""
    words = lexicon()
    return (text[at + 1:at + 2] == DONE and text[at] not in GIVEN_NAME_CHARS
            and words.tag(text[at])[:1] == "v" and not words.frequency(text, at + 1, at + 3))


def _a_preposition_before_a_number(text: str, at: int) -> bool:
    """Whether a preposition at at stands before a number (为82岁的老人, 向3名学生)."""
    return text[at] in _BEFORE_A_NUMBER and text[at + 1:at + 2].isdigit()


_VERB_AS_A_LABEL = 50  # a verb this frequent before a colon labels what follows (摘录：)


_BECAUSE = "由于"  # (a conjunction; 由 and the surname 于 too: 由于平安带领…)
# (a word a given name is, 平安, 和平: not a time's nor a verb's noun, 今天, 工作)
_GIVEN_NAMES_WORD_TAGS = tuple(tag for tag in GIVEN_WORD_TAGS if tag not in ("t", "vn"))


def _given_name_shaped(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] may be a given name: no word, a rare one, or a word of the kinds
    given names are (由于平安带领党员…: 平安; not 由于疫情支付困难, 由于工作负责)."""
    words = lexicon()
    return ((words.frequency(text, start, end) or 0) < ORDINARY
            or words.tag(text[start:end]) in _GIVEN_NAMES_WORD_TAGS)


def _framed(text: str, words: Lexicon) -> list[tuple[Candidate, int, int]]:
    """The names the frames find in text (_frame_matches), each with where the words before it
    in its frame start and where those after it end, that are no ordinary word of the
    dictionary (but one a given name is, or a rare one), role word, organisation's name or
    word of three jieba tags as a name (WORDS_TAGGED_AS_NAMES: 黄金周), nor begin with a word
    before a noun after a preposition's frame (请于收到本意见之日起: 于 is no surname there;
    老人和若曦走失 is 和's), nor end as only a place's name does (对白云区依法开展检查), nor
    are words after a compound surname that is one (_words_after_a_compound)."""
    out = []
    for match, frame in _frame_matches(text):
        start, end = match.span(match.lastindex)
        end = _read_on(text, start, end, _FRAME_WORDS[frame][1])
        if ((text[start] in BEFORE_A_NOUN and start - match.start() == 1
             and text[start - 1] != text[start]  # (向向海燕: towards 向海燕)
             # (与和平安系邻居, 为向海燕出具, 据和杰回忆: a conjunction right after a preposition
             # is a surname, and so is 向 before no word but a name's, or before one character
             # but a direction: 为向群众办理 is towards them, 帮向兵与酒店协商 names 向兵; and
             # 于 after 由 before a given name: 由于平安带领…)
             and not (text[start - 1] in _PREPOSITION_FRAMES
                      and (text[start] in CONJUNCTION_SURNAMES or (
                          text[start] == "向" and (
                              not _a_word(text, start + 1, end, whole=True)
                              or (end - start == 2 and text[start + 1] not in _DIRECTIONS)))))
             and not (text[start - 1:start + 1] == _BECAUSE
                      and _given_name_shaped(text, start + 1, end))
             and not (text.startswith(_CHANGES, end)
                      and all(c in _TYPICAL_GIVEN for c in text[start + 1:end])))
                or _words_after_a_compound(text, start, end)
                # (after a conjunction's or a rare surname; not a common one's addressee: 王房东)
                or ((text[start] in CONJUNCTION_SURNAMES or text[start] not in COMMON_SURNAMES)
                    and _named_otherwise(text, start + 1, end))
                or text[end - 1] in _BODY_ENDS or text[end - 1] in ONLY_PLACES_END
                or (end - start == 3 and text[end - 1] in _VILLAGE_ENDS
                    and text[end:end + 1] in _PAUSES)  # 慰问了红旗村、 (not 称邰卓村拖欠工资)
                or text[start:end] in _ROLE_WORDS or a_party(text[start:end])
                or (end - start > 2 and text[start:end] in WORDS_TAGGED_AS_NAMES)
                or text.endswith(_CALLED, 0, start)):
            continue  # 请于收到…, 经银监会批准, 请申请人于, 在黄金周的带动下 (a word jieba tags
            # as a name: of three characters, none is one; 据白雪反映 names 白雪); after 我叫 or
            # 名叫 the name is all the alias says (我叫燕归来，: not 叫…来, asked to come)
        if (start - match.start() == 1 and text[match.start()] in _GLUED_FRAME_WORDS
                and words.frequency(text, start - 1, start + 1)):
            continue  # 听信谣言说, 交易中心处理: 听 or 交 and the surname after it are a word
            # (听信, to believe; 听任; 交易, trade; 交管), not the frame's
        if (text[match.start():start] in _SECTIONS_OR_BODIES
                and ((words.frequency(text, start - 1, start + 1) or 0) >= _COMMON_WORD
                     or (words.frequency(text, start - 1, start + 2) or 0) >= _COMMON_WORD
                     or text[start - 1:start + 1] in _ROLE_WORDS
                     or text[start - 1:start + 1] in TITLES)):
            continue  # 有关部门原定于10月2日…, 对相关部门处理表示感谢: the section's character
            # and the surname are a common word (部门, 处理, 科学; not 处方平于6月3日…, 监察科林坤
            # 于…), or begin one (办公室于3月5日…), or a title (站长王伟向…: 长 is a surname too)
        if (text[end:end + 1] in FIELD_MARKS and end - start == 3
                and words.frequency(text, start - 2, start + 1)
                and words.tag(text[start + 1:end])[:1] == "v"
                and (words.frequency(text, start + 1, end) or 0) >= _VERB_AS_A_LABEL):
            continue  # 表扬信摘录：: a word the frame's last two characters and the surname are
            # (表扬信, a letter of praise), and a label's verb before its colon, not a given
            # name (信摘录 was masked; not 表扬信秋月, nor 通知明胜利：)
        if a_body_shortened(text[start:end]):
            continue  # 交安监处理, 转住建核实: a body's short form (安监局, 住建局)
        if (text[end - 1] == "家" and text.startswith("等", end)) or text[end - 1] == "等":
            continue  # 向李伟家等6户垫付: a household counted, whose 家 is no given name's; 经与
            # 万林等家长代表协商: 等 (and others) ends a list, not a name
        frequency = words.frequency(text, start, end) or 0
        tag = words.tag(text[start:end]) if frequency else ""
        ordinary = (_SOME_WORD if text[start] in COMMON_SURNAMES and end - start == 2
                    else ORDINARY)
        if tag not in NAME_TAGS and (frequency >= _COMMON_WORD or (
                frequency >= ordinary and (tag not in GIVEN_WORD_TAGS or tag == "t"))) and not (
                text.startswith("同志", end) and text[start:end] not in _COMRADES_ALL):
            continue  # 对商户给予, 以党建的名义, 被严重打伤, 老人凌晨走失: a word; not 让吉林帮忙
            # (a place's word, as given names are), 将金文起诉至 (a proper noun), nor a rare
            # word after a common surname (待方军补充材料, 老人高利走失: 方军 and 高利 are words),
            # nor a word a frame calls a comrade (关于高原同志退休的批复: a plateau)
        given = start + len(surname_of(text[start:end]))
        if (end - given == 2 and words.tag(text[given:end]) in _NO_GIVEN_WORD_TAGS
                and (words.frequency(text, given, end) or 0) >= _COMMON_WORD):
            continue  # 经常有人介绍: a pronoun, an adverb … where a given name would be (有人,
            # someone, was masked after 经常's 常), or how one acts (向林主动退还…: 主动, of
            # one's own accord, is no given name after 林, the frame's 向)
        if end - given > 1 and acts_after_a_name(text, start, end):
            continue  # 经查，李荣不在岗…, 李荣参与…, 李荣因涉嫌…: the frame's word after a name
            # of two, whose last character begins what is said of it (荣不, 荣参, 荣因 were read
            # as given names, the character masked)
        after = max(len(word) for word in _FRAME_WORDS[frame][1] if text.startswith(word, end))
        # (a before word that is a surname too, 向, bounds nothing: 向孟淑珍 is masked whole
        # whichever reading is right, see ChinesePersonRecognizer.rule_names)
        before = (start if start - match.start() == 1 and text[match.start()] in SINGLE_SURNAMES
                  else match.start())
        # (请与居委会李主任联系: the surname names someone, 主任 is their office)
        named = given if _TITLE.fullmatch(text, given, end) else end
        out.append((_candidate((start, named, EVIDENT)), before, end + after))
    return out


def _within_frames(names: list[Candidate], framed: list[tuple[Candidate, int, int]]
                   ) -> list[Candidate]:
    """_covering() with the names of frames, whose words before and after a name are none of
    it: a name overlapping one starts or ends where it does if it started or ended within
    those words (收到师杨提交的申请: the model read 杨提交; 伙同能桂芳: 同能), and one within the
    words before it is none (伙同, read as a name after 林梅), nor one from inside it across
    the words after it (与邻居师杰因楼道…: the model read 杰因楼道)."""
    names = [n for n in names if not any(
        (words_start <= n.start and n.end <= candidate.start)
        or (candidate.start < n.start < candidate.end and n.end > words_end)
        for candidate, words_start, words_end in framed)]
    return _covering(names, [candidate for candidate, _, _ in framed],
                     [words_end for _, _, words_end in framed],
                     [words_start for _, words_start, _ in framed])


def _covering(names: list[Candidate], more: list[Candidate],
              bounds: Sequence[int] = (), starts: Sequence[int] = ()) -> list[Candidate]:
    """names, each of more taking the place of those it overlaps (its span widened to cover
    them): names whose every character the evidence around them vouches for; where bounds
    gives where the evidence after one of more ends, none is widened to end within it, nor,
    where starts gives where the evidence before it starts, to start within that."""
    for k, candidate in enumerate(more):
        overlapping = [n for n in names if n.start < candidate.end and candidate.start < n.end]
        start = min([candidate.start, *(n.start for n in overlapping
                                        if k >= len(starts) or n.start < starts[k])])
        end = max([candidate.end, *(n.end for n in overlapping
                                    if k >= len(bounds) or n.end > bounds[k])])
        score = max([candidate.score, *(n.score for n in overlapping)])
        names = sorted([n for n in names if n not in overlapping]
                       + [_candidate((start, end, score))])
    return names


def _with_candidates(names: list[Candidate], more: list[Candidate]) -> list[Candidate]:
    """names, and the candidates of more that overlap none of them nor one taken before."""
    taken: list[Candidate] = []
    for candidate in more:
        if not any(n.start < candidate.end and candidate.start < n.end
                   for n in (*names, *taken)):
            taken.append(candidate)
    return sorted(names + taken) if taken else names


_LONGEST_CELL_LIST = 14  # characters of the longest cell _CELL_LIST matches (three names of 4)
_LIST_START = frozenset("。！？：:，,；;、\n\t （(")  # what a list's first item follows
_LONGEST_NAME = 4  # characters of the longest name a list's rule adds (a compound surname's)
# A list's item: a run of ideographs, and an aside in brackets after it (祁东方（区人民医院）); the
# last one ends before a count of households (郑畅、和春花两户已退出低保, 三户)
_LIST_ITEM = re.compile(r"([\u4e00-\u9fff]+?)(?=[两二三四五六七八九十0-9]+户|[^\u4e00-\u9fff]|$)"
                        r"(?:[（(][^（）()、]{1,20}[）)])?")


def _list_items(text: str, at: int, separator: str = "、") -> list[tuple[int, int]]:
    """The items of the list of things separated by 、 (or separator) that starts at at (a list
    of one when no separator follows the first): each item's ideographs, its aside left out."""
    items = []
    while True:
        match = _LIST_ITEM.match(text, at)
        if match is None:
            return items
        items.append(match.span(1))
        if text[match.end():match.end() + 1] != separator:
            return items
        at = match.end() + 1


def _surname_length(item: str) -> int:
    """How many characters of a list's item are a surname: 2, 1 or 0."""
    return 2 if item[:2] in COMPOUND_SURNAMES else 1 if item[0] in SINGLE_SURNAMES else 0


def _masked_name(item: str) -> bool:
    """Whether a list's item is a name masked already: a surname, then masks only (王某某)."""
    surname = _surname_length(item)
    return 0 < surname < len(item) and all(c in MASK_CHARS for c in item[surname:])


_PAIRING = frozenset("与和跟同及")  # what joins two people as the subjects of a clause
_PAIRING_OR_TOWARDS = _PAIRING | {"向"}  # … or turns one to the other (上官兵向黄伟收购…)


def _paired_names(text: str, names: list[Candidate]) -> list[Candidate]:
    """The first of two people a clause starts with, or a role word before them (货车司机东方欢
    和张伟反映…), joined to a name found surely (信秋月与刘伟合伙经营的…, 于红旗与和平自愿达成如下
    协议) or turned to it (上官兵向李伟收购…), where it is written as a name and is no word but a
    name's (not 物业与王伟协商, 政府与张三, 公司向张伟支付…)."""
    out = []
    for name in names:
        joined = name.start - 1
        if (name.score < SURE or name.end - name.start < 2 or joined < 2
                or text[joined] not in _PAIRING_OR_TOWARDS):
            continue
        for length in (2, 3, 4):
            start = joined - length
            if start < 0:
                break
            if (start == 0 or text[start - 1] in _CLAUSE_STARTS
                    or _role_word_before(text, start) is not None):
                item = text[start:joined]
                if (all(map(is_cjk, item)) and PERSONAL_PRONOUNS.isdisjoint(item)  # (那天我跟…)
                        and _written_as_a_name(item)
                        and not _a_word(text, start, joined, whole=True)
                        and item not in _ROLE_WORDS and item[:2] not in _ROLE_WORDS):
                    out.append(_candidate((start, joined, LIKELY)))  # (办案人员车主管及…: 车主,
                    # an owner, begins a word for a supervisor)
                break
    return out


# what one person does towards another right after a name: turns to, asks, has act, helps
# (person_model's BIDDING but 把 and 被, which put a thing or the doer after them: 王伟把车停在…)
_BIDDING_ANOTHER = BIDDING - {"把", "被"}
# a clock's time a clause starts with, before who did what then (晚上十点多|常强报警，凌晨2点许|…)
_A_TIME_OF_DAY_FIRST = re.compile(
    r"(?:^|(?<=[，,。；;：:！!？?\s]))"
    r"(?:上午|下午|晚上|凌晨|早上|早晨|清晨|傍晚|中午|夜里|深夜|当晚|当天|次日|今天|昨天)?"
    r"(?:[0-9]{1,2}|[一二三四五六七八九十两]{1,3})[点时](?:[0-9]{1,2}分|[一二三四五六七八九十]{1,3}分)?"
    r"(?:多|半|许|左右|前后|整|钟)?")


_SUBJECT_EVIDENCE = 0.02  # the model's probability a span where a subject starts needs


def _off_the_bidding_word(text: str, names: list[Candidate], bids: Collection[int],
                          candidates: list[Candidate]) -> list[Candidate]:
    """names, each that starts at a word of bidding right after a name found surely (bids:
    where) without it, and as long as the longest candidate written as a name that starts
    after it (经调查，李伟向|包和平收购…: the model read 向包, and 和平 was published; 向江 and
    建设 apart)."""
    def ends_read_on(start: int, at: int) -> list[int]:
        """Where candidates starting at at end, read from start as a name of four at most."""
        return [c.end for c in candidates if c.start == at and c.end - start <= 4
                and _written_as_a_name(text[start:c.end])]

    out = []
    for n in names:
        if n.start in bids and n.end - n.start >= 2:
            start = n.start + 1
            end = max(ends_read_on(start, start), default=n.end)
            end = max([end, *ends_read_on(start, end)])
            n = _candidate((start, max(end, n.end), n.score))
        out.append(n)
    return out


# … and what a finding, a time or a moment leads a clause in with before its subject (经查，…;
# 经核实，…; 据了解，…; 当天下午，…; 事发时，…; 5月3日，…; 禁渔期内，…; 经协商，…; 在调解员的
# 主持下，…; not 作业4小时，: how long)
_LEAD_INS = ("经查", "经核查", "经调查", "经核实", "经复查", "经复核", "经了解", "经查实",
             "据了解", "据悉", "据查", "目前", "近日", "随后", "此后", "当天", "当日", "次日",
             "同日", "事发后", "上午", "下午", "晚上", "凌晨", "早上", "中午", "傍晚", "点", "分",
             "日", "时", "时许", "当晚", "当时", "期间", "期内", "此前", "后来", "同时", "其中",
             "随即", "经协调", "经协商", "经调解", "经沟通", "经电话联系", "经劝导", "主持下",
             "帮助下", "协调下", "见证下", "陪同下")
_CLAUSE_COMMA = re.compile("[，,]")


def _led_in(text: str) -> Iterator[int]:
    """Where a clause led in by _LEAD_INS starts (after its comma; a comma's every place is
    looked back from: one pattern of them all was tried at every character)."""
    for comma in _CLAUSE_COMMA.finditer(text):
        at = comma.start()
        if text.endswith(_LEAD_INS, 0, at) and not text.endswith("小时", 0, at):
            yield at + 1


# a school or a hospital right after a clause's first words names them, no one (经协调，明德中学…;
# names_a_thing lets 中学 follow a name, 李明中学毕业, and reads an organisation's word a few
# characters on: 晚上十一点周刚第三次拨打物业电话)
_SCHOOLS_OR_HOSPITALS = ("中学", "小学", "大学", "学校", "学院", "幼儿园", "医院", "卫生院")


def _may_start_a_subject(text: str, at: int) -> bool:
    """Whether a name _subjects_at takes may start at at: a surname there, no demonstrative
    (经查，那名男子…) and no ordinary word but a name's (经核实，来电人…; the rules' pass it
    needs is the dearest part of find)."""
    if text[at:at + 2] in COMPOUND_SURNAMES:
        return True
    if text[at:at + 1] not in SINGLE_SURNAMES or a_demonstrative(text, at):
        return False
    words = lexicon()
    return ((words.frequency(text, at, at + 2) or 0) < ORDINARY
            or words.tag(text[at:at + 2]) in NAME_TAGS)


def _subjects_at(text: str, starts: Collection[int], candidates: list[Candidate]
                 ) -> list[Candidate]:
    """The candidates of the rules (found without evidence) or the model (its spans at least
    _SUBJECT_EVIDENCE likely) that start where a subject does (starts), written as names and
    no word nor beginning with an ordinary one after a single surname (经调查，李伟向白海洋收购…,
    晚上十一点石军第三次拨打…; not 王伟向东方向走去: 东方 is a word, nor 罗敏为师生作…: 师生)."""
    return [_candidate((c.start, c.end, LIKELY)) for c in candidates
            if c.start in starts and _written_as_a_name(text[c.start:c.end])
            and not _a_word(text, c.start, c.end, whole=True)
            and text[c.start + 1:c.end] not in _TIMES_NO_ONE_IS  # (…4小时，于|凌晨2时)
            and not (c.end - c.start > 2 and len(surname_of(text[c.start:c.end])) == 1
                     and (lexicon().frequency(text, c.start, c.start + 2) or 0) >= ORDINARY)
            and not followed_by_a_thing(text, c.end)
            and not text.startswith(_SCHOOLS_OR_HOSPITALS, c.end)]


def _written_as_a_name(item: str) -> bool:
    """Whether a list's item has a name's shape: a surname and one or two characters, none a
    stop unless the two are a word a given name is (向|秋月, 卢|和平: 月 ends dates, 和 joins
    words), and no place's or organisation's word of the dictionary (卢湾, 南汇); or the parts
    of a name without a surname (_UNSURNAMED: 边巴, 尼玛)."""
    if _UNSURNAMED.fullmatch(item):
        return True  # (拉巴次仁、边巴、尼玛: names without a surname)
    surname = _surname_length(item)
    given = item[surname:]
    if not (surname > 0 and 1 <= len(given) <= 2):
        return False
    words = lexicon()
    if any(c in STOP_CHARS for c in given) and not (
            len(given) == 2 and words.tag(given) in GIVEN_WORD_TAGS):
        return False
    return not (words.frequency(item) and words.tag(item)[:2] in PLACE_TAGS)


# What a list of people's last name is followed by: what they are made, are or did (拟推荐邓飞、
# 艾青、蓝天为…候选户, …等, 被评为, 荣获, 同志), whether they qualify (和平安、时光明符合条件),
# what they all are or agree to
_AFTER_A_LISTED_NAME = ("为", "等", "被", "荣获", "获得", "同志", "参加", "担任", "符合", "不符合",
                        "当选",
                        "均", "系", "自愿", "共同",
                        # (受伤人员王伟、高平安已送医院救治)
                        "已", "在", "于", "因", "分别", "先后",
                        # … or whom a work log goes with where (陪同白伟、时平安走访…, 随黄平、
                        # 能立新检查…)
                        "走访", "检查", "巡查", "到", "前往", "一起", "一同", "入户", "查看")


def _name_before_a_predicate(text: str, start: int) -> tuple[int, int] | None:
    """The span of a name of two or three characters written as one at start before
    _AFTER_A_LISTED_NAME or how many they are (_PEOPLE_COUNTED), the shorter first (蓝天|为;
    艾青松|为; 边巴、尼玛|三人), if any."""
    for end in (start + 2, start + 3):
        if ((text.startswith(_AFTER_A_LISTED_NAME, end)
             or _PEOPLE_COUNTED.match(text, end) is not None)
                and _written_as_a_name(text[start:end])):
            return start, end
    return None


# … and a heading of people that ends in what groups them, before a colon (获补贴人员：, 帮扶对象：,
# 拟任人选：, 评标委员会成员：): heads of lists of names as HEADINGS are, though no role words
# before a name
_PEOPLE_HEADS = tuple(head + colon for head in ("人员", "对象", "人选", "成员") for colon in "：:")


# … and what says a list is of people, after its last item: others and how many people or
# households (时光明、成长江、王伟等12名同学, 时光明、成长江等138户家庭: no place is counted so)
_PEOPLE_COUNTED_AFTER = re.compile("等(?=[0-9一二三四五六七八九十两百]{1,4}[人名位户])")


def _headed(text: str, at: int) -> bool:
    """Whether a heading of names (HEADINGS, _PEOPLE_HEADS) ends at at."""
    return text.endswith(HEADINGS, 0, at) or text.endswith(_PEOPLE_HEADS, 0, at)


def _listed_names(text: str, names: list[Candidate], separator: str = "、") -> list[Candidate]:
    """The items of a list of people not found yet (名单如下：谷雨、晏清、冷月、白露、温暖、
    向阳; 名单：甘露、尹志平; 祁东方（区人民医院）、车文静（区第一中学）; apart by separator, 、
    or ；: 先进个人：王伟（某街道）；时光明（某社区）): where at least half its items are names
    found, one of them surely, each other item written as a name is one too. A list starts
    after a colon, a comma or a line's start, and its items are no longer than names; its last
    item runs to the first character that is no ideograph (谈子涵等3人: 谈子涵等 has no name's
    shape)."""
    out = []
    found = [n for n in names if n.score >= LIKELY]
    at = 0
    while at < len(text):
        stop = text.find(separator, at)
        if stop < 0:
            break
        start = stop
        if text[start - 1:start] in ("）", ")"):  # the first item's aside
            start = max(text.rfind("（", 0, start), text.rfind("(", 0, start), 0)
        while start > 0 and text[start - 1] not in _LIST_START:
            start -= 1  # back to the first item's start
        items = _list_items(text, start, separator)
        if items and items[0][1] - items[0][0] > _LONGEST_NAME:
            # 拟推荐邓飞、艾青、蓝天为…: the first item is the name found at its end, or one
            # written as a name after a role word (市领导能文明、成伟参加活动)
            first = next(((n.start, n.end) for n in found if n.end == items[0][1]
                          and items[0][0] < n.start), None) or _named_after_a_role(
                text, *items[0]) or (_counted(text, items, found)
                                     and _named_at_the_end(text, *items[0])) or None
            if first is not None:
                items[0] = first
        at = max(stop + 1, items[-1][1] if items else 0)
        named = [any(n.start < e and s < n.end for n in found) for s, e in items]
        people = (_PEOPLE_COUNTED_AFTER.search(text, items[-1][0]) if len(items) > 1
                  else None)
        if people is not None and not items[-1][0] < people.start() < items[-1][1]:
            people = None
        if people is not None:
            items[-1] = (items[-1][0], people.start())  # 时光明、成长江等138户家庭…
            named[-1] = any(n.start < people.start() and items[-1][0] < n.end for n in found)
        if len(items) > 1 and items[-1][1] - items[-1][0] > _LONGEST_NAME and not named[-1]:
            items[-1] = _name_before_a_predicate(text, items[-1][0]) or items[-1]
        if len(items) < 2 or any(e - s > _LONGEST_NAME for s, e in items[:-1]) or (
                items[-1][1] - items[-1][0] > _LONGEST_NAME and not named[-1]):
            continue  # no list, or one of more than names (郑咏是国家一级演员、全国…); the
            # last item may run on after its name (尹志平等人)
        out += _other_items(text, items, named, found,
                            people is not None or _headed(text, start))
    return out


# What a table's cell of remarks says before or after the one name it holds: passed on to,
# contacted, entrusted, handed to, signed for by (已转和敏, 联系信秋月, 委托能军, 交公冶金凤处理, 由
# 向春风代签), someone's household, signature, absence or kin (张建国家, 向文明签字, 华和平未到,
# 和春风父亲), or their mark on a sign-in sheet (信海洋 已到, 时飞 请假)
_CELL_BEFORE = ("已转", "转", "转交", "联系", "委托", "交", "由", "通知", "已通知", "找")
_CELL_AFTER = ("签字", "签名", "签收", "未到", "不在家", "代签", "代领", "处理", "家", "（已故）",
               "(已故)", "父亲", "母亲", "本人",
               # … or what was done with or for them (花林代, 向文明已签, 和鹏未接电话, 能军-已回访,
               # 时海洋（已核实）, 和斌家庭)
               "代", "已签", "未接电话", "已回访", "-已回访", "（已回访）", "（已核实）",
               "(已核实)", "家庭",
               # … or a sign-in sheet's mark (信海洋 已到, 时飞 请假, 万光明 √)
               *(apart + mark for apart in ("", " ", "  ", "\t")
                 for mark in ("已到", "请假", "缺席", "迟到", "√")))
_LONGEST_FRAMED_CELL = (max(map(len, _CELL_BEFORE)) + 4 + max(map(len, _CELL_AFTER)))
_CELL_BEFORE_LONGEST_FIRST = sorted(_CELL_BEFORE, key=len, reverse=True)


def _cell_framed(text: str) -> Candidate | None:
    """The one name of a cell of remarks that says it before or after it (_CELL_BEFORE,
    _CELL_AFTER) and holds nothing else, written as a name and no word but a name's, nor a
    body's short form (not 由本人签字, 联系方式, 交安监处理, 已转卫健), if any."""
    words = lexicon()
    # (the longest word before that starts the cell is its own: 由|本人签字 is no 由本人)
    before = next((b for b in _CELL_BEFORE_LONGEST_FIRST if text.startswith(b)), "")
    if before or text.endswith(_CELL_AFTER):
        for after in ("", *_CELL_AFTER):
            end = len(text) - len(after)
            name = text[len(before):end]
            if ((before or after) and text.endswith(after) and 2 <= len(name) <= 4
                    and name == name.strip() and _written_as_a_name(name)
                    and name[-1] not in _BODY_ENDS and name[-1] not in ONLY_PLACES_END
                    and not (words.frequency(name) and words.tag(name) not in NAME_TAGS)
                    and not a_body_shortened(name) and name not in _ROLE_WORDS
                    and not (before and (words.frequency(text, len(before) - 1,
                                                         len(before) + 1) or 0) >= ORDINARY)):
                return _candidate((len(before), end, EVIDENT))  # (not 交易中心处理)
    return None


# A cell that is a list of two or three names, apart by the same separator (华红旗，赵伟;
# 贾伟/华爱国)
_CELL_LIST = re.compile(r"([\u4e00-\u9fff]{2,4})([，,/、；; \u3000])([\u4e00-\u9fff]{2,4})"
                        r"(?:\2([\u4e00-\u9fff]{2,4}))?")


def _cell_listed(text: str, names: list[Candidate]) -> list[Candidate]:
    """The items of a cell that is a list of names (_CELL_LIST) not found yet, where at least
    half of them are names found, one of them surely (_other_items)."""
    match = _CELL_LIST.fullmatch(text)
    if match is None:
        return []
    items = [match.span(group) for group in (1, 3, 4) if match.start(group) >= 0]
    found = [n for n in names if n.score >= LIKELY]
    named = [any(n.start < e and s < n.end for n in found) for s, e in items]
    return _other_items(text, items, named, found)


# A role word's or a heading's field that lists two to six names apart by the same separator
# (检查人员：郑伟 于红旗; 执法人员：华红旗、赵伟; 表彰名单：王伟 时光明 李娜 和平安; 获奖名单：
# 王某　易波, apart by an ideographic space), to the field's end
_FIELD_LIST = re.compile(r"(?<=[：:])[ \t]*([\u4e00-\u9fff]{2,4})([ \u3000、，,/])"
                         r"([\u4e00-\u9fff]{2,4})"
                         r"(?:\2([\u4e00-\u9fff]{2,4}))?(?:\2([\u4e00-\u9fff]{2,4}))?"
                         r"(?:\2([\u4e00-\u9fff]{2,4}))?(?:\2([\u4e00-\u9fff]{2,4}))?"
                         r"(?=[；;。\n]|[ \t\u3000]{2}|$)")
_FIELD_ITEMS = (1, 3, 4, 5, 6, 7)  # (_FIELD_LIST's groups of items)


def _field_listed(text: str, names: list[Candidate]) -> list[Candidate]:
    """The items of a role word's field that lists names (_FIELD_LIST) not found yet, where
    at least half of them are names found, one of them surely, or of a heading's field of
    names where one is (_other_items)."""
    found = [n for n in names if n.score >= LIKELY]
    out = []
    for match in _FIELD_LIST.finditer(text):
        headed = _headed(text, match.start())
        if not headed and not text.endswith(_ROLE_WORD_LIST, 0, match.start() - 1):
            continue  # (the role word before the colon)
        items = [match.span(group) for group in _FIELD_ITEMS if match.start(group) >= 0]
        named = [any(n.start < e and s < n.end for n in found) for s, e in items]
        out += _other_items(text, items, named, found, headed)
    return out


# A credit of a news item or a picture (文/时飞 图/信鹏, 摄影／和红旗): who wrote, photographed,
# edited or translated it, a name up to a space, a bracket, a slash, a punctuation mark or the end
_BYLINE = re.compile(r"(?:^|(?<=[\s（(【\[|，,。；;]))"
                     r"(文|图|摄影|摄|撰文|撰稿|编辑|翻译|译|整理|口述)[/／][ \t\u3000]*"
                     r"([\u4e00-\u9fff]{2,4}?)(?=[\s（()）【】\[\]|，,。；;/／]|$)")


# A photograph's credit in brackets (（花海洋 摄）, （记者 高明摄）): the model found no one
_PHOTO_CREDIT = re.compile(r"[（(](?:记者|通讯员)?[ \t\u3000]*([\u4e00-\u9fff]{2,4}?)[ \t\u3000]*"
                           r"摄[）)]")
# … and where someone stands in it (图为包杰（左二）…, 前排左起：…: 左二 and 左起 were read as
# names)
_PHOTO_POSITION = re.compile(r"(?<=[（(、排])[左右](?:[一二三四五六七八九十]{1,2}|起)"
                             r"(?=[）)、，,：:])")


# … and who stands there: the name right before it (图为何慧（左二）…: 为何, why, is a word)
_PHOTO_PLACED = re.compile("(" + _SURNAME + _VOUCHED_GIVEN + r"{1,2}?)(?=[（(][左右]"
                           r"[一二三四五六七八九十]{1,2}[）)])")


def _photo_placed(text: str) -> list[Candidate]:
    """The names _PHOTO_PLACED finds that are no common word of the dictionary but a name's."""
    return [_candidate((m.start(1), m.end(1), EVIDENT)) for m in _PHOTO_PLACED.finditer(text)
            if not _common_word(m.group(1), ORDINARY, NAME_TAGS)]


def _a_photo_position(text: str, name: Candidate) -> bool:
    """Whether name is where someone stands in a photograph (_PHOTO_POSITION: 左二)."""
    match = _PHOTO_POSITION.match(text, name.start)
    return match is not None and match.end() == name.end


def _without_taken(text: str, name: Candidate) -> Candidate:
    """name without the 摄 (taken by) of a photograph's credit it ends in (于爱国摄）)."""
    if (name.end - name.start > 2 and text[name.end - 1] == "摄"
            and text[name.end:name.end + 1] in ("）", ")")):
        return Candidate(name.start, name.end - 1, name.score)
    return name


def _credited(text: str) -> list[Candidate]:
    """The names of a photograph's credits in brackets (_PHOTO_CREDIT) written as names."""
    return [_candidate((*match.span(1), LIKELY)) for match in _PHOTO_CREDIT.finditer(text)
            if _written_as_a_name(match.group(1))]


def _bylined(text: str, names: list[Candidate]) -> list[Candidate]:
    """names, with those of a news item's or a picture's credits (_BYLINE) written as names,
    and none inside a credit's word (文/秦飞 图/曾丽华: the model read 图 alone as a name)."""
    credits = list(_BYLINE.finditer(text))
    names = _covering(names, [_candidate((*match.span(2), LIKELY)) for match in credits
                              if _written_as_a_name(match.group(2))])
    return [n for n in names if not any(
        match.start(1) <= n.start and n.end <= match.end(1) for match in credits)]


# An item of a heading's list of what each gave or was paid (爱心捐款名单：明明500元，成某300元，
# 某公司2000元): a name, an organisation or a form already masked, and a sum of money
_PAID_ITEM = re.compile(r"[ \t]*([\u4e00-\u9fff]{2,4}?)[ \t]*[（(]?[0-9][0-9,.]*[ \t]*万?元[）)]?"
                        r"(?=[，,、；;。\n \t]|$)")
_PAID_SEPARATORS = "，,、；;"


def _paid_listed(text: str) -> list[Candidate]:
    """The names of a heading's list of sums (_PAID_ITEM, after HEADINGS: 捐款名单：明明500元，
    成某300元，…, where the model vetoes 明明, an adverb) of two items or more: each written as
    a name that is no noun of the dictionary but a name's (单位2000元) nor masked already."""
    out = []
    words = lexicon()
    for colon in re.finditer("[：:]", text):
        if not _headed(text, colon.end()):
            continue
        items, at = [], colon.end()
        while (item := _PAID_ITEM.match(text, at)) is not None:
            items.append(item.span(1))
            at = item.end()
            if at == len(text) or text[at] not in _PAID_SEPARATORS:
                break
            at += 1
        if len(items) < 2:
            continue
        for start, end in items:
            name = text[start:end]
            tag = words.tag(name) if words.frequency(name) else ""
            if (_written_as_a_name(name) and not _masked_name(name)
                    and not (tag[:1] == "n" and tag not in NAME_TAGS)):
                out.append(_candidate((start, end, LIKELY)))
    return out


def _counted(text: str, items: list[tuple[int, int]], found: list[Candidate]) -> bool:
    """Whether a list's last item is a name found and the count of its items right after it
    (新增信文明、胡丽两人: whoever the first is, the count says it is a person too)."""
    start, end = items[-1]
    return any(n.start == start and n.end < end and _PEOPLE_COUNTED.match(text, n.end)
               and text[n.end] in _COUNT_OF.get(len(items), "") for n in found)


def _named_at_the_end(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name written at the end of text[start:end]: of a compound surname and two
    characters, of three unless its first is a function word's surname too (补助发给和|王伟), or
    of two."""
    sizes = (4,) if text[end - 4:end - 2] in COMPOUND_SURNAMES else ()
    sizes += (2,) if text[end - 3] in FUNCTION_SURNAMES else (3, 2)
    return next(((end - size, end) for size in sizes
                 if end - size > start and _written_as_a_name(text[end - size:end])), None)


def _named_after_a_role(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name of three, two or four characters (a compound surname's) that ends text[start:end]
    right after a role word, if one does."""
    return next(((end - size, end) for size in (3, 2, 4) if end - size > start
                 and _role_word_before(text, end - size) is not None
                 and _written_as_a_name(text[end - size:end])), None)


def _other_items(text: str, items: list[tuple[int, int]], named: list[bool],
                 found: list[Candidate], headed: bool = False) -> list[Candidate]:
    """The items of a list not named yet that are written as names, where at least half its
    items are names found (named), one of them surely, or a heading of names (HEADINGS) is
    right before the list and one is found (优秀志愿者名单：向阳、高山、时光、平安: words all),
    or none is but every item is written as a name and none is a word but a name's, or is
    one already masked (捐赠名单：时光明（1000元）、成长江（800元）: the model vetoed both;
    评标委员会成员：时光明、成长江、王某某)."""
    if headed and not any(named):
        masked = [_masked_name(text[s:e]) for s, e in items]
        return [_candidate((s, e, LIKELY)) for (s, e), was_masked in zip(items, masked, strict=True)
                if not was_masked] if len(items) > 1 and not all(masked) and all(
            was_masked or (_written_as_a_name(text[s:e]) and not _a_word(text, s, e, whole=True))
            for (s, e), was_masked in zip(items, masked, strict=True)) else []
    if headed:
        return [_candidate((s, e, LIKELY)) for (s, e), was_named in zip(items, named, strict=True)
                if not was_named and _written_as_a_name(text[s:e])]
    if sum(named) * 2 < len(items) or not any(
            n.score > LIKELY and any(n.start < e and s < n.end for s, e in items) for n in found):
        return []
    return [_candidate((s, e, LIKELY)) for (s, e), was_named in zip(items, named, strict=True)
            if not was_named and _written_as_a_name(text[s:e])]


# A numbered list's item (获奖名单如下：1.韦一 2.吕二 3.普辉): its number, and a name's length of
# ideographs up to a space or a clause's end
_NUMBERED_ITEM = re.compile(r"(?:^|(?<=[\s：:；;，,]))([0-9]{1,3})[.．、]\s*"
                            r"([\u4e00-\u9fff]{2,4})(?=[\s；;，,。]|$)")


def _numbered_names(text: str, names: list[Candidate]) -> list[Candidate]:
    """The items of a numbered list of people (获奖名单如下：1.韦一 2.吕二 3.普辉) written as names,
    where _other_items would find them in a list separated by 、, or the list follows a
    heading of names (HEADINGS); a list's numbers go up."""
    found = [n for n in names if n.score >= LIKELY]
    out: list[Candidate] = []
    items: list[tuple[int, int]] = []
    last, headed = 0, False
    for match in [*_NUMBERED_ITEM.finditer(text), None]:
        number = int(match.group(1)) if match is not None else 0
        if number <= last:  # a list ends where its numbers start again
            if len(items) >= 2:
                named = [any(n.start < e and s < n.end for n in found) for s, e in items]
                out += ([_candidate((s, e, LIKELY)) for s, e in items
                         if _written_as_a_name(text[s:e])] if headed
                        else _other_items(text, items, named, found))
            items = []
        if match is not None:
            if not items:
                headed = _headed(text, len(text[:match.start()].rstrip()))
            items.append(match.span(2))
        last = number
    return out


def _before_a_household(text: str, names: list[Candidate]) -> list[Candidate]:
    """names, each of a surname and one character that ends before a word of a given name's
    character and 家 or 户 widened over that character: 村民倪建国家的房屋 was masked 倪*国家
    (国家, a country, read past the name's 建国); not 一家, the whole family (于平一家三口), nor
    a character that ends names (来电人冯刚在家中…: 在 was masked)."""
    words = lexicon()
    out = []
    for name in names:
        end = name.end
        if (end - name.start == 2 and text[end + 1:end + 2] in HOUSEHOLD and text[end] != "一"
                and text[end:end + 1] not in STOP_CHARS
                and text[name.start] in SINGLE_SURNAMES and words.frequency(text, end, end + 2)
                and words.frequency(text, end - 1, end + 1)
                and words.tag(text[end - 1:end + 1]) in GIVEN_WORD_TAGS):
            name = _candidate((name.start, end + 1, name.score))
        out.append(name)
    return out


def _spaced_alike(text: str, names: list[Candidate]) -> list[Candidate]:
    """The names written with spaces after their surnames (person_model.spaced_names) where a
    name found is written so (值班人员：李  明、黄  旭: the model is less sure of the second), or
    after a form's colon or a role word (申请人：苏  丹, 户主 白  帅)."""
    spaced = spaced_names(text)
    if not spaced:
        return []
    aligned = any(" " in text[n.start:n.end] or "\u3000" in text[n.start:n.end] for n in names)
    return [_candidate((s, e, LIKELY)) for s, e in spaced
            if aligned or text[:s].rstrip(" \u3000").endswith(("：", ":", *_PREFIXES))]


def _given_after_lone_surnames(text: str, found: list[Candidate], rules: list[Candidate],
                               guesses: Callable[[str], list[Candidate]]) -> list[Candidate]:
    """The rules' guesses (guesses(text): names without evidence around them too) of the best
    shape (EVIDENT: a given name's characters, a name's end after them) that start at a
    surname the model found alone, where the rules found no name: 常|永生于2026年…死亡,
    洪|强于…: masked *永生, the surname alone published the given name; 公冶|建国代表…,
    **建国 a compound one's. (Not a guess of a
    lesser shape: 老史|通读, 康|军医, 刘|家建起 name someone by the surname alone.) The model,
    having found the surname, vetoes none of them (据悉，龙|和平曾多次: 和平 is a word)."""
    lone = {c.start for c in found
            if (c.end - c.start == 1 and text[c.start] in SINGLE_SURNAMES)
            or text[c.start:c.end] in COMPOUND_SURNAMES}
    if not lone:
        return []
    taken = {r.start for r in rules}
    return [g for g in guesses(text)
            if g.start in lone and g.start not in taken and (
                g.score >= EVIDENT or _a_given_word_after(text, g))]


# the tags of a word that, after a surname the model found alone, is its given name (华|立新
# 购置…, 师|和平主演…: masked *立新 and *和平, the given name published), and the rules' least
# score of such a guess (华立新 0.55: 华 is a function word too)
_GIVEN_WORD_AFTER_A_SURNAME_TAGS = (*GIVEN_WORD_TAGS, "d")
_LIKELY_GUESS = 0.5


def _a_given_word_after(text: str, guess: Candidate) -> bool:
    """Whether guess is a single surname and a given name of two that is a word of the kinds
    given names are (华|立新, 师|和平; not 康|军医 nor 老史|通读, whose words are a noun and a
    verb, nor 刘|家建起, no word)."""
    given = text[guess.start + 1:guess.end]
    return (guess.end - guess.start == 3 and guess.score >= _LIKELY_GUESS
            and bool(lexicon().frequency(given))
            and lexicon().tag(given) in _GIVEN_WORD_AFTER_A_SURNAME_TAGS)


def _joined_at_surnames(text: str, names: list[Candidate]) -> list[Candidate]:
    """names, a compound surname alone joined to the given name found right after it (上官|磊桂:
    the model reads a compound surname apart from a given name it is sure of, and masking 磊桂
    on its own would publish 磊), and a single surname alone to a given name of two the model
    is sure of (行人富|玉英 was *玉*). Not a single surname before one character: 汤尤杯, 梁祝
    and 马列主义 name two people by their surnames."""
    out: list[Candidate] = []
    for name in names:
        last = out[-1] if out else None
        surname = text[last.start:last.end] if last is not None else ""
        if last is not None and last.end == name.start and (
                (name.end - name.start <= 2 and surname in COMPOUND_SURNAMES)
                or (name.end - name.start == 2 and name.score >= SURE
                    and surname in SINGLE_SURNAMES
                    and text[name.start:name.end] not in COMPOUND_SURNAMES)):
            out[-1] = Candidate(last.start, name.end, max(last.score, name.score))
        else:
            out.append(name)
    return out


# The words a given name is that a likely name of two is widened over: not places' (任河|南)
# nor nouns of verbs
_GIVEN_WORDS_READ_WHOLE = frozenset(GIVEN_WORD_TAGS) - {"ns", "vn"}


def _a_rare_word_broken(text: str, at: int) -> bool:
    """Whether the word of two at at is a rare one (under ORDINARY) that a far more frequent
    word starting at the next character breaks (安通 4, 通过 35,063: 常平安通过…)."""
    words = lexicon()
    rare = words.frequency(text, at, at + 2) or 0
    return rare < ORDINARY and (words.frequency(text, at + 1, at + 3) or 0) >= 100 * max(rare, 1)


def _given_words_whole(text: str, names: list[Candidate]) -> list[Candidate]:
    """names, each likely one of a surname and one character (or sure, of a compound surname
    and one) widened over the next where the two are a word a given name is (GIVEN_WORD_TAGS, a
    rarer common noun: 华春|风; the month or day of 秋月 too: 万秋|月) and no word starts at the
    next but before a date (卢平|安驾驶, 任平|安向, 东方平|安，, 皇甫平|安于2024年: the model
    reads the surname and half the given name 平安, and masking 卢* would publish 安; not
    王平|安全; but 常平|安通过…, where 安通 is a rare word 通过 breaks), nor what is said of the
    name (明华|以3比1: 华以)."""
    words = lexicon()
    out = []
    for name in names:
        end = name.end
        compound = text[name.start:name.start + 2] in COMPOUND_SURNAMES
        if ((name.score < SURE or compound) and end < len(text)
                and (text[end] not in STOP_CHARS or text[end] in "月日")
                and (end - name.start == 3 if compound
                     else end - name.start == 2 and text[name.start] in SINGLE_SURNAMES)
                and words.frequency(text, end - 1, end + 1)
                and (words.tag(text[end - 1:end + 1]) in _GIVEN_WORDS_READ_WHOLE
                     or (_a_rare_noun_given(text, name.start, end - 1, end + 1)
                         and text[end - 1:end + 1] not in COMPOUND_SURNAMES))
                and not (words.frequency(text, end, end + 2) and not a_date_after(text, end + 1)
                         and not _a_rare_word_broken(text, end))
                and not acts_after_a_name(text, name.start, end + 1)):
            name = _candidate((name.start, end + 1, name.score))
        out.append(name)
    return out


def _outside_products(text: str, names: list[Candidate], products: list[tuple[int, int]]
                      ) -> list[Candidate]:
    """names without those inside a product's name (抖音, 唯品会), and ended where one begins
    or begun where one ends when two characters or more are left (张伟丰巢 names 张伟). Where a
    surname alone is left before a product, the name stays whole: a product may be a given
    name too (张奇瑞, 李瑞幸), which masking the surname alone would publish (a government body
    is none: 从|区民宗委, nor a product longer than a given name: 全程|马拉松); where less is
    left, or a word after one, it is no name (过 of 通过高德地图, 同住 of 与伯父同住)."""
    out = []
    for name in names:
        start, end = name.start, name.end
        given = False  # whether a product the name runs into may be its given name
        for p_start, p_end in products:
            if p_start < end and start < p_end:
                if p_start > start:
                    end = p_start
                    given = text[p_start:p_end] in PRODUCTS and p_end - p_start <= 2
                elif p_end < end:
                    start = p_end
                else:
                    end = start  # inside the product's name
        if (start, end) == (name.start, name.end) or (
                given and end - start == 1 and text[start] in SINGLE_SURNAMES):
            out.append(name)
        elif end - start >= 2 and not (start > name.start
                                       and _a_word(text, start, end, whole=True)):
            out.append(Candidate(start, end, name.score))
    return out


def _ends_in_an_adverb(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], or all of it but its first character, is a word jieba tags as
    an adverb (原定; 和|相当)."""
    words = lexicon()
    return "d" in (words.tag(text[start:end]), words.tag(text[start + 1:end]))


def _a_word(text: str, start: int, end: int, whole: bool = False) -> bool:
    """Whether text[start:end] is a dictionary word jieba does not tag as a name, or only the
    start of longer ones unless whole: what is left of a name after a product or a relative
    (伯父|同住) is none."""
    words = lexicon()
    frequency = words.frequency(text, start, end)
    return ((bool(frequency) if whole else frequency is not None)
            and words.tag(text[start:end]) not in NAME_TAGS)


def _with_surname_before(text: str, names: list[Candidate]) -> list[Candidate]:
    """names, where a name of two characters that is a given name follows a surname the
    finders left out, with that surname (和|桂英的父亲, 由|红霞承包, 一班东方|桂芝): masked
    alone, the given name's first character was kept as if it were the surname (和桂*). Not
    where the name's first character is a common surname (和|王芳: 王 is the surname), the
    surname ends a word (说明|凯比) or begins one of some frequency that is no name with the
    name's first character (红包|飞; not 李|冰冰). What the named does is none of the name
    (acts_after_a_name: 发现和|敏占用人行道, the model read 敏占)."""
    out = names
    ends = {n.end for n in names}
    for k, n in enumerate(names):
        start = n.start
        if (n.end - start != 2 or start == 0 or start in ends or text[start] in COMMON_SURNAMES
                or not (is_cjk(text[start]) and is_cjk(text[start + 1]))):
            continue
        if text[start - 2:start] in COMPOUND_SURNAMES:
            start -= 2
        elif (text[start - 1] in SINGLE_SURNAMES and text[start - 1] not in MASK_CHARS
              and not (start > 1 and lexicon().frequency(text[start - 2:start]))
              and not _common_word(text[start - 1:start + 1], _SOME_WORD, NAME_TAGS)):
            start -= 1
        else:
            continue
        end = n.end - 1 if acts_after_a_name(text, start, n.end) else n.end
        if out is names:
            out = list(names)
        out[k] = _candidate((start, end, n.score))
    return out


def _a_role_word_at(text: str, at: int) -> bool:
    """Whether a role word before a surname starts at at (_START consumed more than one
    character)."""
    match = _START.match(text, at)
    return match is not None and match.end() - match.start() > 1


_PEOPLE_COUNTED = re.compile("[二两三四五六七八九十][人名位]")  # (二人, 三名)
_COUNT_OF = {2: "二两", 3: "三", 4: "四", 5: "五", 6: "六"}  # (how many, in _PEOPLE_COUNTED)


def _named_otherwise(text: str, given: int, end: int) -> bool:
    """Whether what would be a given name, text[given:end], names someone by a word or a count
    instead (和|邻居, 原|车主, 但|二人: and the neighbour, the former owner, but the two)."""
    return text[given:end] in SOMEONE_WORDS or _PEOPLE_COUNTED.match(text, given) is not None


_JOINING_PARTIES = frozenset("与和及")  # (男方信平安与女方龙某: one party named before another)


def _vouched(text: str, name: Candidate, evident: bool) -> bool:
    """Whether what follows a name vouches for it (ModelNames.vetoes): _evidence_after, or
    a subject's verb after a name with a role word before it (来电人云帅咨询…), wherever the
    clause starts, what it owns (_whose), a frame around the role word and the name
    (_framed_across_a_role), the kind of case a party is in (被上诉人能文明房屋买卖合同纠纷一案),
    where it acts (_somewhere), a pronoun that refers to it (_REFERRED_TO),
    or the field's end where the name fills a form's field (_fills_a_field),
    or how many people a list's last name ends (被执行人常乐、乐天二人: 乐天, cheerful), or a
    name masked already next in its list (检查员：和和平、赵某), or a
    couple the name is one of (收养人时海洋、白飞夫妇), or the other party joined to it by its
    role word (男方信平安与女方龙某, 甲方和春风与乙方…), or a colon after one the dictionary
    lacks, a speaker's in a transcript (主持人全和平：…; not 被害人师傅:, 师傅 tagged a name);
    or what someone is called right before it (_called); or what it says (_SAYS)."""
    return _evidence_after(text, name.start, name.end) or (
        evident and (_subject_verb_after(text, name.start, name.end, evident=True)
                     or _whose(text, name) or _framed_across_a_role(text, name)
                     or _A_CASE_AFTER.match(text, name.end) is not None
                     or _somewhere(text, name)
                     or _REFERRED_TO.match(text, name.end) is not None
                     or _fills_a_field(text, name) or _called(text, name.start)
                     or (text[name.start - 1:name.start] == "、"
                         and _PEOPLE_COUNTED.match(text, name.end) is not None)
                     or _a_masked_name_listed_after(text, name.end)
                     or _A_COUPLE_AFTER.match(text, name.end) is not None
                     or (text[name.end:name.end + 1] in _JOINING_PARTIES
                         and _a_role_word_at(text, name.end + 1))
                     or (text[name.end:name.end + 1] in FIELD_MARKS
                         and not lexicon().frequency(text, name.start, name.end))
                     or _SAYS.match(text, name.end) is not None))


_MASKED_ITEM = re.compile("[\u4e00-\u9fff]{1,2}["
                          + "".join(re.escape(c) for c in sorted(MASK_CHARS)) + "]+")


def _a_masked_name_listed_after(text: str, end: int) -> bool:
    """Whether the next item of a list after end is a name masked already (和和平、赵某)."""
    if text[end:end + 1] != "、":
        return False
    item = _MASKED_ITEM.match(text, end + 1)
    return item is not None and _masked_name(item.group())


# what someone does for or towards another, between their names (医生和爱国为汪伟实施…)
_FOR_ANOTHER = FOR_OR_TOWARDS | {"帮"}


def _for_someone_sure(text: str, end: int, spans: list[tuple[int, int, float]]) -> bool:
    """Whether a word of doing for or towards someone follows a name at end, and a name the
    model is confident of right after it (皮肤科医生和爱国为汪伟实施了…: what a role does for a
    person vouches for the role's name, 和爱国, which the model does not find)."""
    return (text[end:end + 1] in _FOR_ANOTHER
            and any(start == end + 1 and p >= CONFIDENT for start, _, p in spans))


# Says, where a pause or the words said follow: after a role word, its name's (站长时光明说，…;
# not 公开信说 or 战士们说 without one, nor 说明)
_SAYS = re.compile("说[，,：:“]|说道")


# the other of a couple, after the first's name (收养人向和平、钱某夫妇)
_A_COUPLE_AFTER = re.compile(r"、[\u4e00-\u9fff]{1,4}?(?:夫妇|夫妻俩)")
# the kind of case a party is in, after the party's name (被上诉人能文明房屋买卖合同纠纷一案)
_A_CASE_AFTER = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:纠纷|争议)一?案")


# A dose after a herb's name (陈皮10克, 黄连3g), or the form of a medicine ending an item of
# a list or a cell (连翘败毒丸, 柴胡注射液, a name of up to four characters before it): a
# prescription's or a catalogue's, where herbs read as names (陈皮 was masked 陈*, 甘草 *草)
_DOSE = re.compile(r"[ \t]*[0-9０-９]+(?:\.[0-9]+)?[ \t]*(?:克|g|毫克|mg|钱)(?![a-zA-Z])")
_MEDICINE_ITEM = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:丸|胶囊|颗粒|注射液|口服液|糖浆|冲剂|软膏|"
                            r"合剂|片)(?![\u4e00-\u9fff])")
# (what a text holds where either may be: a lookahead on the first characters spares trying
# the alternatives at every position)
_A_MEDICINE_HINT = re.compile(r"(?=[克gm毫钱丸胶颗注口糖冲软合片])"
                              r"(?:(?<=[0-9０-９ \t])(?:克|g|毫克|mg|钱)"
                              r"|(?:丸|胶囊|颗粒|注射液|口服液|糖浆|冲剂|软膏|合剂|片)(?![\u4e00-\u9fff]))")


def _a_medicine(text: str, name: Candidate) -> bool:
    """Whether a name is a herb's before its dose, a surname alone one character short of it
    (甘|草6克), or lies in a medicine's name that is a whole item of a list or a cell
    (_MEDICINE_ITEM)."""
    if _DOSE.match(text, name.end) or (
            name.end - name.start == 1 and is_cjk(text[name.end:name.end + 1] or "0")
            and _DOSE.match(text, name.end + 1)):
        return True
    if name.start and text[name.start - 1] not in FIELD_BEFORE:
        return False
    item = _MEDICINE_ITEM.match(text, name.start)
    return item is not None and item.end() >= name.end


# a pronoun that refers to the one just named at the next clause's start (表扬公交司机能文明，他
# 帮助了…)
_REFERRED_TO = re.compile("[，,](?:他|她)(?![们人])")


def _a_name_of_three_before(text: str, name: Candidate, particle: str) -> bool:
    """Whether a name of three written as one stands before particle, which begins no word of
    the dictionary there (在于, 的确)."""
    return (name.end - name.start == 3 and text[name.end:name.end + 1] == particle
            and written_as_a_name(text[name.start:name.end])
            and not lexicon().frequency(text, name.end, name.end + 2))


def _somewhere(text: str, name: Candidate) -> bool:
    """Whether a name of three written as one is where it acts, 在 and a place or a time and
    what it does there (驾驶员和爱国在站台未停稳即开门, 我老公能文明在工地干活时…), not 在 that
    begins a word (在于, 在内), nor an organisation after a surname that is a conjunction too
    (业主和物业在协商)."""
    return _a_name_of_three_before(text, name, "在") and not names_a_thing(text, name.start + 1)


def _framed_across_a_role(text: str, name: Candidate) -> bool:
    """Whether a frame's words (_FRAME_WORDS) stand before the role word a name follows and
    after the name (拖欠职工于平安工资: 拖欠…工资 around 职工于平安)."""
    befores = [_FRAMED_BEFORE[after] for after in (
        text[name.end:name.end + n] for n in range(1, _LONGEST_FRAME_AFTER + 1))
        if after in _FRAMED_BEFORE]
    if not befores:
        return False
    role = _role_word_before(text, name.start)
    return role is not None and any(text.endswith(words, 0, role) for words in befores)


_RELATIVES_LONGEST_FIRST = tuple(sorted(RELATIVES, key=len, reverse=True))  # (外孙女, 外孙)
_RELATIVE_FIRST = frozenset(relative[0] for relative in RELATIVES)


def _relative_at(text: str, at: int) -> str:
    """The relative (cues.RELATIVES) that text[at:] starts with, or ""."""
    return next((r for r in _RELATIVES_LONGEST_FIRST if text.startswith(r, at)), "")


def _relative_before(text: str, at: int) -> str:
    """The relative that ends at at, or ""."""
    return next((r for r in _RELATIVES_LONGEST_FIRST if text.endswith(r, 0, at)), "")


def _role_word_before(text: str, at: int) -> int | None:
    """Where the longest role word that ends at at starts, if one does."""
    return next((at - n for n in range(min(_LONGEST_ROLE_WORD, at), 1, -1)
                 if text[at - n:at] in _ROLE_WORDS), None)


def _one_of_the_parties(text: str, name: Candidate) -> bool:
    """Whether a name after a role word that starts a clause is all the clause holds, the
    clause before or after it another role word's (甲方能建国，乙方时光明。: the parties of a
    contract, which a form would write with colons), or a heading's colon before it."""
    role = _role_word_before(text, name.start)
    if role is None or not _starts_a_clause(text, role):
        return False
    if text.startswith(_ROLE_WORD_LIST, name.end + 1) or text[role - 1:role] in ("：", ":"):
        return True  # (… or a record's first field after its heading: 养犬登记：犬主和平安，)
    clause = max(text.rfind(mark, 0, role - 1) for mark in _PARTIES_APART) + 1
    return role > 0 and clause < role - 1 and text.startswith(_ROLE_WORD_LIST, clause)


_PARTIES_APART = "，,；;"  # what parts the fields of parties written without colons


def _whose(text: str, name: Candidate) -> bool:
    """Whether a name of three written as one owns what follows it (业主时光明的房屋, 死者和建国的
    家属: after a role word, whose house or family), not where 的 begins a word (的确, 的话)."""
    return (_a_name_of_three_before(text, name, "的")
            and is_cjk(text[name.end + 1:name.end + 2] or "0"))


_CALLED = ("名叫", "我叫", "俺叫", "自称")  # the verbs of cues.ALIASES


def _called(text: str, start: int) -> bool:
    """Whether what someone is called is said right before text[start:], whatever words the
    name reads as: a verb of cues.ALIASES (我叫和平安, 一名名叫于文明的男子) or any of them and a
    colon (曾用名：于文明; not 修改昵称后重新登录, the nickname's own word)."""
    if text[start - 1:start] in (":", "："):
        return text.endswith(ALIASES, 0, start - 1)
    return text.endswith(_CALLED, 0, start)


# what ends a field's name: a blank, a clause's or a list's mark, or an aside in brackets
# before one (户主：时光明、成长江: both were published; 申请人：和平安（身份证号略），)
_FIELD_END = re.compile(r"(?:[（(][^（(）)]{0,20}[）)])?(?:[ \t\u3000；;，,。、]|$)")


# the words of a form's field that names its holder, written before a name without a colon too
# (收款账号…，户名安阳。)
_HOLDER_FIELDS = ("户名", "开户人", "收款人", "持卡人")


_ASIDE_BEFORE = re.compile(_ASIDE + "$")  # an aside right before a form's colon


def _fills_a_field(text: str, name: Candidate) -> bool:
    """Whether a name is all a form's field after a role word or a heading (_headed) and a
    colon holds (户主:和平安 家庭人口:3, 联系人：向海洋；, 签字：金秋月: what the field holds is
    its name, words as they may read; not 申请人须提交, no field), or all one of
    _HOLDER_FIELDS holds, colon or not (户名安阳，), or all a role word says someone is, with 为
    or 是 (登记车主为和平安，实际使用人为时光明。, 施工负责人是时爱国。), a relative or a role
    word after 为 too (继承人为其子向文明。, 冠军为选手和平安，), or the relative something is
    given to (留给其女时光明。), or all a cell holds after a role word (户主和平安), or one of
    the parties' fields written without colons (_one_of_the_parties)."""
    if not _FIELD_END.match(text, name.end):
        return False
    if text.endswith(_HOLDER_FIELDS, 0, name.start):
        return True
    if name.end == len(text.rstrip()) and text[:name.start].rstrip(" \t\u3000") in _ROLE_WORDS:
        return True  # a cell of a role word and a name (户主和平安, 经办人 时光明)
    if text[name.end:name.end + 1] in "，,；;。" and _one_of_the_parties(text, name):
        return True
    kin = next((len(kin) for kin in KIN if text.endswith(kin, 0, name.start)), 0)
    role = None if kin else _role_word_before(text, name.start)
    said = name.start - kin if role is None else role
    if kin and text[said - 1:said] == "给":  # (将房产留给其女时光明。: the relative it goes to)
        return not _a_word(text, name.start, name.end, whole=True)
    if text[said - 1:said] in ("为", "是"):  # (not a body: 被申请人为区政府。; 继承人为其子向
        # 文明。, 冠军为选手和平安，: a role word after 为 says as much as one before it; 施工
        # 负责人是时爱国。)
        return ((role is not None or text.endswith(_ROLE_WORD_LIST, 0, said - 1))
                and not _a_word(text, name.start, name.end, whole=True))
    # (a relative after the colon is the field's too: 法定代理人：母亲卢和平)
    at = name.start - len(_relative_before(text, name.start))
    while at > 0 and text[at - 1] in BLANKS:
        at -= 1
    if at == 0 or text[at - 1] not in ":：":
        return False
    at -= 1
    while at > 0 and text[at - 1] in BLANKS:
        at -= 1
    if text[at - 1:at] in ("）", ")"):  # (法定代表人（负责人）：华春风，)
        aside = _ASIDE_BEFORE.search(text, max(0, at - 8), at)
        at = aside.start() if aside is not None else at
    # (… or a heading's: 签字：金秋月, 获补贴人员：和平安，)
    return text.endswith(_ROLE_WORD_LIST, 0, at) or _headed(text, at + 1)


# what 月 follows where it is a month, not a given name's last character (三月, 本月, 腊月,
# 每个月, 满月, 蜜月, 年月)
_BEFORE_A_MONTH = frozenset("一二三四五六七八九十两百0123456789０１２３４５６７８９"
                            "正腊冬闰本上下次当每这该同前后半个几年岁日满蜜逐按包")


def _a_month_in_a_name(text: str, given_at: int, end: int) -> bool:
    """Whether text[end - 1] is the 月 that ends a given name of two (秋月, 晓月, 明月): a stop
    character, since it ends months, after a given name's character that no month's 月
    follows."""
    return (end - given_at == 2 and text[end - 1] == "月"
            and text[given_at] in _TYPICAL_GIVEN and text[given_at] not in _BEFORE_A_MONTH)


# prepositions that are rare surnames too, after a role word (法定代表人由童淑兰变更为, 负责人从
# 王伟调整为…)
_PREPOSITIONS_BEFORE_A_NAME = frozenset("由从")


def _after_towards(text: str, name: Candidate) -> Candidate:
    """The name a rules' span of 向 and a name of three holds (向|孟淑珍, masked as one so that
    either reading is covered): what the model is asked to vouch for."""
    if name.end - name.start == 4 and text[name.start] == "向":
        return Candidate(name.start + 1, name.end, name.score)
    return name


def _a_preposition_before_a_name(text: str, start: int) -> bool:
    """Whether text[start] is a preposition (由, 从) before a surname, the two no word of the
    dictionary (not 由于, 从事), or 向 (towards) before a common one, no word of the dictionary
    from 向 on (执法人员向孟淑珍宣读…, 民警向程红旗出示…: read as 向孟 and 向程红, 淑珍 and 旗
    were published; not 向华强, a name of the dictionary): the name starts after it."""
    if text[start:start + 1] == "向":
        words = lexicon()
        return text[start + 1:start + 2] in COMMON_SURNAMES and not any(
            words.frequency(text, start, stop) for stop in range(start + 2, start + 5))
    return (text[start:start + 1] in _PREPOSITIONS_BEFORE_A_NAME
            and (text[start + 1:start + 2] in SINGLE_SURNAMES
                 or text[start + 1:start + 3] in COMPOUND_SURNAMES)
            and lexicon().frequency(text, start, start + 2) is None)


def _given_word(text: str, at: int) -> bool:
    """Whether text[at:at + 2] is a given name that is a word holding a stop character that
    given names are written with (和平, 向阳; not 卡号, whose 号 ends numbers' names)."""
    pair = text[at:at + 2]
    return (len(pair) == 2 and not _FUNCTION_IN_A_GIVEN_NAME.isdisjoint(pair)
            and all(c not in STOP_CHARS or c in _FUNCTION_IN_A_GIVEN_NAME for c in pair)
            and lexicon().tag(pair) in PROPER_GIVEN)


def _a_rare_noun_given(text: str, start: int, given_at: int, end: int) -> bool:
    """Whether text[given_at:end] is a common noun of two characters rarer than NOUN_AS_GIVEN
    after a surname that is no level of government (华|光明购买…, 和|春风独自…; not 区|财政借给
    该企业, the district's finances)."""
    return (end - given_at == 2 and text[start] not in LEVELS
            and a_rare_noun(text[given_at:end]))


_SIGNED = ("签字", "签名", "签收", "已签收", "（签字）", "（签名）")


def _vouched_char(text: str, start: int, given_at: int, end: int) -> bool:
    """Whether what a person does or has after a name (东方一诺咨询…) vouches for the rarer
    last character of its given name text[given_at:end] (the name ending there or one
    character on): not a title of office (财务总监), nor for a dictionary word (开赛，女;
    中国国籍，男) unless the given name is a name's or a proper noun (陆红旗（身份证…) or,
    after a common surname and before 于 and a date or a report at a clause's start, any word a
    given name is (王平安于2024年…, 黄平安反映…: 平安, peaceful; 王平安 the dictionary holds as a
    name) or after a compound surname that is no common word (上官平安具备…), nor a role word
    (来电人反映), nor a numeral that begins a word of number with what
    follows (江长江一家被评为…: 江一 was read, 江长 published); a given name that is a common
    noun, an adjective or any word a given name is (GIVEN_WORD_TAGS) is vouched for by what a
    clause's subject says after it (和春风告诉记者…), and at a clause's start by what vouches for
    a name (_AFTER: 和春风的事迹, 和平安是一名…, 和长江的事迹; an adjective rarer than
    NOUN_AS_GIVEN)."""
    if not _given_char_ok(text[end - 1], True) or text.startswith(_PREFIXES, start):
        return False
    words = lexicon()
    if words.frequency(text, end - 1, end + 1) and words.tag(text[end - 1:end + 1]) == "m":
        return False
    given = text[given_at:end]
    tag = words.tag(given)
    if (len(given) == 2 and tag in ("n", *GIVEN_WORD_TAGS) and not words.frequency(text, start, end)
            and (_said_by_a_subject(text, start, end) or (
                tag == "n" and _starts_a_clause(text, start)
                and _a_rare_noun_given(text, start, given_at, end)
                and (_subject_verb_after(text, start, end) or _AFTER.match(text, end))) or (
                tag in GIVEN_WORD_TAGS and _starts_a_clause(text, start)
                and (tag != "a" or (words.frequency(given) or 0) < NOUN_AS_GIVEN)
                and _AFTER.match(text, end)))):
        return True  # 和春风告诉记者, 和平安在发言中指出, 华光明购买…, 和春风的事迹: a noun (a
        # spring breeze), an adjective (safe) or a word given names are before what a subject
        # says or what vouches for a name (_AFTER: 和平安是一名…, 时海洋户…), or a rare noun
        # before what it does
    if (len(given) == 2 and all(_given_char_ok(c, True) for c in given)
            and (words.tag(given) in GIVEN_WORD_TAGS or a_rare_noun(given))
            and not words.frequency(text, start, end)
            and (_HONORIFIC.match(text, end) or OF_KIN.match(text, end)
                 or text.startswith(_SIGNED, end)
                 or _a_title_of_a_name(text, start, end))):
        return True  # 和春风老师, 华春风之妻, 黄平安签字, 程红旗院长: a word a given name is, of
        # its characters, before an honorific, a kin of a written record, a signature (cells of
        # a table: masked *春风 or nothing) or a title where no word ends in the surname (not
        # 上海翰鸿律师事务所, 行政区东莞市长寿路, 中国国家主席)
    # (a common surname's name before a date, or before a report at a clause's start; or a
    # compound surname's that is no common word: 上官平安具备…)
    deed = (text[start] in COMMON_SURNAMES and (a_date_after(text, end) or (
        text.startswith(REPORTS, end) and _starts_a_clause(text, start)))) or (
        given_at - start == 2 and not common_compound(text[start:given_at]))
    if (words.frequency(text, start, end) and not (
            deed and words.tag(text[start:end]) in NAME_TAGS)) or given in COMPOUND_SURNAMES or (
            words.frequency(given)
            and words.tag(given) not in (GIVEN_WORD_TAGS if deed else PROPER_GIVEN) and (
                len(given) > 1 or not any(_MOBILE_AFTER.match(text, at)
                                          for at in (given_at + 1, given_at + 2) if at >= end))):
        return False  # (寿|申屠: a surname's word; 看房热线130…; but 电话告知强奕辰（1591…:
        # a mobile number right after a name vouches for a character of it that is a word)
    if len(given) == 2 and words.tag(given) in PROPER_GIVEN and _HONORIFIC.match(text, end):
        return True  # 感谢于红旗先生: a given name that is a name's word, before an honorific
    return any(_evidence_after(text, start, at, titles=False)
               for at in (given_at + 1, given_at + 2) if at >= end)


# An official's portfolio: what they are in charge of, up to the list's 工作 (分管教育、卫健工作;
# not 负责人, a role word, nor past 的: 负责王伟的安置工作)
_IN_CHARGE_OF = re.compile("(?:分管|主管|协管|负责)(?!人)[^的，。；,;人]{0,12}$")
_REST_OF_A_PORTFOLIO = re.compile("(?:[、和及][\u4e00-\u9fff]{2,4}?)*等?工作")


def _a_portfolio_item(text: str, name: Candidate) -> bool:
    """Whether a name of two is an item of an official's portfolio (副区长王伟分管卫健、民政工作,
    分管教育、卫健工作: 卫 was masked, 卫健 being a name's shape)."""
    return (name.end - name.start == 2
            and _IN_CHARGE_OF.search(text, max(0, name.start - 14), name.start) is not None
            and _REST_OF_A_PORTFOLIO.match(text, name.end) is not None)


def _repeated(text: str, names: list[Candidate]) -> list[Candidate]:
    """names, and the other places in text where a name found surely, or one found likely
    that is written as a Chinese name of three or four (_written_as_a_likely_name), is written
    again (记者马力（马力博客）, 华和平、华和平二人…): a reader who sees it once in the clear
    knows whom every masked one names; and each found in part where another is found whole
    (承办单位已与明新|华电话联系，明新华表示满意: the model read 明新 first, and 华 was
    published)."""
    names = _completed(text, names)
    to_repeat = {text[c.start:c.end]: c.score for c in names
                 if (c.score > LIKELY and c.end - c.start >= 2)
                 or (c.score == LIKELY and (_written_as_a_likely_name(text[c.start:c.end])
                                            or _a_likely_name_of_two(text[c.start:c.end])))}
    if not to_repeat:
        return names
    out = list(names)
    taken = [(c.start, c.end) for c in names]
    for name, score in to_repeat.items():
        # 高峰: a name here, a word there; unless found surely, and then only where what follows
        # is said of someone (同意为高明办理…，高明当场撤回投诉)
        word = name in WORDS_TAGGED_AS_NAMES
        if word and score < SURE:
            continue
        surname = len(surname_of(name))
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            crossed = [(s, e) for s, e in taken if s < end and at < e]
            # (a span found that ends in the surname only, from before it, gives way to the
            # name: 因马|文明户口簿… was read where 马文明 was found before)
            cut = bool(crossed) and all(s < at and e <= at + surname for s, e in crossed)
            if ((not crossed or cut) and not names_a_thing(text, end)
                    and (not word or starts_an_act(text, end))):
                if cut:
                    out = [c for c in out if (c.start, c.end) not in crossed]
                    taken = [t for t in taken if t not in crossed]
                out.append(_candidate((at, end, score)))  # (李明 of 李明路 is a road's)
                taken.append((at, end))
            at = text.find(name, end)
    return sorted(out) if out != names else names


_BEFORE_CAN = frozenset("就也都还便仍又才只")  # (adverbs that 能, can, follows: 就能, 也能)


def _able_to(text: str, start: int) -> bool:
    """Whether a name starting at start begins with 能 (can) after an adverb and before a verb
    (就能升成…; not 就能军等12名车主反映的…, about, nor 退还能芳…, 能 a surname)."""
    return (text[start:start + 1] == "能" and text[start - 1:start] in _BEFORE_CAN
            and a_verb_at(text, start + 1))


_A_WORD_AFTER_A_NAME = 1000  # how frequent a word begun by a name's last character (同意) is


def _before_a_word_of_a_repeat(text: str, names: list[Candidate]) -> list[Candidate]:
    """names, each of a surname and two characters whose last begins a frequent word cut
    before it where its first two are found as a name elsewhere in text (老板陈洋同|意退还陈洋
    押金: 陈洋同 was read, and 同 masked)."""
    twos = {text[c.start:c.end] for c in names if c.end - c.start == 2}
    if not twos:
        return names
    return [Candidate(c.start, c.end - 1, c.score)
            if (c.end - c.start == 3 and text[c.start:c.end - 1] in twos
                and surname_of(text[c.start:c.end]) == text[c.start]
                and (lexicon().frequency(text, c.end - 1, c.end + 1) or 0)
                >= _A_WORD_AFTER_A_NAME)
            else c for c in names]


def _a_likely_name_of_two(span: str) -> bool:
    """Whether a likely name of two is a surname and a given name's character that make no
    common word (陈*与华宁到…，因华宁户口簿…: 华宁 was published where it was written again)."""
    return (len(span) == 2 and surname_of(span) == span[0] and span[1] in GIVEN_NAME_CHARS
            and (lexicon().frequency(span) or 0) < _RARE_NAME_WORD
            and span not in WORDS_TAGGED_AS_NAMES)


_RARE_NAME_WORD = 20  # a word of two this rare a likely name is (华宁, a county, 3)


def _written_as_a_likely_name(span: str) -> bool:
    """Whether a likely name is written as a Chinese one of three or four: a surname first, and
    not a transliteration's characters only (卡塔尼亚, 鄂尔多斯: clubs and places, which the
    model finds likely as often)."""
    return (3 <= len(span) <= 4 and surname_of(span) != ""
            and not all(c in TRANSLITERATION_CHARS for c in span))


def _completed(text: str, names: list[Candidate]) -> list[Candidate]:
    """names, each that begins another of three or four characters starting with a surname
    written right there widened over it, where no other name starts within (_repeated)."""
    whole = {text[c.start:c.end] for c in names
             if 3 <= c.end - c.start <= 4 and surname_of(text[c.start:c.end])}
    if not whole or len(names) < 2:
        return names
    out = []
    for k, name in enumerate(names):
        longer = max((w for w in whole if len(w) > name.end - name.start
                      and text.startswith(w, name.start)), key=len, default="")
        end = name.start + len(longer)
        if longer and all(other.start >= end for other in names[k + 1:]):
            name = _candidate((name.start, end, name.score))
        out.append(name)
    return out


class ChinesePersonRecognizer(ScreenRecognizer):
    """Chinese personal names: a known surname + 1-2 given-name characters, scored by evidence."""
    # Evidence: a role word before (申请人：, 联系人 …) or an honorific/title after (先生, 女士 …)
    # gives 0.95. Otherwise the score grows with surname frequency and typical given-name
    # characters, and jieba's dictionary decides the edges: a name must not be an ordinary word
    # (黄山, 文明 — 2-character dictionary "nr" words only reach 0.6), the prefix of a longer word
    # (张家港, 高新区) or glued to a neighbouring word (由于, 强调). Already-masked forms
    # (张某, 李某某, 王*) are never names. No full segmentation is run, which keeps cells fast.

    ENTITY = "PERSON"
    PATTERN_NAME = "zh_person"
    SCORE_CONTEXT = 0.95

    def __init__(self, supported_language: str = "zh", model: Path | None = MODEL,
                 evidence_only: bool = True) -> None:
        super().__init__(supported_language=supported_language)
        # The statistical half: names in any context (None: the rules alone, for tests).
        self.model = ModelNames(model) if model is not None else None
        # With the model, the rules keep to names with evidence around them (a role word
        # before, a title or an ID after, a list of names): a name without any is the model's
        # to judge, from its whole context.
        self.evidence_only = evidence_only and self.model is not None

    def may_match(self, hints: CellHints) -> bool:  # noqa: D102
        return hints.cjk

    def preload(self) -> None:
        """Load the dictionary's table and the name model now, not on the first name."""
        # Before worker processes are forked, so that they share one copy.
        lexicon()
        if self.model is not None:
            self.model.model  # noqa: B018

    def find(self, text: str) -> list[Candidate]:
        """The names of the rules and of the model, merged (privacy.recognizers.person_model):
        a rule's name the model all but rules out is dropped (ModelNames.vetoes)."""
        if self.model is None:
            return self.rule_names(text, evidence_only=False)
        spans = self.model.spans(text)
        # A cell has too little context for the model to find a name on its own: there the
        # rules look for names without evidence around them too.
        evidence_only = self.evidence_only and len(text) > SHORT_TEXT
        # where a list of names goes on after one the model is sure of (王伟、韩国庆两户)
        listed = {end + 1 for _, end, probability in spans
                  if probability >= CONFIDENT and text[end:end + 1] == "、"}
        rules = self.rule_names(text, evidence_only, listed)
        evident = set(rules if evidence_only or not rules
                      else self.rule_names(text, True, listed))
        found = self.model.find(text, spans)
        rules = [r for r in rules if text[r.start:r.end] not in _TIMES_NO_ONE_IS
                 and not self.model.vetoes(text, spans, _after_towards(text, r), r in evident,
                                           _vouched(text, r, r in evident)
                                           or (r in evident and _for_someone_sure(text, r.end,
                                                                                  spans)))]
        if evidence_only:
            rules += _given_after_lone_surnames(text, found, rules, self.rule_names)
        names = _repeated(text, _before_a_word_of_a_repeat(
            text, before_the_bidden(text, merge(rules, found, text))))
        repeated = {text[n.start:n.end] for n in names}
        # (again after the given names made whole: 令狐平安在…，站务员令狐平|安立即…)
        names = _completed(text, _given_words_whole(text, _joined_at_surnames(text, names)))
        names = [n if (end := before_a_number_in_words(text, n.start, n.end)) == n.end
                 else Candidate(n.start, end, n.score) for n in names]  # 来电人李娜|二〇二六年…
        if "家" in text or "户" in text:  # 倪建|国家
            names = _before_a_household(text, names)
        if _FRAME_FIRST.search(text):  # 任命张三为, 免去王国华的…职务, 待吴军补充
            # (a framed name is sure: a bidding word before it is no name's, 徐伟帮|黄东平梳理了…)
            names = before_the_bidden(text, _within_frames(names, _framed(text, lexicon())))
        if "·" in text or "•" in text or "・" in text:  # 艾力·买买提 (NAME_DOTS), where the
            # model reads 艾力· alone (a set's isdisjoint() would hash every character)
            names = _covering(names, _dotted(text, names, lexicon()))
        if "姓" in text:  # 快递员姓付，电话…
            names = _with_candidates(names, _surnamed(text))
        if "姓名" in text or "户主" in text:  # 姓名：能力 性别：男
            names = _covering(names, _form_names(text))
        if "/" in text or "／" in text:  # 文/时飞 图/信鹏
            names = _bylined(text, names)
        if "摄" in text:  # （花海洋 摄）, （记者 于爱国摄）: the credit's name, not 摄 with it
            names = _covering([_without_taken(text, n) for n in names], _credited(text))
        if "左" in text or "右" in text:  # 图为包杰（左二）
            names = _covering([n for n in names if not _a_photo_position(text, n)],
                              _photo_placed(text))
        if "：" in text or ":" in text:  # 起草：严冬；审核：方舟；签发：高远
            names = _covering(names, _two_fields_or_more(_SIGN_OFF, text)
                              + _field_listed(text, names) + _addressed_parties(text)
                              + _paid_listed(text) + _role_form_fields(text))
        if "所" in text and _COMPLAINED_OF_AFTER.search(text):  # …，花海洋所反映问题属实
            names = _covering(names, _complainants(text))
        if "审判" in text or "书记员" in text:  # 审判长 文明 / 审判员 安宁 / 书记员 金凤
            names = _covering(names, _two_fields_or_more(_BENCH, text))
        if _UNSURNAMED.search(text):  # 来电人次仁多吉, 牧民其其格
            names = _covering(names, _unsurnamed(text))
        if "班" in text:  # 值班：周一方平，周二段伟; 夜班　江华、白**
            rostered = _rostered(text)  # (no name starts in the day before it: 周一|王伟)
            names = _covering(names, [name for name, _ in rostered],
                              [name.end for name, _ in rostered], [day for _, day in rostered])
            names = [n for n in names if not any(day <= n.start and n.end <= name.start
                                                 for name, day in rostered)]  # 白班　谷勇: 白班
            # is the shift, no name
        if "（" in text or "(" in text:  # 信秋月（楼栋长）、刘*（网格员）
            names = _covering(names, _role_bracketed(text))
        if "即" in text or "来电" in text or "当场" in text or "来信" in text or (
                "立刻" in text or "来访" in text):  # 信秋月当即召集…, 银利来电反映…
            names = _covering(names, _acting_at_once(text))
        if "等" in text or "如是说" in text or "老人" in text or "采访" in text:
            names = _covering(names, _named_among_others(text))  # 时光明等技术人员
        if "对" in text and "的" in text:  # 对主动简办婚事的和永红，村委会…
            names = _covering(names, _dealt_with(text))
        if "我是" in text:  # 我是住在白沙花园的和敏，…
            names = _covering(names, _self_introduced(text))
        if "奖" in text:  # 一等奖师和平，二等奖金光明: 奖金 is a word
            names = _covering(names, _awarded(text))
        if "同志" in text or "同学" in text:  # 和平同志因病逝世
            names = _covering(names, _comrades(text))
        if _SEX.search(text):  # 公示：马上飞，男，汉族
            names = _covering(names, _recorded(text))
        if _MEMBER.search(text):  # 金和平委员：您提出的…
            names = _covering(names, _addressed_members(text))
        if "任" in text:  # 郭琳任市发展和改革委员会主任
            names = _covering(names, _appointed(text))
        if "老" in text or "小" in text:  # 老周, 小蒋, where neither found a name
            names = _with_elders(text, names, _elder_or_younger(text))
        if " " in text or "\u3000" in text:  # 经办人：胡  军    审核人：曲  彬
            names = _covering(names, _spaced_alike(text, names))
        if "、" in text:  # 甘露、尹志平: the other items of a list of names, words too
            names = _with_candidates(names, _listed_names(text, names))
        if not _PAIRING_OR_TOWARDS.isdisjoint(text):  # 信秋月与刘*合伙经营…: two parties joined
            names = _with_candidates(names, _paired_names(text, names))
        # where a subject starts: whom someone named surely turns to (经调查，李*向白海洋收购…),
        # and who did what at a time of day told first (晚上十点多常强报警，…)
        bids = {n.end for n in names
                if n.score >= SURE and text[n.end:n.end + 1] in _BIDDING_ANOTHER}
        subjects = {at + 1 for at in bids}
        if "点" in text or "时" in text:
            subjects.update(m.end() for m in _A_TIME_OF_DAY_FIRST.finditer(text))
        if "，" in text or "," in text:
            subjects.update(_led_in(text))
        subjects = {at for at in subjects if _may_start_a_subject(text, at)}
        if subjects:
            candidates = (self.rule_names(text, False)
                          + [_candidate(span) for span in spans if span[2] >= _SUBJECT_EVIDENCE])
            if bids:
                names = _off_the_bidding_word(text, names, bids, candidates)
            names = _with_candidates(names, _subjects_at(text, subjects, candidates))
        if "；" in text:  # 王伟（某街道）；时光明（某社区）: so apart by semicolons
            names = _with_candidates(names, _listed_names(text, names, "；"))
        if len(text) <= _LONGEST_CELL_LIST:  # 华红旗，赵伟: a cell that lists names
            names = _with_candidates(names, _cell_listed(text, names))
        if len(text) <= _LONGEST_FRAMED_CELL:  # 已转和敏, 张建国家, 向文明签字
            framed = _cell_framed(text)
            if framed is not None:
                names = _covering(names, [framed], [len(text)], [0])
        if "." in text or "．" in text or "、" in text:  # 获奖名单如下：1.韦一 2.吕二 3.普辉
            names = _covering(names, _numbered_names(text, names))
        if "能" in text:  # 交3.98万元就能升成经理: can, after then (能升成 was read, 能 a surname)
            names = [n for n in names if not _able_to(text, n.start)]
        # 张江附近, 王坛附近 (王 alone, cut from a place's name): a place; nor is anyone inside
        # a role word (特困供养人员: 养 was read as a surname alone)
        names = [n for n in names if not _inside_a_role_word(text, n)
                 and not a_location(text, n.end) and not a_quoted_thing(text, n.start, n.end)
                 and not _a_time_counted(text, n)
                 and not (
            n.end - n.start == 1 and a_location(text, n.end + 1))]
        terms = nameless_terms(text)
        if terms:  # 田长制、路长制: the rules read 路长制 as a name on the list
            names = [n for n in names if not any(a <= n.start and n.end <= b for a, b in terms)]
        if "等" in text or "、" in text:  # 新增石马、和睦、平安桥等站点, 金华、衢州、丽水三地: a
            # list of places, unless the name is sure (宋 alone, cut from 宋城等景区, too)
            names = [n for n in names if n.score >= SURE or not (
                a_listed_place(text, n.end)
                or (n.end - n.start == 1 and a_listed_place(text, n.end + 1)))]
        if "工作" in text and ("管" in text or "负责" in text):  # 分管教育、卫健工作
            names = [n for n in names if n.score >= SURE or not _a_portfolio_item(text, n)]
        if names and a_drug_stem_in(text):  # 阿莫西林胶囊, 将华法林与阿司匹林同服
            names = [n for n in names if not in_a_drug_name(text, n.start, n.end)]
        if names and _A_MEDICINE_HINT.search(text):  # 陈皮10克, 连翘败毒丸: a herb, a medicine
            names = [n for n in names if not _a_medicine(text, n)]
        accounts = organisation_accounts(text)
        if accounts:  # @咸阳交警官方微博: the model reads any handle as a person's
            names = [n for n in names if not any(s < n.end and n.start < e for s, e in accounts)]
        products = product_mentions(text, [(n.start, n.end) for n in names]) if names else []
        names = _outside_products(text, names, products) if products else names
        if any(text[n.start:n.end] not in repeated for n in names):
            names = _repeated(text, names)  # 联系华光明的家属…，告知华光明在…: a name the
            # passes after the first found (a frame's) is masked wherever it is written again
        return _with_surname_before(text, names)

    def rule_names(self, text: str, evidence_only: bool = False,
                   listed: Collection[int] = ()) -> list[Candidate]:
        """The names the rules find: surname-anchored candidates scored by evidence (only
        those with evidence around them, if evidence_only). listed: positions after a name
        the model is sure of and a 、, where a list of names goes on (王伟、韩国庆两户)."""
        out: list[Candidate] = []
        last_end, last_start, last_context = -1, -1, False
        for match in _START.finditer(text):
            begin, end = match.span()
            staff = match.group("staff") is not None
            # (the match consumed a role word, or the end of a word for staff or a label's colon)
            context = end - begin > 1 or staff or match.group("label") is not None
            if context and "\u3000" in text[begin:end] and (
                    text[begin - 1:begin] in _THIS_ONE
                    or (text[begin - 2:begin - 1] in _THIS_ONE and text[begin - 1] in "位名个")):
                continue  # 申请人　该居民　车位号: a field's value that is a role word after a
                # demonstrative (这位老人), before the next field's label (车位 was read; not a
                # label of its own: 管理医生　于长江)
            start = end if context else begin
            towards = False  # whether the name is read after 向 (towards), as below
            if context and _a_preposition_before_a_name(text, start):
                towards = text[start] == "向"
                start += 1  # 法定代表人由|童淑兰变更为…: 由 is no surname there
            if start < last_end or start == last_start:
                continue
            if towards_this_body(text, start):
                continue  # 申请人向本机关提出申请: towards this office (向本 was masked)
            if context and text.startswith(WEEKDAYS, start):
                continue  # 带班：周一陈志强: a roster's day (周一 was masked), whose name after
                # it _ROSTERED reads
            if context and text[start - 2:start] in _A_PARENT and text[start] in "父母亲子女":
                continue  # 其父母均已去世, 其母子二人: a parent of 其 (his) that goes on
            if context and _a_role_word_at(text, start):
                continue  # 来电人房东任建峰: the name is the second role word's (房东任 was
                # read as a name, and dropped as an occupation's word)
            if context and text[start] in _RELATIVE_FIRST:
                start += len(_relative_at(text, start))  # 法定代理人：母亲|卢和平: the name
                # is the relative's who fills the field (母亲卢 was read)
                if start >= len(text):
                    continue  # 申请人母亲: the text ends with the relative, no name after it
            last_start = start
            glued = permissive = False
            if (last_context and start - last_end == 1) or start in listed:
                between = text[start - 1]
                glued = between in LIST_GLUE
                permissive = glued and between in _ENUMERATION
            best = self._name_at(text, start, context, glued, permissive, evidence_only)
            if towards and (best is None or best.end - best.start < 3
                            or _SUBJECT_VERB.match(text, best.start + 1)
                            or text.startswith(ADVERBIALS, best.start + 1)):
                # 来电人向杨反映, 执法人员向王伟宣读, 快递员向雷多次…: a surname and one character
                # after 向, or one and what the subject does or how often, are 向's name
                start, towards = end, False
                best = self._name_at(text, start, context, glued, permissive, evidence_only)
            if best is not None and context and (
                    ((staff or text[begin:end].rstrip(" \t:：") in _OCCUPATIONS)
                     and not _named_after_an_occupation(text, end if staff else begin, best))
                    or (text.startswith(_AGED, begin) and not _named_after_an_age(text, best))
                    or (_a_word_head(text[best.start:best.start + 2])
                        and not _a_proper_subject(text, best)
                        and not _doubled_before_a_pause(text, best.start, best.end))
                    or _a_word_across_a_role(text, best.start)):
                context = False  # 快递员包裹丢失, 90岁的高龄: an occupation or an age that
                # vouches for no one is none, nor any role word before a word (村民周末,
                # 律师费用支出, 持卡人连续刷卡), but a proper noun's before what a person does,
                # nor one that is the head of a longer word (货车在居民区鸣笛: 居民区)
                best = self._name_at(text, start, False, glued, permissive, evidence_only)
            if best is not None and context and towards:
                # a name of three after 向 (向孟淑珍宣读: towards 孟淑珍; 户主向杨家庭…: 向杨)
                # is masked with 向 as one name, whichever reading is right: 向 stays visible
                start = end
                best = Candidate(start, best.end, best.score)
            if best is not None:
                if best.end - best.start > 2 and OF_KIN.match(text, best.end - 1):
                    # 申请人黄建|之子孙振华: "the son of" ends a name (masked 黄**子, the
                    # name after it was published)
                    best = _candidate((best.start, best.end - 1, best.score))
                out.append(best)
                last_end = best.end
                last_context = context or glued or best.score >= self.SCORE_CONTEXT
        return out

    def _name_at(self, text: str, start: int, context: bool, glued: bool, permissive: bool,
                 evidence_only: bool) -> Candidate | None:
        """The best name starting at start (_best), after a role word if context."""
        if evidence_only and not context and not glued and not (
                _EVIDENCE_FIRST.intersection(text[start + 1:start + 5])):
            return None  # no title or _AFTER can start where _best() would look for one
        return self._best(text, start, context, glued, permissive or context, evidence_only)

    def _best(self, text: str, start: int, context: bool, glued: bool,
              permissive: bool, evidence_only: bool) -> Candidate | None:
        """Best-scoring name starting at start, if any."""
        words = lexicon()
        size = len(text)
        best: tuple[float, int, int] | None = None
        two = text[start : start + 2]
        surnames = [two] if two in COMPOUND_SURNAMES else []
        if text[start] in SINGLE_SURNAMES:
            surnames.append(text[start])
        left = -1
        # Without a role word before it or glue, only a name with evidence after it is kept
        # (strong, below): a surname without any is skipped before the costlier checks.
        evident_only = evidence_only and not context and not glued
        for surname in surnames:
            given_at = start + len(surname)
            if _TITLE.match(text, given_at):
                # 李先生, 王女士: not a full name, but the surname names someone
                return _addressed(text, start, given_at, surname, context)
            if evident_only and not _evidence_after_a_given_name(text, start, given_at):
                continue
            # 俞奕辰名下: what is held in a name vouches for the given name's characters too
            held = permissive or any(_HELD_FOR.match(text, at) or (
                text[at:at + 1] == "、" and _BESIDE_A_MASKED_NAME.match(text, at))
                                     for at in (given_at + 1, given_at + 2))
            # (not where a title starts inside the word: 王伟大队长, 伟大 being one)
            worded = (_given_word(text, given_at)
                      and _TITLE_OF_A_NAME.match(text, given_at + 1) is None)
            if (context and surname in CONJUNCTION_SURNAMES and text[given_at:given_at + 1]
                    not in _TYPICAL_GIVEN and not worded):
                continue  # 业主和物业在协商: "and" a noun after a role word, whose first
                # character begins no given name (和平安, 和春风 do)
            for end in (given_at + 1, given_at + 2):
                if worded and end == given_at + 1:
                    continue  # 钱|和平: a given name that is a word holding a stop character
                if end > given_at + 1 and text.startswith(SQUAD_LEADERS, end - 1):
                    break  # 王伟|中队长: a squad leader's title, not the name's third character
                # the given name so far passed: only its new last character is checked
                if end > size or not (worded or _given_char_ok(text[end - 1], held)
                                      or _a_month_in_a_name(text, given_at, end)
                                      or _vouched_char(text, start, given_at, end)):
                    break
                if names_a_thing(text, end) and not _HELD_FOR.match(text, end) and not (
                        (text.startswith("副", end) or end - start > 2)
                        and _a_title_of_a_name(text, start, end)
                        and not (words.frequency(text, start, end)
                                 and words.tag(text[start:end]) not in NAME_TAGS)):
                    continue  # 和泰网络有限公司, 秋涛路, 五常大道 (not a deputy's title, or one
                    # after three characters, after what is no word but a name's: 程红旗副县长
                    # 分管…, 程红旗院长: no 副县, a county, nor 红旗院; not 香港副董事长)
                if _SUBJECT_VERB.match(text, end - 1):
                    continue  # 来电人申建反映: 反 begins the appeal, it ends no name
                if end - given_at == 2 and (text[end - 1] in _NOT_LAST_GIVEN
                                            or _a_verb_done(text, end - 1)
                                            or _a_preposition_before_a_number(text, end - 1)
                                            or acts_after_a_name(text, start, end)
                                            or _TITLE_OR_AFTER.match(text, end - 1)
                                            or a_visited_household(text, start, end - 1)):
                    continue  # 学生田伟以优异成绩…, 王伟独任审理, 新生儿田伟随母亲: no given
                    # name ends so, nor where evidence of a name begins (局长姜军作了工作报告),
                    # nor in a preposition before a number (公证员夏华为82岁的…: 华为, a brand)
                    # or a title (来电人张伟大夫…: 伟大 is a word), nor a verb done that no
                    # given name ends with (邻居王伟喊了一声: 喊 was masked), nor in a household
                    # visited at a clause's end (走访了独居老人王磊家，; not 爱心人士李振家，)
                if end - given_at == 2 and text[given_at:end] in _BODIES_NAMED:
                    continue  # 由总包单位代为支付: a body is no given name (包单位 was read)
                if end - given_at == 2 and _named_otherwise(text, given_at, end):
                    continue  # 经核实，原车主已于…, 但二人已于…: who is named by a word or
                    # a count is no given name (原 and 但 were read as surnames)
                if end - start == 2 and len(surname) == 1 and surnames[0] == two:
                    continue  # 慕容 of 家属慕容建国 is a compound surname, not 慕 and 容
                if end - start == 2 and two in _PROMOTED:
                    continue  # （县中医院）晋升主任医师: promoted to the title after it
                strong = context or _evidence_after(text, start, end)
                if strong and not context and inside_a_word(text, start, end):
                    continue  # 马来西亚会计师学会: 来西亚, Malaysia's end, before a title
                if not strong and not glued and (evidence_only
                                                 or surname in FUNCTION_SURNAMES):
                    continue  # the model's case; or _score() is 0: skip the look-ups
                if left < 0:
                    left = left_crossing(text, start)
                if not strong and left >= GLUED_LEFT:
                    continue  # _score() is 0 (glued to the word on the left)
                # what vouches for a name after it (电话, 先生) also ends it: no word it breaks
                # is glue (李丽华电话…: 华电 is a power company); so does a family after a role
                # word and a name (户主苏建国家庭…: 国家, a state), and so does what is said of a
                # name after a role word (来电人蒋文杰出示的…: 杰出, outstanding), and so does 向
                # a public body a name reports to (乘客全晓东向交通运输局投诉: 东向, eastwards)
                right = 0 if _AFTER.match(text, end) or _TOWARDS_A_BODY.match(text, end) or (
                    context and (text.startswith("家庭", end) or starts_an_act(text, end))
                ) else right_crossing(text, given_at, end)
                score = self._score(text, start, end, surname, strong, glued, left, right,
                                    words)
                if score <= 0:
                    continue
                if score < 0.85 and _VERBS.match(text, end):
                    score = 0.85
                # ties: break the rarer neighbouring word (吴平|反映 rather than 吴平反|映)
                key = (score, -right, end)
                if best is None or key > best:
                    best = key
        return None if best is None else _candidate((start, best[2], round(best[0], 2)))

    def _score(self, text: str, start: int, end: int, surname: str, context: bool,
               glued: bool, left: int, right: int, words: Lexicon) -> float:
        """Score the candidate text[start:end] from its evidence (0 rejects it)."""
        name = text[start:end]
        frequency = words.frequency(name)  # None: no dictionary word starts with the name
        extends = frequency is not None and begins_a_word(text, start, end)
        clean = not left and not right and not extends
        frequency = frequency or 0
        tag = words.tag(name) if frequency else ""
        if context:
            if frequency >= _COMMON_WORD and tag not in NAME_TAGS and not (
                    tag in _PROPER_TAGS and _SUBJECT_VERB.match(text, end)) and not (
                    _doubled_before_a_pause(text, start, end)):
                return 0.0  # 当事人信息: a common word, not a name; but a proper noun between
                # a role word and an appeal is one (来电人王国咨询: 王国, a kingdom, is a place),
                # and a doubled character before a pause (申请人明明，: an adverb, obviously,
                # ends no clause)
            if extends and tag not in NAME_TAGS and not (
                    begins_a_name(text, start, end) and acts_after_a_name(text, start, end + 1)):
                return 0.0  # 驾驶员居民身份证: the start of a longer word, not a name (but
                # 张伟进城务工: jieba has 张伟进 as a name, whose last character begins what
                # is said of 张伟)
            head_tag = words.tag(name[:2]) if len(name) == 3 else ""
            if len(name) == 3 and head_tag not in NAME_TAGS and (
                    words.frequency(name[:2]) or 0) >= _COMMON_HEAD and not (
                    clean and words.frequency(name[1:])
                    and all(c in GIVEN_NAME_CHARS for c in name[1:])):
                return 0.0  # 申请人单位名录: 单位 is the word (not 王国 of 来电人王国庆, nor
                # 园长全国强当场…: 国强, a word of given names' characters, and nothing after it)
            if surname not in COMMON_SURNAMES and (tag[:1] == "v" or (
                    head_tag[:1] == "v" and words.tag(name[1:]) not in _PROPER_GIVEN_TAGS)):
                return 0.0  # 工作人员回电, 申请人回复, 其父亲呼吁抵制: a verb after the role
                # word (回 and 呼 are rare; not before a proper noun a given name may be: 民警
                # 成长江带队…, 长江 a river's)
            return self.SCORE_CONTEXT if clean else 0.85
        if left >= GLUED_LEFT or right >= _GLUED_RIGHT or extends:
            return 0.0  # glued to a neighbouring word: 由于天, 张伟强调, 张家港
        if surname in FUNCTION_SURNAMES and not glued:
            return 0.0  # 区宏晟, 时发现, 路文渊: without context these are rarely names
        head = name[:2]
        if (len(surname) == 1 and len(name) == 3 and not glued
                and (words.frequency(head) or 0) >= 100 and words.tag(head) not in NAME_TAGS):
            return 0.0  # 杭州辰…: surname and first given character form a word (a place),
            # unless the name goes on a list of names (王伟、韩国庆: 韩国 is a place)
        if glued and not frequency:
            if right and len(name) - len(surname) == 2:
                return 0.0  # 马东两户: the last character begins the next word
            return self.SCORE_CONTEXT if clean else 0.85
        if glued and tag in NAME_TAGS:
            return self.SCORE_CONTEXT if clean else 0.85
        if frequency:
            if tag not in NAME_TAGS:
                return 0.0  # an ordinary word: 黄山, 高级, 合格
            if len(name) == 2 and not glued:
                # 2-character dictionary "names" are often words (文明, 阳光, 杨柳)
                return 0.6 if frequency < _RARE_WORD else 0.0
        given = name[len(surname) :]
        if (surname in AMBIGUOUS_SURNAMES and len(given) == 2
                and (words.frequency(given) or 0) >= 100):
            return 0.0  # 时发现, 区胜利: a function character before an ordinary word
        score = 0.35 + 0.2  # base + given-name characters all typical (checked by _given_ok)
        score += 0.3 if surname in COMMON_SURNAMES or surname in COMPOUND_SURNAMES else 0.15
        if surname in AMBIGUOUS_SURNAMES:
            score -= 0.25
        score += 0.1 if clean else -0.1
        return min(score, 0.95)
