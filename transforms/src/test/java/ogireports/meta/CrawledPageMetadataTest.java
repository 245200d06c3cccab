package ogireports.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ogireports.model.ReportMetadata;
import ogireports.text.ParseBudget;
import ogireports.text.Script;
import org.junit.jupiter.api.Test;

/**
 * Metadata of reports as crawled pages print them: page furniture above the text, titles that start
 * with the year or lose their 年, agencies named only in a compile, contact or intro sentence,
 * Traditional script. Snippets are shortened from real pages.
 */
class CrawledPageMetadataTest {

  private static ReportMetadata read(String text) {
    return MetadataReader.read(List.of(text.split("\n", -1)));
  }

  @Test
  void aTitleKeyIsNeverPartOfTheAgency() {
    ReportMetadata m =
        read(
            """
            标      题 西藏自治区审计厅2025年政务信息公开工作开展年度报告
            索引号 000014349/2026-00021 文      号
            发布机构 发布日期 2026-01-16 18:22:45
            时间: 2026-01-16 18:22:45 来源:
            背景色:
            西藏自治区审计厅2025年政务信息
            公开工作开展年度报告
            一、总体情况
            2025年，审计厅认真贯彻政务公开的有关要求。\
            """);
    assertThat(m.agency()).isEqualTo("西藏自治区审计厅");
    assertThat(m.year()).isEqualTo(2025);
  }

  @Test
  void bulletedKeysAndANameKeyGiveWayToTheTitle() {
    ReportMetadata bullets =
        read(
            """
            欢迎光临海南省工业和信息化厅
            首页 > 政府信息公开年报
              • 索  引 号:78663548-8/2023-34615 主题分类:交通、工业、信息化
              • 发文机关:海南省工业和信息化厅 成文日期:2023-01-19 17:48
              • 标       题: 海南省工业和信息化厅2022年度政府信息公开工作报告
              • 文       号:发布日期: 2023-01-19 17:48
            根据《中华人民共和国政府信息公开条例》要求，现将我厅2022年度政府信息公开工作报告向社会公布。\
            """);
    assertThat(bullets.agency()).isEqualTo("海南省工业和信息化厅");
    assertThat(bullets.year()).isEqualTo(2022);

    ReportMetadata name =
        read(
            """
            您现在的位置: 首页 >> 信息公开 >> 市政府研究室 >> 信息公开年度报告
            索 引 号: 42823944-2/2023-00002 分类:
            发布机构: 市政府研究室 发文日期: 2023年01月12日
            名  称: 海口市人民政府研究室2022年政府信息公开工作年度报告
            文  号: 主 题 词:
            一、总体情况\
            """);
    assertThat(name.agency()).isEqualTo("海口市人民政府研究室");
    assertThat(name.year()).isEqualTo(2022);
  }

  @Test
  void furnitureLinesSplitIntoFields() {
    assertThat(PageFurniture.fields("发布机构: 市政府研究室 发文日期: 2023年01月12日"))
        .extracting(PageFurniture.Field::kind, PageFurniture.Field::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(PageFurniture.Kind.PUBLISHER, "市政府研究室"),
            org.assertj.core.groups.Tuple.tuple(PageFurniture.Kind.DATE, "2023年01月12日"));
    assertThat(PageFurniture.fields("发布机构 发布日期 2026-01-16 18:22:45"))
        .extracting(PageFurniture.Field::value)
        .containsExactly("", "2026-01-16 18:22:45".replace(" ", ""));
    assertThat(PageFurniture.fields("原文链接: https://www.example.gov.cn/a.html"))
        .extracting(PageFurniture.Field::kind)
        .containsExactly(PageFurniture.Kind.URL);
    assertThat(PageFurniture.fields("| 发布机构 | 张家港市应急管理局 | 发布日期 | 2024-01-18 |"))
        .extracting(PageFurniture.Field::kind, PageFurniture.Field::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(PageFurniture.Kind.PUBLISHER, "张家港市应急管理局"),
            org.assertj.core.groups.Tuple.tuple(PageFurniture.Kind.DATE, "2024-01-18"));
    assertThat(PageFurniture.isFurniture("当前位置： 首页 > 政务公开 > 年度报告")).isTrue();
    assertThat(PageFurniture.isFurniture("Page 8 - 威海市文登区信访局2022年政府信息公开工作年度报告")).isTrue();
    // report text, not furniture
    assertThat(PageFurniture.isFurniture("一、总体情况")).isFalse();
    assertThat(PageFurniture.isFurniture("2022年，我局主动公开政府信息6条。")).isFalse();
    assertThat(PageFurniture.isFurniture("来源于群众的申请共3件。")).isFalse();
  }

  @Test
  void aFlipBookPagePrefixIsNoPartOfTheName() {
    ReportMetadata m =
        read(
            """
            Page 8 - 威海市文登区信访局2022年政府信息公开工作年度报告
            P. 8
            四、因政府信息公开工作被申请行政复议提起行政诉讼情况
            0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\
            """);
    assertThat(m.agency()).isEqualTo("威海市文登区信访局");
    assertThat(m.year()).isEqualTo(2022);

    ReportMetadata site =
        read(
            """
            Page 9 - 2020年报_审计局
            P. 9
            四、结转下年度继续办理 0 0 0 0 0 0 0\
            """);
    assertThat(site.agency()).isEqualTo("审计局");
    assertThat(site.year()).isEqualTo(2020);
  }

  @Test
  void aYearWithoutNianIsNoPartOfTheName() {
    ReportMetadata m =
        read(
            """
            海南省生态环境厅

            2022政府信息公开工作年度报告

            本报告依据《中华人民共和国政府信息公开条例》，由海南省生态环境厅编制。\
            """);
    assertThat(m.agency()).isEqualTo("海南省生态环境厅");
    assertThat(m.year()).isEqualTo(2022);
  }

  @Test
  void titlesThatStartWithTheYear() {
    ReportMetadata town =
        read(
            """
            【字体:      】  打印
            2022年度螅镇政府信息公开工作年度报告
            来源:原创     发布时间:2023-01-31 13:24    浏览次数:次
            一、总体情况\
            """);
    assertThat(town.agency()).isEqualTo("螅镇");
    assertThat(town.year()).isEqualTo(2022);

    ReportMetadata city = read("2019年上海市人民政府政府信息公开工作年度报告\n一、总体情况");
    assertThat(city.agency()).isEqualTo("上海市人民政府");
    assertThat(city.year()).isEqualTo(2019);
  }

  @Test
  void theReportNamedInAnIntroSentence() {
    ReportMetadata after =
        read("根据《条例》文件精神，现将2019年庙子乡政府信息公开工作报告如下，本报告的统计数据时间自" + "2019年1月1日起至2019年12月31日。\n一、总体情况");
    assertThat(after.agency()).isEqualTo("庙子乡");
    assertThat(after.year()).isEqualTo(2019);

    ReportMetadata work =
        read(
            "为认真做好京山市卫生健康局政府信息公开工作，我局按照《中华人民共和国政府信息公开条例》的有关"
                + "要求，精心组织。本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n"
                + "一、总体情况");
    assertThat(work.agency()).isEqualTo("京山市卫生健康局");
  }

  @Test
  void theCompilingOfficeGivesWayToTheBodyItCompilesFor() {
    assertThat(read("本年度报告是根据《条例》的要求，由东港镇人民政府党政办公室编制。\n一、总体情况").agency()).isEqualTo("东港镇人民政府");
    assertThat(
            read("本报告由南平市人民政府信息公开工作领导小组办公室根据《条例》要求，汇总各县（市、区）" + "政府信息公开工作情况编制而成。\n一、概述").agency())
        .isEqualTo("南平市人民政府");
    assertThat(read("本报告依据《条例》要求，由台州湾经济技术开发区管委会结合有关统计数据编制。\n" + "一、总体情况").agency())
        .isEqualTo("台州湾经济技术开发区管委会");
    // an office reporting for itself keeps its name
    assertThat(read("乌恰县人民政府办公室2019年政府信息公开工作年度报告\n一、总体情况").agency()).isEqualTo("乌恰县人民政府办公室");
  }

  @Test
  void thePublishingOfficeIsNoFullerNameOfTheBody() {
    ReportMetadata m =
        read(
            """
            首页 > 信息公开 > 法定主动公开内容 > 政府信息公开年报
            2023年度鼓楼区人民政府政府信息公开工作年度报告
            发布日期：2024-01-30 来源：鼓楼区人民政府办公室
            本报告统计期限自2023年1月1日至12月31日。如对本报告有疑问，请与鼓楼区人民政府办公室联系（地址：福州市鼓楼区乌山路96号）。
            一、总体情况\
            """);
    assertThat(m.agency()).isEqualTo("鼓楼区人民政府");
    assertThat(m.year()).isEqualTo(2023);
  }

  @Test
  void contactSentences() {
    assertThat(
            read("所列统计数据时间范围为2024年1月1日至2024年12月31日。如本报告有疑问，请联系：硚口区统计局"
                    + "党政办公室，地址：硚口区沿河大道518号。\n一、总体情况")
                .agency())
        .isEqualTo("硚口区统计局");
    assertThat(
            read("本报告数据统计时限为2023年1月1日至2023年12月31日。如对本报告有任何疑问，请与桃园开发区"
                    + "管委会（地址：高新二路4号美欧大厦；电话：88499114）。\n一、总体情况")
                .agency())
        .isEqualTo("桃园开发区管委会");
  }

  @Test
  void aSentenceEndingInASelfReferenceIsNoName() {
    ReportMetadata m =
        read(
            """
            一、总体情况
            本报告是根据《中华人民共和国政府信息公开条例》要求，主要从总体情况，主动公开政府信息情况及其他需要报告的事项等六个方面汇报我镇2023年政府信息公开工作。\
            """);
    assertThat(m.agency()).isNull();
    assertThat(m.year()).isEqualTo(2023);
  }

  @Test
  void thePublisherOfThePageIsWeakerThanTheReportsOwnWords() {
    ReportMetadata m =
        read(
            """
            昌图县人民政府 The People's Government of Changtu Municipality
            政府信息公开
            昌图县七家子镇2023年政府信息公开 工作告年度报
            来源:昌图县人民政府办公室 时间:2024-01-31
              一、总体情况\
            """);
    assertThat(m.agency()).isEqualTo("昌图县七家子镇");
    assertThat(m.year()).isEqualTo(2023);
  }

  @Test
  void periodFormsGiveTheYear() {
    assertThat(read("一、总体情况\n截至2023年12月31日，本机关现行有效规范性文件12件。").year()).isEqualTo(2023);
    assertThat(read("一、总体情况\n本机关2021年1月1日至12月31日共收到申请3件。").year()).isEqualTo(2021);
    assertThat(read("一、总体情况\n本报告统计数据时间为2020年1-12月。").year()).isEqualTo(2020);
    assertThat(read("一、总体情况\n本机关2019年1月至12月共主动公开信息26条。").year()).isEqualTo(2019);
    // a month range inside a year is no period
    assertThat(read("一、总体情况\n本机关2019年1月至3月开展了专项检查。").year()).isNull();
  }

  @Test
  void theYearOpeningTheOverviewIsTheCoveredYear() {
    assertThat(read("一、总体情况\n2022年，我镇认真贯彻落实《中华人民共和国政府信息公开条例》要求。").year()).isEqualTo(2022);
    assertThat(read("一、总体情况\n2019年以来，我乡明确专人负责政务公开工作。").year()).isEqualTo(2019);
  }

  @Test
  void aYearOnlyInCitationsOrPlansStaysNull() {
    ReportMetadata m =
        read(
            """
            一、总体情况
            我镇高度重视政府信息公开工作，按照《2021年政务公开工作要点》要求推进各项工作。
            五、存在的主要问题及改进情况
            2024年，我镇将进一步加强政府信息公开工作。\
            """);
    assertThat(m.year()).isNull();
  }

  @Test
  void aTraditionalTitleOnASimplifiedPage() {
    ReportMetadata m =
        read(
            """
            廣州市國資委2020年政府信息公開工作年度報告
            一、总体情况
            2020年，市国资委认真贯彻落实政府信息公开工作要求。\
            """);
    assertThat(m.agency()).isEqualTo("廣州市國資委");
    assertThat(m.year()).isEqualTo(2020);
  }

  @Test
  void aTraditionalDocumentKeepsTheAgencyAsPrinted() {
    List<String> printed =
        List.of(
            "當前位置: 首頁>> 工作動態>> 地方政務",
            "西藏自治區人民政府2009年政府信息公開年度報告",
            "中央政府門戶網站 www.gov.cn 2010年04月06日 來源:西藏自治區人民政府網站",
            "本報告根據《中華人民共和國政府信息公開條例》編制。本報告中所列數據的統計期限自2009年1月1日起，" + "至2009年12月31日止。");
    List<String> simplified = printed.stream().map(Script::simplified).toList();
    ReportMetadata m = MetadataReader.read(simplified, printed, ParseBudget.UNLIMITED);
    assertThat(m.agency()).isEqualTo("西藏自治區人民政府");
    assertThat(m.agencyKind()).isEqualTo("人民政府");
    assertThat(m.year()).isEqualTo(2009);
  }

  @Test
  void aPageTitleOfFileNameAndSiteIsNoPartOfTheAgency() {
    // the page's <title> kept above the text: its file name or column code, then the site's name
    ReportMetadata code =
        read(
            """
            longsheng_xxgk_ndbg_2022 - 龙胜各族自治县人民政府门户网站
            龙胜各族自治县医疗保障局2022年政府信息公开工作年度报告
            发布时间：2023-01-28　来源：龙胜县医疗保障局
            　　根据《中华人民共和国政府信息公开条例》要求，现公布龙胜各族自治县医疗保障局2022年政府信息公开工作年度报告。
            一、总体情况
            """);
    assertThat(code.agency()).isEqualTo("龙胜各族自治县医疗保障局");
    assertThat(code.year()).isEqualTo(2022);
    ReportMetadata file =
        read(
            """
            t20250120_1987431.html - 通道侗族自治县人民政府
            通道侗族自治县交通运输局2024年政府信息公开工作年度报告
            发布时间：2025-01-20　来源：县交通运输局
            　　根据《中华人民共和国政府信息公开条例》要求，现公布通道侗族自治县交通运输局2024年政府信息公开工作年度报告。
            """);
    assertThat(file.agency()).isEqualTo("通道侗族自治县交通运输局");
    assertThat(file.year()).isEqualTo(2024);
    assertThat(PageFurniture.isFurniture("t20250120_1987431.html - 通道侗族自治县人民政府")).isTrue();
    // a line of report text that starts with a number is none
    assertThat(PageFurniture.isFurniture("2022年，县医疗保障局围绕医保基金监管推进政务公开。")).isFalse();
    assertThat(PageFurniture.isFurniture("1.龙胜各族自治县人民政府")).isFalse();
  }

  @Test
  void aPilotFreeTradeZonesAreaKeepsTheProvinceInBrackets() {
    ReportMetadata m =
        read(
            """
            中国（河南）自由贸易试验区开封片区管理委员会2023年政府信息公开工作年度报告
            发布时间：2024-01-29　来源：开封片区管委会
            一、总体情况
            2023年，片区管委会坚持以习近平新时代中国特色社会主义思想为指导。
            """);
    assertThat(m.agency()).isEqualTo("中国(河南)自由贸易试验区开封片区管理委员会");
    assertThat(m.year()).isEqualTo(2023);
    // named only in the intro: the 由 of 自由贸易 starts no name
    ReportMetadata intro =
        read(
            """
            2023年政府信息公开工作年度报告
            　　本报告由中国（福建）自由贸易试验区厦门片区管理委员会编制。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。
            一、总体情况
            """);
    assertThat(intro.agency()).isEqualTo("中国(福建)自由贸易试验区厦门片区管理委员会");
    // an aside in brackets after a name is still cut off
    assertThat(AgencyFinder.clean("中国(上海)自由贸易试验区管理委员会(以下简称管委会)")).isEqualTo("中国(上海)自由贸易试验区管理委员会");
    assertThat(AgencyFinder.clean("开封市财政局(本级)")).isEqualTo("开封市财政局");
  }
}
