#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian's libxml2 includes system ICU headers; Foundation carries its own ICU
   module and a target that sees both fails to build. ArgMap uses no ICU type. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
/* xmlFree is a global function pointer, which Swift 6 will not read. */
static inline void clibxml2_free(void *p) { xmlFree(p); }
#endif
