/* libcmark for Swift: CommonMark to HTML (safe by default in cmark 0.30). */
#ifndef AGILE_CCMARK_SHIM_H
#define AGILE_CCMARK_SHIM_H
#include <cmark.h>
#include <stdlib.h>
#endif
