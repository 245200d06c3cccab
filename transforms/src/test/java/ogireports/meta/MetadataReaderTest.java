package ogireports.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ogireports.model.ReportMetadata;
import org.junit.jupiter.api.Test;

/** Edge cases of title, agency, year and date extraction. */
class MetadataReaderTest {

  private static ReportMetadata read(String... lines) {
    return MetadataReader.read(Arrays.asList(lines));
  }

  @Test
  void titleYearWinsOverPublicationDate() {
    ReportMetadata m =
        read("平阳县应急管理局2021年政府信息公开工作年度报告", "发布时间:2022-01-19", "一、总体情况", "2022年，我局将继续做好工作。");
    assertThat(m.year()).isEqualTo(2021);
    assertThat(m.publishedDate()).isEqualTo(LocalDate.of(2022, 1, 19));
  }

  @Test
  void signOffDateIsPublicationNotYear() {
    ReportMetadata m =
        read(
            "一、总体情况",
            "2019年，我局认真贯彻落实条例。2019年主动公开信息12条。",
            "五、存在的主要问题及改进情况",
            "为此，2020年，我局将重点做好以下工作。2020年还将加强培训。2020年继续。",
            "六、其他需要报告的事项",
            "无。",
            "",
            "淄博市应急管理局",
            "2020年1月16日");
    assertThat(m.title()).isNull();
    assertThat(m.year()).isEqualTo(2019);
    assertThat(m.agency()).isEqualTo("淄博市应急管理局");
    assertThat(m.publishedDate()).isEqualTo(LocalDate.of(2020, 1, 16));
  }

  @Test
  void statisticsPeriodGivesYearWithoutTitle() {
    ReportMetadata m =
        read(
            "本年度报告由开封市鼓楼区应急管理局编制。本报告中所列数据的统计期限为2020年1月1日至2020年12月31日。",
            "一、总体情况",
            "2021年以来，我局高度重视。");
    assertThat(m.year()).isEqualTo(2020);
    assertThat(m.title()).isNull();
    assertThat(m.agency()).isEqualTo("开封市鼓楼区应急管理局");
  }

  @Test
  void aYearWrittenInChineseNumerals() {
    for (String year : List.of("二〇二三", "二○二三", "二零二三")) {
      ReportMetadata m = read(year + "年度淄博市生态环境局政府信息公开工作年度报告", "一、总体情况", "本年度，我局认真贯彻落实条例。");
      assertThat(m.year()).as(year).isEqualTo(2023);
      assertThat(m.agency()).as(year).isEqualTo("淄博市生态环境局");
    }
    // not a year: digits of two kinds, or a longer run of numerals
    assertThat(read("二〇2三年度淄博市生态环境局政府信息公开工作年度报告", "一、总体情况").year()).isNull();
    assertThat(read("一二〇二三年度淄博市生态环境局政府信息公开工作年度报告", "一、总体情况").year()).isNull();
  }

  @Test
  void aTitleWithItsYearInBracketsAfterTheReportsWords() {
    for (String title : List.of("淄博市张店区人民政府信息公开工作年度报告（2023年度）", "淄博市张店区人民政府政府信息公开工作年度报告(2023年)")) {
      ReportMetadata m = read(title, "一、总体情况", "本年度，我区认真贯彻落实条例。");
      assertThat(m.year()).as(title).isEqualTo(2023);
      assertThat(m.agency()).as(title).isEqualTo("淄博市张店区人民政府");
      assertThat(m.title()).as(title).isEqualTo(title);
    }
    // the year on a line of its own under the title
    ReportMetadata m = read("淄博市张店区人民政府", "政府信息公开工作年度报告", "（2023年度）", "一、总体情况", "本年度，我区认真贯彻落实条例。");
    assertThat(m.year()).isEqualTo(2023);
    assertThat(m.agency()).isEqualTo("淄博市张店区人民政府");
    // the year after the report's words: the body ends before them
    m = read("淄博市张店区政府信息公开工作2023年度报告", "一、总体情况", "本年度，我区认真贯彻落实条例。");
    assertThat(m.year()).isEqualTo(2023);
    assertThat(m.agency()).isEqualTo("淄博市张店区");
  }

  @Test
  void theYearOfAReportNamedInTheIntroWithItsBodyAfterTheYear() {
    ReportMetadata m =
        read("根据《中华人民共和国政府信息公开条例》规定，特向社会公布2023年度淄博市张店区政府信息公开工作年度报告。", "一、总体情况", "本年度，我区认真贯彻落实条例。");
    assertThat(m.year()).isEqualTo(2023);
    // a cited document of that shape is not the report
    m = read("根据《2022年度淄博市张店区政府信息公开工作年度报告》的整改要求，编制本报告。", "一、总体情况", "本年度，我区认真贯彻落实条例。");
    assertThat(m.year()).isNull();
  }

  @Test
  void aStatisticsPeriodWrittenInChineseNumerals() {
    ReportMetadata m =
        read("本报告由淄博市张店区人民政府办公室编制。报告所列数据的统计期为二〇二三年一月一日至十二月三十一日。", "一、总体情况", "本年度，我区认真贯彻落实条例。");
    assertThat(m.year()).isEqualTo(2023);
    assertThat(m.agency()).isEqualTo("淄博市张店区人民政府");
  }

  @Test
  void aSignOffDatedInChineseNumerals() {
    ReportMetadata m =
        read("一、总体情况", "2011年，我局认真贯彻落实条例。", "六、其他需要报告的事项", "无。", "淄博市生态环境局", "二〇一二年三月三十一日");
    assertThat(m.agency()).isEqualTo("淄博市生态环境局");
    assertThat(Chars.isChineseDateLine("二〇一二年十二月十日")).isTrue();
    assertThat(Chars.isChineseDateLine("二〇一二年度工作报告")).isFalse();
    assertThat(Chars.isChineseDateLine("一二三四年一月一日")).isFalse();
  }

  @Test
  void aTitleThatReportsOnTheWorkOfTheYear() {
    for (String title : List.of("淄博市生态环境局关于2023年度政府信息公开工作情况的报告", "淄博市生态环境局2023年度政府信息公开工作情况报告")) {
      ReportMetadata m = read(title, "一、总体情况", "本年度，我局认真贯彻落实条例。");
      assertThat(m.title()).as(title).isEqualTo(title);
      assertThat(m.agency()).as(title).isEqualTo("淄博市生态环境局");
      assertThat(m.year()).as(title).isEqualTo(2023);
    }
    // a report on other work is no title of this report
    assertThat(read("淄博市生态环境局2023年度法治政府建设情况报告", "一、总体情况").title()).isNull();
  }

  @Test
  void theBodysNameOnTheLineUnderATitleThatNamesNone() {
    ReportMetadata m = read("2023年度政府信息公开工作年度报告", "淄博市生态环境局", "一、总体情况", "本年度，我局认真贯彻落实条例。");
    assertThat(m.year()).isEqualTo(2023);
    assertThat(m.agency()).isEqualTo("淄博市生态环境局");
    // a line of prose under the title is no name
    m = read("2023年度政府信息公开工作年度报告", "根据条例编制本报告。", "一、总体情况", "本年度，我局认真贯彻落实条例。");
    assertThat(m.agency()).isNull();
  }

  @Test
  void statisticsPeriodWrappedInsideItsDateIsRead() {
    // a PDF's line ends inside the period: the next line is mostly the digits of a date, prose
    ReportMetadata m =
        read(
            "一、总体情况",
            "本年报根据《条例》要求编制,由总体情况、主动公开政府信息情况等组成。本报告所列数据的统计期限为2024年1月1",
            "日至2024年12月31日。",
            "二、主动公开政府信息情况");
    assertThat(m.year()).isEqualTo(2024);
  }

  @Test
  void aWrappedLineCitingADocumentIsNoTitle() {
    // re-wrapped PDF text: the line ends in 年度报告 but opens a 《 it does not close
    ReportMetadata m =
        read(
            "本年度报告是根据《中华人民共和国政府信息公开条例》(2019年4月3日中华人民共和国国务院令第711号修订,以下简称《条例》),国务院办公厅政府",
            "信息与政务公开办公室下发的《中华人民共和国政府信息公开工作年度报告",
            "格式》(国办公开办函〔2021〕30号)的要求,由东港镇人民政府党政办公室编制。",
            "一、总体情况");
    assertThat(m.title()).isNull();
    assertThat(m.agency()).isEqualTo("东港镇人民政府");
  }

  @Test
  void aNameStartingALineThatContinuesASentenceMayBeCut() {
    // 公布 wrapped between its characters: the next line starts 布防城港市…
    ReportMetadata m =
        read(
            "防城港市教育局2023年政府信息公开工作年度报告",
            "2023年,市教育局严格按照有关要求,认真做好市教育局政府信息公开工作,现向社会公",
            "布防城港市教育局2023年度政府信息公开工作年度报告。本报告中所列数据的统计期限",
            "自2023年1月1日起至2023年12月31日止。",
            "一、总体情况");
    assertThat(m.agency()).isEqualTo("防城港市教育局");
  }

  @Test
  void citedDocumentYearsAndFullDatesAreNotTheYear() {
    ReportMetadata m =
        read(
            "一、总体情况",
            "根据《2019年政务公开工作要点》和2019年4月3日修订的条例，县审计局做好工作。",
            "2020年，县审计局主动公开政府信息26条。",
            "如对本报告有任何疑问，请联系桃江县审计局办公室。");
    assertThat(m.year()).isEqualTo(2020);
    assertThat(m.agency()).isEqualTo("桃江县审计局");
  }

  @Test
  void fullWidthDigitsAndPunctuation() {
    ReportMetadata m = read("　杭州市西湖区应急管理局２０２０年度政府信息公开工作年度报告", "发布日期：２０２１－０１－２０", "一、总体情况");
    assertThat(m.year()).isEqualTo(2020);
    assertThat(m.publishedDate()).isEqualTo(LocalDate.of(2021, 1, 20));
    assertThat(m.agency()).isEqualTo("杭州市西湖区应急管理局");
    assertThat(m.title()).isEqualTo("杭州市西湖区应急管理局２０２０年度政府信息公开工作年度报告");
  }

  @Test
  void bodySentenceWithReportWordsIsNoTitle() {
    ReportMetadata m = read("本年度报告是根据条例要求编制的年度报告", "一、总体情况", "2020年以来，我局高度重视。");
    assertThat(m.title()).isNull();
    assertThat(m.year()).isEqualTo(2020);
  }

  @Test
  void overlongFirstLineIsBodyNotTitle() {
    String body = "根据条例要求".repeat(12) + "特编制子长市人民政府2023年度政府信息公开工作报告";
    ReportMetadata m = read(body, "一、总体情况");
    assertThat(m.title()).isNull();
    assertThat(m.agency()).isEqualTo("子长市人民政府");
    assertThat(m.year()).isEqualTo(2023);
  }

  @Test
  void titleAfterABreadcrumbAndAgencyLineBeforeYearLine() {
    ReportMetadata m = read("2022年政府信息公开工作年度报告", "桃江县松木塘镇人民政府", "2022年政府信息公开工作年度报告", "一、总体情况");
    assertThat(m.title()).isEqualTo("桃江县松木塘镇人民政府2022年政府信息公开工作年度报告");
    assertThat(m.agency()).isEqualTo("桃江县松木塘镇人民政府");
  }

  @Test
  void selfReferenceQualifiesABareTownship() {
    ReportMetadata m =
        read(
            "一、工作基本情况",
            "本报告由两城镇人民政府党政办公室编制。统计期限为2020年1月1日至2020年12月31日。",
            "(地址:微山县两城镇人民政府驻地府前路1号,邮编:272199)");
    assertThat(m.agency()).isEqualTo("微山县两城镇人民政府");
  }

  @Test
  void selfReferencesAreNotNames() {
    ReportMetadata m = read("我局2020年政府信息公开工作年度报告", "一、总体情况", "本机关未收到申请。");
    assertThat(m.agency()).isNull();
    assertThat(m.year()).isEqualTo(2020);
  }

  @Test
  void implausibleYearsAndInvalidDatesAreNull() {
    ReportMetadata m = read("某局1899年政府信息公开工作年度报告", "发布时间:2022-02-30", "一、总体情况");
    assertThat(m.year()).isNull();
    assertThat(m.publishedDate()).isNull();
  }

  @Test
  void garbageGivesNullsWithoutThrowing() {
    ReportMetadata none = new ReportMetadata(null, null, null, null);
    assertThat(MetadataReader.read(null)).isEqualTo(none);
    assertThat(MetadataReader.read(List.of())).isEqualTo(none);
    List<String> withNulls = new ArrayList<>();
    withNulls.add(null);
    withNulls.add("   ");
    withNulls.add(null);
    assertThat(MetadataReader.read(withNulls)).isEqualTo(none);
    assertThat(read("\u0000\uFFFF", "《《《《", "由由由编制", "1月1日至", "2020")).isEqualTo(none);
  }

  @Test
  void hostileInputCostsLinearWork() {
    // CPU of the full size against a sixteenth of it, in one test: no wall-clock limit
    int k = ogireports.fuzz.Linearity.K;
    ReportMetadata m =
        ogireports.fuzz.Linearity.assertLinear(
            "metadata of a hostile document",
            n ->
                read(
                    "由" + "市".repeat(4 * n) + "编制" + "2020年".repeat(n),
                    "统计" + "1".repeat(2 * n),
                    "联系" + "局".repeat(2 * n)),
            50_000 / k,
            k);
    assertThat(m.title()).isNull();
  }

  @Test
  void aSentenceHandingTheReportOverIsNotItsTitle() {
    // 115.txt: no title line; the intro hands the report over in prose
    ReportMetadata m =
        read(
            "发布时间:",
            "根据《中华人民共和国政府信息公开条例》要求,由信访局结合有关统计数据编制。本年度报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。"
                + "现将信访局2021年度政府信息公开工作报告如下:",
            "一、总体情况",
            "坚持以公开为常态、不公开为例外。");
    assertThat(m.title()).isNull();
    assertThat(m.agency()).isEqualTo("信访局");
    assertThat(m.year()).isEqualTo(2021);
    assertThat(read("现将信访局2021年度政府信息公开工作报告", "一、总体情况", "正文。").title()).isNull();
    assertThat(read("信访局2021年度政府信息公开工作报告", "一、总体情况", "正文。").title())
        .isEqualTo("信访局2021年度政府信息公开工作报告");
  }

  @Test
  void theNameUnderATitleGivesTheFullerNameOfTheTitlesBody() {
    ReportMetadata m =
        read(
            "甘旗卡镇2021年政府信息公开工作年度报告",
            "科尔沁左翼后旗甘旗卡镇人民政府",
            "2022年1月",
            "一、总体情况",
            "2021年，甘旗卡镇党委、政府高度重视政务公开工作。");
    assertThat(m.agency()).isEqualTo("科尔沁左翼后旗甘旗卡镇人民政府");
    // another body's name there is no fuller name of the title's body
    ReportMetadata other =
        read("甘旗卡镇2021年政府信息公开工作年度报告", "科尔沁左翼后旗教育局", "一、总体情况", "2021年，我镇高度重视政务公开工作。");
    assertThat(other.agency()).isEqualTo("甘旗卡镇");
  }

  @Test
  void aClauseThatStartsWithTheCompilingOfficeNamesItsOwner() {
    ReportMetadata m =
        read(
            "二○一三年钦北区政府信息公开工作年度报告",
            "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，钦北区人民政府办公室编制本报告。本报告统计期限为2013年1月1日至2013年12月31日。",
            "一、概述");
    assertThat(m.agency()).isEqualTo("钦北区人民政府");
    assertThat(m.year()).isEqualTo(2013);
    // an office's bare word compiles for no named body
    ReportMetadata bare =
        read("政府信息公开工作年度报告", "根据《条例》规定，办公室编制本报告。本报告统计期限为2013年1月1日至2013年12月31日。", "一、概述");
    assertThat(bare.agency()).isNull();
  }

  @Test
  void aGovernmentOfficeThatPublishedTheReportOfAUnitIsNotItsBody() {
    String[] page = {
      "索引号：000000-2023-0041",
      "发布机构：区政府办",
      "发布日期：2023-01-18",
      "2022年度政府信息公开工作年度报告",
      "根据《中华人民共和国政府信息公开条例》要求，现发布本单位2022年度政府信息公开工作年度报告。",
      "一、总体情况"
    };
    ReportMetadata m = read(page);
    assertThat(m.agency()).isNull();
    assertThat(m.year()).isEqualTo(2022);
    // the government's own report (no other body speaks) is its office's publication
    page[4] = "根据《中华人民共和国政府信息公开条例》要求，现发布2022年度政府信息公开工作年度报告。";
    assertThat(read(page).agency()).isEqualTo("区政府办");
  }

  @Test
  void aSentenceOpeningWithTheYearNamesNoFullerBody() {
    ReportMetadata m =
        read(
            "县自然资源局2023年政府信息公开工作年度报告",
            "一、总体情况",
            "2023年，县自然资源局认真贯彻落实《条例》。",
            "六、其他需要报告的事项",
            "本年度县自然资源局未收取信息处理费。",
            "衡东县自然资源局",
            "2024年1月20日");
    assertThat(m.agency()).isEqualTo("衡东县自然资源局");
  }
}
