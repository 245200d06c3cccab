package ogireports.tables.render;

/**
 * Forms real scraped reports take, applied while rendering.
 *
 * @param wrapLabels long row labels wrapped over two lines (or two paragraphs of a cell)
 * @param spacedLabels stray spaces injected into labels ({@code 8. 属 于行 政查 询事 项})
 * @param nbspPadding values padded with U+00A0 ({@code 0\u00A0})
 * @param fullWidth full-width digits and brackets
 * @param splitHeaders applicant header cells split ({@code 商业} / {@code 企业})
 * @param subtotalColumn an extra 小计 column in table 三
 * @param dropT4Heading the 四、 heading is missing (seed 001)
 * @param typo the header typo {@code 结果维护}
 * @param seed drives where spaces and wraps go
 */
public record Noise(
    boolean wrapLabels,
    boolean spacedLabels,
    boolean nbspPadding,
    boolean fullWidth,
    boolean splitHeaders,
    boolean subtotalColumn,
    boolean dropT4Heading,
    boolean typo,
    long seed) {

  public static final Noise NONE =
      new Noise(false, false, false, false, false, false, false, false, 1);
}
