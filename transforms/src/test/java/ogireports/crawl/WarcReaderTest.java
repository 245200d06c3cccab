package ogireports.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcReaderTest {

  private static final String HTML = "<html><body><p>某县应急管理局2021年政府信息公开工作年度报告</p></body></html>";
  private static final Instant DATE = Instant.parse("2024-05-01T08:00:00Z");

  private static URI id(int n) {
    return URI.create("urn:uuid:" + new UUID(0, n));
  }

  /**
   * An archive: request, UTF-8 HTML response, GBK HTML response, chunked+gzip response, a PDF
   * response, a 404, a metadata record, a text resource.
   */
  static byte[] archive(WarcCompression compression) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(Channels.newChannel(bytes), compression)) {
      URI page = URI.create("http://www.example.gov.cn/a.html");
      w.write(
          new WarcRequest.Builder(page)
              .recordId(id(1))
              .date(DATE)
              .body(
                  new HttpRequest.Builder("GET", "/a.html")
                      .addHeader("Host", "www.example.gov.cn")
                      .build())
              .build());
      w.write(
          new WarcResponse.Builder(page)
              .recordId(id(2))
              .date(DATE)
              .body(
                  new HttpResponse.Builder(200, "OK")
                      .body(
                          MediaType.parse("text/html; charset=utf-8"),
                          HTML.getBytes(StandardCharsets.UTF_8))
                      .build())
              .build());
      byte[] gbk = HTML.getBytes(Charset.forName("GBK"));
      w.write(
          new WarcResponse.Builder(URI.create("http://www.example.gov.cn/gbk.html"))
              .recordId(id(3))
              .date(DATE)
              .body(
                  new HttpResponse.Builder(200, "OK")
                      .body(MediaType.parse("text/html; charset=GBK"), gbk)
                      .build())
              .build());
      w.write(
          new WarcResponse.Builder(URI.create("http://www.example.gov.cn/chunked.html"))
              .recordId(id(4))
              .date(DATE)
              .body(
                  MediaType.HTTP_RESPONSE,
                  chunkedGzipResponse(HTML.getBytes(StandardCharsets.UTF_8)))
              .build());
      w.write(
          new WarcResponse.Builder(URI.create("http://www.example.gov.cn/logo.png"))
              .recordId(id(5))
              .date(DATE)
              .body(
                  new HttpResponse.Builder(200, "OK")
                      .body(MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                      .build())
              .build());
      w.write(
          new WarcResponse.Builder(URI.create("http://www.example.gov.cn/missing.html"))
              .recordId(id(6))
              .date(DATE)
              .body(
                  new HttpResponse.Builder(404, "Not Found")
                      .body(MediaType.HTML, "<p>404</p>".getBytes(StandardCharsets.UTF_8))
                      .build())
              .build());
      w.write(
          new WarcResource.Builder(URI.create("file:///notes/report.txt"))
              .recordId(id(7))
              .date(DATE)
              .body(
                  MediaType.parse("text/plain; charset=utf-8"),
                  "资源记录正文".getBytes(StandardCharsets.UTF_8))
              .build());
    }
    return bytes.toByteArray();
  }

  /** An HTTP/1.1 response whose body is gzip content-encoded and sent chunked. */
  static byte[] chunkedGzipResponse(byte[] body) {
    byte[] gz = Items.gzip(body);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String head =
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            + "Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
    int half = gz.length / 2;
    for (int[] part : new int[][] {{0, half}, {half, gz.length}}) {
      out.writeBytes(
          (Integer.toHexString(part[1] - part[0]) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(gz, part[0], part[1] - part[0]);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  @Test
  void readsResponsesAndResourcesAndSkipsTheRest() throws Exception {
    for (WarcCompression c : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
      String name = c == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc";
      byte[] archive = archive(c);
      List<CrawlItem> items;
      try (CrawlReader r =
          CrawlReader.open(
              name, new java.io.ByteArrayInputStream(archive), null, Limits.DEFAULTS)) {
        items = new java.util.ArrayList<>();
        r.forEachRemaining(items::add);
        assertThat(r.stats().records()).isEqualTo(7);
        assertThat(r.stats().skipped())
            .containsEntry("warc:request", 1L)
            .containsEntry("payload:image/png", 1L)
            .containsEntry("http:404", 1L);
      }
      assertThat(items).as(name).hasSize(4).allMatch(i -> i instanceof CrawlItem.Readable);
      CrawlItem.Readable utf8 = Items.doc(items.get(0));
      assertThat(utf8.sourceUri()).isEqualTo(name + "#" + id(2));
      assertThat(utf8.document().sourceUrl()).isEqualTo("http://www.example.gov.cn/a.html");
      assertThat(utf8.document().fetchedAt()).isEqualTo("2024-05-01T08:00:00Z");
      assertThat(utf8.document().bytes()).isEqualTo(HTML.getBytes(StandardCharsets.UTF_8));
      // GBK is kept as sent: the decoder detects it
      assertThat(Items.doc(items.get(1)).document().bytes())
          .isEqualTo(HTML.getBytes(Charset.forName("GBK")));
      assertThat(
              ogireports.document.Decoder.decode(Items.doc(items.get(1)).document().bytes())
                  .text()
                  .lines())
          .containsExactly(HTML);
      // chunked and gzip-encoded: decoded
      assertThat(Items.doc(items.get(2)).document().bytes())
          .isEqualTo(HTML.getBytes(StandardCharsets.UTF_8));
      CrawlItem.Readable resource = Items.doc(items.get(3));
      assertThat(resource.sourceUri()).isEqualTo(name + "#" + id(7));
      assertThat(new String(resource.document().bytes(), StandardCharsets.UTF_8))
          .isEqualTo("资源记录正文");
    }
  }

  @Test
  void aBrokenRecordIsReportedAndTheNextOneIsFound() throws Exception {
    byte[] good = archive(WarcCompression.NONE);
    String text = new String(good, StandardCharsets.ISO_8859_1);
    // Break the second record's Content-Length, and put garbage before the third.
    int second = text.indexOf("WARC/1.", 10);
    int length = text.indexOf("Content-Length:", second);
    String broken =
        text.substring(0, length)
            + "Content-Length: banana"
            + text.substring(text.indexOf("\r\n", length));
    int third = broken.indexOf("WARC/1.", broken.indexOf("banana"));
    broken =
        broken.substring(0, third) + "garbage line\r\nmore garbage\r\n" + broken.substring(third);
    List<CrawlItem> items = Items.read("bad.warc", broken.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(Items.failure(items.get(0)).reason()).isEqualTo(FailureReason.MALFORMED_RECORD);
    assertThat(Items.failure(items.get(0)).sourceUri()).isEqualTo("bad.warc#" + id(2));
    assertThat(items.stream().filter(i -> i instanceof CrawlItem.Readable).count()).isEqualTo(3);
    assertThat(Items.doc(items.get(items.size() - 1)).sourceUri()).isEqualTo("bad.warc#" + id(7));
  }

  @Test
  void aTruncatedArchiveKeepsItsFirstRecords() throws Exception {
    byte[] good = archive(WarcCompression.NONE);
    byte[] cut = java.util.Arrays.copyOf(good, good.length - 40);
    List<CrawlItem> items = Items.read("cut.warc", cut);
    assertThat(items.stream().filter(i -> i instanceof CrawlItem.Readable).count()).isEqualTo(3);
    CrawlItem.Failure last = Items.failure(items.get(items.size() - 1));
    assertThat(last.reason()).isEqualTo(FailureReason.MALFORMED_RECORD);
    assertThat(last.detail()).containsAnyOf("truncated", "ends inside");
  }

  @Test
  void anOversizedPayloadIsTooLarge() throws Exception {
    List<CrawlItem> items =
        Items.read(
            "crawl.warc.gz",
            archive(WarcCompression.GZIP),
            null,
            Limits.DEFAULTS.withMaxDocumentBytes(20));
    assertThat(items).hasSize(4);
    assertThat(items.subList(0, 3))
        .allMatch(i -> i instanceof CrawlItem.Failure f && f.reason() == FailureReason.TOO_LARGE);
    assertThat(Items.doc(items.get(3)).document().bytes()).hasSize(18);
  }

  /**
   * A WET file (Common Crawl's extracted text, {@code .warc.wet.gz}): a warcinfo record, then one
   * {@code conversion} record of {@code text/plain} per page, each a document with its page's URL
   * and date.
   */
  @Test
  void theConversionRecordsOfAWetFileAreDocuments() throws Exception {
    String text = "淄博市应急管理局2019年政府信息公开工作年度报告\n一、总体情况\n";
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    String info = "Software-Info: ia-web-commons\r\n";
    String wet =
        "WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Date: 2024-05-01T08:00:00Z\r\n"
            + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
            + "Content-Type: application/warc-fields\r\nContent-Length: "
            + info.length()
            + "\r\n\r\n"
            + info
            + "\r\n\r\n"
            + "WARC/1.0\r\nWARC-Type: conversion\r\n"
            + "WARC-Target-URI: http://yjj.zibo.gov.cn/art/2020/1/20/art_1.html\r\n"
            + "WARC-Date: 2024-05-01T08:00:01Z\r\n"
            + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000002>\r\n"
            + "WARC-Refers-To: <urn:uuid:00000000-0000-0000-0000-000000000003>\r\n"
            + "Content-Type: text/plain\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.write(wet.getBytes(StandardCharsets.UTF_8));
    out.write(body);
    out.write("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    List<CrawlItem> items = Items.read("CC-MAIN-1.warc.wet", out.toByteArray());
    assertThat(items).hasSize(1);
    CrawlItem.Readable doc = Items.doc(items.get(0));
    assertThat(doc.sourceUri())
        .isEqualTo("CC-MAIN-1.warc.wet#urn:uuid:00000000-0000-0000-0000-000000000002");
    assertThat(doc.document().sourceUrl())
        .isEqualTo("http://yjj.zibo.gov.cn/art/2020/1/20/art_1.html");
    assertThat(doc.document().fetchedAt()).isEqualTo("2024-05-01T08:00:01Z");
    assertThat(new String(doc.document().bytes(), StandardCharsets.UTF_8)).isEqualTo(text);
  }
}
