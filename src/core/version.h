#ifndef IL_VERSION_H
#define IL_VERSION_H

/*
 * innolink's version. The three numbers are the one place to change it:
 * IL_VERSION is built from them (a string literal, so that
 * "innolink " IL_VERSION still works), the Makefile reads them for
 * innolink.pc, and il_version() / il_version_numbers() report the version
 * of the library actually linked.
 */
#define IL_VERSION_MAJOR 0
#define IL_VERSION_MINOR 1
#define IL_VERSION_PATCH 0

#define IL_VERSION_STR_(x) #x
#define IL_VERSION_STR(x) IL_VERSION_STR_(x)

/* "MAJOR.MINOR.PATCH", e.g. "0.1.0". */
#define IL_VERSION IL_VERSION_STR(IL_VERSION_MAJOR) "." IL_VERSION_STR(IL_VERSION_MINOR) \
    "." IL_VERSION_STR(IL_VERSION_PATCH)

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Version of the linked library ------------------------------------ */

/* The version string of the linked libinnolink, e.g. "0.1.0". */
const char *il_version(void);

/* The three numbers of the linked libinnolink; any pointer may be NULL. */
void il_version_numbers(int *major, int *minor, int *patch);

#ifdef __cplusplus
}
#endif

#endif /* IL_VERSION_H */
