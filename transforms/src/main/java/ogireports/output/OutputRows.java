package ogireports.output;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ogireports.document.ReadOutcome;
import ogireports.model.ActiveDisclosureTable;
import ogireports.model.ApplicantColumn;
import ogireports.model.ApplicationRow;
import ogireports.model.ApplicationRowId;
import ogireports.model.ApplicationTable;
import ogireports.model.CellValue;
import ogireports.model.DisclosureValue;
import ogireports.model.Flag;
import ogireports.model.LegacyIndicator;
import ogireports.model.LineOrigin;
import ogireports.model.ParsedReport;
import ogireports.model.Place;
import ogireports.model.ReviewCell;
import ogireports.model.ReviewGroup;
import ogireports.model.ReviewLitigationRow;
import ogireports.model.ReviewLitigationTable;
import ogireports.model.RowStatus;
import ogireports.model.Template;
import ogireports.schemas.ActiveDisclosureRecord;
import ogireports.schemas.ApplicationRecord;
import ogireports.schemas.FlagRecord;
import ogireports.schemas.LegacyIndicatorRecord;
import ogireports.schemas.RejectRecord;
import ogireports.schemas.ReportRecord;
import ogireports.schemas.ReviewLitigationRecord;

/**
 * Turns a read report into the rows of every output dataset (the column contract is the Avro
 * schemas in {@code schemas/}). Plain Java: the DoFn only routes these rows.
 */
public final class OutputRows {

  /**
   * All rows of one accepted report.
   *
   * @param partition {@code province=P/year=Y}
   */
  public record ReportRows(
      String partition,
      ReportRecord report,
      List<ApplicationRecord> applications,
      List<ReviewLitigationRecord> reviewLitigation,
      List<ActiveDisclosureRecord> activeDisclosure,
      List<LegacyIndicatorRecord> legacyIndicators,
      List<FlagRecord> flags) {}

  private OutputRows() {}

  public static ReportRows of(ReadOutcome.Accepted accepted, String runId) {
    ParsedReport r = accepted.report();
    String agencyKey = ogireports.rules.crossyear.AgencyKey.of(r);
    LineOrigin origin = r.lineOrigin();
    String id = r.reportId();
    Place place = r.place();
    String partition = Partition.path(place.province(), r.year());

    int errors = 0;
    int warns = 0;
    List<FlagRecord> flags = new ArrayList<>();
    for (Flag f : accepted.flags()) {
      if (f.outcome() == Flag.Outcome.FAIL && f.severity() == Flag.Severity.ERROR) {
        errors++;
      } else if (f.outcome() == Flag.Outcome.FAIL && f.severity() == Flag.Severity.WARN) {
        warns++;
      }
      flags.add(flagRecord(id, f));
    }

    ApplicationTable t3 = r.tables().applications();
    ReviewLitigationTable t4 = r.tables().reviewLitigation();
    LocalDate published = r.metadata().publishedDate();
    ReportRecord report =
        ReportRecord.newBuilder()
            .setReportId(id)
            .setRunId(runId)
            .setParserVersion(ogireports.document.ReportReader.PARSER_VERSION)
            .setSourceUri(r.sourceUri())
            .setTitle(r.metadata().title())
            .setAgency(r.metadata().agency())
            .setAdminLevel(place.adminLevel())
            .setProvinceCode(place.provinceCode())
            .setCity(place.city())
            .setCityCode(place.cityCode())
            .setCounty(place.county())
            .setCountyCode(place.countyCode())
            .setTemplate(r.tables().template().code())
            .setLayout(r.tables().layout())
            .setPublishedDate(published)
            .setParseStatus(isComplete(r) ? "COMPLETE" : "PARTIAL")
            .setErrorCount(errors)
            .setWarnCount(warns)
            .setT3NewTotal(t3Total(t3, ApplicationRowId.NEW))
            .setT3CarryInTotal(t3Total(t3, ApplicationRowId.CARRY_IN))
            .setT3ResultTotal(t3Total(t3, ApplicationRowId.R_TOTAL))
            .setT3CarryOutTotal(t3Total(t3, ApplicationRowId.CARRY_OUT))
            .setT4ReviewTotal(t4Total(t4, ReviewGroup.REVIEW))
            .setT4LitigationDirectTotal(t4Total(t4, ReviewGroup.LITIGATION_DIRECT))
            .setT4LitigationAfterReviewTotal(t4Total(t4, ReviewGroup.LITIGATION_AFTER_REVIEW))
            .setAgencyKind(r.metadata().agencyKind())
            .setTownship(place.township())
            .setTownshipCode(place.townshipCode())
            .setCurrentCountyCode(place.currentCountyCode())
            .setCurrentCityCode(place.currentCityCode())
            .setAgencyKey(agencyKey)
            .setSourceUrl(r.sourceUrl())
            .setFetchedAt(FetchTime.parse(r.fetchedAt()))
            .build();

    return new ReportRows(
        partition,
        report,
        applications(id, t3, origin),
        reviewLitigation(id, t4, origin),
        activeDisclosure(id, r.tables().activeDisclosure(), origin),
        legacyIndicators(id, r.tables().legacyIndicators(), origin),
        flags);
  }

  public static RejectRecord reject(ReadOutcome.Rejected rejected) {
    return RejectRecord.newBuilder()
        .setSourceUri(rejected.sourceUri())
        .setReason(rejected.reason().name())
        .setDetail(rejected.detail())
        .setBytes(rejected.bytes())
        .setHead(rejected.head())
        .setReportId(rejected.reportId())
        .setDuplicateOf(null)
        .build();
  }

  /** The {@code flags} row of one flag of report {@code reportId}. */
  public static FlagRecord flagRecord(String reportId, Flag f) {
    return FlagRecord.newBuilder()
        .setReportId(reportId)
        .setRuleId(f.ruleId())
        .setSeverity(f.severity().name())
        .setOutcome(f.outcome().name())
        .setSection(f.section())
        .setRowId(f.rowId())
        .setColumnId(f.columnId())
        .setExpected(f.expected())
        .setActual(f.actual())
        .setDetail(f.detail())
        .setMessage(f.message() == null ? f.ruleId() : f.message())
        .setRelatedReportId(f.relatedReportId())
        .setEvidence(f.evidence())
        .build();
  }

  /**
   * The reject row a report becomes if the checks across documents find it is a copy of another one
   * (same text): built while the document is at hand, completed by {@link #duplicate}.
   */
  public static RejectRecord duplicateCandidate(
      ogireports.document.Document document, ReadOutcome.Accepted copy) {
    return RejectRecord.newBuilder()
        .setSourceUri(document.sourceUri())
        .setReason(ogireports.document.RejectReason.DUPLICATE.name())
        .setDetail(null)
        .setBytes(document.bytes().length)
        .setHead(ogireports.document.DecodedText.headOf(copy.report().lines(), 200))
        .setReportId(copy.report().reportId())
        .setDuplicateOf(null)
        .build();
  }

  /** The reject row of a report that is a copy of another one (same text), which is kept. */
  public static RejectRecord duplicate(
      RejectRecord candidate, String duplicateOf, String keptSourceUri) {
    return RejectRecord.newBuilder(candidate)
        .setDetail("the same text as " + keptSourceUri + ", which is kept")
        .setDuplicateOf(duplicateOf)
        .build();
  }

  /** COMPLETE when tables 二, 三 and 四 were all found and read in full. */
  static boolean isComplete(ParsedReport r) {
    ActiveDisclosureTable t2 = r.tables().activeDisclosure();
    ApplicationTable t3 = r.tables().applications();
    ReviewLitigationTable t4 = r.tables().reviewLitigation();
    Template template = r.tables().template();
    if (t2 == null || t2.values().isEmpty() || t3 == null || t4 == null) {
      return false;
    }
    if (template != Template.T2019 && template != Template.T2021) {
      return false;
    }
    List<ApplicationRowId> expected = t3.expectedRows(template);
    if (t3.rows().size() != expected.size()
        || !t3.rows().stream().map(ApplicationRow::rowId).toList().equals(expected)
        || t3.rows().stream().anyMatch(row -> row.status() == RowStatus.INCOMPLETE)) {
      return false;
    }
    return t4.groups().size() == ReviewGroup.values().length
        && t4.groups().stream().noneMatch(g -> g.status() == RowStatus.INCOMPLETE);
  }

  private static Long t3Total(ApplicationTable t3, ApplicationRowId id) {
    if (t3 == null) {
      return null;
    }
    return t3.row(id).map(row -> count(row.cell(ApplicantColumn.TOTAL))).orElse(null);
  }

  private static Long t4Total(ReviewLitigationTable t4, ReviewGroup group) {
    if (t4 == null) {
      return null;
    }
    return t4.group(group).map(g -> count(g.cell(ReviewCell.TOTAL))).orElse(null);
  }

  private static Long count(CellValue cell) {
    return cell == null ? null : cell.asCount();
  }

  private static Integer line(LineOrigin origin, int parsedLine) {
    int line = origin.sourceLine(parsedLine);
    return line > 0 ? line : null;
  }

  private static List<LegacyIndicatorRecord> legacyIndicators(
      String id, List<LegacyIndicator> indicators, LineOrigin origin) {
    List<LegacyIndicatorRecord> out = new ArrayList<>();
    for (LegacyIndicator i : indicators) {
      out.add(
          LegacyIndicatorRecord.newBuilder()
              .setReportId(id)
              .setIndicator(i.indicator())
              .setIndicatorId(i.indicatorId())
              .setUnit(i.unit())
              .setValue(i.value())
              .setRaw(i.raw() == null ? "" : i.raw())
              .setSourceLine(line(origin, i.sourceLine()))
              .setSourcePage(origin.sourcePage(i.sourceLine()))
              .build());
    }
    return out;
  }

  private static List<ApplicationRecord> applications(
      String id, ApplicationTable t3, LineOrigin origin) {
    List<ApplicationRecord> out = new ArrayList<>();
    if (t3 == null) {
      return out;
    }
    for (ApplicationRow row : t3.rows()) {
      out.add(
          ApplicationRecord.newBuilder()
              .setReportId(id)
              .setRowId(row.rowId().name())
              .setRowLabel(row.label() == null ? "" : row.label())
              .setNaturalPerson(count(row.cell(ApplicantColumn.NATURAL_PERSON)))
              .setCommercialEnterprise(count(row.cell(ApplicantColumn.COMMERCIAL_ENTERPRISE)))
              .setResearchInstitution(count(row.cell(ApplicantColumn.RESEARCH_INSTITUTION)))
              .setSocialWelfareOrg(count(row.cell(ApplicantColumn.SOCIAL_WELFARE_ORG)))
              .setLegalServiceOrg(count(row.cell(ApplicantColumn.LEGAL_SERVICE_ORG)))
              .setOtherOrg(count(row.cell(ApplicantColumn.OTHER_ORG)))
              .setTotal(count(row.cell(ApplicantColumn.TOTAL)))
              .setRowStatus(row.status().name())
              .setSourceLine(line(origin, row.sourceLine()))
              .setSourcePage(origin.sourcePage(row.sourceLine()))
              .build());
    }
    return out;
  }

  private static List<ReviewLitigationRecord> reviewLitigation(
      String id, ReviewLitigationTable t4, LineOrigin origin) {
    List<ReviewLitigationRecord> out = new ArrayList<>();
    if (t4 == null) {
      return out;
    }
    for (ReviewLitigationRow g : t4.groups()) {
      out.add(
          ReviewLitigationRecord.newBuilder()
              .setReportId(id)
              .setGroupId(g.group().name())
              .setUpheld(count(g.cell(ReviewCell.UPHELD)))
              .setCorrected(count(g.cell(ReviewCell.CORRECTED)))
              .setOther(count(g.cell(ReviewCell.OTHER)))
              .setPending(count(g.cell(ReviewCell.PENDING)))
              .setTotal(count(g.cell(ReviewCell.TOTAL)))
              .setRowStatus(g.status().name())
              .setSourceLine(line(origin, g.sourceLine()))
              .setSourcePage(origin.sourcePage(g.sourceLine()))
              .build());
    }
    return out;
  }

  private static List<ActiveDisclosureRecord> activeDisclosure(
      String id, ActiveDisclosureTable t2, LineOrigin origin) {
    List<ActiveDisclosureRecord> out = new ArrayList<>();
    if (t2 == null) {
      return out;
    }
    for (DisclosureValue v : t2.values()) {
      out.add(
          ActiveDisclosureRecord.newBuilder()
              .setReportId(id)
              .setItemId(v.item().name())
              .setMeasure(v.measure().name())
              .setValue(v.cell().value())
              .setUnit(v.unit())
              .setValueWan(v.valueWan())
              .setRaw(v.cell().raw())
              .setSourceLine(line(origin, v.sourceLine()))
              .setSourcePage(origin.sourcePage(v.sourceLine()))
              .build());
    }
    return out;
  }
}
