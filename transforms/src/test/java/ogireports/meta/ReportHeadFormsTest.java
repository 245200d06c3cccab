package ogireports.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ogireports.model.ReportMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Heads of reports in forms real pages print: a title wrapped after its place, a site's banner
 * above a title that names no body, titles ending in 年报 or 工作的报告, a year before the body in an
 * intro sentence, a view counter after the source. Each test holds the exact lines read.
 */
class ReportHeadFormsTest {

  private static final String PERIOD = "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。";

  private static ReportMetadata read(String text) {
    return MetadataReader.read(List.of(text.split("\n", -1)));
  }

  @Test
  void aTitleWrappedAfterItsPlaceKeepsThePlace() {
    ReportMetadata m =
        read("沈阳市和平区\n教育局2023年政府信息公开\n工作年度报告\n" + PERIOD + "\n一、总体情况\n2023年，我局认真贯彻落实《条例》。");
    assertThat(m.agency()).isEqualTo("沈阳市和平区教育局");
    assertThat(m.title()).isEqualTo("沈阳市和平区教育局2023年政府信息公开工作年度报告");
    assertThat(m.year()).isEqualTo(2023);
    // a line above that is no place's name alone stays out of the title
    ReportMetadata nav = read("政府信息公开年报\n教育局2023年政府信息公开工作年度报告\n" + PERIOD);
    assertThat(nav.agency()).isEqualTo("教育局");
  }

  @Test
  void aSitesBannerAboveATitleWithoutBodyIsNoPartOfIt() {
    ReportMetadata m =
        read(
            """
            南阳市人民政府门户网站
            2023年政府信息公开工作年度报告
            发布时间：2024-01-25
            根据《中华人民共和国政府信息公开条例》规定，现将南阳市卧龙区民政局2023年度政府信息公开工作情况报告如下。\
            """);
    assertThat(m.title()).isEqualTo("2023年政府信息公开工作年度报告");
    assertThat(m.agency()).isEqualTo("南阳市卧龙区民政局");
    assertThat(read("欢迎访问阜阳市人民政府\n2023年政府信息公开工作年度报告\n" + PERIOD).agency()).isNull();
  }

  @Test
  void aCountysBannerAboveATitleWithoutBodyGivesWayToTheReportsOwnBody() {
    // the banner of the county's site, printed alone above the title of its 审计局's report
    ReportMetadata m =
        read(
            """
            桃江县人民政府
            2020年政府信息公开工作年度报告
            一、总体情况
            2020年，县审计局认真贯彻执行《中华人民共和国政府信息公开条例》。
            如对本报告有任何疑问，请联系桃江县审计局办公室。\
            """);
    assertThat(m.agency()).isEqualTo("桃江县审计局");
    assertThat(m.year()).isEqualTo(2020);
    // the report names no body of its own but speaks as a department: the banner is not its name
    ReportMetadata unnamed = read("桃江县人民政府\n2020年政府信息公开工作年度报告\n一、总体情况\n2020年，我局认真贯彻执行《条例》。");
    assertThat(unnamed.agency()).isNull();
    // the government's own report, compiled by its office, keeps the name
    ReportMetadata own =
        read(
            "洪泽区人民政府\n2023年政府信息公开工作年度报告\n"
                + "本报告由淮安市洪泽区人民政府办公室根据《条例》要求编制。\n一、总体情况\n2023年，区政府认真贯彻《条例》。");
    assertThat(own.agency()).isEqualTo("淮安市洪泽区人民政府");
    // a township's government above its title is its cover, not a site's banner
    ReportMetadata town = read("桃江县松木塘镇人民政府\n2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我镇认真贯彻《条例》。");
    assertThat(town.agency()).isEqualTo("桃江县松木塘镇人民政府");
  }

  @Test
  void aTitleWrappedInsideTheBodysNameIsJoined() {
    ReportMetadata m = read("淄博市生态环\n境局2023年度政府信息公开工作年度报告\n一、总体情况\n2023年，我局认真贯彻执行《条例》。");
    assertThat(m.agency()).isEqualTo("淄博市生态环境局");
    assertThat(m.title()).isEqualTo("淄博市生态环境局2023年度政府信息公开工作年度报告");
    assertThat(m.year()).isEqualTo(2023);
    assertThat(read("桃江县审计\n局2020年政府信息公开工作年度报告\n一、总体情况").agency()).isEqualTo("桃江县审计局");
    assertThat(read("松木塘镇\n人民政府2022年政府信息公开工作年度报告\n一、总体情况").agency()).isEqualTo("松木塘镇人民政府");
    assertThat(read("上湾乡人民政\n府2019年度政府信息公开年度工作报告\n一、总体情况").agency()).isEqualTo("上湾乡人民政府");
    // a site's controls above a wrapped title are no part of the name
    assertThat(read("无障碍 关怀版 登录 注册\n市应急管理局2020年\n政府信息公开年度工作报告\n由张家港市应急管理局办公室编制。").agency())
        .isEqualTo("张家港市应急管理局");
    // a column's name above holds a place but starts no name
    assertThat(read("桃江县政务公开\n审计局2020年政府信息公开工作年度报告\n一、总体情况").agency()).isEqualTo("审计局");
    // a county's government above a department's title that names no place: the department is
    // the county's (see aTitleWrappedAfterTheGovernmentsNameIsItsBodys)
    assertThat(read("桃江县人民政府\n审计局2020年政府信息公开工作年度报告\n一、总体情况").agency()).isEqualTo("桃江县审计局");
  }

  @Test
  void aTitleWrappedAfterTheGovernmentsNameIsItsBodys() {
    // the government's own office is named after the government
    ReportMetadata office =
        read(
            "海南省人民政府\n"
                + "办公厅2023年政府信息公开工作年度报告\n"
                + "本报告所列数据统计期限自2023年1月1日起至2023年12月31日止。\n"
                + "一、总体情况\n"
                + "2023年，省政府办公厅坚持以习近平新时代中国特色社会主义思想为指导。");
    assertThat(office.agency()).isEqualTo("海南省人民政府办公厅");
    assertThat(office.title()).isEqualTo("海南省人民政府办公厅2023年政府信息公开工作年度报告");
    assertThat(office.year()).isEqualTo(2023);
    // the prose names the office of the government above (湘西州政府办公室): the title's body is taken
    ReportMetadata county =
        read(
            "凤凰县人民政府\n办公室2022年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》要求编制。\n一、总体情况\n"
                + "2022年，县政府办公室在湘西州政府办公室和县委、县政府的领导下，全面推进政务公开。");
    assertThat(county.agency()).isEqualTo("凤凰县人民政府办公室");
    // a department is the place's, never 石门县人民政府教育局
    ReportMetadata department =
        read("石门县人民政府\n教育局2021年政府信息公开工作年度报告\n一、总体情况\n2021年，县教育局围绕教育民生实事推进政务公开。");
    assertThat(department.agency()).isEqualTo("石门县教育局");
    assertThat(department.year()).isEqualTo(2021);
    assertThat(read("石门县人民政府\n县教育局2021年政府信息公开工作年度报告\n一、总体情况").agency()).isEqualTo("石门县教育局");
    assertThat(read("常德市人民政府\n市场监督管理局2021年政府信息公开工作年度报告\n一、总体情况").agency()).isEqualTo("常德市市场监督管理局");
    // a body of another level than the government's is not joined to it
    assertThat(read("常德市人民政府\n区教育局2021年政府信息公开工作年度报告\n一、总体情况").agency()).isEqualTo("区教育局");
  }

  @Test
  void aFieldsKeyIsNoPartOfTheNameItsValueGives() {
    // a page's metadata table, key and value in cells: the key 发布机构 is not read into the name
    ReportMetadata m =
        read(
            """
            信息索引号	000000000/2021-00012
            发布机构	微山县两城镇人民政府
            生成日期	2021-01-20
            一、工作基本情况
            本报告是根据《中华人民共和国政府信息公开条例》要求，由两城镇人民政府党政办公室编制。
            2020年，我镇认真贯彻落实《条例》。\
            """);
    assertThat(m.agency()).isEqualTo("微山县两城镇人民政府");
  }

  @Test
  void aColumnsNameAboveATitleWithoutBodyIsNoPartOfIt() {
    ReportMetadata m = read("2021年年报\n2021年政府信息公开工作年度报告\n一、总体情况\n2021年，芦庙乡认真贯彻落实《条例》。");
    assertThat(m.title()).isEqualTo("2021年政府信息公开工作年度报告");
    assertThat(m.agency()).isEqualTo("芦庙乡");
  }

  @Test
  void theGovernmentThatPostedTheReportIsNotTheBodyThatSpeaksAsATownship() {
    // the county's site is the page's source; the report is one of its townships', named nowhere
    ReportMetadata m =
        read(
            """
            2021年政府信息公开工作年度报告
            来源：西平县人民政府 发布时间：2022-01-30
            一、总体情况
            2021年，我乡认真贯彻落实《条例》，主动公开政府信息。\
            """);
    assertThat(m.agency()).isNull();
    assertThat(m.year()).isEqualTo(2021);
    // the county government's own report keeps its name
    ReportMetadata own =
        read("西平县人民政府2021年政府信息公开工作年度报告\n来源：西平县人民政府\n一、总体情况\n2021年，县政府督促各乡镇在本乡镇公开栏公开信息。");
    assertThat(own.agency()).isEqualTo("西平县人民政府");
  }

  @Test
  void aPeriodInNumericDatesWithoutTheWordStatisticsGivesTheYear() {
    ReportMetadata m =
        read("宁波市江北区教育局政府信息公开工作年度报告\n报告期：2012.1.1—2012.12.31\n一、总体情况\n我局认真贯彻落实《条例》。");
    assertThat(m.year()).isEqualTo(2012);
    // two dates that are no whole year state no period
    assertThat(read("宁波市江北区教育局政府信息公开工作年度报告\n会议于2012.1.1召开，2013.12.31截止。").year()).isNull();
  }

  @Test
  void aTownshipsOfficeInAContactSentenceIsTheTownships() {
    ReportMetadata m =
        read(
            """
            2020年政府信息公开工作年度报告
            若对报告有任何疑问，请与大垅乡党政办公室联系（地址：湖口县大垅集镇）。
            一、总体情况
            2020年，我乡认真贯彻落实《条例》。\
            """);
    assertThat(m.agency()).isEqualTo("大垅乡");
  }

  /**
   * Units and institutions report in their own name and close the intro with their own office
   * (probe15 h08, a02, y01, y03–y05; probe16 b09): the office is theirs, never the body.
   */
  @ParameterizedTest
  @CsvSource({
    "南宁市公安局交通警察支队, 交通警察支队",
    "兴义市公安局交通警察大队, 交警大队",
    "桐乡市供销合作社联合社, 供销社",
    "开封市公路管理处, 公路管理处",
    "德阳市档案馆, 档案馆",
    "安仁县第一中学, 学校",
    "新疆生产建设兵团第七师胡杨河市, 师市"
  })
  void aUnitsOwnOfficeInTheContactSentenceIsTheUnits(String body, String self) {
    ReportMetadata m =
        read(
            (body
                    + "2023年政府信息公开工作年度报告\n"
                    + "本报告由%s编制。如对本报告有疑问，请与%s办公室联系。\n"
                    + "一、总体情况\n"
                    + "2023年，%s认真贯彻落实《条例》。")
                .formatted(body, body, self));
    assertThat(m.agency()).isEqualTo(body);
  }

  /**
   * A page whose title is kept apart (a crawl record's title field, 2023年政府信息公开工作年度报告) and whose
   * intro, wrapped as a PDF is, ends a line with the words of the notice it cites (probe13 b32 as a
   * JSON record): that line is prose, not a title naming 和呼伦贝尔市人民政府办公室关于做好.
   */
  @Test
  void aWrappedLineOfTheCitedNoticeOnPreparingReportsIsNoTitle() {
    ReportMetadata m =
        read(
            """
            标题：2023年政府信息公开工作年度报告
                                     阿荣旗人民政府
                本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）
            和呼伦贝尔市人民政府办公室关于做好 2023 年度政府信息公开工作年度报告
            工作的通知》要求编制。
            一、总体情况
            2023年，阿荣旗人民政府认真贯彻落实《条例》。\
            """);
    assertThat(m.agency()).isEqualTo("阿荣旗人民政府");
  }

  @Test
  void aCustomsDistrictsNameAboveItsTitleIsItsBody() {
    ReportMetadata m = read("中华人民共和国南京海关\n2023年度政府信息公开工作年度报告\n一、总体情况\n2023年，南京海关认真贯彻落实《条例》。");
    assertThat(m.agency()).isEqualTo("中华人民共和国南京海关");
    assertThat(m.title()).isEqualTo("中华人民共和国南京海关2023年度政府信息公开工作年度报告");
  }

  @Test
  void aTitlePrintedAsAnAttachmentKeepsItsBody() {
    ReportMetadata m = read("附件：桃江县审计局2020年政府信息公开工作年度报告\n一、总体情况\n2020年，我局认真贯彻落实《条例》。");
    assertThat(m.agency()).isEqualTo("桃江县审计局");
    assertThat(m.year()).isEqualTo(2020);
    assertThat(read("附件1：桃江县审计局2020年政府信息公开工作年度报告\n一、总体情况").agency()).isEqualTo("桃江县审计局");
  }

  @Test
  void aPrintedNameThatStartsAsProseWordsDoIsWhole() {
    // 特 and 经 open prose before a name (特编制, 经…审定) but are the first characters of these names
    assertThat(read("特克斯县人民政府2021年政府信息公开工作年度报告\n一、总体情况\n2021年，县政府认真贯彻落实《条例》。").agency())
        .isEqualTo("特克斯县人民政府");
    assertThat(read("经济技术开发区管委会2021年政府信息公开工作年度报告\n一、总体情况").agency()).isEqualTo("经济技术开发区管委会");
    assertThat(read("特克斯县城市管理局\n2020年政府信息公开工作年度报告\n本报告由特克斯县城市管理局编制。").agency())
        .isEqualTo("特克斯县城市管理局");
  }

  @Test
  void aGovernmentAboveABodylessTitleGivesWayToATownshipOfItsPlace() {
    // a cover: the sign-off names the government
    ReportMetadata cover =
        read("桃江县人民政府\n2020年政府信息公开工作年度报告\n一、总体情况\n2020年，本机关认真贯彻落实《条例》。\n桃江县人民政府\n2021年1月25日");
    assertThat(cover.agency()).isEqualTo("桃江县人民政府");
    // a township of the banner's banner (旗) named in the contact sentence is the body
    ReportMetadata town =
        read(
            """
            阿拉善左旗人民政府
            2024年政府信息公开工作年度报告
            如对本年度报告有疑问，请与阿拉善左旗巴彦木仁苏木人民政府办公室联系。
            一、总体情况\
            """);
    assertThat(town.agency()).isEqualTo("阿拉善左旗巴彦木仁苏木人民政府");
  }

  @Test
  void aTitleEndingInNianbaoWithItsYearIsATitle() {
    ReportMetadata m = read("2023年度天门市司法局政府信息公开年报\n" + PERIOD + "\n一、总体情况\n2023年，我局认真贯彻落实《条例》。");
    assertThat(m.title()).isEqualTo("2023年度天门市司法局政府信息公开年报");
    assertThat(m.agency()).isEqualTo("天门市司法局");
    assertThat(m.year()).isEqualTo(2023);
    ReportMetadata work = read("阜阳市颍州区财政局2023年政府信息公开工作年报\n" + PERIOD);
    assertThat(work.title()).isEqualTo("阜阳市颍州区财政局2023年政府信息公开工作年报");
    assertThat(work.agency()).isEqualTo("阜阳市颍州区财政局");
    // a column name without a year is no title
    assertThat(read("政府信息公开年报\n" + PERIOD).title()).isNull();
  }

  @Test
  void aReportOnTheYearsDisclosureWorkIsTitled() {
    ReportMetadata m = read("南京市玄武区人民政府关于2023年度政府信息公开工作的报告\n" + PERIOD);
    assertThat(m.title()).isEqualTo("南京市玄武区人民政府关于2023年度政府信息公开工作的报告");
    assertThat(m.agency()).isEqualTo("南京市玄武区人民政府");
    assertThat(m.year()).isEqualTo(2023);
    // a report on other work is none
    assertThat(read("南京市玄武区人民政府关于2023年度法治政府建设工作的报告\n" + PERIOD).title()).isNull();
  }

  @Test
  void aYearBeforeTheBodyInAnIntroIsNoPartOfItsName() {
    ReportMetadata m =
        read(
            "马坡镇2023年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》规定，特向社会公布2023年度贾汪区马坡镇政府信息公开工作年度报告。" + PERIOD);
    assertThat(m.agency()).isEqualTo("贾汪区马坡镇");
    ReportMetadata noTitle = read("根据《条例》规定，特向社会公布二〇二三年度贾汪区马坡镇政府信息公开工作年度报告。" + PERIOD + "\n一、总体情况");
    assertThat(noTitle.agency()).isEqualTo("贾汪区马坡镇");
    // a line the reader takes for no title: the body is read from before 政府信息公开
    ReportMetadata unnamed = read("2023年度天门市司法局政府信息公开情况\n" + PERIOD + "\n一、总体情况");
    assertThat(unnamed.agency()).isEqualTo("天门市司法局");
  }

  @Test
  void aViewCounterAfterTheSourceIsNoPartOfIt() {
    ReportMetadata m =
        read(
            "2023年度政府信息公开工作年度报告\n发布时间：2024-01-12  来源：宁化县安远镇  浏览量：98\n"
                + PERIOD
                + "\n一、总体情况\n2023年，我镇认真贯彻落实《条例》。");
    assertThat(m.agency()).isEqualTo("宁化县安远镇");
    assertThat(PageFurniture.fields("来源：宁化县安远镇 阅读量：12 点击量：3"))
        .extracting(PageFurniture.Field::value)
        .containsExactly("宁化县安远镇", "12", "3");
  }

  @Test
  void aPagesTitleLineNamesTheSiteThatPostedTheReport() {
    ReportMetadata m =
        read(
            "2023年政府信息公开工作年度报告_新昌县林业局\n当前位置：首页 > 信息公开 > 年度报告\n2023年政府信息公开工作年度报告\n"
                + PERIOD
                + "\n一、总体情况\n本年度，我局认真贯彻落实《条例》。");
    assertThat(m.agency()).isEqualTo("新昌县林业局");
    assertThat(m.title()).isEqualTo("2023年政府信息公开工作年度报告");
    List<PageFurniture.Field> portal =
        PageFurniture.fields("北海市海城区人民政府2023年政务公开工作年度报告 | 北海市海城区人民政府门户网站");
    assertThat(portal)
        .extracting(PageFurniture.Field::kind)
        .containsExactly(PageFurniture.Kind.TITLE);
    assertThat(AgencyFinder.publisher(portal.get(0))).isEqualTo("北海市海城区人民政府");
    // a title alone, or with words that are no site, is the report's text
    assertThat(PageFurniture.fields("北海市海城区人民政府2023年政务公开工作年度报告")).isEmpty();
    assertThat(PageFurniture.fields("2021-2023年政府信息公开工作年度报告")).isEmpty();
  }

  @Test
  void aBodyInBracketsAfterATitleThatNamesNone() {
    ReportMetadata m = read("2023年度政府信息公开工作年度报告（金寨县财政局）\n" + PERIOD);
    assertThat(m.agency()).isEqualTo("金寨县财政局");
    assertThat(m.year()).isEqualTo(2023);
    assertThat(read("2023年度政府信息公开工作年度报告（全文）\n" + PERIOD).agency()).isNull();
  }

  @Test
  void aStatisticsPeriodOfNumericDates() {
    for (String period :
        List.of(
            "统计期限为2023.1.1—2023.12.31。",
            "统计时间为2023-01-01至2023-12-31。",
            "数据统计期间：2023/1/1-2023/12/31")) {
      ReportMetadata m =
          read("宜丰县审计局政府信息公开工作年度报告\n本报告所列数据" + period + "\n一、总体情况\n本年度，我局认真贯彻落实《条例》。");
      assertThat(m.year()).as(period).isEqualTo(2023);
    }
    // a publication date is no period (2024): published in January, the report is the year before's
    assertThat(read("宜丰县审计局政府信息公开工作年度报告\n发布时间：2024-01-01\n一、总体情况\n本年度，我局认真贯彻落实《条例》。").year())
        .isEqualTo(2023);
  }

  @Test
  void anAsideGivingTheShortNameDoesNotHideTheCompilingBody() {
    ReportMetadata m =
        read("政府信息公开工作年度报告\n本报告由青田县文化和广电旅游体育局（以下简称“县文广旅体局”）根据《中华人民共和国政府信息公开条例》要求编制。" + PERIOD);
    assertThat(m.agency()).isEqualTo("青田县文化和广电旅游体育局");
  }

  @Test
  void publisherKeysOfOtherSites() {
    for (String key : List.of("发文机构", "发布部门", "公开单位", "责任部门", "所属机构", "来源单位")) {
      ReportMetadata m = read("2023年政府信息公开工作年度报告\n" + key + "：宁化县水利局  发布日期：2024-01-18\n" + PERIOD);
      assertThat(m.agency()).as(key).isEqualTo("宁化县水利局");
    }
  }

  @Test
  void theBodyOpeningTheOverviewOfAnExcerptThatStartsThere() {
    ReportMetadata m =
        read(
            "一、总体情况\n"
                + "2023年，宜丰县应急管理局认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政务公开工作。\n"
                + "（一）主动公开\n"
                + "2023年，我局主动公开政府信息86条。");
    assertThat(m.agency()).isEqualTo("宜丰县应急管理局");
    assertThat(m.year()).isEqualTo(2023);
    // the party and the government leading the work, or the body speaking of itself, name none
    for (String opening :
        List.of(
            "2023年，县委县政府高度重视政务公开工作。",
            "2023年，县委、县政府高度重视政务公开工作。",
            "2023年，镇党委坚持以人民为中心。",
            "2023年，我局认真贯彻落实《条例》。",
            "2023年，在县委的领导下，扎实推进政务公开工作。")) {
      assertThat(read("一、总体情况\n" + opening + "\n（一）主动公开").agency()).as(opening).isNull();
    }
  }

  @Test
  void aBreadcrumbEndingInTheTitleIsNoPartOfIt() {
    for (String crumb :
        List.of(
            "您当前所在位置：首页 > 政务公开 > ",
            "位置：首页 > 信息公开 > ",
            "首页 / 政务公开 / ",
            "主页 > 信息公开 > ",
            "首页 - 信息公开 - 年度报告 - ")) {
      String title = "临朐县审计局2023年政府信息公开工作年度报告";
      ReportMetadata repeated = read(crumb + title + "\n" + title + "\n" + PERIOD);
      assertThat(repeated.agency()).as(crumb).isEqualTo("临朐县审计局");
      assertThat(repeated.title()).as(crumb).isEqualTo(title);
      // the breadcrumb's last step is the page's title when the text prints none
      ReportMetadata alone = read(crumb + title + "\n" + PERIOD);
      assertThat(alone.agency()).as(crumb).isEqualTo("临朐县审计局");
      assertThat(alone.year()).as(crumb).isEqualTo(2023);
    }
  }

  @Test
  void aSitesControlsAboveATitleWithoutBodyAreNoPartOfIt() {
    for (String banner : List.of("无障碍 关怀版", "登录 注册", "今天是2024年1月20日 星期六", "智能问答", "长者模式 无障碍阅读")) {
      ReportMetadata m =
          read(
              banner
                  + "\n2023年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》规定，现将岚皋县卫生健康局2023年度政府信息公开工作情况报告如下。"
                  + PERIOD);
      assertThat(m.title()).as(banner).isEqualTo("2023年政府信息公开工作年度报告");
      assertThat(m.agency()).as(banner).isEqualTo("岚皋县卫生健康局");
      assertThat(m.year()).as(banner).isEqualTo(2023);
    }
    // the start of the title with its year, which lost its 年, is joined
    ReportMetadata start = read("海南省生态环境厅2022\n政府信息公开工作年度报告\n" + PERIOD);
    assertThat(start.agency()).isEqualTo("海南省生态环境厅");
    assertThat(start.year()).isEqualTo(2022);
  }

  @Test
  void aSubtitleNamingTheBody() {
    ReportMetadata m = read("政府信息公开工作年度报告\n——崇义县审计局（2023年度）\n" + PERIOD);
    assertThat(m.agency()).isEqualTo("崇义县审计局");
  }

  @Test
  void aSitesControlsRunIntoTheTitleNameNoBody() {
    ReportMetadata m =
        read(
            "无障碍 关怀版 登录 注册 2023年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》规定，现将岚皋县卫生健康局2023年度政府信息公开工作情况报告如下。"
                + PERIOD);
    assertThat(m.agency()).isEqualTo("岚皋县卫生健康局");
    assertThat(m.year()).isEqualTo(2023);
  }

  @Test
  void aBodysNameInBracketsBeforeTheYear() {
    for (String title :
        List.of(
            "【宁陵县统计局】2023年政府信息公开工作年度报告",
            "[宁陵县统计局]2023年政府信息公开工作年度报告",
            "〔宁陵县统计局〕2023年政府信息公开工作年度报告",
            "［宁陵县统计局］2023年政府信息公开工作年度报告")) {
      ReportMetadata m = read(title + "\n" + PERIOD + "\n一、总体情况\n2023年，我局认真贯彻落实《条例》。");
      assertThat(m.agency()).as(title).isEqualTo("宁陵县统计局");
      assertThat(m.year()).as(title).isEqualTo(2023);
    }
    // a column's tag in brackets is no name: the body after it is
    assertThat(read("【年度报告】宁陵县统计局2023年政府信息公开工作年度报告\n" + PERIOD).agency()).isEqualTo("宁陵县统计局");
  }

  @Test
  void anAddressQualifiesTheBodyByItsPlaceNotItsPostalChain() {
    ReportMetadata m =
        read(
            "义兴镇2021年政府信息公开工作年度报告\n本报告由义兴镇人民政府编制。如对本报告有任何疑问，请与义兴镇党政办公室联系"
                + "（地址：四川省广元市剑阁县义兴镇新星社区感恩街1号，联系电话：0839-6371234）。\n一、总体情况\n2021年，我镇认真贯彻落实《条例》。");
    assertThat(m.agency()).isEqualTo("剑阁县义兴镇"); // not 四川省广元市剑阁县义兴镇
    ReportMetadata department =
        read("审计局2022年政府信息公开工作年度报告\n如有疑问，请与审计局办公室联系（地址：河南省商丘市宁陵县审计局四楼）。\n" + PERIOD);
    assertThat(department.agency()).isEqualTo("宁陵县审计局"); // not 河南省商丘市宁陵县审计局
    // the body's own words with its place still name it fully
    ReportMetadata named = read("审计局2022年政府信息公开工作年度报告\n现将宁陵县审计局2022年度政府信息公开工作情况报告如下。\n" + PERIOD);
    assertThat(named.agency()).isEqualTo("宁陵县审计局");
  }

  /**
   * A body's report: an intro with 由X办公室编制 and the contact sentence, the words it speaks of itself
   * with ({@code self}), the sign-off.
   */
  private static String report(String title, String body, String self) {
    return title
        + "\n本报告由"
        + body
        + "办公室编制。"
        + PERIOD
        + "如对本报告有疑问，请与"
        + body
        + "办公室联系。\n一、总体情况\n2023年，"
        + self
        + "主动公开政府信息126条。\n六、其他需要报告的事项\n本年度"
        + self
        + "未收取信息处理费。\n"
        + body
        + "\n2024年1月14日";
  }

  @Test
  void aGovernmentsReportIsReadUpToTheNextReportOnItsPage() {
    // a 全市 report with its departments' reports below it: their 我委 / 我局 are not the city's
    String city = report("2023年鄂尔多斯市政府信息公开工作年度报告", "鄂尔多斯市人民政府", "全市各级行政机关");
    String page =
        city
            + "\n市直部门政府信息公开工作年度报告\n"
            + report("鄂尔多斯市发展和改革委员会2023年政府信息公开工作年度报告", "鄂尔多斯市发展和改革委员会", "我委")
            + "\n"
            + report("鄂尔多斯市教育局2023年政府信息公开工作年度报告", "鄂尔多斯市教育局", "我局");
    assertThat(read(page).agency()).isEqualTo("鄂尔多斯市人民政府");
    assertThat(read(city).agency()).isEqualTo("鄂尔多斯市人民政府");
    // a county's report with a town's appended (附：): the town's sign-off ends the page
    String county =
        report("霍邱县人民政府2023年政府信息公开工作年度报告", "霍邱县人民政府", "全县各级行政机关")
            + "\n附："
            + report("霍邱县城关镇人民政府2023年政府信息公开工作年度报告", "霍邱县城关镇人民政府", "我镇");
    assertThat(read(county).agency()).isEqualTo("霍邱县人民政府");
    // a 汇总 page of townships: the first report is the page's
    String townships =
        "祁阳市各乡镇（街道）2023年政府信息公开工作年度报告汇总\n发布时间：2024-01-30\n"
            + report("祁阳市浯溪街道办事处2023年政府信息公开工作年度报告", "祁阳市浯溪街道办事处", "我街道")
            + "\n"
            + report("祁阳市观音滩镇人民政府2023年政府信息公开工作年度报告", "祁阳市观音滩镇人民政府", "我镇");
    assertThat(read(townships).agency()).isEqualTo("祁阳市浯溪街道办事处");
  }

  @Test
  void aCrawlRecordsTitleFieldLeftTheBodysNameInTheText() {
    // the record's title and date stand above the text (probe12 o02, b03, c05 as crawl records):
    // the body's name the title field left out is the text's first line, under the date
    String bodiless =
        "2011年政府信息公开工作年度报告\n发布时间：2024-01-18 16:20:00\n东胜区人民政府\n"
            + "发布时间：2012-03-28　　来源：东胜区人民政府办公室　　浏览次数：326\n"
            + "现将我区2011年政府信息公开工作情况报告如下。\n一、概述\n全年共主动公开政府信息1480条。\n"
            + "东胜区人民政府办公室\n二〇一二年三月二十六日";
    assertThat(read(bodiless).agency()).isEqualTo("东胜区人民政府");
    String office =
        "办公厅2023年政府信息公开工作年度报告\n发布时间：2024-01-18 16:20:00\n海南省人民政府\n"
            + "本报告根据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n2023年，省政府办公厅主动公开政府信息126条。";
    assertThat(read(office).agency()).isEqualTo("海南省人民政府办公厅");
    String department =
        "教育局2021年政府信息公开工作年度报告\n发布时间：2024-01-18 16:20:00\n石门县人民政府\n"
            + "本报告根据《中华人民共和国政府信息公开条例》要求编制。\n一、总体情况\n2021年，县教育局主动公开政府信息26条。";
    assertThat(read(department).agency()).isEqualTo("石门县教育局");
    // a line of prose under the date names no body: the title's bare name stays
    assertThat(read(department.replace("\n石门县人民政府\n", "\n")).agency()).isEqualTo("教育局");
  }

  @Test
  void aTitleWrappedAfterItsGovernmentJoinedAgainNamesThePlacesDepartment() {
    // probe12 c05 with its lines joined: 石门县人民政府 / 教育局2021年… is one line again
    String joined =
        "石门县人民政府教育局2021年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》要求编制。\n"
            + "一、总体情况\n2021年，县教育局围绕教育民生实事推进政务公开。";
    assertThat(read(joined).agency()).isEqualTo("石门县教育局");
    // a body whose name holds its government's, printed so, stays as printed
    String commission =
        "湖南省人民政府国有资产监督管理委员会2021年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》要求编制。\n"
            + "一、总体情况\n2021年，我委围绕国资监管推进政务公开。";
    assertThat(read(commission).agency()).isEqualTo("湖南省人民政府国有资产监督管理委员会");
    // the government's own office is its own
    assertThat(read(joined.replace("教育局2021", "办公室2021")).agency()).isEqualTo("石门县人民政府办公室");
  }

  @Test
  void aSignOffWithItsDateOnOneLineNamesTheBody() {
    // probe12 o06 with its lines joined: the sign-off's name and date run together on the last line
    String text =
        "浦市镇2014年政府信息公开工作年度报告\n一、概述\n2014年，我镇主动公开政府信息186条。\n"
            + "六、存在的主要问题和改进措施\n我镇将进一步规范公开内容。\n"
            + "湘西自治州泸溪县浦市镇人民政府　　　　2015年3月10日";
    assertThat(read(text).agency()).isEqualTo("湘西自治州泸溪县浦市镇人民政府");
    // a sentence ending in a date is no sign-off
    assertThat(read(text.replace("湘西自治州泸溪县浦市镇人民政府　　　　", "本报告发布于")).agency()).isEqualTo("浦市镇");
  }

  @Test
  void theSignOffAndYearAreThePagesOwnReports() {
    // a county's report with a town's appended: the page's last date signs the town's report
    String county =
        report("霍邱县人民政府2023年政府信息公开工作年度报告", "霍邱县人民政府", "全县各级行政机关")
            + "\n附："
            + report("霍邱县城关镇人民政府2023年政府信息公开工作年度报告", "霍邱县城关镇人民政府", "我镇")
                .replace("2024年1月14日", "2024年2月6日");
    ReportMetadata m = read(county);
    assertThat(m.publishedDate()).isEqualTo(java.time.LocalDate.of(2024, 1, 14));
    assertThat(m.yearConflict()).isNull();
    // an early report dated by its sign-off alone: its own, not the appended 2011 report's
    String early =
        "霍邱县人民政府政府信息公开工作年度报告\n一、概述\n全县主动公开政府信息126条。\n霍邱县人民政府\n2013年1月15日\n"
            + "附：霍邱县城关镇人民政府2011年政府信息公开工作年度报告\n一、概述\n我镇主动公开政府信息26条。\n"
            + "霍邱县城关镇人民政府\n2012年3月2日";
    ReportMetadata e = read(early);
    assertThat(e.agency()).isEqualTo("霍邱县人民政府");
    assertThat(e.year()).isEqualTo(2012);
    assertThat(e.publishedDate()).isEqualTo(java.time.LocalDate.of(2013, 1, 15));
    // a page of one report is signed on its last lines as before
    assertThat(read(early.substring(0, early.indexOf("附："))).year()).isEqualTo(2012);
  }

  @Test
  void thePagesOwnTitlePrintedAgainEndsNoReport() {
    // a department's report whose title is printed again inside it (the pages of an article saved
    // joined): one report, whose sign-off gives the body's place
    String page =
        "审计局2023年政府信息公开工作年度报告\n"
            + "一、总体情况\n2023年，我局主动公开政府信息126条。\n"
            + "审计局2023年政府信息公开工作年度报告\n"
            + "六、其他需要报告的事项\n本年度我局未收取信息处理费。\n桃江县审计局\n2024年1月14日";
    assertThat(read(page).agency()).isEqualTo("桃江县审计局");
    // the same body's report of another year after it is another report
    String twoYears = page.replace("审计局2023年政府信息公开工作年度报告\n六", "审计局2022年政府信息公开工作年度报告\n六");
    assertThat(read(twoYears).agency()).isEqualTo("审计局");
  }
}
