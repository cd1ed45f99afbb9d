/* Unbounded string functions are not used here: see STYLE.md. */
#ifndef INCIDENT_BANNED_H
#define INCIDENT_BANNED_H

#define BANNED(f) sorry_##f##_is_banned_use_snprintf_or_inc_buf

#undef strcpy
#define strcpy(x, y) BANNED(strcpy)
#undef strcat
#define strcat(x, y) BANNED(strcat)
#undef strncpy
#define strncpy(x, y, n) BANNED(strncpy)
#undef strncat
#define strncat(x, y, n) BANNED(strncat)
#undef sprintf
#define sprintf(...) BANNED(sprintf)
#undef vsprintf
#define vsprintf(...) BANNED(vsprintf)
#undef gets
#define gets(x) BANNED(gets)

#endif
