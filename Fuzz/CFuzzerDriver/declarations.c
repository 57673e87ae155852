// SwiftPM needs one source file per C target; the header is the whole point of this one.
#include "CFuzzerDriver.h"
