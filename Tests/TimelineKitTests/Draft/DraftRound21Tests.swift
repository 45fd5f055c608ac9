import Foundation
import Testing

@testable import TimelineKit

// Twenty-first round: patterns of notice language found on the dev sets (and the new dev set BY). Made-up sentences in
// the style of those genres: none is copied from the five source texts, the practice set or the sets' notices.

/// The measures drafted from made-up text.
private func measures(_ text: String, published: String = "2022-09-05T21:00+08:00") throws -> [Draft] {
  try draft(text, published: published).drafts.filter { $0.type.rawValue.hasPrefix("measure.") }
}

/// Each measure as "testing|other scope".
private func scopes(_ d: [Draft]) -> [String] {
  d.map { "\($0.subject.raw.hasPrefix("measure:testing.") ? "testing" : "other") \($0.data["scope"]?.stringValue ?? "-")" }
}

@Suite("Draft: a zone type's tests — within a span of days, sampled at home every day, after a level's label")
struct DraftZoneTestsRound21Tests {
  @Test func testsWithinASpanAfterALevelsRegimeAreARuleOfTheirOwn() throws {
    let d = try measures("某市某区疫情防控指挥部通告\n中风险区实行“人不出区、错峰取物”，5天内开展3次核酸检测。\n")
    #expect(scopes(d) == ["other zones:medium-risk", "testing zones:medium-risk"], "\(scopes(d))")
  }

  @Test func sampledAtHomeEveryDayIsTheZoneTypesTestingRule() throws {
    let d = try measures("某市某区疫情防控指挥部通告\n封控区群众每日接受一次入户核酸采样。\n")
    #expect(scopes(d) == ["testing zones:sealed"], "\(scopes(d))")
  }

  @Test func aLevelAsALabelScopesEveryRuleOfItsLine() throws {
    let d = try measures("某市某区疫情防控指挥部通告\n管控区：实行“人不出区、错峰取物”，严禁聚集，3天内开展2次核酸检测。\n")
    #expect(!d.isEmpty && scopes(d).allSatisfy { $0.hasSuffix(" zones:controlled") }, "\(scopes(d))")
    #expect(scopes(d).contains("testing zones:controlled"), "\(scopes(d))")
  }

  @Test func aWindowOfHoursToBeTestedInIsNoSpanOfDays() throws {
    // (A deadline in hours, said with 须, is the one rule it always was.)
    let d = try measures("某市某区疫情防控指挥部通告\n返郑人员须在抵达后24小时内完成1次核酸检测。\n")
    #expect(d.count == 1, "\(scopes(d))")
  }
}

@Suite("Draft: the regime a zone list's lead-in sets for its places")
struct DraftLeadInRegimeRound21Tests {
  let notice = """
    郑州市金水区疫情防控指挥部通告
    一、自9月6日15时起，将以下区域划定为高风险区，落实“足不出户、上门服务”，每日开展一次入户核酸采样：
    1.某某街道青禾苑小区5号楼；
    2.某某街道南关村三组。
    二、以下区域自9月7日0时起解除封控，调整为管控区，实行“人不出区、严禁聚集”：
    某某街道桂园小区；某某街道北关村。
    三、自9月6日15时起，将以下区域划定为中风险区：
    某某街道丰和里小区。
    """

  func drafted() throws -> [Draft] { try measures(notice, published: "2022-09-06T20:00+08:00") }

  @Test func aDesignationsLeadInImposesItsRegimeFromItsStart() throws {
    let d = try drafted().filter { $0.quote.contains("划定为高风险区") }
    #expect(d.map(\.type) == [.measureImposed, .measureImposed], "\(d.map(\.type))")
    #expect(d.map(\.subject.raw).first == "measure:movement.stay-home", "\(d.map(\.subject.raw))")
    #expect(spans(d) == ["2022-09-06T15:00+08:00 -", "2022-09-06T15:00+08:00 -"], "\(spans(d))")
    #expect(scopes(d) == ["other zones:high-risk", "testing zones:high-risk"], "\(scopes(d))")
  }

  @Test func aRegradingsLeadInAmendsTheRule() throws {
    let d = try drafted().filter { $0.quote.contains("调整为管控区") }
    #expect(d.map(\.type) == [.measureAmended], "\(d.map(\.type))")
    #expect(spans(d) == ["2022-09-07T00:00+08:00 -"], "\(spans(d))")
    #expect(scopes(d) == ["other zones:controlled"], "\(scopes(d))")
  }

  @Test func aLeadInThatOnlyNamesTheListSetsNoRule() throws {
    let d = try drafted().filter { $0.quote.contains("中风险区") || $0.quote.contains("丰和里") }
    #expect(d.isEmpty, "\(d.map(\.quote))")
  }
}

@Suite("Draft: spoken times — 8月10号, 晚上12点, a start said in full and then its end")
struct DraftSpokenTimesRound21Tests {
  let script = """
    登封市石岭镇疫情防控指挥部广播通知
    乡亲们注意啦！从今天晚上8点开始，到9月3号晚上12点，全镇群众一律居家，不串门、不聚集。
    9月2号起，全镇农村客运班线暂停运营。
    请3号楼的居民明天上午下楼做核酸。
    """

  func drafted() throws -> [Draft] { try measures(script, published: "2022-08-31T18:00+08:00") }

  @Test func aSpokenDayAndTwelveAtNightEndTheOrderAtMidnight() throws {
    let d = try drafted().filter { $0.quote.contains("居家") }
    #expect(spans(d) == ["2022-08-31T20:00+08:00 2022-09-04T00:00+08:00"], "\(spans(d))")
  }

  @Test func aSpokenDayStartsARule() throws {
    let d = try drafted().filter { $0.quote.contains("客运班线") }
    #expect(spans(d) == ["2022-09-02T00:00+08:00 -"], "\(spans(d))")
  }

  @Test func aBuildingNumberIsNoDay() {
    let p = BriefingText.Piece(original: Array("3号楼、9月3号、第12号通告"))
    #expect(String(p.normalized) == "3号楼、9月3日、第12号通告")
  }

  @Test func noonIsStillNoon() throws {
    let d = try measures("某市某区疫情防控指挥部通告\n自9月2日中午12点起，全区暂停堂食。\n", published: "2022-09-01T20:00+08:00")
    #expect(spans(d) == ["2022-09-02T12:00+08:00 -"], "\(spans(d))")
  }
}

@Suite("Draft: a daily report's lists — places lifted or re-graded under a counted heading, towns' bare numbers")
struct DraftDailyReportRound21Tests {
  let report = """
    郑州市二七区疫情防控指挥部办公室关于9月3日全区疫情防控工作情况的通报
    一、新增感染者情况
    9月3日0—24时，我区新增本土无症状感染者6例，分布：淮河路街道3、嵩山路街道2、侯寨乡1。
    二、风险区域调整情况
    自9月4日9时起，对以下区域作出调整：
    （一）新划定封控区1个：
    淮河路街道柳湾小区2号楼。
    （二）解除封控区2个：
    1.侯寨乡杏园小区；
    2.嵩山路街道河东村。
    （三）封控区调整为管控区1个：
    嵩山路街道桃源里小区由封控区调整为管控区。
    三、管控措施
    封控区实行“区域封闭、足不出户”，每日开展1次核酸检测；管控区实行“人不出区、严禁聚集”，每日开展1次核酸检测。
    """

  func drafted() throws -> [Draft] { try draft(report, published: "2022-09-04T09:10+08:00").drafts }

  @Test func placesUnderACountedLiftAreLiftedAndTheCountIsNoFigure() throws {
    let d = try drafted()
    let lifted = d.filter { $0.type == .zoneLifted }.map(\.quote)
    #expect(lifted == ["侯寨乡杏园小区", "嵩山路街道河东村"], "\(lifted)")
    #expect(!d.contains { $0.type == .metricReported && $0.quote.contains("解除") }, "\(d.map(\.quote))")
  }

  @Test func aCountedRegradingHeadingIsNoZone() throws {
    let z = try drafted().filter { $0.type == .zoneRegraded }.map(\.quote)
    #expect(z == ["嵩山路街道桃源里小区由封控区调整为管控区。"], "\(z)")
  }

  @Test func theSameTestingWordsForTwoZoneTypesAreTwoRules() throws {
    let d = try drafted().filter { $0.subject.raw.hasPrefix("measure:testing.") }
    #expect(scopes(d) == ["testing zones:sealed", "testing zones:controlled"], "\(scopes(d))")
  }

  @Test func bareNumbersAfterTownsArePartsOfTheCount() throws {
    let d = try drafted().filter { $0.type == .metricReported }
    let parts = d.filter { $0.subject.raw.hasPrefix("metric:cases.asymptomatic.new-p-") }
    #expect(parts.map(\.quote) == ["淮河路街道3", "嵩山路街道2", "侯寨乡1"], "\(d.map(\.quote))")
    #expect(parts.map { $0.data["value"] } == [.number("3"), .number("2"), .number("1")])
  }
}

@Suite("Draft: types — the whole of a place freed, allowed again under conditions, a cap lowered")
struct DraftTypesRound21Tests {
  @Test(arguments: ["自9月30日12时起，解除全县静态管理，人员、车辆有序流动。", "自9月30日12时起，解除全区交通管控。"])
  func liftingTheWholeOfAPlaceIsALift(_ sentence: String) throws {
    let d = try measures("某县疫情防控指挥部通告\n" + sentence + "\n", published: "2022-09-29T20:00+08:00")
    #expect(d.map(\.type) == [.measureLifted], "\(d.map(\.type))")
    #expect(spans(d) == ["2022-09-30T12:00+08:00 -"], "\(spans(d))")
  }

  @Test func aStepInAListOfStepsIsStillNoLift() throws {
    let d = try measures("某县疫情防控指挥部通告\n对入境人员落实转运、隔离、解除全流程闭环管理。\n", published: "2022-09-29T20:00+08:00")
    #expect(!d.contains { $0.type == .measureLifted }, "\(d.map(\.type))")
  }

  @Test(arguments: [
    "自10月8日起，宾馆酒店可承接会议、培训等活动，规模不超过50人。",
    "自10月8日起，社区卫生服务中心可接诊发热患者，但须落实预检分诊制度。",
  ])
  func allowedAgainUnderConditionsIsAmended(_ sentence: String) throws {
    let d = try measures("某市疫情防控指挥部通告\n" + sentence + "\n", published: "2022-10-07T20:00+08:00")
    #expect(!d.isEmpty && d.allSatisfy { $0.type == .measureAmended }, "\(d.map(\.type))")
  }

  @Test func anExceptionThatIsAllowedIsNoChange() throws {
    let d = try measures("某市疫情防控指挥部通告\n居民原则上居家，确需外出的，可凭48小时内核酸检测阴性证明出行，须全程佩戴口罩。\n", published: "2022-10-07T20:00+08:00")
    #expect(!d.contains { $0.type == .measureAmended }, "\(d.map(\.type))")
  }

  @Test func aCapLoweredIsAmended() throws {
    let d = try measures("某市疫情防控指挥部通告\n药店、便利店照常营业，进店顾客限流由最大承载量的75%下调至50%。\n", published: "2022-10-07T20:00+08:00")
    #expect(d.map(\.type) == [.measureAmended], "\(d.map(\.type))")
  }
}

@Suite("Draft: no figure — people above a threshold, a cap said in speech")
struct DraftThresholdRound21Tests {
  @Test(arguments: [
    "自9月24日起，餐饮单位恢复堂食，限流50%，不承接10人以上聚餐。",
    "超市、小卖部照常开门，但是一次最多进3个人。",
    "暂停举办50人以上的培训、会议等活动。",
  ])
  func aBoundOfARuleIsNoFigure(_ sentence: String) throws {
    let d = try draft("某市疫情防控指挥部通告\n" + sentence + "\n", published: "2022-09-21T20:00+08:00").drafts.filter { $0.type == .metricReported }
    #expect(d.isEmpty, "\(d.map(\.quote))")
  }

  @Test func aCountOfPeopleStillCounts() throws {
    let d = try draft("某市疫情防控指挥部通告\n全市现有集中隔离人员1206人。\n", published: "2022-09-21T20:00+08:00").drafts.filter { $0.type == .metricReported }
    #expect(d.map(\.quote) == ["全市现有集中隔离人员1206人"], "\(d.map(\.quote))")
  }
}

@Suite("Draft: a loudspeaker script — a place 划成 a zone, a round said as 再做一轮")
struct DraftLoudspeakerRound21Tests {
  let script = """
    登封市石岭镇疫情防控指挥部广播通知
    乡亲们注意啦！第一件事，明天，也就是9月2号，上午7点到12点，全镇再做一轮全员核酸，各村都在村委会门口设采样点。
    从今天下午5点起，南沟村划成封控区，全村不进不出。
    """

  func drafted() throws -> [Draft] { try draft(script, published: "2022-09-01T18:00+08:00").drafts }

  @Test func aRoundSaidInSpeechIsScheduled() throws {
    let d = try drafted().filter { $0.type == .testingScheduled }
    #expect(spans(d) == ["2022-09-02T07:00+08:00 2022-09-02T12:00+08:00"], "\(spans(d))")
  }

  @Test func aPlaceSaidToBeMadeAZoneIsDesignated() throws {
    let d = try drafted().filter { $0.type == .zoneDesignated }
    #expect(spans(d) == ["2022-09-01T17:00+08:00 -"], "\(spans(d))")
    #expect(d.map { $0.data["level"] } == [.string("sealed")], "\(d.map { $0.data["level"] })")
  }
}

@Suite("Draft: kept from school — for a reason or a place of their own, or a whole level that stays shut")
struct DraftKeptFromSchoolRound21Tests {
  func types(_ sentence: String) throws -> [EventType] {
    try measures("某市教育局通知\n" + sentence + "\n", published: "2022-09-02T17:30+08:00").map(\.type)
  }

  @Test(arguments: [
    "近7天内有中高风险区旅居史的师生员工暂缓返校，按属地要求落实健康管理措施。",
    "学生本人或共同居住人员健康码为黄码的，暂缓返校。",
    "某某街道辖区内的中小学暂缓开学，具体时间另行通知。",
  ])
  func keptFromSchoolForAReasonOfTheirOwnIsARule(_ sentence: String) throws {
    let t = try types(sentence)
    #expect(t == [.measureImposed], "\(t)")
  }

  @Test(arguments: ["幼儿园暂缓开学，开学时间另行通知。", "某某区学校暂缓返校，继续开展线上教学。"])
  func aWholeLevelKeptShutGoesOn(_ sentence: String) throws {
    let t = try types(sentence)
    #expect(t == [.measureRestated], "\(t)")
  }
}

@Suite("Draft: a requirement dropped — 取消…的要求 lifts the rule its 的 names")
struct DraftRequirementDroppedRound21Tests {
  @Test(arguments: [
    "自10月6日零时起，取消进入公园查验场所码的要求，游客入园时只须测温。",
    "自10月6日零时起，取消出租车乘客不超过2人的限制。",
  ])
  func aRequirementDroppedIsLifted(_ sentence: String) throws {
    let d = try measures("某市疫情防控指挥部通告\n" + sentence + "\n", published: "2022-10-05T20:00+08:00")
    #expect(d.map(\.type) == [.measureLifted], "\(d.map(\.type)) \(d.map(\.subject.raw))")
    #expect(spans(d) == ["2022-10-06T00:00+08:00 -"], "\(spans(d))")
  }

  @Test func aRuleThatNamesWhatItIsAboutStillGivesItsOwnRule() throws {
    // (A 的 clause before a rule's clause still names what the rule is about.)
    let d = try measures("某市疫情防控指挥部通告\n自10月6日起，已实行封控管理的某某村，继续实行“足不出户”。\n", published: "2022-10-05T20:00+08:00")
    #expect(d.map(\.type) == [.measureRestated], "\(d.map(\.type))")
  }
}

@Suite("Draft: not leaving the city, said to go on (坚持, 继续倡导) with what those who must leave do")
struct DraftLeavingGoesOnRound21Tests {
  @Test(arguments: [
    "坚持非必要不离郑，确需离郑的须持48小时内核酸检测阴性证明。",
    "全市继续倡导“非必要不离郑”，确需离郑的，须持48小时内核酸检测阴性证明。",
  ])
  func theRuleGoesOnAsOneRestatement(_ sentence: String) throws {
    let d = try measures("某市疫情防控指挥部通告\n" + sentence + "\n", published: "2022-09-05T17:30+08:00")
    #expect(d.map(\.type) == [.measureRestated], "\(d.map(\.type)) \(d.map(\.subject.raw))")
    #expect(spans(d) == ["2022-09-05T17:30+08:00 -"], "\(spans(d))")
  }

  @Test func anExhortationAloneIsStillNoRule() throws {
    let d = try measures("某市疫情防控指挥部通告\n倡导广大市民非必要不离郑，减少跨区域流动。\n", published: "2022-09-05T17:30+08:00")
    #expect(d.isEmpty, "\(d.map(\.type))")
  }
}

@Suite("Draft: 其间： on its own line — the items under it hold for the period of the sentence before")
struct DraftDuringLeadInRound21Tests {
  let roundup = """
    某市疫情防控工作动态
    某某区疫情防控指挥部发布通告：自10月12日12时至10月15日12时，某某区全域实行临时性静态管理。
    其间：
    ●居民居家、非必要不外出；
    ●区内公交线路暂停运营。
    """

  @Test func itemsUnderADuringLineHoldForThePeriod() throws {
    let d = try measures(roundup, published: "2022-10-12T12:10+08:00").filter { $0.quote.hasPrefix("●") }
    #expect(d.count == 2 && spans(d).allSatisfy { $0 == "2022-10-12T12:00+08:00 2022-10-15T12:00+08:00" }, "\(spans(d))")
  }

  @Test func itsPeriodHoldsAfterADatedZoneListThatGaveTheNoticeAStart() throws {
    let notice = """
      郑州市二七区疫情防控指挥部办公室通报
      二、风险区域调整情况
      （一）自10月12日9时起，将以下区域划定为高风险区：
      1.某某街道青禾苑小区2号楼；
      三、临时性静态管理
      经研究，自10月12日12时至10月15日12时，某某乡全域实行临时性静态管理。
      其间：
      ●居民居家、非必要不外出；
      """
    let d = try measures(notice, published: "2022-10-12T09:10+08:00").filter { $0.quote.hasPrefix("●") }
    #expect(spans(d) == ["2022-10-12T12:00+08:00 2022-10-15T12:00+08:00"], "\(spans(d))")
  }

  @Test func aDuringLineWithNoPeriodBeforeItDatesNothing() throws {
    let d = try measures("某市疫情防控工作动态\n某某区发布通告，全区实行临时性静态管理。\n其间：\n●居民居家、非必要不外出。\n", published: "2022-10-12T12:10+08:00")
      .filter { $0.quote.hasPrefix("●") }
    #expect(spans(d) == ["2022-10-12T12:10+08:00 -"], "\(spans(d))")
  }
}

@Suite("Draft: every draft has only the data fields its type has, so that append accepts it")
struct DraftFitsSchemaRound21Tests {
  let notice = """
    郑州市惠济区疫情防控指挥部通告
    9月3日0—24时，我区新增本土无症状感染者5例（花园口镇4例、长兴路街道1例）。
    自9月4日0时起，花园口镇南岗村（东片除外）解除封控。
    自9月4日起，商场、超市继续严格落实限流措施，在场人数不超过最大承载量的50%。
    惠济区临时性管控措施提前至9月4日12时结束。
    9月5日7:00—19:00：花园口镇、长兴路街道开展全员核酸检测。
    """

  @Test func noDraftCarriesAFieldItsTypeLacks() throws {
    let drafts = try draft(notice, published: "2022-09-04T09:10+08:00").drafts
    let unknown = drafts.flatMap { d in
      EventSchema.check(d, catalogue: try! DraftFixture.catalogue()).compactMap { p -> String? in
        if case .dataFieldUnknown(let type, let field) = p { return "\(type.rawValue).\(field)" }
        return nil
      }
    }
    #expect(drafts.count >= 5 && unknown.isEmpty, "\(unknown)")
  }

  @Test func whatDoesNotFitGoesIntoTheNote() throws {
    let parts = try draft(notice, published: "2022-09-04T09:10+08:00").drafts.filter { $0.type == .metricReported && $0.quote.hasPrefix("花园口镇") }
    #expect(parts.map { $0.data["note"]?.stringValue } == ["place: 花园口镇"], "\(parts.map(\.data))")
  }
}
