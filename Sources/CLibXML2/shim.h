/* libxml2 for Swift: the headers the toolkit uses, with ICU switched off (Foundation on Linux
 * carries its own ICU module and the two clash) and the mutable globals wrapped. */
#ifndef AGILE_CLIBXML2_SHIM_H
#define AGILE_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlmemory.h>
#include <libxml/HTMLparser.h>

/// Frees memory that libxml2 allocated (`xmlFree` is a mutable global Swift 6 refuses).
static inline void agile_xmlFree(void *pointer) { xmlFree(pointer); }

/// The run-time version number of libxml2 as a string (a macro in the headers).
static inline const char *agile_xmlParserVersion(void) { return xmlParserVersion; }

/// The current line of a parser context's input.
static inline int agile_xmlCurrentLine(xmlParserCtxtPtr ctxt) {
    return (ctxt && ctxt->input) ? ctxt->input->line : 0;
}

/// The current column of a parser context's input.
static inline int agile_xmlCurrentColumn(xmlParserCtxtPtr ctxt) {
    return (ctxt && ctxt->input) ? ctxt->input->col : 0;
}

/// Drops a message libxml2 would print on standard error: the toolkit reports its errors itself.
static inline void agile_xmlSilentMessage(void *context, const char *message, ...) { (void)context; (void)message; }

/// Keeps libxml2 from printing on standard error on the calling thread and on threads started
/// later (some messages, e.g. "xmlParseChunk: encoder error", bypass the parser's options).
static inline void agile_xmlSilence(void) {
    xmlSetGenericErrorFunc(NULL, agile_xmlSilentMessage);
    xmlThrDefSetGenericErrorFunc(NULL, agile_xmlSilentMessage);
}

#endif
