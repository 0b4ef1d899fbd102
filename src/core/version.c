/*
 * The version of the linked library, for programs that compare it with
 * the IL_VERSION they were compiled against.
 */
#include "core/version.h"

#include <stddef.h>

/**
 * \function il_version
 * \brief The version string of the linked libinnolink, e.g. "0.1.0".
 *
 * \return A static string equal to IL_VERSION at the library's build.
 * Time complexity: O(1).
 */
const char *il_version(void)
{
    return IL_VERSION;
}

/**
 * \function il_version_numbers
 * \brief The major, minor and patch numbers of the linked libinnolink.
 *
 * \param major, minor, patch  Out; each may be NULL when not wanted.
 * Time complexity: O(1).
 */
void il_version_numbers(int *major, int *minor, int *patch)
{
    if (major) {
        *major = IL_VERSION_MAJOR;
    }
    if (minor) {
        *minor = IL_VERSION_MINOR;
    }
    if (patch) {
        *patch = IL_VERSION_PATCH;
    }
}
