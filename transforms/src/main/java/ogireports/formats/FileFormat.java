package ogireports.formats;

/**
 * What a document's bytes are, told by their first bytes (magic numbers), never by a file name:
 * crawls save attachments as {@code download.do?id=…} and WARC records label PDFs {@code
 * application/octet-stream}.
 */
public enum FileFormat {
  /** {@code %PDF-} (allowing a little junk before it, as readers do). */
  PDF,
  /** An OLE2 compound file ({@code D0 CF 11 E0 A1 B1 1A E1}): .doc, .xls, .wps, .ppt. */
  OLE2,
  /** A ZIP container ({@code PK\3\4}): .docx, .xlsx (or any other ZIP). */
  ZIP,
  /**
   * Rich Text Format (an opening brace and {@code \rtf}): what Word and WPS save as "RTF" and sites
   * publish under a .doc name.
   */
  RTF,
  /** Anything else: read as text by the decoder. */
  OTHER;

  static {
    // POI logs through the Log4j API, and PDFBox's commons-logging picks the Log4j API when it is
    // there; with no Log4j provider on the class path the API prints a warning to standard out on
    // first use. Its simple logger (errors only, to standard error) is what this project wants.
    if (System.getProperty("log4j2.loggerContextFactory") == null) {
      System.setProperty(
          "log4j2.loggerContextFactory",
          "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }
  }

  private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] OLE2_MAGIC = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  private static final byte[] RTF_MAGIC = {'{', '\\', 'r', 't', 'f'};

  /** PDF readers accept the header anywhere in the first 1024 bytes. */
  private static final int PDF_HEADER_WINDOW = 1024;

  public static FileFormat of(byte[] bytes) {
    if (startsWith(bytes, OLE2_MAGIC, 0)) {
      return OLE2;
    }
    if (startsWith(bytes, ZIP_MAGIC, 0)) {
      return ZIP;
    }
    if (startsWith(bytes, RTF_MAGIC, 0)) {
      return RTF;
    }
    int window = Math.min(bytes.length - PDF_MAGIC.length, PDF_HEADER_WINDOW);
    for (int i = 0; i <= window; i++) {
      if (startsWith(bytes, PDF_MAGIC, i)) {
        // after junk, only if the junk is not text a report could start with
        return i == 0 || hasNul(bytes, i) || i < 16 ? PDF : OTHER;
      }
    }
    return OTHER;
  }

  /**
   * The lines of a PDF, Word or Excel document, or why there are none; null for {@link #OTHER}
   * (text, for the decoder).
   */
  public ExtractedText read(byte[] bytes) {
    return switch (this) {
      case PDF -> PdfText.read(bytes);
      case OLE2 -> OfficeText.readOle2(bytes);
      case ZIP -> OfficeText.readZip(bytes);
      case RTF -> RichText.read(bytes);
      case OTHER -> null;
    };
  }

  private static boolean hasNul(byte[] bytes, int end) {
    for (int i = 0; i < end; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] bytes, byte[] magic, int at) {
    if (bytes.length < at + magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (bytes[at + i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
