package ogireports.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineBreaksTest {

  @Test
  void linesOfOrdinaryLengthAreLeftAlone() {
    List<String> lines = List.of("洪泽区人民政府", "2023 年政府信息公开工作年度报告", "一、总体情况");
    LineBreaks.Restored r = LineBreaks.restore(lines, ParseBudget.UNLIMITED);
    assertThat(r.changed()).isFalse();
    assertThat(r.lines()).isSameAs(lines);
  }

  @Test
  void aPageFlattenedToOneLineGetsItsTitleFurnitureHeadingsAndSentencesBack() {
    String flat =
        "当前位置：首页>政务公开>政府信息公开年报索引号:11320813/2024-00011发布时间:2024-01-20"
            + "来源：本网【字体：大中小】打印本页洪泽区人民政府2023年政府信息公开工作年度报告"
            + "本报告由淮安市洪泽区人民政府办公室根据《中华人民共和国政府信息公开条例》要求编制此报告。"
            + "报告中所列数据统计期限自2023年1月1日起至2023年12月31日止。一、总体情况2023年，洪泽区人民政府"
            + "坚持以习近平新时代中国特色社会主义思想为指导。二、主动公开政府信息情况第二十条第（一）项信息内容"
            + "本年制发件数本年废止件数现行有效件数规章000三、收到和处理政府信息公开申请情况"
            + "本年新收政府信息公开申请数量210000021";
    LineBreaks.Restored r = LineBreaks.restore(List.of(flat), ParseBudget.UNLIMITED);
    assertThat(r.changed()).isTrue();
    assertThat(r.lines())
        .contains(
            "索引号:11320813/2024-00011",
            "发布时间:2024-01-20",
            "洪泽区人民政府2023年政府信息公开工作年度报告",
            "报告中所列数据统计期限自2023年1月1日起至2023年12月31日止。",
            "一、总体情况",
            "二、主动公开政府信息情况",
            "三、收到和处理政府信息公开申请情况",
            "本年新收政府信息公开申请数量210000021");
    assertThat(r.sourceLine()).containsOnly(1);
    assertThat(String.join("", r.lines())).isEqualTo(flat);
  }

  @Test
  void aListOfLinksToOtherReportsRunIntoTheTitleIsCutIntoItsLinks() {
    // a portal's column of links (bulleted, the body's long name) before the report's own title
    String flat =
        "首页 | 信息公开栏目导航> 政府信息公开年报\u3000· 合肥高新技术产业开发区管理委员会2020年政府信息公开工作年度报告"
            + "\u3000· 合肥高新技术产业开发区管理委员会2019年政府信息公开工作年度报告"
            + "合肥高新技术产业开发区管理委员会2021年政府信息公开工作年度报告发布时间：2022-01-25"
            + "本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。一、总体情况2021年，高新区管委会坚持以习近平新时代中国特色"
            + "社会主义思想为指导，认真贯彻落实《条例》和上级关于政务公开工作的部署要求。";
    LineBreaks.Restored r = LineBreaks.restore(List.of(flat), ParseBudget.UNLIMITED);
    assertThat(r.lines().stream().map(String::strip).toList())
        .containsSubsequence(
            "· 合肥高新技术产业开发区管理委员会2020年政府信息公开工作年度报告",
            "· 合肥高新技术产业开发区管理委员会2019年政府信息公开工作年度报告",
            "合肥高新技术产业开发区管理委员会2021年政府信息公开工作年度报告");
    assertThat(String.join("", r.lines())).isEqualTo(flat);
  }

  @Test
  void linksWithoutBulletsRunIntoTheTitleAreCutButASentenceNamingAReportIsNot() {
    // probe19 d04 flattened: 相关链接 with its links set apart by '|' and spaces, then the title
    String flat =
        "重庆市渝北区人民政府 相关链接：重庆市渝北区应急管理局2021年政府信息公开工作年度报告 | "
            + "重庆市渝北区应急管理局2020年政府信息公开工作年度报告 "
            + "重庆市渝北区应急管理局2022年政府信息公开工作年度报告 本报告根据《中华人民共和国政府信息公开条例》要求编制。"
            + "本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。一、总体情况 2022年，区应急局坚持以公开为常态。";
    LineBreaks.Restored r = LineBreaks.restore(List.of(flat), ParseBudget.UNLIMITED);
    assertThat(r.lines().stream().map(String::strip).toList())
        .containsSubsequence(
            "重庆市渝北区应急管理局2021年政府信息公开工作年度报告 |",
            "重庆市渝北区应急管理局2020年政府信息公开工作年度报告",
            "重庆市渝北区应急管理局2022年政府信息公开工作年度报告");
    assertThat(String.join("", r.lines())).isEqualTo(flat);

    // with nothing between lines: the same body's title of another year ends a link
    List<String> runTogether =
        LineBreaks.restore(List.of(flat.replace(" ", "")), ParseBudget.UNLIMITED).lines();
    assertThat(runTogether)
        .contains("重庆市渝北区应急管理局2020年政府信息公开工作年度报告", "重庆市渝北区应急管理局2022年政府信息公开工作年度报告");

    // the title, then a sentence naming this year's report: worded otherwise after its year
    String sentence =
        "长桥乡人民政府2019年政府信息公开工作年度报告 现将本乡2019年度政府信息公开工作年度报告如下，"
            + "本报告所列数据统计期限为2019年1月1日至12月31日。一、总体情况 2019年，长桥乡认真贯彻落实《条例》，"
            + "主动公开政府信息，依申请公开工作规范有序，全年未收到政府信息公开申请，未发生行政复议和行政诉讼。"
            + "二、主动公开政府信息情况 本年度通过政府网站、政务公开栏等渠道主动公开政府信息85条，其中政策文件3条。";
    List<String> lines = LineBreaks.restore(List.of(sentence), ParseBudget.UNLIMITED).lines();
    assertThat(lines.stream().map(String::strip)).contains("长桥乡人民政府2019年政府信息公开工作年度报告");
    assertThat(lines).noneMatch(l -> l.strip().startsWith("现将本乡") && l.strip().endsWith("年度报告"));
  }

  @Test
  void aColumnNameEndingABreadcrumbStaysWithItAndTheTitleAfterItIsCut() {
    // probe17 z01 flattened: the breadcrumb's last step is a column named like a report, no year
    String flat =
        "中國政府網 > 政府信息公開 > 地方政府信息公開年度報告  廣東省人民政府辦公廳2011年政府信息公開工作年度報告  "
            + "本報告根據《中華人民共和國政府信息公開條例》（以下簡稱《條例》）要求，由廣東省人民政府辦公廳編制。"
            + "本報告中所列數據的統計期限自2011年1月1日起至2011年12月31日止。一、概述 2011年，省政府辦公廳認真貫徹落實"
            + "國務院和省委、省政府關於推進政務公開的部署，以《條例》實施為重點，進一步健全工作機制。";
    List<String> lines = LineBreaks.restore(List.of(flat), ParseBudget.UNLIMITED).lines();
    assertThat(lines.stream().map(String::strip))
        .contains("廣東省人民政府辦公廳2011年政府信息公開工作年度報告")
        .noneMatch(l -> l.equals("地方政府信息公開年度報告"));
    // with nothing between lines the title starts where the column's name ends
    List<String> runTogether =
        LineBreaks.restore(List.of(flat.replace("  ", "")), ParseBudget.UNLIMITED).lines();
    assertThat(runTogether).contains("廣東省人民政府辦公廳2011年政府信息公開工作年度報告");
  }

  @Test
  void aTitleTakesTheYearWithItsSpaceButNotADateBeforeIt() {
    String flat =
        "发布日期：2020-01-15长桥乡人民政府 2019 年政府信息公开工作年度报告根据《条例》要求，"
            + "现将本乡2019年政府信息公开工作情况报告如下，本年度报告中所列数据统计期限为2019年1月1日至12月31日。"
            + "如对本报告有疑问，请与长桥乡人民政府联系。一、总体情况2019年，长桥乡认真贯彻落实《条例》，"
            + "主动公开政府信息，依申请公开工作规范有序。";
    List<String> lines = LineBreaks.restore(List.of(flat), ParseBudget.UNLIMITED).lines();
    assertThat(lines).contains("长桥乡人民政府 2019 年政府信息公开工作年度报告");
    assertThat(lines).noneMatch(l -> l.startsWith("本年度报告") && l.length() < 10);
  }

  @Test
  void aFlipBookPageTitleAndNumberStartLines() {
    String flat =
        "Page 9 - 2020年报_审计局P. 9四、结转下年度继续办理 0 0 0 0 0 0 0四、政府信息公开行政复议、行政诉讼情况"
            + "2020 年,我单位对形成的政府信息实现了依法、有序公开,未出现申请行政复议、提起行政诉讼的情况。"
            + "行政复议 行政诉讼 未经复议直接起诉 复议后起诉 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0五、存在的主要问题及改进情况";
    List<String> lines = LineBreaks.restore(List.of(flat), ParseBudget.UNLIMITED).lines();
    assertThat(lines).startsWith("Page 9 - 2020年报_审计局", "P. 9");
    assertThat(lines).contains("四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况");
  }
}
