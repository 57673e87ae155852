#ifndef FEEDWRIGHT_CLIBXML2_SHIM_H
#define FEEDWRIGHT_CLIBXML2_SHIM_H

/*
 * Debian builds libxml2 with ICU. Its headers then pull in ICU's UErrorCode, which clashes
 * with Foundation's copy ("UErrorCode has different definitions"). Reading the version
 * header first and forgetting the ICU flag keeps ICU out; we never touch the encoding
 * handler fields that depend on it.
 */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlerror.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlsave.h>

#endif
