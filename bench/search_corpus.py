"""Generated catalog metadata for the search benchmark: realistic Chinese and English dataset
records (titles such as 西湖区常住人口统计年报), ~40 departments, the 20 themes, formats,
licences and dates; written into a catalog store as the pipeline writes published revisions,
and kept with the ground truth of which dataset holds which word.

Deterministic: the same seed gives the same records. The text holds no personal data (it is
made of the word lists below), which is why the bench may write it without the privacy screen.
"""

from __future__ import annotations

import hashlib
import json
import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

CITY = "示例市"
# code, Chinese name, English name
PUBLISHERS = [
    ("stats", "统计局", "Bureau of Statistics"), ("police", "公安局", "Public Security Bureau"),
    ("edu", "教育局", "Education Bureau"), ("health", "卫生健康委员会", "Health Commission"),
    ("civil", "民政局", "Civil Affairs Bureau"), ("finance", "财政局", "Finance Bureau"),
    ("hrss", "人力资源和社会保障局", "Human Resources and Social Security Bureau"),
    ("land", "自然资源和规划局", "Natural Resources and Planning Bureau"),
    ("env", "生态环境局", "Ecology and Environment Bureau"),
    ("housing", "住房和城乡建设局", "Housing and Urban-Rural Development Bureau"),
    ("transport", "交通运输局", "Transport Bureau"), ("water", "水利局", "Water Resources Bureau"),
    ("agri", "农业农村局", "Agriculture and Rural Affairs Bureau"),
    ("commerce", "商务局", "Commerce Bureau"),
    ("culture", "文化广电旅游局", "Culture, Radio, Television and Tourism Bureau"),
    ("emergency", "应急管理局", "Emergency Management Bureau"),
    ("market", "市场监督管理局", "Market Regulation Administration"),
    ("medins", "医疗保障局", "Healthcare Security Bureau"), ("sport", "体育局", "Sports Bureau"),
    ("forest", "林业局", "Forestry Bureau"), ("weather", "气象局", "Meteorological Bureau"),
    ("tax", "税务局", "Taxation Bureau"), ("urban", "城市管理局", "Urban Management Bureau"),
    ("science", "科学技术局", "Science and Technology Bureau"),
    ("industry", "经济和信息化局", "Economy and Information Technology Bureau"),
    ("ndrc", "发展和改革委员会", "Development and Reform Commission"),
    ("justice", "司法局", "Justice Bureau"), ("audit", "审计局", "Audit Bureau"),
    ("veterans", "退役军人事务局", "Veterans Affairs Bureau"),
    ("data", "数据资源管理局", "Data Resources Administration"),
    ("archives", "档案馆", "Municipal Archives"),
    ("gazetteer", "地方志办公室", "Local Chronicles Office"),
    ("fire", "消防救援支队", "Fire and Rescue Detachment"),
    ("post", "邮政管理局", "Postal Administration"),
    ("ethnic", "民族宗教事务委员会", "Ethnic and Religious Affairs Commission"),
    ("offices", "机关事务管理局", "Government Offices Administration"),
    ("petition", "信访局", "Letters and Visits Bureau"),
    ("foreign", "外事办公室", "Foreign Affairs Office"),
    ("airdefence", "人民防空办公室", "Civil Air Defence Office"),
    ("housingfund", "住房公积金管理中心", "Housing Provident Fund Centre"),
]
# theme -> subjects (Chinese, English)
SUBJECTS: dict[str, list[tuple[str, str]]] = {
    "人口与就业": [("常住人口", "resident population"), ("户籍人口", "registered population"),
              ("流动人口", "floating population"),
              ("城镇登记失业", "registered urban unemployment"),
              ("就业人员", "employed persons"), ("老年人口", "elderly population")],
    "社会保障": [("养老保险参保", "pension insurance enrolment"),
             ("医疗保险参保", "medical insurance enrolment"),
             ("最低生活保障", "minimum living allowance"), ("失业保险", "unemployment insurance"),
             ("工伤保险", "work injury insurance")],
    "教育科技": [("义务教育学校", "compulsory education schools"), ("高等学校", "universities"),
             ("幼儿园", "kindergartens"), ("高新技术企业", "high-tech enterprises"),
             ("专利授权", "patents granted")],
    "卫生健康": [("医疗机构", "medical institutions"), ("卫生技术人员", "health workers"),
             ("传染病疫情", "infectious disease cases"), ("疫苗接种点", "vaccination sites"),
             ("药品零售企业", "pharmacies")],
    "工业交通": [("公交线路", "bus routes"), ("公交站点", "bus stops"),
             ("道路货物运输", "road freight"), ("出租汽车", "taxis"),
             ("新能源汽车充电桩", "electric vehicle charging points"),
             ("规模以上工业增加值", "industrial value added")],
    "生态环境": [("空气质量", "air quality"), ("地表水水质", "surface water quality"),
             ("噪声监测", "noise monitoring"), ("重点污染源", "key pollution sources"),
             ("垃圾分类", "waste sorting")],
    "城乡建设": [("保障性住房", "affordable housing"), ("建筑工地", "construction sites"),
             ("城市道路", "urban roads"), ("公园绿地", "parks and green space"),
             ("停车场泊位", "parking spaces")],
    "财税金融": [("一般公共预算收入", "general public budget revenue"),
             ("财政支出", "fiscal expenditure"), ("政府债务", "government debt"),
             ("税收收入", "tax revenue"), ("住房公积金缴存", "housing provident fund deposits")],
    "经济管理": [("地区生产总值", "gross regional product"),
             ("固定资产投资", "fixed asset investment"),
             ("社会消费品零售总额", "retail sales of consumer goods"),
             ("居民消费价格指数", "consumer price index"), ("进出口总额", "imports and exports")],
    "农业农村": [("粮食产量", "grain output"), ("耕地面积", "farmland area"),
             ("农民专业合作社", "farmers' cooperatives"), ("家庭农场", "family farms"),
             ("农产品批发价格", "wholesale farm prices")],
    "文化旅游": [("旅游景区", "tourist attractions"), ("文物保护单位", "protected heritage sites"),
             ("公共图书馆", "public libraries"), ("博物馆", "museums"),
             ("星级饭店", "star-rated hotels")],
    "公共安全": [("道路交通事故", "road traffic accidents"), ("消防站", "fire stations"),
             ("应急避难场所", "emergency shelters"), ("治安案件", "public order cases")],
    "市场监管": [("企业登记", "business registrations"), ("个体工商户", "sole proprietors"),
             ("食品生产许可", "food production licences"), ("特种设备", "special equipment"),
             ("商标注册", "trademark registrations")],
    "民政服务": [("养老机构", "elderly care homes"), ("社会组织", "social organisations"),
             ("婚姻登记", "marriage registrations"), ("殡葬服务机构", "funeral services")],
    "资源能源": [("全社会用电量", "electricity consumption"), ("天然气供应", "natural gas supply"),
             ("城市供水量", "urban water supply"), ("矿产资源", "mineral resources")],
    "信用服务": [("行政许可", "administrative licences"), ("行政处罚", "administrative penalties"),
             ("守信激励", "credit incentives")],
    "气象服务": [("降水量", "precipitation"), ("平均气温", "mean temperature"),
             ("台风路径", "typhoon tracks"), ("相对湿度", "relative humidity")],
    "地理空间": [("行政区划", "administrative divisions"), ("标准地名", "standard place names"),
             ("兴趣点", "points of interest"), ("遥感影像", "remote sensing imagery")],
    "法律服务": [("律师事务所", "law firms"), ("公证机构", "notary offices"),
             ("法律援助", "legal aid"), ("人民调解组织", "mediation committees")],
    "综合政务": [("政府信息公开", "government information disclosure"),
             ("政务服务事项", "government service items"),
             ("人大代表建议办理", "deputies' proposals handled"),
             ("政协提案办理", "CPPCC proposals handled")],
}
ASPECTS = [("统计", "statistics"), ("分布", "distribution"), ("基本情况", "overview"),
           ("监测数据", "monitoring data"), ("名录", "directory"), ("汇总", "summary"),
           ("明细", "details"), ("变动情况", "changes")]
DOCTYPES = [("年报", "annual report"), ("月报", "monthly report"), ("季度数据", "quarterly data"),
            ("一览表", "list"), ("公示", "public notice"), ("", "")]
DISTRICTS = [("上城区", "Shangcheng"), ("拱墅区", "Gongshu"), ("西湖区", "Xihu"),
             ("滨江区", "Binjiang"), ("萧山区", "Xiaoshan"), ("余杭区", "Yuhang"),
             ("临平区", "Linping"), ("钱塘区", "Qiantang"), ("富阳区", "Fuyang"),
             ("临安区", "Lin'an"), ("桐庐县", "Tonglu"), ("淳安县", "Chun'an"),
             ("建德市", "Jiande"), ("全市", "citywide")]
DIMENSIONS = ["区县", "街道", "月份", "年龄段", "行业", "类别", "季度", "性别"]
FREQUENCIES = ["annual", "quarterly", "monthly", "irregular", "daily", "semiannual"]
LICENSES = ["CC-BY-4.0"] * 6 + ["CC0-1.0", "CC-BY-SA-4.0", "ODbL-1.0", "PDDL-1.0"]
# stored tables (validated, screened, served) and links the source publishes
STORED = ["CSV", "CSV", "CSV", "JSON"]
LINKS = {"PDF": "application/pdf", "ZIP": "application/zip", "XLSX":
         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
         "GEOJSON": "application/geo+json", "XML": "application/xml"}
WRITE_CACHE_KIB = 512 * 1024  # SQLite's page cache while the bench writes the store
ENGLISH_SHARE = 0.15  # datasets whose own language is English


@dataclass
class GeneratedDataset:
    """One dataset as the generator made it, with the text its ground truth is judged on."""

    index: int
    publisher: str
    metadata: dict[str, Any]
    resources: list[dict[str, Any]]
    text: str = field(repr=False, default="")  # every word written for it (ground truth)


def _stored_tables(rng: random.Random) -> list[tuple[str, str, list[dict[str, str]]]]:
    """A few small tables (format, content, columns), shared by many datasets' resources."""
    tables = []
    for number in range(24):
        dimension = DIMENSIONS[number % len(DIMENSIONS)]
        columns = [{"name": dimension, "type": "string"}, {"name": "年份", "type": "integer"},
                   {"name": "数值", "type": "number"}]
        rows = [f"{d},{2015 + y},{rng.randint(1, 9999) / 10}" for d, _ in DISTRICTS[:6]
                for y in range(3)]
        fmt = STORED[number % len(STORED)]
        if fmt == "JSON":
            content = json.dumps([dict(zip([c["name"] for c in columns], row.split(","),
                                           strict=True)) for row in rows], ensure_ascii=False)
        else:
            content = "\n".join([",".join(c["name"] for c in columns), *rows]) + "\n"
        tables.append((fmt, content, columns))
    return tables


def generate(count: int, seed: int = 20240601) -> Iterator[GeneratedDataset]:
    """count datasets, deterministic for a seed."""
    rng = random.Random(seed)
    themes = list(SUBJECTS)
    start = datetime(2016, 1, 1, tzinfo=UTC)
    for index in range(count):
        theme = themes[rng.randrange(len(themes))]
        subject, subject_en = rng.choice(SUBJECTS[theme])
        aspect, aspect_en = rng.choice(ASPECTS)
        doctype, doctype_en = rng.choice(DOCTYPES)
        district, district_en = rng.choice(DISTRICTS)
        year = rng.randint(2015, 2024)
        with_year = rng.random() < 0.5
        publisher = PUBLISHERS[rng.randrange(len(PUBLISHERS))]
        title_zh = f"{district if rng.random() < 0.6 else ''}{year if with_year else ''}" \
                   f"{'年' if with_year else ''}{subject}{aspect}{doctype}"
        title_en = " ".join(part for part in (
            district_en if district_en != "citywide" else "", str(year) if with_year else "",
            subject_en, aspect_en, doctype_en) if part).capitalize()
        english = rng.random() < ENGLISH_SHARE
        dimension = rng.choice(DIMENSIONS)
        frequency = rng.choice(FREQUENCIES)
        description = (f"本数据集由{CITY}{publisher[1]}发布，包含{district}{year}年{subject}"
                       f"{aspect}数据，按{dimension}汇总。数据经审核后定期更新。")
        if english:
            description = (f"{title_en}, published by the {publisher[2]} of the city, "
                           f"by {dimension} ({year}).")
        other_theme = themes[rng.randrange(len(themes))]
        extra_subject = rng.choice(SUBJECTS[other_theme])[0]
        keywords = list(dict.fromkeys([subject, aspect, *(
            [extra_subject] if rng.random() < 0.5 else []), *(
            [district] if rng.random() < 0.3 else [])]))
        modified = start + timedelta(days=rng.randint(0, 3000), seconds=rng.randint(0, 86399))
        issued = modified - timedelta(days=rng.randint(0, 400))
        open_condition = "unconditional" if rng.random() < 0.85 else "conditional"
        metadata: dict[str, Any] = {
            "title": title_en if english else title_zh,
            "title_en": title_en,
            "description": description,
            "theme": theme,
            "keywords": keywords,
            "open_condition": open_condition,
            "license": rng.choice(LICENSES),
            "update_frequency": frequency,
            "issued": issued.date().isoformat(),
            "modified": modified.date().isoformat(),
            "temporal_start": f"{year}-01-01",
            "temporal_end": f"{year}-12-31",
            "spatial": "330100",
            "contact_point": {"name": f"{publisher[1]}数据科", "email":
                              f"{publisher[0]}-data@example.gov.cn",
                              "phone": f"0571-8{index % 10_000_000:07d}"},
            "language": "en" if english else "zh-CN",
        }
        if open_condition == "conditional":
            metadata["legal_basis"] = "article_15"
            metadata["access_conditions"] = "面向科研机构申请使用，须签订数据使用协议。"
        resources = []
        for position in range(rng.choice((1, 1, 2, 2, 3))):
            if position == 0 or rng.random() < 0.5:
                resources.append({"kind": "stored", "table": rng.randrange(24),
                                  "title": f"{subject}{aspect}（{year}）"})
            else:
                fmt = rng.choice(list(LINKS))
                resources.append({"kind": "link", "format": fmt,
                                  "title": f"{subject}{doctype or '说明'}"})
        # what is indexed of the resources: a stored table's title and its columns' names
        text = " ".join([title_zh, title_en, description, *keywords, CITY + publisher[1], *(
            f"{r['title']} {DIMENSIONS[r['table'] % len(DIMENSIONS)]} 年份 数值"
            for r in resources if r["kind"] == "stored")])
        yield GeneratedDataset(index, publisher[0], metadata, resources, text)


def resource_formats(item: GeneratedDataset) -> list[str]:
    """The distinct formats of a generated dataset's resources, sorted."""
    return sorted({STORED[r["table"] % len(STORED)] if r["kind"] == "stored" else r["format"]
                   for r in item.resources})


class CatalogWriter:
    """Writes generated datasets into a catalog store as the pipeline writes a published
    revision (dataset, revision, resources with their stored files, validation reports),
    many at a time with SQLAlchemy Core."""

    def __init__(self, catalog: Any, seed: int = 20240601) -> None:
        from publishers.services import add_publisher

        self.catalog = catalog
        for code, name, name_en in PUBLISHERS:
            add_publisher(catalog, code, f"{CITY}{name}", name_en=name_en, exist_ok=True)
        from sqlalchemy import select

        from catalog.models import Publisher

        with catalog.sessions() as session:
            self.publisher_ids = {code: id_ for code, id_ in session.execute(
                select(Publisher.code, Publisher.id))}
        self.tables = []
        workdir = catalog.settings.home / "tmp" / "bench"
        workdir.mkdir(parents=True, exist_ok=True)
        for number, (fmt, content, columns) in enumerate(_stored_tables(random.Random(seed))):
            path = workdir / f"table-{number}.{fmt.lower()}"
            path.write_text(content, encoding="utf-8")
            stored = catalog.files.put(path)
            self.tables.append((fmt, path.name, stored, columns, content.count("\n")))

    def write(self, batch: list[GeneratedDataset]) -> list[str]:
        """Write a batch in one transaction; return the datasets' ids."""
        from catalog.db import WRITE
        from catalog.metadata import FORMAT_MEDIA_TYPES

        now = datetime.now(UTC)
        datasets, revisions, resources, reports, ids = [], [], [], [], []
        for item in batch:
            dataset_id, revision_id = str(uuid.uuid4()), str(uuid.uuid4())
            name = f"ds-{item.index:06d}"
            meta = {"name": name, **item.metadata}
            datasets.append({"id": dataset_id, "name": name,
                             "publisher_id": self.publisher_ids[item.publisher],
                             "current_revision_id": revision_id, "created_at": now,
                             "modified_at": now})
            fingerprint = hashlib.sha256(json.dumps(meta, sort_keys=True).encode()).hexdigest()
            revisions.append({"id": revision_id, "dataset_id": dataset_id, "number": 1,
                              "status": "published", "metadata_json": meta,
                              "provenance": {"source": "bench", "source_type": "directory",
                                             "source_id": name,
                                             "harvested_at": now.isoformat()},
                              "fingerprint": fingerprint, "validation_status": "valid",
                              "privacy_status": "clean", "created_at": now, "decided_at": now,
                              "decided_by": "pipeline"})
            for position, resource in enumerate(item.resources):
                row = {"id": str(uuid.uuid4()), "revision_id": revision_id,
                       "position": position, "title": resource["title"], "description": None,
                       "size": None, "checksum": None, "storage_key": None, "url": None,
                       "row_count": None, "table_schema": None, "source_encoding": None}
                if resource["kind"] == "stored":
                    fmt, filename, stored, columns, rows = self.tables[resource["table"]]
                    row.update(name=filename, format=fmt, media_type=FORMAT_MEDIA_TYPES[fmt],
                               size=stored.size, checksum=stored.checksum,
                               storage_key=stored.key, row_count=rows,
                               table_schema={"fields": columns}, source_encoding="utf-8",
                               validation_status="valid")
                    reports.append({"id": str(uuid.uuid4()), "revision_id": revision_id,
                                    "resource_name": filename, "valid": True,
                                    "error_count": 0, "errors": [], "created_at": now})
                else:
                    fmt = resource["format"]
                    row.update(name=f"{name}-{position}.{fmt.lower()}", format=fmt,
                               media_type=LINKS[fmt], validation_status="not_checked",
                               url=f"https://data.example.gov.cn/files/{name}/{position}."
                                   f"{fmt.lower()}", title=None)
                resources.append(row)
            ids.append(dataset_id)
        with self.catalog.engine.connect().execution_options(**{WRITE: True}) as connection:
            self._insert(connection, datasets, revisions, resources, reports)
        return ids

    @staticmethod
    def _insert(connection: Any, datasets: list, revisions: list, resources: list,
                reports: list) -> None:
        from sqlalchemy import bindparam, text

        from catalog.models import Dataset, Resource, Revision, ValidationReport

        with connection.begin():
            if connection.dialect.name == "sqlite":
                # random ids land on pages all over the tables' indexes
                connection.execute(text(f"PRAGMA cache_size = -{WRITE_CACHE_KIB}"))
            # a dataset and its current revision name each other: the dataset first, then
            # its revision, then the dataset points at it (as the ORM's post_update does)
            connection.execute(Dataset.__table__.insert(), [
                {**d, "current_revision_id": None} for d in datasets])
            connection.execute(Revision.__table__.insert(), [
                {**r, "metadata": r.pop("metadata_json")} for r in revisions])
            connection.execute(Resource.__table__.insert(), resources)
            connection.execute(ValidationReport.__table__.insert(), reports)
            table = Dataset.__table__
            connection.execute(
                table.update().where(table.c.id == bindparam("dataset_id"))
                .values(current_revision_id=bindparam("revision_id")),
                [{"dataset_id": d["id"], "revision_id": d["current_revision_id"]}
                 for d in datasets])
