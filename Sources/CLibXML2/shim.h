// libxml2's HTML parser and zlib. ICU support is switched off before the headers are read: with
// it on, libxml2's ICU enums clash with Foundation's bundled ICU in a clean build.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/xpath.h>
#include <libxml/tree.h>
#include <zlib.h>
