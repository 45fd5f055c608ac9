import Foundation
import Testing

@testable import TimelineKit

// Twentieth round: patterns of notice language found on the dev sets (and the new dev set BW). Made-up sentences in
// the style of those genres: none is copied from the five source texts, the practice set or the sets' notices.

/// The figures drafted from made-up text published at `published`.
private func figureDrafts(_ text: String, published: String) throws -> [Draft] {
  try draft(text, published: published).drafts.filter { $0.type == .metricReported }
}

@Suite("Draft: no figure — enforcement tallies, the size of a listed rule's lines or places")
struct DraftNoFigureRound20Tests {
  func figures(_ text: String) throws -> [Draft] { try figureDrafts("某市市场监督管理局通报\n" + text, published: "2022-07-19T20:00+08:00") }

  @Test func whatInspectorsDidIsNoEpidemicFigure() throws {
    let d = try figures("7月以来，全市累计出动执法人员1.5万人次，检查商超2210家次、药店3120家，督促整改问题87个，立案查处6起。\n")
    #expect(d.isEmpty, "\(d.map(\.quote))")
  }

  @Test func aFigureBesideAnInspectionSentenceStillCounts() throws {
    let d = try figures("全市累计出动执法人员1.5万人次。全市现有集中隔离点36个。\n")
    #expect(d.map(\.quote) == ["全市现有集中隔离点36个"], "\(d.map(\.quote))")
  }

  @Test(arguments: [
    "自7月20日首班车起，S12路、K35路、118路等21条线路恢复运营。",
    "检修期间，青柳苑、石榴园等17个小区暂停供水。",
    "自7月20日12时起，在城东、河口等5个高速公路出口设置防疫查验点。",
  ])
  func theSizeOfAListARuleNamesIsNoFigure(_ sentence: String) throws {
    let d = try figures(sentence + "\n")
    #expect(d.isEmpty, "\(d.map(\.quote))")
  }

  @Test func aTallyOfShopsAfterAListStillCounts() throws {
    let d = try figures("目前，全市大润发、丹尼斯等80多家商超货源充足、价格平稳。\n")
    #expect(d.count == 1, "\(d.map(\.quote))")
  }
}

@Suite("Draft: when — a level's regime after its zones, 同时 after a dated list lead-in, a day that looks back")
struct DraftZoneTimingRound20Tests {
  let notice = """
    郑州市二七区疫情防控指挥部通告
    8月30日以来，我区在重点人群筛查中发现多名阳性感染者。现将有关事项通告如下：
    一、新增高风险区（2个）
    自2022年9月1日18时起，将以下区域划定为高风险区：
    1. 某某街道：青桐苑小区3号楼；
    2. 某某镇：南岗村二组。
    二、新增中风险区（1个）
    同时，将某某镇北岗村划定为中风险区。
    三、管控措施
    高风险区实行“足不出户、上门服务”。
    中风险区实行“人不出区、错峰取物”。
    """

  func drafted() throws -> [Draft] { try draft(notice, published: "2022-09-01T22:00+08:00").drafts }

  @Test func aLevelsRegimeHoldsFromWhenItsZonesWereDesignated() throws {
    let d = try drafted().filter { $0.quote.hasPrefix("高风险区实行") }
    #expect(spans(d) == ["2022-09-01T18:00+08:00 -"], "\(spans(d))")
  }

  @Test func sameTimeAfterADatedListLeadInIsTheLeadInsStart() throws {
    let z = try drafted().filter { $0.type == .zoneDesignated && $0.quote.contains("北岗村") }
    #expect(spans(z) == ["2022-09-01T18:00+08:00 -"], "\(spans(z))")
    let r = try drafted().filter { $0.quote.hasPrefix("中风险区实行") }
    #expect(spans(r) == ["2022-09-01T18:00+08:00 -"], "\(spans(r))")
  }

  @Test func aLevelsRegimeWithADateOfItsOwnKeepsIt() throws {
    let d = try draft(notice + "自9月2日0时起，高风险区实行“足不出户、上门服务”，每天开展1次核酸检测。\n", published: "2022-09-01T22:00+08:00").drafts
      .filter { $0.quote.hasPrefix("自9月2日") }
    #expect(!d.isEmpty && spans(d).allSatisfy { $0.hasPrefix("2022-09-02T00:00+08:00") }, "\(spans(d))")
  }

  @Test func aDayThatLooksBackIsNoMomentForSameTime() throws {
    let d = try draft(
      """
      郑州市二七区疫情防控指挥部通告
      8月30日以来，我区在重点人群筛查中发现多名阳性感染者。
      同时，将某某镇北岗村划定为高风险区。
      """, published: "2022-09-01T22:00+08:00"
    ).drafts.filter { $0.type == .zoneDesignated }
    #expect(spans(d) == ["2022-09-01T22:00+08:00 -"], "\(spans(d))")
  }
}

@Suite("Draft: a town's post — its county from the account, its rounds' lines, a later section's numbered lines")
struct DraftTownPostRound20Tests {
  let post = """
    【通知】某某镇明起连续两天开展区域核酸检测
    某某镇疫情防控指挥部  荥阳某某发布  2022-08-09 21:00
    经研究，决定8月10日至11日在全镇连续开展两轮区域核酸检测。现将有关事项通知如下：
    【检测时间】
    ▲第一轮区域核酸检测：8月10日（星期三）7:00-12:00
    ▲第二轮区域核酸检测：8月11日（星期四）15:00-19:00
    【解除管控】
    自8月9日20:00起，以下区域解除管控：
    ①镇区丰收苑小区；
    ②前营村二组。
    【温馨提示】
    1.采样时请全程佩戴口罩；
    2.核酸检测结果可在手机APP查询。
    """

  func drafted() throws -> [Draft] { try draft(post, published: "2022-08-09T21:00+08:00").drafts }

  @Test func theCountyAccountOnTheBylineIsTheIssuer() throws {
    let z = try drafted().filter { $0.type == .zoneLifted }
    #expect(z.map(\.subject.raw).allSatisfy { $0.hasPrefix("zone:xingyang/") }, "\(z.map(\.subject.raw))")
    #expect(z.map(\.quote) == ["镇区丰收苑小区", "前营村二组"], "\(z.map(\.quote))")
  }

  @Test func aNumberedLineOfALaterSectionThatNamesNoPlaceIsNoZone() throws {
    let z = try drafted().filter { $0.type.rawValue.hasPrefix("zone.") && $0.quote.contains("APP") }
    #expect(z.isEmpty, "\(z.map(\.quote))")
  }

  @Test func eachBulletedRoundLineGivesItsRoundHours() throws {
    let r = try drafted().filter { $0.type == .testingScheduled }
    #expect(spans(r) == ["2022-08-10T07:00+08:00 2022-08-10T12:00+08:00", "2022-08-11T15:00+08:00 2022-08-11T19:00+08:00"], "\(spans(r))")
    #expect(r.first?.data["note"]?.stringValue?.contains("第一轮区域核酸检测") == true, "\(r.map(\.data))")
  }
}

@Suite("Draft: figures — a count put all in one district quotes the words that put it there")
struct DraftAllInOneDistrictRound20Tests {
  func figures(_ text: String) throws -> [Draft] { try figureDrafts("郑州市卫生健康委员会通报\n" + text, published: "2022-06-12T09:00+08:00") }

  @Test func theDistrictsFigureQuotesItsDistrict() throws {
    let d = try figures("6月11日0—24时，全市新增本土确诊病例4例，均在二七区。\n")
    #expect(d.map(\.subject.raw) == ["metric:cases.confirmed.new@erqi"], "\(d.map(\.subject.raw))")
    #expect(d.first?.quote == "全市新增本土确诊病例4例，均在二七区", "\(d.map(\.quote))")
  }
}

@Suite("Draft: figures — a streak of days without new local cases")
struct DraftLocalStreakRound20Tests {
  @Test func aStreakOfLocalZeroNewIsAFigureForEachDistrict() throws {
    let d = try draft("某市卫生健康委员会通报\n目前，上街区、登封市已连续十二天本土零新增。\n", published: "2022-08-20T12:00+08:00").drafts
      .filter { $0.type == .metricReported }
    #expect(
      d.map(\.subject.raw) == ["metric:cases.zero-new.streak-days@shangjie", "metric:cases.zero-new.streak-days@dengfeng"], "\(d.map(\.subject.raw))")
    #expect(d.allSatisfy { $0.data["value"] == .number("12") }, "\(d.map(\.data))")
  }
}

@Suite("Draft: zones — a later clause with places and a level of its own")
struct DraftZoneClausesRound20Tests {
  @Test func eachClauseDesignatesItsOwnPlacesAtItsOwnLevel() throws {
    let z = try draft(
      "郑州市疫情防控指挥部通告\n自8月5日18时起，将二七区某某街道锦绣苑小区划定为高风险区，中原区某某街道青松社区划定为中风险区。\n",
      published: "2022-08-05T21:00+08:00"
    ).drafts.filter { $0.type == .zoneDesignated }
    #expect(z.map { $0.data["level"]?.stringValue ?? "" } == ["high-risk", "medium-risk"], "\(z.map(\.data))")
    #expect(z.map(\.subject.raw).map { String($0.prefix(9)) } == ["zone:erqi", "zone:zhon"], "\(z.map(\.subject.raw))")
  }

  @Test func aLiftThenItsNewLevelIsOneMove() throws {
    let z = try draft(
      "郑州市二七区疫情防控指挥部通告\n自8月5日18时起，某某街道锦绣苑小区解除封控，调整为管控区，管控措施由“足不出户”调整为“人不出区”。\n", published: "2022-08-05T21:00+08:00"
    ).drafts.filter { $0.type.rawValue.hasPrefix("zone.") }
    #expect(z.map(\.type) == [.zoneRegraded], "\(z.map(\.type))")
  }

  @Test func aRuleOfHowLevelsMoveIsNoClauseOfPlaces() throws {
    let z = try draft(
      "郑州市二七区疫情防控指挥部通告\n高风险区连续7天无新增感染者降为中风险区，中风险区连续3天无新增感染者降为低风险区。\n", published: "2022-08-05T21:00+08:00"
    ).drafts.filter { $0.type.rawValue.hasPrefix("zone.") }
    #expect(z.isEmpty, "\(z.map(\.quote))")
  }

  @Test func theRestOfAnAreaIsNoClauseOfItsOwn() throws {
    let z = try draft(
      "郑州市二七区疫情防控指挥部通告\n自8月5日18时起，将某某街道锦绣苑小区划定为高风险区，其余区域为低风险区。\n", published: "2022-08-05T21:00+08:00"
    ).drafts.filter { $0.type == .zoneDesignated }
    #expect(z.count == 1, "\(z.map(\.quote))")
  }
}

@Suite("Draft: zones — the whole of each place lifted")
struct DraftWholePlacesLiftedRound20Tests {
  @Test func placesLiftedWholeAreAZoneEach() throws {
    let z = try draft("登封市疫情防控指挥部通告\n自9月8日零时起，某某街道、某某镇全域解除封控。\n", published: "2022-09-07T20:00+08:00").drafts
      .filter { $0.type == .zoneLifted }
    #expect(z.map { $0.data["place"]?.stringValue ?? "" } == ["某某街道", "某某镇"], "\(z.map(\.data))")
  }
}

@Suite("Draft: when and what — what goes on under a stage, a rule of when zones move")
struct DraftStagesAndConditionsRound20Tests {
  let notice = """
    某某区疫情防控指挥部通告
    一、第一阶段（7月4日起）
    （一）区内公交恢复运营。
    （二）棋牌室、网吧暂不恢复营业。
    二、第二阶段（7月8日起）
    （一）棋牌室、网吧恢复营业，限流50%。
    （二）室内游泳馆仍然暂停开放。
    """

  @Test func whatGoesOnUnderAStageIsSaidAtPublication() throws {
    let d = try draft(notice, published: "2022-07-03T19:00+08:00").drafts.filter { $0.type == .measureRestated }
    #expect(spans(d) == ["2022-07-03T19:00+08:00 -", "2022-07-03T19:00+08:00 -"], "\(spans(d)) \(d.map(\.quote))")
  }

  @Test func whatChangesUnderAStageTakesItsStart() throws {
    let d = try draft(notice, published: "2022-07-03T19:00+08:00").drafts.filter { $0.type == .measureLifted || $0.type == .measureAmended }
    #expect(spans(d).map { String($0.prefix(10)) } == ["2022-07-04", "2022-07-08"], "\(spans(d))")
  }

  @Test func aRuleOfWhenZonesMoveIsNoMove() throws {
    let z = try draft(
      "郑州市二七区疫情防控指挥部通告\n高风险区连续5天未发现新增感染者的，将按程序降为低风险区。\n", published: "2022-11-15T22:00+08:00"
    ).drafts.filter { $0.type.rawValue.hasPrefix("zone.") }
    #expect(z.isEmpty, "\(z.map(\.quote))")
  }
}

@Suite("Draft: when — a penalty on those who missed a deadline starts at it")
struct DraftDeadlinePenaltyRound20Tests {
  @Test func aPenaltyAfterADeadlineStartsThere() throws {
    let d = try measures("某某镇疫情防控指挥部通知\n截至8月12日10:00，两轮均未参加检测的，健康码将赋为黄码。\n")
    #expect(spans(d) == ["2022-08-12T10:00+08:00 -"], "\(spans(d))")
  }
}

@Suite("Draft: type — what goes on, named with a weak verb, is restated")
struct DraftWeakRestatedRound20Tests {
  @Test func aCatalogedRuleThatGoesOnIsRestated() throws {
    // (The regime spelled out after it, 村民足不出户, goes on with it: a second restated rule, see Round 24.)
    let d = try measures("某镇疫情防控指挥部通知\n【仍在管控区域】某某村继续实行封控管理，村民足不出户。\n")
    #expect(!d.isEmpty && d.allSatisfy { $0.type == .measureRestated }, "\(d.map(\.type))")
  }
}
