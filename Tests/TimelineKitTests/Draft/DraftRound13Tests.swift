import Foundation
import Testing

@testable import TimelineKit

// Thirteenth round: patterns found on the dev sets (AG, AI, AT, AU and older ones). Made-up sentences in the style of
// official notices: none is copied from the five source texts, the practice set or the sets' notices.

@Suite("Draft: a stage's label with a colon inside a heading's brackets (【第一阶段：7月8日起】) dates the rules under it")
struct DraftStageLabelTests {
  let text = """
    某某市新冠肺炎疫情防控指挥部办公室
    关于分阶段恢复开放文体场所的通知
    经研究，全市文体场所分阶段有序开放。具体通知如下：
    【第一阶段：7月8日起】
    ▲全市体育公园恢复开放，实行限流管理。
    ▲7月8日14时起，市图书馆恢复开放，实行预约入馆。
    ▲各区文化馆恢复开放，限流50%。
    【第二阶段：7月12日起】
    ■全民健身中心恢复开放，接待人数不超过核定容量的50%。
    ■室内游泳馆同步开放，实行预约制。
    【第三步：视疫情形势另行通知】
    ■歌舞娱乐场所暂不开放。
    请广大市民错峰出行。
    """

  @Test func rulesTakeTheirStagesStart() throws {
    let d = try draft(text, published: "2022-07-06T18:00+08:00").drafts.filter { $0.subject.kind == .measure }
    func at(_ word: String) -> [String] { d.filter { $0.quote.contains(word) }.map(\.interval.effective.iso8601) }
    #expect(at("体育公园") == ["2022-07-08T00:00+08:00"], "\(spans(d))")
    // An item with its own hour keeps it.
    #expect(at("图书馆") == ["2022-07-08T14:00+08:00"], "\(spans(d))")
    #expect(at("文化馆") == ["2022-07-08T00:00+08:00"], "\(spans(d))")
    #expect(at("健身中心") == ["2022-07-12T00:00+08:00"], "\(spans(d))")
    // 同步 is the time of the item before, which its stage gave, not the last hour a sentence spelled out.
    #expect(at("游泳馆") == ["2022-07-12T00:00+08:00"], "\(spans(d))")
  }

  @Test func aStageWithoutAPeriodEndsTheOneBefore() throws {
    let d = try draft(text, published: "2022-07-06T18:00+08:00").drafts.filter { $0.quote.contains("歌舞娱乐") }
    #expect(spans(d) == ["2022-07-06T18:00+08:00 -"], "\(spans(d))")
  }

  @Test func aRoundsFieldIsNoStage() throws {
    let published = try Timestamp.parse("2022-07-06T18:00+08:00")
    #expect(Drafter.stageLabel(Array("采样时间：7月8日7时起"), published: published) == nil)
    let stage = Drafter.stageLabel(Array("第二阶段：7月12日起"), published: published)
    #expect(try stage??.start.time == Timestamp.parse("2022-07-12T00:00+08:00"))
  }
}

@Suite("Draft: a rule that runs until the order ends (…暂停营业至静态管理结束) ends with the notice's period")
struct DraftUntilTheOrderEndsTests {
  @Test func theEndIsTheNoticesEnd() throws {
    let text = """
      某某县新冠肺炎疫情防控指挥部通告
      经研究决定，自8月3日0时起至8月6日24时，在全县实行静态管理。现将有关事项通告如下：
      一、全县居民原则上居家，非必要不外出。
      二、各乡镇集贸市场自8月4日12时起暂停营业至静态管理结束，由乡镇组织配送生活物资。
      """
    let d = try draft(text, published: "2022-08-02T21:00+08:00").drafts.filter { $0.quote.contains("集贸市场") }
    #expect(spans(d) == ["2022-08-04T12:00+08:00 2022-08-07T00:00+08:00"], "\(spans(d))")
  }

  @Test func theWordsAloneNameTheOrdersEnd() {
    #expect(FrameStack.endsWithTheOrder("某某市场暂停营业至静态管理结束"))
    #expect(FrameStack.endsWithTheOrder("直至封控解除"))
    #expect(!FrameStack.endsWithTheOrder("某某市场暂停营业至8月6日24时"))
    #expect(!FrameStack.endsWithTheOrder("静态管理结束后，居民凭证出入"))
  }
}

@Suite("Draft: a reopening put off (推迟至…开放) holds from its new day; a thing put off (考试推迟至…) changes now")
struct DraftReopeningPutOffTests {
  @Test func reopeningPutOffTakesItsNewDay() throws {
    let d = try draft("原定于7月10日开放的科技馆推迟至7月15日开放，届时实行预约参观。", published: "2022-07-08T18:00+08:00").drafts
      .filter { $0.subject.kind == .measure }
    #expect(d.map(\.interval.effective.iso8601) == ["2022-07-15T00:00+08:00"], "\(spans(d))")
  }

  @Test func examPutOffChangesOnPublication() throws {
    let d = try draft("原定于7月10日举行的全市职业技能考试推迟至8月20日举行，已报名考生无需重新报名。", published: "2022-07-08T18:00+08:00").drafts
      .filter { $0.subject.kind == .measure }
    #expect(d.map(\.interval.effective.iso8601) == ["2022-07-08T18:00+08:00"], "\(spans(d))")
  }
}

@Suite("Draft: 自划定之时起 is when the zones listed before were designated, not a date an earlier section gave")
struct DraftSinceDesignatedTests {
  @Test func rulesOfNewZonesStartWithTheirDesignation() throws {
    let text = """
      某某市新冠肺炎疫情防控指挥部通告
      经专家研判，决定对部分区域风险等级进行调整。现通告如下：
      一、以下2个高风险区自6月9日0时起调整为中风险区
      1．某某区甲街道乙小区；
      2．某某区丙街道丁花园。
      上述区域调整后，管控措施由“足不出户”调整为“人不出区”。
      二、新增高风险区
      自6月8日18:00起，将以下区域划定为高风险区：
      （一）某某区：戊街道己小区。
      上述高风险区自划定之时起实行“足不出户、上门服务”。
      """
    let d = try draft(text, published: "2022-06-08T21:00+08:00").drafts.filter { $0.quote.contains("划定之时") }
    #expect(!d.isEmpty && d.allSatisfy { $0.interval.effective.iso8601 == "2022-06-08T18:00+08:00" }, "\(spans(d))")
  }
}

@Suite("Draft: a ■ line that ends with 。 is an item of a roundup; one without a closing mark is its headline")
struct DraftSquareBulletItemTests {
  @Test func itemsAreDraftedHeadlinesAreNot() throws {
    let text = """
      某某区新冠肺炎疫情防控指挥部通告
      经研究，决定调整部分防控措施。
      ■全区商超有序恢复营业
      ■影剧院、网吧暂不开放。
      ■全区公交线路恢复运营。
      """
    let d = try draft(text, published: "2022-07-06T18:00+08:00").drafts.filter { $0.subject.kind == .measure }
    #expect(d.map(\.quote) == ["■影剧院、网吧暂不开放。", "■全区公交线路恢复运营。"], "\(d.map(\.quote))")
  }
}

@Suite("Draft: 上述区域 points back to the zones drafted last; 解封区域 names lifted places and lifts nothing")
struct DraftAboveZonesTests {
  let text = """
    某某市新冠肺炎疫情防控指挥部办公室通告
    经专家研判，现将有关区域调整事项通告如下：
    一、解除封控的区域
    自6月20日15时起，以下区域解除封控管理：
    1.某某区甲街道乙小区；
    2.某某区丙街道丁家属院。
    二、管控区调整为防范区
    自6月20日15时起，某某区戊街道己社区由管控区调整为防范区。上述区域实行“严格限制人员聚集”，居民凭48小时内核酸检测阴性证明出入。
    三、解封区域后续管理
    （一）6月20日至22日，解封区域居民须每天参加一次核酸检测。
    （二）解封后7日内，解封区域居民非必要不离市。
    """

  @Test func rulesOfTheZonesAboveTakeTheirTime() throws {
    let d = try draft(text, published: "2022-06-19T20:00+08:00").drafts.filter { $0.quote.contains("上述区域") }
    #expect(!d.isEmpty && d.allSatisfy { $0.interval.effective.iso8601 == "2022-06-20T15:00+08:00" }, "\(spans(d))")
  }

  @Test func afterTheLiftIsTheLiftNotTheDayOfTheLiftedPlaces() throws {
    let d = try draft(text, published: "2022-06-19T20:00+08:00").drafts.filter { $0.quote.contains("非必要不离市") }
    #expect(!d.isEmpty && d.allSatisfy { $0.interval.effective.iso8601 == "2022-06-20T15:00+08:00" }, "\(spans(d))")
  }
}

@Suite("Draft: places counted and closed or reopened (辖区内18家菜市场恢复营业) are a rule's object, not a figure")
struct DraftCountedPlacesTests {
  @Test func aCountOfPlacesReopenedIsARule() throws {
    let d = try draft("自6月3日6时起，辖区内18家菜市场恢复营业。全区9家游泳馆暂停开放。", published: "2022-06-02T19:00+08:00").drafts
      .filter { $0.type != .briefingPublished }
    #expect(d.map(\.type) == [.measureLifted, .measureImposed], "\(d.map(\.type))")
    #expect(d.allSatisfy { $0.subject.kind == .measure }, "\(d.map(\.subject))")
    #expect(d.first?.interval.effective.iso8601 == "2022-06-03T06:00+08:00")
  }

  @Test func countsOfZonesOrStagesAreNoObject() throws {
    let d = try draft("经研判，6月3日，全市解除4个高风险区、2个中风险区。决定分两个阶段逐步恢复全区生产生活秩序。", published: "2022-06-03T19:00+08:00")
      .drafts.filter { $0.subject.kind == .measure }
    #expect(d.isEmpty, "\(d.map(\.quote))")
  }

  @Test func whatWasSetUpIsStillAFigure() throws {
    let d = try draft("全区已设置45个便民售卖点。", published: "2022-06-03T19:00+08:00").drafts
    #expect(!d.contains { $0.subject.kind == .measure }, "\(d.map(\.subject))")
  }
}

@Suite("Draft: a reopening moved to a later day (延至6月9日恢复营业) holds from that day")
struct DraftReopeningMovedTests {
  @Test func theNewDayIsTheStart() throws {
    let d = try draft("位于某某街道的2家商场因周边仍有管控区域，延至6月9日恢复营业。", published: "2022-06-02T19:00+08:00").drafts
      .filter { $0.subject.kind == .measure }
    #expect(d.map(\.type) == [.measureLifted] && d.map(\.interval.effective.iso8601) == ["2022-06-09T00:00+08:00"], "\(spans(d))")
  }

  @Test func anOrderExtendedToADayStillEndsThen() throws {
    let d = try draft("全区公园暂停开放，直至6月9日。", published: "2022-06-02T19:00+08:00").drafts.filter { $0.subject.kind == .measure }
    #expect(spans(d) == ["2022-06-02T19:00+08:00 2022-06-10T00:00+08:00"], "\(spans(d))")
  }
}

@Suite("Draft: X期间 points back to a sentence that started X without an end (自…起，…实行闭环生产。闭环期间，…)")
struct DraftStartOnlyPeriodTests {
  @Test func thePeriodStartsWhenItsSentenceSaid() throws {
    let text = """
      某某区召开新闻发布会。区工信局负责人介绍，自9月6日零时起，园区内重点企业实行闭环生产，员工在厂区、宿舍之间两点一线。闭环期间，企业员工每天开展一次核酸检测。
      """
    let d = try draft(text, published: "2022-09-05T21:00+08:00").drafts.filter { $0.quote.hasPrefix("闭环期间") }
    #expect(!d.isEmpty && d.allSatisfy { $0.interval.effective.iso8601 == "2022-09-06T00:00+08:00" }, "\(spans(d))")
  }
}

@Suite("Draft: another object that follows suit (…，择期手术同步恢复) is another rule")
struct DraftFollowsSuitTests {
  @Test func aSecondObjectWithItsOwnVerbIsItsOwnRule() throws {
    let d = try draft("自7月4日起，全市医疗机构眼科恢复门诊诊疗，此前暂停的体检服务同步恢复。", published: "2022-07-02T17:00+08:00").drafts
      .filter { $0.subject.kind == .measure }
    #expect(d.count == 2 && d.allSatisfy { $0.type == .measureLifted && $0.interval.effective.iso8601 == "2022-07-04T00:00+08:00" }, "\(spans(d))")
    #expect(d.last?.review?["reading"]?.stringValue == "体检服务", "\(d.map { String(describing: $0.review) })")
  }

  @Test func theSameObjectAgainIsOneRule() throws {
    let d = try draft("自7月4日起，全市中小学暂停线下教学，中小学同步实行线上教学。", published: "2022-07-02T17:00+08:00").drafts
      .filter { $0.subject.kind == .measure }
    #expect(d.count == 1, "\(d.map(\.quote))")
  }
}

@Suite("Draft: a clause that names the object with a verb before 的 (…已实行封控管理的某村，继续实行…) is no rule, and its day no start")
struct DraftTopicClauseTests {
  @Test func theNextClauseRulesFromPublication() throws {
    let d = try draft("9月3日已实行封控管理的某某镇某某村，继续实行“足不出户、上门服务”。", published: "2022-09-04T19:00+08:00").drafts
      .filter { $0.subject.kind == .measure }
    #expect(d.map(\.type) == [.measureRestated], "\(d.map(\.type))")
    #expect(spans(d) == ["2022-09-04T19:00+08:00 -"], "\(spans(d))")
  }

  @Test func aMovedEventKeepsItsTopic() throws {
    // The next clause moves the event the topic names: the topic's verb is the rule.
    let d = try draft("原定9月6日起恢复的某某至某某客运班线，延期至9月9日起恢复。", published: "2022-09-04T19:00+08:00").drafts
      .filter { $0.subject.kind == .measure }
    #expect(d.map(\.type) == [.measureLifted] && spans(d) == ["2022-09-09T00:00+08:00 -"], "\(spans(d))")
  }
}

@Suite("Draft: a rule for one day (9月5日当天，… / 9月5日全天，…) ends at that day's midnight")
struct DraftOneDayRuleTests {
  @Test func theDayIsItsPeriod() throws {
    let d = try draft("9月5日全天，全区中小学暂停线下教学，学生居家学习。", published: "2022-09-04T19:00+08:00").drafts
      .filter { $0.subject.kind == .measure }
    #expect(spans(d) == ["2022-09-05T00:00+08:00 2022-09-06T00:00+08:00"], "\(spans(d))")
  }

  @Test func aDayThatStartsARuleIsNoPeriod() throws {
    let d = try draft("9月5日起，全区中小学暂停线下教学。", published: "2022-09-04T19:00+08:00").drafts.filter { $0.subject.kind == .measure }
    #expect(spans(d) == ["2022-09-05T00:00+08:00 -"], "\(spans(d))")
  }
}

@Suite("Draft: a service cut (压减至五成运营) is amended; days named for one act each (9月6日、7日各…) end after the last")
struct DraftCutsAndDaysEachTests {
  @Test func aCutServiceIsAmended() throws {
    let d = try draft("自9月6日起，郑州至某某的城际公交压减至三成运营。", published: "2022-09-05T19:00+08:00").drafts.filter { $0.subject.kind == .measure }
    #expect(d.map(\.type) == [.measureAmended], "\(d.map(\.type))")
  }

  @Test func eachDayNamedEndsAfterTheLast() throws {
    let d = try draft("解封楼栋居民须于9月6日、7日各完成一次核酸检测。", published: "2022-09-05T19:00+08:00").drafts.filter { $0.subject.kind == .measure }
    #expect(spans(d) == ["2022-09-06T00:00+08:00 2022-09-08T00:00+08:00"], "\(spans(d))")
  }
}

@Suite("Draft: a streak said with its own words between 无 and 新增 (已连续6天无社会面新增感染者) is a streak, as of its 截至")
struct DraftStreakWordsTests {
  @Test func theStreakIsAFigureAsOfItsTime() throws {
    let d = try draft("截至9月4日24时，全市已连续6天无社会面新增感染者。", published: "2022-09-05T17:00+08:00").drafts
      .filter { $0.subject.kind == .metric }
    #expect(d.map(\.subject.raw) == ["metric:cases.zero-new.streak-days@city"], "\(d.map(\.subject))")
    #expect(d.map(\.interval.effective.iso8601) == ["2022-09-05T00:00+08:00"], "\(spans(d))")
  }
}

@Suite("Draft: the public's part after a firm rule (…仍须持…证明，广大市民要坚持…) drops only its clause; X的措施继续执行至… names X")
struct DraftPublicsPartAndNamedMeasureTests {
  @Test func theFirmRuleStays() throws {
    let d = try draft("出市人员仍须持48小时内核酸检测阴性证明，广大市民要坚持非必要不出市。", published: "2022-08-12T20:00+08:00").drafts
      .filter { $0.subject.kind == .measure }
    #expect(d.map(\.type) == [.measureRestated], "\(d.map(\.quote))")
    let alone = try draft("广大市民要坚持非必要不出市。", published: "2022-08-12T20:00+08:00").drafts.filter { $0.subject.kind == .measure }
    #expect(alone.isEmpty, "\(alone.map(\.quote))")
  }

  @Test func aMeasureNamedByWhatItDoesGoesOnUntilItsEnd() throws {
    let d = try draft("某某区游泳馆限流50%的措施继续执行至8月20日24时。", published: "2022-08-12T20:00+08:00").drafts
      .filter { $0.subject.kind == .measure }
    #expect(d.map(\.type) == [.measureRestated] && spans(d) == ["2022-08-12T20:00+08:00 2022-08-21T00:00+08:00"], "\(spans(d))")
  }
}

@Suite("Draft: a compound's streak (某社区连续7天无新增感染者，…降为低风险区) is why it is re-graded, not a district's figure")
struct DraftCompoundStreakTests {
  @Test func theZoneIsDraftedTheStreakIsNot() throws {
    let d = try draft("中原区某某街道某某社区连续9天无新增感染者，经专家评估，自3月4日零时起由中风险区降为低风险区。", published: "2022-03-03T21:00+08:00")
      .drafts.filter { $0.type != .briefingPublished }
    #expect(d.map(\.type) == [.zoneRegraded], "\(d.map(\.type))")
    #expect(d.map(\.interval.effective.iso8601) == ["2022-03-04T00:00+08:00"], "\(spans(d))")
  }

  @Test func aStreakAfterThePlacesIsNoFigureEither() throws {
    let d = try draft("某某小区3号楼、5号楼，已连续14天无新增感染者，自3月4日0时起解除封控。", published: "2022-03-03T21:00+08:00").drafts
    #expect(!d.contains { $0.subject.kind == .metric }, "\(d.map(\.subject))")
  }

  @Test func aDistrictsStreakIsStillAFigure() throws {
    let d = try draft("金水区已连续9天无新增本土感染者。", published: "2022-03-03T21:00+08:00").drafts.filter { $0.subject.kind == .metric }
    #expect(d.map(\.subject.raw) == ["metric:cases.zero-new.streak-days@jinshui"], "\(d.map(\.subject))")
  }
}

@Suite("Draft: the first of the daily rounds a sentence announced (…每天开展一轮全员核酸检测。第一轮于…开始，…结束) is a round")
struct DraftDailyRoundTests {
  @Test func theFirstRoundHasItsHours() throws {
    let d = try draft("其间，全区每天开展一轮全员核酸检测。第一轮于11月3日7时开始，15时结束，由社区组织居民分批下楼采样。", published: "2022-11-02T19:00+08:00")
      .drafts.filter { $0.type == .testingScheduled }
    #expect(spans(d) == ["2022-11-03T07:00+08:00 2022-11-03T15:00+08:00"], "\(spans(d))")
    #expect(d.first?.data["label"]?.stringValue == "第一轮全员核酸检测")
  }

  @Test func aRoundWithoutDailyRoundsBeforeIsNotGuessed() throws {
    let d = try draft("全区居民须配合做好核酸检测。第一轮于11月3日7时开始，15时结束。", published: "2022-11-02T19:00+08:00").drafts
      .filter { $0.type == .testingScheduled }
    #expect(d.isEmpty, "\(spans(d))")
  }
}

@Suite("Draft: a test every two or three days (管控区居民每2天进行1次核酸检测) is a rule")
struct DraftTestEveryFewDaysTests {
  @Test func theFrequencyIsARule() throws {
    let d = try draft("管控区居民每2天进行1次核酸检测。防范区居民每三天开展一次核酸检测。", published: "2022-09-03T23:40+08:00").drafts
      .filter { $0.subject.kind == .measure }
    #expect(d.count == 2 && d.allSatisfy { $0.type == .measureImposed }, "\(d.map(\.quote))")
    #expect(d.first?.review?["reading"]?.stringValue == "管控区居民", "\(d.map { String(describing: $0.review) })")
  }

  @Test func daysInARowAreNoFrequency() throws {
    let d = try draft("同时，全区将连续3天开展清查专项行动。", published: "2022-09-03T23:40+08:00").drafts.filter { $0.subject.kind == .measure }
    #expect(d.isEmpty, "\(d.map(\.quote))")
  }
}

@Suite("Draft: zeros said another way (…和无症状感染者, …为零) and imported cases kept apart from local ones")
struct DraftMoreZerosTests {
  @Test func aNegationJoinsTwoStatuses() throws {
    let d = try draft("8月3日0—24时，全市无新增本土确诊病例和无症状感染者。", published: "2022-08-04T09:00+08:00").drafts
      .filter { $0.subject.kind == .metric }
    #expect(d.map(\.subject.raw) == ["metric:cases.confirmed.new@city", "metric:cases.asymptomatic.new@city"], "\(d.map(\.subject))")
    #expect(d.allSatisfy { $0.data["value"] == .number("0") }, "\(d.map(\.data))")
  }

  @Test func aCountSaidToBeZero() throws {
    let d = try draft("8月3日，本土新增感染者为零。", published: "2022-08-04T09:00+08:00").drafts.filter { $0.subject.kind == .metric }
    #expect(d.count == 1 && d.first?.interval.effective.iso8601 == "2022-08-04T00:00+08:00", "\(spans(d))")
  }

  @Test func importedCasesHaveTheirOwnKey() throws {
    let d = try draft("8月3日0—24时，全市新增本土确诊病例4例，新增境外输入确诊病例2例，无新增境外输入无症状感染者。", published: "2022-08-04T09:00+08:00")
      .drafts.filter { $0.subject.kind == .metric }
    let keys = Set(d.map(\.subject.raw))
    #expect(keys.contains("metric:cases.confirmed.new@city"), "\(keys)")
    #expect(keys.contains("metric:cases.imported-confirmed.new@city"), "\(keys)")
    #expect(keys.contains("metric:cases.imported-asymptomatic.new@city"), "\(keys)")
    #expect(d.filter { $0.subject.raw == "metric:cases.confirmed.new@city" }.count == 1, "\(d.map(\.quote))")
  }
}
