#ifndef FEEDWRIGHT_CZLIB_SHIM_H
#define FEEDWRIGHT_CZLIB_SHIM_H

/* zlib, for documents that arrive gzip-compressed (twice over HTTP, or as a .gz file). */
#include <zlib.h>

#endif
