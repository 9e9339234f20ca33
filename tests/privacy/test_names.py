"""The statistical name model: its C decoder against crfsuite's, and the shipped model on real
sentences of the shared corpora (held-aside parts: names caught, places kept, masks kept)."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privacy.corpora import read_records, resolve
from privacy.names.crf import NameModel
from privacy.names.features import character_features, inputs_digest
from privacy.names.train import Settings, export_model, synthetic_examples, train
from privacy.recognizers.base import Candidate
from privacy.recognizers.name_context import names_a_thing
from privacy.recognizers.person_model import (
    MODEL,
    ModelNames,
    _known_latin_names,
    _latin_names,
    _nickname,
    _surname_alone,
    _word_ends_at,
    _word_without_evidence,
    merge,
    written_as_a_name,
)
from privacy.recognizers.person_zh import ChinesePersonRecognizer

pycrfsuite = pytest.importorskip("pycrfsuite")


@pytest.fixture(scope="module")
def small_model(tmp_path_factory):
    """A model trained in a few seconds on synthetic records, and its crfsuite tagger."""
    folder = tmp_path_factory.mktemp("model")
    settings = replace(Settings(), synthetic=900, iterations=40)
    examples = list(synthetic_examples(settings))
    model_file = train(examples[:700], settings, folder / "m.crfsuite")
    export_model(model_file, folder / "m.npz", 0.05)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_file))
    # folded here, never read from ~/.cache/govcat: training is deterministic, so a cached fold
    # of an earlier run would otherwise hide a change to privacy.names.crf.fold
    with np.load(folder / "m.npz") as data:
        model = NameModel({name: data[name] for name in data.files})
    return model, tagger, [t for t, _ in examples[700:]]


def test_synthetic_records_do_not_depend_on_when_they_are_made(monkeypatch) -> None:
    """Faker's dates and resident IDs are drawn up to the present moment: a training corpus
    built on them would change from one run of `make train-names` to the next."""
    import datetime as dt
    import types

    import faker.providers.date_time as faker_dates
    import faker.providers.ssn.zh_CN as faker_ids

    from privacy.names.synthetic import SyntheticRecords

    now = list(SyntheticRecords(7).records(600))

    class Later(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return dt.datetime(2041, 6, 1, 12, tzinfo=tz)

    class LaterDay(dt.date):
        @classmethod
        def today(cls):
            return dt.date(2041, 6, 1)

    monkeypatch.setattr(faker_dates, "datetime", Later)
    monkeypatch.setattr(faker_ids, "datetime",
                        types.SimpleNamespace(date=LaterDay, timedelta=dt.timedelta))
    assert list(SyntheticRecords(7).records(600)) == now
    assert any("年" in text and "月" in text for text, _ in now)  # dates are in there


def _labels(text: str, spans) -> list[str]:
    labels = ["O"] * len(text)
    for start, end, _ in spans:
        labels[start] = "B"
        labels[start + 1:end] = ["I"] * (end - start - 1)
    return labels


def test_the_c_decoder_finds_what_crfsuite_finds(small_model) -> None:
    model, tagger, texts = small_model
    texts = [*texts, "来电人王建国反映路灯不亮", "张三", "a", "，，", "联系人：赵丽华 13812345678"]
    for text in texts:
        ours = _labels(text, model.spans(text, 1.1))  # above 1: Viterbi's names only
        theirs = tagger.tag(list(character_features(text)))
        # a name crfsuite starts with I (no B before it) is a name all the same
        theirs = ["B" if t == "I" and (i == 0 or theirs[i - 1] == "O") else t
                  for i, t in enumerate(theirs)]
        assert ours == theirs, text


def test_likely_characters_are_those_crfsuite_gives_that_probability(small_model) -> None:
    model, tagger, texts = small_model
    for text in texts[:80]:
        tagger.set(list(character_features(text)))
        viterbi = {i for s, e, _ in model.spans(text, 1.1) for i in range(s, e)}
        for threshold in (0.3, 0.05):
            likely = {i for s, e, _ in model.spans(text, threshold) for i in range(s, e)}
            probabilities = [tagger.marginal("B", i) + tagger.marginal("I", i)
                             for i in range(len(text))]
            expected = viterbi | {i for i, p in enumerate(probabilities) if p >= threshold}
            unsure = {i for i, p in enumerate(probabilities) if abs(p - threshold) < 1e-9}
            assert likely - unsure == expected - unsure, text


def test_spans_carry_their_likeliest_character_probability(small_model) -> None:
    model, tagger, texts = small_model
    text = texts[0]
    tagger.set(list(character_features(text)))
    for start, end, probability in model.spans(text, 0.05):
        best = max(tagger.marginal("B", i) + tagger.marginal("I", i) for i in range(start, end))
        # crfsuite's dump of a model (what export reads) rounds weights to 6 decimals
        assert probability == pytest.approx(best, abs=1e-6)


def test_merge_joins_overlapping_names_and_defers_unsure_ones() -> None:
    rules = [Candidate(2, 4, 0.85), Candidate(10, 12, 0.6), Candidate(30, 32, 0.95)]
    model = [Candidate(2, 5, 0.9), Candidate(10, 13, 0.85), Candidate(20, 22, 0.88),
             Candidate(30, 33, 0.9)]
    assert merge(rules, model) == [Candidate(2, 5, 0.9), Candidate(10, 12, 0.6),
                                   Candidate(20, 22, 0.88), Candidate(30, 32, 0.95)]
    assert merge(rules, []) == rules


def test_merge_keeps_a_foreign_name_the_model_reads_whole_past_a_rules_surname() -> None:
    # (the rules read 阿 as a surname after 主席; a likely span of transliteration's characters
    # is one name: 阿*法特 published 法特)
    text = "权力机构主席阿拉法特２４日致函"
    assert merge([Candidate(6, 8, 0.85)], [Candidate(6, 10, 0.85)], text) == [
        Candidate(6, 10, 0.85)]
    assert merge([Candidate(2, 4, 0.85)], [Candidate(2, 6, 0.85)], "来电人王伟强调说") != [
        Candidate(2, 6, 0.85)]


def test_the_model_loads_lazily_never_at_import() -> None:
    code = ("import sys; import privacy.screen, privacy.recognizers.person_zh; "
            "print('privacy.names.crf' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[2]).stdout.split()
    assert out[0] == "False"


# ---------------------------------------------------------------- the shipped model


def test_the_shipped_model_reads_the_inputs_it_was_trained_with() -> None:
    # The features read the role words, titles and character classes of privacy.recognizers:
    # a list changed after training gives the model inputs it never saw (STOP_CHARS gained 替
    # and 跟 so once; MODEL_STOP_CHARS keeps what the model was trained with).
    provenance = json.loads(MODEL.with_suffix(".provenance.json").read_text(encoding="utf-8"))
    assert provenance.get("feature_inputs") == inputs_digest(), (
        "the lists the name model's features read (privacy.names.features.inputs_digest) "
        "changed since it was trained: run `make train-names`, or leave them as they were and "
        "add to the rules' own lists (STOP_CHARS beside MODEL_STOP_CHARS, PARTICIPANTS beside "
        "ROLES)")


@pytest.fixture(scope="module")
def names() -> ChinesePersonRecognizer:
    if not MODEL.exists():
        pytest.fail(f"{MODEL} is missing: run `make train-names`")
    return ChinesePersonRecognizer()


def _masked(recognizer: ChinesePersonRecognizer, text: str) -> set[int]:
    return {i for c in recognizer.find(text) if c.score >= 0.4 for i in range(c.start, c.end)}


@pytest.mark.parametrize("text", ["申请人母亲", "工作人员母亲", "樊的侄子公公", "涛恺家", "*季蕙以",
                                  "马由莹旺以"])
def test_a_text_the_rules_or_the_model_read_to_its_end_raises_no_error(names, text) -> None:
    # (a role word and a relative, or a likely name's last character, at the text's end: the
    # rules and the model looked one character past it, and the cell stopped its harvest)
    assert all(0 <= c.start < c.end <= len(text) for c in names.find(text))


# Pieces of a cell's text: role and kin words, surnames, given names' characters, punctuation
# and the function words the rules look around
_PIECES = ["申请人", "来电人", "工作人员", "店员", "村兽医", "目击者", "被征地农民", "责任人",
           "母亲", "养母", "侄子", "公公", "婆婆", "老婆", "其", "的", "家", "以", "由", "于", "向",
           "为", "和", "兹有", "经查，", "晚上十点", "张", "欧阳", "涛", "恺", "莹", "旺", "季",
           "蕙", "，", "。", "：", "、", "（", "）", "*", "　", "1"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8).map("".join))
def test_any_text_of_names_and_cue_words_is_read_without_an_error(names, text: str) -> None:
    assert all(0 <= c.start < c.end <= len(text) for c in names.find(text))


@pytest.mark.parametrize(("text", "name"), [
    ("来电人王建国反映路灯不亮", "王建国"),
    ("来电人王伟反映物业乱收费。", "王伟"),  # an organisation's word, not its name, follows
    ("据邻居反映，刘海洋到诊所看病后病情加重。", "刘海洋"),
    ("联系人：赵丽华，电话13812345678", "赵丽华"),
    ("申请人欧阳娜娜提交材料", "欧阳娜娜"),
    ("执法人员林小峰、周敏到场处理", "周敏"),
    ("户主：黄海涛", "黄海涛"),
    ("据了解，孙建平此前已多次到社区反映情况。", "孙建平"),
    ("市长李国强在会上指出，要加快老旧小区改造。", "李国强"),
    ("原告邴来信", "邴来信"),          # a role word stands where the model sees too little
    # sentences of the shared training splits (CLUENER 2020, Resume)
    ("今日下午，银监会主席刘明康介绍我国银行业应对金融危机的情况", "刘明康"),  # a bank follows
    ("江流域经济研究所所长秦尊文博士出任中心主任", "秦尊文"),
    ("警方抓获jack等15名犯罪嫌疑人", "jack"),       # a name in Latin letters
    ("车队在Hermes(黄远康)领军之下", "黄远康"),     # a name in brackets
    ("车队在Hermes(黄远康)领军之下", "Hermes"),
    ("小子》的重拍版的导演HaraldZwart来担任", "HaraldZwart"),  # Latin run inside a span
    ("对此Infi和TH000的选择是魔兽3吗？", "TH000"),     # players' handles: digits, mixed case
    ("另一位则是美国虫族高手IdrA。Infi曾是WCG2009的冠军", "IdrA"),
    ("⊙记者朱宇琛○编辑朱贤佳", "朱宇琛"),               # ○ after a whole name: a separator
    ("申请人：LIU YANG", "LIU YANG"),                    # in capitals, as a passport has it
    ("来电人ZHANG SAN FENG反映", "ZHANG SAN FENG"),
    # names without a surname or a cue, which name-swapped training copies taught the model
    ("森在转会问题上的观点都与基恩截然相反，", "基恩"),       # a transliteration (CLUENER)
    ("一个后嬉皮士的城市。”在filip看来，纽约比北京落伍", "filip"),  # lower-case Latin
    ("羡慕//@向前进军:壮壮很幸福啊！", "壮壮"),               # a nickname (Weibo)
    # what is held in a name or collected for someone (the subsidy bench's remarks): the
    # model is unsure of them, and 名下银行 is no bank, 向 no function word there
    ("补贴已转入胡英名下银行卡6212268802396721897。", "胡英"),
    ("补贴已转入向俊名下银行卡6222029945723987。", "向俊"),
    ("补贴已转入俞奕辰名下银行卡6230584600817888。", "俞奕辰"),  # 奕, 辰: rarer characters
    ("委托马想代领，代理人身份证31011519510418076X。", "马想"),
    # likely spans of dictionary words that are names all the same (the hotline bench's): a
    # place's name (苏丹), after a compound surname (东方)
    ("来电人反映社区网格员苏丹上门登记时索要身份证照片", "苏丹"),
    ("最后出现在西溪路附近，家属东方天佑电话+8618614527837。", "东方天佑"),
    # evidence on both sides outweighs the model's doubt of a word (高明, 白雪) or a function
    # word (于) as a surname (the hotline bench's)
    ("已转萧山区城市管理局办理，经办人文欢，联系电话0571-87235482。", "文欢"),
    ("最后出现在德胜路附近，家属于磊电话13391251554。", "于磊"),
    ("最后出现在湖墅南路附近，家属高明电话19189971870。", "高明"),
    ("白雪女士咨询新生儿医保参保办理流程", "白雪"),
    # a clause's first words before an appeal verb (和 is "and", 应 "should")
    ("和春花咨询灵活就业人员社保缴费基数及缴费方式，希望工作人员回电", "和春花"),
    ("已多次协商，应建华反映问题仍未解决", "应建华"),
    # … or a verb of speech only people use (供述, 辩称, 坦言: 文明 is a word)
    ("潘文明供述，其于2025年3月多次盗窃电动车。", "潘文明"),
    ("韩国强夫妇经营一家早餐店已有二十年。", "韩国强"),  # … or a couple after it
    ("今年78岁的胡和平是社区的义务调解员。", "胡和平"),  # an age before a name
    ("何红旗一家的遭遇引起了社会广泛关注。", "何红旗"),  # a family after it (红旗, a name's word)
    ("关于汪红旗等三人违纪问题的通报。", "汪红旗"),  # … the others named with it
    ("经核实，蔡爱国家庭人均月收入低于当地最低生活保障标准。", "蔡爱国"),  # … a household's
    ("经核查，户主向建国家庭人均收入超标，停发。", "向建国"),  # (the subsidy bench's: 国家)
    ("陆红旗（身份证号码另附）于2026年5月申请办理营业执照。", "陆红旗"),
    ("据悉，曾美丽已于昨日被刑事拘留。", "曾美丽"),  # a clause's subject, done to already
    ("特困人员朱红旗由镇敬老院集中供养。", "朱红旗"),  # whom assistance is for
    ("拟发展对象：万红旗、信丽。", "万红旗"),  # … or a notice
    ("据目击者孟红旗描述，肇事车辆为一辆白色面包车。", "孟红旗"),  # a witness
    ("受理人王红旗于2026年3月受理该申请。", "王红旗"),  # a part in a record (cues.PARTICIPANTS)
    ("收款人王红旗于当日签收。", "王红旗"),
    # an adverb of how someone acts after a name: no organisation's name goes on (物业)
    ("由于程玉兰长期拖欠物业费，物业公司将其起诉至法院。", "程玉兰"),
    ("经审理查明，钱和平辩称其已归还借款。", "钱和平"),
    # a word ending in a place's character after a name is no place (绕路: a detour)
    ("投诉出租车驾驶员云成绕路多收费，乘车时间2024年3月13日，上车地点天目山路", "云成"),
    # a function word as the surname after a role word, where it reads as no words (成丹 is a
    # rare word, 建国 no verb): the hotline bench's
    ("投诉出租车驾驶员成丹绕路多收费，乘车时间2023年12月21日，上车地点星光大道", "成丹"),
    ("投诉出租车驾驶员应建国绕路多收费，乘车时间2024年2月22日，上车地点石桥路", "应建国"),
    # … which vouches for a given name's rarer characters too (一)
    ("东方一诺咨询灵活就业人员社保缴费基数及缴费方式，希望工作人员回电", "东方一诺"),
    # 家庭 after a name is a family, no place (庭 ends places: 嘉绿庭); a mobile in brackets
    ("经核查，户主张成家庭人均收入超标，停发。", "张成"),
    ("已电话告知苏丹（18165420593）补发事宜。", "苏丹"),
    # an item of a list whose items are names, mostly found, though it is a word (甘露, sweet
    # dew; 温暖, warm; 向阳, facing the sun), or an aside follows it (祁东方: 东方, the east)
    ("现将拟表彰人员名单公示如下：甘露、尹志平、闫凤英。", "甘露"),
    ("名单：甘露、尹志平等人。", "甘露"),
    ("名单如下：谷雨、晏清、冷月、白露、温暖、向阳。", "温暖"),
    ("名单如下：谷雨、晏清、冷月、白露、温暖、向阳。", "向阳"),
    ("以下同志入选区级拔尖人才：祁东方（区人民医院）、车文静（区第一中学）。", "祁东方"),
    # … and of a numbered list: under a heading of names, or mostly found (和平, 红旗: words)
    ("获奖名单如下：1.瞿明 2.隆亮 3.苏志强", "隆亮"),
    ("获奖名单如下：1.陈明 2.李明 3.夏红旗", "夏红旗"),
    ("一等奖：1.杨浩然 2.钟和平 3.石海峰", "钟和平"),
    ("值班领导：钱和平；值班人员：印明、豆红。", "钱和平"),
    # 在 is in no organisation's name but 在线's (王浩然在学校被打 names no school)
    ("来电人称其孙子王浩然在学校被打。", "王浩然"),
    ("来电人称其孙子王子豪在学校被打。", "王子豪"),
])
def test_names_in_government_text_are_caught(names, text, name) -> None:
    start = text.index(name)
    assert _masked(names, text) & set(range(start + 1, start + len(name)))


@pytest.mark.parametrize(("text", "name"), [
    # the hotline bench's templates: an organisation's word a few characters on, after a
    # pronoun (其), names no organisation the name starts; an appeal verb after a name with a
    # role word before it vouches for it (云 is also a word)
    ("来电人尚丽华反映其在七喜信息有限公司工作期间被拖欠工资2,000元", "尚丽华"),
    ("来电人公孙华反映其在超艺信息有限公司工作期间被拖欠工资800元", "公孙华"),
    ("来电人胡霞咨询其名下银行卡6212263571237614554收到的一笔补贴款项来源", "胡霞"),
    ("来电人云帅咨询其名下银行卡4912********6395收到的一笔补贴款项来源", "云帅"),
    # the model's confident name holds the rules' part of it: a rarer last character (琪),
    # a given name's first character taken for a surname (安 of 毕安琪), a given name that is a
    # word (雪松), one whose last character begins a rarer word than the next (平服 | 服务)
    ("来电人刘安琪反映孩子所在学校违规收取资料费每人1000元", "刘安琪"),
    ("已电话回复毕安琪女士，来电人表示满意。", "毕安琪"),
    ("来电人欧阳雪松反映孩子所在学校违规收取资料费", "欧阳雪松"),
    ("工作人员尉迟勇平服务热情，来电人表示满意", "尉迟勇平"),
    # a relative after 其 is a role word (the model alone splits 上官|嘉萍), and so is a
    # neighbour (钱多 is a word: the model alone finds no one)
    ("来电人反映其妻子上官嘉萍独居，近期联系不上", "上官嘉萍"),
    ("来电人反映其邻居钱多多在楼道堆放杂物", "钱多多"),
    # the model reads a compound surname apart from the given name (磊桂 alone published 磊):
    # the hotline bench's records
    ("市民反映邻居上官磊桂在西湖区书香门第24幢4单元2802室楼顶私自搭建彩钢棚", "上官磊桂"),
    # a contact number after a name ends it: the word it breaks is no glue (华电, 文电: a
    # power company, a telegram; the hotline bench's records published 华 and 文)
    ("最后出现在凤起路附近，家属李丽华电话18033694943。", "李丽华"),
    ("最后出现在凤起路附近，家属邱博文电话(0571)87654321。", "邱博文"),
    ("最后出现在江南大道附近，家属莫玉华电话(+86)19966942163。", "莫玉华"),
    # … as does what is done for someone (清代, the Qing dynasty, straddled 陈婉清|代为), and a
    # family after a role word and a name (国家 straddled 苏建国|家庭): the subsidy bench's
    ("补贴由家属陈婉清代为签收。", "陈婉清"),
    ("经核查，户主苏建国家庭人均收入超标，停发。", "苏建国"),
    # a far more frequent word breaks one straddling a name's end (军服 of 诸葛伟军|服务)
    ("来电人表扬工作人员诸葛伟军服务热情、办事高效。", "诸葛伟军"),
    # … and the rules do not read a compound surname as a surname and a given name (慕|容)
    ("最后出现在凤起路附近，家属慕容建国电话18033694943。", "慕容建国"),
    # the rules stop at a dot; the model reads the name whole (艾力 alone published 买买提)
    ("被告人艾力·买买提，男，维吾尔族，1990年出生。", "艾力·买买提"),
])
def test_names_in_the_hotline_templates_are_found_whole(names, text, name) -> None:
    start, end = text.index(name), text.index(name) + len(name)
    found = [(c.start, c.end) for c in names.find(text) if c.score >= 0.4]
    assert [(s, e) for s, e in found if s < end and start < e] == [(start, end)]


@pytest.mark.parametrize(("text", "name"), [
    # sentences of the tuning parts whose name ends in a particle's character (和, 年, 为, 上,
    # 令) that the model is all but sure of: masked without it, a reader would see 张*和
    ("张立和，男，汉族，北京市丰台区人，", "张立和"),                   # Resume train
    ("赵春年先生，中国国籍，未拥有永久国外居留权，", "赵春年"),          # Resume train
    ("闫大为称，国基地产向贷款银行出具一份盖有国基地产公章的", "闫大为"),  # CLUENER train
    ("已经向佟大为讨教了不少经验，“佟大为已经是育儿行家了，", "佟大为"),  # CLUENER train
    ("而与陈嘉上导演的科幻片《画皮》展开票房上的激烈竞争。", "陈嘉上"),  # CLUENER train
    ("国家发改委中国小城镇试点处处长乔润令；国际著名养生专家张明亮；", "乔润令"),
])
def test_a_name_ending_in_a_particles_character_is_found_whole(names, text, name) -> None:
    start = text.index(name)
    found = [(c.start, c.end) for c in names.find(text) if c.score >= 0.4]
    assert (start, start + len(name)) in found


@pytest.mark.parametrize(("text", "start", "end", "vetoed"), [
    # a function word's surname after a word for people, a word across the two (生成, to
    # generate): the rules' name stands where the model finds no one (MSRA: 成银生 published)
    ("新闻系学生成银生一边用手指着报纸。", 5, 8, False),
    # … but not a word ending in the surname that is no word for people (博士后导师)
    ("他是博士后导师。", 4, 6, True),
])
def test_a_name_after_a_word_for_people_stands_without_the_model(text, start, end,
                                                                  vetoed) -> None:
    assert ModelNames.vetoes(text, [], Candidate(start, end, 0.95), True) is vetoed


@pytest.mark.parametrize(("text", "name"), [
    # a list of names goes on after a name the model is sure of, even where the next one
    # begins with a place's word (韩国) or a compound surname the model splits (司马|英勇)
    ("王杨、韩国庆两户已退出低保，自2023-06-05起停发。", "韩国庆"),
    ("徐畅、司马英勇两户已退出低保，自2023-06-05起停发。", "司马英勇"),
    ("焦斌、马东两户已退出低保，自2023-06-05起停发。", "马东"),  # not 马东两: 两户 is a word
])
def test_the_next_name_after_a_name_the_model_is_sure_of_is_found_whole(names, text,
                                                                         name) -> None:
    start = text.index(name)
    found = [(c.start, c.end) for c in names.find(text) if c.score >= 0.4]
    assert [(s, e) for s, e in found if s < start + len(name) and start < e] == [
        (start, start + len(name))]


@pytest.mark.parametrize(("text", "span", "name"), [
    # a likely span of three after a surname is the name, its given name a word or not
    # (CLUENER 2020 train; masked *无极, the given name would be published whole)
    ("列三甲。89岁的赵无极2.4亿元首次登", "赵无极", "赵无极"),
    ("分钟后，网友汪潮涌（新浪认证：汪潮涌为信中利国际", "汪潮涌", "汪潮涌"),
    # the surname alone: before a character no given name is written with (MSRA val), a word
    # of address, a role word, or a word in a span longer than a name
    ("欣赏这位京剧张派艺术创立者的", "张派", "张"),
    ("一边对记者说，江总书记对我们当代大学生", "江总书", "江"),
    ("谭驾驶人审批人", "谭驾驶", "谭"),
    ("最时尚最潮流羊羔毛翻领大衣搭配紧身裤", "毛翻领大衣", "毛"),
])
def test_a_likely_span_after_a_surname_is_the_surname_alone_only_where_it_reads_so(
        text, span, name) -> None:
    start = text.index(span)
    found = _surname_alone(text, start, start + len(span), 0.2)
    assert text[slice(*found)] == name


@pytest.mark.parametrize(("text", "span", "kept"), [
    ("在法律、法规规定的范围内，", "范围内", "范围"),   # CLUENER train: 内 is the model's 0.000
    ("张立和，男，汉族，北京市丰台区人，", "张立和", "张立和"),
])
def test_a_span_ends_in_a_particle_only_where_the_model_is_sure_of_it(names, text, span,
                                                                      kept) -> None:
    start = text.index(span)
    end = names.model._particle_trimmed(text, start, start + len(span))
    assert text[start:end] == kept


@pytest.mark.parametrize(("text", "name"), [
    ("深入学习贯彻习近平新时代中国特色社会主义思想。", "习近平"),  # was 习近平新
    ("研究会成立以来，为弘扬徐悲鸿文艺思想做了大量工作。", "徐悲鸿"),  # after such a word
    ("直击《麦田》片场范冰冰素颜敷面逗爱犬（组图）", "范冰冰"),  # CLUENER train
    ("没想到新帅用人唯亲，女婿范博梅尔活力早不如前", "范博梅尔"),  # a transliteration's end
])
def test_a_likely_span_of_four_ends_where_a_name_of_the_dictionary_does(names, text,
                                                                        name) -> None:
    assert name in [text[c.start:c.end] for c in names.find(text)]


@pytest.mark.parametrize(("text", "surname"), [
    ("来电人李先生反映小区停车难", "李"),
    ("请欧阳女士于周五前到服务窗口办理", "欧阳"),
    ("罗先生于1998年加入东航", "罗"),                          # Resume train
    ("上，一星期都往下渗，后来陆老师干脆把天花板捅了个洞", "陆"),  # MSRA val (tuning part)
])
def test_a_surname_before_an_honorific_is_masked(names, text, surname) -> None:
    start = text.index(surname)
    assert set(range(start, start + len(surname))) <= _masked(names, text)


@pytest.mark.parametrize(("text", "surname"), [
    ("来电人称房东老周不退押金。", "周"),          # 老周 is a word of the dictionary too
    ("来电人称中介小蒋隐瞒房屋漏水情况。", "蒋"),  # the model alone found no one
    ("邻居老胡家的狗经常咬人。", "胡"),            # 胡家 is a word: the family's
    # a bank's name further on names no shop after the surname (CLUENER train)
    ("开卡后两个月内不刷卡将收取100元年费。小朱以民生银行未明确告知、侵权为由，", "朱"),
])
def test_a_surname_after_lao_or_xiao_is_masked(names, text, surname) -> None:
    assert text.index(surname) in _masked(names, text)


@pytest.mark.parametrize("text", [
    "失信老赖名单已公布", "全面建成小康社会", "请老师到办公室", "小时工工资", "老百姓的事",
    "小程序无法登录", "他是个小王子",
    "杭州拱墅区老王便利店", "来电人称老张面馆卫生差。",  # a shop named after its owner
])
def test_lao_or_xiao_before_a_surname_in_a_word_names_no_one(names, text) -> None:
    assert _masked(names, text) == set()


@pytest.mark.parametrize(("text", "screened"), [
    # how hotline and community records name neighbours and elders: the surname names them
    ("楼下的王阿姨每天在广场跳舞，噪音很大。", "楼下的*阿姨每天在广场跳舞，噪音很大。"),
    ("请李叔叔和王大妈到居委会领取物资", "请*叔叔和*大妈到居委会领取物资"),
    # … where the model finds no one: the rules know these forms as they know 王先生
    ("来电人反映隔壁邻居袁大爷私拉电线。", "来电人反映隔壁邻居*大爷私拉电线。"),
    ("来电人反映小区保洁员许阿姨被物业无故辞退。", "来电人反映小区保洁员*阿姨被物业无故辞退。"),
    # a compound surname before an honorific is masked whole (the hotline bench's records
    # published 欧 of 来电人欧*女士)
    ("来电人欧阳女士反映小区停车难。", "来电人**女士反映小区停车难。"),
    ("诸葛先生来电反映路灯不亮。", "**先生来电反映路灯不亮。"),
    # … and shopkeepers by theirs (仇老板 was masked 仇**, publishing the surname)
    ("来电人反映店主仇老板以次充好。", "来电人反映店主*老板以次充好。"),
    ("来电人反映房东黎叔拒绝维修热水器。", "来电人反映房东*叔拒绝维修热水器。"),
    # … and without a surname, the same words name no one (阿姨 is tagged as a name by jieba)
    ("来电人反映保洁阿姨把垃圾倒在绿化带里。", "来电人反映保洁阿姨把垃圾倒在绿化带里。"),
    ("隔壁大爷每天早上五点放鞭炮", "隔壁大爷每天早上五点放鞭炮"),
    # … nor after a preposition that is a rare surname (由, 从)
    ("孩子父亲长期在外务工，由爷爷照顾。", "孩子父亲长期在外务工，由爷爷照顾。"),
    ("从阿婆那里听说的。", "从阿婆那里听说的。"),
    # a surname and a title of office, where nothing before makes the surname a word's end
    ("来电人称已和物业的孙经理沟通过。", "来电人称已和物业的*经理沟通过。"),
    ("来电人称曾向街道办的陈主任反映过。", "来电人称曾向街道办的*主任反映过。"),
    # … and where something does: a class's and a community's head
    ("来电人称托管班主任体罚学生", "来电人称托管班主任体罚学生"),
    ("来电人反映社区主任不作为", "来电人反映社区主任不作为"),
    # the hotline bench's records, which published 强 and 金: after a role word, a surname
    # that is also a word before an honorific (and 反映在…有限公司 was read as a company's name)
    ("来电人强女士反映在国讯科技有限公司办理的预付卡无法使用",
     "来电人*女士反映在国讯科技有限公司办理的预付卡无法使用"),
    ("来电人金先生反映在合联电子科技有限公司办理的预付卡无法使用",
     "来电人*先生反映在合联电子科技有限公司办理的预付卡无法使用"),
    ("来电人和女士一起来访", "来电人和女士一起来访"),  # 和, a function word: "and"
    # … not 应, a function word ("should") that is common around Ningbo and Taizhou as a surname
    ("申请人应先生要求公开土地征收方案。", "申请人*先生要求公开土地征收方案。"),
    # whom a notice appoints, removes or sentences, where the model finds no one
    ("免去王国华的区教育局副局长职务。", "免去王**的区教育局副局长职务。"),
    ("免去应建平的区财政局局长职务。", "免去应**的区财政局局长职务。"),
    ("选举产生的委员会名单另行公布。", "选举产生的委员会名单另行公布。"),
    # whom a record waits for (待X补充材料: the subsidy bench's remarks published 刚 of 司马刚)
    ("经核查情况不符，待司马刚补充材料。", "经核查情况不符，待司马*补充材料。"),
    ("经核查情况不符，待华建国补充材料。", "经核查情况不符，待华**补充材料。"),
    ("因信息变更暂缓发放，待街道补充材料。", "因信息变更暂缓发放，待街道补充材料。"),
    # a missing person (远走 is a word: masked 王*远), a neighbour
    ("求助：老人王思远走失，约70岁。", "求助：老人王**走失，约70岁。"),
    ("反映邻居上官军在小区楼顶私自搭建。", "反映邻居上官*在小区楼顶私自搭建。"),
    ("求助：老人独自走失，邻居都在找。", "求助：老人独自走失，邻居都在找。"),
    # whom an office acts on, who introduces, answers for something, or is asked to come
    ("执法人员对何和平经营的小吃店进行了检查。", "执法人员对何**经营的小吃店进行了检查。"),
    ("经史文明介绍，来电人与该公司签订了合同。", "经史**介绍，来电人与该公司签订了合同。"),
    ("此事由沈红旗负责跟进。", "此事由沈**负责跟进。"),
    # whom an office acts on lawfully (对方 is a word: 对方桂英 was 对方桂*), and whose injury a
    # decision recognises (定居 is a word: 认定居强于 was published)
    ("公安机关已对方桂英依法刑事拘留。", "公安机关已对方**依法刑事拘留。"),
    ("认定居强于2026年6月12日受到的伤害为工伤。", "认定居*于2026年6月12日受到的伤害为工伤。"),
    ("认定史平安于2026年6月12日受到的伤害为工伤。", "认定史**于2026年6月12日受到的伤害为工伤。"),
    # … and none where no one is (于 of 请于 is no surname; 对华政策进行 no frame)
    ("请于收到本意见之日起三十日内提出复查申请。", "请于收到本意见之日起三十日内提出复查申请。"),
    ("由市政府负责统筹协调，经区政府同意，现予公布。",
     "由市政府负责统筹协调，经区政府同意，现予公布。"),
    ("对白云区依法开展检查，对高新区依法执法。", "对白云区依法开展检查，对高新区依法执法。"),
    # what starts with a word right after a name the model is sure of is none (路多 of
    # 绕路多收费 was masked: the hotline bench's commonest over-masking)
    ("投诉出租车驾驶员庄辉绕路多收费，乘车时间2024年7月1日。",
     "投诉出租车驾驶员庄*绕路多收费，乘车时间2024年7月1日。"),
    # a relative's role word is no name, nor is a company's name (其爷爷 and 诺依曼 were masked)
    ("来电人称其爷爷王淑珍（身份证号另告）。", "来电人称其爷爷王**（身份证号另告）。"),
    ("来电人反映诺依曼软件网络有限公司拖欠工资。", "来电人反映诺依曼软件网络有限公司拖欠工资。"),
    # a verb of reporting is no part of the name before it (丁琳咨 was masked, 询 published)
    ("来电人丁琳咨询其名下银行卡的问题。", "来电人丁*咨询其名下银行卡的问题。"),
    # a worker, a schoolmate, whom an office spoke with, who contracted a job
    ("来电人反映装修工人罗和平收取定金后不来施工。", "来电人反映装修工人罗**收取定金后不来施工。"),
    ("来电人称其儿子被同学米建国欺凌。", "来电人称其儿子被同学米**欺凌。"),
    ("经与武文明沟通，其同意清理楼道杂物。", "经与武**沟通，其同意清理楼道杂物。"),
    ("经与相关部门沟通，由市政公司承包。", "经与相关部门沟通，由市政公司承包。"),
    # whom an accident hurt, a former husband, a former name (用名 was masked, 越小红 published)
    ("两车发生碰撞，造成文林轻微伤。", "两车发生碰撞，造成文*轻微伤。"),
    ("事故造成车辆受损，造成三人受伤。", "事故造成车辆受损，造成三人受伤。"),
    ("贺丽与其前夫戴成因抚养费问题发生纠纷。", "贺*与其前夫戴*因抚养费问题发生纠纷。"),
    ("龙伟（曾用名越小红）于2026年9月迁入。", "龙*（曾用名越**）于2026年9月迁入。"),
    # who wins an award (卫成荣获 was published), not a place that does; the "hereby" of a
    # certificate is no name (兹证明 was masked), what follows it may be
    ("卫成荣获2026年度全国五一劳动奖章。", "卫*荣获2026年度全国五一劳动奖章。"),
    ("杭州荣获最佳城市称号。", "杭州荣获最佳城市称号。"),
    ("兹证明刘伟与张强签订的合同上的签名属实。", "兹证明刘*与张*签订的合同上的签名属实。"),
    ("兹证明童雷系我单位在职职工。", "兹证明童*系我单位在职职工。"),
    # a disclosure reply: the third party whose privacy it withholds (方程 is a word, 海洋
    # too), the reply's own name (告知书 was masked 告**) …
    ("你申请获取的信息涉及第三方程东的个人隐私，依法不予公开。",
     "你申请获取的信息涉及第三方程*的个人隐私，依法不予公开。"),
    ("不予公开告知书：李强先生，你申请获取的信息涉及石海洋的个人隐私。",
     "不予公开告知书：李*先生，你申请获取的信息涉及石**的个人隐私。"),
    ("委托第三方开展评估，涉及公民的个人隐私的不予公开。",
     "委托第三方开展评估，涉及公民的个人隐私的不予公开。"),
    # … a marriage record's parties, the dead and a veteran, a list of one under its heading
    ("婚姻登记档案：男方卢和平，女方和丽娟。", "婚姻登记档案：男方卢**，女方和**。"),
    ("殡葬补助：逝者雷和平，退役军人洪文明于2026年9月返乡。",
     "殡葬补助：逝者雷**，退役军人洪**于2026年9月返乡。"),
    ("残疾人两项补贴发放名单：武和平，残疾等级二级。",
     "残疾人两项补贴发放名单：武**，残疾等级二级。"),
    ("名单：向秋月、高伟、李强。", "名单：向**、高*、李*。"),
    ("公示名单：公示期为5个工作日，退役军人事务局。",
     "公示名单：公示期为5个工作日，退役军人事务局。"),
    # whom a decision appoints, whose licence it revokes, whose offence it punishes, for whom
    # an office pays or applies (李丹任区 was read as a place's start, 王明代缴 as no one)
    ("经研究决定，李丹任区教育局副局长。", "经研究决定，李*任区教育局副局长。"),
    ("决定注销钱红旗的医师执业证书。", "决定注销钱**的医师执业证书。"),
    ("替王明代缴物业费500元，帮应晶办理了医保转移手续。",
     "替王*代缴物业费500元，帮应*办理了医保转移手续。"),
    ("决定成立任务组，决定撤销区政府的决定，帮群众办理业务。",
     "决定成立任务组，决定撤销区政府的决定，帮群众办理业务。"),
    # a name the model reads on to 向 before an office (黄亮向区信访局反映 was published), a
    # given name that is a word the model reads half of (卢平|安驾驶 was 卢*安), or that holds a
    # stop character (赵|向阳户分得: 向阳 was read as the name, 赵 published)
    ("黄亮向区信访局反映其土地被占用问题。", "黄*向区信访局反映其土地被占用问题。"),
    ("督查通报：卢平安驾驶公务车辆办理私事。", "督查通报：卢**驾驶公务车辆办理私事。"),
    ("公示：赵向阳，男，汉族。王平安全到家。", "公示：赵**，男，汉族。王平安全到家。"),
    # a relative whose surname is a word too (金海 is a word) or a function word, with a given
    # name jieba knows as a name's; the households named with one; a judge; a declarant, not
    # what is declared
    ("信访人胡伟及其妻子金海燕到区信访局反映征地补偿问题。",
     "信访人胡*及其妻子金**到区信访局反映征地补偿问题。"),
    ("来电人称其母亲向海燕住院期间摔伤。", "来电人称其母亲向**住院期间摔伤。"),
    ("现有和凤英等5户村民反映灌溉用水困难。", "现有和**等5户村民反映灌溉用水困难。"),
    ("该案由胡想法官承办，主审法官认为证据不足。", "该案由胡*法官承办，主审法官认为证据不足。"),
    ("本人张伟自愿放弃该项补贴。本人承诺以上信息属实。",
     "本人张*自愿放弃该项补贴。本人承诺以上信息属实。"),
    # whom an office tells, asks, visits or urges (文明, 和平, 平安 are words), and with whom
    # someone has a dispute; not an office, a role word or a word of time there
    ("已电话通知许文明于本周五前到社区办理，并督促魏平安按时缴纳物业费。",
     "已电话通知许**于本周五前到社区办理，并督促魏**按时缴纳物业费。"),
    ("经询问韩国庆，其承认在楼道内堆放杂物。区领导看望了白和平等困难党员。",
     "经询问韩**，其承认在楼道内堆放杂物。区领导看望了白**等困难党员。"),
    ("来电人称其与段和平因宅基地界线发生纠纷。", "来电人称其与段**因宅基地界线发生纠纷。"),
    # the chiefs a river or a building is put in the charge of are no one (河长 and 楼栋长
    # were masked), the names after them are; so is a technical officer's
    ("区级河长：付伟；村级河长：应彬。楼栋长私自收取卫生费。",
     "区级河长：付*；村级河长：应*。楼栋长私自收取卫生费。"),
    ("防汛责任人：叶赫红，技术责任人：任红旗。", "防汛责任人：叶赫*，技术责任人：任**。"),
    # a lake is no one (邵伯湖 was masked), an idiom jieba tags as a name neither (汪洋大海)
    ("邵伯湖水质持续改善，汪洋大海中一艘渔船遇险。",
     "邵伯湖水质持续改善，汪洋大海中一艘渔船遇险。"),
    ("村民李明湖反映邵伯湖水质变差。", "村民李**反映邵伯湖水质变差。"),
    ("想去苏梅岛感受风景，卢浮宫发出公告，老君阁修缮完工。",
     "想去苏梅岛感受风景，卢浮宫发出公告，老君阁修缮完工。"),
    # the people of a dispute: whom one asks, sues, employs, lends to, accompanies, reports or
    # has help, and who engages whom (和平, 爱国, 文明 and 红旗 are words) …
    ("张伟多次向汪和平索要欠款，崔强借给孔爱国五万元。",
     "张*多次向汪**索要欠款，崔*借给孔**五万元。"),
    ("周伟多次实名举报向文明利用职务之便收受贿赂，让林红旗帮忙照看店铺。",
     "周*多次实名举报向**利用职务之便收受贿赂，让林**帮忙照看店铺。"),
    ("万和平委托芮伟代为办理房屋过户手续，越强的房屋被雷和平强占。",
     "万**委托芮*代为办理房屋过户手续，越*的房屋被雷**强占。"),
    # … who suffers, hopes, refuses or is dissatisfied, and whose doorstep or restaurant it is
    ("白光明患有高血压。但建国希望尽快处理。应博拒绝签收处罚决定书。",
     "白**患有高血压。但**希望尽快处理。应*拒绝签收处罚决定书。"),
    ("来电人反映宋爱国家门口的下水道堵塞多日，彭琳开的饭店油烟扰民。",
     "来电人反映宋**家门口的下水道堵塞多日，彭*开的饭店油烟扰民。"),
    ("商家拒绝退货。公开信认为应当停止。专家认为经济平稳。",
     "商家拒绝退货。公开信认为应当停止。专家认为经济平稳。"),
    # a frame vouches for a given name that is a word names are (吉林, a place; 金文, a script),
    # not for an ordinary noun or adjective
    ("贾伟让吉林帮忙照看店铺，乐强将金文起诉至区人民法院。",
     "贾*让吉*帮忙照看店铺，乐*将金*起诉至区人民法院。"),
    ("对商户给予警告，以党建的名义开展活动，被严重打伤的宪兵，老人凌晨走失。",
     "对商户给予警告，以党建的名义开展活动，被严重打伤的宪兵，老人凌晨走失。"),
    # who a person is, a pupil, a passenger, an elder (和平 is a word: 万和平 was published),
    # not what such a person does (研究生毕业留校: 毕业 is a word, 业 a given name's character)
    ("来电人反映学生万和平在小区内摔伤，乘客王国庆遗失钱包，独居老人和秀英无人照料。",
     "来电人反映学生万**在小区内摔伤，乘客王**遗失钱包，独居老人和**无人照料。"),
    ("研究生毕业留校任教，在职研究生班学习，学生向老师问好。",
     "研究生毕业留校任教，在职研究生班学习，学生向老师问好。"),
    # a mobile number right after a name vouches for its rarer characters (奕: 知强 was masked,
    # 奕 published), not for a word (看房热线)
    ("已电话告知强奕辰（15912345678）补充材料，看房热线13012345556。",
     "已电话告知强**（159****5678）补充材料，看房热线130****5556。"),
    # the last item of a list of households ends before their count (和春花两户 ran on as one)
    ("郑畅、和春花两户已退出低保，王子涵、向东两户已搬离。",
     "郑*、和**两户已退出低保，王**、向*两户已搬离。"),
    ("王伟、韩国庆、时光三户已退出低保。", "王*、韩**、时*三户已退出低保。"),
    # the name someone goes by (a con man's: 卢军 was published), not what he claims to be
    ("来电人称一个自称卢军的人冒充社区工作人员上门收费，该男子自称是政府工作人员。",
     "来电人称一个自称卢*的人冒充社区工作人员上门收费，该男子自称是政府工作人员。"),
    # … not an office nor a bank doing such things
    ("该公司被银行提起诉讼，区财政借给该企业周转资金500万元，让群众满意。",
     "该公司被银行提起诉讼，区财政借给该企业周转资金500万元，让群众满意。"),
    ("通知各单位于本周五前报送，督促相关部门按时办结，告知申请人相关规定。",
     "通知各单位于本周五前报送，督促相关部门按时办结，告知申请人相关规定。"),
    # a surname the model reads apart from a given name it is sure of (行人富|玉英 was *玉*)
    ("路口时与行人富玉英发生碰撞。", "路口时与行人富**发生碰撞。"),
    # the household an assistance record means (桂芳户 was read as the name: 许桂** published
    # 许桂), the parties of an agreement, a competitor's teacher
    ("经核实，许桂芳户家庭人均收入低于标准。", "经核实，许**户家庭人均收入低于标准。"),
    ("调解协议书：甲方曾红旗，乙方李四，达成协议。", "调解协议书：甲方曾**，乙方李*，达成协议。"),
    ("甲方应于签订合同后付款，乙方须按期交付。", "甲方应于签订合同后付款，乙方须按期交付。"),
    ("蔡明在技能大赛中获得一等奖，指导教师华瑞。", "蔡*在技能大赛中获得一等奖，指导教师华*。"),
    # whom a supervision record is about (钱和平 was published: 和平 is a word)
    ("社区矫正对象钱和平在矫正期间表现良好。", "社区矫正对象钱**在矫正期间表现良好。"),
    ("社区矫正对象在矫正期间应当遵守规定。", "社区矫正对象在矫正期间应当遵守规定。"),
    # "the son of" ends a name, and names the one after it (黄建之子孙振华 was 黄**子孙振华:
    # 子孙 is a word), who does not suffer with his name (羊东患 was 羊**)
    ("救助审批：申请人黄建之子孙振华患白血病。", "救助审批：申请人黄*之子孙**患白血病。"),
    ("救助审批：申请人季林之子羊东患白血病。", "救助审批：申请人季*之子羊*患白血病。"),
    ("他们是天之骄子，失败是成功之母。", "他们是天之骄子，失败是成功之母。"),
    # where someone lives is no organisation of theirs (潘海洋家住…社区 was published)
    ("潘海洋家住城南社区，患有精神残疾。", "潘**家住城南社区，患有精神残疾。"),
    # who did something on a date (阮勇 was *勇, 益利 published), not a place nor an adverb
    ("阮勇于2026年11月20日向我局申请公开征收补偿方案。",
     "阮*于2026年11月20日向我局申请公开征收补偿方案。"),
    ("益利于2026年11月20日向我局申请公开。", "益*于2026年11月20日向我局申请公开。"),
    ("富阳于2014年撤市设区，金华于2026年办赛。", "富阳于2014年撤市设区，金华于2026年办赛。"),
    ("该项目原定于2026年10月开工。", "该项目原定于2026年10月开工。"),
    ("认定该企业于2025年未缴纳社会保险费。", "认定该企业于2025年未缴纳社会保险费。"),
    # court records: a defender after his role (文明 is a word), and what the court found
    ("辩护人马文明，浙江某律师事务所律师。", "辩护人马**，浙江某律师事务所律师。"),
    ("经审理查明：被告人于2025年6月窃取手机。", "经审理查明：被告人于2025年6月窃取手机。"),
    ("该同志在抗洪中立功受奖。", "该同志在抗洪中立功受奖。"),
    # the occupations hotline records name people by, as role words (王国庆, 周立新 and 常胜利
    # were published: 国庆, 立新 and 胜利 are words) …
    ("来电人反映社区网格员王国庆上门登记时索要身份证照片。",
     "来电人反映社区网格员王**上门登记时索要身份证照片。"),
    ("网约车司机周立新绕路多收费。", "网约车司机周**绕路多收费。"),
    ("房东常胜利要求涨租。", "房东常**要求涨租。"),
    # … and a surname that is a word too (花, 苑) where no word starts at it: the model found
    # no one, and its veto published 花利
    ("来电人反映其租住房屋的房东花利拒绝退还押金。", "来电人反映其租住房屋的房东花*拒绝退还押金。"),
    ("房东花钱装修了房子。", "房东花钱装修了房子。"),
    # … nor 原 (former) before a role word, after one (当事人原承租人 was masked 原***)
    ("当事人原承租人未到场。", "当事人原承租人未到场。"),
    ("申请人原负责人已调走。", "申请人原负责人已调走。"),
    ("被告人原法定代表人未出庭。", "被告人原法定代表人未出庭。"),
    ("经核查，户主华建国家庭人均收入超标。", "经核查，户主华**家庭人均收入超标。"),
    ("来电人反映房东林先生要求涨租。", "来电人反映房东*先生要求涨租。"),
    # … not where an occupation's own things or a word of time follow it, nor inside a word
    ("快递员包裹丢失，要求赔偿。", "快递员包裹丢失，要求赔偿。"),
    ("司机车速过快，存在安全隐患。", "司机车速过快，存在安全隐患。"),
    ("中介费用过高。", "中介费用过高。"),
    ("来电人反映小区清洁工凌晨四点开始扫地。", "来电人反映小区清洁工凌晨四点开始扫地。"),
    ("秦山核电工程之一。", "秦山核电工程之一。"),
    # … and no one's name themselves (房东 was masked 房*, 保姆 保*, 楼长 楼*)
    ("房东要求提前退租。", "房东要求提前退租。"),
    ("来电人反映保姆杨素珍偷东西。", "来电人反映保姆杨**偷东西。"),
    ("楼长负责本楼登记。", "楼长负责本楼登记。"),
    # a word jieba tags as a name but that names no one (高峰, 陆军) is a name after a role word
    # where it is written as one (both bench tables published it), not where it begins a longer
    # word of the dictionary (高峰期) or is cut out of one (许可证)
    ("来电人反映公交车驾驶员高峰绕路多次。", "来电人反映公交车驾驶员高*绕路多次。"),
    ("申请人陆军，于2023年提出申请。", "申请人陆*，于2023年提出申请。"),
    ("来电人反映驾驶员高峰期间乱停车。", "来电人反映驾驶员高峰期间乱停车。"),
    # … nor a word after one that no name starts with (周末, 陆续, 甘愿, 费用: a given name's
    # character does not write their second), though one that does stays a name (任一诺)
    ("村民周末在文化广场跳舞。", "村民周末在文化广场跳舞。"),
    ("村民陆续搬进新居。", "村民陆续搬进新居。"),
    ("申请人甘愿承担责任。", "申请人甘愿承担责任。"),
    ("对银行而言律师费用支出也是一笔不小的成本。", "对银行而言律师费用支出也是一笔不小的成本。"),
    ("来电人反映其奶奶任一诺独居，近9天联系不上。", "来电人反映其奶奶任**独居，近9天联系不上。"),
    ("患者家属连连道谢。", "患者家属连连道谢。"),  # … nor a doubled adverb
    # … nor 于 before a word of time, though jieba has 于本周 as a name (请市民于本周五前 was
    # 于**五前), while 于 before a name stays a surname
    ("请市民于本周五前报名。", "请市民于本周五前报名。"),
    ("一个秘书于凌晨两点突然在办公室昏倒。", "一个秘书于凌晨两点突然在办公室昏倒。"),
    ("来电人于海洋反映噪音。", "来电人于**反映噪音。"),
    # … nor an adjective and 地 after one (高兴地说: the particle of how it is said)
    ("该村荣获省级文明村称号，村支书高兴地说。", "该村荣获省级文明村称号，村支书高兴地说。"),
    ("村民高兴地说，今年的收成不错。", "村民高兴地说，今年的收成不错。"),
    ("村民高兴旺反映路灯不亮。", "村民高**反映路灯不亮。"),
    # a given name that is a name's word (昊天) where its last character begins a commoner one
    # (天上): the rules stopped at 刘昊, masked 刘*天
    ("来电人刘昊天上门反映情况。", "来电人刘**上门反映情况。"),
    # a name before a preposition and a place's word (向街道: to the subdistrict office)
    ("侯晨向街道提交了困难补助申请。", "侯*向街道提交了困难补助申请。"),
    ("糜荣在社区的帮助下找到了新工作。", "糜*在社区的帮助下找到了新工作。"),  # (… or at)
    ("孤寡老人黄娟由村委会安排专人照料。", "孤寡老人黄*由村委会安排专人照料。"),
    # … or a conjunction: 与物业公司 names a company the person settled with, not one of
    # theirs (潘海洋 was published)
    ("经调解，潘海洋与物业公司达成和解协议。", "经调解，潘**与物业公司达成和解协议。"),
    ("经调解，谷洋跟物业公司达成和解协议。", "经调解，谷*跟物业公司达成和解协议。"),
    # "the son of" ends a name (the model read 王秀|梅之子: masked 王*梅**, publishing 梅)
    ("王秀梅之子麻志强现年15岁，在校就读。", "王**之子麻**现年15岁，在校就读。"),
    # 由 of 书记由龚建明 is a preposition before the name (the rules read 由龚 as one, which
    # published 建明); and 和 of 来电人和桂芬 is a surname: masked as one name
    ("新任村党支部书记由龚建明同志担任。", "新任村党支部书记由龚**同志担任。"),
    ("来电人和桂芬咨询其社保问题。", "来电人和**咨询其社保问题。"),
    # a given name that is a word (和平, 红旗, 秋月) after the surname the model finds alone:
    # masked *和平, the given name was published
    ("经研究，决定任命胡和平为区民政局副局长。", "经研究，决定任命胡**为区民政局副局长。"),
    ("经查，曹和平于2026年3月在其租住房屋内私拉电线。",
     "经查，曹**于2026年3月在其租住房屋内私拉电线。"),
    ("龙爱国户家庭人均收入低于当地低保标准。", "龙**户家庭人均收入低于当地低保标准。"),
    ("保安队长赵和平拒绝处理。", "保安队长赵**拒绝处理。"),  # … before a verb
    ("袁和平于2026年4月死亡，其待遇停发。", "袁**于2026年4月死亡，其待遇停发。"),  # (a word too)
    ("杜光明于2026年10月8日向本院提起诉讼。", "杜**于2026年10月8日向本院提起诉讼。"),  # (a noun)
    ("梁光明通过电话咨询公积金提取政策。", "梁**通过电话咨询公积金提取政策。"),  # … a preposition
    ("雷和平老师从教三十年。", "雷**老师从教三十年。"),  # … or a title after it
    ("顾和平夫妻俩育有一子一女。", "顾**夫妻俩育有一子一女。"),  # … or a couple (cues.FAMILY)
    ("经调解，朱和平同意赔偿对方医药费。", "经调解，朱**同意赔偿对方医药费。"),  # … an adverb
    # a doubled character where a name ends, though it is an adverb (the subsidy bench's)
    ("欧阳刚刚、杨倩两户已退出低保。", "欧阳**、杨*两户已退出低保。"),
    ("司徒建国向街道提交了困难补助申请。", "司徒**向街道提交了困难补助申请。"),  # (not **建国)
    ("东门明于2026年4月死亡，其待遇停发。", "东门*于2026年4月死亡，其待遇停发。"),  # (not **明)
    # a given name that is a word jieba tags as a name but is no one (文明, 红旗), after a
    # surname the model finds likely with it: the whole name (was vetoed, published)
    ("上述款项已于当日转入汤文明的个人账户。", "上述款项已于当日转入汤**的个人账户。"),
    ("顾红旗的女儿在市区一所小学读三年级。", "顾**的女儿在市区一所小学读三年级。"),
    ("广场上飘扬着鲜艳的五星红旗。", "广场上飘扬着鲜艳的五星红旗。"),
    ("创建全国文明城市，人人讲文明树新风。", "创建全国文明城市，人人讲文明树新风。"),
    # the rules' name of the best shape where the model found its surname alone (常|永生于:
    # masked *永生), not one of a lesser shape after a surname that names someone alone
    ("常永生于2026年11月3日死亡，其养老保险待遇自次月起停发。",
     "常**于2026年11月3日死亡，其养老保险待遇自次月起停发。"),
    ("洪强于2026年11月3日死亡，其养老保险待遇自次月起停发。",
     "洪*于2026年11月3日死亡，其养老保险待遇自次月起停发。"),
    # … which the model's own reading does not veto (和平 is a word: *和平 was published)
    ("据悉，龙和平曾多次因盗窃被判刑。", "据悉，龙**曾多次因盗窃被判刑。"),
    ("１４岁时，老史通读了《红楼梦》。", "１４岁时，老*通读了《红楼梦》。"),
    ("一个军医大高材生康军医到基层卫生队任职。", "一个军医大高材生*军医到基层卫生队任职。"),
    ("罗秀梅之子钟和平现年15岁，在校就读。", "罗**之子钟**现年15岁，在校就读。"),  # (子钟)
    ("苑青的儿子樊红旗今年考上了研究生。", "苑*的儿子樊**今年考上了研究生。"),  # (的儿子)
    # … not a verb after a relative (其父亲呼吁抵制: masked 呼**, 呼吁 a verb, 呼 a rare surname)
    ("阵亡士兵的父亲呼吁抵制该游戏。", "阵亡士兵的父亲呼吁抵制该游戏。"),
    ("来电人反映快递员罗秋月态度恶劣。", "来电人反映快递员罗**态度恶劣。"),  # (not 罗*月)
    # a name's third character before a word straddling it (华中, 英文), where the model reads
    # it as the name's
    ("来电人反映网约车司机袁丽华中途甩客。", "来电人反映网约车司机袁**中途甩客。"),
    # … and the fourth after a compound surname and one, though a word straddles it (静态), not
    # a word that says the name ended (名下)
    ("来电人反映物业经理司马霞静态度恶劣。", "来电人反映物业经理司马**态度恶劣。"),
    ("补贴已转入夏侯明名下银行卡。", "补贴已转入夏侯*名下银行卡。"),
    ("来电人表扬城管队员桓淑英文明执法。", "来电人表扬城管队员桓**文明执法。"),
    ("经查，白美丽于2026年8月在其经营的店铺内销售过期食品。",
     "经查，白**于2026年8月在其经营的店铺内销售过期食品。"),  # a decision's finding
    ("经查，该公司于2026年8月销售过期食品。", "经查，该公司于2026年8月销售过期食品。"),
    # … what it finds someone failed to do or did (未按期, 长期: 生长 is a word), and what an
    # office has learnt or verified of them; not a role word or a thing there
    ("经查，区勇未按期申报缴纳房产税。据了解，董永生长期在该市场经营水果生意。",
     "经查，区*未按期申报缴纳房产税。据了解，董**长期在该市场经营水果生意。"),
    ("经查，当事人未按期申报。经查，黄金在该店出售。据了解，近期多次发生。",
     "经查，当事人未按期申报。经查，黄金在该店出售。据了解，近期多次发生。"),
    # an examinee's name before the reason of a decision (因考试作弊): 万国 and 国庆 are words
    ("考生万国庆因考试作弊，取消本次考试成绩。", "考生万**因考试作弊，取消本次考试成绩。"),
    # … whose household's income, whose breach, whose honour or age a record states, and whose
    # signature it lacks; not a company's breach nor an office's signature
    ("低保户向建设家庭月人均收入低于当地保障标准。事故直接责任人于爱国违规操作。",
     "低保户向**家庭月人均收入低于当地保障标准。事故直接责任人于**违规操作。"),
    ("经民主评议，韩国强被评为年度优秀志愿者。白天明今年68岁，老伴去世后一直独居。",
     "经民主评议，韩**被评为年度优秀志愿者。白**今年68岁，老伴去世后一直独居。"),
    ("被申请人未能提供朱红梅签字的送达回证。", "被申请人未能提供朱**签字的送达回证。"),
    # … whom a mediation, a review or an investigation found agreeing or submitting, who has
    # lost a certificate, who died in an accident, a deputy whose proposal a reply answers
    ("经调解，由建国同意赔偿对方医药费两千元。经审查，余美丽提交的材料存在虚假内容。",
     "经调解，由**同意赔偿对方医药费两千元。经审查，余**提交的材料存在虚假内容。"),
    ("现有顾和平遗失不动产权证书一本，特此声明。", "现有顾**遗失不动产权证书一本，特此声明。"),
    ("这次事故中，司机须宇当场死亡。", "这次事故中，司机须*当场死亡。"),
    ("那建军代表提出的关于加强农村饮水安全的建议收悉。",
     "那**代表提出的关于加强农村饮水安全的建议收悉。"),
    ("经调解，双方自愿达成协议。经审查，申请人提交的材料齐全。本人不慎遗失身份证。",
     "经调解，双方自愿达成协议。经审查，申请人提交的材料齐全。本人不慎遗失身份证。"),
    ("人大代表提出的建议。该店为本公司股东所有。", "人大代表提出的建议。该店为本公司股东所有。"),
    # 其子 and 其女 as 之子 (子孙 is a word), a passenger, a farmer; not a subsidiary
    ("唐明的遗产由其子孙宇继承。乘车人马玉英称司机拒载。",
     "唐*的遗产由其子孙*继承。乘车人马**称司机拒载。"),
    ("养殖户韩国强的鸭棚在台风中被掀翻。其子公司已注销，其子女均已成年。",
     "养殖户韩**的鸭棚在台风中被掀翻。其子公司已注销，其子女均已成年。"),
    ("养殖户黄金凤的鸭棚在台风中被掀翻。养殖户黄金周期间增收。",
     "养殖户黄**的鸭棚在台风中被掀翻。养殖户黄金周期间增收。"),
    # an ID after a name in a table flattened into text, masked or not, and an engineer's or a
    # physician's title; not the office someone holds (任工程师: 任 is a surname too)
    ("罗和平 330102********1234 西湖区 2000元", "罗** 330102********1234 西湖区 2000元"),
    ("苗玉兰工程师负责项目的技术把关。在机床厂任高级工程师，曾任主治医师。",
     "苗**工程师负责项目的技术把关。在机床厂任高级工程师，曾任主治医师。"),
    # a pupil or a graduate school notices name (minors among them), not a class or pupils
    ("毕业生强燕已被浙江大学录取。苏和平小朋友今年5岁。",
     "毕业生强*已被浙江大学录取。苏**小朋友今年5岁。"),
    ("三年级二班温红旗同学拾金不昧。", "三年级二班温**同学拾金不昧。"),  # 同学 after a full name
    # a given name of one character that is a common word too (超, 敏), where the name ends
    ("幼儿马超在园内摔伤。毕业生应敏已被录取。", "幼儿马*在园内摔伤。毕业生应*已被录取。"),
    ("二班同学参加了活动。幼儿园新生报名开始，小朋友们很开心。",
     "二班同学参加了活动。幼儿园新生报名开始，小朋友们很开心。"),
    # who verified something for an office, and whom a work order is passed to (经费 is a
    # word); not an office or a committee
    ("经费金凤核实，该路段路灯已修复。工单已转沈红旗处理。",
     "经费**核实，该路段路灯已修复。工单已转沈**处理。"),
    ("经街道核实，已转区住建局处理，转交物业处理。",
     "经街道核实，已转区住建局处理，转交物业处理。"),
    # whom an interview record questions, whose account a record gives (白雪 is a word)
    ("被询问人国丽丽陈述，其于当日下午在店内购物。据白雪反映，小区电梯经常停运。",
     "被询问人国**陈述，其于当日下午在店内购物。据白*反映，小区电梯经常停运。"),
    ("据市民反映，据介绍，据统计反映出的问题", "据市民反映，据介绍，据统计反映出的问题"),
    # someone who lives alone, after a relative (其妻子|成霞, 其哥哥|和燕: function words)
    ("来电人反映其妻子成霞独居，其哥哥和燕独居。该村独居老人较多。",
     "来电人反映其妻子成*独居，其哥哥和*独居。该村独居老人较多。"),
    # an applicant whose given name of one is a word (兵), before the office applied to; not a
    # function word that begins a word with the verb (但正因这样)
    ("须兵向本机关提出政府信息公开申请。但正因这样蓝梦岛才保有它原始的美。",
     "须*向本机关提出政府信息公开申请。但正因这样蓝梦岛才保有它原始的美。"),
    ("该公司违规排放污水。西湖被评为世界遗产。未经物业签字同意。",
     "该公司违规排放污水。西湖被评为世界遗产。未经物业签字同意。"),
    # a deputy or a member an office's reply addresses, not a committee (党委委员)
    ("金和平委员：您在市政协十四届五次会议上提出的第128号提案收悉。",
     "金**委员：您在市政协十四届五次会议上提出的第128号提案收悉。"),
    ("党委委员：张三。常务委员：李明。", "党委委员：张*。常务委员：李*。"),
    # names aligned in forms with spaces after their surnames (张 alone was masked, 伟
    # published), where the model reads on or is less sure of the next; not words spelt out
    ("姓名：宋  琳  性别：男  年龄：45", "姓名：宋  *  性别：男  年龄：45"),
    ("值班人员：李  明、黄  旭。申请人：苏  丹，户主 白  帅 家庭人口 4人",
     "值班人员：李  *、黄  *。申请人：苏  *，户主 白  * 家庭人口 4人"),
    ("参会人员：张　伟、李　明、王　芳", "参会人员：张　*、李　*、王　*"),
    ("文/董长江 图/康明明", "文/董** 图/康**"),  # (江 图 is no spaced name)
    # a numbered list of things is none of names, though an item is one
    ("获奖名单如下：1.苹果 2.香蕉 3.王明", "获奖名单如下：1.苹果 2.香蕉 3.王*"),
    # what a person does before a company's or a school's name (读, 创办)
    ("张伟读中学时成绩优异。王伟创办了一家科技有限公司。",
     "张*读中学时成绩优异。王*创办了一家科技有限公司。"),
    # … and a given name that is a word with the 家 of a household after it (国家)
    ("村民倪建国家的房屋在暴雨中倒塌。", "村民倪**家的房屋在暴雨中倒塌。"),
    # an elder someone looks after, and who applies himself
    ("孤寡老人严文明由村委会安排专人照料。", "孤寡老人严**由村委会安排专人照料。"),
    ("经黄平安本人申请，村委会研究同意。", "经黄**本人申请，村委会研究同意。"),
    ("小宋不幸成为了裁员名单中的一位。", "小*不幸成为了裁员名单中的一位。"),  # he is 小宋
    ("寻人启事：莫老伯，男，78岁，走失。", "寻人启事：*老伯，男，78岁，走失。"),  # an elder
    # a person's record: a name, then the person's sex, whatever word the name is (马上, 向前)
    ("拟提拔人选公示：马上飞，男，汉族，1983年生。", "拟提拔人选公示：马**，男，汉族，1983年生。"),
    ("拟提拔人选公示：向前，男，汉族，1985年生。", "拟提拔人选公示：向*，男，汉族，1985年生。"),
    ("申请人，男，无业。", "申请人，男，无业。"),
    # … and a table's rows flattened into text, cells apart (not a heading and its value)
    ("拟录用人员名单：1 班梅 女 1995.03 本科 2 黄金凤 男 1993.11 硕士",
     "拟录用人员名单：1 班* 女 1995.03 本科 2 黄** 男 1993.11 硕士"),
    ("性别 男 年龄 45 患者 男 45岁", "性别 男 年龄 45 患者 男 45岁"),
    ("和平安/男/45岁/西湖区；于文明|男|1965-12-12", "和**/男/45岁/西湖区；于**|男|1965-12-12"),
    # whom a decision punishes, on whose behalf someone acts, who found something, whom a
    # letter greets; not an office, nor a punishment alone
    ("关于给予国楠警告处分的决定。受邓和平委托，律师代为办理。发现人马坤当即报警。",
     "关于给予国*警告处分的决定。受邓**委托，律师代为办理。发现人马*当即报警。"),
    ("都金凤：你好！你反映的问题已收悉。", "都**：你好！你反映的问题已收悉。"),
    # a notice to those a role word names (jieba tags 须知 as a name)
    ("申请人须知：请携带身份证。考生须知", "申请人须知：请携带身份证。考生须知"),
    # what someone says of a company is no part of its name; what someone owes
    ("来电人邓和平反映物业公司经理时伟态度恶劣。", "来电人邓**反映物业公司经理时*态度恶劣。"),
    ("来电人表示，盛玉兰拖欠其工资8000元。该公司拒不整改。",
     "来电人表示，盛**拖欠其工资8000元。该公司拒不整改。"),
    # whom a court cannot find, a claim is against, a notice is served on, a certificate is
    # for, a meeting is chaired by, into whose account money goes; who gives something up
    ("因任文明下落不明，本院依法公告送达。执法人员当场向白胜利送达了责令改正通知书。",
     "因任**下落不明，本院依法公告送达。执法人员当场向白**送达了责令改正通知书。"),
    ("兹证明明桂芳系我单位在职职工。会议由何伟主持。本人支明自愿放弃该项补贴。",
     "兹证明明**系我单位在职职工。会议由何*主持。本人支*自愿放弃该项补贴。"),
    ("上述款项已于当日转入钟爱国的个人账户。", "上述款项已于当日转入钟**的个人账户。"),
    ("因该公司长期不履行合同义务，向区政府送达。会议由区长主持。本人自愿放弃。",
     "因该公司长期不履行合同义务，向区政府送达。会议由区长主持。本人自愿放弃。"),
    # where someone is stationed or returns to is no place's name (驻村: stationed in a village)
    ("扶贫干部张峰驻村三年。据了解，张峰回村后一直未找到工作。",
     "扶贫干部张*驻村三年。据了解，张*回村后一直未找到工作。"),
    ("石垣港离岛码头每日都有班船。", "石垣港离岛码头每日都有班船。"),
    # who leads or helps others; not a holiday week nor an office
    ("在韩国强的带动下，全村发展起了茶叶产业。", "在韩**的带动下，全村发展起了茶叶产业。"),
    ("在黄金周的带动下，在区委的带动下，在公司的帮助下。",
     "在黄金周的带动下，在区委的带动下，在公司的帮助下。"),
    # someone's age after a comma (一子赖 was masked, 和平 published)
    ("婚后生育一子赖和平，现年12岁。该公司，现年产值过亿。",
     "婚后生育一子赖**，现年12岁。该公司，现年产值过亿。"),
    # a speech someone makes (新作, a new work, is a word), a summons without a role word
    ("会议由杨伟主持，崔立新作工作报告。据悉，雷晓东经本院合法传唤。区长作重要讲话。",
     "会议由杨*主持，崔**作工作报告。据悉，雷**经本院合法传唤。区长作重要讲话。"),
    # a given name after a compound surname the model found alone (**建国 was published)
    ("公冶建国代表区委、区政府向受表彰的先进集体表示祝贺。",
     "公冶**代表区委、区政府向受表彰的先进集体表示祝贺。"),
    # the cadres a village is assigned to lift out of poverty
    ("扶贫干部徐建国驻村三年。第一书记芮凯带领村民发展特色产业。扶贫干部驻村三年。",
     "扶贫干部徐**驻村三年。第一书记芮*带领村民发展特色产业。扶贫干部驻村三年。"),
    # whom an office hires, whose request a reply acknowledges, who seeks work
    ("拟聘用郝飞为区人民医院护士。本机关于2026年10月收到师杨提交的政府信息公开申请。",
     "拟聘用郝*为区人民医院护士。本机关于2026年10月收到师*提交的政府信息公开申请。"),
    ("师波所申请的信息涉及第三方个人隐私。就业困难人员朱红通过公益性岗位实现就业。",
     "师*所申请的信息涉及第三方个人隐私。就业困难人员朱*通过公益性岗位实现就业。"),
    ("拟聘用人员名单。收到该公司提交的材料。就业困难人员认定。",
     "拟聘用人员名单。收到该公司提交的材料。就业困难人员认定。"),
    # who runs a shop, who makes amends; not a company nor a market
    ("本次抽查中，苏军经营的超市存在问题。事后，该公司主动赔偿，华联经营的超市整改。",
     "本次抽查中，苏*经营的超市存在问题。事后，该公司主动赔偿，华联经营的超市整改。"),
    # whose parent, child or spouse someone is; not a pronoun's
    ("方和平的母亲慎敏于上周走失。朱红旗的儿子今年考上了研究生。",
     "方**的母亲慎*于上周走失。朱**的儿子今年考上了研究生。"),
    ("老人不仅抚养大他的妻子，还照顾村民的女儿。", "老人不仅抚养大他的妻子，还照顾村民的女儿。"),
    # a defendant a court summoned (东经, longitude, is a word)
    ("被告雷晓东经本院合法传唤，无正当理由拒不到庭。",
     "被告雷**经本院合法传唤，无正当理由拒不到庭。"),
    # a surname that is a function word too where it reads as none (广, 全, 信: wide, all,
    # a letter); not a word's end (博士后, a postdoc) nor before a word (昵称后|重新登录)
    ("来电人反映网约车司机广磊中途甩客。其妻子信玲到区信访局反映。",
     "来电人反映网约车司机广*中途甩客。其妻子信*到区信访局反映。"),
    ("博士后导师。修改昵称后重新登录。", "博士后导师。修改昵称后重新登录。"),
    # a surname that is a word too, before a word as rare as a name (花军, 华林)
    ("屠飞的父亲花军于2026年去世。装修工人华林收取定金后不来施工。",
     "屠*的父亲花*于2026年去世。装修工人华*收取定金后不来施工。"),
    ("受区政府委托，对该公司给予警告。发现人应当立即报告。同志：你好",
     "受区政府委托，对该公司给予警告。发现人应当立即报告。同志：你好"),
    # what someone is called, whatever words it reads as; not 叫 of a call or a cry
    ("我叫和平安，家住文三路。一名名叫于文明的男子。",
     "我叫和**，家住文三路。一名名叫于**的男子。"),
    ("我叫车去医院，我叫不出他的名字。", "我叫车去医院，我叫不出他的名字。"),
    # the people of hospitals, fire stations, inspections and visits (产妇, 消防员, 检查人员)
    ("产妇谭利于3月2日在妇幼保健院分娩。检查人员：李龙 令狐冲",
     "产妇谭*于3月2日在妇幼保健院分娩。检查人员：李* 令狐*"),
    ("来访人：时文明，陪同人员：徐伟。", "来访人：时**，陪同人员：徐*。"),
    ("行人过街，产妇需要休息。检查人员到场。", "行人过街，产妇需要休息。检查人员到场。"),
    # a word for who someone is is no name's start (孤儿, an orphan, was masked 孤*), and a
    # compound surname that is no common word stands after a role word (南宫胜利 was published)
    ("孤儿刘伟由其祖父南宫胜利监护。", "孤儿刘*由其祖父南宫**监护。"),
    # the frames of petitions, disputes, reviews and relief records: whose petition a reply
    # answers, whom an office reaches by phone, charges, has do something, gathers, agrees to
    # move; who applies, lives upstairs, collects for someone, has a dispute with whom
    ("关于田海洋信访事项的答复意见书。经与张淑华电话沟通，其表示接受。已责成明长江限期整改。",
     "关于田**信访事项的答复意见书。经与张**电话沟通，其表示接受。已责成明**限期整改。"),
    ("安排易和平进行心电图检查。组织广建设等人进行了调解。同意向胜利从第一中学调入。",
     "安排易**进行心电图检查。组织广**等人进行了调解。同意向**从第一中学调入。"),
    ("经马超申请办理丧葬补助。楼上马桂花家长期漏水。家属刘伟代为领取明海洋的丧葬费。",
     "经马*申请办理丧葬补助。楼上马**家长期漏水。家属刘*代为领取明**的丧葬费。"),
    ("经调查，黄伟与全国强之间的纠纷属民事争议。", "经调查，黄*与全**之间的纠纷属民事争议。"),
    ("经单位申请，经区政府申请。关于同志们的意见。安排专人进行检查，组织党员等人。同意从明年"
     "起调入。楼上住户家。基于乐活时尚与东方哲学之间的共同点。待东方志补充材料。",
     "经单位申请，经区政府申请。关于同志们的意见。安排专人进行检查，组织党员等人。同意从明年"
     "起调入。楼上住户家。基于乐活时尚与东方哲学之间的共同点。待东方*补充材料。"),
    # a notice of appointments' given name may be a word of place or state (建国), not of time
    ("左建国任市发展和改革委员会主任。", "左**任市发展和改革委员会主任。"),
    # whose son a name is, whose family or parent someone is (花爱国之子, 华红旗家属, 向建国家长)
    ("花爱国之子赖伟于去年受伤。华红旗家属对诊疗结果有异议。向建国家长申请学生转学。",
     "花**之子赖*于去年受伤。华**家属对诊疗结果有异议。向**家长申请学生转学。"),
    ("职工家属对此有异议。学生家长申请转学。校方未及时通知家长。",
     "职工家属对此有异议。学生家长申请转学。校方未及时通知家长。"),
    # 该 (this) is no part of an organisation's name after a name (马强系该公司员工)
    ("经了解，马强系该公司员工。", "经了解，马*系该公司员工。"),
    # who drinks and drives, drives a lorry, has no licence, objects to a decision, says what
    # the record finds (醉酒, 驾驶的, 无证, 不服, 所述); not a market, a road, a company
    ("白红旗醉酒驾驶机动车。华红旗驾驶的货车与赵伟驾驶的摩托车相撞。和海洋无证经营烟花爆竹。",
     "白**醉酒驾驶机动车。华**驾驶的货车与赵*驾驶的摩托车相撞。和**无证经营烟花爆竹。"),
    ("和平路无证经营的摊贩已取缔。文明驾驶的车辆。如上所述，当事人不服。",
     "和平路无证经营的摊贩已取缔。文明驾驶的车辆。如上所述，当事人不服。"),
    # who someone is in a household or a signature, in brackets (户主, 已故, 代); a cell that
    # lists names; 月 ends a given name where no month's does (秋月, not 三月, 本月, 满月)
    ("和立新（户主）", "和**（户主）"), ("华秋月（已故）", "华**（已故）"),
    ("安静（代）", "安*（代）"),
    ("华红旗，赵伟", "华**，赵*"), ("贾伟/华爱国", "贾*/华**"),
    ("宁波，杭州", "宁波，杭州"), ("文化，教育", "文化，教育"),
    ("于秋月因涉嫌诈骗被刑事拘留。", "于**因涉嫌诈骗被刑事拘留。"),
    # the parties, offences and witnesses of court records (梅因, 国民 and 强于 are words)
    ("上诉人包雪梅因与被上诉人程伟房屋租赁合同纠纷一案。原告王伟与被告欧阳建国民间借贷纠纷一案。",
     "上诉人包**因与被上诉人程*房屋租赁合同纠纷一案。原告王*与被告欧阳**民间借贷纠纷一案。"),
    ("判决如下：被告花志强于本判决生效之日起十日内偿还。被告人安静犯盗窃罪。",
     "判决如下：被告花**于本判决生效之日起十日内偿还。被告人安*犯盗窃罪。"),
    ("公诉机关指控，时文明伙同徐伟多次盗窃电动车。", "公诉机关指控，时**伙同徐*多次盗窃电动车。"),
    # whom a notice says to contact, with whom an office talks, whom an assembly proposes, who
    # calls (in brackets), whose household or homestead a record names
    ("公示期间如有异议，请与村委会花光明联系。街道工作人员白伟已上门，并与花红旗进行了沟通。",
     "公示期间如有异议，请与村委会花**联系。街道工作人员白*已上门，并与花**进行了沟通。"),
    ("经村民代表大会评议，拟确定东方红旗、桂芳为低保对象。石和平（来电人）反映。",
     "经村民代表大会评议，拟确定东方**、桂*为低保对象。石**（来电人）反映。"),
    ("石和平户，家庭人口4人。华红旗家的宅基地申请已报镇政府审批。",
     "石**户，家庭人口4人。华**家的宅基地申请已报镇政府审批。"),
    ("原因与结果。病因与治疗。他犯了错误。出庭律师。本公司于本月完成。请与村委会联系。",
     "原因与结果。病因与治疗。他犯了错误。出庭律师。本公司于本月完成。请与村委会联系。"),
    # 由 after a role word is a preposition before a name (童淑兰 was masked 由童淑, 兰 published),
    # not where the two are a word or the name is 由's; a newborn is a word for people
    ("变更事项：法定代表人由童淑兰变更为华伟。负责人由王伟担任。联系人：由建国",
     "变更事项：法定代表人由童**变更为华*。负责人由王*担任。联系人：由**"),
    ("新生儿冯雪梅随母亲落户。申请人由于身体原因未到场。新生儿出生后。",
     "新生儿冯**随母亲落户。申请人由于身体原因未到场。新生儿出生后。"),
    # whom a notice of cadres asks objections to or proposes to promote, whom a text recalls,
    # with whom someone is kin, who holds shares, what a household chooses
    ("如对方芳有不同意见，请向区委组织部反映。拟提拔和立新、安伟为副科级领导干部。",
     "如对方*有不同意见，请向区委组织部反映。拟提拔和**、安*为副科级领导干部。"),
    ("提起向建国，村民们都竖起大拇指。程伟与易和平系兄弟关系。白红旗户选择货币补偿方式。",
     "提起向**，村民们都竖起大拇指。程*与易**系兄弟关系。白**户选择货币补偿方式。"),
    ("白红旗持股60%，李伟持股40%。对此有异议。提起诉讼，提起上诉，对方有异议。",
     "白**持股60%，李*持股40%。对此有异议。提起诉讼，提起上诉，对方有异议。"),
    # a school's year is no name (jieba tags 高三 as one), nor does 以 (by) end a given name
    ("高三学生田伟以优异成绩被北京大学录取。申请人王以卓",
     "高三学生田*以优异成绩被北京大学录取。申请人王**"),
    # whom an employer is told to pay, whose request for disclosure a reply answers, an
    # arbitrator, who claims, donates or runs a shop (in brackets)
    ("劳动监察大队责令该公司支付吴红霞工资。关于高勇申请公开信息的答复。",
     "劳动监察大队责令该公司支付吴**工资。关于高*申请公开信息的答复。"),
    ("仲裁员王伟独任审理了本案。广东平（店主）当场表示整改。和海洋捐赠了防疫物资。",
     "仲裁员王*独任审理了本案。广**（店主）当场表示整改。和**捐赠了防疫物资。"),
    ("公司支付工资。关于申请公开的答复。支付员工工资。",
     "公司支付工资。关于申请公开的答复。支付员工工资。"),
    # 大姐, 大哥 … are forms of address after a name or a surname, as 阿姨 is (大 was masked)
    ("王伟大姐说她家的水管爆了。王大姐说水管坏了。", "王*大姐说她家的水管爆了。*大姐说水管坏了。"),
    # no likely name starts with a word that links a sure name to what is said of it (因新 was
    # masked), nor with 于 and a date, nor is a form's heading one (性别 was masked 性*)
    ("李伟因新冠肺炎确诊。被告花秀英于本判决生效之日起十日内偿还。",
     "李*因新冠肺炎确诊。被告花**于本判决生效之日起十日内偿还。"),
    ("序号 1 姓名 上官伟 性别 男 年龄 42", "序号 1 姓名 上官* 性别 男 年龄 42"),
    # a school's years are no names (编入高二（3）班 was masked 高*), nor does an adverb after a
    # name end it (乔伟曾多次 was masked 乔**)
    ("王伟因病休学一年，复学后编入高二（3）班。证明乔伟曾多次到现场。",
     "王*因病休学一年，复学后编入高二（3）班。证明乔*曾多次到现场。"),
    # a likely name starts at no word's last character before what no given name starts with
    # (养老金本月 was masked 养老金**, 居民楼内 居民楼*); 学生包|建设 still names 包建设
    ("其父亲王建国的养老金本月未到账。张伟在居民楼内经营废品收购站。",
     "其父亲王**的养老金本月未到账。张*在居民楼内经营废品收购站。"),
    ("高三学生包建设以优异成绩被北京大学录取。", "高三学生包**以优异成绩被北京大学录取。"),
    # what the named does is no third character of the name, though the model reads it so
    # (韩刚系 was masked 韩**, 笑 of 郭琳笑着说 and 随 of 田伟随母亲 too); 李时珍 keeps 时
    ("经查，韩刚系被收养人。郭琳笑着说。新生儿田伟随母亲令狐芳落户。王伟户，家庭人口3人。",
     "经查，韩*系被收养人。郭*笑着说。新生儿田*随母亲令狐*落户。王*户，家庭人口3人。"),
    ("原告向东诉被告欧阳华劳动争议一案。", "原告向*诉被告欧阳*劳动争议一案。"),
    ("车成持伪造的结婚证明材料申请登记。巡查中发现万芳占用人行道摆摊。",
     "车*持伪造的结婚证明材料申请登记。巡查中发现万*占用人行道摆摊。"),
    ("经查，周建国家中无人。邻居王伟家里漏水。国家中长期发展规划。",
     "经查，周**家中无人。邻居王*家里漏水。国家中长期发展规划。"),
    # 同志 after a word that is a name's, a proper noun or a place's, at a clause's start
    ("2026年11月5日，和平同志因病逝世。红旗同志、文明同志参加会议。青年同志要勇挑重担。",
     "2026年11月5日，和*同志因病逝世。红*同志、文*同志参加会议。青年同志要勇挑重担。"),
    ("会上，区教育局局长姜军作了工作报告。", "会上，区教育局局长姜*作了工作报告。"),
    # a professional title after a name is evidence, though no role word is before it; not
    # after the end of a word (马来西亚, Malaysia)
    ("张和平工程师介绍了情况。1992年成为马来西亚会计师学会专业会员。",
     "张**工程师介绍了情况。1992年成为马来西亚会计师学会专业会员。"),
    ("李时珍是明代医药学家。", "李**是明代医药学家。"),
    ("上诉人龙鹏因与被上诉人王伟合同纠纷一案。陈玲以他人名义骗取补贴。黄伟扎根基层二十年。",
     "上诉人龙*因与被上诉人王*合同纠纷一案。陈*以他人名义骗取补贴。黄*扎根基层二十年。"),
    # 向 (towards) before a name of three: masked with it as one name, whichever reading is
    # right (向孟 was read as the name, 淑珍 published; 户主向杨家庭 names 向杨); a surname and
    # one character after 向, or one and what the subject does or how often, are 向's name
    # (来电人向杨反映, 快递员向雷多次 name 向杨 and 向雷); 向 stays visible either way
    ("执法人员向孟淑珍宣读了权利义务告知书，孟淑珍表示清楚。工作人员向袁桂花解释政策。",
     "执法人员向***宣读了权利义务告知书，孟**表示清楚。工作人员向***解释政策。"),
    ("来电人向杨反映孩子所在学校违规收费。执法人员向王伟宣读了权利义务告知书。",
     "来电人向*反映孩子所在学校违规收费。执法人员向**宣读了权利义务告知书。"),
    ("经核查，户主向杨家庭人均收入超标。快递员向雷多次未经同意将包裹放在门口。",
     "经核查，户主向***人均收入超标。快递员向*多次未经同意将包裹放在门口。"),
    # … and where the model is sure of 向 and one or two characters, its span covers the name
    # read after 向 too (向成志|强, 向全|和平: 强 and 和平 were published)
    ("民警向成志强了解情况。法官向全和平释明了法律后果。民警向李玉珍了解情况。",
     "民警向***了解情况。法官向***释明了法律后果。民警向***了解情况。"),
    # whom an officer asks or tells, after 向 (the model silent), but not 其 (him) after it
    ("民警向钱亮了解情况。社区干部向华光明宣传垃圾分类政策。工作人员向其解释政策。",
     "民警向钱*了解情况。社区干部向华**宣传垃圾分类政策。工作人员向其解释政策。"),
    ("申请人向本机关提出申请。来电人向本机关反映问题。",
     "申请人向本机关提出申请。来电人向本机关反映问题。"),
    ("区人社局已督促用人单位向杨秀珍支付拖欠工资。", "区人社局已督促用人单位向杨**支付拖欠工资。"),
    # a surname before a function word is the surname alone, masked as it is elsewhere
    ("物业公司经理姓黄，叫黄什么不清楚。", "物业公司经理姓*，叫*什么不清楚。"),
    # a number of people is no name (三 of 三名 was read as a surname)
    ("徐卫东等三名同志被评为优秀共产党员。两人开始了恋爱。",
     "徐**等三名同志被评为优秀共产党员。两人开始了恋爱。"),
    # in a frame, a rare word of two after a common surname is a name (方军 and 高利 are words)
    ("身份证号与户籍信息不符，待方军补充材料。求助：老人高利走失，约七十岁。老人凌晨走失。",
     "身份证号与户籍信息不符，待方*补充材料。求助：老人高*走失，约七十岁。老人凌晨走失。"),
    # who bears the blame for an accident is a person (马超 was published in a cell)
    ("马超负主要责任。", "马*负主要责任。"),
    ("交警部门认定马超负事故全部责任。", "交警部门认定马*负事故全部责任。"),
    ("该公司负主要责任。经认定，货车一方负主要责任。",
     "该公司负主要责任。经认定，货车一方负主要责任。"),
    # … unless the name left would be a word but a name's, which no longer reads as one (安静
    # was masked 安**: the 可 stays masked; 刘建国, a name jieba knows, is one)
    ("如对本决定不服，刘建国可在收到之日起申请复议。如对本答复不服，安静可在收到之日起申请复议。",
     "如对本决定不服，刘**可在收到之日起申请复议。如对本答复不服，安**在收到之日起申请复议。"),
    ("如对本决定不服，刘红霞可在收到之日起申请复议。",
     "如对本决定不服，刘**可在收到之日起申请复议。"),
    # 来 after a sure name or after someone is coming, not the surname 来 (修 and 来 were masked)
    ("楼道灯坏了一个月没人来修。王伟来我局反映问题。来电人来明反映问题。",
     "楼道灯坏了一个月没人来修。王*来我局反映问题。来电人来*反映问题。"),
    # a title read with the character before it is no name (幼儿园园长 was masked 幼儿园**)
    ("幼儿园园长王芳介绍了情况。动物园园长李明表示。",
     "幼儿园园长王*介绍了情况。动物园园长李*表示。"),
    # a day of the week ends before a name (周一张坤: 一张 is a word too, 张坤 was published)
    ("值班安排：周一张坤，周二王芳。本周二王伟来电。",
     "值班安排：周一张*，周二王*。本周二王*来电。"),
    ("本周值班：周一孙涛，周二赖霞。", "本周值班：周一孙*，周二赖*。"),
    ("周一张贴公告。每周一张榜公布。周三明确要求。",
     "周一张贴公告。每周一张榜公布。周三明确要求。"),
    # after 由, a name a register's change names may begin with 于 (于明 was published), not a
    # word after 由于
    ("法定代表人由于明变更为王伟。负责人由于海洋变更为李强。",
     "法定代表人由于*变更为王*。负责人由于**变更为李*。"),
    ("法定代表人由于工作变更为王伟。由于天气变更为室内举行。由于调整为线上，请注意。",
     "法定代表人由于工作变更为王*。由于天气变更为室内举行。由于调整为线上，请注意。"),
    # 站 after a name is standing, not a stop, before 着, 起, 出 … (华红旗 was published)
    ("村民华红旗站出来作证。视频中李建军站着不动。请在文新站下车。",
     "村民华**站出来作证。视频中李**站着不动。请在文新站下车。"),
    # a surname before an adverbial is the name alone (寇多次 was masked 寇**: the surname
    # published, the adverb masked), and an adverb and an adverbial after a name are none
    ("案发后，邝多次找到被害人家属。此后，蔺多次上访。证明秦瑜曾多次到现场。",
     "案发后，*多次找到被害人家属。此后，*多次上访。证明秦*曾多次到现场。"),
    # … nor is an adverb right after a name its third character (尚 and 正 were masked), nor the
    # 户 of a household after one found apart
    ("截至目前，龚洁尚未缴纳罚款。事故发生时，车成正在三楼进行焊接作业。郭琳户选择货币补偿方式。",
     "截至目前，龚*尚未缴纳罚款。事故发生时，车*正在三楼进行焊接作业。郭*户选择货币补偿方式。"),
    # what someone runs, sells or complains of names no shop of theirs, nor does information
    # (信息) after 的 name a company (钱亮, 金爱国 and 东方伟 were published); a body after 的 is
    # one (巴厘岛 stays)
    ("检查发现钱亮经营的小餐馆未配备灭火器。金爱国投诉楼下烧烤店油烟直排。"
     "本机关未制作或获取东方伟所申请的信息。",
     "检查发现钱*经营的小餐馆未配备灭火器。金**投诉楼下烧烤店油烟直排。"
     "本机关未制作或获取东方*所申请的信息。"),
    ("巴厘岛的经济酒店让你照样开心。", "巴厘岛的经济酒店让你照样开心。"),
    # a frame's words after a name are none of it, where the model read on into them (杨提交)
    ("本机关于2026年10月收到师杨提交的政府信息公开申请。",
     "本机关于2026年10月收到师*提交的政府信息公开申请。"),
    # whom an employer owes wages, to whom a decision is delivered in person, whose account a
    # record gives (花宁, 立新 and 金凤 were published; the model read 达华)
    ("用人单位已将拖欠花宁的工资全部结清。审批窗口将决定书送达华立新本人。据时金凤陈述，其在家。",
     "用人单位已将拖欠花*的工资全部结清。审批窗口将决定书送达华**本人。据时**陈述，其在家。"),
    ("拖欠农民工工资。拖欠全部工资。据报道陈述。", "拖欠农民工工资。拖欠全部工资。据报道陈述。"),
    # a place's name after a role word, before what only a person does, is a name (金城 was
    # published); leaving a car, or an adverb of when, after a name is none of it (弃 and 曾
    # were masked as third characters, 曾因 as a name)
    ("举报人反映，村主任金城利用职务便利谋取私利。", "举报人反映，村主任金*利用职务便利谋取私利。"),
    ("事故发生后，肇事司机郝帅弃车逃逸。被告人牛奔曾因盗窃罪被判处有期徒刑一年。",
     "事故发生后，肇事司机郝*弃车逃逸。被告人牛*曾因盗窃罪被判处有期徒刑一年。"),
    # the parties of debts, claims, support and gifts are role words (闻一多, 江海 and 野 of 田野
    # were published), not before a word (应当, 会议)
    ("申领人闻一多已领取补贴。肇事者江海驾车逃逸。遗属田野领取了抚恤金。",
     "申领人闻**已领取补贴。肇事者江*驾车逃逸。遗属田*领取了抚恤金。"),
    ("债务人应当履行还款义务。债权人会议于下月召开。",
     "债务人应当履行还款义务。债权人会议于下月召开。"),
    # … and so are the people of appeals for the missing, incidents and epidemics (江*生 was
    # masked: the model read 江春 before 生发)
    ("现对失踪人员江春生发布寻人启事。确诊病例数量增加。",
     "现对失踪人员江**发布寻人启事。确诊病例数量增加。"),
    # a document's sign-off of two fields or more holds names whatever words they read as (方舟,
    # an ark, and 高远, lofty, were published); not a verb (同意) nor a function word (于是)
    ("起草：严冬；审核：方舟；签发：高远。", "起草：严*；审核：方*；签发：高*。"),
    ("审核：通过；签发：同意。拟稿：王伟 校对：于是",
     "审核：通过；签发：同意。拟稿：王* 校对：于是"),
    # a list of names after a verb, its last one before what they are made (蓝天 was published)
    ("拟推荐邓飞、艾青、蓝天为区级文明家庭候选户。", "拟推荐邓*、艾*、蓝*为区级文明家庭候选户。"),
    # no name is in an idiom jieba lacks (亲厚友), in how the named is addressed (大姐, 阿),
    # a report they give (作), a cause (因) or a frame's words before a name (伙同, 同能)
    ("村主任孟莹在低保评定中优亲厚友。秦丽娟大姐说水管爆了。杨楠阿姨今年80岁。",
     "村主任孟*在低保评定中优亲厚友。秦**大姐说水管爆了。杨*阿姨今年80岁。"),
    ("会上，孟莹作工作报告。违法嫌疑人杨燕因殴打他人被行政拘留十日。",
     "会上，孟*作工作报告。违法嫌疑人杨*因殴打他人被行政拘留十日。"),
    ("公诉机关指控，林梅伙同能桂芳多次盗窃电动车。", "公诉机关指控，林*伙同能**多次盗窃电动车。"),
    # the surname of 老郑 or 小王 before what is said of them is the name (刘 and 郑 were
    # published, 跟 and 和 masked; 发生 and 明天 were masked); not 小王八, an insult
    ("邻居老郑和他儿子经常在楼道堆放杂物。老刘跟我说过这事。",
     "邻居老*和他儿子经常在楼道堆放杂物。老*跟我说过这事。"),
    ("老张与老李发生口角。老李明天来。我养个小王八。",
     "老*与老*发生口角。老*明天来。我养个小王八。"),
    # whom a frame calls a comrade is a name whatever word it is (高原, a plateau, was
    # published), not a group (全体)
    ("关于高原同志退休的批复。兹证明高山同志系我单位职工。",
     "关于高*同志退休的批复。兹证明高*同志系我单位职工。"),
    ("关于全体同志参加培训的通知。关于青年同志成长的几点意见。",
     "关于全体同志参加培训的通知。关于青年同志成长的几点意见。"),
    # whose application an office accepts, whom an inspection finds occupying a pavement, who
    # was talked round, whose card someone used (花海洋, 于红旗, 华和平, 和爱国 were published)
    ("不动产登记中心受理了花海洋提交的继承登记申请。城管队员在巡查中发现于红旗占用人行道摆摊。",
     "不动产登记中心受理了花**提交的继承登记申请。城管队员在巡查中发现于**占用人行道摆摊。"),
    ("华和平经劝导后主动拆除了违章搭建的雨棚。医保稽核发现，和爱国的医保卡被他人冒用。",
     "华**经劝导后主动拆除了违章搭建的雨棚。医保稽核发现，和**的医保卡被他人冒用。"),
    # … and what follows a name is none of it: afterwards (后经 was masked 后*), occupying,
    # handing in
    ("二人因琐事发生口角，后经民警调解和解。城管队员发现和敏占用人行道。彭健提交的申请。",
     "二人因琐事发生口角，后经民警调解和解。城管队员发现和*占用人行道。彭*提交的申请。"),
    # what joins two names is neither's (刘华同 was read), nor is a name inside the title after
    # one (傅开 was read in 师傅开的)
    ("刘华同赵兰英系母子关系。邓莹师傅开的出租车被人刮了。",
     "刘*同赵**系母子关系。邓*师傅开的出租车被人刮了。"),
    # acting as someone, how one is addressed, a preposition and a pronoun are none of a name
    # (作 of 作为, 大姐 and 其 were masked)
    ("单平作为评审专家参与了本次评审。邹东大姐说她家的水管爆了。",
     "单*作为评审专家参与了本次评审。邹*大姐说她家的水管爆了。"),
    ("孤儿周斌由其祖父张建监护。", "孤儿周*由其祖父张*监护。"),
    # … even where the name left is a word jieba knows as a name's (萧红, 周瑜)
    ("该村萧红家被评为“最美家庭”。周瑜系被收养人的生父，同意送养。",
     "该村萧*家被评为“最美家庭”。周*系被收养人的生父，同意送养。"),
    # the accomplices of criminal records are role words (林立 was published)
    ("主犯林立因故意伤害被判刑。同案犯王大力（另案处理）已被抓获。",
     "主犯林*因故意伤害被判刑。同案犯王**（另案处理）已被抓获。"),
    # a role word after a role word: the name is the second's (任建峰 was published)
    ("来电人房东任建峰不退押金。", "来电人房东任**不退押金。"),
    # whose injuries or illness a record tells of is a person (宁静, quiet, was published)
    ("经鉴定，宁静的伤情为轻伤二级。双方的伤情均为轻微伤。",
     "经鉴定，宁*的伤情为轻伤二级。双方的伤情均为轻微伤。"),
    # how many people a list names vouches for its last name (乐天, cheerful, was published)
    ("被执行人常乐、乐天二人至今未履行义务。", "被执行人常*、乐*二人至今未履行义务。"),
    # whom an office reached (沙海军 was published: 海军, the navy)
    ("工作人员于当天下午联系到了沙海军，其称已缴纳。",
     "工作人员于当天下午联系到了沙**，其称已缴纳。"),
    # a household after a name is none of it (王璐家 was masked whole)
    ("王璐家的宅基地与邻居能敏家存在边界争议。", "王*家的宅基地与邻居能*家存在边界争议。"),
    # whom an office recovers money from, whose complaint it acts on, who applies after a
    # relative (和海洋 and 时建国: the model's veto), who applies at a clause's start (和敏),
    # whom a notarial act names first (向海燕, 车慧, 能文明, 和敏, 和海洋, 信文明 were published)
    ("医保中心向向海燕追回违规报销的医疗费用。医保中心向车慧追回医疗费用。",
     "医保中心向向**追回违规报销的医疗费用。医保中心向车*追回医疗费用。"),
    ("对能文明反映的问题，已立案调查。兹有周杰之女和海洋申请办理出生医学证明补发手续。",
     "对能**反映的问题，已立案调查。兹有周*之女和**申请办理出生医学证明补发手续。"),
    ("和敏申请不动产首次登记。本处受理了信文明与胡敏的房屋买卖合同公证申请。",
     "和*申请不动产首次登记。本处受理了信**与胡*的房屋买卖合同公证申请。"),
    # … and what is held in a name, or applied for, after one is none of it (名 and 申 were
    # masked as third characters)
    ("经核查，曾宁名下无其他住房。兹有夏瑞之女王琴申请办理出生医学证明补发手续。委托马林代领。",
     "经核查，曾*名下无其他住房。兹有夏*之女王*申请办理出生医学证明补发手续。委托马*代领。"),
    ("对群众反映的问题，已立案调查。向上级追回。企业申请不动产登记。",
     "对群众反映的问题，已立案调查。向上级追回。企业申请不动产登记。"),
    # a surname and a title of office after an organisation's name names someone (严 was
    # published), and the title a frame holds after a surname is no given name (主任 was masked)
    ("村委会赵书记表示同意。请知情者与刑警大队严警官联系。请与居委会李主任联系。",
     "村委会*书记表示同意。请知情者与刑警大队*警官联系。请与居委会*主任联系。"),
    ("区教育局原局长出席。研究所所长、社区主任、班主任出席。公司常务副经理出席。",
     "区教育局原局长出席。研究所所长、社区主任、班主任出席。公司常务副经理出席。"),
    # a surname that is a thing's common noun is no name alone where the model finds it barely
    # likely (车 was masked)
    ("我们楼下那个姓花的老是把车停在消防通道。车停在楼下好几天了。",
     "我们楼下那个姓*的老是把车停在消防通道。车停在楼下好几天了。"),
    # whom someone says a person is called (白雪 was published); someone called to come is
    # no one named (来修 was masked, the model sure of it)
    ("她跟我说她叫白雪，在超市上班。他叫人来修，结果没人来。",
     "她跟我说她叫白*，在超市上班。他叫人来修，结果没人来。"),
    ("他叫我去一趟。她叫苦，说太累了。她叫醒了孩子，然后出门。",
     "他叫我去一趟。她叫苦，说太累了。她叫醒了孩子，然后出门。"),
    # whom someone is called before who they are (高远, 常青 were published), whose pension or
    # contributions a record holds (宁静)
    ("上个月我把房子租给了一个叫高远的人。有个叫常青的人冒充社区工作人员。",
     "上个月我把房子租给了一个叫高*的人。有个叫常*的人冒充社区工作人员。"),
    ("麻烦帮我查一下宁静的社保缴费记录。村里人叫好的人很多。余杭的社保缴费政策。",
     "麻烦帮我查一下宁*的社保缴费记录。村里人叫好的人很多。余杭的社保缴费政策。"),
    ("金和平的营业执照因未报送年度报告被列入经营异常名录。该公司的营业执照已被吊销。",
     "金**的营业执照因未报送年度报告被列入经营异常名录。该公司的营业执照已被吊销。"),
    # those an institution provides for and passers-by are role words (广强 and 白雪梅 were
    # published), and no one is named inside a role word (养 and the 人 of 来电人 were masked)
    ("特困供养人员广强于2023年12月病故。来电人夏先生反映预付卡无法使用。",
     "特困供养人员广*于2023年12月病故。来电人*先生反映预付卡无法使用。"),
    ("李*饲养的犬只未拴绳，咬伤路人白雪梅。路人纷纷驻足。",
     "李*饲养的犬只未拴绳，咬伤路人白**。路人纷纷驻足。"),
    # a household that an illness made poor or relief takes in, and whom an audit finds
    # claiming twice (安爱国, 能春风 were published)
    ("安爱国户因病致贫，纳入临时救助对象。审核中发现能春风存在重复报销行为。",
     "安**户因病致贫，纳入临时救助对象。审核中发现能**存在重复报销行为。"),
    ("检查发现部分存在问题。检查中发现该单位存在隐患。农户因灾致贫。",
     "检查发现部分存在问题。检查中发现该单位存在隐患。农户因灾致贫。"),
    # a word straddling a role word's end and the surname after it is no reason to doubt the
    # name (人马, 人文: 马海洋 and 文博 were published)
    ("行人马海洋闯红灯被电动车撞伤。行人文博闯红灯。核电工程师到场。",
     "行人马**闯红灯被电动车撞伤。行人文*闯红灯。核电工程师到场。"),
    # the model's name ending before a call or a letter is whole, where the rules stopped
    # short of a word straddling its end (东来: 令狐晓东 was masked 令狐*东)
    ("市民令狐晓东来电反映，小区物业经理态度恶劣。", "市民令狐**来电反映，小区物业经理态度恶劣。"),
    # a role word's field that lists names apart by spaces (红旗 and 于红旗 were published)
    ("检查人员：郑伟 于红旗", "检查人员：郑* 于**"),
    ("检查人员：郑伟 明红旗。检查人员：郑伟 带队。", "检查人员：郑* 明**。检查人员：郑* 带队。"),
    # because, at a clause's start, begins no name (因建房 was masked)
    ("兹有本村村民邢春来，因建房需要申请宅基地一处。",
     "兹有本村村民邢**，因建房需要申请宅基地一处。"),
    # a name the model finds likely that fills a field alone is whole, though its given name
    # is written with no given name's character (季风 was masked *风, publishing 风)
    ("委托诉讼代理人：季风，某律师事务所律师。", "委托诉讼代理人：季*，某律师事务所律师。"),
    # a compound surname and half a given name that is a word are widened over its other half,
    # where the model is sure of the three too, and so is a single surname's before a date (安
    # was published)
    ("东方平安，一组村民，因病致贫。包伟与皇甫平安于2024年5月20日办理结婚登记。",
     "东方**，一组村民，因病致贫。包*与皇甫**于2024年5月20日办理结婚登记。"),
    ("皇甫平安持股60%，李伟持股40%。我姓司马，叫司马平安，住在城东小区。",
     "皇甫**持股60%，李*持股40%。我姓**，叫司马**，住在城东小区。"),
    # a judgment's bench holds names whatever words they read as (白雪 was published, 方舟
    # masked *舟), not a transcript's lines
    ("合议庭成员：审判长 白雪 审判员 江河。审判长：方舟；审判员：高洁",
     "合议庭成员：审判长 白* 审判员 江*。审判长：方*；审判员：高*"),
    ("审判长 文明\n审判员 安宁\n人民陪审员 高洁\n书记员 金凤\n二〇二六年十一月二十日",
     "审判长 文*\n审判员 安*\n人民陪审员 高*\n书记员 金*\n二〇二六年十一月二十日"),
    ("审判长：现在开庭。书记员：请当事人入座。审判员：下面进行法庭调查。",
     "审判长：现在开庭。书记员：请当事人入座。审判员：下面进行法庭调查。"),
    # a word after a party's role word, before what only a party does, is a name (方舟, 高山
    # and 和平安 were published)
    ("原告方舟向本院提出诉讼请求。被告人高山以非法占有为目的多次盗窃。被告人和平安归案后如实供述。",
     "原告方*向本院提出诉讼请求。被告人高*以非法占有为目的多次盗窃。被告人和**归案后如实供述。"),
    ("原告全部诉称事实。犯罪嫌疑人已全部归案。", "原告全部诉称事实。犯罪嫌疑人已全部归案。"),
    # how often the named does something is none of the name (天天 was masked, the model sure
    # of it as a name)
    ("隔壁老郝家的孩子郝帅天天在楼道里踢球。", "隔壁老*家的孩子郝*天天在楼道里踢球。"),
    # a delivery rider and a village's bookkeeper are occupations (小 of 外卖小哥 was masked)
    ("我是外卖小哥，被保安拦着不让进小区。村会计王伟说账目已公开。",
     "我是外卖小哥，被保安拦着不让进小区。村会计王*说账目已公开。"),
    # a street vendor is an occupation (吉祥 was published), blocking the road is what they do
    # (占 was masked), and after 我叫 the name is all the alias says (叫…来 cut 燕归来 to 燕归)
    ("城管队员发现摊贩吉祥占道经营。城管队员发现摊贩王伟占道经营。摊主们纷纷表示支持。",
     "城管队员发现摊贩吉*占道经营。城管队员发现摊贩王*占道经营。摊主们纷纷表示支持。"),
    ("尊敬的领导：我叫燕归来，是城南村的村民。他叫张伟来帮忙。",
     "尊敬的领导：我叫燕**，是城南村的村民。他叫张*来帮忙。"),
    # a name whose given name is an ordinary word before 于 and a date, at a clause's start or
    # after 与 (王平安 was published: jieba holds it as a name, 平安 as peaceful)
    ("王平安于2024年5月20日办理结婚登记。包伟与王平安于2024年5月20日办理结婚登记。",
     "王**于2024年5月20日办理结婚登记。包*与王**于2024年5月20日办理结婚登记。"),
    ("甲方与乙方于2024年签订合同。我局与市场监管局于2025年开展联合检查。",
     "甲方与乙方于2024年签订合同。我局与市场监管局于2025年开展联合检查。"),
    # veterans are role words (雷鸣, thunder, and 高山, a mountain, were published)
    ("退役士兵雷鸣于2026年9月退出现役。复员军人高山于2020年去世。",
     "退役士兵雷*于2026年9月退出现役。复员军人高*于2020年去世。"),
    ("烈士陵园、烈士纪念日、烈士家属、烈士褒扬工作。退役士兵安置工作。",
     "烈士陵园、烈士纪念日、烈士家属、烈士褒扬工作。退役士兵安置工作。"),
    # the field of an account's holder holds a name, colon or not (安阳 is a city too)
    ("收款账号6222026100195878，户名安阳。户名变更需提供材料。",
     "收款账号6222********5878，户名安*。户名变更需提供材料。"),
    ("本月，上个月，腊月，每个月，满月酒，蜜月，年月日。公司于3月、5月分别开展检查。",
     "本月，上个月，腊月，每个月，满月酒，蜜月，年月日。公司于3月、5月分别开展检查。"),
    # whom a notice of appointments names at a clause's start (任市 read as a place's start)
    ("郭琳任市发展和改革委员会主任，免去莫伟的市发展和改革委员会主任职务。文飞同志兼任区委常委。",
     "郭*任市发展和改革委员会主任，免去莫*的市发展和改革委员会主任职务。文*同志兼任区委常委。"),
    ("他于2020年调任，曾先后任镇长、区长。同时任区委常委。全市任务艰巨，各级组长要负责。",
     "他于2020年调任，曾先后任镇长、区长。同时任区委常委。全市任务艰巨，各级组长要负责。"),
    # all a form's field holds after a role word, whatever words it reads as (和平安: peace)
    ("户主:和平安 家庭人口:3", "户主:和** 家庭人口:3"),
    ("姓名：能力 性别：男 民族：汉", "姓名：能* 性别：男 民族：汉"),
    ("轮候家庭名单：户主 庄严，家庭人口 3人。", "轮候家庭名单：户主 庄*，家庭人口 3人。"),
    ("姓名：张某 性别：男", "姓名：张某 性别：男"),
    # a deed on a date after a role word and a word of a kind given names are (安宁: peaceful)
    ("当事人安宁于2026年8月未按规定办理健康证明。", "当事人安*于2026年8月未按规定办理健康证明。"),
    ("户主:同上 家庭人口:3；申请人：和解；联系人：不详",
     "户主:同上 家庭人口:3；申请人：和解；联系人：不详"),
    # a dotted name the model reads a part of (Uyghur names: 买买提 and 都拉 were published)
    ("被告人艾力·买买提犯盗窃罪。", "被告人艾*****犯盗窃罪。"),
    ("经查，买买提·吐尔逊于2026年5月在乌鲁木齐市经营餐馆。",
     "经查，买******于2026年5月在乌鲁木齐市经营餐馆。"),
    ("来电人努尔艾力·阿布都拉咨询社保问题。", "来电人努********咨询社保问题。"),
    ("活动主题：丝路·敦煌文化节。", "活动主题：丝路·敦煌文化节。"),
    # whom an assistance record is about, where the model reads an organisation after it; a
    # known name's surname that is a word too (华) stands after such a role word
    ("困难职工帮扶对象：华国锋，某机械厂退休职工。", "困难职工帮扶对象：华**，某机械厂退休职工。"),
    ("救助对象：困难企业职工。", "救助对象：困难企业职工。"),
    # someone named by the surname alone, masked as 王先生's is; not 姓名, 百姓
    ("来电人反映快递员姓付，电话另告。", "来电人反映快递员姓*，电话另告。"),
    ("一名姓王的男子在小区门口摆摊。", "一名姓*的男子在小区门口摆摊。"),
    ("请填写姓名、性别。老百姓的事无小事。", "请填写姓名、性别。老百姓的事无小事。"),
    # a given name that is a word holding a stop character (和平), after a role word; the
    # households of assistance records are role words too
    ("物业保洁员魏和平反映小区垃圾分类不到位。", "物业保洁员魏**反映小区垃圾分类不到位。"),
    ("拆迁户钱和平的补偿款已发放到位。", "拆迁户钱**的补偿款已发放到位。"),
    ("海淀区学院路街道工作人员表示，但昨日咨询居民非常多。",
     "海淀区学院路街道工作人员表示，但昨日咨询居民非常多。"),
    # any relative after 其 is a role word (外甥 was none: 常胜利 published)
    ("来电人称其外甥常胜利被传销组织控制。", "来电人称其外甥常**被传销组织控制。"),
    # relatives are no one, nor is a word left after one (由*母, 与伯父同*)
    ("孩子由祖母抚养，与伯父同住。", "孩子由祖母抚养，与伯父同住。"),
    ("据查，枪支是从祖父家中偷出来的。", "据查，枪支是从祖父家中偷出来的。"),
    ("来电人王奶奶反映楼道堆物。", "来电人*奶奶反映楼道堆物。"),
    # 月 ends dates (三月) and given names: a name's after no numeral (was 邓*月)
    ("拟任人选：邓秋月，现任街道办事处副主任。", "拟任人选：邓**，现任街道办事处副主任。"),
    # the model's whole name, where the rules stop before a word rarer than any name (东犯)
    ("被告人雷晓东犯盗窃罪，判处有期徒刑一年。", "被告人雷**犯盗窃罪，判处有期徒刑一年。"),
    ("患者尚玉梅因病情加重转入上级医院。", "患者尚**因病情加重转入上级医院。"),
    # … or before one jieba tags as a proper name (华以, nz): 周丽 was masked, 华 published
    ("本院认为，被告人周丽华以非法占有为目的，其行为已构成盗窃罪。",
     "本院认为，被告人周**以非法占有为目的，其行为已构成盗窃罪。"),
    # a given name that is a word with the character after the model's name (平安), not where
    # that character begins a common word (东|来电)
    ("覃平安因酒后驾驶被处以罚款2000元。", "覃**因酒后驾驶被处以罚款2000元。"),
    ("王东来电反映小区停车难。", "王*来电反映小区停车难。"),
    # … where the word the next character begins ends in a particle (强于: 刘国强 and 于)
    ("经查，刘国强于2026年3月私拉电线。", "经查，刘**于2026年3月私拉电线。"),
    # the third character the model finds likely after a name it is sure of (罗红|旗), not a
    # verb (陈洋|绕路)
    ("感谢罗红旗医生的悉心照顾。", "感谢罗**医生的悉心照顾。"),
    ("来电人反映出租车驾驶员陈洋绕路多收费。", "来电人反映出租车驾驶员陈*绕路多收费。"),
    # 反 begins the appeal (反映), so ends no name; a place's word between a role word and
    # an appeal is a name (王国, a kingdom); a common noun is none (单位, 信息)
    ("来电人申建反映孩子所在学校违规收费", "来电人申*反映孩子所在学校违规收费"),
    ("来电人王国咨询其名下银行卡", "来电人王*咨询其名下银行卡"),
    ("来电人单位反映工资拖欠", "来电人单位反映工资拖欠"),
    ("申请人信息咨询服务", "申请人信息咨询服务"),
    # a given name found without the surname before it (和|桂英, 由|红霞, 东方|桂芝) is masked
    # with it, not as a name whose first character is its surname (和桂*)
    ("和桂英的父亲已去世，由其祖父傅强担任监护人。", "和**的父亲已去世，由其祖父傅*担任监护人。"),
    ("由红霞承包的鱼塘因暴雨受损，损失约五万元。", "由**承包的鱼塘因暴雨受损，损失约五万元。"),
    ("新生分班名单：一班东方桂芝、丁伟。", "新生分班名单：一班东方**、丁*。"),
    # what drivers and passengers do in complaints after a role word, a given name that is a
    # common noun too (春风), or one character before a verb (能春风, 于平, 能敏 were published;
    # 摔 of 摔倒 was masked)
    ("来电人称出租车司机能春风绕路多收费。经核实，网约车司机于平存在拒载行为。",
     "来电人称出租车司机能**绕路多收费。经核实，网约车司机于*存在拒载行为。"),
    ("公交驾驶员未停稳即开门，乘客能敏摔倒受伤。乘客周俊摔倒受伤。",
     "公交驾驶员未停稳即开门，乘客能*摔倒受伤。乘客周*摔倒受伤。"),
    # who sends a parcel (寄 was masked; 信文明 published), a tour guide is an occupation (华和平
    # was published, 游华 read as a name), and the noun before a word of place is no name's
    # (在行程中: 中 was masked)
    ("黎欢寄出的包裹破损。信文明寄出的包裹破损。经调查，导游华和平未按合同约定安排行程。",
     "黎*寄出的包裹破损。信**寄出的包裹破损。经调查，导游华**未按合同约定安排行程。"),
    ("游客李荣反映导游上官娜在行程中强制购物。", "游客李*反映导游上官*在行程中强制购物。"),
    # for whom an office handles something, to whom it refunds (为何, why: 何桂花 was masked 何桂*;
    # 南宫光明 was published), what a parent does for a child (花华为: 为 was masked)
    ("自来水公司已为何桂花办理水费缓缴手续。培训学校已将学费退还给南宫光明，来电人表示满意。",
     "自来水公司已为何**办理水费缓缴手续。培训学校已将学费退还给南宫**，来电人表示满意。"),
    ("窗口已为申请人办理。已为其办理退费，已退还给申请人。家长花华为孩子报名了课程。",
     "窗口已为申请人办理。已为其办理退费，已退还给申请人。家长花*为孩子报名了课程。"),
    # a list after a heading of names, or of those at a meeting, holds names, words as they
    # may be (时光, 平安, 和平安 were published)
    ("获奖名单：王伟、时光、平安。参会人员：时光明、和平安、于海洋",
     "获奖名单：王*、时*、平*。参会人员：时**、和**、于**"),
    # donors and blood donors are role words (能文明, 白玉兰 were published), a word jieba tags as
    # a name after an occupation is one (甘甜 was masked *甜), and a decision punishes a comrade
    ("爱心人士能文明捐款五万元。献血者白玉兰累计献血4000毫升。护士甘甜为老人接种疫苗。",
     "爱心人士能**捐款五万元。献血者白**累计献血4000毫升。护士甘*为老人接种疫苗。"),
    ("决定给予和平安同志党内警告处分。给予有关同志表扬。",
     "决定给予和**同志党内警告处分。给予有关同志表扬。"),
    # a given name that is an ordinary word after a common surname before a report at a
    # clause's start (黄平安 was published), and what a passenger or a parent does vouches for
    # a given name that is a common word after them (和建设, 华光明 were published)
    ("黄平安反映物业管家态度恶劣。乘客和建设摔倒受伤。家长华光明为孩子报名的课程未开课。",
     "黄**反映物业管家态度恶劣。乘客和**摔倒受伤。家长华**为孩子报名的课程未开课。"),
    ("他说平安反映了大家的心愿。学生毕业因故未归。研究生毕业反映就业难。",
     "他说平安反映了大家的心愿。学生毕业因故未归。研究生毕业反映就业难。"),
    # a form's sign-off of who handled and approved it (和谐, harmony, was published), a
    # notice of loss, a flattened row of a recruitment list (时光明, 高峰 were published)
    ("经办人：文明 复核人：方正 审批人：和谐。遗失声明：时光明不慎遗失身份证，声明作废。",
     "经办人：文* 复核人：方* 审批人：和*。遗失声明：时**不慎遗失身份证，声明作废。"),
    ("录用公示：拟录用人员 高峰 性别 男 学历 本科。审批：同意 记录：无。声明：本站内容均为原创。",
     "录用公示：拟录用人员 高* 性别 男 学历 本科。审批：同意 记录：无。声明：本站内容均为原创。"),
    # what an office signs with, does to or explains to the one a role word names, and whose
    # house or family a record tells of (时光明, 信长江, 时文明, 和建国 were published; 明月 was
    # masked 明*)
    ("街道已与业主时光明签订了补偿协议。法院已对被执行人信长江采取限制高消费措施。",
     "街道已与业主时**签订了补偿协议。法院已对被执行人信**采取限制高消费措施。"),
    ("执法人员依法对经营者时文明进行了约谈。业主时光明的房屋因漏水受损。死者和建国的家属要求赔偿。",
     "执法人员依法对经营者时**进行了约谈。业主时**的房屋因漏水受损。死者和**的家属要求赔偿。"),
    ("业主和物业的矛盾。职工和家属的诉求。双方签订合同。对安全进行处理。业主大会的决议。",
     "业主和物业的矛盾。职工和家属的诉求。双方签订合同。对安全进行处理。业主大会的决议。"),
    # a frame's words around a role word and the name after it (拖欠…工资 around 职工于平安),
    # whom a register changes to, a deputy a reply addresses (于平安, 华光明, 和建设 were
    # published)
    ("用人单位拖欠职工于平安工资1.2万元。与业主和平安因房屋漏水发生纠纷。对职工和家属的关心。",
     "用人单位拖欠职工于**工资1.2万元。与业主和**因房屋漏水发生纠纷。对职工和家属的关心。"),
    ("某协会法定代表人变更为华光明。经营范围变更为餐饮。尊敬的和建设代表：您提出的建议收悉。",
     "某协会法定代表人变更为华**。经营范围变更为餐饮。尊敬的和**代表：您提出的建议收悉。"),
    # a student a decision punishes, leave a person under community correction asks for
    # (时光明, 和建国 were published)
    ("经研究，给予学生时光明留校察看处分。社区矫正对象和建国请假外出，已经批准。给予留校察看处分。",
     "经研究，给予学生时**留校察看处分。社区矫正对象和**请假外出，已经批准。给予留校察看处分。"),
    # a conjunction right after a one-character frame's preposition is a surname, whom someone
    # compensates, lets a house or transfers shares to, a list's last name before whether they
    # qualify, the kind of case a party is in (和平安, 华光明, 和睦, 时光明, 能文明 were published)
    ("王伟与和平安系邻居关系。经调解，和平安同意赔偿华光明医药费2000元。与和平共处的。",
     "王*与和**系邻居关系。经调解，和**同意赔偿华**医药费2000元。与和平共处的。"),
    ("张三将其房屋出租给和睦，租期一年。股东将其持有的30%股权转让给时光明。将房屋出租给他人，",
     "张*将其房屋出租给和*，租期一年。股东将其持有的30%股权转让给时**。将房屋出租给他人，"),
    ("经审查，王伟、时光明均符合条件。上诉人向东方因与被上诉人能文明房屋买卖合同纠纷一案提起上诉。",
     "经审查，王*、时**均符合条件。上诉人向**因与被上诉人能**房屋买卖合同纠纷一案提起上诉。"),
    # a herb before its dose and a medicine that is a whole item are no one's names (陈皮, 甘草
    # and 连翘 were masked 陈*, *草, 连*); what someone takes is none of them
    ("处方：陈皮10克、甘草6克、柴胡9克、连翘10克、黄连3g。",
     "处方：陈皮10克、甘草6克、柴胡9克、连翘10克、黄连3g。"),
    ("黄连上清丸、柴胡注射液、连翘败毒丸。王伟服用感冒胶囊。王伟买了3克黄金。",
     "黄连上清丸、柴胡注射液、连翘败毒丸。王*服用感冒胶囊。王*买了3克黄金。"),
    # this court and what it found is no one (本院查明 was masked 本***); a party who borrows
    # from the other (和平安 was published); a form's label with an aside before its colon
    # (华春风 was published)
    ("本院查明：2023年5月，被告和平安向原告借款10万元。本人王伟声明。",
     "本院查明：2023年5月，被告和**向原告借款10万元。本人王*声明。"),
    ("法定代表人（负责人）：华春风，职务：执行董事。申请人（签字）：时光明",
     "法定代表人（负责人）：华**，职务：执行董事。申请人（签字）：时**"),
    # a caller's own relatives and neighbours are role words (华春风 and 长江 were published,
    # 天天 masked), and 俺叫 says what someone is called as 我叫 does (和顺 was published)
    ("我儿子华春风在学校被同学欺负了。我邻居信长江天天晚上唱歌。俺是和平村的，俺叫和顺。",
     "我儿子华**在学校被同学欺负了。我邻居信**天天晚上唱歌。俺是和平村的，俺叫和*。"),
    ("我妈和我一起去的。我爸和妈妈都退休了。我老公和孩子在家。我邻居家的狗。我姐在上海工作。",
     "我妈和我一起去的。我爸和妈妈都退休了。我老公和孩子在家。我邻居家的狗。我姐在上海工作。"),
    # where a name of three after a role word acts (和爱国 and 能文明 were published), not where
    # a conjunction joins two role words or 在 begins a word
    ("公交12路驾驶员和爱国在站台未停稳即开门。我老公能文明在工地干活时被砸伤了。",
     "公交12路驾驶员和**在站台未停稳即开门。我老公能**在工地干活时被砸伤了。"),
    ("驾驶员和乘客在车上发生争执。司机和平时一样在路口等候。职工和家属在食堂就餐。业主和开发商在谈判。",
     "驾驶员和乘客在车上发生争执。司机和平时一样在路口等候。职工和家属在食堂就餐。业主和开发商在谈判。"),
    # what a landlord, a foreman or an agent promises, owes or hides (时光明, 能文明, 和建国 were
    # published), and a week is no one (一周内修好 was masked 一周**好)
    ("来电人称房东时光明答应退还押金。包工头能文明拖欠工人工资后联系不上。物业经理承诺一周内修好电梯。",
     "来电人称房东时**答应退还押金。包工头能**拖欠工人工资后联系不上。物业经理承诺一周内修好电梯。"),
    # a pronoun at the next clause's start refers to the one just named (能文明 was published)
    ("我们要表扬公交司机能文明，他帮助了一位迷路的老人。申请人须知，他人不得代办。",
     "我们要表扬公交司机能**，他帮助了一位迷路的老人。申请人须知，他人不得代办。"),
    # a role word says whom it names with 为 as with a colon (和平安, 时光明, 能文明 were
    # published), not a body, nor what someone is
    ("经查，涉案车辆登记车主为和平安，实际使用人为时光明。该房屋产权人为能文明、华春风夫妇。",
     "经查，涉案车辆登记车主为和**，实际使用人为时**。该房屋产权人为能**、华**夫妇。"),
    ("被申请人为区政府。申请人为城镇居民。负责人为项目经理。当事人为华侨。驾驶员为安全第一责任人。",
     "被申请人为区政府。申请人为城镇居民。负责人为项目经理。当事人为华侨。驾驶员为安全第一责任人。"),
    # a person's record as an item counted in Chinese numerals, whose copy of an ID card or a
    # household register an annex lists (和平安 and 时光明 were published)
    ("一、和平安，男，1965年生，某村村民；二、时光明，女，1970年生。",
     "一、和**，男，1965年生，某村村民；二、时**，女，1970年生。"),
    ("附件：时光明户口簿复印件。", "附件：时**户口簿复印件。"),
    # a list apart by semicolons, its items with asides (时光明 was published), not clauses
    ("先进个人（5名）：王伟（某街道）；时光明（某社区）；李娜（某村）。王伟负责；李娜配合；请遵照执行。",
     "先进个人（5名）：王*（某街道）；时**（某社区）；李*（某村）。王*负责；李*配合；请遵照执行。"),
    # a heading's field of names apart by blanks, up to six (时光明 and 和平安 were published)
    ("表彰名单：王伟 时光明 李娜 和平安", "表彰名单：王* 时** 李* 和**"),
    ("名单：北京 上海 广州", "名单：北京 上海 广州"),
    # a cell of a role word and a name (和平安 and 时光明 were published)
    ("户主和平安", "户主和**"), ("经办人 时光明", "经办人 时**"), ("联系人和平路", "联系人和平路"),
    # a role word inside a span the model finds likely: the name is after it (权权利人 was
    # masked; 林权, forest rights, the model is sure of as a name, which is left as it is)
    ("林权登记：林权权利人信守诚，林地面积12亩。", "林*登记：林*权利人信**，林地面积12亩。"),
    # conscripts and recruits (时光明 and 马海洋 were published, 新兵 masked 新*), an heir who is
    # a son (向文明 was published), whom a notary acts for (全和平)
    ("应征青年时光明被批准入伍。新兵马海洋入伍后表现突出。新兵赵刚入伍后受到表扬。",
     "应征青年时**被批准入伍。新兵马**入伍后表现突出。新兵赵*入伍后受到表扬。"),
    ("继承人为其子向文明。公证处为全和平办理了继承权公证。",
     "继承人为其子向**。公证处为全**办理了继承权公证。"),
    # what a taxpayer underpays is no name's (少 and 缴 were masked; 和春风 was published)
    ("纳税人和春风少缴税款2万元。纳税人张凤兰少缴个人所得税3万元。纳税人杨燕少缴税款。",
     "纳税人和**少缴税款2万元。纳税人张**少缴个人所得税3万元。纳税人杨*少缴税款。"),
    # a traveller, a sender, a bearer of intangible heritage, a candidate, one at a house's door
    # and whose original a copy matches (all were published); an adopting couple (收养人时海洋
    # was masked 收养****, 向和平 was published)
    ("旅客花海洋携带超量现金入境。海关发现钱玉兰邮寄的包裹内有违禁品。",
     "旅客花**携带超量现金入境。海关发现钱**邮寄的包裹内有违禁品。"),
    ("代表性传承人于红旗从事剪纸技艺。推荐华春风为市级代表性传承人。",
     "代表性传承人于**从事剪纸技艺。推荐华**为市级代表性传承人。"),
    ("收养人时海洋、白飞夫妇。收养人向和平、钱某夫妇。",
     "收养人时**、白*夫妇。收养人向**、钱某夫妇。"),
    ("高爱国家门前堆满垃圾。该复印件与时爱国出示的原件相符。",
     "高**家门前堆满垃圾。该复印件与时**出示的原件相符。"),
    ("专家推荐方案为首选。窗口为群众办理业务。与本人出示的原件相符。旅客携带行李入境。新兵入伍后表现突出。国家门前。",
     "专家推荐方案为首选。窗口为群众办理业务。与本人出示的原件相符。旅客携带行李入境。新兵入伍后表现突出。国家门前。"),
    # prisoners and parolees, legal aid, sport, land transfers and farm subsidies, talent,
    # elderly care, forestry and archives (every name was published; 购机户花立新 was masked
    # 购机户**新, 林农 林*, 查档人 查**, 马拉松 马**, 高尔夫 高**)
    ("经合议庭评议，对罪犯时光明减去有期徒刑八个月。假释犯能文明在考验期内遵守规定。",
     "经合议庭评议，对罪犯时**减去有期徒刑八个月。假释犯能**在考验期内遵守规定。"),
    ("本中心指派律师于红旗为受援人和建设提供法律援助。受援人时文明与某公司劳动争议一案已结案。",
     "本中心指派律师于**为受援人和**提供法律援助。受援人时**与某公司劳动争议一案已结案。"),
    ("裁判员时光明因执裁不公被暂停执裁资格。本届马拉松赛男子组冠军为选手和平安，成绩2小时15分。",
     "裁判员时**因执裁不公被暂停执裁资格。本届马拉松赛男子组冠军为选手和**，成绩2小时15分。"),
    ("村民和春风将其承包地流转给家庭农场主时文明经营。土地流转合同：流出方能建国，流入方向阳合作社。",
     "村民和**将其承包地流转给家庭农场主时**经营。土地流转合同：流出方能**，流入方向阳合作社。"),
    ("甲方能建国，乙方时光明。", "甲方能**，乙方时**。"),
    ("购机户花立新购买收割机一台。经审核，信长江购置的插秧机符合补贴条件。引进人才华春风，博士研究生。",
     "购机户花**购买收割机一台。经审核，信**购置的插秧机符合补贴条件。引进人才华**，博士研究生。"),
    ("经公示无异议，认定和光明具备正高级经济师资格。养老院老人和平安今年九十岁。",
     "经公示无异议，认定和**具备正高级经济师资格。养老院老人和**今年九十岁。"),
    ("护理员华红旗在照护中细心周到。入住人时秋月的子女未按时缴费。林农能海洋申请采伐自留山林木。",
     "护理员华**在照护中细心周到。入住人时**的子女未按时缴费。林农能**申请采伐自留山林木。"),
    ("查档人于文明查询其父亲的工作档案。", "查档人于**查询其父亲的工作档案。"),
    ("市民高尔夫球场。马拉松比赛期间交通管制。", "市民高尔夫球场。马拉松比赛期间交通管制。"),
    # (转入方 is no role word: the subsidy is paid into 方文's name)
    ("补贴已转入方文名下银行卡。律师事务所。律师费用由败诉方承担。当事人信息，当事人须知。",
     "补贴已转入方*名下银行卡。律师事务所。律师费用由败诉方承担。当事人信息，当事人须知。"),
    # accident reports, fraud, procurement, proposals and deputies' suggestions, fires and
    # appeals: what the named did or owes (every name was published)
    ("施工单位项目经理和平安对事故负有直接责任。塔吊司机时光明违章作业。安全员能文明未履行安全检查职责。",
     "施工单位项目经理和**对事故负有直接责任。塔吊司机时**违章作业。安全员能**未履行安全检查职责。"),
    ("经查，于红旗冒充客服人员实施电信诈骗。供货商信长江逾期交货。中标人时光明未按期签订合同。",
     "经查，于**冒充客服人员实施电信诈骗。供货商信**逾期交货。中标人时**未按期签订合同。"),
    ("提案人华红旗委员提出的提案已办结。人大代表和建国提出的建议已答复。",
     "提案人华**委员提出的提案已办结。人大代表和**提出的建议已答复。"),
    ("居民时光明家中发生火灾。当事人和平安对处罚决定不服，申请行政复议。",
     "居民时**家中发生火灾。当事人和**对处罚决定不服，申请行政复议。"),
    ("区政府提出的意见已采纳。国家中长期规划。对处罚决定不服的，可申请复议。律师事务所违章搭建。",
     "区政府提出的意见已采纳。国家中长期规划。对处罚决定不服的，可申请复议。律师事务所违章搭建。"),
    # dogs and their owners (和平安 and 时光明 were published, 金毛 masked 金*, and
    # 狗致人 of 遛狗致人, a span with no surname that begins with a verb), permits, credit,
    # insurance, employers, brokers and training schools (every name was published)
    ("犬只登记：犬主和平安，犬只品种为金毛。犬主时光明未牵绳遛狗致人受伤。",
     "犬只登记：犬主和**，犬只品种为金毛。犬主时**未牵绳遛狗致人受伤。"),
    ("取水许可证持有人和建设超量取水。信用主体于红旗已履行行政处罚决定。被保险人能海洋住院治疗。",
     "取水许可证持有人和**超量取水。信用主体于**已履行行政处罚决定。被保险人能**住院治疗。"),
    ("理赔申请人时光明提交的材料不全。雇主和平安拖欠保姆工资。房产中介经纪人华光明隐瞒房屋抵押情况。",
     "理赔申请人时**提交的材料不全。雇主和**拖欠保姆工资。房产中介经纪人华**隐瞒房屋抵押情况。"),
    ("培训机构负责人和建国卷款跑路。我家的金毛走丢了。",
     "培训机构负责人和**卷款跑路。我家的金毛走丢了。"),
    ("遛狗请牵绳。持有人须知。雇主责任险。", "遛狗请牵绳。持有人须知。雇主责任险。"),
    # "and" joins no adjective to a role word: after one, 和 and an adjective are a name (和平安
    # was published), not where a word crosses its end or a place's word follows
    ("患者和平安在手术后恢复良好。考生和平安被某大学录取。",
     "患者和**在手术后恢复良好。考生和**被某大学录取。"),
    ("保障居民和平安全是首要任务。群众和快乐家园小区业主。居民和美丽乡村建设。",
     "保障居民和平安全是首要任务。群众和快乐家园小区业主。居民和美丽乡村建设。"),
    # a relative between a role word and a name (法定代理人：母亲卢和平: 母亲卢 was read, 和平
    # published), not a field of relatives alone
    ("法定代理人：母亲卢和平。", "法定代理人：母亲卢**。"),
    ("家庭成员：母亲、妻子。联系人：父亲。申请人母亲时光明代为签收。",
     "家庭成员：母亲、妻子。联系人：父亲。申请人母亲时**代为签收。"),
    # "and" a noun after a role word, a chat group and a drink are no one (和物业 was masked
    # 和**, 群里 群*, 王老吉 *老吉)
    ("业主和物业在协商解决。业主群里有人发布了通知。超市里的王老吉饮料过期了。",
     "业主和物业在协商解决。业主群里有人发布了通知。超市里的王老吉饮料过期了。"),
    # a heading of people before a colon heads a list of names as 名单 does (和平安, 时光明
    # were published); bodies in such a list are none
    ("获补贴人员：和平安（一组）、时光明（二组）、能文明（三组）",
     "获补贴人员：和**（一组）、时**（二组）、能**（三组）"),
    ("检查人员：郑伟、于红旗、时光明", "检查人员：郑*、于**、时**"),
    ("参加人员：市公安局、区民政局、王伟", "参加人员：市公安局、区民政局、王*"),
    # prisoners, audits, federations, veterans, martyrs, village cadres, volunteers, elections
    # and discipline (every name was published)
    ("罪犯时光明服刑期间积极参加劳动改造。审计发现，项目负责人和爱国虚报冒领专项资金8万元。",
     "罪犯时**服刑期间积极参加劳动改造。审计发现，项目负责人和**虚报冒领专项资金8万元。"),
    ("妇联执委花海洋帮助留守妇女开展手工编织。老干部于红旗今年95岁，是抗战老兵。",
     "妇联执委花**帮助留守妇女开展手工编织。老干部于**今年95岁，是抗战老兵。"),
    ("烈士广春风，1948年牺牲于淮海战役。党史人物：金和平，1921年生，曾任县委书记。",
     "烈士广**，1948年牺牲于淮海战役。党史人物：金**，1921年生，曾任县委书记。"),
    ("驻村第一书记时海洋带领村民发展特色种植。志愿者和春风累计服务时长超过2000小时。",
     "驻村第一书记时**带领村民发展特色种植。志愿者和**累计服务时长超过2000小时。"),
    ("经选举，成和平当选为副主任。和斌严重违纪违法被开除党籍和公职。给予时爱国党内严重警告处分。",
     "经选举，成**当选为副主任。和*严重违纪违法被开除党籍和公职。给予时**党内严重警告处分。"),
    # an idiom, the party and going home are no name's (拾金不昧 was masked 拾***; 优 of 郭文
    # 优亲厚友, 党 of 张红党内 and 回 of 陈峰回乡 were masked as the names' last characters)
    ("拾金不昧的环卫工人梁飞将捡到的钱包交给派出所。巡察发现，某村党支部书记郭文优亲厚友。",
     "拾金不昧的环卫工人梁*将捡到的钱包交给派出所。巡察发现，某村党支部书记郭*优亲厚友。"),
    ("给予张红党内严重警告处分。企业家陈峰回乡投资兴办加工厂。",
     "给予张*党内严重警告处分。企业家陈*回乡投资兴办加工厂。"),
    # a patient's representative, and what a caller asks of a body is no body's name (王红旗咨询
    # 医院 was read as a hospital's name, 王红旗 published; not a consultancy's)
    ("医疗纠纷调解：患方代表常红旗要求医院公开病历。来电人王红旗咨询医院挂号事宜。",
     "医疗纠纷调解：患方代表常**要求医院公开病历。来电人王**咨询医院挂号事宜。"),
    # what teachers, couriers, cleaners and surgeons do is none of their names (体, 闯, 私, 拾
    # and 术 were masked), nor is the car 将 points to (车停稳 was masked); who returns a phone,
    # finds, falls ill or helps (向爱国, 华和平, 和长江, 金平安 were published)
    ("班主任王文体罚学生。外卖骑手程勇闯红灯被交警查处。快递员冯云私拆包裹被投诉。保洁员梁飞拾到钱包。",
     "班主任王*体罚学生。外卖骑手程*闯红灯被交警查处。快递员冯*私拆包裹被投诉。保洁员梁*拾到钱包。"),
    ("主刀医生刘雷术前未充分告知手术风险。宿管员华和平发现学生夜不归宿。出租车乘客全波遗失的手机已由司机向爱国送回。",
     "主刀医生刘*术前未充分告知手术风险。宿管员华**发现学生夜不归宿。出租车乘客全*遗失的手机已由司机向**送回。"),
    ("公交车驾驶员和长江突发疾病，乘客金平安协助将车停稳。",
     "公交车驾驶员和**突发疾病，乘客金**协助将车停稳。"),
    ("王红旗咨询有限公司。将车停好。", "王红旗咨询有限公司。将车停好。"),
    # 于 after a name is when, 户 a household, and Alzheimer's no one (于, 户 and 尔茨海默病
    # were masked)
    ("请沈娟于收到本通知之日起十日内到我局领取。李军户的房屋在征收范围内。",
     "请沈*于收到本通知之日起十日内到我局领取。李*户的房屋在征收范围内。"),
    ("反映人和爱国的母亲汪磊患有阿尔茨海默病。", "反映人和**的母亲汪*患有阿尔茨海默病。"),
    # letters of thanks, wills, replies and hearings (高立新 was masked *立新; 和春风, 时光明,
    # 于红旗, 全建国 and 信文明 were published), and 名下 after a name (高军名 was read)
    ("致高立新的一封感谢信。致全市人民的一封信。", "致高**的一封感谢信。致全市人民的一封信。"),
    ("遗嘱继承公证：立遗嘱人和春风于2025年立下遗嘱，将房产留给其女时光明。",
     "遗嘱继承公证：立遗嘱人和**于2025年立下遗嘱，将房产留给其女时**。"),
    ("经核实，您反映的于红旗占用公共通道问题属实。", "经核实，您反映的于**占用公共通道问题属实。"),
    ("听证通知：全建国，本机关定于12月10日举行听证。信文明您好，您的诉求已转交属地街道办理。",
     "听证通知：全**，本机关定于12月10日举行听证。信**您好，您的诉求已转交属地街道办理。"),
    ("被执行人高军名下无可供执行财产。", "被执行人高*名下无可供执行财产。"),
    # news of people: whom a reporter meets or a passer-by sees fall, what someone carries or
    # has always done, a spouse, whom a quote calls (every name was published), and what is
    # said after a name (始终坚守, 曾, 一, 时 were masked)
    ("记者见到师文明时，他正在地里忙着收玉米。看到和平安摔倒在地，路过的市民立即上前搀扶。",
     "记者见到师**时，他正在地里忙着收玉米。看到和**摔倒在地，路过的市民立即上前搀扶。"),
    ("程红旗拿着锦旗来到派出所。多年来，信秋月始终坚守在教学一线。多年来，和鹏始终坚守在教学一线。",
     "程**拿着锦旗来到派出所。多年来，信**始终坚守在教学一线。多年来，和*始终坚守在教学一线。"),
    ("白兵曾获全国五一劳动奖章。于平一家三口住在老房子里。",
     "白*曾获全国五一劳动奖章。于*一家三口住在老房子里。"),
    ("常伟和妻子时文明靠养殖脱贫致富。冯云和妻子朱旭靠养殖脱贫致富。",
     "常*和妻子时**靠养殖脱贫致富。冯*和妻子朱*靠养殖脱贫致富。"),
    ("“华红旗，你家的水管又漏了。”邻居喊道。记者见到李建时，他正在地里忙着收玉米。",
     "“华**，你家的水管又漏了。”邻居喊道。记者见到李*时，他正在地里忙着收玉米。"),
    ("说起童话，自然使我联想到儿童画。我和妻子商量过了。",
     "说起童话，自然使我联想到儿童画。我和妻子商量过了。"),
    # a spouse is a relative (其配偶时娜 was published), and whose passport, papers, deeds or
    # child, or what someone does with a wallet found, says a name (all were published)
    ("李伟申请将户口迁入其配偶时娜户内。和爱国的出入境证件申请已受理。于红旗的护照因过期已失效。",
     "李*申请将户口迁入其配偶时*户内。和**的出入境证件申请已受理。于**的护照因过期已失效。"),
    ("和爱国的事迹被多家媒体报道。华光明的孩子在接种疫苗后出现发热。金和平将拾到的钱包交给了派出所。",
     "和**的事迹被多家媒体报道。华**的孩子在接种疫苗后出现发热。金**将拾到的钱包交给了派出所。"),
    # petitions, callers and villages: whom a letter accuses, who says they lent, who calls,
    # petitions, farms, leads or is a household commended (every name was published; 和明家
    # was masked 和**, the model reading 明家)
    ("石伟来信称，高红旗在村集体土地上违法建房。信访事项：周伟反映和海洋拖欠工程款。",
     "石*来信称，高**在村集体土地上违法建房。信访事项：周*反映和**拖欠工程款。"),
    ("华和平称其于2022年借给龙伟人民币5万元。你好，我是时爱国，住在幸福小区。信文明多次到市政府上访。",
     "华**称其于2022年借给龙*人民币5万元。你好，我是时**，住在幸福小区。信**多次到市政府上访。"),
    ("李伟承包的土地流转给和爱国种植水稻。于红旗承包的土地流转给和建国种植水稻。",
     "李*承包的土地流转给和**种植水稻。于**承包的土地流转给和**种植水稻。"),
    ("村民小组长和平安组织召开了村民会议。该村能文明家被评为“最美家庭”。信文明，一组村民，因病致贫。",
     "村民小组长和**组织召开了村民会议。该村能**家被评为“最美家庭”。信**，一组村民，因病致贫。"),
    ("社区书记和爱国带队走访了辖区企业。该村和明家被评为“最美家庭”。",
     "社区书记和**带队走访了辖区企业。该村和*家被评为“最美家庭”。"),
    ("我是幸福小区的业主。称，区政府在研究。", "我是幸福小区的业主。称，区政府在研究。"),
    # courts, registers and disclosure replies: to whom a debt is repaid, who a judgment orders,
    # whose business or request, whom a reply addresses (every name was published)
    ("被告刘伟辩称，其已向原告和红旗归还部分借款。判决如下：被告和爱国于本判决生效之日起十日内偿还借款。",
     "被告刘*辩称，其已向原告和**归还部分借款。判决如下：被告和**于本判决生效之日起十日内偿还借款。"),
    ("和爱国个体工商户营业执照已注销。金和平为该企业的实际经营者。非正常户认定：信文明（个体）。",
     "和**个体工商户营业执照已注销。金**为该企业的实际经营者。非正常户认定：信**（个体）。"),
    ("时光明：本机关于2024年6月3日收到您提出的申请。经检索，本机关未制作或获取金爱国所申请的信息。",
     "时**：本机关于2024年6月3日收到您提出的申请。经检索，本机关未制作或获取金**所申请的信息。"),
    ("现将高明的申请转交区自然资源局办理。如对本答复不服，于红旗可在收到之日起六十日内申请行政复议。",
     "现将高*的申请转交区自然资源局办理。如对本答复不服，于**可在收到之日起六十日内申请行政复议。"),
    ("现将有关情况报告如下。", "现将有关情况报告如下。"),
    # arbitration, enforcement, medical complaints, callers' words, relief and traffic (every
    # name was published; 主张公司 was read as a company's name)
    ("金爱国主张公司拖欠其加班费，公司不予认可。经询问，和春风承认其未办理相关手续。",
     "金**主张公司拖欠其加班费，公司不予认可。经询问，和**承认其未办理相关手续。"),
    ("当事人信文明对违法事实无异议。患者家属刘伟投诉医生向文明服务态度差。",
     "当事人信**对违法事实无异议。患者家属刘*投诉医生向**服务态度差。"),
    ("于红旗这个人经常在楼道里抽烟。我是和春风的女儿，我妈一个人在家。我跟信文明说过好几次了。",
     "于**这个人经常在楼道里抽烟。我是和**的女儿，我妈一个人在家。我跟信**说过好几次了。"),
    ("残疾人文胜利，肢体三级，申请困难残疾人生活补贴。经鉴定，金和平的伤残等级为九级。",
     "残疾人文**，肢体三级，申请困难残疾人生活补贴。经鉴定，金**的伤残等级为九级。"),
    ("孤儿广光明由其祖父张伟监护。华伟将车辆借给无证的万和平驾驶。其同伙时平安在逃。",
     "孤儿广**由其祖父张*监护。华*将车辆借给无证的万**驾驶。其同伙时**在逃。"),
    ("这个人经常在楼道里抽烟。公司的车辆违规停放。",
     "这个人经常在楼道里抽烟。公司的车辆违规停放。"),
    # schools, penalties, cadres' news, meetings, votes and tenders (every name was published)
    ("特岗教师和平安在乡村学校任教五年。金和平的学籍信息存在错误。学生信文明以优异成绩被录取。",
     "特岗教师和**在乡村学校任教五年。金**的学籍信息存在错误。学生信**以优异成绩被录取。"),
    ("当事人时光明未经批准擅自占用耕地建房。个体工商户全建国销售过期食品。",
     "当事人时**未经批准擅自占用耕地建房。个体工商户全**销售过期食品。"),
    ("市委书记时光明主持召开专题会议。区长和爱国强调，要压实安全生产责任。",
     "市委书记时**主持召开专题会议。区长和**强调，要压实安全生产责任。"),
    ("信文明说：“我们将继续加大投入。”经民主推荐，信文明得票最多。于红旗作为评审专家参与了评审。",
     "信**说：“我们将继续加大投入。”经民主推荐，信**得票最多。于**作为评审专家参与了评审。"),
    ("市长热线已受理。区长信箱。记者从有关方面了解到。",
     "市长热线已受理。区长信箱。记者从有关方面了解到。"),
    # a doctor on duty, a household's house, who someone is in a village, a land user, a
    # merchant, whom a follow-up call reached (every name was published), and a cell of two
    # names apart by an ideographic space (涛 was published)
    ("当日值班医生于红旗接诊后立即进行抢救。安爱国户的房屋已纳入棚户区改造范围。信文明是村里的护林员。",
     "当日值班医生于**接诊后立即进行抢救。安**户的房屋已纳入棚户区改造范围。信**是村里的护林员。"),
    ("该宗地原使用权人为全和平。投诉人范伟称，商家金文明拒绝履行三包义务。回访时花海洋表示对处理结果满意。",
     "该宗地原使用权人为全**。投诉人范*称，商家金**拒绝履行三包义务。回访时花**表示对处理结果满意。"),
    ("时涛\u3000蔡伟", "时*\u3000蔡*"), ("北京\u3000上海", "北京\u3000上海"),
    ("商家拒绝退款。用户的房屋。这是一名志愿者。", "商家拒绝退款。用户的房屋。这是一名志愿者。"),
    # yesterday, the company someone works for, a hearing missed, complaints made again and
    # again, forged papers, contributions, an interview, a sale found, an objection (every name
    # was published)
    ("时光明于昨日下午到社区服务中心办理了老年证。于红旗所在的企业已申请破产。",
     "时**于昨日下午到社区服务中心办理了老年证。于**所在的企业已申请破产。"),
    ("因金秋月未到场，本次听证延期举行。信文明先后多次向有关部门反映情况。",
     "因金**未到场，本次听证延期举行。信**先后多次向有关部门反映情况。"),
    ("时爱国持伪造的结婚证明材料申请登记。单位未按规定为信海洋缴存住房公积金。",
     "时**持伪造的结婚证明材料申请登记。单位未按规定为信**缴存住房公积金。"),
    ("环保部门约谈了花海洋，要求其立即停止夜间施工。抽检发现程红旗销售的蔬菜农药残留超标。于红旗对抽检结果有异议。",
     "环保部门约谈了花**，要求其立即停止夜间施工。抽检发现程**销售的蔬菜农药残留超标。于**对抽检结果有异议。"),
    # a result, an identity card held, a large farming household, a title's review, a carer
    # whose name is a county's, a certificate issued for someone, a parolee's village and a
    # comrade of a compound surname (车成以 was masked 车**, 以 with it; every other name was
    # published), and words that are no one (林木 and 品目 were masked 林* and 品*)
    ("在全省游泳锦标赛中，选手车成以1分02秒的成绩获得第一名。查档人信文明持身份证到馆查阅房产档案。",
     "在全省游泳锦标赛中，选手车*以1分02秒的成绩获得第一名。查档人信**持身份证到馆查阅房产档案。"),
    ("村集体将荒山流转给养殖大户时光明，期限十年。经专家组评审，信文明具备副高级专业技术职务任职资格。",
     "村集体将荒山流转给养殖大户时**，期限十年。经专家组评审，信**具备副高级专业技术职务任职资格。"),
    ("社区护理员江华未按约定时间上门服务。档案馆已为常超出具档案证明。档案馆为向海燕出具了查档证明。",
     "社区护理员江*未按约定时间上门服务。档案馆已为常*出具档案证明。档案馆为向**出具了查档证明。"),
    ("据社区矫正对象金秋月所在村反映，其表现良好。经认定，东方平安同志符合引进人才条件。",
     "据社区矫正对象金**所在村反映，其表现良好。经认定，东方**同志符合引进人才条件。"),
    ("林木采伐许可证已核发。机具品目为插秧机。图书馆为读者出具借阅证明。街道为向群众办理业务开设窗口。",
     "林木采伐许可证已核发。机具品目为插秧机。图书馆为读者出具借阅证明。街道为向群众办理业务开设窗口。"),
    # the cases and contacts of an epidemic, where they stay or went, a worker's fall, a
    # merchant in the shop, a workshop someone runs, a member's proposal, a deputy of a compound
    # surname, a trademark's owner, a boat's owner and a driver's hours (each name was
    # published, or 蓝凤兰 masked *凤*), and what follows a name of two that is none of it
    # (参, 申 and 连 were masked)
    ("无症状感染者和斌已居家隔离。次密接全和平已居家观察。病例于平安的活动轨迹已公布。",
     "无症状感染者和*已居家隔离。次密接全**已居家观察。病例于**的活动轨迹已公布。"),
    ("工人和爱国从高处坠落。商户于红旗在店内违规充电。金和平开办的作坊已被查处。",
     "工人和**从高处坠落。商户于**在店内违规充电。金**开办的作坊已被查处。"),
    ("和春风委员建议增设公交线路。南宫红旗代表提出的建议得到积极回应。该商标注册人为白雪梅，注册号第1号。",
     "和**委员建议增设公交线路。南宫**代表提出的建议得到积极回应。该商标注册人为白**，注册号第1号。"),
    ("渔船船主蓝凤兰被查处。客运驾驶员能红旗连续驾驶6小时。刘坤参与竞拍。债权人和磊申报债权。",
     "渔船船主蓝**被查处。客运驾驶员能**连续驾驶6小时。刘*参与竞拍。债权人和*申报债权。"),
    ("职工代表表示赞同。部分委员认为应当修改。次密接已落实管控。",
     "职工代表表示赞同。部分委员认为应当修改。次密接已落实管控。"),
    # a list of donors none of whom was found, a field's list, who among donors gave, a
    # driver, what an inspection found someone doing, a case's onset (each name was
    # published), and the days before a name of two (近 was masked)
    ("捐款名单：时光明（500元）、成长江（300元）。户主：时光明、成长江。",
     "捐款名单：时**（500元）、成**（300元）。户主：时**、成**。"),
    ("评标委员会成员：时光明、成长江、王某某。名单：王某、李某某。",
     "评标委员会成员：时**、成**、王某某。名单：王某、李某某。"),
    ("其中华文明个人捐款2000元。货车司机于建设驾驶超载车辆被查处。",
     "其中华**个人捐款2000元。货车司机于**驾驶超载车辆被查处。"),
    ("排查发现，和敏在楼道内堆放纸箱。病例和春风发病前曾到过菜市场。经排查，王超近14天无外出史。",
     "排查发现，和*在楼道内堆放纸箱。病例和**发病前曾到过菜市场。经排查，王*近14天无外出史。"),
    ("其中部分捐款用于助学。其中企业捐款100万元。示范村名单：和平村、向阳村。",
     "其中部分捐款用于助学。其中企业捐款100万元。示范村名单：和平村、向阳村。"),
    # a cashier an audit names, whom a meeting's minutes say gave instructions, whom a
    # reporter asks, a claimant for state compensation, a cadre's favouritism (each name was
    # published), what follows a name of two (伙 was masked) and a section (出纳科 was masked)
    ("审计发现，该单位出纳任凯挪用公款8万元。定点药店店长田伟伙同他人骗取医保基金。",
     "审计发现，该单位出纳任*挪用公款8万元。定点药店店长田*伙同他人骗取医保基金。"),
    ("会议由周强主持，华和平作了工作部署。记者：请问于红旗局长，今年有何打算？",
     "会议由周*主持，华**作了工作部署。记者：请问于**局长，今年有何打算？"),
    ("赔偿请求人文建军对赔偿决定不服。村民反映村干部时爱国优亲厚友。村干部能文明以权谋私。",
     "赔偿请求人文**对赔偿决定不服。村民反映村干部时**优亲厚友。村干部能**以权谋私。"),
    ("出纳员每日对账。会计师事务所已出具报告。出纳科负责收支。",
     "出纳员每日对账。会计师事务所已出具报告。出纳科负责收支。"),
    # whom a court's notice addresses, the first of a list after a role word (both were
    # published), and what follows a name of two (带 was masked)
    ("时光明：本院受理原告诉你离婚纠纷一案。市领导能文明、成伟参加活动。",
     "时**：本院受理原告诉你离婚纠纷一案。市领导能**、成*参加活动。"),
    ("副市长黄林带队检查。本次活动由白雪主持，钱伟致辞。",
     "副市长黄*带队检查。本次活动由白*主持，钱*致辞。"),
    ("公告：本院受理原告某公司诉被告某厂一案。各当事人：本院定于下周开庭。通知：本局将于下周检查。",
     "公告：本院受理原告某公司诉被告某厂一案。各当事人：本院定于下周开庭。通知：本局将于下周检查。"),
    # a signature's field, someone ordered on the spot, the other of a mother and a son, whose
    # document a disclosure request asks for (each name was published, or 文胜利 masked 文*利)
    ("签字：金秋月", "签字：金**"),
    ("文胜利于现场被责令停止违法行为。吴燕同花芳系母子关系。",
     "文**于现场被责令停止违法行为。吴*同花*系母子关系。"),
    ("您申请公开的“信海洋的土地征收补偿协议”涉及第三方个人隐私。",
     "您申请公开的“信**的土地征收补偿协议”涉及第三方个人隐私。"),
    ("同事系统。同比增长。该公司于现场办公。", "同事系统。同比增长。该公司于现场办公。"),
    # a comrade whose given name is a name's word, and the life before a death (于红旗 and
    # 信文明 were published, 生 of 邬红生前 masked), and no one in a veteran comrade (老红军
    # was masked 老**)
    ("于红旗同志病逝。信文明生前系退休教师。邬红生前系教师。",
     "于**同志病逝。信**生前系退休教师。邬*生前系教师。"),
    ("老红军同志。老党员同志。新生前来报到。", "老红军同志。老党员同志。新生前来报到。"),
    ("张伟两地分居多年。王芳、李强两个社区的干部参加。",
     "张*两地分居多年。王*、李*两个社区的干部参加。"),
    ("张伟等人在公司加班。王芳等三人到银行办理。李强等企业家座谈。",
     "张*等人在公司加班。王*等三人到银行办理。李*等企业家座谈。"),
    # who is on duty on a roster's day (方平 was published, 周一王伟 masked 周**伟)
    ("本周值班：周一方平，周二段伟。带班领导：周一王伟、周二李强",
     "本周值班：周一方*，周二段*。带班领导：周一王*、周二李*"),
    ("值班安排：周三全天，周四上午。", "值班安排：周三全天，周四上午。"),
    # what follows a name of two that is none of it (来, 以 and 工 were masked)
    ("能兵来我局反映问题。学生师磊以优异成绩被录取。其丈夫常华工伤死亡。",
     "能*来我局反映问题。学生师*以优异成绩被录取。其丈夫常*工伤死亡。"),
    ("本院认为，被告人郭文以非法占有为目的，秘密窃取他人财物。",
     "本院认为，被告人郭*以非法占有为目的，秘密窃取他人财物。"),
    # who a role word says someone is with 是, whom a reporter reached (both were published),
    # a judge sitting alone (独 was masked)
    ("该工程的施工负责人是时爱国。记者联系上了向文明。本案由审判员李文独任审理。",
     "该工程的施工负责人是时**。记者联系上了向**。本案由审判员李*独任审理。"),
    ("申请人是区政府。联系人是该公司。学生是祖国的未来。",
     "申请人是区政府。联系人是该公司。学生是祖国的未来。"),
    # a letter's greeting after a comma, whom an office recommends for a selection, someone
    # long gone from home, whose mother writes (each name was published), and a first day at
    # work after a name of two (入 was masked)
    ("和涛，你好！你反映的问题已转相关部门处理。推荐程红旗参加评选。因江军长期未归，其家属申请宣告失踪。",
     "和*，你好！你反映的问题已转相关部门处理。推荐程**参加评选。因江*长期未归，其家属申请宣告失踪。"),
    ("周伟老师，我是和海洋的妈妈。今天是邬红入职的第一天。",
     "周*老师，我是和**的妈妈。今天是邬*入职的第一天。"),
    # whom a disciplinary notice's finding is about (能平 was published)
    ("经查，能平丧失理想信念，违规收受礼品礼金。经查，该公司违规收费。",
     "经查，能*丧失理想信念，违规收受礼品礼金。经查，该公司违规收费。"),
    # who smiles as they speak, where the rules read the given name's last character as a
    # surname (云笑着: 冯云 and 张淑华 were published, 笑着 masked), whom a reporter learnt from
    # (published), and what follows a name of two (都 and 带 were masked)
    ("冯云笑着说：“日子越过越红火了。”张淑华笑着说：“好。”",
     "冯*笑着说：“日子越过越红火了。”张**笑着说：“好。”"),
    ("每天清晨，李莹都会准时出现在菜市场。和鹏带着记者走进大棚。记者从能春风处了解到情况。",
     "每天清晨，李*都会准时出现在菜市场。和*带着记者走进大棚。记者从能**处了解到情况。"),
    # a word of when between a name and what it does (时海洋 was published)
    ("社区矫正对象时海洋本月按时报到。杭州本月申请了专项资金。",
     "社区矫正对象时**本月按时报到。杭州本月申请了专项资金。"),
    # a working group's heading spaced out to align (成 was masked), an office taken after a
    # name of two (任 was masked), a deputy head (于平安 was published)
    ("成　员：任凯、张楠、李某某", "成　员：任*、张*、李某某"),
    ("工作专班由刘军任组长，孟莹任副组长。副组长：于平安（区政府办主任）",
     "工作专班由刘*任组长，孟*任副组长。副组长：于**（区政府办主任）"),
    # Tibetan and Mongolian names, which have no surname (both were published), and a list of
    # them before how many they are (尼玛 was published; 三 of 刘洋三人 masked)
    ("来电人次仁多吉反映其草场被占用。牧民其其格的羊群被狼袭击。",
     "来电人次***反映其草场被占用。牧民其**的羊群被狼袭击。"),
    ("拉巴次仁、边巴、尼玛三人参加培训。李强、刘洋三人参会。",
     "拉***、边*、尼*三人参加培训。李*、刘*三人参会。"),
    ("乌兰察布市、呼和浩特市。牧民乌兰察布市人。", "乌兰察布市、呼和浩特市。牧民乌兰察布市人。"),
    # whose report a reply's title names, whom an office told the result (both were published)
    ("关于高军反映某小区违章搭建问题的处理意见", "关于高*反映某小区违章搭建问题的处理意见"),
    ("区住建局已约谈物业，并将结果告知华春风。", "区住建局已约谈物业，并将结果告知华**。"),
    ("关于群众反映的问题。并将结果告知群众。告知申请人。",
     "关于群众反映的问题。并将结果告知群众。告知申请人。"),
    # a pupil of a compound surname (平安 was published), whom a school recommended, what a
    # graduate and a worker did (published), and claiming benefits (申 was masked)
    ("司马平安同学在全国大赛中获一等奖。经学校推荐，华文明获得国家奖学金。毕业生时爱国已与某公司签约。",
     "司马**同学在全国大赛中获一等奖。经学校推荐，华**获得国家奖学金。毕业生时**已与某公司签约。"),
    ("贾坤申领失业保险金。全体同学。中学同学聚会。", "贾*申领失业保险金。全体同学。中学同学聚会。"),
    # a pension's certification done, costs claimed (both were published), a builder's
    # double post (同 was masked)
    ("和涛已完成2026年度养老保险待遇领取资格认证。和斌报销住院医疗费用1.2万元。注册建造师师磊同时在两个项目任职。",
     "和*已完成2026年度养老保险待遇领取资格认证。和*报销住院医疗费用1.2万元。注册建造师师*同时在两个项目任职。"),
    # a bid won and what a buyer shall do (以 and 应 were masked), whom a patrol found
    # driving a boat and whose proposal a member made (both published), a list of donations
    # (明明, an adverb to the model, was published) and one naming no one
    ("竞买人李辉以最高价竞得该地块。买受人和杰应于拍卖成交后十日内付清余款。",
     "竞买人李*以最高价竞得该地块。买受人和*应于拍卖成交后十日内付清余款。"),
    ("执法人员巡查时发现能军驾驶无证渔船在禁渔区捕捞。发现车辆驾驶人未系安全带。",
     "执法人员巡查时发现能*驾驶无证渔船在禁渔区捕捞。发现车辆驾驶人未系安全带。"),
    ("政协委员金兵提交的提案已办结。", "政协委员金*提交的提案已办结。"),
    ("慈善捐款名单：明明500元，成某300元，某公司2000元。",
     "慈善捐款名单：**500元，成某300元，某公司2000元。"),
    ("捐款名单：单位2000元，个人500元，黄金300元。",
     "捐款名单：单位2000元，个人500元，黄金300元。"),
    # a given name that is a name's word, before an honorific (both were published)
    ("感谢于红旗女士长期资助贫困学生。华红旗爷爷获评金婚夫妻。五星红旗同志们。",
     "感谢于**女士长期资助贫困学生。华**爷爷获评金婚夫妻。五星红旗同志们。"),
    # a traveller's passport, a driver whose name starts with a rare adverb (常新, ever new),
    # a legal aid application, felling without a permit (all four were published)
    ("出境人员高欢所持护照有效期不足六个月。出租车司机常新华绕路多收费。司机明天到。",
     "出境人员高*所持护照有效期不足六个月。出租车司机常**绕路多收费。司机明天到。"),
    ("法律援助中心受理了和春风的法律援助申请。华和平在未取得采伐许可证的情况下擅自砍伐杉木。杭州在未来五年。",
     "法律援助中心受理了和**的法律援助申请。华**在未取得采伐许可证的情况下擅自砍伐杉木。杭州在未来五年。"),
    # a party joined to the other by its role word (信平安 was published), and no one
    ("男方信平安与女方龙某自愿结婚。业主和物业与业主委员会协商。",
     "男方信**与女方龙某自愿结婚。业主和物业与业主委员会协商。"),
    # whom an IOU's writer borrowed from, a lease's parties, a head nurse thanked (published or
    # masked in part), a visit (上门 was masked), a news item's credits and none in a credit
    ("今借到王军人民币五万元整。出租方：华光明　承租方：和敏　租期一年。",
     "今借到王*人民币五万元整。出租方：华**　承租方：和*　租期一年。"),
    ("特此向司马爱国护士长表示感谢！特此向和爱国护士长表示感谢！物业工作人员向明上门查看。",
     "特此向司马**护士长表示感谢！特此向和**护士长表示感谢！物业工作人员向*上门查看。"),
    ("文/时飞 图/和红旗（文/新华社 图/视觉中国）", "文/时* 图/和**（文/新华社 图/视觉中国）"),
    # what officials do in meeting and visit reports (实 was masked; the others published)
    ("王超实地察看了河道整治现场。和爱国为获奖代表颁发了证书。于红旗对下一步工作作了具体部署。",
     "王*实地察看了河道整治现场。和**为获奖代表颁发了证书。于**对下一步工作作了具体部署。"),
    # a caller's own words: money owed, someone's dad, what someone did or is (钱, 他, 爸, 太,
    # 打, 帮 were masked), whom a caller asks for (published); 其 begins given names
    ("李莹，你欠的钱什么时候还？车成他爸昨天在楼下摔了一跤。师杰他爸也来了。",
     "李*，你欠的钱什么时候还？车*他爸昨天在楼下摔了一跤。师*他爸也来了。"),
    ("你们那个邓莹太不负责任了。我是替赵磊打的电话。上次是李建帮我办的。这事和敏知道。",
     "你们那个邓*太不负责任了。我是替赵*打的电话。上次是李*帮我办的。这事和*知道。"),
    ("我找全和平，他说这事归他管。钱其琛就筹委会的工作谈了三点意见。",
     "我找全**，他说这事归他管。钱**就筹委会的工作谈了三点意见。"),
    ("华光明你好，你的体检报告已出。大家你好。", "华**你好，你的体检报告已出。大家你好。"),
    # a candidate's admission ticket and a personnel file (both published), titles of office and
    # a report of deeds after a name (总, 副 and 先 were masked)
    ("考生于军，准考证号20240315。花海洋的人事档案已转至市人才交流中心。",
     "考生于*，准考证号20240315。花**的人事档案已转至市人才交流中心。"),
    ("王璐总经理介绍了规划。我院刘坤副教授的论文被收录。常超先进事迹报告会举行。",
     "王*总经理介绍了规划。我院刘*副教授的论文被收录。常*先进事迹报告会举行。"),
    # a family commended (江一 was read and 江长 published; 文胜利 was published)
    ("江长江一家被评为市级文明家庭。文胜利家庭获评最美家庭称号。",
     "江**一家被评为市级文明家庭。文**家庭获评最美家庭称号。"),
    # news of art, business, friends and sport: 书法, 微, 小, 以, 信, 激 were masked, 时爱国
    # published
    ("邓莹的书法作品入选书法展。包杰认为，这一政策对小微企业帮助很大。李莹和涂秀英是同村的发小。",
     "邓*的书法作品入选书法展。包*认为，这一政策对小微企业帮助很大。李*和涂**是同村的发小。"),
    ("在决赛中，明华以3比1战胜单芳。师磊信心满满。上官敏激动得说不出话来。时爱国打破了市纪录。",
     "在决赛中，明*以3比1战胜单*。师*信心满满。上官*激动得说不出话来。时**打破了市纪录。"),
    # a list apart by an ideographic space, a caller named by their flat (both published)
    ("获奖名单：方某　上官红旗", "获奖名单：方某　上官**"),
    ("3号楼502室和斌反映楼上漏水。会议室反映良好。", "3号楼502室和*反映楼上漏水。会议室反映良好。"),
    # a given name that is a noun, before what the clause's subject tells (和春风 was published)
    ("和春风告诉记者，她已经连续五年参加这项活动。春风告诉我们。",
     "和**告诉记者，她已经连续五年参加这项活动。春风告诉我们。"),
    # a foreigner holding a visa (高明 was published; 持 masked once it was found)
    ("外籍人士高明持工作签证入境。", "外籍人士高*持工作签证入境。"),
    # whose petition a review upholds (时爱国 published, 信 of 包欢信访 masked), whose request a
    # disclosure reply finds nothing for (published)
    ("复查机关维持了对时爱国信访事项的处理意见。复查机关维持了对包欢信访事项的处理意见。",
     "复查机关维持了对时**信访事项的处理意见。复查机关维持了对包*信访事项的处理意见。"),
    ("经检索，本机关未制作信文明申请公开的信息。", "经检索，本机关未制作信**申请公开的信息。"),
    # on behalf of one's father (其父 was masked), a name ending in 林 before 长期 (no forest
    # chief: 安林 was published while 林长 was a role word), a day after a name (于 was masked)
    ("来电人代其父邓莹咨询高龄津贴申领事宜。其邻居安林长期在楼道堆放杂物。市民称其母亲王杨于昨日就诊。",
     "来电人代其父邓*咨询高龄津贴申领事宜。其邻居安*长期在楼道堆放杂物。市民称其母亲王*于昨日就诊。"),
    # who provided the material (published)
    ("以上材料由信文明提供。该证明由单位出具。", "以上材料由信**提供。该证明由单位出具。"),
    # a name found in part where it is found whole later (华 was published)
    ("承办单位已与明新华电话联系，明新华表示满意。", "承办单位已与明**电话联系，明**表示满意。"),
    # a household admitted to assistance (家 was masked), a candidate's votes (published)
    ("经村民代表大会评议，同意周伟家纳入低保。候选人信文明得票过半数。",
     "经村民代表大会评议，同意周*家纳入低保。候选人信**得票过半数。"),
    # what a defence says the accused is (系 and 初 were masked)
    ("被告人冯雷的辩护人提出冯雷系初犯、偶犯的辩护意见。",
     "被告人冯*的辩护人提出冯*系初犯、偶犯的辩护意见。"),
    # building before approval (批先建 was masked)
    ("某公司法定代表人田云因未批先建被处以罚款。", "某公司法定代表人田*因未批先建被处以罚款。"),
    # kin taken along (the model read 李玉梅携子万 as one and 海洋 was published; 携子 masked)
    ("李玉梅携子万海洋前来办理户口迁移。包杰携子张秀兰前来。携手共进。",
     "李**携子万**前来办理户口迁移。包*携子张**前来。携手共进。"),
    # a forest's chief after the level (the model read 林长全 and 林长文博; 长 was masked), and
    # the chiefs' systems (林长制 and 路长制 were masked)
    ("本村林长全和平负责森林防火巡查，县级林长孙静带队巡林。推行林长制。",
     "本村林长全**负责森林防火巡查，县级林长孙*带队巡林。推行林长制。"),
    ("推行河长制，落实湖长制和田长制、路长制。", "推行河长制，落实湖长制和田长制、路长制。"),
    # what an applicant intends (拟 was masked), who crossed the border (published), whom special
    # care is for, said by 系 after a comma (published), what a sole trader runs (经营 was masked)
    ("取水许可申请人刘华拟在承包地打井取水。南宫光明持往来港澳通行证出境。",
     "取水许可申请人刘*拟在承包地打井取水。南宫**持往来港澳通行证出境。"),
    ("重点优抚对象和春风，系一级伤残军人。经营者向华经营的小吃店申请注销登记。",
     "重点优抚对象和**，系一级伤残军人。经营者向*经营的小吃店申请注销登记。"),
    # who holds a certificate, a brave act, a volunteer's hours (all published)
    ("经认定，和华具备高级中学教师资格。经认定，金光明具备教师资格。经认定，上官平安具备教师资格。",
     "经认定，和*具备高级中学教师资格。经认定，金**具备教师资格。经认定，上官**具备教师资格。"),
    ("华文明跳入河中救起落水儿童。志愿者向和平本年度累计志愿服务320小时。",
     "华**跳入河中救起落水儿童。志愿者向**本年度累计志愿服务320小时。"),
    # a list the count of its people ends, its other name masked already or not (the first
    # was published), and a name of one character doubled (明明, obviously: published)
    ("本月津贴发放对象新增信文明、胡丽两人。名单新增东方平安、凌*两人。",
     "本月津贴发放对象新增信**、胡*两人。名单新增东方**、凌*两人。"),
    ("采伐许可证：申请人明明，采伐地点某村后山。", "采伐许可证：申请人**，采伐地点某村后山。"),
    # whom the police stop from sending money (published; 陌生 was masked), whose account an
    # allowance is paid into (published)
    ("民警及时劝阻常红旗向陌生账户汇款。奖励扶助资金已发放至盛桂花账户。",
     "民警及时劝阻常**向陌生账户汇款。奖励扶助资金已发放至盛**账户。"),
    # family planning's and resettlers' support (生特 was masked, 高明 published)
    ("计生特扶对象黄杨因病住院。核定水库移民高明为后期扶持对象。",
     "计生特扶对象黄*因病住院。核定水库移民高*为后期扶持对象。"),
    # dog owners (the model read 养犬人师磊 and 黄阳家 whole), a call received (接 was masked)
    ("养犬人师磊未办理犬只登记。黄阳家饲养的大型犬无绳遛放。钟想接到诈骗电话。",
     "养犬人师*未办理犬只登记。黄*家饲养的大型犬无绳遛放。钟*接到诈骗电话。"),
    # a fugitive, a house's user, an owners' committee's member (published)
    ("经群众举报，在逃人员高明被抓获。房屋使用人马杰拒绝搬离危房。业委会委员信文明辞职。",
     "经群众举报，在逃人员高*被抓获。房屋使用人马*拒绝搬离危房。业委会委员信**辞职。"),
    # building workers and craftsmen, a farmer's pigs sold (published; 出 was masked)
    ("木工华和平从脚手架跌落受伤。剪纸艺人万建设演示剪纸技艺。养殖户龙杰出栏生猪58头。",
     "木工华**从脚手架跌落受伤。剪纸艺人万**演示剪纸技艺。养殖户龙*出栏生猪58头。"),
    # a user of the web addressed, a thesis's author, a door-to-door warning, whom an insurer
    # pays, who proposes, who leads others (all published)
    ("成超网友您好，您反映的问题已移交执法部门。博士研究生成杰的学位论文答辩通过。",
     "成*网友您好，您反映的问题已移交执法部门。博士研究生成*的学位论文答辩通过。"),
    ("村干部信新华挨家挨户通知群众转移。保险公司已向时欢支付理赔款。",
     "村干部信**挨家挨户通知群众转移。保险公司已向时*支付理赔款。"),
    ("业主大会通过了由华和平提出的议案。在和平安的带动下，村里成立了合作社。",
     "业主大会通过了由华**提出的议案。在和**的带动下，村里成立了合作社。"),
    # what someone discusses, about (项丽丽 was published, as a property firm's: 就物业), not
    # what a body pays for them (单位 was masked as 包单位's given name)
    ("物业公司与业委会主任项丽丽就物业费调整进行了协商。区就业服务中心为王伟就业提供帮助。",
     "物业公司与业委会主任项**就物业费调整进行了协商。区就业服务中心为王*就业提供帮助。"),
    ("黄杨、程敏等人的工资已由总包单位代为支付。", "黄*、程*等人的工资已由总包单位代为支付。"),
    # an unsafe house's household, where a family lives, an insurer's reason, the message a reply
    # answers, whom a dog bit (all published)
    ("危房户华春风已搬入周转房。防汛期间，白建国家所在地势低洼，村里组织其转移。",
     "危房户华**已搬入周转房。防汛期间，白**家所在地势低洼，村里组织其转移。"),
    ("保险公司以程红旗未如实告知病史为由拒绝理赔。针对信文明的留言，区住建局作了回复。",
     "保险公司以程**未如实告知病史为由拒绝理赔。针对信**的留言，区住建局作了回复。"),
    ("邓伟遛狗时未牵绳，其犬只将和建设咬伤。", "邓*遛狗时未牵绳，其犬只将和**咬伤。"),
    # a daughter married out (the model read 女王, a queen: 芳 alone was masked), a defaulter,
    # a builder, a vehicle's owner, a licence's holder (published)
    ("外嫁女王桂芳要求分配土地补偿款。失信主体全建国已履行全部义务。建房户和爱国未按面积建设。",
     "外嫁女王**要求分配土地补偿款。失信主体全**已履行全部义务。建房户和**未按面积建设。"),
    ("机动车所有人华和平，号牌某A12345，逾期未检验。和敏驾驶证记满12分。",
     "机动车所有人华**，号牌某A12345，逾期未检验。和*驾驶证记满12分。"),
    # a good person, whose fireworks a fire's cause is (published)
    ("好人马辉多年来坚持义务献血。经调查，火灾系信海洋燃放鞭炮引起。",
     "好人马*多年来坚持义务献血。经调查，火灾系信**燃放鞭炮引起。"),
    # a festival after a name (清明 and 清 were masked), not where the name holds it
    ("黄丹清明祭扫时焚烧纸钱，黄玲清明祭扫时引发山火。李清明参加活动。欧阳国庆节前返乡。",
     "黄*清明祭扫时焚烧纸钱，黄*清明祭扫时引发山火。李**参加活动。欧阳**节前返乡。"),
    # a meal delivered, a judge before a name (送 and 官 were masked), a lottery's winner
    ("外卖员刘华送餐时被拦。人民陪审员李旭与法官华平组成合议庭。中奖者于红旗表示将资助学生。",
     "外卖员刘*送餐时被拦。人民陪审员李*与法官华*组成合议庭。中奖者于**表示将资助学生。"),
    # whom a call reaches, when (时 was masked), and the likely 其 of he (其正 was masked); 向
    # alone after a name (masked)
    ("工作人员电话联系秦丽娟时，其正准备下载会议软件。成功劝阻梁鑫向所谓“客服”转账。",
     "工作人员电话联系秦**时，其正准备下载会议软件。成功劝阻梁*向所谓“客服”转账。"),
    # a leader of rural revival, a producer, an artist, an exhibition (all published; 展 masked)
    ("致富带头人李文的合作社吸纳务工32人。产品追溯码：生产者白雪梅，产地某县。",
     "致富带头人李*的合作社吸纳务工32人。产品追溯码：生产者白**，产地某县。"),
    ("书法家石和平现场挥毫泼墨。在个人画展上，杨建展出了60余幅作品。",
     "书法家石**现场挥毫泼墨。在个人画展上，杨*展出了60余幅作品。"),
    # whom a degree is conferred on, a fugitive caught (published)
    ("根据学位评定委员会决议，授予信平安等85名同学学士学位。对协助抓获全和平的群众给予奖励。",
     "根据学位评定委员会决议，授予信**等85名同学学士学位。对协助抓获全**的群众给予奖励。"),
    # a preposition before a body after a name (向妇 was read, 妇 masked), a likely span that ends
    # in a role word (凌学生 of 被欺凌学生: 学生 was masked)
    ("受害人冯雷向妇联求助。被欺凌学生曾宁的父亲向教育局投诉。",
     "受害人冯*向妇联求助。被欺凌学生曾*的父亲向教育局投诉。"),
    # the self-employed insured, the missing declared, a birth certificate's (all published)
    ("灵活就业人员高欢办理了参保登记。被宣告失踪人马波重新出现，本院撤销原判决。",
     "灵活就业人员高*办理了参保登记。被宣告失踪人马*重新出现，本院撤销原判决。"),
    ("明和平的出生医学证明遗失，现申请补发。", "明**的出生医学证明遗失，现申请补发。"),
    # an idiom of filial care (老爱 was masked), by whom vouchers were won, whose membership is
    # confirmed, whose wildlife trade is punished (published)
    ("道德模范候选人陈桂兰，孝老爱亲，照顾婆婆十余年。本轮消费券由单和平等1200名市民抽中。",
     "道德模范候选人陈**，孝老爱亲，照顾婆婆十余年。本轮消费券由单**等1200名市民抽中。"),
    ("经成员大会表决，确认向文明具有成员资格。森林公安依法查处了高强收购野生动物案。",
     "经成员大会表决，确认向**具有成员资格。森林公安依法查处了高*收购野生动物案。"),
    # whose household registration moved, who burnt paper at a grave (published)
    ("程文明户籍已迁出本村。能红旗上坟烧纸引发山火。",
     "程**户籍已迁出本村。能**上坟烧纸引发山火。"),
    # what a caller says of a firm (花玲 was taken for the firm's name and published), what
    # someone says at a clause's start (白建国 was published)
    ("花玲称装修公司老板赵磊收取定金后失联。白建国称某公司拖欠工资。",
     "花*称装修公司老板赵*收取定金后失联。白**称某公司拖欠工资。"),
    # the right of appeal (如 was masked), a couple's relation, whose act breaks a law (published)
    ("赵磊如不服本处罚决定，可申请行政复议。能文明与成某系夫妻关系，共同经营该店。",
     "赵*如不服本处罚决定，可申请行政复议。能**与成某系夫妻关系，共同经营该店。"),
    ("经查，和爱国的行为违反了《道路交通安全法》。", "经查，和**的行为违反了《道路交通安全法》。"),
    # whom a disciplinary body admonishes, who pledges in a meeting (published)
    ("经区纪委常委会研究，决定对全和平进行诫勉谈话。华和平作了表态发言。",
     "经区纪委常委会研究，决定对全**进行诫勉谈话。华**作了表态发言。"),
    # a remark's cell: whose wife, mother or household, who signed for someone, who handled it,
    # who moved away (all published)
    ("信海洋之妻", "信**之妻"), ("向建国母亲", "向**母亲"), ("程红旗户", "程**户"),
    ("时涛代签", "时*代签"), ("经办：向军", "经办：向*"), ("常红旗已搬离", "常**已搬离"),
    # food poisoning's diners (the name was read as the restaurant's), a family's search, a
    # protection order, a guardian, a patient followed up (all published), a balcony (家 masked)
    ("就餐人员黄海燕食用某饭店菜品后出现呕吐、腹泻症状。寻亲者南宫光明于1990年走失。",
     "就餐人员黄**食用某饭店菜品后出现呕吐、腹泻症状。寻亲者南宫**于1990年走失。"),
    ("本院裁定：禁止令狐平骚扰、跟踪、接触申请人。指定车成为被监护人徐某的监护人。",
     "本院裁定：禁止令狐*骚扰、跟踪、接触申请人。指定车*为被监护人徐某的监护人。"),
    ("社区医生每季度对方静进行一次随访，其病情稳定。由胡某担任江海洋的监护人。",
     "社区医生每季度对方*进行一次随访，其病情稳定。由胡某担任江**的监护人。"),
    ("经查，高空坠物系李莹家阳台花盆掉落所致。该花盆系华春风家阳台掉落。",
     "经查，高空坠物系李*家阳台花盆掉落所致。该花盆系华**家阳台掉落。"),
    ("本班的家长反映食堂饭菜不好。", "本班的家长反映食堂饭菜不好。"),
    # a model worker, a mining right's holder, a household's plot, a register's grant, a
    # consumer's complaint, a driver, illegal sand mining, tax arrears (all published), a house
    # built (建房 masked)
    ("全国劳动模范华春风带领团队攻克技术难题。探矿权人文长江未按期提交勘查报告。",
     "全国劳动模范华**带领团队攻克技术难题。探矿权人文**未按期提交勘查报告。"),
    ("常爱国户申请宅基地一宗。经公告期满无异议，准予向海洋办理不动产首次登记。",
     "常**户申请宅基地一宗。经公告期满无异议，准予向**办理不动产首次登记。"),
    ("花长江向12315投诉某培训机构虚假宣传。司机广爱国驾驶网约车未取得道路运输证。",
     "花**向12315投诉某培训机构虚假宣传。司机广**驾驶网约车未取得道路运输证。"),
    ("白雪梅非法采砂被当场查获。欠税人信文明已缴清全部欠税。",
     "白**非法采砂被当场查获。欠税人信**已缴清全部欠税。"),
    ("能波建房超出审批面积20平方米，责令拆除超建部分。",
     "能*建房超出审批面积20平方米，责令拆除超建部分。"),
    # a statement's questions, a duty log's call, a grid worker's errand, an accident report's
    # list, a mediation (all published); who struck first, what each party keeps (先, 各执 masked)
    ("问：华文明是你什么人？答：是我丈夫。问：你和时爱国是什么关系？答：朋友关系。",
     "问：华**是你什么人？答：是我丈夫。问：你和时**是什么关系？答：朋友关系。"),
    ("答：当时邓莹先动手打了我。本协议一式三份，梁飞、徐瑞各执一份，调委会存档一份。",
     "答：当时邓*先动手打了我。本协议一式三份，梁*、徐*各执一份，调委会存档一份。"),
    ("20时15分，接时飞电话称其父亲走失。帮助金爱国代购降压药一盒。",
     "20时15分，接时*电话称其父亲走失。帮助金**代购降压药一盒。"),
    ("能文明，某公司法定代表人，对事故发生负有主要领导责任。经调解，文和平一次性赔偿胡某医疗费。",
     "能**，某公司法定代表人，对事故发生负有主要领导责任。经调解，文**一次性赔偿胡某医疗费。"),
    # a science envoy, a lift's maintainer, whose death certificate or guardian, who runs a
    # gambling den, an official accompanying, a duty roster, an attendance sheet (published), a
    # roster's day after a role word (周二 was masked)
    ("科技特派员高明深入田间地头。电梯维保人员全和平未按规定进行半月维护保养。",
     "科技特派员高*深入田间地头。电梯维保人员全**未按规定进行半月维护保养。"),
    ("向和平的死亡证明已由社区卫生服务中心出具。学校已对方建军的监护人进行安全教育。",
     "向**的死亡证明已由社区卫生服务中心出具。学校已对方**的监护人进行安全教育。"),
    ("白雪梅开设的棋牌室容留他人赌博。在安爱国副县长的陪同下，考察组参观了产业园。",
     "白**开设的棋牌室容留他人赌博。在安**副县长的陪同下，考察组参观了产业园。"),
    ("带班：时涛　值班：蔡某某。签到：信文明", "带班：时*　值班：蔡某某。签到：信**"),
    ("带班：周一陈志强，周二刘兵。建议居民周二周三再致电询问。",
     "带班：周一陈**，周二刘*。建议居民周二周三再致电询问。"),
    # what is handed to villagers, a column's heading, a dog's name's field (送上新春, 台 and 名
    # were masked)
    ("书法家王波现场挥毫泼墨，为村民送上新春对联。", "书法家王*现场挥毫泼墨，为村民送上新春对联。"),
    ("交通违法曝光台：驾驶人张磊驾驶小型汽车在某路口不按规定让行。",
     "交通违法曝光台：驾驶人张*驾驶小型汽车在某路口不按规定让行。"),
    ("办理犬只登记：养犬人杨建，犬名“豆豆”，已完成狂犬疫苗免疫。",
     "办理犬只登记：养犬人杨*，犬名“豆豆”，已完成狂犬疫苗免疫。"),
    # who went into hospital (李杨入院 was read as a place), whom an enforcement order restricts,
    # a migrant registered, whose household registration moved, a pupil's transfer, a couple
    # (all published)
    ("李杨入院后经对症治疗，病情好转出院。陈建入院后病情好转。安爱国入院后经对症治疗。",
     "李*入院后经对症治疗，病情好转出院。陈*入院后病情好转。安**入院后经对症治疗。"),
    ("限制消费令：禁止于平安乘坐飞机、列车软卧。流动人口金爱国已办理居住登记。",
     "限制消费令：禁止于**乘坐飞机、列车软卧。流动人口金**已办理居住登记。"),
    ("时爱国户口迁出手续已办结。学生广春风转学至某市第二中学。白雪梅夫妻二人均为残疾人。",
     "时**户口迁出手续已办结。学生广**转学至某市第二中学。白**夫妻二人均为残疾人。"),
    # going out of a village (李荣出村 was read as a place and published), into a station or out
    # of a hospital (进 and 离 were masked); an outlying island is a place
    ("李荣出村时被卡口工作人员劝返。马涛来院就诊时自述头痛三天。",
     "李*出村时被卡口工作人员劝返。马*来院就诊时自述头痛三天。"),
    ("邓莹进站时被安检人员发现携带管制刀具。包欢离院时未办理出院手续。",
     "邓*进站时被安检人员发现携带管制刀具。包*离院时未办理出院手续。"),
    ("香港离岛区的居民。", "香港离岛区的居民。"),
    # … to Hong Kong (港 was masked), to another hospital (published)
    ("经查，李荣赴港后即被发现。李荣转院后即被发现。",
     "经查，李*赴港后即被发现。李*转院后即被发现。"),
    # who collects the ashes, whom a shop refunds, whose disability card, an adopter, whom an
    # office finds qualified (all published), who runs a shop after 向 (经营 was masked)
    ("骨灰由其子东方海洋领回。经调解，商家同意退还程文明购物款3000元。",
     "骨灰由其子东方**领回。经调解，商家同意退还程**购物款3000元。"),
    ("于红旗的残疾人证已到期。收养人时爱国收养被收养人江某。经认定，于平安具备高级中学教师资格。",
     "于**的残疾人证已到期。收养人时**收养被收养人江某。经认定，于**具备高级中学教师资格。"),
    ("本次抽检中，向明经营的食杂店销售的散装白酒不合格。",
     "本次抽检中，向*经营的食杂店销售的散装白酒不合格。"),
    # a driving test's part, winning by a wide vote (目二 and 以 were masked), a family
    ("驾校学员吴玲反映科目二考试预约困难。陈莉以高票当选区人大代表。沈娟以高票当选区人大代表。",
     "驾校学员吴*反映科目二考试预约困难。陈*以高票当选区人大代表。沈*以高票当选区人大代表。"),
    ("为退役军人王敏家庭送去慰问品。", "为退役军人王*家庭送去慰问品。"),
    # where someone lives now, their children counted, what they found (现, 育, 一子 and 捡 were
    # masked), where a household lives (published: 国家, a state)
    ("李荣现住某小区，育有一子一女。张霞捡到钱包一个。王建国家住城东。",
     "李*现住某小区，育有一子一女。张*捡到钱包一个。王**家住城东。"),
    # who refuses to pay a fee (read as a management company's name, and published), what
    # someone did wrong (酒, 违, 闹 and 失 were masked)
    ("李荣拒交物业费。张霞欠缴物业费三年。王建国补交材料。",
     "李*拒交物业费。张*欠缴物业费三年。王**补交材料。"),
    ("李荣酒驾被查。陈杰违停被罚。刘芳闹访被训诫。赵敏失联三天。",
     "李*酒驾被查。陈*违停被罚。刘*闹访被训诫。赵*失联三天。"),
    # who funds or questions a hospital (read as the hospital's name, and published)
    ("据了解，李荣资助医院。张霞质问医院为何拒收。陈杰找医院协商赔偿事宜。刘芳感谢社区。",
     "据了解，李*资助医院。张*质问医院为何拒收。陈*找医院协商赔偿事宜。刘*感谢社区。"),
    ("据了解，李荣了解医院的事情。", "据了解，李*了解医院的事情。"),
    ("据了解，李荣怀疑物业公司私自挪用维修基金。", "据了解，李*怀疑物业公司私自挪用维修基金。"),
    # a field's value at a text's end that the dictionary tags as a name (published: the word
    # and the text's end were taken for a word the name was cut from)
    ("申请人：高峰", "申请人：高*"), ("联系人：朱红", "联系人：朱*"),
    # a licensee (许可人 was masked), a transferee, a land auction's winner, a pledger and who
    # signed a pledge (published)
    ("被许可人：张英，许可事项：食品小作坊登记。受让方谷勇通过农村产权交易平台取得土地经营权。",
     "被许可人：张*，许可事项：食品小作坊登记。受让方**通过农村产权交易平台取得土地经营权。"),
    ("竞得人高明以58万元竞得某地块使用权。承诺人文鹏承诺所提交材料真实有效。信用承诺书由华和平本人签署。",
     "竞得人高*以58万元竞得某地块使用权。承诺人文*承诺所提交材料真实有效。信用承诺书由华**本人签署。"),
    # driving practice, an old ginkgo, someone's childhood (练, 银杏 and 幼 were masked), a
    # martyr's tomb (published)
    ("学员包杰投诉驾校收费后迟迟不安排练车。古树认养人龚洁认养编号为A0032的古银杏一株。",
     "学员包*投诉驾校收费后迟迟不安排练车。古树认养人龚*认养编号为A0032的古银杏一株。"),
    ("吴雪幼年家贫，后考入师范学校。清明节前，学校组织学生到金和平烈士墓前祭扫。",
     "吴*幼年家贫，后考入师范学校。清明节前，学校组织学生到金**烈士墓前祭扫。"),
    ("古树认养人向建国认养编号为A0032的古银杏一株。熊云团队研发的节水灌溉技术获奖。",
     "古树认养人向**认养编号为A0032的古银杏一株。熊*团队研发的节水灌溉技术获奖。"),
    # a cadre sent to serve elsewhere (published), a teacher sent to Xinjiang and the class
    # she teaches (疆 and 带 were masked), the feast of sacrifice (尔邦节 was masked)
    ("挂职干部包杰任某县副县长，分管招商引资工作。援疆教师邓敏带的班级高考成绩大幅提升。",
     "挂职干部包*任某县副县长，分管招商引资工作。援疆教师邓*带的班级高考成绩大幅提升。"),
    ("赵磊与结对亲戚一起过古尔邦节。", "赵*与结对亲戚一起过古尔邦节。"),
    # a reservoir's patroller and a bilingual teacher (查 and 语 were masked), a list of honoured
    # people (published)
    ("水库巡查员任凯每天两次巡查大坝。双语教师吴晶被评为优秀教师。民族团结进步模范个人：于红旗、和东平。",
     "水库巡查员任*每天两次巡查大坝。双语教师吴*被评为优秀教师。民族团结进步模范个人：于**、和**。"),
    # a price paid, slaughtering (以 and 屠 were masked)
    ("江畅以低价收购农户玉米后转卖，被查处。赵凤兰私自屠宰病死猪并出售。",
     "江*以低价收购农户玉米后转卖，被查处。赵**私自屠宰病死猪并出售。"),
    # utilities' customers (published), what is done without leave (越 was masked), an aged
    # hose (管 was masked), acting for one's kin (其 was masked)
    ("经查，用电户蒋伟私自绕越计量装置用电。用水户全和平反映水表读数异常。",
     "经查，用电户蒋*私自绕越计量装置用电。用水户全**反映水表读数异常。"),
    ("安检时发现汪燕家的燃气软管老化，已现场更换。崔丹代其父亲办理了过户。",
     "安检时发现汪*家的燃气软管老化，已现场更换。崔*代其父亲办理了过户。"),
    # insider trading, slaughtering without leave, grain and meat traders, a household's bill
    # (all published: 建国, 和平, 红旗, 秋月 and 文明 are words)
    ("林建国利用未公开信息交易股票被查处。金和平私设屠宰点被取缔。",
     "林**利用未公开信息交易股票被查处。金**私设屠宰点被取缔。"),
    ("粮食收购商于红旗未按规定备案。经营户信秋月的猪肉未附检疫证明。华文明家的电费已欠缴两个月。",
     "粮食收购商于**未按规定备案。经营户信**的猪肉未附检疫证明。华**家的电费已欠缴两个月。"),
    # who sells or shows themself online and who seeks cosmetic surgery (包荣 was published; 美者
    # masked), a seat taken, a paper published, practice without a licence (霸, 发 and 无医 were
    # masked), a dog walked (遛狗 was masked)
    ("网红包荣发布不实视频，主播梁鑫直播带货时虚假宣传。求美者赵磊要求退款。",
     "网红包*发布不实视频，主播梁*直播带货时虚假宣传。求美者赵*要求退款。"),
    ("乘客杨燕霸座被罚款。张红发表的论文被撤稿。廖帅无医师资格为他人注射。",
     "乘客杨*霸座被罚款。张*发表的论文被撤稿。廖*无医师资格为他人注射。"),
    ("明卫东遛狗未牵绳，被城管执法人员劝导。", "明**遛狗未牵绳，被城管执法人员劝导。"),
    # a grandson (子 was masked), a relative and whom a dog bit (published)
    ("花芳将房屋赠与其孙子。高强被亲戚花强拉入传销组织。万和平家的狗未拴绳，将路过的华爱国咬伤。",
     "花*将房屋赠与其孙子。高*被亲戚花*拉入传销组织。万**家的狗未拴绳，将路过的华**咬伤。"),
    # a licence's original, a verb before a name, a neighbour's home (正, 疑似 and 家 were masked)
    ("遗失声明：邓莹的营业执照正本遗失，声明作废。", "遗失声明：邓*的营业执照正本遗失，声明作废。"),
    ("认领启事：在某路段发现一具男性尸体，经查疑似王璐，请家属前来认领。",
     "认领启事：在某路段发现一具男性尸体，经查疑似王*，请家属前来认领。"),
    ("杨龙家楼上住户装修噪音大，多次沟通无果。", "杨*家楼上住户装修噪音大，多次沟通无果。"),
    # what is found of someone after 经查 (参, 不 and 因 were read as a given name's and masked),
    # getting in touch, objecting, a diagnosis (联, 有 and 新冠 were masked)
    ("经查，李荣参与网络赌博。", "经查，李*参与网络赌博。"),
    ("经查，张霞不在岗时未挂牌告知。", "经查，张*不在岗时未挂牌告知。"),
    ("经查，刘芳因涉嫌诈骗被刑事拘留。", "经查，刘*因涉嫌诈骗被刑事拘留。"),
    ("陈杰联系来电人后答复。", "陈*联系来电人后答复。"),
    ("李荣有不同意见。", "李*有不同意见。"),
    ("李荣因新冠肺炎确诊。", "李*因新冠肺炎确诊。"),
    # working in town (published: jieba has 张伟进 as a name), a doctor (伟大 is a word), a
    # household's window or balcony, what an office does (家 and 进 were masked)
    ("对此，张伟进城务工多年。来电人张伟大夫每周三上午坐诊。",
     "对此，张*进城务工多年。来电人张*大夫每周三上午坐诊。"),
    ("来电人张伟家窗户抛出杂物。申请人张伟进行了上门随访。",
     "来电人张*家窗户抛出杂物。申请人张*进行了上门随访。"),
    ("经查，高空坠物系和杰家阳台花盆掉落所致。", "经查，高空坠物系和*家阳台花盆掉落所致。"),
    # a lift's maintenance, a balcony, a driver addressed, going into hospital, issuing, being
    # found to refuse fares, leaving the country (保, 阳, 雪师 and 傅开, 来, 出, 存 and 出 were
    # masked), showing (杰 was published: 杰出 is a word)
    ("电梯维保人员包杰未按规定进行半月维保，被责令改正。来电人李娜家阳台掉落花盆。",
     "电梯维保人员包*未按规定进行半月维保，被责令改正。来电人李*家阳台掉落花盆。"),
    ("来电人韩雪师傅开的出租车被人刮了。来电人冯刚来院就诊时自述头痛三天。",
     "来电人韩*师傅开的出租车被人刮了。来电人冯*来院就诊时自述头痛三天。"),
    ("来电人周杰出具了档案查询证明。来电人蒋文杰出示的原件相符。",
     "来电人周*出具了档案查询证明。来电人蒋**出示的原件相符。"),
    ("经查，胡斌存在拒载行为。当事人邓超出境后一直未归。",
     "经查，胡*存在拒载行为。当事人邓*出境后一直未归。"),
    # checking in (published), an illness (因病 was masked)
    ("李俊入住某宾馆时，宾馆未按规定登记其身份信息。",
     "李*入住某宾馆时，宾馆未按规定登记其身份信息。"),
    ("翁娟的父亲师波因病去世，遗产由其继承。", "翁*的父亲师*因病去世，遗产由其继承。"),
    # a household's garage door, a neighbour's dispute and a car parked (库门, 因楼道 and 车
    # were masked), a household's child (卫东 was published)
    ("包杰在小区内乱停车，堵住了张秀兰家的车库门。苏杨与邻居师杰因楼道堆放杂物发生口角。",
     "包*在小区内乱停车，堵住了张**家的车库门。苏*与邻居师*因楼道堆放杂物发生口角。"),
    ("成卫东家的孩子在小区游乐设施上摔伤。叶荣将车停在消防通道上，被物业贴条警告。",
     "成**家的孩子在小区游乐设施上摔伤。叶*将车停在消防通道上，被物业贴条警告。"),
    # a working group's leader, whom an audit of a post is of (published)
    ("工作专班由和敏任组长，能军任副组长。", "工作专班由**任组长，能*任副组长。"),
    ("经济责任审计对象：信秋月（原某局局长）。", "经济责任审计对象：信**（原某局局长）。"),
    # afterwards, after whom an office reached or told (后 was masked)
    ("街道已联系冯刚后，问题已解决。街道已通知刘芳后，问题已解决。",
     "街道已联系冯*后，问题已解决。街道已通知刘*后，问题已解决。"),
    # a given name after a surname the model is sure of alone (超 was published: 超出 is a
    # word), at home (在 was masked), a post held (published: 任市 was read as a city)
    ("梁超出境后一直未归。", "梁*出境后一直未归。"),
    ("来电人冯刚在家中为电动车电池充电引发火灾。", "来电人冯*在家中为电动车电池充电引发火灾。"),
    ("当事人孙浩任市发展和改革委员会主任。", "当事人孙*任市发展和改革委员会主任。"),
    # a nose job, sewage into a river (隆 and 河 were masked), whom a dog bit (芳 was
    # published)
    ("邓丽在美容工作室接受注射隆鼻，术后出现感染。", "邓*在美容工作室接受注射隆鼻，术后出现感染。"),
    ("李荣将养殖废水直排入河，被生态环境局处以罚款三万元。",
     "李*将养殖废水直排入河，被生态环境局处以罚款三万元。"),
    ("李荣饲养的犬只咬伤邻居于桂芳，双方达成调解协议。",
     "李*饲养的犬只咬伤邻居于**，双方达成调解协议。"),
    # a surname and the office it names someone by (MSRA's training split: 唐 was published)
    ("他执笔整理、改编并主演的《唐知县审诰命》曾获文化部颁发的创作一等奖。",
     "他执笔整理、改编并主演的《*知县审诰命》曾获文化部颁发的创作一等奖。"),
    # the officers of a society (协会会长 is one word), labour and water users, renting,
    # absconding with the money, a household's tap water and its house (承, 卷 and 家 were
    # masked, 高欢 and 文明 published)
    ("某协会会长高欢未按章程召开会员大会。", "某协会会长高*未按章程召开会员大会。"),
    ("被派遣劳动者单和平反映用工单位未同工同酬。", "被派遣劳动者单**反映用工单位未同工同酬。"),
    ("用户广建国的水表被冻裂，申请更换。", "用户广**的水表被冻裂，申请更换。"),
    ("周莹承租的公租房漏水严重，要求维修。", "周*承租的公租房漏水严重，要求维修。"),
    ("包工头黎欢卷款失联，工人多次到工地讨薪。", "包工头黎*卷款失联，工人多次到工地讨薪。"),
    ("郭丹家自来水出水浑浊，要求供水公司检修。", "郭*家自来水出水浑浊，要求供水公司检修。"),
    ("高文明户房屋为D级危房，住户已于近日搬离。", "高**户房屋为D级危房，住户已于近日搬离。"),
    # a surname and a rarer word's second character the model is sure of (the Jin army, a
    # historical emperor), a dispatched worker (工程 is a word), giving to a district's
    # charity (区 and 慈 were masked)
    ("金兵在申请公租房时隐瞒收入，被取消资格。", "金*在申请公租房时隐瞒收入，被取消资格。"),
    ("高欢的养老保险关系已从外省转入本市。", "高*的养老保险关系已从外省转入本市。"),
    ("劳务派遣工程林与用工单位发生争议，申请劳动仲裁。",
     "劳务派遣工程*与用工单位发生争议，申请劳动仲裁。"),
    ("黄玲向区慈善基金会捐赠善款10万元。", "黄*向区慈善基金会捐赠善款10万元。"),
    # sitting an exam for someone, drinking, a sham divorce, whispering in an exam hall (the
    # model sure of all six characters), a wildfire (替, 考, 酒, 以, 假, 交头接耳, 火 were masked)
    ("冯雷替考被当场查获，取消其考试资格。", "冯*替考被当场查获，取消其考试资格。"),
    ("李洋酒后驾驶摩托车，被处以罚款。", "李*酒后驾驶摩托车，被处以罚款。"),
    ("周倩以假离婚方式规避限购政策。", "周*以假离婚方式规避限购政策。"),
    ("成强以假离婚方式规避限购政策。", "成*以假离婚方式规避限购政策。"),
    ("李志强在考场内与蒋玉交头接耳，被监考老师警告。",
     "李**在考场内与蒋*交头接耳，被监考老师警告。"),
    ("赵阳在山上烧纸祭祀引发山火，过火面积约3亩。", "赵*在山上烧纸祭祀引发山火，过火面积约3亩。"),
    # a likely span of two, the given name's word going on to where a name ends (设 was
    # published); an idiom the model read two characters of (交头 was masked)
    ("明建设在景区文物上刻字，被景区管理处处罚。", "明**在景区文物上刻字，被景区管理处处罚。"),
    ("黄俊在考场内与余丹交头接耳，被监考老师警告。", "黄*在考场内与余*交头接耳，被监考老师警告。"),
    # a surname the model is sure of alone before a given name's word (程 was dropped as a
    # word, 建设 published), riding (骑 was masked), a neighbour downstairs (秋月 is a word)
    ("程建设因装修噪音与楼下邻居方敏发生口角。", "程**因装修噪音与楼下邻居方*发生口角。"),
    ("车成骑行共享单车时刹车失灵摔伤。", "车*骑行共享单车时刹车失灵摔伤。"),
    ("龙丹因装修噪音与楼下邻居花秋月发生口角。", "龙*因装修噪音与楼下邻居花**发生口角。"),
    # a household put on a list or whose land is taken (国家, a state; 文明户, a model household)
    ("于爱国家被列入拆迁范围，对安置补偿方案有异议。",
     "于**家被列入拆迁范围，对安置补偿方案有异议。"),
    ("信文明户被征收土地2.3亩，已足额领取征地补偿款。",
     "信**户被征收土地2.3亩，已足额领取征地补偿款。"),
    # a post held, an honour won, a finding, a fabrication, a pretext, a deputy's office (担, 荣,
    # 经, 虚, 以 and 副 were masked), checking into a hotel (read as the hotel's name)
    ("来电人孙浩担任某基金会理事长期间。", "来电人孙*担任某基金会理事长期间。"),
    ("刘洋荣获省劳动模范称号。", "刘*荣获省劳动模范称号。"),
    ("当事人刘洋经认定为就业困难人员。", "当事人刘*经认定为就业困难人员。"),
    ("经查，冯刚虚构原价进行促销。", "经查，冯*虚构原价进行促销。"),
    ("邓超以发展下线为名组织传销活动。", "邓*以发展下线为名组织传销活动。"),
    ("当事人梁超副县长的陪同下。", "当事人梁*副县长的陪同下。"),
    ("经查，韩雪入住旅馆时未登记。", "经查，韩*入住旅馆时未登记。"),
    # whom an office calms or talks to (the model found no one; 已约 was read as a name)
    ("工作人员已安抚高翔了解情况。", "工作人员已安抚高*了解情况。"),
    ("工作人员已约谈韩雪了解情况。", "工作人员已约谈韩*了解情况。"),
    # an honour a likely span read on to (获省 was read as a province, the name published)
    ("经查，冯刚荣获省劳动模范称号。", "经查，冯*荣获省劳动模范称号。"),
    # an answer in court, colleagues, carrying someone out (辩, 和 and 背 were masked)
    ("据了解，李强辩称。", "据了解，李*辩称。"),
    ("据了解，喻文和同事们加班加点。", "据了解，喻*和同事们加班加点。"),
    ("居民许晴和同事们加班加点。", "居民许*和同事们加班加点。"),
    ("居民吴刚背出积水区域。", "居民吴*背出积水区域。"),
    # a given name's 荣 before 获得 (荣获 is an act, 荣获得 none), who fills a place given up
    ("张桂荣获得表彰。", "张**获得表彰。"),
    ("林丹放弃体检资格，按规定依次递补成秋月。", "林*放弃体检资格，按规定依次递补成**。"),
    # the blame, incitement, a transfer, what someone says, this month (负, 指, 向, 其 and 本
    # were masked)
    ("村民邓超负事故主要责任。", "村民邓*负事故主要责任。"),
    ("魏东指使员工关闭污染防治设施。", "魏*指使员工关闭污染防治设施。"),
    ("当事人邓超向所谓“客服”转账3万元。", "当事人邓*向所谓“客服”转账3万元。"),
    ("申请人邹凯称其在网上购买的手机是翻新机。", "申请人邹*称其在网上购买的手机是翻新机。"),
    ("申请人喻文本月出勤26天。", "申请人喻*本月出勤26天。"),
    # a form's checker and a working group's members, the name a word or not
    ("审核人：程红旗", "审核人：程**"),
    ("组员：和爱国", "组员：和**"),
    ("成员：和平安", "成员：和**"),
    ("成员：由区委办、区政府办组成。", "成员：由区委办、区政府办组成。"),
    # whom an office helps or brings together (高翔 is a word; the model found no one)
    ("民警协调高翔后，问题已解决。", "民警协调高*后，问题已解决。"),
    ("工作人员已帮助高翔后，问题已解决。", "工作人员已帮助高*后，问题已解决。"),
    ("帮助了解情况，协调处理后，问题已解决。", "帮助了解情况，协调处理后，问题已解决。"),
    # a post at a level of government after a name of two the model is sure of (任 was masked)
    ("来电人梁超任市发展和改革委员会主任。", "来电人梁*任市发展和改革委员会主任。"),
    # 都, an adverb and a surname, before a given name (the bench's subsidy table: 梓涵 was
    # published when likely spans of an adverb were dropped)
    ("身份证号与户籍信息不符，待都梓涵补充材料。", "身份证号与户籍信息不符，待都**补充材料。"),
    # a photograph's credit, and where someone stands in it (左二 and 左起 were read as names,
    # 摄 masked with the credit's name, 高明 and 花海洋 published)
    ("图为包杰（左二）在田间查看小麦长势。", "图为包*（左二）在田间查看小麦长势。"),
    ("前排左起：王伟、李娜", "前排左起：王*、李*"),
    ("（高明 摄）", "（高* 摄）"),
    ("（记者 于爱国摄）", "（记者 于**摄）"),
    # a word of bidding between two names (让, 向 and 为 were masked with them: the model read
    # one span over both, or a first that ended in it), a compound surname alone whose given
    # name is a word's (明代, the Ming: 代其 is what the name does, 代 was masked)
    ("方林让明志强代其接受交通违法记分处理。", "方*让明**代其接受交通违法记分处理。"),
    ("周倩向何杰借款五万元用于经营，到期未还。", "周*向何*借款五万元用于经营，到期未还。"),
    ("法律援助律师刘华为赵兰英代写诉状。", "法律援助律师刘*为赵**代写诉状。"),
    ("法律援助律师朱利为曹雷代写诉状。", "法律援助律师朱*为曹*代写诉状。"),
    ("赵彬让司马明代其接受交通违法记分处理。", "赵*让司马*代其接受交通违法记分处理。"),
    ("边春和李明到场。", "边*和李*到场。"),
    # a compound surname after a word for people, whose second character and given name are a
    # word (官军, government troops: the name was published), and a pennant of thanks jieba tags
    # as a place (旗 was masked)
    ("独居老人突发疾病，邻居上官军及时拨打120。", "独居老人突发疾病，邻居上官*及时拨打120。"),
    ("失主周秀兰送来锦旗表示感谢。", "失主周**送来锦旗表示感谢。"),
    # what ends a name: posting a parcel, a medical check (晶体, a crystal, was read), and a
    # dog's registration (养 was masked as a surname alone)
    ("孙建寄递的包裹中夹带管制刀具。", "孙*寄递的包裹中夹带管制刀具。"),
    ("应征青年黄晶体检合格。", "应征青年黄*体检合格。"),
    ("冯云饲养的犬只未办理养犬登记。", "冯*饲养的犬只未办理养犬登记。"),
    # a letter's own kin (我母亲: the rules knew 我妈 only, the model found no one), a notice
    # addressed to a household (户 was masked with the name), a notice someone declares (声明
    # was read as the name's end)
    ("我母亲王晶住院期间，护士长萧红悉心照料。", "我母亲王*住院期间，护士长萧*悉心照料。"),
    ("冯云户：你户位于本村的房屋已纳入征收范围。", "冯*户：你户位于本村的房屋已纳入征收范围。"),
    ("周倩声明：本人遗失营业执照副本，声明作废。", "周*声明：本人遗失营业执照副本，声明作废。"),
    # a compound surname alone before a given name's word and an act (建设 was published), an
    # orchard someone has (园 was masked), whom a follow-up call reached (成对, in pairs, is a
    # word) and whom a party branch admits, a household's child (孩子 or 家 was masked), a time
    # of now (金本月 was read), a word of bidding after a name (给个 was read)
    ("司马建设声明：本人遗失营业执照，声明作废。", "司马**声明：本人遗失营业执照，声明作废。"),
    ("张磊承包的果园今年喜获丰收。", "张*承包的果园今年喜获丰收。"),
    ("经回访，李成对办理结果表示满意。", "经回访，李*对办理结果表示满意。"),
    ("拟发展广鹏为中共预备党员，现予公示。", "拟发展广*为中共预备党员，现予公示。"),
    ("杨兰英家孩子出生后一直未能办理户口登记。", "杨**家孩子出生后一直未能办理户口登记。"),
    ("沈娟家孩子出生后一直未能办理户口登记。", "沈*家孩子出生后一直未能办理户口登记。"),
    ("来电人反映其父亲罗荣的养老金本月未到账。", "来电人反映其父亲罗*的养老金本月未到账。"),
    ("来电人要求工作人员傅欣给个说法。", "来电人要求工作人员傅*给个说法。"),
    # a likely span longer than a name over what the household did (家孩子 was masked), and a
    # cell's word name before an honorific or a kin of a written record (published)
    ("原想家孩子出生后一直未能办理户口登记。", "原*家孩子出生后一直未能办理户口登记。"),
    ("和春风老师", "和**老师"),
    ("华春风之妻", "华**之妻"),
    # what is said of one addressed (记功, a merit recorded, was read), and who has held an
    # office since (和春风 was published)
    ("关于给予陈桂兰同志记功奖励的决定", "关于给予陈**同志记功奖励的决定"),
    ("和春风任村党支部书记以来，带领村民致富。", "和**任村党支部书记以来，带领村民致富。"),
    ("关于全体同志参加培训的通知。", "关于全体同志参加培训的通知。"),
    # a sentence served in the community (read as a community's name, 李强 published), what
    # is done for someone (华为, a company, read across the name: 为 was masked)
    ("据了解，李强适用社区矫正。", "据了解，李*适用社区矫正。"),
    ("申请人姜华为其电动自行车办理了登记上牌。", "申请人姜*为其电动自行车办理了登记上牌。"),
    # as much as a number (高达 was read as a name: 达 masked)
    ("花旗集团股价严重下滑，累计跌幅高达60%。", "花旗集团股价严重下滑，累计跌幅高达60%。"),
    # a medical record's attending doctor (经治: 治 was masked), a patient's history (既 was
    # masked), someone's mood (建军 was published), and who stands for a school (read as the
    # school's name, 齐杨 published)
    ("经治医生：刘军  复核医生：孟莹", "经治医生：刘*  复核医生：孟*"),
    ("杨燕既往有高血压病史十年。", "杨*既往有高血压病史十年。"),
    ("经心理老师疏导，皇甫建军情绪已稳定。", "经心理老师疏导，皇甫**情绪已稳定。"),
    ("齐杨代表学校参加市中小学生运动会。", "齐*代表学校参加市中小学生运动会。"),
    # what ends a name (出村, 醉酒, 继承, 为某, 居家: read as a given name's last character, or
    # across it: 杰出, 华为), and a surname found alone before a given name's character and an
    # act (超出, to exceed, is a word: 超 was published)
    ("村民蒋文杰出村时被卡口工作人员劝返。", "村民蒋**出村时被卡口工作人员劝返。"),
    ("当事人韩雪醉酒后在公共场所滋事。", "当事人韩*醉酒后在公共场所滋事。"),
    ("经查，李娜继承其父名下房产。", "经查，李*继承其父名下房产。"),
    ("居民姜华为某基金会捐赠50万元。", "居民姜*为某基金会捐赠50万元。"),
    ("朱佳居家隔离期间擅自外出。", "朱*居家隔离期间擅自外出。"),
    ("江超出村时被卡口工作人员劝返。", "江*出村时被卡口工作人员劝返。"),
    # what only a person does, after a function word's surname at a clause's start (the
    # rules' acts: the model found no one)
    ("和涛出村时被卡口工作人员劝返。", "和*出村时被卡口工作人员劝返。"),
    ("能文明继承其父名下房产。", "能**继承其父名下房产。"),
    ("和爱国既往有高血压病史十年。", "和**既往有高血压病史十年。"),
    ("能芳情绪激动，称已经反映多次。", "能*情绪激动，称已经反映多次。"),
    ("全和平从外地返乡后未主动报备。", "全**从外地返乡后未主动报备。"),
    # who would not sign for a document served (帅晶 was published), and what a reply tells
    # its reader to do if (如 was masked after the name)
    ("因帅晶拒绝签字，执法人员在回证上注明。", "因帅*拒绝签字，执法人员在回证上注明。"),
    ("李莹如对本答复不服，可申请行政复议。", "李*如对本答复不服，可申请行政复议。"),
    # what police records say someone did (饮, 谎 and 经 were masked with the name; 平安 was
    # published after a compound surname the model found alone)
    ("刘华饮酒后情绪失控，砸坏店内物品。", "刘*饮酒后情绪失控，砸坏店内物品。"),
    ("白兵谎报警情，被依法处罚。", "白*谎报警情，被依法处罚。"),
    ("江长江经民警劝离后离开现场。", "江**经民警劝离后离开现场。"),
    ("11月20日14时许，司马平安报警称其电动车被盗。", "11月20日14时许，司马**报警称其电动车被盗。"),
    # what ends a name, found by recombination (不, 义, 利 and 为 were masked with it)
    ("据了解，冯静不同意公开。", "据了解，冯*不同意公开。"),
    ("经查，韩雪义务辅导留守儿童十余年。", "经查，韩*义务辅导留守儿童十余年。"),
    ("当事人高翔利用职务便利收受他人财物。", "当事人高*利用职务便利收受他人财物。"),
    ("被申请人姜华为本村脱贫监测户。", "被申请人姜*为本村脱贫监测户。"),
    # a post held at a county (任县 was read as a county's name after the name: published)
    ("邵玉兰挂职担任县科技副县长。", "邵**挂职担任县科技副县长。"),
    # sports news: scoring twice, after the match, by the total (中, 赛 and 以 were masked)
    ("在昨晚结束的比赛中，梁鑫独中两元。", "在昨晚结束的比赛中，梁*独中两元。"),
    ("主教练熊莉赛后表示，球队防守仍需加强。", "主教练熊*赛后表示，球队防守仍需加强。"),
    ("刘华以总成绩第三名的身份晋级决赛。", "刘*以总成绩第三名的身份晋级决赛。"),
    # a dog taken along is no second name, nor what a negation goes before (束 is a surname,
    # and 携犬 and 犬链 were masked)
    ("陈桂兰携犬外出未束犬链，犬只咬伤路人。", "陈**携犬外出未束犬链，犬只咬伤路人。"),
    ("张杨携犬外出未束犬链，犬只咬伤路人。", "张*携犬外出未束犬链，犬只咬伤路人。"),
    ("马文明携犬外出未束犬链，犬只咬伤路人。", "马**携犬外出未束犬链，犬只咬伤路人。"),
    # a physician named by the occupation, a child of someone, a family, a roster by date
    ("主治医师高欢未履行告知义务，被给予警告。", "主治医师高*未履行告知义务，被给予警告。"),
    ("医师和平未履行告知义务。", "医师和*未履行告知义务。"),
    ("杨某入住养老机构后，其子女高明每月支付护理费用。",
     "杨某入住养老机构后，其子女高*每月支付护理费用。"),
    ("和爱国的家属同意捐献其遗体用于医学研究。", "和**的家属同意捐献其遗体用于医学研究。"),
    ("汛期值班表：7月1日金和平，7月2日成军。", "汛期值班表：7月1日金**，7月2日成*。"),
    # all of those a conjunction joined is no third character (均 was masked), and whose home
    # an office visits
    ("经调查核实，乔倩与吴涛均为同一事件的见义勇为人员。",
     "经调查核实，乔*与吴*均为同一事件的见义勇为人员。"),
    ("市残联工作人员到金光明家中上门评残。", "市残联工作人员到金**家中上门评残。"),
    ("工作人员到农户家中走访。", "工作人员到农户家中走访。"),
    # a given name that is a rarer common noun, before what a subject does at a clause's start
    # (光明, bright; 春风, a spring breeze), not a district's finances
    ("华光明购买非法捕捞的长江野生鱼。", "华**购买非法捕捞的长江野生鱼。"),
    ("和春风独自居住，社区每周安排志愿者上门探访。", "和**独自居住，社区每周安排志愿者上门探访。"),
    ("区财政借给该企业五百万元。", "区财政借给该企业五百万元。"),
    # whom only a person is taught or detained (对方 is a word)
    ("司法所工作人员对方平开展入矫教育。", "司法所工作人员对方*开展入矫教育。"),
    ("司法所工作人员对师和平开展入矫教育。", "司法所工作人员对师**开展入矫教育。"),
    # a name after a word of bidding that the model read with it, and the rest apart (向关|桂香);
    # knowing is what someone does (明 was masked)
    ("高建华向关桂香出具欠条一张。", "高**向关**出具欠条一张。"),
    ("沈娟明知东方敏无驾驶资格仍将车辆交其驾驶。", "沈*明知东方*无驾驶资格仍将车辆交其驾驶。"),
    ("网格员入户走访时发现成春风家中燃气管道老化。", "网格员入户走访时发现成**家中燃气管道老化。"),
    # leaving or coming to hospital, staying in a village (超出 is a word: 超 was published)
    ("江超出院后定期到社区卫生服务站复查。", "江*出院后定期到社区卫生服务站复查。"),
    ("钟想来院就诊时自述头痛三天。", "钟*来院就诊时自述头痛三天。"),
    ("华雪梅驻村以来走访农户300余户。", "华**驻村以来走访农户300余户。"),
    # a given name that is a word, before what only a person does at a clause's start (the
    # model's acts: 出境, 隐匿), not a place's name that is a word before when (黄山市本月)
    ("和春风出境后一直未归。", "和**出境后一直未归。"),
    ("广春风隐匿收入少缴个人所得税。", "广**隐匿收入少缴个人所得税。"),
    ("黄山市本月游客增多。", "黄山市本月游客增多。"),
    # a suspicion, honesty, what someone claims, a household of the village; who stands where
    # in a photograph (为何, why, is a word), not a word (和平) nor the position alone
    ("和鹏涉嫌故意伤害罪，现已被网上追逃。", "和*涉嫌故意伤害罪，现已被网上追逃。"),
    ("万长江拾金不昧，受到学校通报表扬。", "万**拾金不昧，受到学校通报表扬。"),
    ("能文明为本村脱贫监测户。", "能**为本村脱贫监测户。"),
    ("某公司涉嫌虚假宣传。", "某公司涉嫌虚假宣传。"),
    ("图为何慧（左二）在田间查看小麦长势。", "图为何*（左二）在田间查看小麦长势。"),
    ("图为和平（右一）与村民交谈。", "图为和平（右一）与村民交谈。"),
    # to whom an office pays or hands something, not a body or a word
    ("民政所向信海洋发放临时救助金一千元。", "民政所向信**发放临时救助金一千元。"),
    ("向全市发放消费券。向农户发放补贴。", "向全市发放消费券。向农户发放补贴。"),
    # (a common noun across a likely name's end, 农|户, is none of it; but 军团 is broken by
    # 团队: 明军团队)
    ("明军团队研发的节水灌溉技术获市科技进步一等奖。",
     "明*团队研发的节水灌溉技术获市科技进步一等奖。"),
    # a surname the model found alone, and a word of the kinds given names are after it, which
    # masking the surname alone published (*立新); not a household (刘家建起, MSRA: the name is 刘)
    ("华立新购置拖拉机一台。", "华**购置拖拉机一台。"),
    ("师和平主演的电视剧《山海情》收视率位居榜首。", "师**主演的电视剧《山海情》收视率位居榜首。"),
    ("刘家建起了一栋蔬菜大棚。", "*家建起了一栋蔬菜大棚。"),
    # the rest of a given name that is a word, where the model read half of it (风 and 月 were
    # published), not a word that starts there (安全)
    ("华春风占用消防通道停放私家车。", "华**占用消防通道停放私家车。"),
    ("万秋月购置拖拉机一台。", "万**购置拖拉机一台。"),
    # whom someone talks with (同时 is a word), a visiting delegation's head; not a delegation
    ("明建国同时永红进行了亲切友好的交谈。", "明**同时**进行了亲切友好的交谈。"),
    ("会见了来访的白玉兰一行。会见了来访的代表团一行。",
     "会见了来访的白**一行。会见了来访的代表团一行。"),
    # whose words are quoted
    ("正如和春风所说，改革开放是关键一招。", "正如和**所说，改革开放是关键一招。"),
    # a verb after the tail of a word is no given name (金|申领); a role word of boats and of
    # family planning (东 and 生专 were masked); what someone fights bravely (勇 was masked, 英
    # of 英勇 published); whom someone acts with, a colleague or a neighbour
    ("为徐秀英办理奖励扶助金申领手续。", "为徐**办理奖励扶助金申领手续。"),
    ("渔船船员杨兰英被缆绳击伤，船东汪春梅垫付了医疗费。",
     "渔船船员杨**被缆绳击伤，船东汪**垫付了医疗费。"),
    ("村计生专干田敏上门走访。", "村计生专干田*上门走访。"),
    ("易桂芳勇斗持刀歹徒。葛秀英勇斗持刀歹徒。", "易**勇斗持刀歹徒。葛**勇斗持刀歹徒。"),
    ("常红旗勇斗持刀歹徒身负重伤。", "常**勇斗持刀歹徒身负重伤。"),
    ("与同事金玉兰合力救出司机。与同事广林合力救出司机。",
     "与同事金**合力救出司机。与同事广*合力救出司机。"),
    # (班宇生于: 于 is no act that 生 starts a word before)
    ("作者班宇生于1986年。", "作者班*生于1986年。"),
    # who carries on, reports a case or moves up a list; whom a disciplinary notice names or an
    # office admonishes; whose breach or infringement it orders put right; who is found
    # unqualified, recommends, or won (a company's name of 科技 is no technology worker's);
    # not someone (经常有人: 有人, a pronoun)
    ("其传承项目由时军继续传承。该项目由政府继续投资。",
     "其传承项目由**继续传承。该项目由政府继续投资。"),
    ("该案由和超举报。该案由群众举报。", "该案由和*举报。该案由群众举报。"),
    ("不予录用，递补万和平进入考察环节。", "不予录用，递补万**进入考察环节。"),
    ("市纪委监委通报了时海洋违规收受礼金问题。", "市纪委监委通报了时**违规收受礼金问题。"),
    ("区纪委对全和平进行了诫勉谈话。", "区纪委对全**进行了诫勉谈话。"),
    ("对万红旗违规发放津贴补贴问题，责令其整改。对企业违规排污问题进行查处。",
     "对万**违规发放津贴补贴问题，责令其整改。对企业违规排污问题进行查处。"),
    ("给予和春风撤销党内职务处分。", "给予和**撤销党内职务处分。"),
    ("经资格复审，能文明不符合报考职位要求。", "经资格复审，能**不符合报考职位要求。"),
    ("经万红旗推荐，该成果参加了博览会。经常有人推荐。",
     "经万**推荐，该成果参加了博览会。经常有人推荐。"),
    ("对向文明的侵权行为，责令其停止销售。", "对向**的侵权行为，责令其停止销售。"),
    ("常爱国获评全国优秀科技工作者。董桂荣获评全国优秀科技工作者。",
     "常**获评全国优秀科技工作者。董**获评全国优秀科技工作者。"),
    ("万达获评全国优秀企业。", "万达获评全国优秀企业。"),
    # who returned from abroad, who writes a paper, the village's vet
    ("区侨联走访慰问了归侨金和平。", "区侨联走访慰问了归侨金**。"),
    ("通讯作者：能文明，电子邮箱见附件。", "通讯作者：能**，电子邮箱见附件。"),
    ("村兽医向光明上门为农户的病牛诊治。", "村兽医向**上门为农户的病牛诊治。"),
    # a number in words, what is counted by a measure of goods, how many the names are; a
    # rare word a given name is before its household's act (高军, a rare noun); what someone
    # has been, won by, did not do, and the line of work they are in
    ("侯敏以十秒二一的成绩夺冠。傅建以十秒二一的成绩夺冠。",
     "侯*以十秒二一的成绩夺冠。傅*以十秒二一的成绩夺冠。"),
    ("刘丹说，这套设备每天能处理十吨鲜叶。", "刘*说，这套设备每天能处理十吨鲜叶。"),
    ("常爱国、和林二人在考察中均合格。", "常**、和林二人在考察中均合格。"),
    ("高军家饲养的生猪未按规定免疫。", "高*家饲养的生猪未按规定免疫。"),
    ("经营者廖帅已被立案调查。", "经营者廖*已被立案调查。"),
    ("刘雷不听劝阻，擅自返回危险区。", "刘*不听劝阻，擅自返回危险区。"),
    ("丁琴从事托育服务工作十余年。万林的孩子在托育机构内摔伤。",
     "丁*从事托育服务工作十余年。万*的孩子在托育机构内摔伤。"),
    # what someone a role word names did to someone, at a clause's end (劝 is a surname too)
    ("刘雷擅自返回危险区，被工作人员劝离。", "刘*擅自返回危险区，被工作人员劝离。"),
    # what a subject asks or reports of a public body (as it does of no one: 易胜利投诉…)
    ("易胜利向市场监管局投诉电梯故障。花海洋向残联申请适配助听器。",
     "易**向市场监管局投诉电梯故障。花**向残联申请适配助听器。"),
    ("区财政向市财政局报告。", "区财政向市财政局报告。"),
    # whom something is done for, a word naming people (师生, which jieba tags as a name), not a
    # name after such a word; what someone falsifies, their household's works
    ("罗敏为师生作专题讲座。陈静为师生作专题讲座。", "罗*为师生作专题讲座。陈*为师生作专题讲座。"),
    ("向村民张伟了解情况。", "向村民张*了解情况。"),
    ("经查，陈静篡改统计数据。来电人魏东家装修噪音扰民。",
     "经查，陈*篡改统计数据。来电人魏*家装修噪音扰民。"),
    # what someone holds at a bank (no bank of theirs), whom a court orders to pay, gives a time
    # limit, lists as a defaulter or declares missing, whose deposits it freezes or loan is repaid,
    # with whom someone owns a home; not a company's
    ("本院依法冻结了姜帅的银行存款。本院依法冻结了华春风的银行存款。",
     "本院依法冻结了姜*的银行存款。本院依法冻结了华**的银行存款。"),
    ("要求金文明给付货款三万元。要求该公司给付货款。",
     "要求金**给付货款三万元。要求该公司给付货款。"),
    ("限师红旗于判决生效之日起十日内返还借款。", "限师**于判决生效之日起十日内返还借款。"),
    ("本院依法将高欢纳入失信被执行人名单。申请宣告白红旗失踪一案。",
     "本院依法将高*纳入失信被执行人名单。申请宣告白**失踪一案。"),
    ("高伟自愿分期偿还金平安借款本金。方伟与上官红旗共同共有该套住房。",
     "高*自愿分期偿还金**借款本金。方*与上官**共同共有该套住房。"),
    # from this notice (自 is a surname too), what modifies a thing disposed of, not a name
    # before those close to it; who teaches as a volunteer or invests
    ("万桂芳自本公告发出之日起经过六十日即视为送达。",
     "万**自本公告发出之日起经过六十日即视为送达。"),
    ("丁晶将厨余垃圾混入其他垃圾。请将张伟家属送回。",
     "丁*将厨余垃圾混入其他垃圾。请将张*家属送回。"),
    ("支教老师刘丹在山区学校任教三年。投资商高爱国计划在园区投资。",
     "支教老师刘*在山区学校任教三年。投资商高**计划在园区投资。"),
    # a reign's years (明 read as a surname), when someone was young, an adverb at a clause's
    # start, a household's register, rushing into a fire, who are hurt in an accident and how
    # many, not a list of words
    ("据族谱记载，王晶于明洪武年间由江西迁居于此。", "据族谱记载，王*于明洪武年间由江西迁居于此。"),
    ("王晶少时家贫，常借书于邻人。", "王*少时家贫，常借书于邻人。"),
    ("杨辉家户籍人口四人。消防员南宫林冲入火场。", "杨*家户籍人口四人。消防员南宫*冲入火场。"),
    ("事故造成金光明、常胜利二人受伤。事故造成重大损失、人员伤亡。",
     "事故造成金**、常**二人受伤。事故造成重大损失、人员伤亡。"),
    ("救援队员单和平在搜救中发现了被困的高伟。", "救援队员单**在搜救中发现了被困的高*。"),
    # bee-keeping (jieba tags 养蜂 as a name), brothers and sisters named by one of them, a post
    # in brackets after a name (not after a city's)
    ("刘杰是村里的养蜂能手。严亮兄妹三人轮流照顾父亲。",
     "刘*是村里的养蜂能手。严*兄妹三人轮流照顾父亲。"),
    ("时爱国（村党支部书记）介绍了发展规划。杭州市（市委书记）出席。",
     "时**（村党支部书记）介绍了发展规划。杭州市（市委书记）出席。"),
    # the words of policy documents: how a policy is carried out (扎实, 扎 a surname), terms jieba
    # lacks (普惠, 碳达峰, 占比), an idiom the model read on from, this document, a list of things
    # (剪纸、皮影); not a name before what is done
    ("扎实做好稳就业工作。支持发展普惠养老服务。", "扎实做好稳就业工作。支持发展普惠养老服务。"),
    ("积极稳妥推进碳达峰碳中和。高新技术产业增加值占比提高两个百分点。",
     "积极稳妥推进碳达峰碳中和。高新技术产业增加值占比提高两个百分点。"),
    ("严格执行中央八项规定精神，持之以恒纠治“四风”。",
     "严格执行中央八项规定精神，持之以恒纠治“四风”。"),
    ("原有规定与本通知不一致的，以本通知为准。", "原有规定与本通知不一致的，以本通知为准。"),
    ("活动现场，剪纸、皮影、木版年画等非遗项目集中亮相。",
     "活动现场，剪纸、皮影、木版年画等非遗项目集中亮相。"),
    ("张扬做好了准备。", "张*做好了准备。"),
    # styles of conduct (师德师风, 家风: 风建设 was read as a name), phrases jieba lacks (白墙黛瓦,
    # 金山银山), a verb before a word begun (严禁|野外), common nouns jieba tags as names (银杏叶);
    # not a name that begins as such a word might, nor a surname before a title (金秋月, 孙女士:
    # 金秋 and 孙女 are kept out of the list for them)
    ("加强师德师风建设。注重家庭家教家风建设。", "加强师德师风建设。注重家庭家教家风建设。"),
    ("古镇内的白墙黛瓦吸引了众多游客。绿水青山就是金山银山。",
     "古镇内的白墙黛瓦吸引了众多游客。绿水青山就是金山银山。"),
    ("严禁野外用火。漫山遍野的银杏叶一片金黄。", "严禁野外用火。漫山遍野的银杏叶一片金黄。"),
    ("金秋月老人生日那天，社区为他送去了蛋糕。", "金**老人生日那天，社区为他送去了蛋糕。"),
    ("孙女士来电反映，小区二次供水水压不足。", "*女士来电反映，小区二次供水水压不足。"),
    # countries among other places (jieba tags 尼泊尔 as a name, 哈萨克斯坦 as a foreign one),
    # not names listed nor one before a place that begins the next item, nor a name after a
    # country; the China-Europe freight trains
    ("留学生来自巴基斯坦、孟加拉国、尼泊尔等国。", "留学生来自巴基斯坦、孟加拉国、尼泊尔等国。"),
    ("雷耶斯、克莱尔等球员都将因伤缺阵。", "雷**、克**等球员都将因伤缺阵。"),
    ("民建中央主席陈昌智、北京市政协副主席王伟出席。抵御了瑞典埃里克公爵的进攻。",
     "民建中央主席陈**、北京市政协副主席王*出席。抵御了瑞典埃**公爵的进攻。"),
    ("该产品远销哈萨克斯坦、乌兹别克斯坦、吉尔吉斯斯坦等国。中欧班列从义乌出发。",
     "该产品远销哈萨克斯坦、乌兹别克斯坦、吉尔吉斯斯坦等国。中欧班列从义乌出发。"),
    ("来自北京的王建国、李娜。", "来自北京的王**、李*。"),
    # someone's tomb (墓 ends no given name), as a martyr's
    ("朱敏墓在县城西五里处。金和平烈士墓前摆满了鲜花。",
     "朱*墓在县城西五里处。金**烈士墓前摆满了鲜花。"),
    # a frame's longer reading where both fit (荣获 and 获得 follow a name), a compound surname
    # the model reads alone before its given name (南宫|光明), what someone breaks, holds office
    # or rents (违反, 任职期间, 租住), a word jieba tags as a name heading a likely one (白雪梅),
    # whose treatment a family pays for, a letter passed on (车成本人: 成本, a cost), a likely name
    # written again, what the named looks up or does of their accord (查阅, 主动: 查 and 主 are
    # surnames), a given name that is a word of time after a surname that is no preposition
    # (成|秋月), whom an office tells to come or pities; not a place before a common noun, nor
    # a family's village or lane
    ("经学校推荐，高桂荣获得本年度国家助学金一等资助。",
     "经学校推荐，高**获得本年度国家助学金一等资助。"),
    ("合作社社长南宫光明因经营不善，未按约定向社员支付土地租金。",
     "合作社社长南宫**因经营不善，未按约定向社员支付土地租金。"),
    ("华文明违反工作纪律，受到党内警告处分。审计指出，全建国任职期间未经集体研究决定大额资金支出。",
     "华**违反工作纪律，受到党内警告处分。审计指出，全**任职期间未经集体研究决定大额资金支出。"),
    ("广春风租住的人才公寓墙面渗水，已通知物业维修。",
     "广**租住的人才公寓墙面渗水，已通知物业维修。"),
    ("白雪梅在全省农民运动会上获得拔河比赛第一名。", "白**在全省农民运动会上获得拔河比赛第一名。"),
    ("为了给程文明治病，家里花光了所有积蓄。请将此函转交车成本人签收。",
     "为了给程**治病，家里花光了所有积蓄。请将此函转交车*本人签收。"),
    ("华和平、华和平二人因琐事发生口角，后被民警劝离。",
     "华**、华**二人因琐事发生口角，后被民警劝离。"),
    ("冯云查阅其父亲的干部人事档案。向林主动退还多领取的高龄津贴。",
     "冯*查阅其父亲的干部人事档案。向*主动退还多领取的高龄津贴。"),
    ("蔡军入住养老机构后，其子女成秋月每月支付护理费用三千元。",
     "蔡*入住养老机构后，其子女成**每月支付护理费用三千元。"),
    ("金华火腿以其独特风味闻名全国。", "金华火腿以其独特风味闻名全国。"),
    ("冯家湾村开展人居环境整治。史家胡同博物馆免费开放。",
     "冯家湾村开展人居环境整治。史家胡同博物馆免费开放。"),
    # a city's name before what a subject does, which the model gives no support (not a name the
    # model supports a little, 江山, nor one jieba tags as a place that a call or what is held in
    # it vouches for); who is trapped in a lift or sentenced
    ("补贴已转入华东名下。王国咨询灵活就业人员社保缴费基数。",
     "补贴已转入华*名下。王*咨询灵活就业人员社保缴费基数。"),
    ("据调查，杭州存在多处违规建筑。据统计，宁波存在各类安全隐患一千余处。经核实，江山存在占道经营行为。",
     "据调查，杭州存在多处违规建筑。据统计，宁波存在各类安全隐患一千余处。经核实，江*存在占道经营行为。"),
    ("能文明被困电梯四十分钟。广爱国一审被判处有期徒刑三年。",
     "能**被困电梯四十分钟。广**一审被判处有期徒刑三年。"),
    # who graduated, who rides a bicycle (骑 is a surname too), who truly is one (确系), who wrote
    # a book (著有: 著 was masked)
    ("作为村里第一个大学生，黄想毕业后选择回乡工作。方静骑电动自行车未戴头盔，被交警劝导。",
     "作为村里第一个大学生，黄*毕业后选择回乡工作。方*骑电动自行车未戴头盔，被交警劝导。"),
    ("据了解，陈静确系本村村民。据了解，李娜不符合人才公寓申请条件。",
     "据了解，陈*确系本村村民。据了解，李*不符合人才公寓申请条件。"),
    ("村民刘洋著有《梅溪诗集》四卷。", "村民刘*著有《梅溪诗集》四卷。"),
    # who says what a quotation ends, in whose home something is found (国家, a state)
    ("“我们一定把服务做得更好。”龙文明说。在明爱国家中查获烟花爆竹二十箱。",
     "“我们一定把服务做得更好。”龙**说。在明**家中查获烟花爆竹二十箱。"),
    ("社区工作人员已电话通知师和平前来领取补贴。我们对程红旗的遭遇深表同情。",
     "社区工作人员已电话通知师**前来领取补贴。我们对程**的遭遇深表同情。"),
    # because, at a clause's start, read as the surname (因 is one too: the span was dropped)
    ("因程建国拒不履行生效判决，法院将其纳入失信被执行人名单。因令狐建军拒不履行判决。",
     "因程**拒不履行生效判决，法院将其纳入失信被执行人名单。因令狐**拒不履行判决。"),
    # who objects to a village committee's plan (read as the committee's name), who gives
    # money as a village worthy, whose home the bath van reaches, for whom a town applies
    ("邬红不服村委会的征地补偿分配方案。乡贤信秋月捐资二十万元修建了村文化广场。",
     "邬*不服村委会的征地补偿分配方案。乡贤信**捐资二十万元修建了村文化广场。"),
    ("助浴车来到信兵家楼下。镇政府为师红旗申请了临时救助金三千元。",
     "助浴车来到信*家楼下。镇政府为师**申请了临时救助金三千元。"),
    # what the named does after a name: takes apprentices, chats (带 and 聊天 were masked), and
    # whose home is fitted out (家 was masked)
    ("竹编技艺传承人白兵带徒授艺已有三十余年。志愿者每周二上门陪顾凯聊天、读报。社区为杨建家安装了烟感报警器。",
     "竹编技艺传承人白*带徒授艺已有三十余年。志愿者每周二上门陪顾*聊天、读报。社区为杨*家安装了烟感报警器。"),
    # too salty, a health commission, customs, study tours and anaesthetists (太咸: 咸, 卫健,
    # 海关查扣, 研学: 学 and 麻 were masked)
    ("于海燕反映养老院的伙食太咸。经卫健委调查，李俊投诉的问题查无实据。夏华代购的化妆品被海关查扣。",
     "于**反映养老院的伙食太咸。经卫健委调查，李*投诉的问题查无实据。夏*代购的化妆品被海关查扣。"),
    ("学生吴雪梅在研学活动中走失。麻醉科主任徐华说，无痛分娩技术已在全院推广。",
     "学生吴**在研学活动中走失。麻醉科主任徐*说，无痛分娩技术已在全院推广。"),
    # a teammate, what the named is able to do, whose door is open (有 and 家门 were masked)
    ("信秋月和队友信秋月在混双比赛中获得亚军。经查，被执行人张伟有能力履行而拒不履行。",
     "信**和队友信**在混双比赛中获得亚军。经查，被执行人张*有能力履行而拒不履行。"),
    ("保安成波发现成波家门未关，及时通知了业主。志愿者每周二上门陪罗桂珍聊天。",
     "保安成*发现成*家门未关，及时通知了业主。志愿者每周二上门陪罗**聊天。"),
    # what someone checks in, a marathon, a footpath and a solar term (托运, 程马拉松, 步道 and 白露
    # were masked)
    ("祁秀芳称，其托运的行李箱在运输中被损坏。叶宁获得全程马拉松男子组冠军。",
     "祁**称，其托运的行李箱在运输中被损坏。叶*获得全程马拉松男子组冠军。"),
    ("易雪梅在健身步道上晨跑时突发疾病。白露节气过后，昼夜温差加大。谷雨前后种瓜点豆。",
     "易**在健身步道上晨跑时突发疾病。白露节气过后，昼夜温差加大。谷雨前后种瓜点豆。"),
    # a subject after a word of cause (因, 由于) and whose initiative (在…的倡议下), whom staff
    # help up, specially praised (扶 and 特向 were masked)
    ("因常红旗拒不履行生效判决。由于广鹏的积极配合，案件很快得以侦破。在白雪梅的倡议下，成立了互助会。",
     "因常**拒不履行生效判决。由于广*的积极配合，案件很快得以侦破。在白**的倡议下，成立了互助会。"),
    ("工作人员把杨建扶到了休息室。特向拾金不昧的王伟同学提出表扬。",
     "工作人员把杨*扶到了休息室。特向拾金不昧的王*同学提出表扬。"),
    # a monk's title, a loss adjuster and an assessment of a loss (法, 勘员 and 定损 were masked)
    ("寺庙住持杨建法师带领僧众参加了植树活动。周涛报案后，查勘员王健当天就到了现场。周璐对定损结果有异议。",
     "寺庙住持杨*法师带领僧众参加了植树活动。周*报案后，查勘员王*当天就到了现场。周*对定损结果有异议。"),
    # a pastor after a name, what the named bought online, who took the train too far, a
    # blogger who published false news (read as an information company's name), a year in
    # words, a river's patrol and the internet office (牧, 网, 坐, 二, 河 and 向网信 were masked)
    ("来电人罗芳牧师表示。来电人刘洋网购的羽绒服不达标。来电人孙浩坐过站后要求停车。",
     "来电人罗*牧师表示。来电人刘*网购的羽绒服不达标。来电人孙*坐过站后要求停车。"),
    ("博主石海洋因发布虚假信息被平台封号。陈丽娟二〇二六年十月十日出生。龙波十年来坚持义务巡河。",
     "博主石**因发布虚假信息被平台封号。陈**二〇二六年十月十日出生。龙*十年来坚持义务巡河。"),
    ("吴桂香向网信办举报了一个网站。", "吴**向网信办举报了一个网站。"),
    # whose shop it is (read as a place's name before its shop, and published), a forest
    # right's certificate (林权证 was masked)
    ("马文明的店铺门头招牌存在安全隐患。金军的网店被平台关闭。杨涛的林权证已换发。",
     "马**的店铺门头招牌存在安全隐患。金*的网店被平台关闭。杨*的林权证已换发。"),
    # a clause that goes on with its subject's adverb, a defence's reply and a judgment's date
    # (曾, 答 and 于本 were masked)
    ("证人王伟出庭作证称，曾亲眼看见被告将款项交给原告。被上诉人刘华答辩称，一审判决认定事实清楚。",
     "证人王*出庭作证称，曾亲眼看见被告将款项交给原告。被上诉人刘*答辩称，一审判决认定事实清楚。"),
    ("判决如下：被告赵磊于本判决生效之日起十日内偿还借款。",
     "判决如下：被告赵*于本判决生效之日起十日内偿还借款。"),
    # a year in words after a name the rules read on into (来电人, evidence: 二 was masked),
    # and reaching an agreement (达 was read as a third character)
    ("来电人李娜二〇二六年十月十日出生。经查，郑爽达成执行和解协议。",
     "来电人李*二〇二六年十月十日出生。经查，郑*达成执行和解协议。"),
    # who called a hotline, posted online or was taken on from a reserve list (拨, 发 and 补 were
    # read as a third character)
    ("来电人邓超拨打了心理援助热线。梁超发帖称自己遭到了不公正对待。由递补人员严丽补录。",
     "来电人邓*拨打了心理援助热线。梁*发帖称自己遭到了不公正对待。由递补人员严*补录。"),
    # … and where the model split the name before it (罗秀|荣二: 荣 was published)
    ("罗秀荣二〇二六年十月十日出生。", "罗**二〇二六年十月十日出生。"),
    # on what grounds someone sues (以…为由): no company's name (程玉兰以物业公司…)
    ("程玉兰以物业公司未履行维修义务为由起诉至法院。",
     "程**以物业公司未履行维修义务为由起诉至法院。"),
    ("全飞以物业公司未履行维修义务为由起诉至法院。", "全*以物业公司未履行维修义务为由起诉至法院。"),
    # a thing listed after 和 with another (飞机和高铁), not a name
    ("被执行人梁飞已被列入失信被执行人名单，并被限制乘坐飞机和高铁。",
     "被执行人梁*已被列入失信被执行人名单，并被限制乘坐飞机和高铁。"),
    # what a subject proposes at a meeting, what someone with a role says, and what is given to
    # a hospital: evidence for names that are words (光明, 玉兰)
    ("华光明在村民议事会上建议修建一座便民桥。", "华**在村民议事会上建议修建一座便民桥。"),
    ("社区养老服务站站长时光明说，站里每天为老人送餐上门。",
     "社区养老服务站站长时**说，站里每天为老人送餐上门。"),
    ("能玉兰向医院捐赠了一台彩超设备。", "能**向医院捐赠了一台彩超设备。"),
    ("公开信说，双方应当加强合作。", "公开信说，双方应当加强合作。"),
    # a name written again where the model read less of it (令狐平|安立即)
    ("令狐平安在地铁站内晕倒，站务员令狐平安立即上前救助。",
     "令狐**在地铁站内晕倒，站务员令狐**立即上前救助。"),
    # the household's pond, not a name's third character
    ("高欢家的鱼塘被上游工厂排放的污水污染。", "高*家的鱼塘被上游工厂排放的污水污染。"),
    # a proposal and a deputy's title: what they do is no name's (领衔, 代表), nor this proposal
    ("本提案由陈华委员领衔提出，共有十二名委员附议。",
     "本提案由陈*委员领衔提出，共有十二名委员附议。"),
    ("诸葛明代表建议将农村公路养护资金纳入财政预算。",
     "诸葛*代表建议将农村公路养护资金纳入财政预算。"),
    # the grounds someone gives (以…为由), and the weather (暴雨中)
    ("赔偿请求人杨建以错误羁押为由申请国家赔偿。", "赔偿请求人杨*以错误羁押为由申请国家赔偿。"),
    ("暴雨中，陈瑜驾驶的轿车被困涵洞。", "暴雨中，陈*驾驶的轿车被困涵洞。"),
    # an official's portfolio, what something is made into, and a word of praise: no names
    ("副区长李娜分管教育、卫健工作。", "副区长李*分管教育、卫健工作。"),
    ("刘洋的事迹被拍成微电影在网上播出。", "刘*的事迹被拍成微电影在网上播出。"),
    ("杨建同志工作能力强，群众公认度高。", "杨*同志工作能力强，群众公认度高。"),
    ("程伟将祖传的族谱捐赠给县档案馆。", "程*将祖传的族谱捐赠给县档案馆。"),
    # through a community (经, 通过): no community's name
    ("谢娟经社区戒毒三年期满。", "谢*经社区戒毒三年期满。"),
    ("林涛通过社区推荐到街道工作。", "林*通过社区推荐到街道工作。"),
    # what someone suffers, fills in, learns from, hurries to, drives and is: no name's end
    ("梁超患尿毒症，每周需透析三次。", "梁*患尿毒症，每周需透析三次。"),
    ("李娜如实填报了农业普查表。", "李*如实填报了农业普查表。"),
    ("郑爽师从王建国学习书法三十年。", "郑*师从王**学习书法三十年。"),
    ("来电人马丽连夜赶赴灾区指挥救援。", "来电人马*连夜赶赴灾区指挥救援。"),
    ("当事人刘洋以私家车非法营运。", "当事人刘*以私家车非法营运。"),
    # no name read back over the end of one the model is sure of (荣|绕路多), and a name after
    # 仍为 (is still)
    ("投诉出租车驾驶员龚桂荣绕路多收费，乘车时间2023年4月21日。",
     "投诉出租车驾驶员龚**绕路多收费，乘车时间2023年4月21日。"),
    ("监事由花伟变更为花丽，经理仍为花宁。", "监事由花*变更为花*，经理仍为花*。"),
    # a household of a kind in a visit's notes, a fund paid, a patent attorney and keeping on,
    # and because: no name's end, nor a network company's name (马丽因沉迷网络赌博…)
    ("今日走访：王芳家（低保户），李娜家（残疾人家庭）。",
     "今日走访：王*家（低保户），李*家（残疾人家庭）。"),
    ("龙杰领取的特困供养金按月发放至社保卡。", "龙*领取的特困供养金按月发放至社保卡。"),
    ("专利代理师黄建军代理的案件数量位居全省前列。", "专利代理师黄**代理的案件数量位居全省前列。"),
    ("住户调查记账户和斌坚持记账十五年。", "住户调查记账户和*坚持记账十五年。"),
    ("当事人马丽因沉迷网络赌博欠下巨额债务。", "当事人马*因沉迷网络赌博欠下巨额债务。"),
    ("押金未退还。", "押金未退还。"),  # (a fund's word at the text's start)
    # trees and flowers jieba tags as names, and a term's time (秋季学期): prose, no names
    ("柳树发芽了，桃花也开了。", "柳树发芽了，桃花也开了。"),
    ("金秋十月，桂花飘香。", "金秋十月，桂花飘香。"),
    ("秋季学期新生入学报到时间为九月一日。", "秋季学期新生入学报到时间为九月一日。"),
    ("投诉出租车驾驶员周一诺绕路多收费。", "投诉出租车驾驶员周**绕路多收费。"),  # (周一: Monday)
    # check-29: workers of special equipment, a vet, an insurance agent (夸大: 夸 was masked),
    # a sure name's surname taken for that of what follows it (私拉 was masked), and adverbs
    # that begin with a surname after a role word (方可, 易: only then, easily)
    ("特种设备作业人员和平无证操作叉车。", "特种设备作业人员和*无证操作叉车。"),
    ("特种设备作业人员高欢无证操作叉车。", "特种设备作业人员高*无证操作叉车。"),
    ("乡镇兽医和磊对全村的家禽开展了疫苗接种。", "乡镇兽医和*对全村的家禽开展了疫苗接种。"),
    ("保险代理人师鹏夸大保险责任误导消费者。", "保险代理人师*夸大保险责任误导消费者。"),
    ("曹利私拉电线窃电，被供电公司追缴电费。", "曹*私拉电线窃电，被供电公司追缴电费。"),
    ("持证工作人员方可进入", "持证工作人员方可进入"),
    ("作业人员易发生中暑，应合理安排工作时间。", "作业人员易发生中暑，应合理安排工作时间。"),
    ("该路段易发生交通事故，请减速慢行。", "该路段易发生交通事故，请减速慢行。"),
    ("来电人方海洋反映楼道照明损坏。", "来电人方**反映楼道照明损坏。"),
    ("驾驶员易建军绕路多收费。", "驾驶员易**绕路多收费。"),
    # … what a subject does at a place (在工地从事…), and a given name that is a word before a
    # rare word that a frequent one breaks (安通, 通过)
    ("南宫红旗在工地从事电焊作业十余年。", "南宫**在工地从事电焊作业十余年。"),
    ("时海洋在河道内非法采砂，砂石已被扣押。", "时**在河道内非法采砂，砂石已被扣押。"),
    ("杭州在全省率先推行垃圾分类。", "杭州在全省率先推行垃圾分类。"),
    ("常平安通过家政公司雇用的保姆擅自离岗。", "常**通过家政公司雇用的保姆擅自离岗。"),
    # scratch genres of stop 59: promoted to a title (晋升: 升 was masked), a household's house
    # and contracted tea garden (家 was masked), a child without carers (抚养's 养 was masked)
    ("拟推荐郭文（县人民医院）、蒲秀华（县中医院）晋升主任医师。",
     "拟推荐郭*（县人民医院）、蒲**（县中医院）晋升主任医师。"),
    ("赵磊家房屋经鉴定为C级危房。", "赵*家房屋经鉴定为C级危房。"),
    ("华飞家承包的十亩茶园被认定为示范基地。", "华*家承包的十亩茶园被认定为示范基地。"),
    ("民政部门已为事实无人抚养儿童张杨办理基本生活补贴。",
     "民政部门已为事实无人抚养儿童张*办理基本生活补贴。"),
    ("民政部门已为事实无人抚养儿童文胜利办理基本生活补贴。",
     "民政部门已为事实无人抚养儿童文**办理基本生活补贴。"),
    ("事实无人抚养儿童基本生活补贴标准", "事实无人抚养儿童基本生活补贴标准"),
    # … minutes and letters of thanks: 关于 (about) after a name (阳关 was read as its given
    # name), and a given name the model is sure of after the surname it read alone
    ("会议听取了赵阳关于上半年安全生产工作的汇报。", "会议听取了赵*关于上半年安全生产工作的汇报。"),
    ("感谢谢玉梅对我们工作的支持！", "感谢谢**对我们工作的支持！"),
    ("新生儿师磊随母亲赵玉梅落户。", "新生儿师*随母亲赵**落户。"),
    # … a caller's words: whom one heard or passes a message on to, his dad, how often, when
    ("听华光明说，这个政策今年就停了。", "听华**说，这个政策今年就停了。"),
    ("听信谣言说", "听信谣言说"),
    ("麻烦转告广春风，让他尽快回个电话。", "麻烦转告广**，让他尽快回个电话。"),
    ("刘军他爸前天摔了一跤，到现在还没人管。", "刘*他爸前天摔了一跤，到现在还没人管。"),
    ("我家隔壁的华海燕天天在楼道里堆东西。", "我家隔壁的华**天天在楼道里堆东西。"),
    ("我们村的李想去年当上了村主任。", "我们村的李*去年当上了村主任。"),
    # … transliterated names the rules read three characters of (热合曼·吐尔逊 was published)
    ("被告人阿卜杜热合曼·吐尔逊，男，1985年生。", "被告人阿*********，男，1985年生。"),
    ("被告人阿卜杜热合曼，男，1985年生。", "被告人阿*****，男，1985年生。"),
    ("村民阿不力孜·买买提反映噪音扰民。", "村民阿*******反映噪音扰民。"),
    ("被告信伟于本判决生效之日起十日内偿还。", "被告信*于本判决生效之日起十日内偿还。"),
    # … a table's remarks: whom a case is handed to, not a trade nor a body's short form
    ("交石春风处理", "交石**处理"),
    ("交易中心处理", "交易中心处理"),
    ("交安监处理", "交安监处理"),
    # … kin: two names joined by 是 in one span, what a daughter does now (现就读: 现 was
    # masked), and an elder brother after 其 (与其兄花芳…)
    ("熊莉是易超的外孙，随母亲生活。", "熊*是易*的外孙，随母亲生活。"),
    ("赵凤兰之女常华现就读于县第一中学。", "赵**之女常*现就读于县第一中学。"),
    ("李明与其兄花芳因宅基地发生纠纷。", "李*与其兄花*因宅基地发生纠纷。"),
    ("其兄弟姐妹均已成家。", "其兄弟姐妹均已成家。"),
    # … medical records and schools: whom a physician advises, a chief complaint (主诉: 主 was
    # masked), a surname alone at a clause's start before a name the model is sure of
    ("主治医生申浩建议王强住院观察。", "主治医生申*建议王*住院观察。"),
    ("建议有关部门尽快处理。", "建议有关部门尽快处理。"),
    ("李建主诉头痛三天，既往有高血压病史。", "李*主诉头痛三天，既往有高血压病史。"),
    ("时金凤、梁伟两位同学被评为三好学生。", "时**、梁*两位同学被评为三好学生。"),
    ("向王伟了解情况。", "向王*了解情况。"),
    # … whom a court orders someone to pay, and with whom one quarrels (跟)
    ("法院判令葛伟支付叶波欠款五万元。", "法院判令葛*支付叶*欠款五万元。"),
    ("徐伟跟白建国因停车问题发生争吵。", "徐*跟白**因停车问题发生争吵。"),
    ("支付宝欠款", "支付宝欠款"),
    # … whom the police take a measure against, and whom a notice says to contact
    ("公安机关依法对盛桂花采取取保候审措施。", "公安机关依法对盛**采取取保候审措施。"),
    ("对该路段实施交通管制。", "对该路段实施交通管制。"),
    ("如有发现者，请立即与南宫爱国联系。", "如有发现者，请立即与南宫**联系。"),
    # … pensions and property: a fund's name ending at 金, overdrawn (多领), what a relative
    # should refund, paying contributions (缴费), what is held in one's name (其名下)
    ("南宫涛的基本养老金自2026年1月起调整。", "南宫*的基本养老金自2026年1月起调整。"),
    ("其家属郭丽娟应退还多领的养老金。", "其家属郭**应退还多领的养老金。"),
    ("陈丽娟缴费满15年，可按月领取养老金。", "陈**缴费满15年，可按月领取养老金。"),
    ("刘彬将其名下位于城南路的房屋赠与其子。", "刘*将其名下位于城南路的房屋赠与其子。"),
    ("老王说，小李来了。", "老*说，小*来了。"),
    # … administrative review and litigation: what a third party states (述称: 述 was masked),
    # who bears the costs, whose claim is dismissed
    ("第三人郭文述称，其对涉案房屋享有合法权益。", "第三人郭*述称，其对涉案房屋享有合法权益。"),
    ("案件受理费50元，由金和平负担。", "案件受理费50元，由金**负担。"),
    ("判决驳回华和平的诉讼请求。", "判决驳回华**的诉讼请求。"),
    ("判决驳回原告的诉讼请求。", "判决驳回原告的诉讼请求。"),
    # … enforcement: the high spending a court forbids a debtor (高消费: 高 was masked)
    ("限制邓莹高消费及非生活和工作必需的消费行为。", "限制邓*高消费及非生活和工作必需的消费行为。"),
    ("限制李志强高消费及非生活和工作必需的消费。", "限制李**高消费及非生活和工作必需的消费。"),
    # … an accident's injured (受轻伤: 受 was masked)
    ("事故造成方静当场死亡，曾建受轻伤。", "事故造成方*当场死亡，曾*受轻伤。"),
    # … household registers: whom children live with, a newborn registered with its father
    # (随 and 父 were read as surnames, the names half published), a grandson's name after the
    # kin word (孙子: 子 was masked)
    ("南宫伟与岳秀梅离婚后，子女随岳秀梅生活。", "南宫*与岳**离婚后，子女随岳**生活。"),
    ("新生儿南宫伟随父林成落户。", "新生儿南宫*随父林*落户。"),
    ("随着经济发展，随文同志调任。", "随着经济发展，随*同志调任。"),
    ("王秀兰申请将其孙子卢秀兰的户口迁入本户。", "王**申请将其孙子卢**的户口迁入本户。"),
    # … a village named after a family, where the model is sure of its surname alone
    ("刘家湾社区开展了垃圾分类宣传活动。", "刘家湾社区开展了垃圾分类宣传活动。"),
    # … that man (那名: 名 was masked, 那 being a surname), and COVID-19, younger than jieba's
    # dictionary (新冠 was masked)
    ("他反映其母亲那名男子的高龄津贴未发放。", "他反映其母亲那名男子的高龄津贴未发放。"),
    ("来电人那英反映楼道堆放杂物。", "来电人那*反映楼道堆放杂物。"),
    ("患者因新冠肺炎住院治疗。", "患者因新冠肺炎住院治疗。"),
    ("李荣因新冠肺炎住院治疗。", "李*因新冠肺炎住院治疗。"),
    # … how much in all someone received (共领取: 共 was masked)
    ("1月至3月，周伟共领取补贴3000元。", "1月至3月，周*共领取补贴3000元。"),
    # … the hotline's agents (坐席员: 席 was masked) and a household's dog (家 or 狗 was masked)
    ("该工单由坐席员华海燕受理，转交司马超处理。", "该工单由坐席员华**受理，转交司马*处理。"),
    ("匿名来电，反映刘华家狗夜间吠叫扰民。", "匿名来电，反映刘*家狗夜间吠叫扰民。"),
    ("匿名来电，反映俞玉梅家狗夜间吠叫扰民。", "匿名来电，反映俞**家狗夜间吠叫扰民。"),
    # … notices: on receipt of what (于收到: 收 was masked), and taking a dog along (携犬: 犬)
    ("请当事人于收到本通知之日起七日内领取。", "请当事人于收到本通知之日起七日内领取。"),
    ("申请人于平安反映楼道照明损坏。", "申请人于**反映楼道照明损坏。"),
    ("居民携犬出门须牵绳。", "居民携犬出门须牵绳。"),
    ("北京正在研究。杭州尚未出台。因故未到场。", "北京正在研究。杭州尚未出台。因故未到场。"),
    # … a passenger's name ending where 向 a body it reports to begins (东向, 风向: a direction)
    ("乘客全晓东向交通运输局投诉。", "乘客全**向交通运输局投诉。"),
    ("乘客南宫春风向交通运输局投诉。", "乘客南宫**向交通运输局投诉。"),
    ("古树认养人万杰认养古银杏一株。", "古树认养人万*认养古银杏一株。"),
    # … a shopkeeper whose given name is a common word after a surname that is none (田建 is
    # no word; 和家 is none either, but 和 is a conjunction), and a lightning-rod tester
    ("商户田建设的店外违规堆放杂物。", "商户田**的店外违规堆放杂物。"),
    ("学生和家长都来了。", "学生和家长都来了。"),
    ("防雷检测员师红旗对辖区加油站开展检测。", "防雷检测员师**对辖区加油站开展检测。"),
    # … whose shop or stall it is (的餐馆, 的摊位: the model found no one at a text's start),
    # not a place's
    ("郭红的餐馆油烟扰民，环保部门已责令整改。", "郭*的餐馆油烟扰民，环保部门已责令整改。"),
    ("成卫东的餐馆油烟扰民，环保部门已责令整改。", "成**的餐馆油烟扰民，环保部门已责令整改。"),
    ("协管员在巡查中发现成秋月的摊位无证经营。", "协管员在巡查中发现成**的摊位无证经营。"),
    ("杭州的餐馆油烟扰民。", "杭州的餐馆油烟扰民。"),
    # … and what is said of a name, not a name's end: making a statement (作表态), a total score
    # (以总分), since a year and at an hour in words (自二〇二五年, 于八时)
    ("梁飞作表态发言，表示坚决完成任务。", "梁*作表态发言，表示坚决完成任务。"),
    ("黎欢以总分六百八十分的成绩被录取。", "黎*以总分六百八十分的成绩被录取。"),
    ("经查，黄阳自二〇二五年起在车库内加工熟食。", "经查，黄*自二〇二五年起在车库内加工熟食。"),
    ("签到表显示文长江于八时五十分到会。", "签到表显示文**于八时五十分到会。"),
    ("于一鸣作了发言。", "于**作了发言。"),
    # … and titles after a whole name: a deputy's, and one after a given name that is a word,
    # but not a title where the name would be a place's, a firm's or a post's (任财务经理)
    ("程红旗副县长分管农业农村工作。", "程**副县长分管农业农村工作。"),
    ("程红旗院长、马桂花副院长参加会议。", "程**院长、马**副院长参加会议。"),
    ("和春风主任、王伟科长一同前往现场核查。", "和**主任、王*科长一同前往现场核查。"),
    ("感谢康桂花市长百忙之中回复我的留言。", "感谢康**市长百忙之中回复我的留言。"),
    ("1992-1995年在北内集团三产任财务经理；", "1992-1995年在北内集团三产任财务经理；"),
    ("1998年在扬州曙光电缆厂工作，任副厂长；", "1998年在扬州曙光电缆厂工作，任副厂长；"),
    ("清算行中银香港副董事长兼总裁出席。", "清算行中银香港副董事长兼总裁出席。"),
    ("现任上海翰鸿律师事务所主任律师。", "现任上海翰鸿律师事务所主任律师。"),
    ("中国国家主席出席会议。", "中国国家主席出席会议。"),
    ("永嘉县县长出席。", "永嘉县县长出席。"),
    # … a secretary whose given name ends where an app's name would (李小红书记: not 小红书),
    # a nickname, all of a list (均在押), a household's farming
    ("李小红书记对此事作出批示。", "李**书记对此事作出批示。"),
    ("王小红在小红书记录生活。", "王**在小红书记录生活。"),
    ("冯佳绰号“老三”，系本案主犯。", "冯*绰号“老*”，系本案主犯。"),
    ("上列被告人葛秀英、王晶均在押。", "上列被告人葛**、王*均在押。"),
    ("文长江家养殖生猪六十头。", "文**家养殖生猪六十头。"),
    # … frames: who introduced someone (经 and the conjunction 和 as a surname), whose request,
    # whom a meeting heard, whose delegation is welcome, whom a letter thanks, whom a caller
    # asks for, who takes the minutes; not a word in a name's place
    ("经和春风介绍，常伟到该厂务工。", "经和**介绍，常*到该厂务工。"),
    ("对成爱国的申请，本机关决定不予受理。", "对成**的申请，本机关决定不予受理。"),
    ("会议听取了高明关于安全生产工作的汇报。", "会议听取了高*关于安全生产工作的汇报。"),
    ("欢迎易红旗一行来我市考察。", "欢迎易**一行来我市考察。"),
    ("感谢广爱国对我们工作的支持！", "感谢广**对我们工作的支持！"),
    ("喂，是和春风吗？你的快递到了。", "喂，是和**吗？你的快递到了。"),
    ("本次会议由周伟主持，文玉兰记录。", "本次会议由周*主持，文**记录。"),
    ("感谢政府对我们的关心。", "感谢政府对我们的关心。"),
    ("对原告的申请不予受理。", "对原告的申请不予受理。"),
    # … a step parent between two names, whom a superior criticises or an employer dismisses,
    # whom a school admits, who convenes a meeting, against whom a court issues an order
    ("冯佳继父林伟未尽抚养义务。", "冯*继父林*未尽抚养义务。"),
    ("姜伟继父高璐未尽抚养义务。", "姜*继父高*未尽抚养义务。"),
    ("经理批评白雪梅工作态度不端正。", "经理批评白**工作态度不端正。"),
    ("单位决定辞退常红旗，未支付经济补偿金。", "单位决定辞退常**，未支付经济补偿金。"),
    ("学校录取信海洋为2026级新生。", "学校录取信**为2026级新生。"),
    ("下次会议由和长江召集，具体时间另行通知。", "下次会议由和**召集，具体时间另行通知。"),
    ("法院依法对信海洋发出限制消费令。", "法院依法对信**发出限制消费令。"),
    ("老师批评教育了他，公司开除了三名员工。", "老师批评教育了他，公司开除了三名员工。"),
    # … from whom goods were bought, whom someone takes to hospital or calls in for a talk, and
    # a household's contracted land
    ("郑伟承认从时建国处购进的猪肉未经检疫。", "郑*承认从时**处购进的猪肉未经检疫。"),
    ("志愿者陪和长江去医院复诊。", "志愿者陪和**去医院复诊。"),
    ("区纪委找和平安谈话提醒。", "区纪委找和**谈话提醒。"),
    ("南宫长江户承包地面积三点二亩。", "南宫**户承包地面积三点二亩。"),
    ("不知从何处购进，送文件到医院。", "不知从何处购进，送文件到医院。"),
    # … a patient discharged "when" (时: 王瑞出院时医院 was read as a hospital's name), and a
    # vendor a patrol finds on the pavement
    ("王瑞出院时医院未告知其复查时间。", "王*出院时医院未告知其复查时间。"),
    ("城管队员发现时光明在人行道上占道经营。", "城管队员发现时**在人行道上占道经营。"),
    # … a relative one quarrels or lives with, who pays or is paid after a mediation, whom an
    # office helps apply, who is the block's head
    ("儿媳王芳与婆婆信鹏因带孩子问题产生矛盾。", "儿媳王*与婆婆信*因带孩子问题产生矛盾。"),
    ("经调解，向和平赔偿钱伟医疗费共计三万元。", "经调解，向**赔偿钱*医疗费共计三万元。"),
    ("经调解，王伟同意赔偿成秋月维修费一千二百元。", "经调解，王*同意赔偿成**维修费一千二百元。"),
    ("协助华和平办理了高龄津贴申领手续。", "协助华**办理了高龄津贴申领手续。"),
    ("和杰是小区的楼栋长，负责收集业主意见。", "和*是小区的楼栋长，负责收集业主意见。"),
    ("他与母亲一起帮助他办理。", "他与母亲一起帮助他办理。"),
    # … a household visited, whose 家 ends no name (not 李振家, a name that ends so), a
    # household's tenant, and siblings the model finds only likely
    ("网格员李欣走访了老人王磊家，帮他换了灯泡。", "网格员李*走访了老人王*家，帮他换了灯泡。"),
    ("爱心人士李振家，走进天津水上公园。", "爱心人士李**，走进天津水上公园。"),
    ("李丽家租户杨雪未办理居住登记。", "李*家租户杨*未办理居住登记。"),
    ("万林的父亲安建军去世后，兄妹几人产生争议。", "万*的父亲安**去世后，兄妹几人产生争议。"),
    # … whom a notice asks to find (发现…者: 者 was masked), the last of a list of the injured
    # before what was done, who corrected an application (补正), who may apply (可以), whose
    # evidence a court weighs, and a flash flood (山洪, which jieba tags as a name)
    ("如有发现陈杰者，请立即与派出所联系。", "如有发现陈*者，请立即与派出所联系。"),
    ("受伤人员王伟、高平安已送医院救治。", "受伤人员王*、高**已送医院救治。"),
    ("能涛补正了申请内容。", "能*补正了申请内容。"),
    ("如对本答复不服，田林可以申请行政复议。", "如对本答复不服，田*可以申请行政复议。"),
    ("明华（女，45岁）在山洪中被困。", "明*（女，45岁）在山洪中被困。"),
    ("但一位资深人士却对记者表示。", "但一位资深人士却对记者表示。"),
    # … what is said at a meeting, after a name whose given name is a noun or an adjective
    ("和春风提议将该事项提交下次会议研究。", "和**提议将该事项提交下次会议研究。"),
    ("和平安在发言中指出，部分项目进度滞后。", "和**在发言中指出，部分项目进度滞后。"),
    ("信秋月指出，今年以来经济运行总体平稳。", "信**指出，今年以来经济运行总体平稳。"),
    # … a cell of remarks that holds one name and what it says of it (张建国家: 国家 was read;
    # 已转和敏), not one that names a body, a thing or oneself
    ("张建国家", "张**家"),
    ("王伟家", "王*家"),
    ("已转和敏", "已转和*"),
    ("交公冶金凤处理", "交公冶**处理"),
    ("由向春风代签", "由向**代签"),
    ("向文明签字", "向**签字"),
    ("华和平未到", "华**未到"),
    ("由本人签字", "由本人签字"),
    ("联系方式", "联系方式"),
    ("交安监处理", "交安监处理"),
    ("由物业代签", "由物业代签"),
    ("交高新区处理", "交高新区处理"),
    # … whom a complainant asks to apologise, saw dumping or suspects, a household that
    # qualifies, whom an office permits a trade; not a licence applied for before the office's
    # answer (申请许可，本机关不予受理: read as a letter's salutation), nor stopping insurance
    ("王伟要求信建设赔礼道歉并赔偿损失。", "王*要求信**赔礼道歉并赔偿损失。"),
    ("王伟看见来波往河里倒垃圾。", "王*看见来*往河里倒垃圾。"),
    ("王伟怀疑时光明偷拿了其晾晒的衣物。", "王*怀疑时**偷拿了其晾晒的衣物。"),
    ("和长江户符合特别扶助条件。", "和**户符合特别扶助条件。"),
    ("准予信海洋从事道路货物运输经营。", "准予信**从事道路货物运输经营。"),
    ("杨勇隐瞒有关情况申请许可，本机关不予受理。", "杨*隐瞒有关情况申请许可，本机关不予受理。"),
    ("王伟，本机关于2026年10月8日收到您的申请。", "王*，本机关于2026年10月8日收到您的申请。"),
    ("其家属未及时办理停保手续。", "其家属未及时办理停保手续。"),
    ("要求严格执行。", "要求严格执行。"),
    ("翟楠与前夫李辉就探望权达成协议。", "翟*与前夫李*就探望权达成协议。"),
    # … a place's gate, whose 东门 or 南门 is a compound surname too
    ("张磊的摊位位于菜市场东门。", "张*的摊位位于菜市场东门。"),
    ("请到医院南门等候。", "请到医院南门等候。"),
    # … to whom an insurer or a company owes a claim or an apology, whom someone visits or
    # finds fallen (倒 was masked)
    ("保险公司拒绝向白雪梅理赔。", "保险公司拒绝向白**理赔。"),
    ("社区工作人员多次上门看望信海洋。", "社区工作人员多次上门看望信**。"),
    ("邻居发现李秀英倒在家中。", "邻居发现李**倒在家中。"),
    ("向社会道歉。看望老人。", "向社会道歉。看望老人。"),
    # … a rare noun a given name may be after a role word and 和, before where or whose
    ("骑手和春风所在的配送站拖欠其报酬。", "骑手和**所在的配送站拖欠其报酬。"),
    ("护士和春风在抢救过程中表现突出。", "护士和**在抢救过程中表现突出。"),
    ("业主和物业在协商，房东和租户发生纠纷。", "业主和物业在协商，房东和租户发生纠纷。"),
    ("我们把名字和定位做到了完美的组合。", "我们把名字和定位做到了完美的组合。"),
    # … who assists (由王伟牵头，金玉兰配合), not a body
    ("此事由王伟牵头，金玉兰配合，限期十日内答复。", "此事由王*牵头，金**配合，限期十日内答复。"),
    ("和春风配合调查，如实说明了进货来源。", "和**配合调查，如实说明了进货来源。"),
    ("各部门配合，公安配合。", "各部门配合，公安配合。"),
    # … a relative named after a name (和长江母亲万芳), not a motherland
    ("和长江母亲万芳在医院摔倒骨折。", "和**母亲万*在医院摔倒骨折。"),
    ("看成祖国母亲的组成部分。", "看成祖国母亲的组成部分。"),
    # … a given name that is a rare noun at a clause's start, before what vouches for a name
    ("和春风的事迹被多家媒体报道。", "和**的事迹被多家媒体报道。"),
    ("广春风烈士1948年在解放战争中英勇牺牲。", "广**烈士1948年在解放战争中英勇牺牲。"),
    ("和平安是一名普通的环卫工人。", "和**是一名普通的环卫工人。"),
    ("东方平安的诉求部分获得支持。", "东方**的诉求部分获得支持。"),
    ("和长江的事迹被多家媒体报道。", "和**的事迹被多家媒体报道。"),
    ("时海洋户承包地面积三点二亩。", "时**户承包地面积三点二亩。"),
    ("和平安全是主题。", "和平安全是主题。"),
    ("蒋健在水库上游非法筑坝截水。", "蒋*在水库上游非法筑坝截水。"),
    # … with whom an agreement is reached, and a block of flats (楼栋: 楼 was masked)
    ("现场查看后，已与田文明达成一致意见。", "现场查看后，已与田**达成一致意见。"),
    ("王伟所在楼栋的电梯已修复。", "王*所在楼栋的电梯已修复。"),
    ("与对方达成一致。", "与对方达成一致。"),
    # … a surname and a function word the model finds only likely (都有: 有 was masked), but a
    # given name of one that a function word may be (杨过)
    ("人越来越冷漠，大家都有老的一天。", "人越来越冷漠，大家都有老的一天。"),
    ("还记得在电影变形金刚里有这样一段对白，", "还记得在电影变形金刚里有这样一段对白，"),
    ("在倒计时的上方有一行字：“它将来临……”", "在倒计时的上方有一行字：“它将来临……”"),
    ("来电人南门伟反映路灯不亮。", "来电人南门*反映路灯不亮。"),
    ("文件指出，要加强管理。", "文件指出，要加强管理。"),
    ("报告指出，会议由和平主持。", "报告指出，会议由和平主持。"),
    # … holding what an office issued (医院 after 持 names no hospital), whose papers were
    # untrue, whom an office tells or recovers money from, whose trade mark is used, for whom a
    # nurse draws blood, what is paid to someone, a farm machine owner; not the neighbour or
    # the management after 和
    ("郭文持医院出具的费用清单到医保经办窗口申请零星报销。",
     "郭*持医院出具的费用清单到医保经办窗口申请零星报销。"),
    ("信海洋持医院出具的费用清单到医保经办窗口申请零星报销。",
     "信**持医院出具的费用清单到医保经办窗口申请零星报销。"),
    ("因和华提供的经济困难证明材料不实，法律援助中心决定终止援助。",
     "因和*提供的经济困难证明材料不实，法律援助中心决定终止援助。"),
    ("经办人员审核后告知向爱国需补充提供出院小结。",
     "经办人员审核后告知向**需补充提供出院小结。"),
    ("医保中心追回全和平冒用他人医保卡结算的费用。",
     "医保中心追回全**冒用他人医保卡结算的费用。"),
    ("某公司未经许可使用单和平注册的商标。", "某公司未经许可使用单**注册的商标。"),
    ("采血护士为和爱国完成采血后，叮嘱其多饮水。",
     "采血护士为和**完成采血后，叮嘱其多饮水。"),
    ("经公示无异议，能军的补贴资金已通过一卡通发放。",
     "经公示无异议，能*的补贴资金已通过一卡通发放。"),
    ("农机大户原想购置一台玉米收获机。", "农机大户原*购置一台玉米收获机。"),
    ("受援人文雪梅因经济困难申请法律援助。", "受援人文**因经济困难申请法律援助。"),
    ("因和邻居提供的证据不足，不予支持。", "因和邻居提供的证据不足，不予支持。"),
    ("对和物业提供的材料不予采信。", "对和物业提供的材料不予采信。"),
    ("他坚持医院的方案，持续关注。", "他坚持医院的方案，持续关注。"),
    # … a fugitive, what a suspect owns up to, who stands in for a colleague, what a colleague
    # is asked to do, who reports a repair; a span the model read on past a name (在群里,
    # 有没有) or over a doubled verb (谢谢), and over-masking in property and ward records
    ("网上逃犯田文明于昨日落网。", "网上逃犯田**于昨日落网。"),
    ("经审讯，李成交代了伙同刘明盗窃电动车的犯罪事实。",
     "经审讯，李*交代了伙同刘*盗窃电动车的犯罪事实。"),
    ("马明今天请假，他的工作暂由高超代管。", "马*今天请假，他的工作暂由高*代管。"),
    ("辛苦金爱国跑一趟，把文件交给街道。", "辛苦金**跑一趟，把文件交给街道。"),
    ("麻烦和鹏把上个月的考勤表再核对一遍。", "麻烦和*把上个月的考勤表再核对一遍。"),
    ("报修人：王国庆，地址：3栋2单元502，报修内容：卫生间漏水。",
     "报修人：王**，地址：3栋2单元502，报修内容：卫生间漏水。"),
    ("刚才王成在群里说，明天的会议改到下午。", "刚才王*在群里说，明天的会议改到下午。"),
    ("问：陈梅有没有向你借过钱？答：借过，大概两万元。",
     "问：陈*有没有向你借过钱？答：借过，大概两万元。"),
    ("谢谢田成的关注和支持！", "谢谢田*的关注和支持！"),
    ("刘华反映单元门禁损坏，已安排维修。", "刘*反映单元门禁损坏，已安排维修。"),
    ("刘坤养的狗经常在电梯里随地大小便。", "刘*养的狗经常在电梯里随地大小便。"),
    ("主治医师耿明查房后指示：继续观察。", "主治医师耿*查房后指示：继续观察。"),
    ("师杰的书法作品获得市群众书画展一等奖。", "师*的书法作品获得市群众书画展一等奖。"),
    ("王家卫挑选的音乐很王家卫。", "王**挑选的音乐很王**。"),
    ("无论张教授的鱼的时代还是鸟的时代", "无论*教授的鱼的时代还是鸟的时代"),
    ("辛苦大家再坚持一下。", "辛苦大家再坚持一下。"),
    # … whom an office tells to pay, a patient a nurse finds unwell, a village's mainstay, a
    # web user who reports
    ("物业管家刘明已电话通知高超缴纳物业费。", "物业管家刘*已电话通知高*缴纳物业费。"),
    ("护士胡敏夜间巡视时发现江海洋血压偏低。", "护士胡*夜间巡视时发现江**血压偏低。"),
    ("村里的文艺骨干信伟自编自导了小品。", "村里的文艺骨干信*自编自导了小品。"),
    ("易建国网友反映的噪音扰民问题已处理。", "易**网友反映的噪音扰民问题已处理。"),
    ("通知全体员工于周五前完成。", "通知全体员工于周五前完成。"),
    # … whom a complainant asks to apologise, for whom an official wins contracts
    ("我要求白军当面道歉。", "我要求白*当面道歉。"),
    ("利用职务便利，为包胜利承揽工程提供帮助。", "利用职务便利，为包**承揽工程提供帮助。"),
    ("为企业谋利，我要求你们道歉。", "为企业谋利，我要求你们道歉。"),
    # … whom a technician guides, and chain stores that read as a surname and a given name
    ("农技员指导胡琴科学施用化肥，减少氮肥用量。", "农技员指导胡*科学施用化肥，减少氮肥用量。"),
    ("指导企业做好安全生产。", "指导企业做好安全生产。"),
    ("黎坤在屈臣氏买的面膜使用后皮肤过敏。", "黎*在屈臣氏买的面膜使用后皮肤过敏。"),
    ("黄林称在老凤祥购买的项链有质量问题。", "黄*称在老凤祥购买的项链有质量问题。"),
    ("高敏在沃尔玛购买的牛奶已过保质期。", "高*在沃尔玛购买的牛奶已过保质期。"),
    # … a sign-in sheet's cell (not who all came), whose household is poor (国家 is a state),
    # an obituary's farewell
    ("信海洋 已到", "信** 已到"),
    ("时飞\t请假", "时*\t请假"),
    ("全体 已到", "全体 已到"),
    ("我们村的白建国家里困难，希望政府帮帮他。", "我们村的白**家里困难，希望政府帮帮他。"),
    ("万光明千古！", "万**千古！"),
    ("流芳千古！", "流芳千古！"),
    # … who takes in a document for someone (明代, the Ming, is a word), and not a list's name
    # after a document served (送达文书, 选任名单)
    ("因杜明不在家，文书由其妻子方光明代收。", "因杜*不在家，文书由其妻子方**代收。"),
    ("送达文书：行政处罚决定书，受送达人王明拒绝签收。",
     "送达文书：行政处罚决定书，受送达人王*拒绝签收。"),
    ("文书由物业代收。", "文书由物业代收。"),
    # … not a role word that begins a longer word (居民区), nor a fee or a chat group; but an
    # accountant's name (会计师 names someone too)
    ("王伟称，货车在居民区鸣笛，影响休息。", "王*称，货车在居民区鸣笛，影响休息。"),
    ("王伟反映，车位费由每月二百元涨到三百元。", "王*反映，车位费由每月二百元涨到三百元。"),
    ("王伟称，班级群里老师要求家长批改作业。", "王*称，班级群里老师要求家长批改作业。"),
    ("村会计师文明公布了一季度各项支出明细。", "村会计师**公布了一季度各项支出明细。"),
    ("王伟反映，失业金申领需要提交的材料太多。", "王*反映，失业金申领需要提交的材料太多。"),
    # … cells of remarks: who stood in, did not answer, was called back, was told
    ("花林代", "花*代"),
    ("和鹏未接电话", "和*未接电话"),
    ("能军-已回访", "能*-已回访"),
    ("时海洋（已核实）", "时**（已核实）"),
    ("已通知金秋月", "已通知金**"),
    ("复核人和春风", "复核人和**"),
    ("困难家庭", "困难家庭"),
    ("明代", "明代"),
    # … whom someone struck or injured, whom an office urges or reminds, for what offence
    # someone sues (以 is no given name's); not the insults a pupil suffered
    ("易明一气之下打了明和平一巴掌。", "易*一气之下打了明**一巴掌。"),
    ("社区干部多次上门劝说方平配合拆除。", "社区干部多次上门劝说方*配合拆除。"),
    ("村委会提醒华海燕注意用火安全。", "村委会提醒华**注意用火安全。"),
    ("王明以诈骗罪起诉了向军。", "王*以诈骗罪起诉了向*。"),
    ("学生余霞多次遭到同班同学安长江的殴打和辱骂。", "学生余*多次遭到同班同学安**的殴打和辱骂。"),
    ("提醒大家注意安全。", "提醒大家注意安全。"),
    # … someone's cooperative, and not a span from inside how the named acts (始终)
    ("如今，姜帅的合作社已经带动周边两百多户农户增收。",
     "如今，姜*的合作社已经带动周边两百多户农户增收。"),
    ("多年来，韩荣始终坚守在扶贫一线。", "多年来，韩*始终坚守在扶贫一线。"),
    ("答：当时常海燕先动手推了我一下。", "答：当时常**先动手推了我一下。"),
    # … to whom someone apologises in person, and who drowned or was trapped
    ("郑明对投诉事实供认不讳，并向时建国当面道歉。", "郑*对投诉事实供认不讳，并向时**当面道歉。"),
    ("落水者能军经抢救无效死亡。", "落水者能*经抢救无效死亡。"),
    ("被困人员王伟被安全转移至地面。", "被困人员王*被安全转移至地面。"),
    ("向群众当面道歉。", "向群众当面道歉。"),
    # … the first of two people a clause starts with, joined to a name found surely; not a
    # body, a word or a pronoun's phrase
    ("信秋月与刘伟合伙经营的砂石场未办理采矿许可证。",
     "信**与刘*合伙经营的砂石场未办理采矿许可证。"),
    ("和长江与万和平合伙经营。", "和**与万**合伙经营。"),
    ("物业与王伟协商解决。", "物业与王*协商解决。"),
    ("那天我跟李伟说过，你对这个地区是有贡献的", "那天我跟李*说过，你对这个地区是有贡献的"),
    # … whom a car park's attendant overcharges, and the attendant (停车 is no car park's
    # word alone, 多收 no name's), after a compound surname too
    ("停车场收费员成超多收李涛停车费二十元。", "停车场收费员成*多收李*停车费二十元。"),
    ("停车场收费员令狐秋月多收霍欢停车费二十元。", "停车场收费员令狐**多收霍*停车费二十元。"),
    ("停车场收费员信波多收易静停车费。", "停车场收费员信*多收易*停车费。"),
    ("张伟停车后离开。", "张*停车后离开。"),
    ("物业多收车主停车费。", "物业多收车主停车费。"),
    # … whom a waste warden finds breaking the rules, for whom care is arranged, who lets
    # their own house, a newborn's father, an owner who fetched what was lost, and a helper of
    # the elderly; not a parent of 其, nor what a function word joins to a role word
    ("督导员叶林在小区值守，发现时娜未按要求分类投放厨余垃圾。",
     "督导员叶*在小区值守，发现时*未按要求分类投放厨余垃圾。"),
    ("垃圾分类督导员时光明在小区投放点值守。", "垃圾分类督导员时**在小区投放点值守。"),
    ("发现车辆未按规定停放。", "发现车辆未按规定停放。"),
    ("居家养老服务中心为程红旗安排了上门助浴服务。", "居家养老服务中心为程**安排了上门助浴服务。"),
    ("社区为方便老人安排了志愿者。", "社区为方便老人安排了志愿者。"),
    ("和春风将自有住房分隔出租给多名租客。", "和**将自有住房分隔出租给多名租客。"),
    ("新生儿的出生医学证明已签发，其父安平安办理了户口登记。",
     "新生儿的出生医学证明已签发，其父安**办理了户口登记。"),
    ("其父母均已去世。", "其父母均已去世。"),
    ("其母子二人相依为命。", "其母子二人相依为命。"),
    ("失主时平安已领回。", "失主时**已领回。"),
    ("网吧经营者成和平仍允许其进入上网。", "网吧经营者成**仍允许其进入上网。"),
    ("网吧经营者吴飞仍允许其进入上网。", "网吧经营者吴*仍允许其进入上网。"),
    ("助老员华和平每天中午给龙飞送餐上门。", "助老员华**每天中午给龙*送餐上门。"),
    ("业主和平时已经习惯了。", "业主和平时已经习惯了。"),
    # … a party to a dispute (梅因 is a word), to whom a meal is brought, and a newborn's
    # mother (为刚 is no given name's)
    ("承租人王伟与房东欧玉梅因押金退还问题发生纠纷。",
     "承租人王*与房东欧**因押金退还问题发生纠纷。"),
    ("双方因押金退还问题发生纠纷。", "双方因押金退还问题发生纠纷。"),
    ("助老员每天中午给华爱国送餐上门。", "助老员每天中午给华**送餐上门。"),
    ("志愿者给独居老人送餐。", "志愿者给独居老人送餐。"),
    ("严丽为刚出生的女儿办理了参保登记。", "严*为刚出生的女儿办理了参保登记。"),
    # not a measure word of people after a demonstrative, too much of something, nor becoming
    # a father
    ("这位老人名下的房产已过户。", "这位老人名下的房产已过户。"),
    ("他说物业管理费太高", "他说物业管理费太高"),
    ("张伟太高了。", "张*太高了。"),
    ("演员佟大为荣升父亲", "演员佟**荣升父亲"),
    # … nor 由 or 和 before a form of address that no one is spoken to or of with (by the
    # boss, with the teacher), nor the squad leader's title a name is read on to (伟大 is a
    # word), nor what the named does with a child, a motorbike or a question
    ("每天工资350元，由老板每月月底用现金结算。", "每天工资350元，由老板每月月底用现金结算。"),
    ("和老师一起去。", "和老师一起去。"),
    ("和女士来电反映", "*女士来电反映"),
    ("感谢由老师的帮助", "感谢*老师的帮助"),
    ("农业综合执法大队王伟大队长介绍", "农业综合执法大队王*大队长介绍"),
    ("王伟中队长", "王*中队长"),
    ("请家长王伟带孩子于6月18日到校。", "请家长王*带孩子于6月18日到校。"),
    ("乡村医生王伟骑着摩托车。", "乡村医生王*骑着摩托车。"),
    ("双方当事人王伟、李娜均到场。", "双方当事人王*、李*均到场。"),
    ("王伟问：离婚后孩子跟谁？", "王*问：离婚后孩子跟谁？"),
    # … whose shop an inspector finds (店里, no shop's name), not a likely span listed with
    # things (宽粉 between a potato dish and mushrooms), but a name listed with names, and with
    # what a person drives
    ("检查组发现刘宁店里的除草剂和饲料混放在一起。", "检查组发现刘*店里的除草剂和饲料混放在一起。"),
    ("检查组发现花长江店里的除草剂。", "检查组发现花**店里的除草剂。"),
    ("一份土豆片、宽粉、金针菇收费28元。", "一份土豆片、宽粉、金针菇收费28元。"),
    ("王伟、高峰、李娜均到场。", "王*、高*、李*均到场。"),
    ("3月份王伟未经批准前往广州，经核查属实，给予警告一次。",
     "3月份王*未经批准前往广州，经核查属实，给予警告一次。"),
    ("护林员发现金海洋在防火区内野炊。", "护林员发现金**在防火区内野炊。"),
    # … nor a place ending in 坳, a duty by a date, a time of day after 于, nor a body's or a
    # cup's name in quotes
    ("乡村医生王伟骑着摩托车到山里的李家坳随访。", "乡村医生王*骑着摩托车到山里的李家坳随访。"),
    ("被申请人应于本裁决书生效之日起十日内支付。", "被申请人应于本裁决书生效之日起十日内支付。"),
    ("132名群众于凌晨1时前全部转移至安置点。", "132名群众于凌晨1时前全部转移至安置点。"),
    ("于凌晨同志", "于**同志"),
    ("本案当事人为“润发粮油批发部”，经查…", "本案当事人为“润发粮油批发部”，经查…"),
    ('配送安装由"康乐家"医疗器械公司承担。', '配送安装由"康乐家"医疗器械公司承担。'),
    ("准备参加街道“金秋”杯广场舞大赛。", "准备参加街道“金秋”杯广场舞大赛。"),
    ("群众称“张伟”是好人。", "群众称“张*”是好人。"),
    # … whom a company owes wages, to whom an office issues a notice, into whose own account a
    # subsidy is paid, whose land bounds a plot, and a judge of a hearing; not owing on its own
    ("问：你公司欠王军多少工资？答：大概两万多", "问：你公司欠王*多少工资？答：大概两万多"),
    ("法律援助中心向白军出具了不予援助通知书。", "法律援助中心向白*出具了不予援助通知书。"),
    ("补贴资金通过一卡通发放至常建国本人账户。", "补贴资金通过一卡通发放至常**本人账户。"),
    ("四至为：东至水泥路，西至白雪梅家菜地。", "四至为：东至水泥路，西至白**家菜地。"),
    ("评委龙和平询问其兼职收入。", "评委龙**询问其兼职收入。"),
    ("公司拖欠农民工的工资。", "公司拖欠农民工的工资。"),
    # … whom a lawyer advises, who sold what was bought, whose application is granted, by whose
    # account an office acts, and an eldest brother; not a body, the public, nor arbitration
    ("律师建议能雪梅保留好聊天记录。", "律师建议能**保留好聊天记录。"),
    ("村民方伟购买了和平安销售的假冒水稻种子。", "村民方*购买了和**销售的假冒水稻种子。"),
    ("经村民代表会议讨论，同意信海洋的宅基地申请。", "经村民代表会议讨论，同意信**的宅基地申请。"),
    ("根据东方和平提供的微信转账记录", "根据东方**提供的微信转账记录"),
    ("其中长兄花秋月坚持要求变卖房屋。", "其中长兄花**坚持要求变卖房屋。"),
    ("建议有关部门尽快处理。", "建议有关部门尽快处理。"),
    ("同意该公司的申请。", "同意该公司的申请。"),
    ("经仲裁调解，公司一次性支付经济补偿金。", "经仲裁调解，公司一次性支付经济补偿金。"),
    # … who states their case, whose grandmother or cousin is named, whose household's gas
    # use rose; not a party's statement (陈述, which jieba tags as a name)
    ("答辩会记录：金光明陈述家庭情况约5分钟。", "答辩会记录：金**陈述家庭情况约5分钟。"),
    ("家访时，信平安的奶奶说孩子每天喝两瓶牛奶。", "家访时，信**的奶奶说孩子每天喝两瓶牛奶。"),
    ("2月份以来，白雪梅家燃气用量比去年同期高出约3倍。",
     "2月份以来，白**家燃气用量比去年同期高出约3倍。"),
    ("申请人陈述：", "申请人陈述："),
    ("当事人陈述", "当事人陈述"),
    ("申请人陆军：", "申请人陆*："),
    # … for whom a card is reported lost or a list is drawn up (a framed name is sure, and the
    # bidding word before it no name's), whom a clerk finds nervous, whom an office calls to a
    # fair, into whose home fumes drift, whose request is passed on, a reviewer, an apprentice,
    # an adopter, a village's legal adviser; not the teacher before a name (老师|傅芳)
    ("替包敏挂失银行卡的是其邻居。", "替包*挂失银行卡的是其邻居。"),
    ("支部委员徐伟帮黄东平梳理了个人检视问题清单。", "支部委员徐*帮黄**梳理了个人检视问题清单。"),
    ("银行柜员发现向建国神色慌张。", "银行柜员发现向**神色慌张。"),
    ("已通知向和平参加6月份的招聘会。", "已通知向**参加6月份的招聘会。"),
    ("楼下的油烟味飘进令狐平安家里。", "楼下的油烟味飘进令狐**家里。"),
    ("将万爱国提交的复核申请转交法制科。", "将万**提交的复核申请转交法制科。"),
    ("评价人龙文明，评价等级“差”。", "评价人龙**，评价等级“差”。"),
    ("在时建国的指引下，员工安全撤离。", "在时**的指引下，员工安全撤离。"),
    ("田伟和徒弟信建设一起扎出一盏花灯。", "田*和徒弟信**一起扎出一盏花灯。"),
    ("领养人安爱国承诺不遗弃。", "领养人安**承诺不遗弃。"),
    ("法律顾问广林向朱伟解释了条例。", "法律顾问广*向朱*解释了条例。"),
    ("孩子在幼儿园被老师傅芳打伤。", "孩子在幼儿园被老师傅*打伤。"),
    ("通知全体党员参加。", "通知全体党员参加。"),
    ("发现形迹可疑人员。", "发现形迹可疑人员。"),
    # … whose status is revoked, whose dog barks, whom an office asks to lead, whom a hospital
    # compensates, who signs a remark or a waiver, whose name a label bears, whom a manager
    # warns, whom a doctor tells, whom a notice commends; not a title, a label or a pronoun
    ("关于撤销向和平“县级非遗代表性传承人”资格的决定",
     "关于撤销向**“县级非遗代表性传承人”资格的决定"),
    ("同楼栋程玉英家的泰迪犬每晚十点后持续吠叫。", "同楼栋程**家的泰迪犬每晚十点后持续吠叫。"),
    ("县文旅局委托于平安牵头整理民间歌谣。", "县文旅局委托于**牵头整理民间歌谣。"),
    ("由医院一次性赔偿安爱国各项损失。", "由医院一次性赔偿安**各项损失。"),
    ("工单备注：和平安 已签收，客户确认外箱完好。", "工单备注：和** 已签收，客户确认外箱完好。"),
    ("需由信长江签字确认屋内已无遗留物品。", "需由信**签字确认屋内已无遗留物品。"),
    ("表背面贴有“文玉兰”字样标签。", "表背面贴有“文**”字样标签。"),
    ("已三次书面提醒广平安不得在电梯内带犬。", "已三次书面提醒广**不得在电梯内带犬。"),
    ("医生在沟通会上向华文明详细说明了术中所见。", "医生在沟通会上向***详细说明了术中所见。"),
    ("特此对和春风见义勇为的事迹予以表彰。", "特此对和**见义勇为的事迹予以表彰。"),
    ("撤销“先进集体”称号。", "撤销“先进集体”称号。"),
    ("贴有“合格”字样。", "贴有“合格”字样。"),
    ("向明补充说明了征地补偿款发放进度。", "向*补充说明了征地补偿款发放进度。"),
    ("台账备注：于爱国 已入户核实，家庭困难属实。", "台账备注：于** 已入户核实，家庭困难属实。"),
    ("帮白雪梅查询了近一个月的工单记录。", "帮白**查询了近一个月的工单记录。"),
    ("材料 已提交", "材料 已提交"),
    # … nor what the owners must do (须在), a building's floor (3号楼信箱), nor a family's graves
    ("业主须在30日前将表决票投入1号楼大堂信箱。", "业主须在30日前将表决票投入1号楼大堂信箱。"),
    ("请于30日前将材料投入3号楼信箱", "请于30日前将材料投入3号楼信箱"),
    ("散坟治理台账备注：刘娟家祖坟3座。", "散坟治理台账备注：刘*家祖坟3座。"),
    # … whose yard a warden finds neglected (家院子 is no place's name), to whom wages are paid,
    # to whom or from whom an office pays or takes money, from whom to learn, who shares the
    # blame, tellers, voters, those warned, assistants; not the public, nor a model worker's
    # kind
    ("网格员在走访中发现，杨红梅家院子里的鸡鸭都没人喂。",
     "网格员在走访中发现，杨**家院子里的鸡鸭都没人喂。"),
    ("张家院子", "张家院子"),
    ("裁决某电镀厂支付牛玉兰停工留薪期工资共计4.2万元。",
     "裁决某电镀厂支付牛**停工留薪期工资共计4.2万元。"),
    ("截至目前，已向东方超累计发放租赁补贴3.6万元。",
     "截至目前，已向东方*累计发放租赁补贴3.6万元。"),
    ("镇党委号召全镇党员干部向张博学习。", "镇党委号召全镇党员干部向张*学习。"),
    ("事故责任：金玉兰承担次要责任。", "事故责任：金**承担次要责任。"),
    ("反映某中介向能永红收取寿衣费用。", "反映某中介向能**收取寿衣费用。"),
    ("唱票人：易伟；计票人：时光明。", "唱票人：易*；计票人：时**。"),
    ("选民信海洋因在外务工无法回村投票。", "选民信**因在外务工无法回村投票。"),
    ("告诫对象：东方和平；告诫事由：殴打家庭成员", "告诫对象：东方**；告诫事由：殴打家庭成员"),
    ("向先进典型学习。", "向先进典型学习。"),
    ("向群众收取费用。", "向群众收取费用。"),
    ("双方承担同等责任。", "双方承担同等责任。"),
    # … and what the named does is not the name's: answering, holding, reporting, appealing,
    # checking, a lavish funeral, a crew, an injured limb, being there all along; nor is the
    # bidding word before a name a surname alone, nor a role word a name
    ("维修班组长王伟带工人李娜等两人到现场。", "维修班组长王*带工人李*等两人到现场。"),
    ("已电话联系王伟（由其儿媳李娜代接）。", "已电话联系王*（由其儿媳李*代接）。"),
    ("获救女孩的母亲李娜手捧锦旗。", "获救女孩的母亲李*手捧锦旗。"),
    ("经鉴定，伤者王伟左胫腓骨骨折。", "经鉴定，伤者王*左胫腓骨骨折。"),
    ("会议由副局长王伟主持，李娜通报了上半年工作。", "会议由副局长王*主持，李*通报了上半年工作。"),
    ("如对处理结果不服，王伟可依法申请行政复议。", "如对处理结果不服，王*可依法申请行政复议。"),
    ("选民登记册由李娜核对，王伟签字确认。", "选民登记册由李*核对，王*签字确认。"),
    ("对党员干部王伟大操大办母亲丧事的行为。", "对党员干部王*大操大办母亲丧事的行为。"),
    ("项目历时三个月，安全员李娜全程驻场。", "项目历时三个月，安全员李*全程驻场。"),
    ("请帮王伟预约周六上午的入户检修。", "请帮王*预约周六上午的入户检修。"),
    ("——陈述人王伟", "——陈述人王*"),
    ("协保员王伟反映，部分农户", "协保员王*反映，部分农户"),
    ("银行发现成静账户资金快进快出。", "银行发现成*账户资金快进快出。"),
    ("公司账户资金", "公司账户资金"),
    # … nor the name of an estate (花园, 新城) a place's word follows (停车 no longer is one)
    ("来电称沈北新区薛妤花园附近停车难。", "来电称沈北新区薛妤花园附近停车难。"),
    ("李伟驾驶的货车与万海洋驾驶的摩托车发生碰撞。",
     "李*驾驶的货车与万**驾驶的摩托车发生碰撞。"),
    ("当事人双方已达成协议。", "当事人双方已达成协议。"),
    # check-33 and the scratch genres of stop 63: role words, frames, a clause's or field's
    # end after a role word's name, a typical name whose surname begins a word (王国)
    ("图书馆工作人员游敏拾到一部手机，已联系失主成和平。",
     "图书馆工作人员游*拾到一部手机，已联系失主成**。"),
    ("二手车商高玉兰隐瞒车辆泡水情况，被判退一赔三。",
     "二手车商高**隐瞒车辆泡水情况，被判退一赔三。"),
    ("美容院店长田敏承诺七日内退还高平安剩余卡内余额。",
     "美容院店长田*承诺七日内退还高**剩余卡内余额。"),
    ("搬家公司工人杨敏在搬运过程中摔坏了高明的衣柜。",
     "搬家公司工人杨*在搬运过程中摔坏了高*的衣柜。"),
    ("装修导致王国强家卫生间漏水。", "装修导致王**家卫生间漏水。"),
    ("口述历史采访记录：受访人王伟（88岁），采访人广光明，讲述了经过。",
     "口述历史采访记录：受访人王*（88岁），采访人广**，讲述了经过。"),
    ("结婚登记审查处理表：男方 时光明　女方", "结婚登记审查处理表：男方 时**　女方"),
    ("垃圾清运车辆登记表　驾驶员 邓伟　跟车员 王杨　线路 城北3号线",
     "垃圾清运车辆登记表　驾驶员 邓*　跟车员 王*　线路 城北3号线"),
    ("检查记录：检查人高明、张伟；被检查单位：蓝海网络会所。",
     "检查记录：检查人高*、张*；被检查单位：蓝海网络会所。"),
    ("工作日志：上午走访高立新家，了解补偿款分配情况。",
     "工作日志：上午走访高**家，了解补偿款分配情况。"),
    ("回访记录：6月3日回访成建设，宽带已恢复。", "回访记录：6月3日回访成**，宽带已恢复。"),
    ("工作日志：14:30与能军电话沟通，解释收取依据。",
     "工作日志：14:30与能*电话沟通，解释收取依据。"),
    ("供电公司答复师和平：因线路故障，预计23:30前恢复供电。",
     "供电公司答复师**：因线路故障，预计23:30前恢复供电。"),
    ("张伟的父亲和朋友，", "张*的父亲和朋友，"),
    ("学生王伟和李娜为双胞胎，家长申请分班就读。", "学生王*和李*为双胞胎，家长申请分班就读。"),
    ("回访满意度：满意。回访对象于新华，回访时间4月8日。",
     "回访满意度：满意。回访对象于**，回访时间4月8日。"),
    ("居民王欢私拉电线为电动车充电。", "居民王*私拉电线为电动车充电。"),
    ("学员司马磊索要红包。", "学员司马*索要红包。"),
    ("刘军在某美发店办理的预付卡尚余一千二百元。", "刘*在某美发店办理的预付卡尚余一千二百元。"),
    ("读者宋洁建议图书馆延长周末开放时间。", "读者宋*建议图书馆延长周末开放时间。"),
    ("工作日志：19:20 信秋月来电，称楼下宠物美容店噪音扰民。",
     "工作日志：19:20 信**来电，称楼下宠物美容店噪音扰民。"),
    ("消协工作人员洪建国帮向兵与酒店协商。", "消协工作人员洪**帮向*与酒店协商。"),
    ("红十字会副会长伍伟向单卫东家属致以慰问金5,000元。",
     "红十字会副会长伍*向单**家属致以慰问金5,000元。"),
    ("工作人员通知常平安：其申请的充电桩报装已通过验收。",
     "工作人员通知常**：其申请的充电桩报装已通过验收。"),
    ("工作日志：上午随黄建国、能立新检查湘江路清扫保洁质量。",
     "工作日志：上午随黄**、能**检查湘江路清扫保洁质量。"),
    ("站长刘娜带队走访慰问了红旗村、柳河村的12户重点优抚对象。",
     "站长刘*带队走访慰问了红旗村、柳河村的12户重点优抚对象。"),
    ("记者走访乐从、顺德等地的家具店。", "记者走访乐从、顺德等地的家具店。"),
    ("梁鑫反映其饲养的泰迪犬在宠物医院做绝育手术后死亡。",
     "梁*反映其饲养的泰迪犬在宠物医院做绝育手术后死亡。"),
    ("申请采伐的12株桉树位于胡家冲自留山。", "申请采伐的12株桉树位于胡家冲自留山。"),
    ("信访答复书：包和平，您反映的马拉松赛事扰民问题。",
     "信访答复书：包**，您反映的马拉松赛事扰民问题。"),
    ("处理结果：已与易红旗及其女婿刘伟沟通。", "处理结果：已与易**及其女婿刘*沟通。"),
    ("关于加强公安及其家属的保障。", "关于加强公安及其家属的保障。"),
    ("通信管理局工作人员刘伟给高欢的书面答复中明确。",
     "通信管理局工作人员刘*给高*的书面答复中明确。"),
    ("退租时房东时光明以“墙面有污渍”为由扣除押金。", "退租时房东时**以“墙面有污渍”为由扣除押金。"),
    ("经与信秋月及其委托代理人刘伟协商，施工方同意赔偿。",
     "经与信**及其委托代理人刘*协商，施工方同意赔偿。"),
    ("行政处罚决定书：当事人东方平安（某健身工作室经营者），未履行备案义务。",
     "行政处罚决定书：当事人东方**（某健身工作室经营者），未履行备案义务。"),
    ("接到华文明报修后，自来水公司抢修队于22:40抵达。",
     "接到华**报修后，自来水公司抢修队于22:40抵达。"),
    ("水务局给向文明回电时说明。", "水务局给向**回电时说明。"),
    ("查档登记：查阅人 时光明　查阅目的 办理退休工龄认定",
     "查档登记：查阅人 时**　查阅目的 办理退休工龄认定"),
    ("市民政局表扬婚姻登记员东方平安，其耐心劝和。", "市民政局表扬婚姻登记员东方**，其耐心劝和。"),
    ("篮球联赛志愿者能红旗负责引导观众入场。", "篮球联赛志愿者能**负责引导观众入场。"),
    ("安宁疗护病区护士长时爱国组织家属开展哀伤辅导。",
     "安宁疗护病区护士长时**组织家属开展哀伤辅导。"),
    ("主持人：谢谢于老师。", "主持人：谢谢于老师。"),
    ("经核实，原车主已于6月3日结清贷款。", "经核实，原车主已于6月3日结清贷款。"),
    ("婚姻状况仍显示“已婚”，但二人已于2018年离婚。",
     "婚姻状况仍显示“已婚”，但二人已于2018年离婚。"),
    ("调解笔录：申请人李荣；被申请人委托代理人上官娜。",
     "调解笔录：申请人李*；被申请人委托代理人上官*。"),
    ("值班日志：21:05接南宫涛电话。", "值班日志：21:05接南宫*电话。"),
    ("县林业局与武警中队联合开展“清山行动”，清理猎套。",
     "县林业局与武警中队联合开展“清山行动”，清理猎套。"),
    ("通知各民宿业主：请于7月10日前到辖区派出所办理。",
     "通知各民宿业主：请于7月10日前到辖区派出所办理。"),
    ("“我是跟朋友一起来的。”", "“我是跟朋友一起来的。”"),
    ("请王律师补充材料。", "请*律师补充材料。"),
    ("序号　56　失主　华光明　物品　苹果平板电脑", "序号　56　失主　华**　物品　苹果平板电脑"),
    ("枪支年检记录：持枪人华光明　　枪号：HS-2017****",
     "枪支年检记录：持枪人华**　　枪号：HS-2017****"),
    ("12345工单回访：广涛对校车超载问题的处理表示满意。",
     "12345工单回访：广*对校车超载问题的处理表示满意。"),
    ("共约谈主播17人，其中金和平因多次虚构原价被列入重点监管名单。",
     "共约谈主播17人，其中金**因多次虚构原价被列入重点监管名单。"),
    ("群众对此表示满意。", "群众对此表示满意。"),
    ("序号　8　小区　金桂苑　申请人　这位老人　车位号　B2-116",
     "序号　8　小区　金桂苑　申请人　这位老人　车位号　B2-116"),
    ("完成治疗日期　2024.08.15　管理医生　于长江", "完成治疗日期　2024.08.15　管理医生　于**"),
    ("其父亲去世后，族内长辈以“女儿不能入祠”为由拒绝。",
     "其父亲去世后，族内长辈以“女儿不能入祠”为由拒绝。"),
    ("运动员家长说：花海洋教练对她就像亲生女儿一样。",
     "运动员家长说：花**教练对她就像亲生女儿一样。"),
    ("他报名了游泳教练课程。", "他报名了游泳教练课程。"),
    ("工作日志：9时，接收华光明提交的申诉材料。", "工作日志：9时，接收华**提交的申诉材料。"),
    ("回访记录：回访广爱国、马伟，反映的问题已查明。",
     "回访记录：回访广**、马*，反映的问题已查明。"),
    ("撤销易红旗（学号2018****07）的工学博士学位。", "撤销易**（学号2018****07）的工学博士学位。"),
    ("村邮站服务台账：代收人和爱国　　包裹数量：17件",
     "村邮站服务台账：代收人和**　　包裹数量：17件"),
    ("美容院店长黄杨承诺七日内退还程敏剩余卡内余额。",
     "美容院店长黄*承诺七日内退还程*剩余卡内余额。"),
    ("联系华光明的家属任伟，告知华光明在强制隔离戒毒所表现良好。",
     "联系华**的家属任*，告知华**在强制隔离戒毒所表现良好。"),
    ("货主　和爱国　品名　柬埔寨香蕉", "货主　和**　品名　柬埔寨香蕉"),
    ("直播间场控和春风在后台屏蔽差评。", "直播间场控和**在后台屏蔽差评。"),
    ("上午11点半，能军报修称逆变器显示故障。", "上午11点半，能*报修称逆变器显示故障。"),
    ("黄山通报情况。", "黄山通报情况。"),
    ("商家同意以等值产品抵扣剩余卡内余额1,150元。", "商家同意以等值产品抵扣剩余卡内余额1,150元。"),
    ("工作日志：王建　卢明、周伟　共登记遗失物品23件。",
     "工作日志：王*　卢*、周*　共登记遗失物品23件。"),
    ("工作日志：白班　丁小红、蒲莹　共登记遗失物品23件。",
     "工作日志：白班　丁**、蒲*　共登记遗失物品23件。"),
    ("跟车员 那名男子　线路 城北3号线", "跟车员 那名男子　线路 城北3号线"),
    ("经核实，园方已于6月12日向家长全额退还。", "经核实，园方已于6月12日向家长全额退还。"),
    ("托育中心　月托费：3200元　餐点费：18元/天", "托育中心　月托费：3200元　餐点费：18元/天"),
    ("园长当场答复将按实际天数退费。", "园长当场答复将按实际天数退费。"),
    ("补充材料后可在5个工作日内办结。", "补充材料后可在5个工作日内办结。"),
    ("该同志帮助走失儿童与家人团聚，特予表扬。", "该同志帮助走失儿童与家人团聚，特予表扬。"),
    ("搜救小组连夜进入黄龙峡，于次日凌晨将三人带出。",
     "搜救小组连夜进入黄龙峡，于次日凌晨将三人带出。"),
    ("征管科科长时文明对审核流程作了说明。", "征管科科长时**对审核流程作了说明。"),
    ("窗口服务表扬信摘录：“感谢柜员金和平耐心帮我办理。”",
     "窗口服务表扬信摘录：“感谢柜员金**耐心帮我办理。”"),
    ("工作人员通知明胜利：其申请已通过验收。", "工作人员通知明**：其申请已通过验收。"),
    ("家长说完，园长时光明当场答复将按实际天数退费。",
     "家长说完，园长时**当场答复将按实际天数退费。"),
    ("园长全国强当场答复将按实际天数退费。", "园长全**当场答复将按实际天数退费。"),
    ("预计全国强降雨将持续三天。", "预计全国强降雨将持续三天。"),
    ("托育园园长和华组织保育人员参加急救技能培训。", "托育园园长和*组织保育人员参加急救技能培训。"),
    ("发现救生员师红旗无证上岗。", "发现救生员师**无证上岗。"),
    ("经与冯云沟通，施工方同意将化粪池移至距离水井15米以外，所需费用由施工方承担。",
     "经与冯*沟通，施工方同意将化粪池移至距离水井15米以外，所需费用由施工方承担。"),
    ("工作日志：上午10时，经华飞安排，江北分馆开展活动。",
     "工作日志：上午10时，经华*安排，江北分馆开展活动。"),
    ("经师海洋现场验收，东河村第二批改厕工程共计64座。",
     "经师**现场验收，东河村第二批改厕工程共计64座。"),
    ("经查重检测，其论文复制比为41.6%。", "经查重检测，其论文复制比为41.6%。"),
    ("葡方还向中方提供一些法律问题的草案。", "葡方还向中方提供一些法律问题的草案。"),
    ("通报表扬：大厨华光明坚持为糖尿病老人单独烹制低糖餐。",
     "通报表扬：大厨华**坚持为糖尿病老人单独烹制低糖餐。"),
    ("通报表扬：劳动保障监察员信秋月连续奋战20天。", "通报表扬：劳动保障监察员信**连续奋战20天。"),
    ("公证员夏华为82岁的覃杰老人上门办理了遗嘱公证。",
     "公证员夏*为82岁的覃*老人上门办理了遗嘱公证。"),
    ("来电人李大为3次反映同一问题。", "来电人李**3次反映同一问题。"),
    ("工作日志：由华和平、龙*两名救援人员赶赴现场。",
     "工作日志：由华**、龙*两名救援人员赶赴现场。"),
    ("用人单位：华康电子有限公司　　安置人员：能春风　　残疾类别：听力二级",
     "用人单位：华康电子有限公司　　安置人员：能**　　残疾类别：听力二级"),
    ("场地预约须由能红旗所在的管理处统一审核。", "场地预约须由能**所在的管理处统一审核。"),
    ("总包单位须在广爱国班组完成月度考勤确认后拨付。",
     "总包单位须在广**班组完成月度考勤确认后拨付。"),
    ("热力公司维修班组长任凯带工人到场。", "热力公司维修班组长任*带工人到场。"),
    ("通报表扬：公园保安东方和平及时救助一名晨练者。",
     "通报表扬：公园保安东方**及时救助一名晨练者。"),
    ("网格员时光明主动上门了解情况。", "网格员时**主动上门了解情况。"),
    ("把体检报告交给和春风后，常某被告知血红蛋白偏低。",
     "把体检报告交给和**后，常某被告知血红蛋白偏低。"),
    ("把材料交给物业后，等待回复。", "把材料交给物业后，等待回复。"),
    ("城乡居民医保缴费提醒：2025年度个人缴费标准为每人400元。",
     "城乡居民医保缴费提醒：2025年度个人缴费标准为每人400元。"),
    ("建设单位未按合同拨付进度款，导致专户资金不足。",
     "建设单位未按合同拨付进度款，导致专户资金不足。"),
    ("区社保中心退休人员管理科石海洋于5月份组织开展了认证工作。",
     "区社保中心退休人员管理科石**于5月份组织开展了认证工作。"),
    ("该校科学家于2020年获奖。", "该校科学家于2020年获奖。"),
    ("社会事务科于3月28日开展检查。", "社会事务科于3月28日开展检查。"),
    ("该县推行村级财务公开，广涛等村民可以随时查看本村收支。",
     "该县推行村级财务公开，广*等村民可以随时查看本村收支。"),
    ("东阳等居民参加了活动。", "东阳等居民参加了活动。"),
    ("金华、东阳等居民参加了活动。", "金华、东阳等居民参加了活动。"),
    ("到医院看望因见义勇为受伤的群众。", "到医院看望因见义勇为受伤的群众。"),
    ("补贴机具核验表：购机人文鹏　　出厂编号：2024031187",
     "补贴机具核验表：购机人文*　　出厂编号：2024031187"),
    ("卫健局答复称，经向程文明核实，其所购溶脂针无批准文号。",
     "卫健局答复称，经向程**核实，其所购溶脂针无批准文号。"),
    ("经向有关部门核实，情况属实。", "经向有关部门核实，情况属实。"),
    ("工作人员联系任凯核实订单信息。", "工作人员联系任*核实订单信息。"),
    ("已通知相关部门核实。", "已通知相关部门核实。"),
    ("序号　23　社员　包和平　品种　柑橘", "序号　23　社员　包**　品种　柑橘"),
    ("派出所法治副校长刘宁为全校师生上了一堂法治课。",
     "派出所法治副校长刘*为全校师生上了一堂法治课。"),
    ("来电人王大为反映噪音扰民。", "来电人王**反映噪音扰民。"),
    ("“旺季每天800多人次，花和平一个人要盯两个池子。”",
     "“旺季每天800多人次，花**一个人要盯两个池子。”"),
    ("公司一个人要负责三台机器。", "公司一个人要负责三台机器。"),
    ("买受人田长江应于拍卖成交后十日内将余款汇入法院账户。",
     "买受人田**应于拍卖成交后十日内将余款汇入法院账户。"),
    ("动态调整名单：新增欧阳雪梅等5户，退出广林等3户。",
     "动态调整名单：新增欧阳**等5户，退出广*等3户。"),
    ("来电人反映孩子在幼儿园被老师师平安打伤。", "来电人反映孩子在幼儿园被老师师**打伤。"),
    ("通报表扬：安康家政公司育婴员高欢在照护期间及时发现异常。",
     "通报表扬：安康家政公司育婴员高*在照护期间及时发现异常。"),
    ("晚上9点全建国独自乘电梯时轿厢突然下坠。", "晚上9点全**独自乘电梯时轿厢突然下坠。"),
    ("老人独自在家。", "老人独自在家。"),
    ("一辆轿车熄火，车主于红旗被消防人员背出。", "一辆轿车熄火，车主于**被消防人员背出。"),
    ("雇主称月嫂和春风护理新生儿时操作不当。", "雇主称月嫂和**护理新生儿时操作不当。"),
    ("教练员马文明以“加钟费”名义索要现金800元。", "教练员马**以“加钟费”名义索要现金800元。"),
    ("市生态环境局执法支队石海洋于6月3日凌晨2时对某电镀厂开展突击检查。",
     "市生态环境局执法支队石**于6月3日凌晨2时对某电镀厂开展突击检查。"),
    ("市总工会劳动经济部信海洋于3月初赴华丰机械厂。",
     "市总工会劳动经济部信**于3月初赴华丰机械厂。"),
    ("其配偶有关部门已于2020年去世。", "其配偶有关部门已于2020年去世。"),
    ("其儿子有关部门原定于10月2日举办婚礼。", "其儿子有关部门原定于10月2日举办婚礼。"),
    ("基金会秘书处方平于6月3日到派出所调取了接警记录。",
     "基金会秘书处方*于6月3日到派出所调取了接警记录。"),
    ("交警支队于3月5日召开会议。", "交警支队于3月5日召开会议。"),
    ("值班记录：护林员时光明报告山上起火。", "值班记录：护林员时**报告山上起火。"),
    ("值班记录：巡库员陈瑜报告石门水库水位已达汛限水位。",
     "值班记录：巡库员陈*报告石门水库水位已达汛限水位。"),
    ("值班记录：巡库员时光明报告石门水库水位。", "值班记录：巡库员时**报告石门水库水位。"),
    ("派员核查，全员参与。", "派员核查，全员参与。"),
    ("1996年7月-1999年9月在北京粮食集团组织干部处任科员；",
     "1996年7月-1999年9月在北京粮食集团组织干部处任科员；"),
    ("理财周报零售银行实验室技术员冀欣李雯珊/文", "理财周报零售银行实验室技术员冀*李**/文"),
    ("省考古研究所研究员和丽华表示，此次发掘的遗址面积约3万平方米。",
     "省考古研究所研究员和**表示，此次发掘的遗址面积约3万平方米。"),
    ("被拆迁户和斌笑着说。", "被拆迁户和*笑着说。"),
    ("经核查，户主席琴家庭人均收入超标，停发。", "经核查，户主席*家庭人均收入超标，停发。"),
    ("来电人反映一家餐馆油烟扰民，店主席玉兰多次沟通无果。",
     "来电人反映一家餐馆油烟扰民，店主席**多次沟通无果。"),
    ("护士和建平凌晨上门为独居老人更换胃管。", "护士和**凌晨上门为独居老人更换胃管。"),
    ("居民和平时一样出门。", "居民和平时一样出门。"),
    ("市场监管局已约谈生产企业负责人明明，相关批次产品下架召回。",
     "市场监管局已约谈生产企业负责人**，相关批次产品下架召回。"),
    ("申请人明明知道此事。", "申请人明明知道此事。"),
    ("游客时光明不听劝阻向猴区投喂零食。", "游客时**不听劝阻向猴区投喂零食。"),
    ("旅客时光明坐在他人座位上拒不让座。", "旅客时**坐在他人座位上拒不让座。"),
    ("我的家长哈尔滨不知道是咋回事。", "我的家长哈尔滨不知道是咋回事。"),
    ("“刚登记了电话，第二天就有装修公司打来，”购房人马海洋说。",
     "“刚登记了电话，第二天就有装修公司打来，”购房人马**说。"),
    ("立即按规定向客户高春风出具收缴凭证。", "立即按规定向客户高**出具收缴凭证。"),
    ("区妇联主席时光明在座谈会上表示。", "区妇联主席时**在座谈会上表示。"),
    ("主席台就座的领导。", "主席台就座的领导。"),
    ("客户信息泄露。", "客户信息泄露。"),
    ("民警成长江带队到场。", "民警成**带队到场。"),
    ("站务员成长江迅速按下急停按钮。", "站务员成**迅速按下急停按钮。"),
    ("民警时光明立刻赶到现场。", "民警时**立刻赶到现场。"),
    ("工作人员回电称已处理。", "工作人员回电称已处理。"),
    ("其父亲呼吁抵制。", "其父亲呼吁抵制。"),
    ("申请人回复函件已收到。", "申请人回复函件已收到。"),
    ("日常训练由专武干部金长江负责。", "日常训练由专武干部金**负责。"),
    ("基干民兵周波连续奋战三十多个小时，他说：“我是民兵。”",
     "基干民兵周*连续奋战三十多个小时，他说：“我是民兵。”"),
    ("店长和平无法提供认证证书。", "店长和*无法提供认证证书。"),
    ("门口保安和华对接送家长态度恶劣。", "门口保安和*对接送家长态度恶劣。"),
    ("检查员：和和平、赵某　现场检查日期：4月9日", "检查员：和**、赵某　现场检查日期：4月9日"),
    ("同意为高明办理全额退款，高明当场撤回投诉。", "同意为高*办理全额退款，高*当场撤回投诉。"),
    ("红星路小学保安成建设、东城中学保安万建军等6人获评。",
     "红星路小学保安成**、东城中学保安万**等6人获评。"),
    ("将一块手表质押给金鼎典当行。", "将一块手表质押给金鼎典当行。"),
    ("海淘优选（宁波）贸易有限公司同意为熊莉办理全额退款。",
     "海淘优选（宁波）贸易有限公司同意为熊*办理全额退款。"),
    ("安宁与马文明到婚姻登记处办理结婚登记，因马文明户口簿地址不一致。",
     "安*与马**到婚姻登记处办理结婚登记，因马**户口簿地址不一致。"),
    ("工作人员和静脉注射。", "工作人员和静脉注射。"),
    ("保安和人对峙。", "保安和人对峙。"),
    ("经查，那名男子于当天下午在自家林地焚烧杂草时失控。",
     "经查，那名男子于当天下午在自家林地焚烧杂草时失控。"),
    ("经协商，高明同意自行拆除。经协调，明德中学心理老师万建设将每周对该生进行一次面谈。",
     "经协商，高*同意自行拆除。经协调，明德中学心理老师万**将每周对该生进行一次面谈。"),
    ("晚上十一点周刚第三次拨打物业电话。", "晚上十一点周*第三次拨打物业电话。"),
    ("申请人母亲", "申请人母亲"),
    ("工作人员母亲。经与自来水公司核实，石桥等片区临时停水，高明所反映问题属实。",
     "工作人员母亲。经与自来水公司核实，石桥等片区临时停水，高*所反映问题属实。"),
    ("凌晨两点东方和平拨打120。经调查，上官兵向黄伟收购野生鳜鱼。",
     "凌晨两点东方**拨打120。经调查，上官*向黄*收购野生鳜鱼。"),
    ("经查，时爱国在江边公园禁放区内燃放烟花。经查，王庄村存在违规建筑。",
     "经查，时**在江边公园禁放区内燃放烟花。经查，王庄村存在违规建筑。"),
    ("供电所所长万桂芳带领抢修人员冒雨作业4小时，于凌晨2时全面恢复送电。",
     "供电所所长万**带领抢修人员冒雨作业4小时，于凌晨2时全面恢复送电。"),
    ("法院审理查明：被告程红旗经营文身店期间。", "法院审理查明：被告程**经营文身店期间。"),
    ("由刘磊带队，对全镇14家农资经营店进行了拉网式检查。",
     "由刘*带队，对全镇14家农资经营店进行了拉网式检查。"),
    ("统计执法检查通报：辅助调查员信文明编造记账数据。",
     "统计执法检查通报：辅助调查员信**编造记账数据。"),
    ("一位房产经纪人向记者详解。", "一位房产经纪人向记者详解。"),
    ("地址证明：兹证明和爱国居住于长安区。", "地址证明：兹证明和**居住于长安区。"),
    ("向信文明核实后得知，其手机号已注册。", "向信**核实后得知，其手机号已注册。"),
    ("经调查，陈伟向包和平收购禁渔期捕捞的野生鳜鱼。经调查，李伟向江建设收购野生鳜鱼。",
     "经调查，陈*向包**收购禁渔期捕捞的野生鳜鱼。经调查，李*向江**收购野生鳜鱼。"),
    ("据部长时文明介绍，今年已有11人免费去除文身。", "据部长时**介绍，今年已有11人免费去除文身。"),
    ("投诉人高伟称其宠物犬死亡，执业兽医师金平安对此不予回应。",
     "投诉人高*称其宠物犬死亡，执业兽医师金**对此不予回应。"),
    ("市无线电监测站工程师黄平安为居民讲解电磁辐射知识。",
     "市无线电监测站工程师黄**为居民讲解电磁辐射知识。"),
    ("上门人员：维修师傅金长江　问题：更换排水泵", "上门人员：维修师傅金**　问题：更换排水泵"),
    ("来电人魏伟反映孩子在幼儿园被老师傅芳打伤。", "来电人魏*反映孩子在幼儿园被老师傅*打伤。"),
    ("产业奖补公示：信秋月　养蜂数量：50箱　奖补金额：5000元",
     "产业奖补公示：信**　养蜂数量：50箱　奖补金额：5000元"),
    ("检查记录：高新区　检查人：王伟", "检查记录：高新区　检查人：王*"),
    ("由皮肤科医生和爱国为汪伟实施了激光治疗。", "由皮肤科医生和**为汪*实施了激光治疗。"),
    ("晚上十一点石军第三次拨打物业电话。", "晚上十一点石*第三次拨打物业电话。"),
    ("社区网格员王畅一早就送来了两桶纯净水。", "社区网格员王*一早就送来了两桶纯净水。"),
    ("经核实，花海洋所反映问题属实。经查，来电人所反映问题属实。",
     "经核实，花**所反映问题属实。经查，来电人所反映问题属实。"),
    ("经调查，李伟向白海洋收购禁渔期捕捞的野生鳜鱼。",
     "经调查，李*向白**收购禁渔期捕捞的野生鳜鱼。"),
    ("王伟向东方向走去。", "王*向东方向走去。"),
    ('"家里没水，"信文明说，"网格员送来了水。"', '"家里没水，"信**说，"网格员送来了水。"'),
    ("晚上十点多常强报警，称邻近帐篷有人喝酒喧哗。晚上十点多名群众聚集。上午十点和平广场举行活动。",
     "晚上十点多常*报警，称邻近帐篷有人喝酒喧哗。晚上十点多名群众聚集。上午十点和平广场举行活动。"),
    ("陈芳与华宁到婚姻登记处办理结婚登记，因华宁户口簿地址与身份证不一致。",
     "陈*与华*到婚姻登记处办理结婚登记，因华*户口簿地址与身份证不一致。"),
    ("不顾国际社会的反对和抗议进行了核试验，对华政策进行攻击。",
     "不顾国际社会的反对和抗议进行了核试验，对华政策进行攻击。"),
    ("鉴于常平安系初次违规，依法从轻处罚。刘伟以诈骗罪起诉信秋月。",
     "鉴于常**系初次违规，依法从轻处罚。刘*以诈骗罪起诉信**。"),
    ("鉴于当事人系初次违法，决定依法起诉。", "鉴于当事人系初次违法，决定依法起诉。"),
    ("监管部门通知广春风：您的投诉已受理。领用人（易红旗），联系人（物业公司）。",
     "监管部门通知广**：您的投诉已受理。领用人（易**），联系人（物业公司）。"),
    ("工友出庭作证称，与华光明一同做木工，与和东平驾驶的电动自行车相撞。",
     "工友出庭作证称，与华**一同做木工，与和**驾驶的电动自行车相撞。"),
    ("被告向阳车行销售人员李丽隐瞒事故，尊敬的用户：您好",
     "被告向阳车行销售人员李*隐瞒事故，尊敬的用户：您好"),
    ("会议纪要：成爱国通报一季度客户投诉情况。", "会议纪要：成**通报一季度客户投诉情况。"),
    ("联系能军后得知，关于单和平提出的诉求，陪同华飞调取了监控。",
     "联系能*后得知，关于单**提出的诉求，陪同华*调取了监控。"),
    ("会议纪要：县委传达了精神，联系有关部门后得知，对于高龄老人提出的诉求。",
     "会议纪要：县委传达了精神，联系有关部门后得知，对于高龄老人提出的诉求。"),
    ("经信秋月举报，经石海洋调取车载视频，经易红旗授权，经华和平、龙伟共同检查。",
     "经信**举报，经石**调取车载视频，经易**授权，经华**、龙*共同检查。"),
    ("把常平安的投诉材料移交给仲裁委，由程文明主讲的培训班。",
     "把常**的投诉材料移交给仲裁委，由程**主讲的培训班。"),
    ("对高玉兰冒用他人身份信息申请助学贷款的行为。", "对高**冒用他人身份信息申请助学贷款的行为。"),
    ("经群众举报，经司法鉴定，经市民反映，由区政府协调，把群众反映的问题，对企业拒不整改的。",
     "经群众举报，经司法鉴定，经市民反映，由区政府协调，把群众反映的问题，对企业拒不整改的。"),
    ("按照法院判决，该房屋由于志强与皇甫伟各继承一半。",
     "按照法院判决，该房屋由于**与皇甫*各继承一半。"),
    ("出租车公司已对易红旗进行停运培训三天。", "出租车公司已对易**进行停运培训三天。"),
    ("本委依法缺席审理，并支持成建设的全部仲裁请求。",
     "本委依法缺席审理，并支持成**的全部仲裁请求。"),
    ("由于天气、交通原因，对高温进行预警，驳回原告的全部诉讼请求。",
     "由于天气、交通原因，对高温进行预警，驳回原告的全部诉讼请求。"),
    ("工地夜间施工扬尘严重，居家适老化改造，检察建议书送达回证，处置结果：盘车放人。",
     "工地夜间施工扬尘严重，居家适老化改造，检察建议书送达回证，处置结果：盘车放人。"),
    ("县商务局召集企业座谈，成军通报了欠薪情况。", "县商务局召集企业座谈，成*通报了欠薪情况。"),
    ("居民及时报警，官方通报了事故原因。", "居民及时报警，官方通报了事故原因。"),
    ("工作日志：上午陪同万伟、和勇走访城北片区。", "工作日志：上午陪同万*、和*走访城北片区。"),
    ("北京、上海到杭州的高铁", "北京、上海到杭州的高铁"),
    ("工作日志：下午3时，与和春风核对康复救助名单。",
     "工作日志：下午3时，与和**核对康复救助名单。"),
    ("与华光明家长电话沟通，经与万林等家长代表协商。",
     "与华**家长电话沟通，经与万*等家长代表协商。"),
    ("服务部马伟帮广爱国老人办理了换表手续。", "服务部马*帮广**老人办理了换表手续。"),
    ("乞讨的李某，经能军多次劝导后同意接受救助。", "乞讨的李某，经能*多次劝导后同意接受救助。"),
    ("由向明代表游乐园申报，由全体代表投票，帮困难老人办理。",
     "由向*代表游乐园申报，由全体代表投票，帮困难老人办理。"),
    ("【城南小学】花海洋家长您好，您孩子的体检结果已发送。",
     "【城南小学】花**家长您好，您孩子的体检结果已发送。"),
    ("【城南小学】各位家长您好，【物业】业主您好", "【城南小学】各位家长您好，【物业】业主您好"),
    ("调解结果：由李伟赔偿石春风围墙修复费用3800元。",
     "调解结果：由李*赔偿石**围墙修复费用3800元。"),
    ("会议要求成明等参与企业公示补贴标准。", "会议要求成*等参与企业公示补贴标准。"),
    ("发现城墙出现裂缝，立即向高文明报告。", "发现城墙出现裂缝，立即向***报告。"),
    ("向上级报告，向社会通报，对柜员向明予以通报表扬。",
     "向上级报告，向社会通报，对柜员向*予以通报表扬。"),
    ("居民凌晨报警，护士和家属凌晨赶到。", "居民凌晨报警，护士和家属凌晨赶到。"),
    ("姓名：凌晨　性别：男", "姓名：凌*　性别：男"),
    ("本委依法组成仲裁庭，已付定金10万元，融雪剂使用登记。",
     "本委依法组成仲裁庭，已付定金10万元，融雪剂使用登记。"),
    ("执法人员于一周后进行了复查，于两日内整改。", "执法人员于一周后进行了复查，于两日内整改。"),
    ("高新区管委会向信秋月等摊主发放了遮阳伞。", "高新区管委会向信**等摊主发放了遮阳伞。"),
    ("会议要求企业先行向李伟家等6户垫付工资。", "会议要求企业先行向李*家等6户垫付工资。"),
    ("已付定金10万元，卖方上官胜利以房价上涨为由拒绝签约。",
     "已付定金10万元，卖方上官**以房价上涨为由拒绝签约。"),
    ("目前是卖方市场，买方市场下卖方让利。", "目前是卖方市场，买方市场下卖方让利。"),
    ("对方称照片审核未通过，经华立新查看系背景色不符。",
     "对方称照片审核未通过，经华**查看系背景色不符。"),
    ("经杨杨反复核对，该学员的成绩系录入错误。", "经**反复核对，该学员的成绩系录入错误。"),
    ("工作日志：高速交警五大队向文明陪同物流公司负责人到网点。",
     "工作日志：高速交警五大队向**陪同物流公司负责人到网点。"),
    ("其母住院期间由于红旗陪护，按日收费。", "其母住院期间由于**陪护，按日收费。"),
    ("其包裹多次被能军等快递员直接投入快递柜。", "其包裹多次被能*等快递员直接投入快递柜。"),
    ("调解员：和平街道人民调解委员会单长江　何伟：我在医院陪护。",
     "调解员：和平街道人民调解委员会单**　何*：我在医院陪护。"),
    ("调解员：市公安局交警队　", "调解员：市公安局交警队　"),
    ("货车司机东方欢和司马伟反映，园区停车场夜间收费。",
     "货车司机东方*和司马*反映，园区停车场夜间收费。"),
    ("货车司机陈秀云和费伟伟反映，园区停车场夜间收费。",
     "货车司机陈**和费**反映，园区停车场夜间收费。"),
    ("报考层次：高起专　报考专业：工商企业管理", "报考层次：高起专　报考专业：工商企业管理"),
    ("护工刘坤说：“高峰时连饭都是在走廊里吃的。”", "护工刘*说：“高峰时连饭都是在走廊里吃的。”"),
    ("护士刘坤每周上门两次，老人笑着说：“比我孙子来得还准时。”",
     "护士刘*每周上门两次，老人笑着说：“比我孙子来得还准时。”"),
    ("来电人刘坤反映，其小型客车经金丽温高速驶出，账单却显示从白石出口驶出。",
     "来电人刘*反映，其小型客车经金丽温高速驶出，账单却显示从白石出口驶出。"),
    ("确认上周坠落的啤酒瓶来自16楼东方军户，3楼贫困户，本楼低保户，",
     "确认上周坠落的啤酒瓶来自16楼东方*户，3楼贫困户，本楼低保户，"),
    # check-37 (read): a doubled character after a word it ends, a verb done, how promptly
    ("本次研学由带队老师师桂芳负责。", "本次研学由带队老师师**负责。"),
    ("要不是邻居王伟喊了一声，就砸头上了。", "要不是邻居王*喊了一声，就砸头上了。"),
    ("营地医生和敏立即处置并送往医院。", "营地医生和*立即处置并送往医院。"),
    ("邻居王建了解情况后报警。", "邻居王*了解情况后报警。"),
    ("其中骑手于爱国一周内3次在和平路逆行。", "其中骑手于**一周内3次在和平路逆行。"),
    ("家委会主任和长江、副主任万芳及家长代表8人", "家委会主任和**、副主任万*及家长代表8人"),
    ("保障居民和平安全、组长参加", "保障居民和平安全、组长参加"),
    ("巡库员常红旗凌晨4点巡查大坝，抢险队到场后把华敏家等下游5户群众转移。",
     "巡库员常**凌晨4点巡查大坝，抢险队到场后把华*家等下游5户群众转移。"),
    ("值班员：常桂芳　带班领导：王倩　雨情：过去6小时累计降雨112毫米",
     "值班员：常**　带班领导：王*　雨情：过去6小时累计降雨112毫米"),
    # check-36 (read): who raised the dog, drove, pays or leads after 被 or 由 (文和平, 和春风
    # and 于平安 were published: their given names are words), a household counted with others
    ("派出所调解协议：刘某被文和平饲养的未拴绳金毛犬咬伤小腿。",
     "派出所调解协议：刘某被文**饲养的未拴绳金毛犬咬伤小腿。"),
    ("刘某被文和平驾驶的车辆撞伤。", "刘某被文**驾驶的车辆撞伤。"),
    ("经调解，由和春风一次性赔偿医疗费。", "经调解，由和**一次性赔偿医疗费。"),
    ("对6个缺水村送水，由于平安带领党员突击队运水420吨。",
     "对6个缺水村送水，由于**带领党员突击队运水420吨。"),
    ("由于疫情支付困难，由于工作负责。", "由于疫情支付困难，由于工作负责。"),
    ("抢险队到场后把成和平家等下游5户群众转移至安置点。",
     "抢险队到场后把成**家等下游5户群众转移至安置点。"),
    ("抢险队到场后把周萍家等下游5户群众转移。", "抢险队到场后把周*家等下游5户群众转移。"),
    # … and no time, form's label or count is a name (凌晨, 雨情, 3张, 300余, 一周 were masked)
    ("巡库员乔倩凌晨4点巡查大坝。", "巡库员乔*凌晨4点巡查大坝。"),
    ("带班领导：司马玉兰　雨情：过去6小时累计降雨112毫米",
     "带班领导：司马**　雨情：过去6小时累计降雨112毫米"),
    ("发票中有3张系伪造，解决2,300余人临时饮水困难。",
     "发票中有3张系伪造，解决2,300余人临时饮水困难。"),
    ("骑手辛秀荣一周内3次在和平路逆行。", "骑手辛**一周内3次在和平路逆行。"),
    ("因继承人之一张波长期在国外居住。", "因继承人之一张*长期在国外居住。"),
    ("刘：白癜风病易于诊断。", "*：白癜风病易于诊断。"),
    ("会议纪要：商务局副局长明明主持会议。", "会议纪要：商务局副局长**主持会议。"),
    ("评估结果：儿童明明　　监护人：成*　　训练周期：2024年3月",
     "评估结果：儿童**　　监护人：成*　　训练周期：2024年3月"),
    ("来电人明明知道规定却未执行。", "来电人明明知道规定却未执行。"),
    ("骑手驾驶电动车在路口与和东平驾驶的小轿车发生碰撞。",
     "骑手驾驶电动车在路口与和**驾驶的小轿车发生碰撞。"),
    ("工作日志：上午陪和敏到向阳路仲裁院提交材料。", "工作日志：上午陪和*到向阳路仲裁院提交材料。"),
    ("陪同领导到现场，陪孩子到医院。", "陪同领导到现场，陪孩子到医院。"),
    ("来电人梁鑫反映，6月18日晚高峰时段其与邻居被困在电梯内近40分钟。",
     "来电人梁*反映，6月18日晚高峰时段其与邻居被困在电梯内近40分钟。"),
    ("，法定代表人贾其（男，联系电话…）", "，法定代表人贾*（男，联系电话…）"),
    ("工作日志：白班　谷勇、阮*　共登记遗失物品23件",
     "工作日志：白班　谷*、阮*　共登记遗失物品23件"),
    ("工作日志：夜班　江华、白**　检查旅馆9家", "工作日志：夜班　江*、白**　检查旅馆9家"),
    ("早班车于6时发车。", "早班车于6时发车。"),
    ("县级路长华光明　　乡级路长任*　　监督电话：12345",
     "县级路长华**　　乡级路长任*　　监督电话：12345"),
    ("最终王*与商家代表广光明达成书面调解协议。", "最终王*与商家代表广**达成书面调解协议。"),
    ("区商务局家政服务管理科师和平接件后，于次日约谈该公司负责人。",
     "区商务局家政服务管理科师**接件后，于次日约谈该公司负责人。"),
    ("文化市场综合执法支队程红旗带队开展检查。", "文化市场综合执法支队程**带队开展检查。"),
    ("村民代表大会和家长代表会议", "村民代表大会和家长代表会议"),
    ("受害人登记：师红旗　　年龄：76岁　　被骗方式：购买保健品",
     "受害人登记：师**　　年龄：76岁　　被骗方式：购买保健品"),
    ("冒领追回通知：全和平　　身份：已故人员子女", "冒领追回通知：全**　　身份：已故人员子女"),
    ("出生日期：2020年　　年龄：4岁", "出生日期：2020年　　年龄：4岁"),
    ("区纪委监委派驻纪检组东方卫东全程参与摇号监督。",
     "区纪委监委派驻纪检组东方**全程参与摇号监督。"),
    ("市燃气公司客服中心师和平于3月8日上午上门查看。",
     "市燃气公司客服中心师**于3月8日上午上门查看。"),
    ("动物卫生监督所易红旗提醒，宠物主人可在系统查询。",
     "动物卫生监督所易**提醒，宠物主人可在系统查询。"),
    ("区金融办时光明带领工作人员走进小区。", "区金融办时**带领工作人员走进小区。"),
    ("办公室于3月5日发出通知。", "办公室于3月5日发出通知。"),
    ("站长王伟主持会议，研究所所长主持会议。", "站长王*主持会议，研究所所长主持会议。"),
    ("向阳社区网格员和敏陪同燃气公司人员逐户敲门。", "向阳社区网格员和*陪同燃气公司人员逐户敲门。"),
    ("当事人和爱国驾驶未取得网约车运输证的车辆从事营运。",
     "当事人和**驾驶未取得网约车运输证的车辆从事营运。"),
    ("“不算工伤，”和爱国称，“可我走的就是每天回家的路。”",
     "“不算工伤，”和**称，“可我走的就是每天回家的路。”"),
    ("接待代表：时光明　　来访群众：成长江　　反映事项：金桥村道路破损",
     "接待代表：时**　　来访群众：成**　　反映事项：金桥村道路破损"),
    ("联系人：和平路　　电话：12345", "联系人：和平路　　电话：12345"),
    ("表扬信：感谢新华路支行柜员耐心细致为我办理业务。",
     "表扬信：感谢新华路支行柜员耐心细致为我办理业务。"),
    ("星展银行程兵：70%资金放在成熟市场", "星展银行程*：70%资金放在成熟市场"),
    ("回复方娜：依据管理办法，经营者应在停业前30日告知消费者。",
     "回复方*：依据管理办法，经营者应在停业前30日告知消费者。"),
    ("和雪梅：截至18时，水位已达警戒水位。", "和**：截至18时，水位已达警戒水位。"),
    ("经学院评审，时光明、成长江、王伟等12名同学拟获国家奖学金。",
     "经学院评审，时**、成**、王*等12名同学拟获国家奖学金。"),
    ("经资格审核，时光明、成长江等138户家庭符合保障条件。",
     "经资格审核，时**、成**等138户家庭符合保障条件。"),
    ("金华、东阳等3个村完成了改造。", "金华、东阳等3个村完成了改造。"),
    ("陈桂兰替被抢的女士追回了手提包，包内有现金3200元。",
     "陈**替被抢的女士追回了手提包，包内有现金3200元。"),
    ("河流名称：金沙河　　巡河人：时光明　　巡河里程：6.8公里",
     "河流名称：金沙河　　巡河人：时**　　巡河里程：6.8公里"),
    ("新生儿母亲：师和平　　父亲：金**　　出生日期：2024年3月",
     "新生儿母亲：师**　　父亲：金**　　出生日期：2024年3月"),
    ("地点：社区党群服务中心会议室；主持人：时光明", "地点：社区党群服务中心会议室；主持人：时**"),
    ("主持人：谢谢于老师。刚才于老师从看户型的角度讲的。",
     "主持人：谢谢于老师。刚才于老师从看户型的角度讲的。"),
    ("判决如下：被告丁秀兰于本判决生效之日起十日内偿还原告党丽借款。",
     "判决如下：被告丁**于本判决生效之日起十日内偿还原告党*借款。"),
    ("交通运输执法支队客运科东方军介绍，上半年共受理投诉2148件。",
     "交通运输执法支队客运科东方*介绍，上半年共受理投诉2148件。"),
    ("人社局工伤保险科程红旗表示，今年已受理申请1362件。",
     "人社局工伤保险科程**表示，今年已受理申请1362件。"),
    ("经乡农业综合服务中心全国强复核，邓*家庭已有一处宅基地。",
     "经乡农业综合服务中心全**复核，邓*家庭已有一处宅基地。"),
    ("经市场监管局能敏核查，该店存在先提价后打折的行为。",
     "经市场监管局能*核查，该店存在先提价后打折的行为。"),
    ("水利局工程科能春风在检查中发现大坝有两处散浸点。",
     "水利局工程科能**在检查中发现大坝有两处散浸点。"),
    ("回访：家长对相关部门处理表示感谢。", "回访：家长对相关部门处理表示感谢。"),
    ("经住建部门现场核查属实。", "经住建部门现场核查属实。"),
    ("经局领导审核，经专家组复核，经区市场监管局联合检查。",
     "经局领导审核，经专家组复核，经区市场监管局联合检查。"),
    ("经核实，无人机操控人时爱国未取得执照。", "经核实，无人机操控人时**未取得执照。"),
    ("操控员文新华称已办理登记。", "操控员文**称已办理登记。"),
    ("岳飞手书的碑刻保存完好。", "岳*手书的碑刻保存完好。"),
    ("该患者在华美口腔门诊部拔牙后感染。", "该患者在华美口腔门诊部拔牙后感染。"),
    ("工作人员何洋同意退还何洋的押金。", "工作人员何*同意退还何*的押金。"),
    ("只要完成任务就能升成组长，才能拿到奖金。", "只要完成任务就能升成组长，才能拿到奖金。"),
    ("市场监管局就能建华等8名消费者的投诉约谈商家。",
     "市场监管局就能**等8名消费者的投诉约谈商家。"),
    ("商家同意退还能海燕购物款。", "商家同意退还能**购物款。"),
    ("值班名单：于红旗（网格员）、赵*（楼栋长）。", "值班名单：于**（网格员）、赵*（楼栋长）。"),
    ("时光明（患者家属）要求医院出具病历。", "时**（患者家属）要求医院出具病历。"),
    ("联系地址：和平路（工作人员）", "联系地址：和平路（工作人员）"),
    ("信秋月当即报警，民警到场后将其控制。", "信**当即报警，民警到场后将其控制。"),
    ("双方当即签订协议，公司立即整改。", "双方当即签订协议，公司立即整改。"),
    ("华为立即回应称系统升级。", "华为立即回应称系统升级。"),
    ("博士生江长江因违规在实验室留宿被通报。", "博士生江**因违规在实验室留宿被通报。"),
    ("博士生和平时一样在实验室工作。", "博士生和平时一样在实验室工作。"),
    ("养殖补贴公示　受益户：于红旗　家庭人口：4人　补贴金额：1200元",
     "养殖补贴公示　受益户：于**　家庭人口：4人　补贴金额：1200元"),
    ("消防演练记录　总指挥：时光明　参演人数：300人",
     "消防演练记录　总指挥：时**　参演人数：300人"),
    ("管理员：文明办　电话：2345", "管理员：文明办　电话：2345"),
    ("负责人：高新区　地址：幸福路", "负责人：高新区　地址：幸福路"),
    ("据和春风观察，该路段早高峰拥堵明显。", "据和**观察，该路段早高峰拥堵明显。"),
    ("据统计，全市共有养老机构86家。", "据统计，全市共有养老机构86家。"),
    ("护林员东方军站在瞭望塔上观察火情。", "护林员东方*站在瞭望塔上观察火情。"),
    ("街道组织成长江等技术人员上门检测燃气管道。", "街道组织成**等技术人员上门检测燃气管道。"),
    ("“这份工作总要有人做。”坚守岗位二十年的信秋月如是说。",
     "“这份工作总要有人做。”坚守岗位二十年的信**如是说。"),
    ("社区组织有关人员等人进行了调解，并向本人等42名家长退款，他和对方等7人已签字。",
     "社区组织有关人员等人进行了调解，并向本人等42名家长退款，他和对方等7人已签字。"),
    ("被救者时光明的家属送来锦旗。", "被救者时**的家属送来锦旗。"),
    ("集资参与人和平安持本人身份证到网点登记。", "集资参与人和**持本人身份证到网点登记。"),
    ("竞赛获奖名单：一等奖时光明，二等奖金光明、成长江。",
     "竞赛获奖名单：一等奖时**，二等奖金**、成**。"),
    ("一等奖金额为5000元，二等奖金牌一枚。", "一等奖金额为5000元，二等奖金牌一枚。"),
    ("团长江红旗以“生鲜不退”为由拒绝退款。", "团长江**以“生鲜不退”为由拒绝退款。"),
    ("收藏家时光明将珍藏的瓷器捐给博物馆。", "收藏家时**将珍藏的瓷器捐给博物馆。"),
    ("各位专家和学者进行了探讨，网易官方向记者表示感谢。",
     "各位专家和学者进行了探讨，网易官方向记者表示感谢。"),
    ("银利来电反映，楼上住户装修噪音大。", "银*来电反映，楼上住户装修噪音大。"),
    ("5月8日上午，时光明来电反映，市民来电反映，银行来电称已处理。",
     "5月8日上午，时**来电反映，市民来电反映，银行来电称已处理。"),
    ("民警到场后，于红旗当即报警，经核实，该户立即整改。",
     "民警到场后，于**当即报警，经核实，该户立即整改。"),
    ("社区网格员上门看望信秋月老人，为华侨老人送去月饼，向老人们拜年。",
     "社区网格员上门看望信**老人，为华侨老人送去月饼，向老人们拜年。"),
    ("经和春风书面申请，经文鹏清点，经研究决定予以办理。",
     "经和**书面申请，经文*清点，经研究决定予以办理。"),
    ("管委会向东方卫东答复：该路段由开发商维护。", "管委会向东方**答复：该路段由开发商维护。"),
    ("农商行为信秋月发放贷款30万元，为人民服务。", "农商行为信**发放贷款30万元，为人民服务。"),
    ("对主动简办婚事的和永红，村委会发放了鼓励金。", "对主动简办婚事的和**，村委会发放了鼓励金。"),
    ("对违规进入景区的时光明收取救援费用，对辖区内的金华路，进行了整治。",
     "对违规进入景区的时**收取救援费用，对辖区内的金华路，进行了整治。"),
    ("对群众反映的问题，对存在问题的企业，依法处理。",
     "对群众反映的问题，对存在问题的企业，依法处理。"),
    ("经东方军报告，经全面排查，经查重报告显示无误。",
     "经东方*报告，经全面排查，经查重报告显示无误。"),
    ("交通运输局对花海洋负责的施工标段开展抽检，对和春风不服结论的情况作出说明。",
     "交通运输局对花**负责的施工标段开展抽检，对和**不服结论的情况作出说明。"),
    ("发现对方存在重复报销，对符合国家政策的予以办理，反对任何国家干涉。",
     "发现对方存在重复报销，对符合国家政策的予以办理，反对任何国家干涉。"),
    ("来电人：我是住在白沙花园的和敏，楼下油烟太大。",
     "来电人：我是住在白沙花园的和*，楼下油烟太大。"),
    ("我是这里的老住户，我是本小区的业主，我是王伟的家属。",
     "我是这里的老住户，我是本小区的业主，我是王*的家属。"),
    ("从传销组织脱身的华和平在接受采访时说，该公司在接受采访时表示否认。",
     "从传销组织脱身的华**在接受采访时说，该公司在接受采访时表示否认。"),
    ("监管二部主任楼文龙最近在接受采访时表示，全国共有60家。",
     "监管二部主任楼**最近在接受采访时表示，全国共有60家。"),
])
def test_a_surname_that_names_someone_by_address_or_role_is_masked(screener, text,
                                                                   screened) -> None:
    assert screener.screen_text(text, language="zh").text == screened


@pytest.mark.parametrize(("text", "surname"), [
    # sentences of MSRA val 0-1,999 (a tuning part): the name is the surname, the rest a word
    # of address, so the surname is what masking must hide (林* would keep it)
    ("苏州古吴轩出版社经３年的努力，在林老百年诞辰之际隆重推出", "林"),
    ("一边对记者说，江总书记对我们当代大学生", "江"),
    ("有的手握不住笔和筷子的患者，张医生的银针也让其功能恢复", "张"),
    ("针对这些弊端，常副局长表示，今后有关部门", "常"),
    ("老于把满心的重负卸在了树下，然后骑车离去。", "于"),
    # CLUENER 2020 train: a surname the model finds only likely, which as a word (郑, 柯) it
    # is unsure of; the form names the person
    ("一次意外机会他认识了家住关中农村的老郑，两人一见如故。", "郑"),
    ("什么叫综合体？就是刚才我们柯院长讲的，综合体就是把城市的很多功能", "柯"),
])
def test_a_surname_before_a_word_of_address_is_masked_alone(names, text, surname) -> None:
    start = text.index(surname)
    masked = _masked(names, text)
    assert start in masked and start + 1 not in masked


@pytest.mark.parametrize(("text", "nickname"), [
    # sentences of Weibo NER train (a tuning part): a friend named by a doubled character
    ("别，觉得很失落。失望失望敏敏大侠女郎慢慢地，你开始长大", "敏敏"),
    ("@打不败的晶晶姑娘人之所以漂是因為沒有歸屬感", "晶晶"),
    ("吴待桥到底是哪一座桥利村丶超超外号小纯洁强烈要求我校加开这门课程", "超超"),
    ("这里和我家胖胖再次煽情的祝福下〜今年收到的最有创意祝福是", "胖胖"),  # a rare word
    ("感谢兔兔，感谢圆圆，感谢佳佳。感谢我们的相遇", "兔兔"),  # 谢, a surname, ends 感谢
])
def test_a_doubled_character_is_a_nickname(names, text, nickname) -> None:
    start = text.index(nickname)
    assert _nickname(text, start - 1, start + 2) == (start, start + 2)
    assert {start, start + 1} <= _masked(names, text)


@pytest.mark.parametrize(("text", "word"), [
    # Weibo NER train: doubled characters that are words, interjections, emoticons, kin
    ("013厦门购物节#祝小编天天开心，也祝贵博粉丝多到爆", "天天"),      # time
    ("底为什么我会失眠，为什么常常失眠。非常痛苦的说", "常常"),        # an adverb
    ("友们你们快点老去吧，我想看看你们的孩子", "看看"),                # a verb
    ("程仁田达晨创投汗戴湧哈哈", "哈哈"),                              # an interjection
    ("因特古拉燃尽踌躇我爱我的妈妈。", "妈妈"),                        # kin
    ("和锦荣在一起无语了。。。汗汗汗", "汗汗"),                        # an emoticon, thrice
    ("终于恒大赢了中国足球雄起赞赞赞太棒了耶耶耶我在", "赞赞"),
    ("落在了对手的手中，眼睁睁看着差距不断扩大", "睁睁"),              # MSRA: in 眼睁睁
])
def test_a_doubled_word_is_no_nickname(text, word) -> None:
    start = text.index(word)
    assert _nickname(text, start, start + 2) is None


@pytest.mark.parametrize(("text", "adverb"), [
    ("网购退款迟迟未到账，客服推诿。", "迟迟"),          # 迟 is a surname: it was masked alone
    ("来电人反映该路段屡屡发生交通事故", "屡屡"),
])
def test_a_doubled_adverb_is_no_one_even_after_a_surname(names, text, adverb) -> None:
    start = text.index(adverb)
    assert not _masked(names, text) & {start, start + 1}


@pytest.mark.parametrize(("text", "name"), [
    # CLUENER 2020 and Weibo NER train: Latin-letter names the model finds only a little likely
    ("除了画画，filip喜欢历史，迷恋音乐", "filip"),
    ("最适合我的英文名是【amy】，涵义是最心爱的", "amy"),
    ("军方派出了由Walker上尉率领的德尔塔特种部队", "Walker"),
    ("彼得伍德沃(PeterWoodward，《五号战星》、《圣女魔咒》)", "PeterWoodward"),  # two names
])
def test_a_known_latin_name_is_a_name_below_the_latin_evidence(names, text, name) -> None:
    start = text.index(name)
    assert _known_latin_names(text, start, start + len(name)) == [(start, start + len(name))]
    assert set(range(start, start + len(name))) <= _masked(names, text)


@pytest.mark.parametrize(("text", "name"), [
    # CLUENER 2020 train: the longest names written without spaces are names
    ("透纳（josephmallordwilliamturner）的作品《modernrome", "josephmallordwilliamturner"),
    ("联系电话 138 0000 1111 Li Ming，请回电", "Li Ming"),  # numbers are no words of prose
    ("承认老板古德穆德森（bjorgolfurgudmundsson）由于landsbanki", "bjorgolfurgudmundsson"),
])
def test_a_long_latin_name_is_a_name(names, text, name) -> None:
    start = text.index(name)
    assert set(range(start, start + len(name))) <= _masked(names, text)


@pytest.mark.parametrize("text", [
    # Weibo NER train (its spaces stripped): English prose, longer than any name
    "像风灌进回忆一样痛被吹散，爱却在不知不觉中着了凉。Likethewinddunkaspainmemorieswereblown，"
    "butloveisinimperceptibleinthecold.",
    "顿时想起至理名言‘listen，neverevergivethecreditcardtoyourwife\"[嘻嘻]",
    "L:Fasestetabhostedoceri.E:Itisrighttolearnevenfromanenemy.--三人行，必有我师焉。",
    "Love is what you feel when you miss someone，这句话说得真好",  # more words than a name
])
def test_english_prose_in_chinese_text_is_no_name(names, text) -> None:
    latin = {i for i, c in enumerate(text) if c.isascii() and c.isalpha()}
    assert not latin & _masked(names, text)


@pytest.mark.parametrize(("text", "span"), [
    ("几天前Activision发布了一部《德军总部》(Wolfenstein)的最新视频，", "stein"),  # cut
    ("在洛杉矶会议中心举办。ESA总裁迈克尔加拉赫(", "ESA"),           # capitals: an acronym
    ("详情请看http://t.cn/RP3UDoo", "UDoo"),                     # a short link's code
    ("本数据集为 govcat 演示用合成数据", "govcat"),                  # a product
])
def test_other_latin_runs_are_no_known_name(text, span) -> None:
    start = text.index(span)
    assert _known_latin_names(text, start, start + len(span)) == []


@pytest.mark.parametrize(("span", "transliteration"), [
    # 尔 夫 姆, among the characters transliterations are written with most (57, 16 and 13
    # times in the dotted foreign names of the tuning parts), were left out before
    ("默克尔", True), ("普里马科夫", True), ("凡尔纳", True), ("汉姆", True), ("扎卡耶夫", True),
    ("偶尔", False), ("丈夫", False),
])
def test_a_transliteration_is_written_as_a_name(span, transliteration) -> None:
    assert written_as_a_name(span) is transliteration


@pytest.mark.parametrize(("text", "span"), [
    ("张XX（男，22岁）诉称赵某拖欠工资", "张"),                     # already anonymised
    ("来电人李X反映", "李"),
    ("苏州古吴轩出版社经３年的努力，在林老百年诞辰之际隆重推出", "老百"),  # 老 addresses 林
])
def test_a_likely_span_is_no_name_in_an_anonymised_or_addressed_form(names, text, span) -> None:
    start = text.index(span)
    assert names.model.find(text, [(start, start + len(span), 0.2)]) == []


def test_a_whole_name_before_an_x_stays_a_name(names) -> None:
    text = "患者张伟X光片显示正常"  # X光: an X-ray, not 张XX's mask letters
    assert [text[c.start:c.end] for c in names.model.find(text, [(2, 4, 0.2)])] == ["张伟"]


def test_the_domain_of_an_e_mail_address_is_no_latin_name() -> None:
    text = "联系邮箱zhangsan@example.com，谢谢"
    start = text.index("example")
    assert _latin_names(text, start, start + len("example.com"), 0.5) == []
    handle = "转发@Jenny 的微博"  # a handle after @ stays one
    assert _latin_names(handle, 3, 8, 0.5) == [(3, 8)]


@pytest.mark.parametrize(("text", "length", "name"), [
    # a studio's name, the model's span part of it (Parado of ParadoxInteractive)
    ("游戏由ParadoxInteractive负责发行", 6, ""),
    ("据说InfinityWard马上推出新作", 12, ""),
    ("作家LewisCarroll的作品", 12, "LewisCarroll"),  # a known name begins it
    ("作家Lewis的作品", 5, "Lewis"),  # one word
    ("电影modern war的海报", 6, ""),  # common English words in lower case
    ("电影Modern的海报", 6, "Modern"),  # (capitalised, a title's or a name's alike)
])
def test_capitalised_words_written_together_are_a_name_only_after_a_known_one(text, length,
                                                                                name) -> None:
    start = next(at for at, c in enumerate(text) if c.isascii())
    found = _latin_names(text, start, start + length, 0.1)
    assert [text[s:e] for s, e in found] == ([name] if name else [])


@pytest.mark.parametrize(("span", "probability", "word"), [
    ("奥巴马", 0.57, False),  # a transliteration Viterbi decodes, though jieba tags it a place
    ("巴拉克", 0.73, False),
    ("奥巴马", 0.01, True),   # … barely likely: a word like any other
    ("穆勒", 0.59, False),    # two characters jieba tags as another proper noun (nz)
    ("巴西", 0.6, True),      # two characters tagged as a place: a place as often as not
    ("万", 0.6, True),        # one character: a number as often as a surname
    ("黄金", 0.6, True),      # an ordinary word, not a transliteration
])
def test_a_decoded_transliteration_is_no_word_without_evidence(span, probability, word) -> None:
    assert _word_without_evidence(span, probability) is word


@pytest.mark.parametrize(("text", "name"), [
    # a name after a word that a word straddling the name's first character competes with
    ("９４级新闻系学生成银生一边用手指着报纸，一边对记者说", "成银生"),  # MSRA: 学生|成, 生成
    ("再回顾那些年看过的经典作品，才发现金庸就是我们的全部青春啊", "金庸"),  # CLUENER: 现金
    ("来电人张伟反映其父亲王健独居，近3天联系不上，请求社区上门查看。", "王健"),  # 亲王
    # the hotline bench: 东方, a word, is the name's compound surname
    ("市民反映邻居东方霞在杭州市西湖区文三路100号楼顶私自搭建彩钢棚，存在安全隐患，"
     "请求城管部门核查处理。", "东方霞"),
])
def test_a_name_after_a_word_is_caught(names, text, name) -> None:
    start = text.index(name)
    assert set(range(start, start + len(name))) & _masked(names, text)


def test_a_word_that_goes_on_is_no_word_before_a_name() -> None:
    text = "他们的球衣上印的是“unicef”（联合国儿童基金会），是公益性质的广告"  # CLUENER: 联合国
    assert not _word_ends_at(text, text.index("国"))
    text = "９４级新闻系学生成银生一边用手指着报纸"
    assert _word_ends_at(text, text.index("成"))


def test_the_next_name_of_a_list_is_caught(names) -> None:
    text = "本报讯记者戴鹏、江山报道：曾经一度以民警张金柱违法犯罪而轰动"  # MSRA val (tuning)
    start = text.index("江山")
    assert {start, start + 1} <= _masked(names, text)


@pytest.mark.parametrize("text", ["文化、教育、卫生等部门参加",
                                  "请携带身份证、户口本、张三的委托书"])
def test_no_list_head_where_no_sure_name_follows(names, text) -> None:
    assert _masked(names, text) <= set(range(text.find("张三"), text.find("张三") + 2))


@pytest.mark.parametrize(("text", "item"), [
    # a place's word in a list of places the model reads as names (as a Resume train
    # sentence lists Shanghai's districts), the item after a clause (MSRA val 0:2000), the
    # head of a list that runs on into a sentence (CLUENER train)
    ("崇明、奉贤、金山、松江、卢湾", "卢湾"),
    ("张三是国家一级演员、全国“五一”劳动奖章获得者", "全国"),
    ("在这个门里的世界，蓝天、白云、远山、洱海都交融在一起，", "蓝天"),
])
def test_a_list_of_names_names_no_place_nor_clause(names, text, item) -> None:
    start = text.index(item)
    assert not _masked(names, text) & set(range(start, start + len(item)))


@pytest.mark.parametrize(("text", "name", "kept"), [
    ("联系人：钱多多；钱多多电话另告。", "钱多多", ""),  # the second, alone, would not be found
    ("来电人李明反映李明路积水，李明希望尽快处理。", "李明", "李明路"),  # a road's name
    ("申请人高峰，高峰时段无法到场。", "高峰", "高峰时段"),  # a word as well as a name
])
def test_a_name_found_is_masked_wherever_the_text_repeats_it(names, text, name, kept) -> None:
    masked = _masked(names, text)
    assert set(range(text.index(name), text.index(name) + len(name))) <= masked
    starts = [i for i in range(len(text)) if text.startswith(name, i)]
    if kept:
        at = text.index(kept)
        starts.remove(at)
        assert not set(range(at, at + len(kept))) & masked
    for start in starts:
        assert set(range(start, start + len(name))) <= masked, (text, start)


def test_likely_runs_start_where_their_likely_characters_do(small_model) -> None:
    model, _, texts = small_model
    trimmed = 0
    for text in texts:
        probabilities = model.probabilities(text)
        viterbi = model.spans(text, 1.1)
        runs = model.spans(text, 0.0002)
        for start, end, top in model.spans(text, 0.0002, 0.2):
            if (start, end, top) in viterbi:
                continue
            whole = [run for run in runs if run[0] <= start < run[1]]
            assert whole and whole[0][1] == end  # the run untrimmed, and where it ends
            assert probabilities[start] >= 0.2 * top
            assert all(p < 0.2 * top for p in probabilities[whole[0][0]:start])
            trimmed += whole[0][0] < start
    assert trimmed  # the texts hold runs that start before their likely characters


def test_likely_runs_end_where_their_likely_characters_do(small_model) -> None:
    model, _, texts = small_model
    trimmed = 0
    for text in texts:
        probabilities = model.probabilities(text)
        started = model.spans(text, 0.0002, 0.2)
        spans = model.trimmed_spans(text, 0.0002, 0.2, 0.05)
        assert [(start, run_end) for start, _, _, run_end in spans] == [
            (start, end) for start, end, _ in started]  # the same runs, where they ended
        for start, end, top, run_end in spans:
            assert start < end <= run_end
            if end < run_end:
                assert probabilities[end - 1] >= 0.05 * top
                assert all(p < 0.05 * top for p in probabilities[end:run_end])
                trimmed += 1
    assert trimmed  # the texts hold runs that go on after their likely characters


def test_a_likely_run_that_is_one_word_keeps_its_end() -> None:
    class Decoder:  # the C decoder's answer: two likely runs whose ends it trimmed
        def trimmed_spans(self, text, threshold, trim, end_trim):
            return [(0, 2, 0.9, 2), (2, 3, 0.01, 4), (4, 6, 0.01, 7)]

    names = ModelNames()
    names.__dict__.update(model=Decoder(), threshold=0.0002)  # its cached properties
    text = "汤姆杯及尤伯杯分别"
    # 杯及 is no word: trimmed to 杯; 尤伯杯 is one (the Uber Cup): kept whole
    assert names.spans(text) == [(0, 2, 0.9), (2, 3, 0.01), (4, 7, 0.01)]


@pytest.mark.parametrize(("text", "word"), [
    ("这位先生请出示证件", "位"),        # 这位 is a word
    ("音乐老师和体育老师", "乐"),
    ("出租车师傅表示", "车"),
    ("我和老师一起去", "和"),            # a function word
])
def test_a_word_before_an_honorific_is_no_surname(names, text, word) -> None:
    start = text.index(word)
    assert start not in _masked(names, text)


@pytest.mark.parametrize(("text", "kept"), [
    ("申请人张某反映小区噪音", "张某"),
    ("当事人李某某于2023年5月到场", "李某某"),
    ("王*、赵**已签收", "王*"),
    ("欧阳某某（男，45岁）反映", "欧阳某某"),
    ("王○○于2023年来访", "王○○"),
    ("欧阳〇〇于2023年来访", "欧阳〇〇"),
    ("员工赫连某已签收", "赫连某"),  # a compound surname and 某, not 赫 and 连
    ("张XX（男，22岁）诉称赵某拖欠工资", "张XX"),
    ("申请人须提供身份证明", "须提供"),   # 须 is a surname and a function word
    ("办理食品经营许可证的流程", "许可证"),  # jieba tags 许可证 as a person's name
    ("申请人许可证编号", "许可证"),
    # … and 付清, 周全, 温馨, 祝福 (chinese.WORDS_TAGGED_AS_NAMES)
    ("来电人称工程款已付清", "付清"),
    ("工作人员热情周到，安排周全", "周全"),
    ("来电人表示送上温馨祝福", "温馨祝福"),
    ("使用APP和GDP数据申报", "GDP"),          # acronyms are not names
    ("经济指标GDP CPI均上涨", "GDP CPI"),     # … nor two in capitals
    ("环比指数(上月=100)", "环比"),          # a statistics term, a header of the demo
    ("全市企业职工基本养老保险、机关事业单位养老保险、城乡居民基本养老保险", "基本养老"),
    ("家住杭州市西湖区", "杭州"),
    ("宁波市海曙区人民政府", "宁波"),
    ("温州市鹿城区市场监督管理局", "温州"),
    ("乘坐公交至白杨站下车", "白杨"),
    ("文新街道文新社区居委会", "文新"),
    ("闲林余杭塘路口发生拥堵", "余杭塘路"),
    ("钱江新城万象城", "钱江"),
    ("张家港市杨舍镇", "张家港"),
    ("地铁3号线新增石马、和睦、平安桥等站点。", "石马"),  # the items of a list of places
    ("白马湖、湘湖、铜鉴湖等区域水质持续改善。", "白马湖"),
    ("金华、衢州、丽水三地联合开展跨区域执法检查。", "金华"),  # … and how many they are
    ("华为、海康威视、网易等企业参加数字经济峰会。", "海康威视"),  # a list of companies
    ("万科、龙湖、华润等房企参与保障性租赁住房建设。", "万科"),
    ("钱江摩托完成股权变更登记。", "钱江摩托"),  # a brand and its industry
    ("顾家家居新建年产50万套软体家具项目。", "顾家家居"),
    ("张小泉剪刀、王星记扇子是杭州的老字号。", "张小泉剪刀"),  # time-honoured brands
    ("胡庆余堂中药文化入选国家级非物质文化遗产。", "胡庆余堂"),
    ("钱江新城、未来科技城建设加快推进。", "钱江新城"),  # a district's name of four
    ("加强组织领导，周密部署安排。", "周密"),  # words jieba tags as names (Zhou Mi, a poet)
    ("服务社会，弘扬新风。", "弘扬"),
    ("西溪湿地、灵隐寺、宋城等景区接待游客。", "宋城"),
    # government text: document numbers, products and formats, words after role words
    ("杭拱市监处罚〔2024〕430号", "杭拱"),
    ("杭临平市监处罚〔2024〕162号", "杭临平"),
    ("本数据集为 govcat 演示用合成数据", "govcat"),
    ("本数据集为 govcat 演示用合成数据", "数据集为"),
    ("可通过APP或微信小程序查询，支持Excel格式下载", "Excel"),
    ("从业资格证号与驾驶员居民身份证号码一致", "居民身份证"),
    ("A类（信用风险低）", "类"),
    ("确保驻村所在地同全国一道进入小康社会,10月27日", "小康"),  # CLUENER: 小 and a surname
    ("石川县的航空自卫队小松基地着陆时主起落架", "小松"),
    ("早高峰(07:00-09:00)", "早高峰"),                   # 高峰: a word jieba tags as a name
    ("反映闻涛苑电梯频繁故障", "闻涛苑"),                # a residential compound
    ("反映秋涛路路段夜间渣土车抛洒严重", "秋涛"),
    ("经查询，你家承包地位于石桥村高家坞，面积1.2亩。", "高家坞"),  # villages of the south:
    ("来电人反映沈家浜河道淤积。", "沈家浜"),                         # a dock, a creek
    ("严家弄", "严家弄"), ("于谦祠", "于谦祠"),  # a cell: the model is sure, but a lane, a shrine
    ("失物招领：汪先生于公交车上拾得钱包一个。", "招领"),  # only likely, a word's tail (失物招领)
    ("该户户主常年在外，由其子缪文斌代为签收。", "常年"),  # an adverb the model finds likely
    ("退役军人优待证申领人：习建军。", "申领人"),  # a form's field, not in cues.ROLES
    ("来电人要求物业经理胡杨出面解决。", "出面"),  # the word after a name the model is sure of
    ("当事人销售假冒白杨牌饮料", "白杨"),                             # a brand
    ("市民投诉蔡家幼儿园服务态度差。", "蔡家"),                       # an organisation
    ("来电人反映钟家诊所乱收费。", "钟家"),
    ("来电人称黄龙健身房存在安全隐患。", "黄龙"),
    # where one works, after 在 (the hotline bench's: the model was confident of 恒聪)
    ("来电人刘平反映其在恒聪百汇信息有限公司工作期间被拖欠工资", "恒聪"),
    # … and a company's or a school's whole name after what the model is sure of (恒聪|百汇…有限
    # 公司, 鸿睿思|博中学), and a road crossing another
    ("恒聪百汇科技有限公司的营业执照已被吊销。", "恒聪"),
    ("鸿睿思博中学新校区将于明年9月投入使用。", "鸿睿思"),
    ("鸿睿思博社区卫生服务中心开展义诊活动。", "鸿睿思"),
    ("来电人反映刘路与西安路交叉口红绿灯故障。", "刘路"),
    # a measure word after a number begins no name (the hotline bench's: 天仍 was masked 天*)
    ("垃圾清运不及时问题拖延8天仍未处理，要求物业公司整改。", "天仍"),
    # what places something follows: a person is not where things are
    ("来电人反映张江附近路灯不亮。", "张江"),
    # no name spaced as forms align them: a word spelt out, a road's name read on
    ("上 下 左 右", "左 右"),
    ("方向：东 西", "西"),
    ("王 府井大街", "府井大街"),
    ("来电人反映汪家埠附近路灯不亮。", "汪家埠"),
    ("来电人反映王坛附近路灯不亮。", "王坛"),  # the model's 王 alone, cut from a place's name
    ("已告知来电人相关政策及办理渠道，来电人表示理解。", "来电人"),
    ("申请人须提交用途说明并签署数据使用承诺书", "须提交"),
    ("申请人应提供身份证明材料", "应提供"),  # … where a verb follows the function word
    ("联系人和平路社区居委会", "和平"),      # … or it begins a word
    ("作为中国妇女儿童基金会的重点项目", "基金"),  # 女儿 is a relative only after 其
    ("当事人于是提出复议申请", "于是"),
    ("全市居民消费价格总指数，含同比、环比和累计指数", "环比"),
    # a common word the model finds only likely: CLUENER 2020 train, and the hotline bench's
    # records (a name, then its verb; 邻居 before a name)
    ("【朱克】：首先非常感谢各位领导和专家在白忙之中出席今天新老金融街争锋", "专家"),
    ("彭玉建议在文一西路与莫干山路交叉口增设红绿灯，高峰期行人过马路困难", "建议"),
    ("市民反映邻居东方伟在西湖区文三路100号楼顶私自搭建彩钢棚", "邻居"),
    # a predicate the model finds likely, no surname: a verb, a noun and its degree
    ("本月将有两部由周迅（听歌）主演的影片登上银幕", "听歌"),           # CLUENER 2020 train
    ("的卧室不好，你看故宫皇帝的卧室多大，", "多大"),
    ("来电人反映文一西路路段夜间渣土车抛洒严重，道路扬尘大，请求城管部门加强监管。", "扬尘大"),
    ("咨询灵活就业人员社保缴费基数及缴费方式，希望工作人员回电(0571)81234567。", "回电"),
    # a likely span that is a verb of the dictionary, words none of them a name, or the cue
    # after a name (the subsidy bench's remarks): 申 and 高 are surnames
    ("首次申领。补发4个月差额1092.50元。", "申领"),
    ("因信息变更暂缓发放，待街道复核。高龄津贴，2023-03-10起调整标准。", "高龄津贴"),
    ("委托张婷代领，代理人身份证510104195712206570。", "代领"),
    # a number the model reads on from the character before it (the card is the card's)
    ("来电人高建咨询其名下银行卡5486 3589 5275 6439收到的一笔补贴款项来源", "卡"),
    ("徐璐反映其银行卡6228 4828 2392 0794 529被冻结", "卡"),
    ("咨询社保缴费方式，希望工作人员回电0571 56128607。", "回电"),  # the model's, and the rules'
    ("申请人回复称已收到补正通知", "回复"),                          # (回 is a rare surname)
    ("已办结，来电人反映的问题已解决。", "来电人"),  # a role word, before an appeal verb
    ("张振生：中国国籍，男，大专学历。", "国籍"),  # a word, before a sex (as a name is)
    ("2015年起任公司财务总监。", "财务"),  # a department, before a title of office
    ("警方表示，案件正在调查中。", "警方"),  # a clause's subject before a verb of speech
    ("他以90岁的高龄参加比赛。", "高龄"),  # a word after an age
    ("文明系列活动启动。", "文明"),  # a verb that begins a word (系列) vouches for no one
    ("该企业成立一家子公司。", "成立"),
    ("经核实，中国家庭人均收入增长。", "中国"),
    ("法人单位名录已更新。", "单位"),  # a word this common heads no name after a role word
    ("院方承认存在管理漏洞。", "院方"),
])
def test_places_and_masked_forms_are_kept(names, text, kept) -> None:
    start = text.index(kept)
    assert not _masked(names, text) & set(range(start, start + len(kept)))


def test_names_of_held_aside_real_sentences_are_caught(names, fixtures_dir) -> None:
    """Sentences the model never saw (MSRA val 2000-, Resume dev): most names are caught."""
    corpora = fixtures_dir / "ner"
    specs = resolve([f"{corpora}/msra/val_sentences.txt#2000:2400",
                     f"{corpora}/resume/dev.char.bmes#0:200"]).specs
    gold = caught = outside = changed = 0
    for spec in specs:
        for record in read_records(spec):
            masked = _masked(names, record.text)
            personal = {i for s, e in record.names for i in range(s, e)}
            gold += len(record.names)
            caught += sum(1 for s, e in record.names if masked & set(range(s, e)))
            outside += len(record.text) - len(personal)
            changed += len(masked - personal)
    assert gold > 150
    assert caught / gold >= 0.9
    assert changed / outside <= 0.02


def test_out_of_fold_scoring_screens_each_record_with_its_fold(fixtures_dir, tmp_path) -> None:
    """`python -m privacy.names.train … --out-of-fold DIR` scores every part with the whole
    screen, record k with fold k mod 2: with the shipped model as both folds its figures are
    the screen's own; with a model of nothing but synthetic records as the second fold, the
    odd records' names are the ones that change."""
    import shutil

    from privacy.evaluation import evaluate_corpora
    from privacy.names.train import out_of_fold_report
    from privacy.screen import Screener

    part = [f"{fixtures_dir / 'ner'}/msra/val_sentences.txt#2000:2080"]
    synthetic = list(synthetic_examples(replace(Settings(), synthetic=40)))
    for k in (0, 1):
        shutil.copyfile(MODEL, tmp_path / f"fold-{k}.npz")
    report = out_of_fold_report(part, tmp_path, synthetic)
    assert [score.corpus for score in report.corpora] == [
        "msra/val_sentences.txt#2000:2080", "synthetic records"]
    alone = evaluate_corpora(resolve(part).specs, Screener()).corpora[0]
    assert report.corpora[0].to_dict() == alone.to_dict()
    assert report.corpora[1].names == sum(len(names) for _, names in synthetic)

    settings = replace(Settings(), synthetic=300, iterations=20)
    weak = train(list(synthetic_examples(settings)), settings, tmp_path / "weak.crfsuite")
    (tmp_path / "mixed").mkdir()
    shutil.copyfile(MODEL, tmp_path / "mixed" / "fold-0.npz")
    export_model(weak, tmp_path / "mixed" / "fold-1.npz", 0.05)
    mixed = out_of_fold_report(part, tmp_path / "mixed", synthetic).corpora[0]
    assert mixed.to_dict() != alone.to_dict()


def test_fold_models_missing_are_one_clear_error(fixtures_dir, tmp_path, capsys) -> None:
    from privacy.names.train import main

    part = f"{fixtures_dir / 'ner'}/resume/dev.char.bmes#0:5"
    for flag in ("--out-of-fold", "--rescore"):
        with pytest.raises(SystemExit) as stop:
            main([part, flag, str(tmp_path)])
        assert stop.value.code == 2
        error = capsys.readouterr().err
        assert f"no fold model {tmp_path / 'fold-0.npz'}, {tmp_path / 'fold-1.npz'}" in error
        assert "Traceback" not in error


def test_a_model_missing_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(FileNotFoundError):
        ModelNames(tmp_path / "none.npz").find("张三")


def test_labels_keep_what_is_only_likely_a_name(screener) -> None:
    """Headers, titles and file names are labels: the model's likely spans are for prose."""
    header = ["城乡居民基本养老保险参保人数(万人)", "常住人口净增(万人)", "韩志强", "联系人王建国"]
    assert screener.screen_header(header)[:2] == header[:2]
    assert screener.screen_header(header)[2:] == ["韩**", "联系人王**"]
    title = "网约车驾驶员证核发公示（2024年第二季度）"
    assert screener.screen_text(title, label=True).text == title
    named = screener.screen_text("韩志强-310104198602091203.csv", label=True).text
    assert named.startswith("韩**-")


@pytest.mark.parametrize(("text", "name", "thing"), [
    ("投诉驾驶员云成绕路多收费", "云成", False),  # 绕路 (a detour) ends in 路 and is a word
    ("家属于磊一路小跑", "于磊", False),
    ("市民反映秋涛路积水", "秋涛", True),  # a road
    ("白杨街道办事处", "白杨", True),
    ("卓越机械有限公司", "卓越", True),
    ("云成绕路网络科技有限公司", "云成", True),  # … unless a thing's word follows
    ("驾驶员云成绕路至和泰网络有限公司", "云成", False),  # (not across 至: to)
])
def test_a_word_ending_in_a_place_character_is_no_place(text, name, thing) -> None:
    assert names_a_thing(text, text.index(name) + len(name)) is thing


def _first_characters(items) -> tuple[set[str], bool]:  # noqa: ANN001 (re's parsed items)
    """The characters a parsed pattern can start with (a wide range as one marker), and whether
    it can match the empty string."""
    import re._constants as c  # the parser's own vocabulary: this test reads the pattern

    out: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            return out | {chr(av)}, False
        if op is c.IN:
            for kind, value in av:
                if kind is c.LITERAL:
                    out.add(chr(value))
                elif kind is c.RANGE:
                    low, high = value
                    out |= ({chr(k) for k in range(low, high + 1)} if high - low < 50
                            else {f"<{low:x}-{high:x}>"})
                else:
                    out.add(f"<{kind}>")
            return out, False
        if op is c.BRANCH:
            empty = False
            for branch in av[1]:
                first, can_be_empty = _first_characters(branch)
                out |= first
                empty |= can_be_empty
            if not empty:
                return out, False
        elif op is c.SUBPATTERN:
            first, can_be_empty = _first_characters(av[3])
            out |= first
            if not can_be_empty:
                return out, False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            least, _, sub = av
            first, can_be_empty = _first_characters(sub)
            out |= first
            if least and not can_be_empty:
                return out, False
        elif op not in (c.ASSERT, c.ASSERT_NOT, c.AT):
            out.add(f"<{op}>")
            return out, False
    return out, True


@pytest.mark.parametrize("pattern", ["_TITLE_OR_AFTER", "_TITLE_OF_A_NAME", "_SUBJECT_VERB"])
def test_the_characters_evidence_starts_with_are_all_listed(pattern) -> None:
    # _EVIDENCE_FIRST is written out (a set lookup before each candidate); the rules skip a name
    # without a role word unless one of them follows it, so one missing drops evidence unseen
    # (张和平工程师 and an ID right after a name were skipped so)
    import re._parser

    from privacy.recognizers import person_zh

    first, can_be_empty = _first_characters(
        re._parser.parse(getattr(person_zh, pattern).pattern))
    assert not can_be_empty
    assert first - person_zh._EVIDENCE_FIRST == set()
