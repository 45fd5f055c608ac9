/// Where a problem is: a file, and the 1-based line and column when they apply.
public struct SourceLocation: Sendable, Hashable, Comparable {
  public var file: String
  public var line: Int?
  public var column: Int?

  public init(file: String, line: Int? = nil, column: Int? = nil) {
    self.file = file
    self.line = line
    self.column = column
  }

  public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
    (a.file, a.line ?? 0, a.column ?? 0) < (b.file, b.line ?? 0, b.column ?? 0)
  }
}

/// Why a torn tail is torn.
public enum TornReason: Sendable, Hashable {
  /// The file does not end with a newline: the last write stopped mid-line.
  case noTrailingNewline
  /// The last line is not a complete JSON object.
  case incompleteJSON
  /// An append was interrupted before it committed its batch (the batch's first byte is still unwritten).
  case uncommittedAppend
}

/// One thing wrong with a log, a draft, the catalogue or a source text, as data.
///
/// The English for each case is written in exactly one place, `Diagnostic+Messages.swift`.
public enum Problem: Error, Sendable, Hashable {
  // Reading a line
  case invalidJSON(JSONSyntaxError.Expected)
  case notAnObject
  case emptyLine
  case lineTooLong(bytes: Int, limit: Int)
  /// The log has more lines than ``LogFile/maximumEvents`` (or an append would take it past that).
  case tooManyEvents(limit: Int)
  /// A draft batch has more drafts than ``Appender/maximumBatchDrafts``.
  case batchTooLarge(limit: Int)
  case missingField(String)
  case unexpectedField(String)
  case wrongType(field: String, expected: JSONKind, found: JSONKind)
  case invalidTime(field: String, value: String, TimestampError)
  case invalidID(String)
  case unknownEventType(String)
  case invalidSubject(String, SubjectKeyError)
  case subjectKindMismatch(type: EventType, subject: String)
  case untilNotAfterEffective(effective: Timestamp, until: Timestamp)
  case invalidDigest(String)
  // The type's data
  case dataFieldMissing(type: EventType, field: String)
  case dataFieldWrongType(type: EventType, field: String, expected: DataFieldExpectation)
  case dataFieldUnknown(type: EventType, field: String)
  case unknownCatalogueKey(kind: CatalogueKeyKind, key: String)
  // The log as a whole
  case notCanonical
  case seqOutOfOrder(expected: Int, found: Int)
  case chainBroken(expected: SHA256.Digest, found: SHA256.Digest)
  case duplicateID(String, first: SourceLocation)
  case sourceMismatch(expected: String, found: String)
  case firstEventNotBriefing(found: EventType)
  case briefingNotFirst
  case missingSourceText(path: String)
  case quoteNotInSource(sourceFile: String)
  case retractionTargetMissing(String)
  case retractionTargetNotEarlier(String)
  case retractionSubjectMismatch(target: String, targetSubject: String)
  case retractionReplacementMissing(String)
  case tornTail(TornReason, bytes: Int)
  // Appending
  case idTakenByDifferentEvent(String, existing: SourceLocation)
  case idRepeatedInBatch(String, firstLine: Int)
  case invalidUTF8
  // The catalogue
  case catalogueEntryInvalid(CatalogueProblem)
  // Files
  /// A file could not be read at all: the system's reason (a deliberate message: it comes from the system).
  case fileUnreadable(TimelineError.Code)
  /// `append` was given a log whose name does not end in `.jsonl` (no command would ever read it).
  case logNameWithoutExtension
  /// `append` cannot check the batch's ids against another log of the directory, which it cannot read whole.
  case otherLogUnreadable(problems: Int)
  // Checkpoints (the checkpoint is named by its file name, `0001.txt`)
  /// A log the checkpoint recorded is gone.
  case checkpointLogVanished(checkpoint: String, events: Int)
  /// A log holds fewer lines than the checkpoint recorded.
  case checkpointLogShorter(checkpoint: String, events: Int, found: Int)
  /// The log's line at the checkpointed size no longer hashes to the checkpointed head.
  case checkpointHeadChanged(checkpoint: String)
  /// The catalogue or a source text the checkpoint recorded is gone.
  case checkpointFileVanished(checkpoint: String)
  /// The catalogue or a source text differs from what the checkpoint recorded.
  case checkpointFileChanged(checkpoint: String)
  /// The logs' lines hash to another events root than the checkpoint's, though every head matches.
  case checkpointEventsRootMismatch
  /// A line of a checkpoint file is not of the format.
  case checkpointMalformed
  /// A log or source whose name a checkpoint line cannot hold (a space or a control character).
  case checkpointUnsupportedName
}

/// Which catalogue list a key was looked up in.
public enum CatalogueKeyKind: String, Sendable, Hashable {
  case measure, metric, scope, district, zoneLevel = "zone level", category
}

/// A problem at a place. Logs, drafts, the catalogue and sources all report through this one type.
public struct Diagnostic: Error, Sendable, Hashable, Comparable {
  public var location: SourceLocation
  public var problem: Problem

  public init(_ location: SourceLocation, _ problem: Problem) {
    self.location = location
    self.problem = problem
  }

  public static func < (a: Diagnostic, b: Diagnostic) -> Bool { a.location < b.location }
}

/// The kind of value a `data` field of an event must hold (the vocabulary's schema).
public enum DataFieldType: Sendable, Hashable {
  case string, integer, number, time, strings, object
  case zoneLevel, district, scope
}

/// What a `data` field should have held.
public enum DataFieldExpectation: Sendable, Hashable {
  /// A value of this type.
  case type(DataFieldType)
  /// A zone's own district (the district in its subject key).
  case subjectsDistrict(String)
}

/// What is wrong with an entry of `catalogue.json`.
public enum CatalogueProblem: Sendable, Hashable {
  case categoriesMissing
  /// An entry without string fields 'zh' and 'en'.
  case labelsMissing(CatalogueEntryRef)
  case zoneLevelFieldsMissing
  case listedTwice(CatalogueEntryRef)
  case scopeFieldsMissing
  case unknownScopeKind(scope: String, kind: String)
  case notADistrict(set: String, member: String)
  case entryFieldsMissing(list: String)
  case unknownCategory(CatalogueEntryRef, category: String)
  case indicatorsOnMetric(String)
  case indicatorsNotArray(owner: CatalogueEntryRef)
  case indicatorFieldsMissing(owner: CatalogueEntryRef)
  case unknownIndicator(owner: CatalogueEntryRef, code: String, known: [String])
  case levelOutOfRange(owner: CatalogueEntryRef, code: String, level: Int, maximum: Int)
  case badFlag(owner: CatalogueEntryRef, code: String)
  case noFlagInCodebook(owner: CatalogueEntryRef, code: String)
  case hasWithoutParam(owner: CatalogueEntryRef, code: String)
  case badScopeKind(owner: CatalogueEntryRef, code: String, kinds: [String])
  /// The catalogue could not be read at all (the reader's own error).
  case unreadable(TimelineError.Code)
}

/// Which entry of `catalogue.json` a problem is about (its key, when it has one).
public enum CatalogueEntryRef: Sendable, Hashable {
  case zoneLevel(String?)
  case scope(String?)
  case measure(String?)
  case metric(String?)
}
