import Foundation
import Testing
@testable import ArchiveIngest

@Suite struct HTMLArticleCleanerTests {
    static func page(head: String = "", beforeStory: String = "", story: String, afterStory: String = "") -> String {
        """
        <!doctype html><html><head><meta charset="utf-8">\(head)</head><body>
        <header class="site-header"><a href="/">Harbour Gazette</a>
          <nav><ul><li><a href="/a">Home</a></li><li><a href="/b">Local</a></li><li><a href="/c">Sport</a></li></ul></nav>
        </header>
        <div class="cookie-banner"><p>We use cookies to improve your visit. Accept all cookies to continue reading.</p></div>
        <main><article>
          \(beforeStory)
          <div class="share-bar"><a href="/s1">Share on Facebook</a> <a href="/s2">Share by email</a></div>
          <div class="article-body">\(story)</div>
          <aside class="related"><h3>Related stories</h3><ul>
            <li><a href="/r1">Ferry timetable changes again for the winter season</a></li>
            <li><a href="/r2">Lighthouse restoration gets new funding from the council</a></li></ul></aside>
          <section class="comments"><p>Great article, I have been waiting for this decision for a very long time, thanks.</p></section>
        </article></main>
        \(afterStory)
        <footer><p>Copyright Harbour Gazette. All rights reserved. Terms of use and privacy policy apply here.</p></footer>
        <script>var tracking = "<p>not text</p>";</script>
        </body></html>
        """
    }

    static let story = """
        <p>The harbour board voted on Tuesday to extend the northern pier by forty metres, ending a dispute that has divided fishermen, ferry operators and residents for three years.</p>
        <h2>A long argument</h2>
        <p>Supporters said the longer pier would shelter small boats during winter storms, while opponents worried about the cost, the noise of construction and the loss of a popular swimming spot.</p>
        <figure><img src="pier.jpg"><figcaption>The northern pier at low tide.</figcaption></figure>
        <p>Work is expected to begin in the spring and to last about eighteen months, according to the board's chair, who promised regular updates to neighbours.</p>
        """

    func clean(_ html: String) -> Article {
        HTMLArticleCleaner().clean(RawDocument(path: "/tmp/page.html", key: "/tmp/page.html", kind: .html, text: html))
    }

    @Test func keepsTheStoryAndDropsFurniture() {
        let article = clean(Self.page(story: Self.story))
        let paragraphs = article.body.components(separatedBy: "\n\n")
        #expect(paragraphs.count == 4)
        #expect(paragraphs.first?.hasPrefix("The harbour board voted on Tuesday") == true)
        #expect(paragraphs.contains("A long argument"))
        #expect(paragraphs.last?.hasSuffix("promised regular updates to neighbours.") == true)
        for furniture in ["Share on Facebook", "cookies", "Related stories", "Ferry timetable", "Great article",
                          "Copyright", "not text", "Home", "low tide"] {
            #expect(!article.body.contains(furniture), "body still holds \(furniture)")
        }
        #expect(article.captions == ["The northern pier at low tide."])
        #expect(article.kind == .html)
    }

    @Test func metadataFromJSONLDAndOpenGraph() {
        let head = """
            <title>Pier extension approved | Harbour Gazette</title>
            <meta property="og:title" content="Pier extension approved after three-year dispute | Harbour Gazette">
            <meta property="og:site_name" content="Harbour Gazette">
            <link rel="canonical" href="https://gazette.example/2021/03/04/pier-extension">
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Harbour Gazette"},
              {"@type": "NewsArticle", "headline": "Pier extension approved after three-year dispute",
               "datePublished": "2021-03-04T09:15:00+01:00", "dateModified": "2021-03-05T10:00:00+01:00",
               "author": [{"@type": "Person", "name": "Maren Holt"}, {"@type": "Person", "name": "Ilya Brandt"}],
               "publisher": {"@type": "Organization", "name": "Harbour Gazette"}}]}
            </script>
            """
        let article = clean(Self.page(head: head, beforeStory: "<h1>Pier extension approved after three-year dispute</h1>", story: Self.story))
        #expect(article.title == "Pier extension approved after three-year dispute")
        #expect(article.published == "2021-03-04T09:15:00+01:00")
        #expect(article.dateSource == "json-ld")
        #expect(article.source == "Harbour Gazette")
        #expect(article.url == "https://gazette.example/2021/03/04/pier-extension")
        #expect(article.authors == ["Maren Holt", "Ilya Brandt"])
        #expect(!article.body.contains("three-year dispute"))
    }

    @Test func wireCreditLineMovesToByline() {
        let story = Self.story + "<p>(Reporting by Tomas Reyes; Editing by Lena Ford)</p>"
        let article = clean(Self.page(story: story))
        #expect(!article.body.contains("Reporting by"))
        #expect(article.byline?.contains("Reporting by Tomas Reyes") == true)
    }

    @Test func metaTagDate() {
        let article = clean(Self.page(head: "<meta name=\"parsely-pub-date\" content=\"2020-06-01T12:00:00Z\">", story: Self.story))
        #expect(article.published == "2020-06-01T12:00:00Z")
        #expect(article.dateSource == "meta")
    }

    @Test func timeElementNearHeadline() {
        let before = "<h1>Pier extension approved</h1><p class=\"dateline\"><time datetime=\"2019-08-07\">7 August 2019</time></p>"
        let article = clean(Self.page(beforeStory: before, story: Self.story))
        #expect(article.published == "2019-08-07")
        #expect(article.dateSource == "time")
    }

    @Test func visibleDateNearHeadline() {
        let before = "<h1>Pier extension approved</h1><div class=\"info\">Published 12 February 2018, 10:40</div>"
        let article = clean(Self.page(beforeStory: before, story: Self.story))
        #expect(article.published == "2018-02-12")
        #expect(article.dateSource == "text")
    }

    @Test func dateFromURLOnly() {
        let head = "<meta property=\"og:url\" content=\"https://gazette.example/news/2017/05/09/pier\">"
        let article = clean(Self.page(head: head, story: Self.story))
        #expect(article.published == "2017-05-09")
        #expect(article.dateSource == "url")
    }

    @Test func noDateIsNil() {
        let article = clean(Self.page(story: Self.story))
        #expect(article.published == nil)
        #expect(article.dateSource == nil)
    }

    @Test func survivesBrokenInput() {
        for html in ["", "<", "<<<>>>", "<html><body><div><div><p>unclosed", String(repeating: "<div>", count: 5000) + "deep",
                     "<script>never closed", "<!-- open comment", "\u{0}\u{1}binary-ish"] {
            let article = clean(html)
            #expect(article.kind == .html)
        }
        let deep = clean(String(repeating: "<div>", count: 5000) + "<p>A sentence that is deep inside the page, long enough to count as prose for the extractor.</p>")
        #expect(deep.body.isEmpty || deep.body.contains("deep inside"))
    }

    @Test func parallelCleaningIsSafe() async {
        let html = Self.page(story: Self.story)
        let bodies = await withTaskGroup(of: String.self) { group in
            for _ in 0..<32 { group.addTask { clean(html).body } }
            var all: [String] = []
            for await body in group { all.append(body) }
            return all
        }
        #expect(bodies.count == 32)
        #expect(Set(bodies).count == 1)
    }
}
