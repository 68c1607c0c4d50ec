import CLibXML2

/// The only file that talks to libxml2: parsing a page, walking its nodes, reading names,
/// attributes and text. Everything else in the HTML cleaner works on ``PageTree``.
///
/// libxml2's parser keeps global state that must be set up once before several threads parse
/// at the same time; the private `prepared` static does that on first use (a Swift static let is
/// initialized exactly once, thread-safely).
final class LibXMLDocument {
    private let doc: htmlDocPtr

    private static let prepared: Bool = {
        xmlInitParser()
        return true
    }()

    /// Lenient HTML parsing: recover from errors, print nothing, never touch the network, and
    /// ignore the page's own charset declaration (the text is already decoded to UTF-8).
    private static let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue
        | HTML_PARSE_IGNORE_ENC.rawValue)

    /// Parses UTF-8 HTML; nil when libxml2 cannot build a document at all.
    init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        _ = Self.prepared
        guard let base = bytes.baseAddress, bytes.count > 0, bytes.count < Int(Int32.max) else { return nil }
        let parsed = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
            htmlReadMemory($0, Int32(bytes.count), nil, "UTF-8", Self.options)
        }
        guard let parsed else { return nil }
        doc = parsed
    }

    deinit { xmlFreeDoc(doc) }

    /// The `<html>` element (or whatever the parser made the root).
    var root: LibXMLNode? {
        xmlDocGetRootElement(doc).map(LibXMLNode.init)
    }
}

/// A borrowed view of one libxml2 node; valid only while its ``LibXMLDocument`` lives.
struct LibXMLNode {
    let ptr: xmlNodePtr

    enum Kind { case element, text, other }

    var kind: Kind {
        switch ptr.pointee.type {
        case XML_ELEMENT_NODE: .element
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: .text
        default: .other
        }
    }

    var firstChild: LibXMLNode? { ptr.pointee.children.map(LibXMLNode.init) }
    var nextSibling: LibXMLNode? { ptr.pointee.next.map(LibXMLNode.init) }

    /// The element name packed into an integer (see ``PackedName``): no String is made.
    var nameKey: UInt64 { PackedName.key(ptr.pointee.name) }

    var name: String { ptr.pointee.name.map { String(cString: $0) } ?? "" }

    /// The text of a text node, as libxml2 decoded it (entities resolved).
    var content: String { ptr.pointee.content.map { String(cString: $0) } ?? "" }

    /// Calls `body` with each attribute's packed name and a closure that makes its value.
    func forEachAttribute(_ body: (UInt64, () -> String) -> Void) {
        var attr = ptr.pointee.properties
        while let a = attr {
            let key = PackedName.key(a.pointee.name)
            body(key) {
                guard let child = a.pointee.children, let text = child.pointee.content else { return "" }
                return String(cString: text)
            }
            attr = a.pointee.next
        }
    }
}

/// Short ASCII names (up to 8 bytes) packed into a UInt64, so element and attribute names can be
/// compared without making Strings. Longer names get a key that matches no short name.
enum PackedName {
    static func key(_ name: UnsafePointer<xmlChar>?) -> UInt64 {
        guard let name else { return 0 }
        var key: UInt64 = 0
        for i in 0..<9 {
            let b = name[i]
            if b == 0 { return key }
            if i == 8 { return UInt64.max }
            key |= UInt64(b | (b >= 65 && b <= 90 ? 0x20 : 0)) << (8 * UInt64(i))
        }
        return key
    }

    static func key(_ name: StaticString) -> UInt64 {
        var key: UInt64 = 0
        name.withUTF8Buffer { buf in
            for (i, b) in buf.prefix(8).enumerated() { key |= UInt64(b) << (8 * UInt64(i)) }
            if buf.count > 8 { key = UInt64.max }
        }
        return key
    }
}
