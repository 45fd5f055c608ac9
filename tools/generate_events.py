#!/usr/bin/env python3
"""Deterministic, seeded synthetic event-log generator for the timeline engine.

Usage:
  python3 tools/generate_events.py --out DIR --events 1000000 --logs 200 --seed 42

Writes DIR/catalogue.json, DIR/sources/<stem>.txt and DIR/<stem>.jsonl in the canonical
sealed-line format of events/README.md (key order, no whitespace, sorted data keys, minimal
string escaping, SHA-256 `prev` chain, trailing newline on every line).

Determinism: all randomness comes from one random.Random(seed) and only through rng.random()
(whose Mersenne Twister stream is stable across Python versions); no set/dict-hash ordering,
no clock. The same arguments give byte-identical output.
"""
import argparse
import datetime
import hashlib
import json
import os
import re
import sys
import time
from collections import deque

# ----------------------------------------------------------------------------------------------
# canonical writer

_ESC_RE = re.compile(r'[\x00-\x1f"\\]')
_ESC_MAP = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}
for _c in range(0x20):
    _ESC_MAP.setdefault(chr(_c), '\\u%04x' % _c)


def _esc_one(m):
    return _ESC_MAP[m.group(0)]


def esc(s):
    """Escape only `"` `\\` and control characters < 0x20; everything else raw."""
    if _ESC_RE.search(s) is None:
        return s
    return _ESC_RE.sub(_esc_one, s)


class Num(str):
    """A JSON number token, written exactly as given."""
    __slots__ = ()


def ser(v):
    if isinstance(v, str):
        if type(v) is Num:
            return v
        return '"' + esc(v) + '"'
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, int):
        return str(v)
    if isinstance(v, dict):
        return '{' + ','.join('"' + esc(k) + '":' + ser(v[k]) for k in sorted(v)) + '}'
    if isinstance(v, (list, tuple)):
        return '[' + ','.join(ser(x) for x in v) + ']'
    if v is None:
        return 'null'
    raise TypeError(repr(v))


# ----------------------------------------------------------------------------------------------
# static vocabulary

DISTRICTS = [
    # key, zh, en, county-like (towns/villages rather than subdistricts/communities)
    ('erqi', '二七区', 'Erqi District', False),
    ('zhongyuan', '中原区', 'Zhongyuan District', False),
    ('guancheng', '管城回族区', 'Guancheng Hui District', False),
    ('jinshui', '金水区', 'Jinshui District', False),
    ('gaoxin', '高新区', 'High-tech Zone', False),
    ('zhengdong', '郑东新区', 'Zhengdong New District', False),
    ('jingkai', '经开区', 'Economic and Technological Development Zone', False),
    ('huiji', '惠济区', 'Huiji District', False),
    ('hangkonggang', '航空港区', 'Airport Economy Zone', True),
    ('shangjie', '上街区', 'Shangjie District', False),
    ('zhongmu', '中牟县', 'Zhongmu County', True),
    ('gongyi', '巩义市', 'Gongyi', True),
    ('xingyang', '荥阳市', 'Xingyang', True),
    ('xinmi', '新密市', 'Xinmi', True),
    ('xinzheng', '新郑市', 'Xinzheng', True),
    ('dengfeng', '登封市', 'Dengfeng', True),
]
MAIN_URBAN_8 = ['zhongyuan', 'erqi', 'guancheng', 'jinshui', 'huiji', 'zhengdong', 'gaoxin', 'jingkai']

ZONE_LEVELS = [
    ('sealed', '封控区', 'sealed area'),
    ('controlled', '管控区', 'controlled area'),
    ('precaution', '防范区', 'precautionary area'),
    ('high-risk', '高风险区', 'high-risk area'),
    ('medium-risk', '中风险区', 'medium-risk area'),
    ('low-risk', '低风险区', 'low-risk area'),
    ('risk-unit', '风险单元', 'risk unit'),
    ('risk-compound', '风险小区', 'risk compound'),
    ('spillover-control', '外溢风险管控区', 'spillover control area'),
]
LEVEL_ZH = {k: zh for k, zh, _ in ZONE_LEVELS}
LEVEL_KEYS = [k for k, _, _ in ZONE_LEVELS]

ZONE_SCOPES = [
    ('zones:sealed', '封控区内'),
    ('zones:sealed,controlled', '封控区、管控区内'),
    ('zones:sealed,controlled,precaution', '封控区、管控区、防范区内'),
    ('zones:high-risk', '高风险区内'),
    ('zones:high-risk,medium-risk', '中高风险区内'),
    ('zones:controlled,precaution', '管控区、防范区内'),
]

# key, category, zh, en, forms (s=suspend, l=capacity limit, r=test requirement, c=cap on people)
MEASURES = [
    ('transport.bus', 'transport', '公交车运营', 'Bus service', 'sl'),
    ('transport.metro', 'transport', '地铁运营', 'Metro service', 'slr'),
    ('transport.taxi', 'transport', '出租车和网约车运营', 'Taxis and ride-hailing', 'sr'),
    ('transport.coach', 'transport', '长途客运班线', 'Long-distance coaches', 'sr'),
    ('transport.rail-departure', 'transport', '铁路离郑', 'Departures by rail', 'sr'),
    ('transport.flights', 'transport', '进出港航班', 'Flights', 'sr'),
    ('dining.dine-in', 'dining', '餐饮单位堂食', 'Dine-in service', 'slr'),
    ('dining.banquets', 'dining', '聚餐宴请', 'Banquets and group dining', 'sc'),
    ('dining.night-market', 'dining', '夜市', 'Night markets', 'sl'),
    ('schools.kindergarten', 'schools', '幼儿园线下保教', 'Kindergartens', 'sr'),
    ('schools.primary-secondary', 'schools', '中小学线下教学', 'In-person primary and secondary classes', 'sr'),
    ('schools.university', 'schools', '高校校园出入', 'University campus access', 'sr'),
    ('schools.tutoring', 'schools', '校外培训机构线下培训', 'Off-campus tutoring', 'slc'),
    ('venues.cinema', 'venues', '影剧院', 'Cinemas and theatres', 'slr'),
    ('venues.gym', 'venues', '健身场馆', 'Gyms and sports venues', 'slr'),
    ('venues.ktv', 'venues', '歌舞娱乐场所', 'KTV and entertainment venues', 'slr'),
    ('venues.library', 'venues', '图书馆', 'Libraries', 'slr'),
    ('venues.museum', 'venues', '博物馆和美术馆', 'Museums and galleries', 'slr'),
    ('venues.scenic', 'venues', '旅游景区', 'Scenic areas', 'slr'),
    ('venues.internet-cafe', 'venues', '网吧', 'Internet cafes', 'slr'),
    ('business.mall', 'business', '商场超市', 'Malls and supermarkets', 'slr'),
    ('business.wet-market', 'business', '农贸市场', 'Wet markets', 'slr'),
    ('business.hotel', 'business', '宾馆酒店', 'Hotels', 'sr'),
    ('business.salon', 'business', '美容美发场所', 'Beauty and hair salons', 'slr'),
    ('business.fever-drugs', 'business', '药店退热类药品销售', 'Sale of fever medicine at pharmacies', 'sr'),
    ('business.office', 'business', '写字楼', 'Office buildings', 'lr'),
    ('gatherings.large-events', 'gatherings', '大型会议和活动', 'Large meetings and events', 'sc'),
    ('gatherings.religious', 'gatherings', '宗教活动场所', 'Religious venues', 'slc'),
    ('gatherings.weddings', 'gatherings', '婚丧嫁娶', 'Weddings and funerals', 'sc'),
    ('movement.leave-city', 'movement', '人员离郑', 'Leaving the city', 'sr'),
    ('movement.stay-home', 'movement', '非必要外出', 'Non-essential outings', 'sr'),
    ('movement.private-cars', 'movement', '私家车通行', 'Private car traffic', 'sr'),
    ('movement.compound-access', 'movement', '小区出入', 'Residential compound access', 'sr'),
    ('movement.arrival-report', 'movement', '来郑人员报备', 'Reporting on arrival', 'r'),
    ('healthcare.outpatient', 'healthcare', '医疗机构普通门诊', 'Outpatient services', 'slr'),
    ('healthcare.fever-clinic', 'healthcare', '发热门诊', 'Fever clinics', 'r'),
    ('healthcare.nursing-home', 'healthcare', '养老机构探视', 'Nursing home visits', 'sr'),
    ('testing.venue-check', 'testing', '公共场所查验核酸', 'Test-result checks at public venues', 'r'),
    ('testing.routine', 'testing', '常态化核酸检测', 'Routine testing', 'r'),
    ('workplace.remote', 'workplace', '机关企事业单位到岗办公', 'On-site work at offices', 'slr'),
    ('workplace.factory', 'workplace', '工业企业生产', 'Factory production', 'lr'),
    ('workplace.construction', 'workplace', '建筑工地施工', 'Construction sites', 'sr'),
    ('quarantine.inbound', 'quarantine', '入境人员集中隔离', 'Centralised quarantine of inbound travellers', 'r'),
    ('quarantine.close-contacts', 'quarantine', '密切接触者集中隔离', 'Centralised quarantine of close contacts', 'r'),
]

# key, category, zh, en, unit, kind (d=daily new, c=cumulative, l=level), decimals
METRICS = [
    ('cases.confirmed.new', 'cases', '新增本土确诊病例', 'New local confirmed cases', '例', 'd', 0),
    ('cases.asymptomatic.new', 'cases', '新增本土无症状感染者', 'New local asymptomatic infections', '例', 'd', 0),
    ('cases.imported.new', 'cases', '新增境外输入确诊病例', 'New imported confirmed cases', '例', 'd', 0),
    ('cases.confirmed.cumulative', 'cases', '累计报告本土确诊病例', 'Cumulative local confirmed cases', '例', 'c', 0),
    ('cases.asymptomatic.cumulative', 'cases', '累计报告本土无症状感染者', 'Cumulative local asymptomatic infections', '例', 'c', 0),
    ('cases.recovered.cumulative', 'cases', '累计治愈出院', 'Cumulative recoveries discharged', '例', 'c', 0),
    ('cases.in-hospital', 'cases', '在院治疗', 'Patients in hospital', '例', 'l', 0),
    ('contacts.close.cumulative', 'contacts', '累计追踪密切接触者', 'Cumulative close contacts traced', '人', 'c', 0),
    ('contacts.secondary.cumulative', 'contacts', '累计追踪次密切接触者', 'Cumulative secondary contacts traced', '人', 'c', 0),
    ('quarantine.centralized', 'quarantine', '集中隔离观察', 'Under centralised quarantine', '人', 'l', 0),
    ('quarantine.home', 'quarantine', '居家隔离观察', 'Under home quarantine', '人', 'l', 0),
    ('testing.sampled', 'testing', '当日完成核酸采样', 'Sampled for nucleic-acid testing that day', '万人', 'd', 2),
    ('testing.tests.cumulative', 'testing', '累计完成核酸检测', 'Cumulative nucleic-acid tests', '万人次', 'c', 1),
    ('zones.sealed.count', 'zones', '现有封控区', 'Sealed areas in force', '个', 'l', 0),
    ('zones.controlled.count', 'zones', '现有管控区', 'Controlled areas in force', '个', 'l', 0),
    ('zones.high-risk.count', 'zones', '现有高风险区', 'High-risk areas in force', '个', 'l', 0),
    ('zones.medium-risk.count', 'zones', '现有中风险区', 'Medium-risk areas in force', '个', 'l', 0),
    ('supplies.vegetables', 'supplies', '投放蔬菜', 'Vegetables supplied', '吨', 'd', 1),
    ('supplies.grain-oil', 'supplies', '投放粮油', 'Grain and oil supplied', '吨', 'd', 1),
    ('supplies.pork', 'supplies', '投放储备猪肉', 'Reserve pork released', '吨', 'd', 1),
    ('supplies.eggs', 'supplies', '投放鸡蛋', 'Eggs supplied', '吨', 'd', 1),
    ('supplies.masks', 'supplies', '发放口罩', 'Masks distributed', '万只', 'd', 1),
    ('vaccination.doses.cumulative', 'vaccination', '累计接种新冠病毒疫苗', 'Cumulative vaccine doses', '万剂次', 'c', 2),
    ('vaccination.boosters.cumulative', 'vaccination', '累计完成加强免疫接种', 'Cumulative booster recipients', '万人', 'c', 2),
    ('quarantine.rooms', 'quarantine', '储备隔离房间', 'Quarantine rooms in reserve', '间', 'l', 0),
]

SYL = [
    ('金', 'jin'), ('水', 'shui'), ('花', 'hua'), ('园', 'yuan'), ('农', 'nong'), ('业', 'ye'), ('文', 'wen'),
    ('化', 'hua'), ('经', 'jing'), ('纬', 'wei'), ('建', 'jian'), ('设', 'she'), ('丰', 'feng'), ('产', 'chan'),
    ('南', 'nan'), ('阳', 'yang'), ('北', 'bei'), ('东', 'dong'), ('西', 'xi'), ('中', 'zhong'), ('华', 'hua'),
    ('兴', 'xing'), ('隆', 'long'), ('新', 'xin'), ('安', 'an'), ('平', 'ping'), ('和', 'he'), ('康', 'kang'),
    ('福', 'fu'), ('瑞', 'rui'), ('祥', 'xiang'), ('锦', 'jin'), ('绣', 'xiu'), ('明', 'ming'), ('珠', 'zhu'),
    ('翠', 'cui'), ('竹', 'zhu'), ('桂', 'gui'), ('枫', 'feng'), ('林', 'lin'), ('泉', 'quan'), ('湖', 'hu'),
    ('河', 'he'), ('山', 'shan'), ('嵩', 'song'), ('岳', 'yue'), ('黄', 'huang'), ('淮', 'huai'), ('汝', 'ru'),
    ('颍', 'ying'), ('商', 'shang'), ('都', 'du'), ('城', 'cheng'), ('郑', 'zheng'), ('美', 'mei'), ('景', 'jing'),
    ('鑫', 'xin'), ('佳', 'jia'), ('盛', 'sheng'), ('世', 'shi'), ('博', 'bo'), ('学', 'xue'), ('科', 'ke'),
    ('紫', 'zi'), ('荆', 'jing'), ('杏', 'xing'), ('梧', 'wu'), ('桐', 'tong'), ('秀', 'xiu'), ('丽', 'li'),
    ('宏', 'hong'), ('达', 'da'), ('正', 'zheng'), ('雅', 'ya'), ('怡', 'yi'), ('绿', 'lv'), ('春', 'chun'),
    ('秋', 'qiu'), ('银', 'yin'), ('天', 'tian'), ('龙', 'long'), ('凤', 'feng'), ('庆', 'qing'), ('未', 'wei'),
    ('来', 'lai'), ('嘉', 'jia'), ('豫', 'yu'), ('汇', 'hui'), ('泰', 'tai'), ('宁', 'ning'), ('昌', 'chang'),
]
ROAD_SUFFIX = [('路', 'lu'), ('路', 'lu'), ('街', 'jie'), ('大道', 'dadao')]
COMPOUND_SUFFIX = [('小区', 'xiaoqu'), ('小区', 'xiaoqu'), ('家园', 'jiayuan'), ('花园', 'huayuan'),
                   ('苑', 'yuan'), ('公寓', 'gongyu'), ('名苑', 'mingyuan'), ('新村', 'xincun')]

HEADINGS = ['疫情防控最新情况', '风险区域调整情况', '社会面防控措施', '核酸检测工作安排', '生活物资保障情况',
            '医疗救治情况', '重点人群排查管控', '答记者问', '有关提示']
CN_NUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']
REASONS = ['transcription error', 'wrong level in source table', 'superseded by corrected notice',
           'figure revised after verification', 'wrong compound name']
ODD_NOTES = ['see "通告" No.12', 'col A\tcol B', 'line one\nline two', 'path C:\\notices\\12',
             'unit\x1fsep', 'para\u2028break', 'quote \u201c官方\u201d and \'single\'']

EPOCH = datetime.date(2020, 1, 1)
DAY_OFF = 60
DAYSTR = []
MDSTR = []
for _i in range(-DAY_OFF, 1500):
    _d = EPOCH + datetime.timedelta(days=_i)
    DAYSTR.append(_d.isoformat())
    MDSTR.append('%d月%d日' % (_d.month, _d.day))
HM = ['%02d:%02d' % (m // 60, m % 60) for m in range(1440)]
DAY = 86400
HOUR = 3600


def day_str(d):
    i = d + DAY_OFF
    if 0 <= i < len(DAYSTR):
        return DAYSTR[i]
    return (EPOCH + datetime.timedelta(days=d)).isoformat()


def md_str(d):
    i = d + DAY_OFF
    if 0 <= i < len(MDSTR):
        return MDSTR[i]
    x = EPOCH + datetime.timedelta(days=d)
    return '%d月%d日' % (x.month, x.day)


def fmt_time(t):
    """Seconds since 2020-01-01T00:00+08:00 -> canonical ISO string (seconds only when nonzero)."""
    d, r = divmod(t, DAY)
    s = r % 60
    if s:
        return day_str(d) + 'T' + HM[r // 60] + ':%02d+08:00' % s
    return day_str(d) + 'T' + HM[r // 60] + '+08:00'


def zh_time(t):
    d, r = divmod(t, DAY)
    if r == 0:
        return md_str(d - 1) + '24时'
    h, m, s = r // 3600, (r // 60) % 60, r % 60
    out = md_str(d) + '%d时' % h
    if m or s:
        out += '%d分' % m
    if s:
        out += '%d秒' % s
    return out


# ----------------------------------------------------------------------------------------------

class Subj:
    __slots__ = ('key', 'cat', 'state', 'prev_state', 'last_eff', 'last_id', 'last_type', 'last_rec',
                 'last_retractable', 'attrs')

    def __init__(self, key, cat, state, attrs):
        self.key = key
        self.cat = cat
        self.state = state
        self.prev_state = state
        self.last_eff = None
        self.last_id = None
        self.last_type = None
        self.last_rec = None
        self.last_retractable = False
        self.attrs = attrs


def fit_quote(q):
    if len(q) < 20:
        q = '据通报，' + q
        if len(q) < 20:
            q = '市疫情防控指挥部通报，' + q[4:]
    return q


class Gen:
    def __init__(self, args):
        self.args = args
        self.rng = random_mod.Random(args.seed)
        self.rnd = self.rng.random
        E, L = args.events, args.logs
        self.E, self.L = E, L
        S = max(50, E // 20)
        self.n_measure = min(len(MEASURES) * (len(DISTRICTS) + 3 + len(ZONE_SCOPES)),
                             max(int(S * 0.02), E * 35 // 100 // L // 3, 30))
        self.n_metric = min(len(METRICS) * (len(DISTRICTS) + 3),
                            max(int(S * 0.01), E * 22 // 100 // L // 6, 20))
        est_testing = int(E * 0.07 / 3.3)
        self.n_zone_target = max(20, S - self.n_measure - self.n_metric - est_testing)
        self.zone_events_est = max(1, int(E * 0.35))
        self.zone_events_done = 0
        self.zones = []
        self.zone_slugs = set()
        self.measures = []
        self.metrics = []
        self.testing_active = []
        self.testing_rounds = 0
        self.testing_counter = {}
        self.recent = deque(maxlen=max(2000, 3 * E // L))
        self.scopes = ([('city', '全市'), ('province', '全省')] + [(k, zh) for k, zh, _, _ in DISTRICTS]
                       + [('main-urban-8', '主城区')])
        self.scope_zh = dict(self.scopes)
        for k, zh in ZONE_SCOPES:
            self.scope_zh[k] = zh
        self.district_zh = {k: zh for k, zh, _, _ in DISTRICTS}
        self._make_measures()
        self._make_metrics()
        self.stats = {}
        self.until_count = 0
        self.bad_quotes = 0
        self.out_of_window = 0
        self.subjects_used = set()

    # -- helpers ---------------------------------------------------------------------------------
    def ri(self, a, b):
        return a + int(self.rnd() * (b - a + 1))

    def ch(self, seq):
        return seq[int(self.rnd() * len(seq))]

    def shuffled(self, seq):
        seq = list(seq)
        for i in range(len(seq) - 1, 0, -1):
            j = int(self.rnd() * (i + 1))
            seq[i], seq[j] = seq[j], seq[i]
        return seq

    def _make_measures(self):
        combos = []
        for mi, m in enumerate(MEASURES):
            for sk, _ in self.scopes:
                combos.append((mi, sk))
            for sk, _ in ZONE_SCOPES:
                combos.append((mi, sk))
        combos = self.shuffled(combos)[:self.n_measure]
        for mi, sk in combos:
            m = MEASURES[mi]
            self.measures.append(Subj('measure:%s@%s' % (m[0], sk), 'm', (False, ''), (mi, sk)))

    def _make_metrics(self):
        combos = []
        for ki, _ in enumerate(METRICS):
            for sk, _ in self.scopes:
                combos.append((ki, sk))
        combos = self.shuffled(combos)[:self.n_metric]
        for ki, sk in combos:
            self.metrics.append(Subj('metric:%s@%s' % (METRICS[ki][0], sk), 'k', (0, None), (ki, sk)))

    def new_zone(self):
        rnd, ch = self.rnd, self.ch
        dk, dzh, den, county = ch(DISTRICTS)
        a, b = ch(SYL), ch(SYL)
        c, d = ch(SYL), ch(SYL)
        e, f = ch(SYL), ch(SYL)
        if county and rnd() < 0.6:
            street = a[0] + b[0] + '镇'
            street_py = a[1] + b[1]
            comm = c[0] + d[0] + '村'
            comm_en = (c[1] + d[1]).capitalize() + ' Village'
            if rnd() < 0.5:
                comp, comp_py = '%d组' % self.ri(1, 12), 'zu'
                comp_py += str(comp[:-1])
            else:
                sfx = ch(COMPOUND_SUFFIX)
                comp, comp_py = e[0] + f[0] + sfx[0], e[1] + f[1] + '-' + sfx[1]
            street_en = street_py.capitalize() + ' Town'
        else:
            rs = ch(ROAD_SUFFIX)
            street = a[0] + b[0] + rs[0] + '街道'
            street_py = a[1] + b[1] + rs[1]
            street_en = street_py.capitalize() + ' Subdistrict'
            comm = c[0] + d[0] + '社区'
            comm_en = (c[1] + d[1]).capitalize() + ' Community'
            sfx = ch(COMPOUND_SUFFIX)
            if rnd() < 0.15:
                n = self.ri(1, 199)
                comp, comp_py = a[0] + b[0] + rs[0] + '%d号院' % n, a[1] + b[1] + rs[1] + '-%d' % n
            else:
                comp, comp_py = e[0] + f[0] + sfx[0], e[1] + f[1] + '-' + sfx[1]
        form = rnd()
        unit = ''
        if form < 0.15:
            bno = self.ri(1, 30)
            unit = '%d号楼' % bno
            comp_py += '-b%d' % bno
            if rnd() < 0.5:
                uno = self.ri(1, 6)
                unit += '%d单元' % uno
                comp_py += 'u%d' % uno
        if form < 0.2:
            place = dzh + street + comm + comp + unit
        elif form < 0.45:
            place = dzh + street + comp + unit
        elif form < 0.55:
            place = dzh + comm + comp + unit
        else:
            place = dzh + comp + unit
        slug = comp_py.replace('-xiaoqu', '')
        base = slug
        n = 2
        while (dk, slug) in self.zone_slugs:
            slug = '%s-%d' % (base, n)
            n += 1
        self.zone_slugs.add((dk, slug))
        place_en = '%s, %s, %s, %s' % (comp_py.replace('-', ' ').title(), comm_en, street_en, den)
        z = Subj('zone:%s/%s' % (dk, slug), 'z', None, (dk, place, place_en))
        self.zones.append(z)
        return z

    # -- times -----------------------------------------------------------------------------------
    def pick_eff(self, R):
        r = self.rnd()
        if r < 0.30:
            return R
        if r < 0.52:
            d0 = R - R % DAY
            cands = [c for c in (d0 + 12 * HOUR, d0 + 18 * HOUR, d0 + DAY, d0 + DAY + 12 * HOUR, d0, d0 - DAY)
                     if abs(c - R) <= DAY]
            return self.ch(cands)
        if r < 0.78:
            return R + (self.ri(-1440, 1440) // 30) * 1800
        if r < 0.88:
            return R - R % HOUR - self.ri(24, 239) * HOUR
        if r < 0.975:
            return R - R % HOUR + self.ri(25, 119) * HOUR
        return R + self.ri(-DAY, DAY)

    def mono(self, subj, t, R, strict=True):
        """Keep a subject's effective times non-decreasing (strictly for lifecycle steps);
        None when that cannot be done within the advance window."""
        last = subj.last_eff
        if last is not None and (t <= last if strict else t < last):
            t = last + self.ch((300, 1800, HOUR, 2 * HOUR, 6 * HOUR, 12 * HOUR))
            t -= t % 60
            if t <= last:
                t = last + 60
        if t > R + 5 * DAY or t < R - 10 * DAY:
            return None
        return t

    def pick_until(self, eff):
        d = eff // DAY + self.ri(1, 14)
        return d * DAY

    # -- event factories: return (type, subject, eff, until, quote, data) or None ----------------
    def ev_zone(self, R, forced=None):
        z = None
        if forced is None:
            self.zone_events_done += 1
            want = self.n_zone_target * self.zone_events_done / self.zone_events_est
            if len(self.zones) < want or not self.zones:
                z = self.new_zone()
                eff = self.pick_eff(R)
            else:
                for _ in range(6):
                    c = self.ch(self.zones)
                    eff = self.mono(c, self.pick_eff(R), R)
                    if eff is not None:
                        z = c
                        break
                if z is None:
                    z = self.new_zone()
                    eff = self.pick_eff(R)
            level = z.state
            if level is None:
                etype = 'zone.designated'
            elif self.rnd() < 0.45:
                etype = 'zone.regraded'
            else:
                etype = 'zone.lifted'
            avoid = None
        else:
            z, etype, eff, avoid = forced
            level = z.state
        dk, place, place_en = z.attrs
        data = {'district': dk, 'place': place}
        T = zh_time(eff)
        until = None
        rnd = self.rnd
        if etype == 'zone.lifted':
            fromzh = LEVEL_ZH[level] if level else '风险区'
            if rnd() < 0.5:
                q = '自%s起，%s解除%s管控措施。' % (T, place, fromzh)
            else:
                q = '%s连续多日无新增阳性感染者，解除%s。' % (place, fromzh)
            new_state = None
        else:
            while True:
                nl = self.ch(LEVEL_KEYS)
                if nl != level and nl != avoid:
                    break
            data['level'] = nl
            lzh = LEVEL_ZH[nl]
            excl = ''
            if rnd() < 0.04:
                ex = ['%d号楼' % self.ri(1, 9), '%d号楼' % self.ri(10, 30)]
                data['exclusions'] = ex
                excl = '（%s、%s除外）' % tuple(ex)
            if rnd() < 0.36:
                until = self.pick_until(eff)
                tail = '，管控期限至%s' % zh_time(until)
            else:
                tail = ''
            if etype != 'zone.designated' and rnd() < 0.5:
                data['from_level'] = level
            short = eff == R and rnd() < 0.5
            while True:
                if etype == 'zone.designated':
                    if short:
                        q = '经研判，%s%s划定为%s%s。' % (place, excl, lzh, tail)
                    else:
                        q = '自%s起，将%s%s划定为%s%s。' % (T, place, excl, lzh, tail)
                else:
                    q = '自%s起，%s%s由%s调整为%s%s。' % (T, place, excl, LEVEL_ZH[level], lzh, tail)
                if len(q) <= 80:
                    break
                if tail:
                    tail, until = '', None
                elif excl:
                    excl = ''
                    del data['exclusions']
                else:
                    break
            new_state = nl
            if rnd() < 0.05:
                data['place_en'] = place_en
        if rnd() < 0.002:
            data['note'] = self.ch(ODD_NOTES)
        z.prev_state = z.state
        z.state = new_state
        return etype, z, eff, until, q, data

    def rule_for(self, mi, form, imposed_en=True):
        key, cat, zh, en, forms = MEASURES[mi]
        if form == 's':
            return '暂停' + zh, en + ' suspended', None
        if form == 'l':
            p = self.ch((30, 50, 50, 75))
            return '%s限流%d%%' % (zh, p), '%s at %d%% capacity' % (en, p), {'capacity_pct': p}
        if form == 'c':
            n = self.ch((10, 20, 30, 50, 100))
            return '%s人数不超过%d人' % (zh, n), '%s: max %d people' % (en, n), {'max_people': n}
        h = self.ch((24, 48, 48, 72))
        return ('%s须查验%d小时内核酸检测阴性证明' % (zh, h),
                '%s: negative test within %dh' % (en, h), {'test_hours': h})

    def ev_measure(self, R, forced=None):
        m = None
        if forced is None:
            for _ in range(8):
                c = self.ch(self.measures)
                eff = self.mono(c, self.pick_eff(R), R)
                if eff is not None:
                    m = c
                    break
            if m is None:
                return None
            active = m.state[0]
            if not active:
                etype = 'measure.imposed'
            elif self.rnd() < 0.6:
                etype = 'measure.amended'
            else:
                etype = 'measure.lifted'
        else:
            m, etype, eff, _ = forced
        mi, sk = m.attrs
        key, cat, zh, en, forms = MEASURES[mi]
        szh = self.scope_zh[sk]
        T = zh_time(eff)
        data = {'scope': sk}
        until = None
        rnd = self.rnd
        if etype == 'measure.lifted':
            q = '自%s起，%s恢复%s。' % (T, szh, zh)
            if rnd() < 0.5:
                data['rule'] = en + ' resumes'
            m.prev_state = m.state
            m.state = (False, '')
        else:
            form = self.ch(forms)
            rzh, ren, params = self.rule_for(mi, form)
            data['rule'] = ren
            if rnd() < 0.15:
                data['rule_zh'] = rzh
            if params:
                data['params'] = params
            if rnd() < 0.36:
                until = self.pick_until(eff)
                tail = '，暂定至%s' % zh_time(until)
            else:
                tail = ''
            if etype == 'measure.imposed':
                q = '自%s起，%s%s%s。' % (T, szh, rzh, tail)
            else:
                q = '%s防控措施调整为%s%s，自%s起执行。' % (szh, rzh, tail, T)
            m.prev_state = m.state
            m.state = (True, rzh)
        if rnd() < 0.002:
            data['note'] = self.ch(ODD_NOTES)
        return etype, m, eff, until, q, data

    def metric_value(self, ki, st, prevval=None):
        key, cat, zh, en, unit, kind, dec = METRICS[ki]
        rnd = self.rnd
        if kind == 'd':
            x = rnd() * rnd() * (60 if dec == 0 else 300)
        elif kind == 'c':
            x = (st or 0) + rnd() * rnd() * (40 if dec == 0 else 20)
        elif cat == 'zones':
            x = rnd() * rnd() * 60
        else:
            x = rnd() * (800 if dec == 0 else 200)
        if dec == 0:
            v = int(x)
            if prevval is not None and str(v) == prevval:
                v += 1
            return v, str(v)
        s = '%.*f' % (dec, x)
        if prevval is not None and s == prevval:
            x += 1
            s = '%.*f' % (dec, x)
        return x, s

    def ev_metric(self, R, forced=None):
        Rday = R // DAY
        k = None
        if forced is None:
            for _ in range(8):
                c = self.ch(self.metrics)
                last_day = c.state[1]
                nd = Rday - 10 if last_day is None else max(last_day + 1, Rday - 9)
                if (nd + 1) * DAY <= R:
                    k = c
                    break
            if k is None:
                return None
            etype = 'metric.reported'
            eff = (nd + 1) * DAY
            prevval = None
        else:
            k, etype, eff, prevval = forced
            nd = eff // DAY - 1
        ki, sk = k.attrs
        key, cat, zh, en, unit, kind, dec = METRICS[ki]
        szh = self.scope_zh[sk]
        cum = k.state[0]
        val, vs = self.metric_value(ki, cum, prevval)
        data = {'unit': unit, 'value': Num(vs)}
        if kind == 'd':
            data['period_start'] = fmt_time(nd * DAY)
            q = '%s0时至24时，%s%s%s%s。' % (md_str(nd), szh, zh, vs, unit)
        else:
            q = '截至%s24时，%s%s%s%s。' % (md_str(nd), szh, zh, vs, unit)
        if self.rnd() < 0.002:
            data['note'] = self.ch(ODD_NOTES)
        k.prev_state = k.state
        k.state = (val if kind == 'c' else cum, nd)
        return etype, k, eff, None, fit_quote(q), data

    def new_round(self, R):
        rnd = self.rnd
        r = rnd()
        if r < 0.3:
            sk = 'city'
        elif r < 0.9:
            sk = self.ch(DISTRICTS)[0]
        else:
            sk = self.ch(ZONE_SCOPES)[0]
        n = self.testing_counter.get(sk, 0) + 1
        self.testing_counter[sk] = n
        slug = '%s-r%d' % (sk.replace(':', '-').replace(',', '-'), n)
        start = R - R % HOUR + self.ri(-40, 24) * HOUR
        end = start + self.ch((12, 24, 24, 36, 48)) * HOUR
        label = ('第%d轮核酸检测' if sk.startswith('zones:') else '第%d轮全员核酸检测') % n
        t = Subj('testing:' + slug, 't', (0, start, end, 0, 0), (sk, n, label))
        self.testing_active.append(t)
        self.testing_rounds += 1
        return t

    def ev_testing(self, R, forced=None):
        rnd = self.rnd
        t = None
        if forced is None:
            if rnd() < 0.3 or not self.testing_active:
                t = self.new_round(R)
                etype = 'testing.scheduled'
            else:
                for _ in range(6):
                    c = self.ch(self.testing_active)
                    stage, start, end, nres, ncomp = c.state
                    if c.last_eff is not None and c.last_eff < R - 9 * DAY:
                        # stale round: never reported complete; drop it
                        self.testing_active.remove(c)
                        if not self.testing_active:
                            break
                        continue
                    if start < R - 9 * DAY:
                        continue
                    if stage == 1 and end <= R:
                        t, etype = c, 'testing.completed'
                        break
                    if stage == 2 and ncomp < 2 and c.last_eff <= R:
                        t, etype = c, 'testing.completed'
                        break
                    if stage == 1 and nres < 2 and end + DAY <= R + 5 * DAY:
                        t, etype = c, 'testing.scheduled'
                        break
                if t is None:
                    t = self.new_round(R)
                    etype = 'testing.scheduled'
        else:
            t, etype, _, _ = forced
        stage, start, end, nres, ncomp = t.state
        sk, n, label = t.attrs
        szh = self.scope_zh[sk]
        data = {'label': label, 'scope': sk}
        until = None
        if etype == 'testing.scheduled':
            if stage == 1 and forced is None:
                end = end + self.ch((6, 12, 24)) * HOUR
                nres += 1
            eff = start
            if t.last_eff is not None and eff < t.last_eff:
                eff = t.last_eff
            data['round'] = n
            data['sampling_start'] = fmt_time(start)
            if rnd() < 0.9 or nres:
                until = end
                data['sampling_end'] = fmt_time(end)
                data['results_due'] = fmt_time(end + 12 * HOUR)
                if nres:
                    q = '%s%s采样时间延长至%s。' % (szh, label, zh_time(end))
                else:
                    q = '%s自%s起开展%s，%s前完成采样。' % (szh, zh_time(start), label, zh_time(end))
            else:
                q = '%s自%s起开展%s。' % (szh, zh_time(start), label)
            new_state = (1, start, end, nres, 0)
        else:
            eff = end
            if t.last_eff is not None and eff < t.last_eff:
                eff = t.last_eff
            tested = '%.2f' % (rnd() * (30 if sk not in ('city',) else 1200) + 0.5)
            pos = int(rnd() * rnd() * 40)
            data['tested'] = Num(tested)
            data['tested_unit'] = '万人'
            data['positives'] = pos
            if ncomp:
                q = '经复核，%s%s共采样%s万人，检出阳性%d例。' % (szh, label, tested, pos)
            else:
                q = '%s%s已完成，共采样%s万人，检出阳性%d例。' % (szh, label, tested, pos)
            new_state = (2, start, end, nres, ncomp + 1)
            if ncomp + 1 >= 2 or rnd() < 0.5:
                if forced is None:
                    # retire the round (kept alive for an occasional re-check otherwise)
                    try:
                        self.testing_active.remove(t)
                    except ValueError:
                        pass
        if rnd() < 0.002:
            data['note'] = self.ch(ODD_NOTES)
        t.prev_state = t.state
        t.state = new_state
        return etype, t, eff, until, fit_quote(q), data

    def ev_retraction(self, R, idx):
        rec = self.recent
        for _ in range(12):
            if not rec:
                return None
            eid, s = rec[int(self.rnd() * len(rec))]
            if s.last_id == eid and s.last_retractable and s.last_eff >= R - 10 * DAY:
                return s
        return None

    # -- main ------------------------------------------------------------------------------------
    def run(self):
        args = self.args
        out = args.out
        os.makedirs(os.path.join(out, 'sources'), exist_ok=True)
        E, L = self.E, self.L
        if E < L:
            sys.exit('--events must be >= --logs (each log starts with its briefing)')
        rnd = self.rnd
        # events per log
        ws = [0.6 + 0.8 * rnd() for _ in range(L)]
        W = sum(ws)
        counts = []
        acc = 0.0
        prev_c = 0
        for w in ws:
            acc += w
            c = int(round((E - L) * acc / W))
            counts.append(1 + c - prev_c)
            prev_c = c
        counts[-1] += E - sum(counts)
        # publication times
        pubs = []
        slots = [9 * 60, 10 * 60, 10 * 60 + 30, 15 * 60, 16 * 60, 17 * 60 + 30, 20 * 60, 21 * 60]
        for i in range(L):
            if L <= 1096:
                d = i * 1096 // L
                pubs.append(d * DAY + self.ch(slots) * 60)
            else:
                pubs.append((i * 1096 * 1440 // L) * 60)
        self.write_catalogue(out)
        total_bytes = 0
        zero = '0' * 64
        for li in range(L):
            n = li + 1
            R = pubs[li]
            stem = '%s_synthetic-%04d' % (day_str(R // DAY), n)
            rec_s = fmt_time(R)
            head = '","recorded":"' + rec_s + '","source":"' + stem + '","quote":"'
            sid = 's%04d-' % n
            lines = []
            quotes = []
            prev = zero
            sha = hashlib.sha256
            stats = self.stats
            title = '郑州市新冠肺炎疫情防控第%d场新闻发布会' % n
            bq = '%s召开郑州市新冠肺炎疫情防控第%d场新闻发布会，通报最新疫情防控情况。' % (zh_time(R), n)
            bdata = {'number': n, 'title': title, 'published_at': rec_s,
                     'source_file': 'sources/%s.txt' % stem}
            if rnd() < 0.3:
                bdata['held_at'] = fmt_time(R - 30 * 60)
            if rnd() < 0.3:
                bdata['notices'] = ['郑州市新冠肺炎疫情防控指挥部通告（%d年第%d号）' % (2020 + R // DAY // 366, self.ri(1, 60))]
            pending = [('briefing.published', None, 'briefing:' + stem, R, None, bq, bdata, False)]
            seq = 0
            cnt = counts[li]
            while True:
                if pending:
                    etype, subj, skey, eff, until, q, data, retractable = pending.pop(0)
                else:
                    if seq >= cnt:
                        break
                    left = cnt - seq
                    r = rnd()
                    res = None
                    if r < 0.0105:
                        s = self.ev_retraction(R, seq)
                        if s is not None:
                            tid = s.last_id
                            ttype = s.last_type
                            teff = s.last_eff
                            rdata = {'target': tid}
                            if rnd() < 0.6:
                                rdata['reason'] = self.ch(REASONS)
                            with_repl = left >= 2 and rnd() < 0.5
                            if s.cat == 'z':
                                what = s.attrs[1]
                            elif s.cat == 'm':
                                what = self.scope_zh[s.attrs[1]] + MEASURES[s.attrs[0]][2] + '措施'
                            elif s.cat == 'k':
                                what = self.scope_zh[s.attrs[1]] + METRICS[s.attrs[0]][2] + '数据'
                            else:
                                what = self.scope_zh[s.attrs[0]] + s.attrs[2] + '安排'
                            rq = fit_quote('此前通报的%s有误，予以撤回%s。' % (what, '并更正' if with_repl else ''))
                            # restore the state before the target
                            s.state = s.prev_state
                            s.last_retractable = False
                            pend = [('event.retracted', s, s.key, teff, None, rq, rdata, False)]
                            if with_repl:
                                rid = sid + '%06d' % (seq + 2)
                                rdata['replacement'] = rid
                                if s.cat == 'z':
                                    forced = (s, ttype, teff, s.last_rec)
                                    res = self.ev_zone(R, forced)
                                elif s.cat == 'm':
                                    res = self.ev_measure(R, (s, ttype, teff, None))
                                elif s.cat == 'k':
                                    res = self.ev_metric(R, (s, ttype, teff, s.last_rec))
                                else:
                                    res = self.ev_testing(R, (s, ttype, teff, None))
                                et2, s2, eff2, until2, q2, d2 = res
                                pend.append((et2, s2, s2.key, eff2, until2, q2, d2, False))
                                res = 'repl'
                            pending.extend(pend)
                            continue
                    if r < 0.36:
                        res = self.ev_zone(R)
                    elif r < 0.71:
                        res = self.ev_measure(R)
                    elif r < 0.93:
                        res = self.ev_metric(R)
                    else:
                        res = self.ev_testing(R)
                    if res is None:
                        res = self.ev_zone(R)
                    etype, subj, eff, until, q, data = res
                    skey = subj.key
                    retractable = True
                seq += 1
                eid = sid + '%06d' % seq
                if until is not None:
                    if until <= eff:
                        until = None
                    else:
                        self.until_count += 1
                if len(q) < 20:
                    q = fit_quote(q)
                if not R - 10 * DAY <= eff <= R + 5 * DAY:
                    self.out_of_window += 1
                line = ('{"seq":' + str(seq) + ',"id":"' + eid + '","type":"' + etype + '","subject":"' + skey
                        + '","effective":"' + fmt_time(eff)
                        + ('","until":"' + fmt_time(until) if until is not None else '')
                        + head + esc(q) + '","data":' + ser(data) + ',"prev":"' + prev + '"}')
                b = line.encode('utf-8')
                prev = sha(b).hexdigest()
                lines.append(b)
                quotes.append(q)
                if not 20 <= len(q) <= 80:
                    self.bad_quotes += 1
                stats[etype] = stats.get(etype, 0) + 1
                if subj is not None:
                    if subj.last_eff is None or eff > subj.last_eff:
                        subj.last_eff = eff
                    if etype == 'event.retracted':
                        subj.last_id = None
                    else:
                        subj.last_id = eid
                        subj.last_type = etype
                        subj.last_rec = data['value'] if etype == 'metric.reported' else (
                            data.get('level') if etype.startswith('zone') else None)
                        # a replacement is not itself retracted again (keeps stories simple)
                        subj.last_retractable = retractable
                        self.recent.append((eid, subj))
                    self.subjects_used.add(skey)
            if seq != cnt:
                raise RuntimeError('log %d: %d events, wanted %d' % (n, seq, cnt))
            data_bytes = b'\n'.join(lines) + b'\n'
            with open(os.path.join(out, stem + '.jsonl'), 'wb') as f:
                f.write(data_bytes)
            total_bytes += len(data_bytes)
            src = self.source_text(n, title, quotes)
            with open(os.path.join(out, 'sources', stem + '.txt'), 'wb') as f:
                f.write(src.encode('utf-8'))
        return total_bytes

    def source_text(self, n, title, quotes):
        rnd = self.rnd
        parts = [title, '（第%d场）' % n, '']
        i = 0
        hidx = 0
        nq = len(quotes)
        # the briefing sentence first
        parts.append('　　' + quotes[0])
        i = 1
        next_head = 1
        while i < nq:
            if i >= next_head:
                h = HEADINGS[hidx % len(HEADINGS)]
                num = CN_NUM[hidx] if hidx < 10 else str(hidx + 1)
                parts.append(num + '、' + h)
                hidx += 1
                next_head = i + self.ri(15, 80)
            k = self.ri(1, 4)
            para = ''.join(quotes[i:i + k])
            i += k
            if rnd() < 0.25:
                w = self.ri(14, 20)
                para = '\n'.join(para[j:j + w] for j in range(0, len(para), w))
                parts.append(para)
            else:
                parts.append('　　' + para)
        parts.append('')
        return '\n'.join(parts)

    def write_catalogue(self, out):
        cats = []
        for m in MEASURES:
            if m[1] not in cats:
                cats.append(m[1])
        for m in METRICS:
            if m[1] not in cats:
                cats.append(m[1])
        cat = {
            'categories': cats,
            'zone_levels': [{'key': k, 'zh': zh, 'en': en} for k, zh, en in ZONE_LEVELS],
            'scopes': ([{'key': 'city', 'kind': 'city', 'zh': '郑州市', 'en': 'Zhengzhou (whole city)'}]
                       + [{'key': k, 'kind': 'district', 'zh': zh, 'en': en} for k, zh, en, _ in DISTRICTS]
                       + [{'key': 'main-urban-8', 'kind': 'district-set', 'zh': '主城区（市内八区）',
                           'en': 'Main urban area (eight districts)', 'members': MAIN_URBAN_8},
                          {'key': 'province', 'kind': 'province', 'zh': '河南省', 'en': 'Henan Province'}]),
            'measures': [{'key': k, 'category': c, 'zh': zh, 'en': en} for k, c, zh, en, _ in MEASURES],
            'metrics': [{'key': k, 'category': c, 'zh': zh, 'en': en} for k, c, zh, en, _, _, _ in METRICS],
        }
        with open(os.path.join(out, 'catalogue.json'), 'wb') as f:
            f.write((json.dumps(cat, ensure_ascii=False, indent=2) + '\n').encode('utf-8'))


import random as random_mod  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--out', required=True)
    ap.add_argument('--events', type=int, default=1000000)
    ap.add_argument('--logs', type=int, default=200)
    ap.add_argument('--seed', type=int, default=42)
    ap.add_argument('--quiet', action='store_true')
    args = ap.parse_args()
    t0 = time.time()
    g = Gen(args)
    nbytes = g.run()
    dt = time.time() - t0
    if not args.quiet:
        total = sum(g.stats.values())
        print('wrote %d events in %d logs to %s: %.1f MB of logs (%.0f bytes/line) in %.1fs'
              % (total, args.logs, args.out, nbytes / 1e6, nbytes / max(1, total), dt), file=sys.stderr)
        for k in sorted(g.stats):
            print('  %-20s %8d  %5.2f%%' % (k, g.stats[k], 100.0 * g.stats[k] / total), file=sys.stderr)
        print('  quotes outside 20..80 chars: %d; effective outside [recorded-10d, recorded+5d]: %d'
              % (g.bad_quotes, g.out_of_window), file=sys.stderr)
        print('  with until: %.2f%%; distinct subjects: %d (zones %d, measures %d, metrics %d, testing rounds %d)'
              % (100.0 * g.until_count / total, len(g.subjects_used), len(g.zones), len(g.measures),
                 len(g.metrics), g.testing_rounds), file=sys.stderr)


if __name__ == '__main__':
    main()
