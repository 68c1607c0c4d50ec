import Foundation
import Testing
@testable import ArchiveIngest

/// The publication date rules, one small page each.
@Suite struct PublicationDateFinderTests {
    static let paragraphs = """
        <p>The town council agreed late on Monday to turn the disused rail yard into a park with a playground, allotments and a small outdoor stage for summer concerts.</p>
        <p>Residents had collected signatures for two years. The first trees are to be planted in the autumn, once the remaining tracks and sleepers have been removed from the site.</p>
        <p>The mayor said the cost would be shared between the town and a regional fund for green spaces, and that the allotments would be allocated by lot among local households.</p>
        """

    static func page(head: String = "", top: String = "<h1>Rail yard becomes a park</h1>", bottom: String = "") -> String {
        """
        <!doctype html><html><head><meta charset="utf-8"><title>Rail yard becomes a park | Valley Courier</title>\(head)</head>
        <body><header><a href="/">Valley Courier</a></header>
        <main><article>\(top)<div class="article-body">\(paragraphs)</div></article></main>
        \(bottom)</body></html>
        """
    }

    func clean(_ html: String) -> Article {
        HTMLArticleCleaner().clean(RawDocument(path: "/tmp/page.html", key: "/tmp/page.html", kind: .html, text: html))
    }

    @Test func genericMetaDateComesBeforeJSONLD() {
        let head = """
            <meta name="date" content="2022-03-01T10:00:00+01:00">
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Rail yard becomes a park",
              "datePublished": "2021-11-20T08:00:00+01:00"}</script>
            """
        let article = clean(Self.page(head: head))
        #expect(article.published == "2022-03-01T10:00:00+01:00")
        #expect(article.dateSource == "meta")
    }

    @Test func visibleDateSettlesDisagreeingDeclarations() {
        let head = """
            <meta name="date" content="2021-06-04T19:00:00Z">
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Rail yard becomes a park",
              "datePublished": "2021-06-05T05:00:00Z", "dateModified": "2021-06-04T19:00:00Z"}</script>
            """
        let top = "<h1>Rail yard becomes a park</h1><div class=\"meta\"><time datetime=\"2021-06-05T05:00:00Z\">05.06.2021</time></div>"
        let article = clean(Self.page(head: head, top: top))
        #expect(article.published == "2021-06-05T05:00:00Z")
        #expect(article.dateSource == "json-ld")
    }

    @Test func explicitPublicationDateStandsAgainstAVisibleUpdate() {
        let head = """
            <meta property="article:published_time" content="2020-02-10T09:00:00+01:00">
            <meta name="date" content="2020-03-15T12:00:00+01:00">
            """
        let top = "<h1>Rail yard becomes a park</h1><p class=\"byline\">Updated 15 March 2020</p>"
        let article = clean(Self.page(head: head, top: top))
        #expect(article.published == "2020-02-10T09:00:00+01:00")
    }

    @Test func unixTimestampInMeta() {
        let article = clean(Self.page(head: "<meta property=\"article:published_time\" content=\"1651626439\">"))
        #expect(article.published == "2022-05-04T01:07:19Z")
        #expect(DateParsing.iso(from: "1651626439000") == "2022-05-04T01:07:19Z")
        #expect(DateParsing.unixTimestamp("165162643") == nil)
    }

    @Test func urlDateBeforeAWrittenDate() {
        let head = "<link rel=\"canonical\" href=\"https://courier.example/2019/04/02/rail-yard-park\">"
        let top = "<h1>Rail yard becomes a park</h1><p class=\"info\">Photos: 28 March 2019</p>"
        let article = clean(Self.page(head: head, top: top))
        #expect(article.published == "2019-04-02")
        #expect(article.dateSource == "url")
    }

    @Test func dateInsideASentenceIsNotADateline() {
        let top = """
            <h1>Rail yard becomes a park</h1>
            <p class="standfirst">The planning committee and the two neighbourhood associations met on Thursday, 28 September 2017, to discuss it.</p>
            """
        let bottom = "<p id=\"print-footer\">Source: Valley Courier<br>[Stand: 09.10.2017, 01:40 Uhr]</p>"
        let article = clean(Self.page(top: top, bottom: bottom))
        #expect(article.published == "2017-10-09")
        #expect(article.dateSource == "label")
    }

    @Test func isProse() {
        #expect(VisibleDates.isProse("The committee and the two neighbourhood associations met on Thursday, 28 September"))
        #expect(!VisibleDates.isProse("By Jane Doe, Berlin, 28 September 2017"))
        #expect(!VisibleDates.isProse("Published on March 4, 2021 by the desk"))
    }

    @Test func labelledDates() {
        func labelled(_ text: String) -> String? {
            let html = "<html><body><p>\(text)</p></body></html>"
            let bytes = Array(html.utf8)
            let tree = bytes.withUnsafeBufferPointer { b in LibXMLDocument(utf8: b).map(PageTree.init) }
            return tree.flatMap { PageWideDates.labelledDate($0) }
        }
        #expect(labelled("Erstellt am: 30.01.2022 18:36") == "2022-01-30")
        #expect(labelled("Published on March 4, 2021") == "2021-03-04")
        #expect(labelled("Wirtschaftsstandort 12.03.2020") == nil)
        #expect(labelled("Stand der Dinge nach langen Gesprächen mit allen Beteiligten am 12.03.2020") == nil)
    }

    @Test func redirectStubGetsTheDateOfItsTarget() {
        let html = """
            <html><body><p>You will be forwarded in a moment...</p>
            <script>location.href="https://courier.example/20200428/rail-yard-park?x=1";</script></body></html>
            """
        let article = clean(html)
        #expect(article.published == "2020-04-28")
        #expect(article.dateSource == "links")
    }

    @Test func mostFrequentURLDateWins() {
        let html = "<a href=\"/2018/05/01/a\">a</a> <a href=\"/2019/07/03/b\">b</a> <a href=\"/2019/07/03/c\">c</a> <img src=\"/2019-07-03-x.jpg\">"
        #expect(PageWideDates.mostFrequentURLDate(html) == "2019-07-03")
        #expect(PageWideDates.mostFrequentURLDate("<a href=\"/item/123456789/\">x</a>") == nil)
    }

    @Test func timeInTheMainColumnOfASidebarLayout() {
        let top = """
            <h1>Rail yard becomes a park</h1>
            <div class="lay-sidebar"><div class="sidebar__main"><span class="meta"><time datetime="3 de mayo de 2022">3 de mayo de 2022</time></span></div>
            <div class="sidebar__aside"></div></div>
            """
        let article = clean(Self.page(top: top))
        #expect(article.published == "2022-05-03")
        #expect(article.dateSource == "time")
    }

    @Test func asideJustBelowTheHeadlineIsTheInfoBox() {
        let top = """
            <h1>Rail yard becomes a park</h1>
            <aside class="author"><span>Mia Lorenz</span><time datetime="2020-04-24T08:30:00+01:00">24. April 2020</time></aside>
            """
        let article = clean(Self.page(top: top))
        #expect(article.published == "2020-04-24T08:30:00+01:00")
    }

    @Test func publishedTimeBeatsACloserUpdatedTime() {
        let top = """
            <h1>Rail yard becomes a park</h1>
            <div class="meta"><time class="updated" datetime="2021-09-09">9 Sep 2021</time>
            <time class="entry-date published" datetime="2021-08-30">30 Aug 2021</time></div>
            """
        let article = clean(Self.page(top: top))
        #expect(article.published == "2021-08-30")
    }

    @Test func furnitureNames() {
        #expect(FurnitureZones.isFurnitureName("comments"))
        #expect(FurnitureZones.isFurnitureName("article__related"))
        #expect(FurnitureZones.isFurnitureName("sidebar"))
        #expect(!FurnitureZones.isFurnitureName("sidebar__main"))
        #expect(!FurnitureZones.isFurnitureName("st-sidebar__content"))
        #expect(!FurnitureZones.isFurnitureName("has-sidebar"))
        #expect(!FurnitureZones.isFurnitureName("lay-sidebar"))
    }

    @Test func monthFirstDottedDates() {
        #expect(DateParsing.firstDate(in: "11.15.2019 10:09 AM") == "2019-11-15")
        #expect(DateParsing.firstDate(in: "15.11.2019") == "2019-11-15")
    }

    @Test func slashDatesFollowThePageLanguage() {
        #expect(DateParsing.firstDate(in: "07/05/2022 20H06") == "2022-07-05")
        #expect(DateParsing.firstDate(in: "07/05/2022 20H06", dayFirst: true) == "2022-05-07")
        #expect(DateParsing.firstDate(in: "25/05/2022", dayFirst: false) == "2022-05-25")
        let top = "<h1>Rail yard becomes a park</h1><p class=\"fecha\">Publicado 07/05/2022 20H06</p>"
        let spanish = clean(Self.page(top: top).replacingOccurrences(of: "<html>", with: "<html lang=\"es\">"))
        #expect(spanish.published == "2022-05-07")
        let american = clean(Self.page(top: top).replacingOccurrences(of: "<html>", with: "<html lang=\"en-US\">"))
        #expect(american.published == "2022-07-05")
        let british = clean(Self.page(top: top).replacingOccurrences(of: "<html>", with: "<html lang=\"en-GB\">"))
        #expect(british.published == "2022-05-07")
    }

    @Test func modificationDateOnlyWhenNothingElse() {
        let head = "<meta property=\"og:updated_time\" content=\"2021-01-15T10:00:00+00:00\">"
        let bare = clean(Self.page(head: head))
        #expect(bare.published == "2021-01-15T10:00:00+00:00")
        #expect(bare.dateSource == "modified")
        let shown = clean(Self.page(head: head, top: "<h1>Rail yard becomes a park</h1><p class=\"date\">3 January 2021</p>"))
        #expect(shown.published == "2021-01-03")
    }

    @Test func datelineBeatsAFarAwayTimeElement() {
        let filler = (1...60).map { "<div class=\"box\"><span>Item \($0)</span> <b>note</b> <i>more</i></div>" }.joined()
        let top = "<h1>Rail yard becomes a park</h1><p class=\"dateline\">Berlin, 21. März 2019</p>"
        let bottom = "<div class=\"more\">\(filler)<ul><li><time datetime=\"2019-05-02\">2 May 2019</time></li></ul></div>"
        let article = clean(Self.page(top: top, bottom: bottom))
        #expect(article.published == "2019-03-21")
        #expect(article.dateSource == "text")
    }

    @Test func storyStartWhenTheHeadlineIsALogoFarAway() {
        let menu = (1...170).map { "<div class=\"menu-item\"><a href=\"/s\($0)\">Section \($0)</a></div>" }.joined()
        let html = """
            <html><head><title>Valley Courier</title></head><body><h1>Valley Courier</h1><div class="menu">\(menu)</div>
            <div class="post">\(Self.paragraphs)<p class="posted">Posted 3 March 2020</p></div></body></html>
            """
        let article = clean(html)
        #expect(article.published == "2020-03-03")
        #expect(article.dateSource == "text")
    }

    @Test func updateFirstDatelineGivesThePublicationDate() {
        let top = "<h1>Rail yard becomes a park</h1><div class=\"meta\"><span>Aktualisiert am 22.03.2019</span> | <span>Veröffentlicht am 21.03.2019</span></div>"
        #expect(clean(Self.page(top: top)).published == "2019-03-21")
        let plain = "<h1>Rail yard becomes a park</h1><div class=\"meta\"><span>Aktualisiert am 22.03.2019</span></div>"
        #expect(clean(Self.page(top: plain)).published == "2019-03-22")
    }

    @Test func urlDayAgainstDeclaredDay() {
        let head = """
            <link rel="canonical" href="https://courier.example/news/rail-yard-park-2019-11-19">
            <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2019-11-20T06:07:01+00:00"}</script>
            """
        // Nothing visible: the slug's day is the local day of a UTC timestamp.
        #expect(clean(Self.page(head: head)).published == "2019-11-19")
        // The dateline confirms the declared day: the slug was written the day before.
        let top = "<h1>Rail yard becomes a park</h1><p class=\"meta\"><time datetime=\"2019-11-20T01:07:00-05:00\">November 20, 2019</time></p>"
        #expect(clean(Self.page(head: head, top: top)).published == "2019-11-20T06:07:01+00:00")
    }
}
