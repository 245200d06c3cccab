package ogireports.document;

/** Why an input document did not become a report. Written to {@code rejects.reason}. */
public enum RejectReason {
  /** No bytes, or nothing but whitespace. */
  EMPTY,
  /** Not text: NUL bytes or control characters. */
  BINARY,
  /** Text in no supported encoding (UTF-8, UTF-16 with BOM, GB18030/GBK). */
  UNDECODABLE,
  /**
   * Text without any evidence of a report: no report title (or titles only: a list, a link), no
   * table, no statistics period and not its skeleton (see {@link ogireports.meta.ReportEvidence}).
   * News, navigation pages and notices about the reports are such texts. Also a text with a
   * report's look that says it is another paper: another body's or regime's report on another kind
   * of openness (司法公开, 村务公开, a company's or a university's 信息公开), or a paper about the reports (a
   * 人大's 调研报告); the detail says which.
   */
  NOT_A_REPORT,
  /**
   * A report (its evidence is named in the detail) whose covered year the text does not state: its
   * folder needs a year.
   */
  NO_YEAR,
  /** Larger than the maximum document size. */
  TOO_LARGE,
  /** The file could not be read. */
  UNREADABLE,
  /** An unexpected error while handling this one document; the run went on. */
  INTERNAL_ERROR,
  /** The same text (after NFKC and whitespace collapsing) as another input that was kept. */
  DUPLICATE,
  /** A compressed input over the decompressed-size or compression-ratio limit. */
  DECOMPRESSION_LIMIT,
  /** A crawl record (JSON Lines line, WARC record) that cannot be read. */
  MALFORMED_RECORD,
  /**
   * A PDF whose pages hold no text, only images (a scan); the detail gives the page count. No OCR.
   */
  NO_TEXT_LAYER,
  /** A PDF or Office document that opens only with a password. */
  ENCRYPTED,
  /** A PDF with more pages than a report has (over 500). */
  TOO_MANY_PAGES,
  /** A PDF, Word or Excel file that its library cannot parse, even leniently. */
  CORRUPT_FILE,
  /**
   * A binary container that is not a readable report format: a ZIP that is neither .docx nor .xlsx,
   * an OLE2 file neither Word nor Excel (a .wps POI cannot read, a .ppt).
   */
  UNSUPPORTED_FORMAT,
  /** Parsing took longer than the per-document parse budget; the detail names the phase reached. */
  PARSE_BUDGET
}
