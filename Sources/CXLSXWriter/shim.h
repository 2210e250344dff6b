/* libxlsxwriter for Swift: Excel workbooks (.xlsx) with string and number cells. */
#ifndef AGILE_CXLSXWRITER_SHIM_H
#define AGILE_CXLSXWRITER_SHIM_H
#include <xlsxwriter.h>
#endif
